import type { CompiledSpec } from './feature-spec.js';
import { sentenceFeatures } from './features.js';
import type { EncodedSentence } from './perceptron.js';
import { toScheme, type TagSet } from './tags.js';
import { WordCache, type LearnedLexicon } from './word-features.js';

/**
 * Training sentences turned into feature ids. The index grows while the training sentences are
 * encoded; development sentences are encoded against it without growing it (an unseen feature
 * has no weight anyway).
 */

/** A tagged sentence (valid BIO; encoding spells the tags in the tag set's scheme). */
export interface TaggedSentence {
  tokens: readonly string[];
  tags: readonly string[];
}

/** Feature name → row of the weight matrix. */
export class FeatureIndex {
  readonly ids = new Map<string, number>();

  /** The id of `name`; a new one when `grow`, else -1 for an unknown name. */
  id(name: string, grow: boolean): number {
    let id = this.ids.get(name);
    if (id === undefined) {
      if (!grow) return -1;
      id = this.ids.size;
      this.ids.set(name, id);
    }
    return id;
  }

  get size(): number {
    return this.ids.size;
  }
}

/** Extra feature strings per token (document features), added to the sentence features. */
export type ExtraFeatures = (sentenceIndex: number, words: readonly string[]) => readonly (readonly string[])[] | null;

/** Encodes tagged sentences, each analysed with the learned lexicon `learnedFor(i)` gives. */
export function encodeSentences(
  sentences: readonly TaggedSentence[],
  indices: readonly number[],
  spec: CompiledSpec,
  learnedFor: (sentenceIndex: number) => LearnedLexicon,
  tags: TagSet,
  index: FeatureIndex,
  grow: boolean,
  extra?: ExtraFeatures,
): EncodedSentence[] {
  const caches = new Map<LearnedLexicon, WordCache>();
  const out: EncodedSentence[] = [];
  for (const si of indices) {
    const s = sentences[si]!;
    const learned = learnedFor(si);
    let cache = caches.get(learned);
    if (!cache) {
      cache = new WordCache(spec, learned);
      caches.set(learned, cache);
    }
    const words = s.tokens.map((t) => cache.get(t));
    const feats = sentenceFeatures(words);
    const more = extra?.(si, s.tokens) ?? null;
    const ids: number[] = [];
    const offsets = new Int32Array(s.tokens.length + 1);
    for (let i = 0; i < feats.length; i++) {
      offsets[i] = ids.length;
      for (const f of feats[i]!) {
        const id = index.id(f, grow);
        if (id >= 0) ids.push(id);
      }
      for (const f of more?.[i] ?? []) {
        const id = index.id(f, grow);
        if (id >= 0) ids.push(id);
      }
    }
    offsets[feats.length] = ids.length;
    const schemeTags = toScheme(s.tags, tags.scheme);
    const gold = new Uint8Array(schemeTags.length);
    for (let i = 0; i < schemeTags.length; i++) gold[i] = tags.index.get(schemeTags[i]!) ?? 0;
    out.push({ feats: Int32Array.from(ids), offsets, gold });
  }
  return out;
}
