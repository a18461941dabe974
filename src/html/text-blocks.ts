import { isElement, TEXT_NODE, type DomElement, type DomNode } from './dom.js';
import { isMarkedFurniture } from './mark-elements.js';
import { BLOCK_ELEMENTS, HEADING_ELEMENTS, LINE_STRUCTURE, NEVER_TEXT } from './markup-vocabulary.js';

/** One line of text as a reader sees it: a paragraph, heading, list item or table cell. */
export interface TextBlock {
  /** the text, white space collapsed */
  text: string;
  /** non-space characters inside links */
  linkChars: number;
  /** non-space characters in all */
  chars: number;
  /** the element that holds the line (its nearest block ancestor) */
  container: DomElement;
  /** true for h1…h6 */
  heading: boolean;
  /** the nearest ancestor of the container that is not paragraph, list or table structure: lines
   * of one column of text share it */
  section: DomElement;
}

/** True when the element holds no block element but line breaks: a `<div>` used as a paragraph. */
function holdsOnlyInline(el: DomElement): boolean {
  for (let n: DomNode | null = el.firstChild; n; n = n.nextSibling) {
    if (isElement(n) && BLOCK_ELEMENTS.has(n.localName) && n.localName !== 'br' && n.localName !== 'hr') return false;
  }
  return true;
}

/** The nearest ancestor of a line's container that is not line structure (see LINE_STRUCTURE); a
 * `<div>` holding a single paragraph's text counts as line structure, as a `<p>` would. */
function sectionOf(el: DomElement): DomElement {
  let e = el;
  if (!LINE_STRUCTURE.has(e.localName) && e.parentElement && holdsOnlyInline(e)) e = e.parentElement;
  while (LINE_STRUCTURE.has(e.localName) && e.parentElement) e = e.parentElement;
  return e;
}

/** What the walker should leave out besides the never-text elements. */
export interface BlockWalkOptions {
  /** leave out furniture (share bars, captions, bylines…) whose text is at most this many characters */
  furnitureMaxChars: number;
}

/** Characters of `s` that are not white space. */
export const nonSpace = (s: string): number => {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 0x20 && c !== 0xa0) n++;
  }
  return n;
};

/**
 * The lines of text under `root`, in reading order, one per block element (and per `<br>`), with
 * never-text elements and small furniture left out. The document is expected to have been through
 * `markElements`, which removes hidden elements and marks furniture.
 */
export function collectBlocks(root: DomElement, options: BlockWalkOptions): TextBlock[] {
  const blocks: TextBlock[] = [];
  let parts: string[] = [];
  let linkChars = 0;

  const flush = (container: DomElement): void => {
    if (parts.length) {
      const text = parts.join('').replace(/\s+/g, ' ').trim();
      if (text) {
        blocks.push({ text, linkChars, chars: nonSpace(text), container, heading: HEADING_ELEMENTS.has(container.localName), section: sectionOf(container) });
      }
    }
    parts = [];
    linkChars = 0;
  };

  const walk = (el: DomElement, container: DomElement, inLink: boolean): void => {
    for (let node: DomNode | null = el.firstChild; node; node = node.nextSibling) {
      if (node.nodeType === TEXT_NODE) {
        const t = node.textContent ?? '';
        parts.push(t);
        if (inLink) linkChars += nonSpace(t);
        continue;
      }
      if (!isElement(node)) continue;
      const name = node.localName;
      if (NEVER_TEXT.has(name)) continue;
      // only whole blocks are furniture: a link inside a sentence may carry a `tag` or `related`
      // class and still be a word of the sentence
      const block = BLOCK_ELEMENTS.has(name);
      if ((block || name !== 'a') && isMarkedFurniture(node) && nonSpace(node.textContent ?? '') <= options.furnitureMaxChars) continue;
      if (name === 'br' || name === 'hr') {
        flush(container);
        continue;
      }
      if (block) {
        flush(container);
        walk(node, node, inLink);
        flush(node);
      } else {
        walk(node, container, inLink || name === 'a');
      }
    }
  };
  walk(root, root, false);
  flush(root);
  return blocks;
}
