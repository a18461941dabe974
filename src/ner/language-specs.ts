import { arabicNerSpec } from '../lang/ar/ner/index.js';
import type { NerFeatureSpec } from './feature-spec.js';

/** The NER feature specs of the languages that have one, by BCP 47 code. */
const SPECS: ReadonlyMap<string, NerFeatureSpec> = new Map([[arabicNerSpec.language, arabicNerSpec]]);

/** The NER feature spec of a language (`nerSpecFor('ar')`); throws for a language without one. */
export function nerSpecFor(code: string): NerFeatureSpec {
  const spec = SPECS.get(code.toLowerCase().split('-')[0] ?? '');
  if (!spec) throw new Error(`no named-entity features for language "${code}"; languages: ${[...SPECS.keys()].join(', ')}`);
  return spec;
}
