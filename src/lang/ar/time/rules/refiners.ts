/**
 * Refiners: a part of day or of a period, an approximator, a range, and a date joined to its
 * clock time. They run in the order of REFINERS.
 */
import { dayNumber } from '../../../../time/calendar.js';
import { formatDay } from '../../../../time/format.js';
import type { Candidate, PairRefiner, PrefixRefiner, Resolved, SuffixRefiner } from '../../../../time/types.js';
import { dayOf } from '../../../../time/values.js';
import { joinDateRange } from '../../../../time/ranges.js';
import * as F from '../fragments.js';
import * as L from '../lexicons.js';
import { CLOCK_RULE_NAMES, hour24 } from './clock.js';
import { ex } from './example.js';
import { frequency } from './sets.js';

const { SP, g, W } = F;
const isClock = (c: Candidate): boolean => c.type === 'TIME' && CLOCK_RULE_NAMES.has(c.rule);
const clockOf = (v: string): [number, number] | null => {
  const m = /T(\d\d):(\d\d)$/.exec(v);
  return m ? [Number(m[1]), Number(m[2])] : null;
};
const pad2 = (n: number): string => String(n).padStart(2, '0');

/** «الخميس 14/3/2024», «الأحد، 2025-06-01»: a weekday written before a numeric date is part of it. */
export const weekdayDate: PairRefiner = {
  kind: 'pair',
  name: 'weekday-date',
  gap: `[ ،,]*`,
  join(a, b) {
    const day = b.type === 'DATE' && !b.mod && a.rule === 'weekday' && !/[ ]/.test(a.value) ? dayOf(b.value) : null;
    return day && /^\d{4}-\d\d-\d\d$/.test(day) ? { ...b } : null;
  },
  examples: [ex('وعقد الاجتماع يوم الخميس 14/03/2024 بالعاصمة.', '2024-03-20', ['الخميس 14/03/2024', '2024-03-14'])],
};

/** «مساء الاثنين», «فجر اليوم الاثنين», «بعد ظهر غد الثلاثاء»: a day and its part → TIME. */
export const dayPart: PrefixRefiner = {
  kind: 'prefix',
  name: 'day-part',
  ends: [L.DAY_PART.tails, F.wordSet(['يوم'])],
  pattern: `${g('dp', L.DAY_PART.source)}${SP}(?:يوم${SP})?`,
  apply(c, gr) {
    const code = L.DAY_PART.get(gr['dp']);
    const day = c.type === 'DATE' && !c.mod ? dayOf(c.value) : null;
    if (!code || !day) return null;
    const r: Resolved = { type: 'TIME', value: `${day}T${code}`, anchor: c.anchor ?? false };
    if (c.anaphor) r.anaphor = { ...c.anaphor, suffix: `T${code}` };
    return r;
  },
  examples: [
    ex('وغادر الوزير مساء السبت، واعتقل مشتبه به ظهر اليوم الثلاثاء.', '2023-01-03', ['مساء السبت', '2022-12-31TEV', 'TIME'], ['ظهر اليوم الثلاثاء', '2023-01-03TMD', 'TIME']),
    ex('وتهب رياح قوية اعتبارا من بعد ظهر غد الخميس.', '2024-02-14', ['بعد ظهر غد الخميس', '2024-02-15TAF', 'TIME']),
  ],
};

/** «غدا صباحا», «الخميس مساء»: a day-part adverb after a day makes it a TIME. */
export const dayPartAfter: SuffixRefiner = {
  kind: 'suffix',
  name: 'day-part-after',
  pattern: `${SP}${g('dp', L.DAY_PART_ADVERB.source)}`,
  apply(c, gr) {
    const code = L.DAY_PART_ADVERB.get(gr['dp']);
    const day = c.type === 'DATE' && !c.mod ? dayOf(c.value) : null;
    if (!code || !day) return null;
    const r: Resolved = { type: 'TIME', value: `${day}T${code}` };
    if (c.anaphor) r.anaphor = { ...c.anaphor, suffix: `T${code}` };
    return r;
  },
  examples: [ex('ويصل الوفد غدا صباحا إلى الرباط.', '2024-05-14', ['غدا صباحا', '2024-05-15TMO', 'TIME'])],
};

/** «الساعة العاشرة من ليل الخميس», «الساعة 5 مساء الأحد»: a clock time on a named day. */
export const clockOnDay: PairRefiner = {
  kind: 'pair',
  name: 'clock-on-day',
  gap: `${SP}(?:من${SP})?(?:يوم${SP})?`,
  join(a, b) {
    if (!isClock(a)) return null;
    const t = clockOf(a.value);
    const day = dayOf(b.value);
    const code = /T(MO|MD|AF|EV|NI)$/.exec(b.value)?.[1];
    if (!t || !day || (b.type !== 'DATE' && !code)) return null;
    const hh = code && ['AF', 'EV'].includes(code) ? hour24(t[0], 'pm') : code === 'NI' ? hour24(t[0], 'night') : t[0];
    return { type: 'TIME', value: `${day}T${pad2(hh)}:${pad2(t[1])}` };
  },
  examples: [ex('وسمع دوي الانفجار نحو الساعة الحادية عشرة من ليل السبت.', '2025-09-08', ['نحو الساعة الحادية عشرة من ليل السبت', '2025-09-06T23:00', 'TIME', 'APPROX'])],
};

/** Datelines: «الخميس 02nd أكتوبر 2025 - 08:20 م», «01st يونيو 2025 على الساعة 16:05». */
export const dateClock: PairRefiner = {
  kind: 'pair',
  name: 'date-clock',
  gap: ` *(?:[-|،,/]|${W(['على', 'في', 'عند', 'الموافق'])})? *`,
  join(a, b) {
    const day = a.type === 'DATE' && !a.mod ? dayOf(a.value) : null;
    const t = isClock(b) ? clockOf(b.value) : null;
    return day && t ? { type: 'TIME', value: `${day}T${pad2(t[0])}:${pad2(t[1])}` } : null;
  },
  examples: [
    ex('نشر بتاريخ الأحد 07th سبتمبر 2025 - 09:40 م', '2025-09-07T21:40:00', ['الأحد 07th سبتمبر 2025 - 09:40 م', '2025-09-07T21:40', 'TIME']),
    ex('المحرر: قسم الأخبار | 2022/11/03 - 17:05', '2022-11-03', ['2022/11/03 - 17:05', '2022-11-03T17:05', 'TIME']),
    ex('فبراير 14, 2024 - 08:12', '2024-02-14', ['فبراير 14, 2024 - 08:12', '2024-02-14T08:12', 'TIME']),
  ],
};

/** «الساعة 11 صباحا حتى الساعة 3 عصرا»; an overnight range ends the next day. */
export const clockRange: PairRefiner = {
  kind: 'pair',
  name: 'clock-range',
  gap: `(?: *- *|${SP}(?:${W(['إلى', 'حتى', 'لغاية', 'و'])})${SP})`,
  join(a, b) {
    if (!isClock(a) || !isClock(b)) return null;
    const da = dayOf(a.value);
    const ta = clockOf(a.value);
    const tb = clockOf(b.value);
    if (!da || !ta || !tb) return null;
    let end = b.value;
    const dm = /^(\d{4})-(\d\d)-(\d\d)$/.exec(da);
    if (dm && tb[0] * 60 + tb[1] < ta[0] * 60 + ta[1]) {
      const next = formatDay(dayNumber(Number(dm[1]), Number(dm[2]), Number(dm[3])) + 1);
      end = `${next}T${pad2(tb[0])}:${pad2(tb[1])}`;
    }
    return { type: 'TIME', value: `${a.value}/${end}` };
  },
  examples: [
    ex('ويفتح المعبر من الساعة 8 صباحا إلى الساعة 4 عصرا.', '2024-05-14', ['الساعة 8 صباحا إلى الساعة 4 عصرا', '2024-05-14T08:00/2024-05-14T16:00', 'TIME']),
    ex('ويسري حظر التجول من 22:00 حتى 05:00.', '2024-05-14', ['22:00 حتى 05:00', '2024-05-14T22:00/2024-05-15T05:00', 'TIME']),
  ],
};

/** «الأربعاء 4 يونيو 2025 إلى غاية الأحد 15 يونيو», «يناير إلى أبريل 2023». */
export const dateRange: PairRefiner = {
  kind: 'pair',
  name: 'date-range',
  gap: `(?: *- *|${SP}${W(['إلى', 'حتى', 'لغاية', 'إلى غاية', 'وحتى', 'وإلى', 'ولغاية'])}${SP})`,
  join: (a, b) => joinDateRange(a, b),
  examples: [
    ex('وتتواصل المعارض من الاثنين 6 أكتوبر 2025 إلى غاية السبت 11 أكتوبر.', '2025-09-20', ['الاثنين 6 أكتوبر 2025 إلى غاية السبت 11 أكتوبر', '2025-10-06/2025-10-11']),
    ex('وتحسنت الصادرات في الفترة من فبراير إلى يونيو 2022.', '2023-05-21', ['فبراير إلى يونيو 2022', '2022-02/2022-06']),
    ex('وتتواصل التخفيضات من 27 ديسمبر إلى 5 جانفي.', '2025-12-29', ['27 ديسمبر إلى 5 جانفي', '2025-12-27/2026-01-05']),
  ],
};

/** «بين 30 نوفمبر و12 ديسمبر»: «و» joins a range only after «بين». */
export const dateRangeBetween: PairRefiner = {
  kind: 'pair',
  name: 'date-range-between',
  lead: `${W(['بين', 'ما بين'])}${SP}`,
  gap: `${SP}و *`,
  join: (a, b) => joinDateRange(a, b),
  examples: [ex('وتحتضن الرياض المنتدى بين 28 أكتوبر و3 نوفمبر.', '2023-10-10', ['28 أكتوبر و3 نوفمبر', '2023-10-28/2023-11-03'])],
};

const RELATIVE_MONTH_RULES: ReadonlySet<string> = new Set(['relative-period', 'anaphoric-period', 'same-period']);

/** «الرابع والعشرين من الشهر الجاري», «11 من الشهر نفسه»: a day of a month named relatively. */
export const dayOfMonth: PrefixRefiner = {
  kind: 'prefix',
  name: 'day-of-month',
  ends: [F.NUMBER, L.ORDINAL_DAY.tails, L.FIRST_DAY.tails, F.wordSet(['من'])],
  pattern: `${F.day('d')}(?:${SP}من)?${SP}`,
  apply(c, gr) {
    const d = gr['d'] !== undefined ? Number(gr['d']) : F.readDay({ ...gr, dof: gr['dof'] ?? ' من' }, 'd');
    // named months take their day in day-month-year (which knows names that are events)
    if (!RELATIVE_MONTH_RULES.has(c.rule)) return null;
    if (d === null || d < 1 || d > 31 || c.type !== 'DATE' || c.mod || !/^(?:\d{4}|XXXX)-\d\d$/.test(c.value)) return null;
    const day = String(d).padStart(2, '0');
    const r: Resolved = { ...c, value: `${c.value}-${day}`, anchor: true };
    if (c.anaphor) r.anaphor = { ...c.anaphor, suffix: `-${day}` };
    return r;
  },
  examples: [
    ex('وتنعقد القمة في السابع والعشرين من الشهر المقبل.', '2024-05-10', ['السابع والعشرين من الشهر المقبل', '2024-06-27']),
    ex('ويصل الوفد إلى الرباط في 4 أيار، ثم يتوجه إلى فاس في 6 من الشهر نفسه.', '2024-04-20', ['4 أيار', '2024-05-04'], ['6 من الشهر نفسه', '2024-05-06']),
  ],
};

/** «مطلع أيار المقبل», «أواخر 2019», «نهاية الشهر الجاري»: the period with START/MID/END. */
export const partOfPeriod: PrefixRefiner = {
  kind: 'prefix',
  name: 'part-of-period',
  ends: [L.PART.tails],
  // «بداية من 15 مارس» is "starting from": a part word followed by «من» is a signal, not a part
  pattern: `${g('p', L.PART.source)}${SP}`,
  apply(c, gr) {
    const mod = L.PART.get(gr['p']);
    if (!mod || c.type !== 'DATE' || c.mod || /_REF$/.test(c.value)) return null;
    return { ...c, mod };
  },
  examples: [
    ex('وتنطلق المحادثات أواسط حزيران المقبل.', '2026-01-12', ['أواسط حزيران المقبل', '2026-06', 'DATE', 'MID']),
    ex('وتعود بداية النزاع إلى مطلع 2014.', '2026-01-12', ['مطلع 2014', '2014', 'DATE', 'START']),
    ex('ويطبق القرار بداية من 15 مارس المقبل.', '2026-01-12', ['15 مارس المقبل', '2026-03-15']),
  ],
};

/** «حوالي الساعة العاشرة» (APPROX), «أكثر من أربعة عقود» (MORE_THAN). */
export const quantifier: PrefixRefiner = {
  kind: 'prefix',
  name: 'quantifier',
  ends: [L.QUANTIFIER.tails],
  pattern: `${g('q', L.QUANTIFIER.source)}${SP}`,
  apply(c, gr) {
    const mod = L.QUANTIFIER.get(gr['q']);
    if (!mod || c.mod || c.type === 'SET' || (mod !== 'APPROX' && c.type !== 'DURATION')) return null;
    return { ...c, mod };
  },
  examples: [ex('وعاش اللاجئون في المخيم أكثر من ثلاثة عقود.', '2024-05-14', ['أكثر من ثلاثة عقود', 'P3DE', 'DURATION', 'MORE_THAN'])],
};

/** The refiners in the order they run. */
export const REFINERS = [weekdayDate, dayOfMonth, dayPart, dayPartAfter, clockOnDay, dateClock, clockRange, partOfPeriod, dateRange, dateRangeBetween, quantifier, frequency] as const;
