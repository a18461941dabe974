/**
 * The temporal tagger's public API: `tagTimexes(text, dct)` finds and normalises TIMEX3
 * expressions (DATE, TIME, DURATION, SET) with exact UTF-16 spans.
 */
import { arabicTime } from '../lang/ar/time/index.js';
import { compiledLanguage, tagWith, type TagOptions } from './tagger.js';
import type { TimeLanguage, TimexOut } from './types.js';

/** Options of one tagging call. */
export type { TagOptions } from './tagger.js';
/** The shapes a language pack fills (rules with examples, refiners) and the tagger's output. */
export type { TimexOut, TimeLanguage, TimexRule, RuleExample } from './types.js';

/** Options of `tagTimexes`: tagger options plus the language pack (Arabic by default). */
export interface TagTimexOptions extends TagOptions {
  language?: TimeLanguage;
}

/**
 * Tags temporal expressions in `text`, anchored on the publication date `dct` (`YYYY-MM-DD`,
 * optionally with a time); `null` keeps relative values unanchored. The result is sorted and
 * non-overlapping; the longest match wins. Example:
 * `tagTimexes('وصل أمس الأربعاء', '2024-10-17')` → `[{text: 'أمس الأربعاء', value: '2024-10-16', …}]`.
 */
export function tagTimexes(text: string, dct: string | null, options: TagTimexOptions = {}): TimexOut[] {
  return tagWith(compiledLanguage(options.language ?? arabicTime), text, dct, options);
}
