/**
 * Building DOM from data without ever parsing markup: every string becomes a text node or an
 * attribute value, so an article that contains `<script>` or `onerror=` shows it as text.
 * Event-handler attributes are refused outright (handlers are attached with addEventListener),
 * which keeps a data value from ever becoming code even through an attribute name.
 *
 * Example: `h('a', { href: '#/timeline', class: 'nav' }, t('nav.timeline'))`
 */

/** A child: a node, a string (becomes a text node), or nothing (skipped). */
export type Child = Node | string | number | null | undefined | false;

/** Attribute values; `false`, null and undefined leave the attribute out, `true` sets it empty. */
export type Attrs = Record<string, string | number | boolean | null | undefined>;

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * The attributes to set, as name and text; throws on an event-handler attribute (`on…`), which
 * is how a data value could otherwise turn into code.
 */
export function attributeList(attrs: Attrs): [string, string][] {
  const out: [string, string][] = [];
  for (const [name, value] of Object.entries(attrs)) {
    if (/^on/i.test(name)) throw new Error(`event handler attributes are not allowed: ${name}`);
    if (value === false || value === null || value === undefined) continue;
    out.push([name, value === true ? '' : String(value)]);
  }
  return out;
}

function setAttrs(el: Element, attrs: Attrs): void {
  for (const [name, value] of attributeList(attrs)) el.setAttribute(name, value);
}

function append(el: Element | DocumentFragment, children: readonly Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    el.append(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
  }
}

/** An HTML element with attributes and children. */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  setAttrs(el, attrs);
  append(el, children);
  return el;
}

/** An SVG element with attributes and children. */
export function s<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG_NS, tag);
  setAttrs(el, attrs);
  append(el, children);
  return el;
}

/** A fragment of children, e.g. to return several nodes from one component. */
export function frag(...children: Child[]): DocumentFragment {
  const f = document.createDocumentFragment();
  append(f, children);
  return f;
}

/** Replaces every child of `el`. */
export function replace(el: Element, ...children: Child[]): void {
  el.replaceChildren();
  append(el, children);
}

/**
 * The URL if it is a web address, else null: article URLs come from pages and may say
 * `javascript:`, which must never become a link.
 */
export function safeExternalUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}
