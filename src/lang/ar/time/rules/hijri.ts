/**
 * Hijri dates (Umm al-Qura through the platform calendar) and holidays.
 */
import { nearestYearly, type Rel } from '../../../../time/anchor.js';
import { dayNumber, orthodoxEaster, westernEaster } from '../../../../time/calendar.js';
import { formatDay, pad } from '../../../../time/format.js';
import { hijriToDay } from '../../../../time/hijri.js';
import type { Resolved, RuleContext, TimexRule } from '../../../../time/types.js';
import { hijriDay, hijriMonth, hijriYearRange } from '../../../../time/values.js';
import type { HolidayRule } from '../holidays.js';
import * as F from '../fragments.js';
import * as L from '../lexicons.js';
import { ex } from './example.js';

const { SP, g } = F;
const HM = g('hm', L.HIJRI_MONTH.source);
const relOf = (s: string | undefined): Rel => (s === undefined ? null : (L.REL.get(s) ?? null));
/**
 * A Hijri year group: null when absent, undefined when it cannot be a Hijri year. Without an era
 * mark only modern years (1300–1600) are read; with «هـ» any year is («سنة 36 هـ»).
 */
const hijriYearOf = (s: string | undefined, era = false): number | null | undefined => {
  if (s === undefined) return null;
  const y = Number(s);
  return (y >= 1300 && y <= 1600) || (era && y >= 1 && y <= 1600) ? y : undefined;
};

/** «الخميس 14 ربيع الثاني 1446 هـ», «فاتح ذي القعدة 1444», «السبت 9 ذي الحجة». */
export const hijriDate: TimexRule = {
  name: 'hijri-date',
  anchors: [L.HIJRI_MONTH],
  back: 10,
  pattern: `${F.relDayBefore()}${F.weekdayBefore()}${F.day('d')}${SP}(?:من${SP})?(?:شهر${SP})?${HM}(?:[ ،,]+(?:سنه${SP})?${g('y', '\\d{1,4}')}(?=${F.hijriEra('eraAhead')})|[ ،,]+${F.year('y2')})?${F.opt(F.hijriEra())}(?:${SP}${F.rel()})?`,
  normalize(gr, ctx) {
    const hd = F.readDay(gr, 'd');
    const hm = L.HIJRI_MONTH.get(gr['hm']);
    const hy = gr['y'] !== undefined ? hijriYearOf(gr['y'], true) : hijriYearOf(gr['y2']);
    if (hd === null || hd > 30 || hm === undefined || hy === undefined) return null;
    return hijriDay(ctx, { hy, hm, hd, rel: hy === null ? relOf(gr['rel']) : null });
  },
  examples: [
    ex('حرر يوم الثلاثاء 3 جمادى الأولى 1446 هـ', '2024-11-05', ['الثلاثاء 3 جمادى الأولى 1446 هـ', '2024-11-05']),
    ex('وتبدأ الدورة في ٢٠ رجب ١٤٤٧هـ.', '2026-01-01', ['٢٠ رجب ١٤٤٧هـ', '2026-01-09']),
    ex('وأكدت اللجنة أن غرة ذي الحجة 1445 يصادف الجمعة.', '2024-06-06', ['غرة ذي الحجة 1445', '2024-06-07'], ['الجمعة', '2024-06-07']),
    ex('وتوافد الحجاج على منى يوم الأحد 10 ذي الحجة.', '2024-06-19', ['الأحد 10 ذي الحجة', '2024-06-16']),
    ex('ووقع الحادث في 20 شعبان الماضي، ويعقد المؤتمر في 10 شوال المقبل.', '2025-03-20', ['20 شعبان الماضي', '2025-02-19'], ['10 شوال المقبل', '2025-04-08']),
    ex('وجرت المعركة في العاشر من جمادى الأولى سنة 36 هـ.', '2024-06-19', ['العاشر من جمادى الأولى سنة 36 هـ', '0656-11-07']),
  ],
};

/** «1446/03/12 هـ»: numeric Hijri dates, year first. */
export const hijriNumeric: TimexRule = {
  name: 'hijri-numeric',
  anchors: [F.NUMBER],
  pattern: `${g('y', '1[34]\\d\\d')}(?<s>[/.\\-])${g('m', '\\d{1,2}')}\\k<s>${g('d', '\\d{1,2}')}${F.opt(F.hijriEra())}`,
  normalize(gr, ctx) {
    const m = Number(gr['m']);
    const d = Number(gr['d']);
    if (m < 1 || m > 12 || d < 1 || d > 30) return null;
    return hijriDay(ctx, { hy: Number(gr['y']), hm: m, hd: d });
  },
  examples: [ex('وصدر التعميم بتاريخ 1445/11/20 هـ.', '2024-06-01', ['1445/11/20 هـ', '2024-05-28'])],
};

/** «شهر شوال 1444», «جمادي الآخرة 1444»: the month as a Gregorian range. */
export const hijriMonthYear: TimexRule = {
  name: 'hijri-month-year',
  anchors: [L.HIJRI_MONTH],
  back: 1,
  pattern: `(?:شهر${SP})?${HM}${SP}${F.year('y')}${F.opt(F.hijriEra())}`,
  normalize(gr, ctx) {
    const hm = L.HIJRI_MONTH.get(gr['hm']);
    const hy = hijriYearOf(gr['y']);
    return hm === undefined || !hy ? null : hijriMonth(ctx, { hy, hm });
  },
  examples: [ex('وتحسنت الصادرات خلال شهر صفر 1445.', '2023-10-21', ['شهر صفر 1445', '2023-08-17/2023-09-15'])],
};

/** «شهر شوال الماضي», «محرم المقبل». */
export const hijriMonthRelative: TimexRule = {
  name: 'hijri-month-relative',
  anchors: [L.HIJRI_MONTH],
  back: 1,
  pattern: `(?:شهر${SP})?${HM}${SP}${F.rel()}`,
  normalize(gr, ctx) {
    const hm = L.HIJRI_MONTH.get(gr['hm']);
    return hm === undefined ? null : hijriMonth(ctx, { hy: null, hm, rel: relOf(gr['rel']) });
  },
  examples: [ex('وارتفع عدد المعتمرين خلال شهر جمادى الآخرة الماضي.', '2025-01-10', ['شهر جمادى الآخرة الماضي', '2024-12-02/2024-12-31'])],
};

/** «شهر رمضان», or a bare Hijri month after a signal («خلال رمضان», «في محرم»). */
export const hijriMonthBare: TimexRule = {
  name: 'hijri-month-bare',
  anchors: [L.HIJRI_MONTH],
  back: 2,
  pattern: `(?:شهر${SP}|${F.hijriLead})${HM}`,
  normalize(gr, ctx) {
    const hm = L.HIJRI_MONTH.get(gr['hm']);
    return hm === undefined ? null : hijriMonth(ctx, { hy: null, hm });
  },
  examples: [
    ex('وكان المجلس قد صادق على المشروع في صفر.', '2025-09-06', ['صفر', '2025-07-26/2025-08-23']),
    ex('واستقبل الوزير نظيره رجب أوزتورك في أنقرة.', '2025-01-20'),
    ex('وغنى المطرب ياسر رمضان في الافتتاح.', '2024-02-27'),
  ],
};

/** «1446 هـ», «السنة الهجرية الجديدة 1446»: the Hijri year as a Gregorian range. */
export const hijriYear: TimexRule = {
  name: 'hijri-year',
  anchors: [F.NUMBER],
  back: 4,
  pattern: `(?:(?:عام|سنه|العام|السنه)${SP}(?:الهجري|الهجريه)${SP}(?:(?:الجديد|الجديده)${SP})?${F.year('y')}${F.opt(F.hijriEra('era1'))}|(?:(?:عام|سنه)${SP})?${F.year('y2')}${F.hijriEra('era2')})`,
  normalize(gr) {
    const y = hijriYearOf(gr['y'] ?? gr['y2']);
    return y ? hijriYearRange(y) : null;
  },
  examples: [
    ex('وتستقبل المملكة العام الهجري الجديد 1447 بعد أيام.', '2025-06-20', ['العام الهجري الجديد 1447', '2025-06-26/2026-06-15']),
    ex('ورصدت الاعتمادات لعام 1445 هـ.', '2024-07-09', ['عام 1445 هـ', '2023-07-19/2024-07-06']),
  ],
};

/** The day number of a holiday in Gregorian year `y` (Hijri feasts: the one starting in it). */
function holidayDay(rule: HolidayRule, y: number): number | null {
  if (rule.calendar === 'gregorian') return dayNumber(y, rule.month, rule.day);
  if (rule.calendar === 'orthodox-easter' || rule.calendar === 'western-easter') {
    const e = rule.calendar === 'orthodox-easter' ? orthodoxEaster(y) : westernEaster(y);
    return dayNumber(e.y, e.m, e.d);
  }
  // a Hijri feast falls once (rarely twice) in a Gregorian year: take the first
  const approxHy = Math.round((y - 622) * 1.0307);
  for (const hy of [approxHy - 1, approxHy, approxHy + 1]) {
    const n = hijriToDay(hy, rule.month, rule.day);
    if (n !== null && n >= dayNumber(y, 1, 1) && n <= dayNumber(y, 12, 31)) return n;
  }
  return null;
}

function holidayValue(ctx: RuleContext, rule: HolidayRule, y: number | null, rel: Rel): Resolved | null {
  if (y !== null) {
    if (rule.calendar === 'hijri' && y >= 1300 && y <= 1600) return hijriDay(ctx, { hy: y, hm: rule.month, hd: rule.day });
    const n = holidayDay(rule, y);
    return n === null ? null : { type: 'DATE', value: formatDay(n), anchor: true };
  }
  // a feast is one day a year: the occurrence nearest the DCT is the one news talk about, even in
  // a past clause («أعلنت المحكمة أن الأربعاء أول أيام عيد الفطر»)
  const n = nearestYearly(ctx.dct, (yy) => holidayDay(rule, yy), rel, null);
  if (n === null) return { type: 'DATE', value: rule.calendar === 'gregorian' ? `XXXX-${pad(rule.month)}-${pad(rule.day)}` : 'XXXX-XX-XX' };
  return { type: 'DATE', value: formatDay(n), anchor: true };
}

/** «عيد الأضحى», «رأس السنة الميلادية», «عيد القيامة»: the day of the occurrence meant. */
export const holiday: TimexRule = {
  name: 'holiday',
  anchors: [L.HOLIDAY],
  pattern: `${g('h', L.HOLIDAY.source)}(?:${SP}${F.year('y')}|${SP}${F.rel()})?`,
  normalize(gr, ctx) {
    const rule = L.HOLIDAY.get(gr['h']);
    if (!rule) return null;
    return holidayValue(ctx, rule, gr['y'] === undefined ? null : Number(gr['y']), relOf(gr['rel']));
  },
  examples: [
    ex('واحتفلت الجالية بعيد الفطر المبارك مساء الأربعاء.', '2024-04-12', ['عيد الفطر', '2024-04-10'], ['مساء الأربعاء', '2024-04-10TEV', 'TIME']),
    ex('واحتفلت الكنائس الشرقية بعيد القيامة في 16 أبريل.', '2023-04-20', ['عيد القيامة', '2023-04-16'], ['16 أبريل', '2023-04-16']),
    ex('وتمنح الشركات عطلة بمناسبة رأس السنة الميلادية.', '2023-12-20', ['رأس السنة الميلادية', '2024-01-01']),
  ],
};

/** The Hijri rules. */
export const HIJRI_RULES: readonly TimexRule[] = [
  hijriDate, hijriNumeric, hijriMonthYear, hijriMonthRelative, hijriMonthBare, hijriYear, holiday,
];
