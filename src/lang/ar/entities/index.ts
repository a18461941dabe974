/**
 * The Arabic entity lexicon: every Arabic word the entity engine (src/entities) reads, apart
 * from the large gazetteers in data/ar/*.tsv.
 */
import type { EntityLexicon } from '../../../entities/lexicon.js';
import { arabicCompoundFirst, arabicGivenNameVariants, arabicGivenNames, arabicGivenNamesAlsoWords, arabicGivenNamesWithArticle, arabicNameParticles } from './given-names.js';
import { arabicNameStops } from './name-stops.js';
import { arabicFacilityNouns, arabicMediaHeads, arabicNationalInstitutions, arabicOrdinals, arabicOrgHeads } from './organisations.js';
import { arabicMetonymy, arabicNisba, arabicPlaceCues, arabicPlaceRules } from './places.js';
import { arabicRomanization, arabicSkeleton, arabicSkeletonDigraphs } from './script.js';
import { arabicDomains, arabicRoleAdjectives, arabicRoleLinkers, arabicRoleNouns, arabicSideNouns, arabicTitles } from './titles.js';

/** The Arabic entity lexicon. */
export const arabicEntities: EntityLexicon = {
  code: 'ar',
  titles: arabicTitles,
  roleNouns: arabicRoleNouns,
  roleAdjectives: arabicRoleAdjectives,
  roleLinkers: arabicRoleLinkers,
  domains: arabicDomains,
  orgHeads: arabicOrgHeads,
  national: arabicNationalInstitutions,
  mediaHeads: arabicMediaHeads,
  ordinals: arabicOrdinals,
  facilityNouns: arabicFacilityNouns,
  givenNames: {
    names: arabicGivenNames,
    alsoWords: arabicGivenNamesAlsoWords,
    withArticle: arabicGivenNamesWithArticle,
    compoundFirst: arabicCompoundFirst,
    variants: arabicGivenNameVariants,
  },
  nameParticles: arabicNameParticles,
  nameStops: arabicNameStops,
  // ي and ك are left out: names end with them (القذافي، لابلانك); ه is kept, ة being the name ending
  pronounSuffixes: ['ه', 'ها', 'هم', 'هما', 'هن', 'كم', 'كما'],
  commonNounEndings: ['ة'],
  article: 'ال',
  nameProclitics: ['و', 'ف', 'ب', 'ل', 'ك'],
  nisba: arabicNisba,
  placeRules: arabicPlaceRules,
  placeCues: arabicPlaceCues,
  metonymy: arabicMetonymy,
  sideNouns: arabicSideNouns,
  romanize: arabicRomanization,
  skeleton: arabicSkeleton,
  skeletonDigraphs: arabicSkeletonDigraphs,
};
