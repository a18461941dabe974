/**
 * The Arabic temporal language pack: folding, tense cues, rules and refiners. The engine in
 * src/time runs it; every Arabic word of the temporal stage lives in this folder.
 */
import type { TimeLanguage } from '../../../time/types.js';
import { AR_FOLD } from './fold.js';
import { ANAPHOR_RULES } from './rules/anaphors.js';
import { CALENDAR_PART_RULES } from './rules/calendar-parts.js';
import { CLOCK_RULES } from './rules/clock.js';
import { DURATION_RULES } from './rules/durations.js';
import { GREGORIAN_RULES } from './rules/gregorian.js';
import { HIJRI_RULES } from './rules/hijri.js';
import { REFINERS } from './rules/refiners.js';
import { RELATIVE_RULES } from './rules/relative.js';
import { SET_RULES } from './rules/sets.js';
import { AR_TENSE_CUES } from './tense-cues.js';

/** The Arabic language pack for the temporal tagger. */
export const arabicTime: TimeLanguage = {
  code: 'ar',
  fold: AR_FOLD,
  // conjunctions and prepositions glued to the first word («لعام 2026», «وأمس», «بعيد»)
  proclitics: ['و', 'ف', 'ب', 'ل', 'ك', 'وب', 'ول', 'فب', 'فل', 'وك', 'فك', 'لل', 'وال', 'ولل', 'بال', 'وبال'],
  tense: AR_TENSE_CUES,
  sentenceEnd: '.!?؟\n؛',
  // what may stand between a sentence start and an anaphor that opens its clause («وقبل يوم واحد»)
  clauseOpening: '[ "“«(\\-]*(?:ثم +)?[وف]?',
  rules: [...GREGORIAN_RULES, ...HIJRI_RULES, ...RELATIVE_RULES, ...ANAPHOR_RULES, ...CALENDAR_PART_RULES, ...CLOCK_RULES, ...DURATION_RULES, ...SET_RULES],
  refiners: REFINERS,
};
