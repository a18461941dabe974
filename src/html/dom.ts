import { parseHTML } from 'linkedom';

/**
 * The few DOM members the extractor uses, typed here because the project compiles without the
 * browser's DOM library. linkedom's nodes satisfy them.
 */
export interface DomNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly parentNode: DomNode | null;
  readonly firstChild: DomNode | null;
  readonly nextSibling: DomNode | null;
  textContent: string | null;
}

/** An element: a node with a tag name and attributes. */
export interface DomElement extends DomNode {
  readonly localName: string;
  readonly parentElement: DomElement | null;
  readonly firstElementChild: DomElement | null;
  readonly nextElementSibling: DomElement | null;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  setAttribute(name: string, value: string): void;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): Iterable<DomElement> & { length: number };
  getElementsByTagName(name: string): Iterable<DomElement> & { length: number };
  remove(): void;
}

/** A parsed page. */
export interface DomDocument {
  readonly documentElement: DomElement | null;
  readonly body: DomElement | null;
  readonly head: DomElement | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): Iterable<DomElement> & { length: number };
  getElementsByTagName(name: string): Iterable<DomElement> & { length: number };
}

/** Node types the walkers tell apart. */
export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

const HTML_OPEN = /<html\b[^>]*>/i;
const BODY_OPEN = /<body\b[^>]*>/i;

/**
 * The markup with `<html>`, `<head>` and `<body>` made explicit. linkedom builds the tree as
 * written and does not imply missing tags the way browsers do: a fragment such as `<p>نص</p>` or
 * a page without `<body>` would otherwise parse to an empty body.
 */
export function wholeDocument(html: string): string {
  if (HTML_OPEN.test(html) && BODY_OPEN.test(html)) return html;
  const htmlTag = HTML_OPEN.exec(html)?.[0] ?? '<html>';
  const rest = html.replace(/<!doctype[^>]*>/i, '').replace(HTML_OPEN, '').replace(/<\/html\s*>/i, '');
  const headEnd = /<\/head\s*>/i.exec(rest);
  const head = headEnd ? rest.slice(0, headEnd.index).replace(/<head\b[^>]*>/i, '') : '';
  const body = (headEnd ? rest.slice(headEnd.index + headEnd[0].length) : rest).replace(BODY_OPEN, '').replace(/<\/body\s*>/i, '');
  return `<!DOCTYPE html>${htmlTag}<head>${head}</head><body>${body}</body></html>`;
}

/** Parses HTML (a whole page or a fragment) with linkedom, e.g. `parseDocument('<p>نص</p>').body`. */
export function parseDocument(html: string): DomDocument {
  return (parseHTML(wholeDocument(html)) as unknown as { document: DomDocument }).document;
}

/** True when `node` is an element. */
export function isElement(node: DomNode): node is DomElement {
  return node.nodeType === ELEMENT_NODE;
}
