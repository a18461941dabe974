/**
 * The entity engine's public API: recognition of one document, the corpus-wide identity
 * registry, the variant matcher, and the interface a learned tagger plugs into.
 */
export { recognizeEntities, type RecognizeOptions } from './recognize.js';
export { IdentityRegistry, unitsOf, type PersonProfile } from './registry.js';
export { compareNames, nameParts, skeleton, surnameMatch, givenMatch, type NameParts, type NameRelation } from './name-key.js';
export { entityResources, type EntityResources } from './resources.js';
export { entityLexiconFor } from './languages.js';
export type { SequenceTagger } from './model-evidence.js';
export type { EntityLexicon } from './lexicon.js';

import { defaultLanguage, languageFor } from '../lang/index.js';
import { entityLexiconFor as lexiconFor } from './languages.js';
import { IdentityRegistry as Registry } from './registry.js';
import { entityResources as resourcesFor } from './resources.js';

/** A new, empty identity registry for documents in `language` (Arabic by default). */
export function createIdentityRegistry(language?: string): Registry {
  const lang = language ? languageFor(language) : defaultLanguage;
  return new Registry(resourcesFor(lexiconFor(language), lang));
}
