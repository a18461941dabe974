/**
 * SETs need a frequency marker: «كل», «سنويا», «مرة», «مرتين», «مرات». Adjectives inside a noun
 * phrase («المؤتمر السنوي») are not SETs.
 */
import { formatDuration, pad } from '../../../../time/format.js';
import type { Groups, PrefixRefiner, Resolved, TimexRule } from '../../../../time/types.js';
import * as F from '../fragments.js';
import * as L from '../lexicons.js';
import { HALF_YEARLY, TIMES_WORDS } from '../units.js';
import { ex } from './example.js';

const { SP, g, W } = F;

/** «مرة», «مرتين», «ثلاث مرات» before a period. */
const FREQ = `(?:${g('once', W(TIMES_WORDS.once))}|${g('twice', W(TIMES_WORDS.twice))}|${F.count('fn')}${SP}${W(TIMES_WORDS.times)})`;

function freqOf(gr: Groups): string | undefined {
  if (gr['once'] !== undefined) return '1X';
  if (gr['twice'] !== undefined) return '2X';
  const n = F.readCount(gr, 'fn');
  return n === null ? undefined : `${n}X`;
}

const set = (value: string, gr: Groups): Resolved => {
  const freq = freqOf(gr);
  return freq ? { type: 'SET', value, freq } : { type: 'SET', value };
};

/** «كل شهر», «كل شهرين», «كل ثلاثة أشهر», «مرة كل أسبوعين». */
export const setEvery: TimexRule = {
  name: 'set-every',
  anchors: [F.heads(['كل'])],
  pattern: `كل${SP}(?:${F.count('n')}${SP})?${g('u', L.UNIT.source)}`,
  normalize(gr) {
    const u = L.UNIT.get(gr['u']);
    if (!u) return null;
    const n = F.readCount(gr, 'n');
    const amount = n ?? u.count;
    return amount === null ? null : set(formatDuration([{ unit: u.unit, amount }]), gr);
  },
  examples: [
    ex('وتصدر النشرة العسكرية كل شهر.', '2024-10-17', ['كل شهر', 'P1M', 'SET']),
    ex('وتجدد التراخيص كل سنتين.', '2025-06-03', ['كل سنتين', 'P2Y', 'SET']),
    ex('وتزور البعثة المخيم مرة كل ثلاثة أشهر.', '2023-01-02', ['مرة كل ثلاثة أشهر', 'P3M', 'SET']),
  ],
};

/** «كل يوم اثنين», «كل جمعة»: a weekday every week. */
export const setWeekday: TimexRule = {
  name: 'set-weekday',
  anchors: [F.heads(['كل'])],
  pattern: `كل${SP}(?:يوم${SP})?(?:${F.weekday()}|${g('wb', L.WEEKDAY_BARE.source)})`,
  normalize(gr) {
    const wd = L.WEEKDAY.get(gr['wd']) ?? L.WEEKDAY_BARE.get(gr['wb']);
    return wd === undefined ? null : { type: 'SET', value: `XXXX-WXX-${wd}` };
  },
  examples: [ex('ويفتح المتحف مجانا كل يوم أربعاء.', '2024-05-14', ['كل يوم أربعاء', 'XXXX-WXX-3', 'SET'])],
};

/** «كل صيف». */
export const setSeason: TimexRule = {
  name: 'set-season',
  anchors: [F.heads(['كل'])],
  pattern: `كل${SP}${g('s', L.SEASON.source)}`,
  normalize(gr) {
    const s = L.SEASON.get(gr['s']);
    return s ? { type: 'SET', value: `XXXX-${s}` } : null;
  },
  examples: [ex('وتتكرر الفيضانات كل خريف.', '2024-05-14', ['كل خريف', 'XXXX-FA', 'SET'])],
};

/** «سنويا», «ثلاث مرات أسبوعيا», «مرتين سنويا». */
export const setAdverb: TimexRule = {
  name: 'set-adverb',
  anchors: [L.FREQ_ADVERB],
  pattern: g('adv', L.FREQ_ADVERB.source),
  normalize(gr) {
    const unit = L.FREQ_ADVERB.get(gr['adv']);
    return unit ? set(formatDuration([{ unit, amount: 1 }]), gr) : null;
  },
  examples: [
    ex('ويتدرب الجنود أربع مرات أسبوعيا.', '2024-05-14', ['أربع مرات أسبوعيا', 'P1W', 'SET']),
    ex('وتنتج المصانع عشرة آلاف قذيفة شهريا، وينشر التقرير السنوي في الربيع.', '2024-05-14', ['شهريا', 'P1M', 'SET']),
  ],
};

/** «بشكل نصف سنوي»: every six months; the manner word stays outside. */
export const setHalfYearly: TimexRule = {
  name: 'set-half-yearly',
  anchors: [F.heads(['نصف'])],
  back: 1,
  pattern: `${g('lead', `${W(['بشكل', 'بصفة', 'بصورة', 'بطريقة'])}${SP}`)}${W(HALF_YEARLY)}|نصف${SP}سنويا`,
  normalize: () => ({ type: 'SET', value: 'P6M' }),
  examples: [ex('وتقيم الوزارة الأداء بصفة نصف سنوية.', '2025-04-25', ['نصف سنوية', 'P6M', 'SET'])],
};

/** «مرتين في الشهر», «مرة في السنة». */
export const setPer: TimexRule = {
  name: 'set-per',
  anchors: [F.heads(['مرة', 'مرتين', 'مرتان', 'مرات'])],
  back: 3,
  pattern: `${FREQ}${SP}(?:في|كل)${SP}${g('unit', `${L.PERIOD_NOUN.source}|اليوم|الساعه`)}`,
  normalize(gr) {
    const w = gr['unit'];
    const unit = w === 'اليوم' ? 'day' : w === 'الساعه' ? 'hour' : L.PERIOD_NOUN.get(w);
    return unit ? set(formatDuration([{ unit, amount: 1 }]), gr) : null;
  },
  examples: [ex('وتنظم الدوريات ثلاث مرات في اليوم.', '2022-08-30', ['ثلاث مرات في اليوم', 'P1D', 'SET'])],
};

/** «22 فبراير من كل عام», «شهر أوت من كل سنة», «الثامن من مارس من كل عام». */
export const setYearlyDate: TimexRule = {
  name: 'set-yearly-date',
  anchors: [L.MONTH_NAMED],
  back: 6,
  pattern: `(?:${F.day('d')}${SP}(?:من${SP})?)?(?:شهر${SP})?${F.monthPair('m', L.MONTH_NAMED)}${SP}من${SP}كل${SP}(?:عام|سنه)`,
  normalize(gr) {
    const m = F.readMonth(gr, 'm');
    if (m === null) return null;
    const anyDay = gr['d'] !== undefined || gr['dw'] !== undefined || gr['df'] !== undefined;
    const d = anyDay ? F.readDay(gr, 'd') : null;
    if (anyDay && d === null) return null;
    return { type: 'SET', value: `XXXX-${pad(m)}${d === null ? '' : `-${pad(d)}`}` };
  },
  examples: [
    ex('ويحيي البلد ذكرى الاستقلال في 18 نوفمبر من كل عام.', '2024-12-31', ['18 نوفمبر من كل عام', 'XXXX-11-18', 'SET']),
    ex('وتغلق الجامعات في شهر جويلية من كل سنة.', '2024-10-17', ['شهر جويلية من كل سنة', 'XXXX-07', 'SET']),
  ],
};

/** «20 من كل شهر», «الخامس والعشرين من كل شهر». */
export const setMonthlyDay: TimexRule = {
  name: 'set-monthly-day',
  anchors: [F.heads(['كل'])],
  back: 5,
  pattern: `${F.day('d')}(?:${SP}من)?${SP}كل${SP}شهر`,
  normalize(gr) {
    const d = gr['d'] !== undefined ? Number(gr['d']) : (L.ORDINAL_DAY.get(gr['dw']) ?? (gr['df'] ? 1 : null));
    return d === null || d > 31 ? null : { type: 'SET', value: `XXXX-XX-${pad(d)}` };
  },
  examples: [ex('وتدفع الإيجارات في 5 من كل شهر.', '2025-09-06', ['5 من كل شهر', 'XXXX-XX-05', 'SET'])],
};

/** «مرة كل أسبوعين», «ثلاث مرات أسبوعيا»: the count word joins its SET as `freq`. */
export const frequency: PrefixRefiner = {
  kind: 'prefix',
  name: 'frequency',
  ends: [F.wordSet([...TIMES_WORDS.once, ...TIMES_WORDS.twice, ...TIMES_WORDS.times].map((w) => w.split(' ').at(-1)!))],
  pattern: `${FREQ}${SP}`,
  apply(c, gr) {
    const freq = freqOf(gr);
    return c.type === 'SET' && !c.freq && freq ? { ...c, freq } : null;
  },
  examples: [ex('وتجرى المراجعة الطبية للطيارين مرتين سنويا.', '2024-05-14', ['مرتين سنويا', 'P1Y', 'SET'])],
};

/** The SET rules. */
export const SET_RULES: readonly TimexRule[] = [
  setEvery, setWeekday, setSeason, setAdverb, setHalfYearly, setPer, setYearlyDate, setMonthlyDay,
];
