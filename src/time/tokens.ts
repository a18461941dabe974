/**
 * Word positions of a matching-form text (found while folding, see match-text.ts). Rules are
 * tried only at word starts near their anchors, so words are looked up by hash, not scanned.
 */

/** Word spans of a text: `starts[i]`, `ends[i]` for word i (runs of letters and digits). */
export interface Words {
  starts: readonly number[];
  ends: readonly number[];
  count: number;
}

/** Index of the word containing or following position `pos` (binary search). */
export function wordAt(words: Words, pos: number): number {
  let lo = 0;
  let hi = words.count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words.ends[mid]! <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
