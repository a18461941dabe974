/**
 * Gregorian dates written with month names (every regional system) or digits.
 */
import type { Rel } from '../../../../time/anchor.js';
import { formatCal } from '../../../../time/format.js';
import type { TimexRule } from '../../../../time/types.js';
import { dctFromRelativeDay, gregorian, yearValue } from '../../../../time/values.js';
import * as F from '../fragments.js';
import * as L from '../lexicons.js';
import { ex } from './example.js';
import { LETTER } from '../../../../time/chars.js';

const { SP, g } = F;
const relOf = (s: string | undefined): Rel => (s === undefined ? null : (L.REL.get(s) ?? null));

/** «الجمعة 19 ماي 2023», «28 كانون الأول الماضي», «الثالث من ديسمبر 1936», «12th ماي 2023». */
export const dayMonthYear: TimexRule = {
  name: 'day-month-year',
  anchors: [L.MONTH_ALL],
  back: 9,
  pattern: `${F.notInName}${F.eventName}${F.relDayBefore()}${F.weekdayBefore()}${F.day('d')},?${SP}(?:من${SP})?(?:شهر${SP})?${F.monthPair('m')}(?:${F.yearTail}|${SP}${F.rel()})?`,
  normalize(gr, ctx) {
    const d = F.readDay(gr, 'd');
    const m = F.readMonth(gr, 'm');
    if (d === null || m === null || d > 31) return null;
    const y = F.readYearTail(gr, ctx.dct?.y ?? null);
    if (y === undefined || (y !== null && (y < 1000 || y > 2199))) return null;
    if (gr['evname'] !== undefined && y === null) return { type: 'DATE', value: '', blocked: true };
    const r = gregorian(ctx, { y, m, d, rel: relOf(gr['rel']), weekday: L.WEEKDAY.get(gr['wd']) ?? null });
    const k = L.REL_DAY.get(gr['rd']);
    if (r && k !== undefined) r.impliesDct = dctFromRelativeDay(r, k);
    return r;
  },
  examples: [
    ex('ووقع الطرفان البروتوكول في 18 أفريل 2023 بالعاصمة.', '2024-10-17', ['18 أفريل 2023', '2023-04-18']),
    ex('وتصل الفرقاطة يوم الثلاثاء 12 ديسمبر.', '2023-11-24', ['الثلاثاء 12 ديسمبر', '2023-12-12']),
    ex('وكان قد زار بغداد في 17 تشرين الأول الماضي.', '2026-01-12', ['17 تشرين الأول الماضي', '2025-10-17']),
    ex('وولد الجنرال في الخامس من يوليو 1949 بوهران.', '2024-02-27', ['الخامس من يوليو 1949', '1949-07-05']),
    ex('وتنطلق الحملة في العاشر من شهر أبريل المقبل.', '2024-02-27', ['العاشر من شهر أبريل المقبل', '2024-04-10']),
    ex('تحديث 03rd كانون الثاني / يناير 2021.', '2021-01-03', ['03rd كانون الثاني / يناير 2021', '2021-01-03']),
    ex('تاريخ الإضافة: 11th, June 2022', '2022-06-11', ['11th, June 2022', '2022-06-11']),
    ex('وتعود الأسواق إلى العمل فاتح يونيو.', '2023-05-21', ['فاتح يونيو', '2023-06-01']),
    ex('وصدر الحكم في ٢٧ نُوفَمْبَر ٢٠٢٢.', '2023-03-29', ['٢٧ نُوفَمْبَر ٢٠٢٢', '2022-11-27']),
    ex('وتجري المواجهة في ملعب 19 ماي بعنابة.', '2024-10-17'),
    ex('وانتقد تحالف 8 آذار الحكومة بعد هجمات 11 سبتمبر 2001.', '2006-06-15', ['11 سبتمبر 2001', '2001-09-11']),
    ex('وحل الوفد بنواكشوط في 9 أغشت الجاري.', '2022-08-30', ['9 أغشت الجاري', '2022-08-09']),
    ex('وقعت الاتفاقية في 12 الصيف 1378 و.ر.', '2010-07-01', ['12 الصيف 1378 و.ر', '2010-06-12']),
    ex('ستعقد الندوة في الخامس عشر من يناير.', '2023-12-05', ['الخامس عشر من يناير', '2024-01-15']),
  ],
};

/** «من 4 إلى 6 ديسمبر 2023», «8 و9 أكتوبر الجاري», «14-16 فبراير», «5 و6 و7 يونيو». */
export const dayRange: TimexRule = {
  name: 'day-range',
  anchors: [L.MONTH_ALL],
  back: 10,
  pattern: `${F.notInName}${F.weekdayBefore('wd1')}${g('d1', '\\d{1,2}')}(?:${F.rangeConnector}\\d{1,2})*${F.rangeConnector}(?:${F.weekday('wd2')}${SP})?${F.dayNum('d2')}${SP}(?:من${SP})?${F.monthPair('m')}(?:${F.yearTail}|${SP}${F.rel()})?`,
  normalize(gr, ctx) {
    const d1 = Number(gr['d1']);
    const d2 = Number(gr['d2']);
    const m = F.readMonth(gr, 'm');
    if (m === null || d1 < 1 || d1 >= d2) return null;
    const y = F.readYearTail(gr, ctx.dct?.y ?? null);
    if (y === undefined) return null;
    const end = gregorian(ctx, { y, m, d: d2, rel: relOf(gr['rel']) });
    if (!end?.cal) return null;
    const start = formatCal({ y: end.cal.y, m, d: d1 });
    return { type: 'DATE', value: `${start}/${end.value}`, anchor: true, ...(end.impliesDct ? { impliesDct: end.impliesDct } : {}) };
  },
  examples: [
    ex('وجرت المناورات في الفترة من 11 إلى 15 مارس 2024 بالمتوسط.', '2024-03-20', ['11 إلى 15 مارس 2024', '2024-03-11/2024-03-15']),
    ex('واجتمعت اللجنة المشتركة يومي 15 و16 أكتوبر الجاري.', '2024-10-17', ['15 و16 أكتوبر الجاري', '2024-10-15/2024-10-16']),
    ex('ويقام المعرض الدولي للدفاع في الفترة 20-23 فبراير.', '2023-12-05', ['20-23 فبراير', '2024-02-20/2024-02-23']),
    ex('وانتهت المباراة بنتيجة 2-0 لصالح الضيوف.', '2025-09-06'),
    ex('وانعقد المؤتمر في الفترة 3 ـ 7 مارس 2001 بحضور الوزير.', '2025-09-06', ['3 ـ 7 مارس 2001', '2001-03-03/2001-03-07']),
  ],
};

/** Datelines and English order: «مارس 9, 2025», «November 11th, 2024». */
export const monthDayYear: TimexRule = {
  name: 'month-day-year',
  anchors: [L.MONTH_ALL],
  pattern: `${F.monthPair('m')}${SP}${F.dayNum('d')} *,[ ]*${F.year('y')}`,
  normalize(gr, ctx) {
    const m = F.readMonth(gr, 'm');
    const y = Number(gr['y']);
    if (m === null || y < 1000 || y > 2199) return null;
    return gregorian(ctx, { y, m, d: Number(gr['d']) });
  },
  examples: [
    ex('وانعقد الاجتماع في September 23rd, 2023 بنيويورك.', '2023-10-01', ['September 23rd, 2023', '2023-09-23']),
    ex('آخر تحديث أغسطس 30, 2023', '2023-08-30', ['أغسطس 30, 2023', '2023-08-30']),
  ],
};

/** «جويلية 2023», «أغسطس (آب) 2017», «شهر الماء 2009». */
export const monthYear: TimexRule = {
  name: 'month-year',
  anchors: [L.MONTH_ALL],
  back: 1,
  pattern: `${F.notInName}(?:شهر${SP})?${F.monthPair('m')}${F.yearTail}`,
  normalize(gr, ctx) {
    const m = F.readMonth(gr, 'm');
    const y = F.readYearTail(gr, ctx.dct?.y ?? null) ?? 0;
    if (m === null || y < 1000 || y > 2199) return null;
    return gregorian(ctx, { y, m, d: null });
  },
  examples: [
    ex('وتعود آخر مناورة مشتركة إلى شتنبر 2019.', '2023-05-21', ['شتنبر 2019', '2019-09']),
    ex('وتأسست الوحدة في مارس (آذار) 2015.', '2023-12-05', ['مارس (آذار) 2015', '2015-03']),
    ex('وأعيد فتح الحدود في ديـسمبر 2022.', '2023-03-29', ['ديـسمبر 2022', '2022-12']),
    ex('وكان سبتمبر من عام 2008 شهرا حاسما.', '2023-03-29', ['سبتمبر من عام 2008', '2008-09']),
    ex('وتكررت الهجمات من مارس وحتى يونيو من العام الماضي.', '2006-06-15', ['مارس وحتى يونيو من العام الماضي', '2005-03/2005-06']),
  ],
};

/** «شهر مارس», «شهر فيفري الماضي», «شهر الماء (مايو) المقبل». */
export const monthNamed: TimexRule = {
  name: 'month-named',
  anchors: [F.heads(['شهر'])],
  pattern: `شهر${SP}${F.monthPair('m', L.MONTH_NAMED)}(?:${SP}${F.rel()})?`,
  normalize(gr, ctx) {
    const m = F.readMonth(gr, 'm');
    return m === null ? null : gregorian(ctx, { y: null, m, d: null, rel: relOf(gr['rel']) });
  },
  examples: [
    ex('وزار قائد الأركان الجزائر خلال شهر نوفمبر الماضي.', '2025-03-09', ['شهر نوفمبر الماضي', '2024-11']),
    ex('وتبدأ التدريبات في شهر يوليو.', '2024-02-27', ['شهر يوليو', '2024-07']),
  ],
};

/** «جانفي الماضي», «أكتوبر القادم», «يونيو/حزيران المقبل». */
export const monthRelative: TimexRule = {
  name: 'month-relative',
  anchors: [L.MONTH_FREE],
  pattern: `${F.monthPair('m', L.MONTH_FREE)}${SP}${F.rel()}`,
  normalize(gr, ctx) {
    const m = F.readMonth(gr, 'm');
    return m === null ? null : gregorian(ctx, { y: null, m, d: null, rel: relOf(gr['rel']) });
  },
  examples: [
    ex('وتراجعت الواردات منذ أفريل الماضي.', '2024-10-17', ['أفريل الماضي', '2024-04']),
    ex('وتجرى المناورات في ديسمبر القادم.', '2025-09-06', ['ديسمبر القادم', '2025-12']),
    ex('وتفتتح الدورة منتصف هانيبال المقبل.', '2009-11-19', ['منتصف هانيبال المقبل', '2010-08', 'DATE', 'MID']),
  ],
};

/** A month written in two systems needs no other context: «مايو/أيار», «الطير (أبريل)». */
export const monthPairOnly: TimexRule = {
  name: 'month-pair',
  anchors: [L.MONTH_ALL],
  pattern: `${g('m', L.MONTH_ALL.source)}(?: *\\/ *| *\\( *)${g('mb', L.MONTH_ALL.source)}(?: *\\))?`,
  normalize(gr, ctx) {
    const m = F.readMonth(gr, 'm');
    return m === null ? null : gregorian(ctx, { y: null, m, d: null });
  },
  examples: [ex('وارتفعت الأسعار في أبريل/نيسان للشهر الثالث.', '2024-06-19', ['أبريل/نيسان', '2024-04'])],
};

/** A bare month after a signal: «في يناير», «أواخر أبريل», «منذ أيار». */
export const monthBare: TimexRule = {
  name: 'month-bare',
  anchors: [L.MONTH_FREE],
  back: 2,
  pattern: `${F.monthLead}${F.monthPair('m', L.MONTH_FREE)}`,
  normalize(gr, ctx) {
    const m = F.readMonth(gr, 'm');
    return m === null ? null : gregorian(ctx, { y: null, m, d: null });
  },
  examples: [
    ex('وتراجع التضخم في فبراير.', '2024-03-27', ['فبراير', '2024-02']),
    ex('ومارس الحزب ضغوطا على الحكومة.', '2024-10-17'),
    ex('واشترت البلدية شاحنات نيسان جديدة.', '2026-01-12'),
  ],
};

/** «03/07/2025» (day first), «٠٧/٠٤/٢٠٢٤». */
export const numericDmy: TimexRule = {
  name: 'numeric-dmy',
  anchors: [F.NUMBER],
  pattern: `${g('d', '\\d{1,2}')}(?<s>[/.\\-])${g('m', '\\d{1,2}')}\\k<s>${g('y', '\\d{4}')}`,
  normalize(gr, ctx) {
    const y = Number(gr['y']);
    return y < 1900 || y > 2199 ? null : gregorian(ctx, { y, m: Number(gr['m']), d: Number(gr['d']) });
  },
  examples: [ex('ونشر المرسوم بتاريخ 21/11/2024.', '2025-01-06', ['21/11/2024', '2024-11-21'])],
};

/** «2023/05/21», «2025-04-24» (year first; Hijri years go to the Hijri rules). */
export const numericYmd: TimexRule = {
  name: 'numeric-ymd',
  anchors: [F.NUMBER],
  pattern: `${g('y', '\\d{4}')}(?<s>[/.\\-])${g('m', '\\d{1,2}')}\\k<s>${g('d', '\\d{1,2}')}(?! *${L.HIJRI_ERA.source}(?!${LETTER}))`,
  normalize(gr, ctx) {
    const y = Number(gr['y']);
    return y < 1900 || y > 2199 ? null : gregorian(ctx, { y, m: Number(gr['m']), d: Number(gr['d']) });
  },
  examples: [ex('أضيف في 2024-09-30', '2024-10-01', ['2024-09-30', '2024-09-30'])],
};

/** «2024-03-12T14:35:00+03:00»: an ISO stamp left in a page; the clock as written, zone dropped. */
export const isoStamp: TimexRule = {
  name: 'iso-stamp',
  anchors: [F.NUMBER],
  pattern: `${g('y', '\\d{4}')}-${g('m', '\\d\\d')}-${g('d', '\\d\\d')}[Tt]${g('hh', '\\d\\d')}:${g('mi', '\\d\\d')}(?::\\d\\d(?:\\.\\d+)?)?(?:[Zz]|[+\\-]\\d\\d:?\\d\\d)?`,
  normalize(gr, ctx) {
    const day = gregorian(ctx, { y: Number(gr['y']), m: Number(gr['m']), d: Number(gr['d']) });
    const hh = Number(gr['hh']);
    const mi = Number(gr['mi']);
    return day && hh < 24 && mi < 60 ? { type: 'TIME', value: `${day.value}T${gr['hh']}:${gr['mi']}` } : null;
  },
  examples: [ex('datePublished: 2024-03-12T14:35:00+03:00', '2024-03-12', ['2024-03-12T14:35:00+03:00', '2024-03-12T14:35', 'TIME'])],
};

/** «عام 2019», «لعام 2026», «سنة 2025». */
export const yearWord: TimexRule = {
  name: 'year-word',
  anchors: [F.heads(['عام', 'سنة', 'العام', 'السنة'])],
  pattern: `(?:عام|سنه|العام|السنه)${SP}${F.year('y')}${F.gregEra}(?! *${L.HIJRI_ERA.source}(?!${LETTER}))`,
  normalize: (gr) => yearValue(Number(gr['y'])),
  examples: [
    ex('وتخصص الحكومة لعام 2025 اعتمادات إضافية للدفاع.', '2024-12-07', ['عام 2025', '2025']),
    ex('وأحيلت القضية رقم 1443 إلى الاستئناف.', '2025-06-03'),
  ],
};

/** A bare year after a signal: «منذ 1950», «أواخر 2019». Counts and prices stay untagged. */
export const yearBare: TimexRule = {
  name: 'year-bare',
  anchors: [F.NUMBER],
  back: 2,
  pattern: `${F.yearLead}${g('y', '(?:1[89]|20)\\d\\d')}${F.gregEra}(?! *${L.HIJRI_ERA.source}(?!${LETTER}))`,
  normalize: (gr) => yearValue(Number(gr['y'])),
  examples: [
    ex('وهي أسوأ حصيلة منذ 1994.', '2025-09-06', ['1994', '1994']),
    ex('وتجرى انتخابات 2024 وفق دستور 1996.', '2023-09-06', ['2024', '2024'], ['1996', '1996']),
    ex('وشارك أكثر من 2000 جندي في التمرين.', '2024-10-17'),
    ex('وبلغ ثمن الطن نحو 1800 دولار.', '2025-06-03'),
  ],
};

/** «ما بين 2019 و2021», «2019-2021». */
export const yearRange: TimexRule = {
  name: 'year-range',
  anchors: [F.NUMBER],
  back: 3,
  pattern: `(?:${g('lead', `(?:من|${F.betweenWords}|خلال|الفتره)${SP}`)})?${g('y1', '(?:1[89]|20)\\d\\d')}${g('c', ` *[-/] *|${SP}(?:الى|حتى|و)${SP}| +و *`)}${g('y2', '(?:1[89]|20)\\d\\d')}`,
  normalize(gr) {
    const a = Number(gr['y1']);
    const b = Number(gr['y2']);
    const dash = /[-/]/.test(gr['c'] ?? '');
    if (b <= a || b - a > 100 || (!dash && gr['lead'] === undefined)) return null;
    return { type: 'DATE', value: `${a}/${b}`, anchor: true };
  },
  examples: [ex('وتضاعف الإنفاق العسكري ما بين 2014 و2018.', '2023-12-05', ['2014 و2018', '2014/2018'])],
};

/** A year with its era mark alone: «2022م». */
export const yearEra: TimexRule = {
  name: 'year-era',
  anchors: [F.NUMBER],
  pattern: `${F.year('y')} *${L.GREGORIAN_ERA.source}(?!${LETTER})`,
  normalize: (gr) => yearValue(Number(gr['y'])),
  examples: [ex('تأسست الجمعية سنة 1962 وأعيد تنظيمها 1990م.', '2024-01-01', ['سنة 1962', '1962'], ['1990م', '1990'])],
};

/** The Gregorian rules. */
export const GREGORIAN_RULES: readonly TimexRule[] = [
  dayMonthYear, dayRange, monthDayYear, monthYear, monthNamed, monthRelative, monthPairOnly, monthBare,
  numericDmy, numericYmd, isoStamp, yearWord, yearBare, yearRange, yearEra,
];
