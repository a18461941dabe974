import type { Derivation, PrefixForm } from '../../../ner/feature-spec.js';

/**
 * Arabic proclitic chains for the NER features: [و ف] [ب ك ل] [ال], with ل + ال written لل.
 * Every chain is listed whole because the engine strips one chain, longest first, and reports
 * its parts as flags (a name after a preposition, a conjunction before a title). Whether a
 * chain is really a clitic is not decided here: the bare stem is one feature among several, and
 * list lookups try the word with and without each chain.
 */
function chains(): PrefixForm[] {
  const out: PrefixForm[] = [];
  const conj = ['', 'و', 'ف'];
  const prep = ['', 'ب', 'ك', 'ل'];
  for (const c of conj) {
    for (const p of prep) {
      for (const article of [false, true]) {
        if (!c && !p && !article) continue;
        // ل before the article drops the article's alef: لل, not لال
        const form = c + (p === 'ل' && article ? 'لل' : p + (article ? 'ال' : ''));
        const parts = [...(c ? ['conj'] : []), ...(p ? ['prep'] : []), ...(article ? ['article'] : [])];
        out.push({ form, parts });
      }
    }
  }
  return out;
}

/** Proclitic chains the NER features strip: و، ف، ب، ك، ل، ال، وال، بال، لل، وبال، ولل … */
export const arabicNerPrefixes: readonly PrefixForm[] = chains();

/**
 * Nationality and place adjectives (nisba): a place name, its final ا / يا / ستان / ة dropped,
 * plus ي / ية / يون / يين / يات: سوري ← سوريا، الأمريكية ← أمريكا، المصريين ← مصر، الأفغاني ←
 * أفغانستان، المكي ← مكة. ANERcorp tags them O, so they are a cue, not a name.
 */
export const arabicNerDerivations: readonly Derivation[] = [
  {
    name: 'nisba',
    suffixes: ['ي', 'ية', 'يون', 'يين', 'يان', 'يات'],
    restore: ['', 'ا', 'يا', 'ستان', 'ة'],
    bases: ['country', 'capital', 'city', 'region'],
  },
];
