import type { Sentence, Token } from '../core/document.js';
import { viterbi } from './decode.js';
import { documentFeatures } from './document-features.js';
import { phraseFeatures } from './features.js';
import type { NerModel } from './model.js';
import { chunksOf, toBio } from './tags.js';

/**
 * Tagging with a loaded model: the sentence stage on every sentence, then, when the model has
 * one, the document stage, which also reads the first stage's tags of the sentences around.
 */

/**
 * BIO tags (types PERS, LOC, ORG, MISC for the ANERcorp model) of the sentences of one document,
 * tokens as written (clitics attached, as in ANERcorp): `tagSentences(model, [['قال', 'جورج',
 * 'بوش']])` → `[['O', 'B-PERS', 'I-PERS']]`. Sentences close together are one document to the
 * second stage; pass a document's sentences together.
 */
export function tagSentences(model: NerModel, sentences: readonly (readonly string[])[]): string[][] {
  const { scorer, tags } = model;
  const words = sentences.map((tokens) => tokens.map((t) => model.words.get(t)));
  const scores = words.map((ws) => scorer.sentenceScores(ws, phraseFeatures(ws)));
  const { transitions, start } = model.weights;
  const bio = tags.scheme === 'BIO';
  const decode = (stage: number, extra?: number[][][]): string[][] =>
    scores.map((sc, si) => {
      const em = scorer.stageEmissions(sc, stage, extra?.[si]);
      const path = viterbi(sentences[si]!.length, { emissions: em, transitions: transitions[stage]!, start: start[stage]! }, tags);
      const named = tagNames(path, tags.tags);
      return bio ? named : toBio(named);
    });
  let out = decode(0);
  if (model.nStages > 1) {
    const keys = words.map((ws) => ws.map((w) => w.bare));
    out = decode(1, documentFeatures(keys, out, tags.types, model.documentWindows, model.spec.minStemLetters, (f) => scorer.rowOf(f)));
  }
  return out;
}

/** The names of a decoded path's tags (a plain loop: `Array.from` on a typed array iterates with an allocation per element). */
function tagNames(path: Uint8Array, names: readonly string[]): string[] {
  const out = new Array<string>(path.length);
  for (let i = 0; i < path.length; i++) out[i] = names[path[i]!]!;
  return out;
}

/** BIO tags of one sentence's tokens: `tagTokens(model, ['قال', 'جورج', 'بوش'])` → `['O', 'B-PERS', 'I-PERS']`. */
export function tagTokens(model: NerModel, tokens: readonly string[]): string[] {
  return tagSentences(model, [tokens])[0]!;
}

/** A named entity found in a document's text. */
export interface NerMention {
  /** span in the text the tokens came from; leading conjunctions and prepositions left out */
  start: number;
  end: number;
  /** PERS, LOC, ORG or MISC for the ANERcorp model */
  type: string;
  /** index of the first token and one past the last in the token list */
  tokenStart: number;
  tokenEnd: number;
}

/**
 * The named entities of a document's tokens and sentences (the text stage's layers), for the
 * entities stage: `recognizeMentions(model, doc.layers.tokens, doc.layers.sentences)`. A
 * conjunction or preposition glued to the first word (وبوش، لفرنسا) is not part of the span;
 * the article is (الجزائر).
 */
export function recognizeMentions(model: NerModel, tokens: readonly Token[], sentences: readonly Sentence[]): NerMention[] {
  const ranges = sentences.length ? sentences.map((s) => [s.tokenStart, s.tokenEnd] as const) : [[0, tokens.length] as const];
  const tagged = tagSentences(
    model,
    ranges.map(([a, b]) => tokens.slice(a, b).map((t) => t.text)),
  );
  const out: NerMention[] = [];
  ranges.forEach(([a], si) => {
    for (const c of chunksOf(tagged[si]!)) {
      const first = tokens[a + c.start]!;
      const last = tokens[a + c.end - 1]!;
      let start = first.start;
      for (const cl of first.clitics) if ((cl.role === 'conjunction' || cl.role === 'preposition') && cl.start === start) start = cl.end;
      out.push({ start, end: last.end, type: c.type, tokenStart: a + c.start, tokenEnd: a + c.end });
    }
  });
  return out;
}
