import type { Settings } from '../core/settings.js';
import type { DomElement } from './dom.js';
import type { TextBlock } from './text-blocks.js';

/** How far up a line's weight flows, and how much of it reaches each level: a paragraph's parent
 * is the likely body, its grandparent a wrapper that may also hold the next chunk of the body. */
const LEVEL_WEIGHTS = [1, 0.75, 0.5];

/**
 * A second opinion on where the article is: the element whose lines hold the most prose, each
 * line weighted by its length and its share of non-link text, the weight flowing up to the
 * line's container and two ancestors. Returns the lines inside that element.
 */
export function densestBlocks(blocks: readonly TextBlock[], s: Pick<Settings['html'], 'densityMinChars' | 'densityMaxLinkShare'>): TextBlock[] {
  const score = new Map<DomElement, number>();
  for (const b of blocks) {
    if (b.chars < s.densityMinChars) continue;
    const linkShare = b.linkChars / b.chars;
    if (linkShare > s.densityMaxLinkShare) continue;
    const weight = b.chars * (1 - linkShare);
    let el: DomElement | null = b.container;
    for (const w of LEVEL_WEIGHTS) {
      if (!el) break;
      score.set(el, (score.get(el) ?? 0) + weight * w);
      el = el.parentElement;
    }
  }
  let best: DomElement | null = null;
  let bestScore = 0;
  for (const [el, value] of score) {
    if (value > bestScore) {
      best = el;
      bestScore = value;
    }
  }
  if (!best) return [];
  const inside = (el: DomElement | null): boolean => {
    for (let e = el; e; e = e.parentElement) if (e === best) return true;
    return false;
  };
  return blocks.filter((b) => inside(b.container));
}
