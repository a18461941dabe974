import { decodeHTML } from 'entities';
import { OffsetMapBuilder, type OffsetMap } from '../core/offset-map.js';

/** Text of an HTML page with a map from each text position back to the raw HTML. */
export interface PositionedText {
  text: string;
  map: OffsetMap;
  /** the page's <title>, if any */
  title: string | null;
}

/** Elements whose content is never text a reader sees. */
const SKIP_CONTENT = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'canvas', 'title', 'select', 'button']);
/** Elements that start a new line of text. */
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset',
  'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main',
  'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'th', 'thead', 'tr', 'ul', 'body', 'html',
]);
/** Elements that never have a closing tag. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);

const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)([^>]*)>/y;
const HIDDEN_ATTR = /(?:^|\s)hidden(?:\s|=|$)|aria-hidden\s*=\s*["']?true|display\s*:\s*none|visibility\s*:\s*hidden/i;
const ENTITY = /&(?:#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z][a-zA-Z0-9]{1,31});?/y;
const TITLE = /<title[^>]*>([\s\S]*?)<\/title>/i;
/** A run of plain text characters: no markup, no entity, no white space. */
const PLAIN_RUN = /[^<&\x20\t\n\r\f\u00a0]+/y;
const closers = new Map<string, RegExp>();

/** Position just after the closing tag of a `name` element whose content starts at `from`. */
function skipPast(html: string, name: string, from: number): number {
  let re = closers.get(name);
  if (!re) closers.set(name, (re = new RegExp(`</${name}\\s*>`, 'gi')));
  re.lastIndex = from;
  const m = re.exec(html);
  return m ? re.lastIndex : html.length;
}
const isSpace = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x0c || c === 0xa0;

/**
 * Converts HTML to plain text line by line while recording where every character came from,
 * so annotations on the text can be shown in the raw page. Scripts, styles, comments and
 * hidden elements never reach the text. A tolerant scanner, not a full parser: it needs no
 * well-formed input and cannot be made to execute anything.
 */
export function htmlToPositionedText(html: string): PositionedText {
  const b = new OffsetMapBuilder();
  let out = '';
  let pendingSpace = false;
  let pendingBreak = false;
  const t = TITLE.exec(html);
  const title = t ? decodeHTML(t[1]!).replace(/\s+/g, ' ').trim() || null : null;
  // open hidden elements, so the end of the outermost one is found
  const hiddenStack: string[] = [];
  const openStack: string[] = [];

  // where the last emitted piece ended in the source, so a single source space is copied, not inserted
  let lastEnd = -1;
  const emitChar = (ch: string, src: number, len: number): void => {
    if (pendingBreak && out.length) {
      out += '\n';
      b.insert(1);
    } else if (pendingSpace && out.length) {
      // (never after a break: a pending break is cleared only by emitting a character)
      out += ' ';
      if (src === lastEnd + 1 && html.charCodeAt(lastEnd) === 0x20) b.copy(lastEnd, 1);
      else b.insert(1);
    }
    pendingBreak = false;
    pendingSpace = false;
    // an entity's decoded characters map to the whole entity as a unit
    b.replace(src, len, ch.length);
    out += ch;
    lastEnd = src + len;
  };

  let i = 0;
  const n = html.length;
  while (i < n) {
    const c = html.charCodeAt(i);
    if (c === 0x3c /* < */) {
      if (html.startsWith('<!--', i)) {
        const end = html.indexOf('-->', i + 4);
        i = end < 0 ? n : end + 3;
        continue;
      }
      if (html.startsWith('<!', i) || html.startsWith('<?', i)) {
        const end = html.indexOf('>', i);
        i = end < 0 ? n : end + 1;
        continue;
      }
      TAG.lastIndex = i;
      const m = TAG.exec(html);
      if (m) {
        const closing = m[1] === '/';
        const name = m[2]!.toLowerCase();
        const attrs = m[3] ?? '';
        i = TAG.lastIndex;
        if (!closing && SKIP_CONTENT.has(name)) {
          if (!attrs.trimEnd().endsWith('/')) i = skipPast(html, name, i);
          continue;
        }
        if (BLOCK.has(name)) pendingBreak = true;
        else pendingSpace = true;
        if (VOID.has(name) || attrs.trimEnd().endsWith('/')) continue;
        if (!closing) {
          if (hiddenStack.length || HIDDEN_ATTR.test(attrs)) hiddenStack.push(name);
          else openStack.push(name);
        } else if (hiddenStack.length) {
          const k = hiddenStack.lastIndexOf(name);
          if (k >= 0) hiddenStack.length = k;
        } else {
          const k = openStack.lastIndexOf(name);
          if (k >= 0) openStack.length = k;
        }
        continue;
      }
    }
    if (hiddenStack.length) {
      // nothing inside a hidden element is text: jump to the next tag
      const next = html.indexOf('<', i + 1);
      i = next < 0 ? n : next;
      continue;
    }
    if (isSpace(c)) {
      pendingSpace = true;
      i++;
      continue;
    }
    if (c === 0x26 /* & */) {
      ENTITY.lastIndex = i;
      const m = ENTITY.exec(html);
      if (m) {
        const decoded = decodeHTML(m[0]);
        if (decoded !== m[0]) {
          if (decoded.trim() === '') pendingSpace = true;
          else emitChar(decoded, i, m[0].length);
          i = ENTITY.lastIndex;
          continue;
        }
      }
    }
    // copy the run of plain characters starting here in one piece: most of a page's text
    PLAIN_RUN.lastIndex = i;
    const run = PLAIN_RUN.exec(html);
    const piece = run ? run[0] : html[i]!;
    emitChar(piece, i, piece.length);
    i += piece.length;
  }
  return { text: out, map: b.build(html.length), title };
}
