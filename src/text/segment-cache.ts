import type { LanguagePack } from '../lang/language.js';
import type { Segmentation, SegmentContext } from './segment.js';

/**
 * A memo of word segmentations. Words repeat (Zipf), and a word's segmentation depends only on
 * its letters and the options, so it is computed once per distinct surface form and shifted to
 * each occurrence. One cache is shared by every call with the same language and settings,
 * because documents are tokenized one at a time and each alone repeats too few words. Results
 * are the same with or without it. Calls with a lexicon get a cache of their own, since a
 * predicate may answer differently from one call to the next.
 */

/** A remembered word and its segmentation, spans relative to the word (null: no clitics). */
interface Entry {
  word: string;
  seg: Segmentation | null;
}

/** Distinct words remembered; a few MB of news has fewer, and the cap bounds memory to some MB. */
const LIMIT = 50_000;
/**
 * The longest string a long-lived cache may keep as a key: V8 shares the parent's memory for
 * slices of 13 code units or more, so a longer token would keep its whole document alive.
 */
export const MAX_KEY_LENGTH = 12;

const shared = new WeakMap<LanguagePack, Map<string, Map<number, Entry>>>();

/** Segmentations by word; see the file comment. */
export class SegmentCache {
  private readonly map: Map<number, Entry>;

  constructor(ctx: SegmentContext) {
    if (ctx.lexicon) {
      this.map = new Map();
      return;
    }
    let byPack = shared.get(ctx.lang);
    if (!byPack) shared.set(ctx.lang, (byPack = new Map()));
    const s = ctx.settings;
    const key = `${ctx.enclitics}|${s.minStemLetters}|${s.minStemLettersAfterProclitic}|${s.minEncliticStemLetters}`;
    let map = byPack.get(key);
    if (!map) byPack.set(key, (map = new Map()));
    this.map = map;
  }

  private lastHash = 0;
  private lastHit = false;

  /** The remembered segmentation of `word` (which is `text[start, end)`); undefined when unknown. */
  find(text: string, start: number, end: number, word: string): Segmentation | null | undefined {
    // keyed by a hash computed here: Map lookups by fresh string keys cost more than that, and a
    // small integer (30 bits) is stored unboxed
    let h = 0;
    for (let i = start; i < end; i++) h = (Math.imul(h, 31) + text.charCodeAt(i)) | 0;
    h &= 0x3fffffff;
    const hit = this.map.get(h);
    this.lastHash = h;
    this.lastHit = hit !== undefined;
    return hit !== undefined && hit.word === word ? hit.seg : undefined;
  }

  /** Remembers the segmentation of the word last passed to `find`. */
  remember(word: string, seg: Segmentation | null): void {
    // a long word is not kept: its string may hold the memory of the whole text it was cut from;
    // on a hash collision the first word keeps the slot
    if (this.lastHit || word.length > MAX_KEY_LENGTH) return;
    if (this.map.size >= LIMIT) this.map.clear();
    this.map.set(this.lastHash, { word, seg });
  }
}
