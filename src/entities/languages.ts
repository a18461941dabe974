/**
 * The entity lexicons of the languages Rasid knows, by BCP 47 code. A new language adds its
 * folder under src/lang and one line here.
 */
import { arabicEntities } from '../lang/ar/entities/index.js';
import type { EntityLexicon } from './lexicon.js';

const LEXICONS: ReadonlyMap<string, EntityLexicon> = new Map([[arabicEntities.code, arabicEntities]]);

/** The entity lexicon for a language code (`ar`, `ar-EG`), Arabic when there is none for it. */
export function entityLexiconFor(code: string | null | undefined): EntityLexicon {
  return LEXICONS.get((code ?? '').toLowerCase().split('-')[0] ?? '') ?? arabicEntities;
}
