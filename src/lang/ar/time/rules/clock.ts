/**
 * Clock times: digits («الساعة 07:01 مساءً», «08:20 م»), hours with an adverb («الساعة 11
 * صباحا»), and word hours («الساعة الحادية عشرة والنصف صباحا»). Time-zone phrases stay outside.
 */
import type { TimexRule } from '../../../../time/types.js';
import { clockValue } from '../../../../time/values.js';
import * as F from '../fragments.js';
import * as L from '../lexicons.js';
import { ex } from './example.js';
import { LETTER } from '../../../../time/chars.js';

const { SP, g, W } = F;
type Adverb = 'am' | 'pm' | 'noon' | 'night' | undefined;

/** The 24-hour clock hour of a written hour and its adverb. */
export function hour24(hh: number, ap: Adverb): number {
  if (ap === 'pm' && hh < 12) return hh + 12;
  if (ap === 'noon' && hh < 6) return hh + 12;
  if (ap === 'night') return hh === 12 ? 0 : hh >= 5 && hh < 12 ? hh + 12 : hh;
  return hh;
}

const adverb = (n: string, long = false): string => `${g(n, (long ? L.CLOCK_ADVERB_LONG : L.CLOCK_ADVERB).source)}(?!${LETTER})`;

/** «الساعة 07:01 مساءً», «21:15», «08:20 م». */
export const clockDigits: TimexRule = {
  name: 'clock-digits',
  anchors: [F.NUMBER, F.heads(['الساعة'])],
  pattern: `(?:${g('pre', 'الساعه')}${SP})?${g('hh', '\\d{1,2}')}${g('sep', '[:.]')}${g('mi', '\\d{2}')}(?: *${adverb('ap')})?`,
  normalize(gr, ctx) {
    const hh = Number(gr['hh']);
    // «9.30 صباحا» is a time; a bare «20.24» is a number
    if (hh > 24 || (gr['sep'] === '.' && gr['pre'] === undefined && gr['ap'] === undefined)) return null;
    return clockValue(ctx, null, hour24(hh, L.CLOCK_ADVERB.get(gr['ap'])), Number(gr['mi']));
  },
  examples: [
    ex('وهبطت طائرة الوفد في تمام الساعة 08:45 مساءً.', '2024-02-27', ['الساعة 08:45 مساءً', '2024-02-27T20:45', 'TIME']),
    ex('وانطلقت المناورة عند الساعة 04:30 بتوقيت غرينتش.', '2025-06-03', ['الساعة 04:30', '2025-06-03T04:30', 'TIME']),
    ex('ويبدأ الحفل الساعة ۷:۱۵ مساءً، والجلسة 9.30 صباحا، ونسبة النمو 20.24 بالمئة.', '2024-07-09', ['الساعة ۷:۱۵ مساءً', '2024-07-09T19:15', 'TIME'], ['9.30 صباحا', '2024-07-09T09:30', 'TIME']),
  ],
};

/** «الساعة 11 صباحا», «الساعة 3 عصرا», «5 مساء». */
export const clockHour: TimexRule = {
  name: 'clock-hour',
  anchors: [F.NUMBER, F.heads(['الساعة'])],
  // a bare number needs its adverb, and is no score («3 - 1 مساء السبت»)
  pattern: `الساعه${SP}(?:ال *)?${g('hh', '\\d{1,2}')}(?:${SP}و *${g('mm', '\\d{1,2}')}${SP}(?:دقيقه|دقائق))?(?:${SP}${adverb('ap')})?|(?<!\\d *[-:] *)${g('hh2', '\\d{1,2}')}${SP}${adverb('ap2', true)}`,
  normalize(gr, ctx) {
    const hh = Number(gr['hh'] ?? gr['hh2']);
    const ap = L.CLOCK_ADVERB.get(gr['ap'] ?? gr['ap2']);
    const mm = gr['mm'] === undefined ? 0 : Number(gr['mm']);
    return hh > 24 ? null : clockValue(ctx, null, hour24(hh, ap), mm);
  },
  examples: [
    ex('ويفتح المعبر اليوم من الساعة 9 صباحا حتى الساعة 5 عصرا.', '2025-06-03', ['اليوم', '2025-06-03'], ['الساعة 9 صباحا حتى الساعة 5 عصرا', '2025-06-03T09:00/2025-06-03T17:00', 'TIME']),
    ex('وفاز الفريق 3 - 1 مساء السبت.', '2024-05-14', ['مساء السبت', '2024-05-11TEV', 'TIME']),
    ex('ووقع الانفجار في الساعة 10 و30 دقيقة صباحا.', '2024-05-14', ['الساعة 10 و30 دقيقة صباحا', '2024-05-14T10:30', 'TIME']),
  ],
};

const MINUS = W(['ربعا', 'الربع', 'ثلثا', 'الثلث', 'ربع', 'ثلث']);

/** «الساعة السابعة مساء», «الساعة الثامنة والربع مساء», «الخامسة فجرا». */
export const clockWords: TimexRule = {
  name: 'clock-words',
  anchors: [L.HOUR_WORD, F.heads(['الساعة'])],
  // «العاشرة من صباح اليوم»: a day part after «من» also says it is a clock time (an empty last
  // alternative, not `?`: a quantified group may not match the empty lookahead)
  pattern: `(?:${g('pre', 'الساعه')}${SP})?${g('hw', L.HOUR_WORD.source)}(?:${SP}و${g('fr', L.FRACTION.source)}|${SP}الا${SP}${g('minus', MINUS)})?(?:${SP}${adverb('ap', true)}|${g('of', `(?=${SP}من${SP}${L.CLOCK_DAY_PART.source})`)}|)`,
  normalize(gr, ctx) {
    const h = L.HOUR_WORD.get(gr['hw']);
    if (h === undefined || (gr['pre'] === undefined && gr['ap'] === undefined && gr['of'] === undefined)) return null;
    let hh = h;
    let mi = Math.round((L.FRACTION.get(gr['fr']) ?? 0) * 60);
    if (gr['minus'] !== undefined) {
      hh = h === 1 ? 12 : h - 1;
      mi = /ثلث/.test(gr['minus']) ? 40 : 45;
    }
    return clockValue(ctx, null, hour24(hh, L.CLOCK_ADVERB.get(gr['ap'])), mi);
  },
  examples: [
    ex('ويستأنف البرلمان أشغاله على الساعة العاشرة والنصف صباحا.', '2024-05-14', ['الساعة العاشرة والنصف صباحا', '2024-05-14T10:30', 'TIME']),
    ex('وبدأ القصف عند الرابعة فجرا.', '2024-05-14', ['الرابعة فجرا', '2024-05-14T04:00', 'TIME']),
    ex('ويسري حظر التجول من الساعة التاسعة ليلا حتى الخامسة صباحا.', '2023-12-05', ['الساعة التاسعة ليلا حتى الخامسة صباحا', '2023-12-05T21:00/2023-12-06T05:00', 'TIME']),
    ex('وحل العداء في المركز الثالث.', '2023-05-21'),
    ex('وانطلق الموكب عند العاشرة من صباح اليوم.', '2024-05-14', ['العاشرة من صباح اليوم', '2024-05-14T10:00', 'TIME']),
  ],
};

/** Names of the clock rules, which the refiners join to their day. */
export const CLOCK_RULE_NAMES: ReadonlySet<string> = new Set([clockDigits.name, clockHour.name, clockWords.name]);

/** The clock rules. */
export const CLOCK_RULES: readonly TimexRule[] = [clockDigits, clockHour, clockWords];
