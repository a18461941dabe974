import { CUT_BEFORE_PARSE, PRUNED_BEFORE_PARSE } from './markup-vocabulary.js';

const PRUNE = new RegExp(`<!--[\\s\\S]*?-->|<(${PRUNED_BEFORE_PARSE.join('|')})\\b[^>]*?(?<!/)>[\\s\\S]*?</\\1\\s*>`, 'gi');
const FURNITURE_TAG = new RegExp(`<(/?)(${CUT_BEFORE_PARSE.join('|')})\\b[^>]*>`, 'gi');

/**
 * Cuts the furniture elements (nav, aside, footer) out of the markup, counting nested elements of
 * the same name so the cut ends at the matching close tag. An element never closed is kept.
 */
function cutFurniture(html: string): string {
  FURNITURE_TAG.lastIndex = 0;
  let out = '';
  let kept = 0; // end of the last cut
  let depth = 0;
  let start = 0;
  let name = '';
  for (let m = FURNITURE_TAG.exec(html); m; m = FURNITURE_TAG.exec(html)) {
    const closing = m[1] === '/';
    const tag = m[2]!.toLowerCase();
    if (m[0].endsWith('/>')) continue;
    if (depth === 0) {
      if (closing) continue;
      start = m.index;
      name = tag;
      depth = 1;
    } else if (tag === name) {
      depth += closing ? -1 : 1;
      if (depth === 0) {
        out += html.slice(kept, start);
        kept = FURNITURE_TAG.lastIndex;
      }
    }
  }
  return kept === 0 ? html : out + html.slice(kept);
}

/**
 * The page with comments, never-text elements (scripts, styles, inline SVG…) and furniture
 * elements (nav, aside, footer) cut out, e.g. `pruneMarkup('<p>a<script>x</script></p>')` →
 * `'<p>a</p>'`. Parsing and Readability's passes cost in proportion to the number of nodes, and
 * these elements are a large share of a modern page's nodes whose text is never wanted; positions
 * are recovered from the raw page by alignment, not from this string.
 */
export function pruneMarkup(html: string): string {
  return cutFurniture(html.replace(PRUNE, ''));
}
