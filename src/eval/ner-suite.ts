import { evaluateNer } from '../ner/evaluate.js';
import type { SuiteResult } from './seeds-suite.js';

/**
 * The ANERcorp section of `rasid eval`: the shipped model on the test split (never trained or
 * tuned on), per-type precision, recall and F1 as the shared scorer computes them, and the
 * tagging speed on one core. Speed is printed, not held to a floor: the machine may be shared.
 */
export function runNerSuite(): SuiteResult {
  const e = evaluateNer();
  const speed = [`sentences/s on one core: ${Math.round(e.sentencesPerSecond)} from a cold start`];
  if (e.steadySentencesPerSecond !== null) speed.push(`${Math.round(e.steadySentencesPerSecond)} once warm`);
  const figures = Object.fromEntries(Object.entries(e.figures).filter(([k]) => k.endsWith('.f1')));
  return { name: `named entities: ANERcorp test split (${e.sentences} sentences, ${e.tokens} tokens)`, table: `${e.table}\n${speed.join(', ')}`, figures };
}
