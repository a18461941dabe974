import type { NerFeatureSpec } from '../../../ner/feature-spec.js';
import { arabicNerDerivations, arabicNerPrefixes } from './affixes.js';
import { months, nameParticles, occupations, offices, orgCues, placeCues, speechVerbs, titles } from './cues.js';
import { arabicGivenNames } from '../entities/given-names.js';
import { knownSurnames } from './surnames.js';
import { knownOrganisations } from './organisations.js';
import { cities, countries, regions } from './places.js';

/**
 * The Arabic vocabulary of the named-entity features: proclitic chains, nationality adjectives,
 * cue words (titles, offices, organisation and place heads, reporting verbs) and gazetteers
 * (countries from CLDR, cities, regions, given names, public figures, organisations). List names
 * become feature names, so renaming a list needs a retrained model.
 */
export const arabicNerSpec: NerFeatureSpec = {
  language: 'ar',
  prefixes: arabicNerPrefixes,
  derivations: arabicNerDerivations,
  lists: {
    title: titles,
    office: offices,
    occupation: occupations,
    orgCue: orgCues,
    placeCue: placeCues,
    speech: speechVerbs,
    particle: nameParticles,
    month: months,
    givenName: arabicGivenNames,
    surname: knownSurnames,
    org: knownOrganisations,
    country: countries,
    city: cities,
    region: regions,
  },
};
