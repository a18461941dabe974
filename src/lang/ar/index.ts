import type { LanguagePack } from '../language.js';
import { arabicAbbreviations } from './abbreviations.js';
import { arabicClitics } from './clitics.js';
import { arabicOrthography } from './orthography.js';
import { arabicPunctuation } from './punctuation.js';

/** The Arabic language pack: orthography, clitics, abbreviations and sentence punctuation. */
export const arabic: LanguagePack = {
  code: 'ar',
  script: 'Arabic',
  orthography: arabicOrthography,
  clitics: arabicClitics,
  abbreviations: arabicAbbreviations,
  punctuation: arabicPunctuation,
};
