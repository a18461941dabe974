/**
 * Relative days, weekdays and periods, anaphors and vague reference words.
 */
import { dctDay, type Rel } from '../../../../time/anchor.js';
import { dayNumber, isoWeekday } from '../../../../time/calendar.js';
import { formatDay, formatWeek } from '../../../../time/format.js';
import type { TimexRule } from '../../../../time/types.js';
import { relativeDay, relativePeriod, weekdayValue } from '../../../../time/values.js';
import * as F from '../fragments.js';
import * as L from '../lexicons.js';
import { ex } from './example.js';
import { NOW, NOW_NAME_SPELLING as NAME_SPELLING } from '../relative.js';

const { SP, g, W } = F;
const relOf = (s: string | undefined): Rel => (s === undefined ? null : (L.REL.get(s) ?? null));

/** «أمس الأربعاء», «اليوم», «بعد غد السبت», «يوم غد». */
export const relativeDayRule: TimexRule = {
  name: 'relative-day',
  anchors: [L.REL_DAY],
  pattern: `${F.relDay()}(?:[ ،,]+${F.weekday()})?`,
  normalize(gr, ctx) {
    const k = L.REL_DAY.get(gr['rd']);
    return k === undefined ? null : relativeDay(ctx, k, L.WEEKDAY.get(gr['wd']) ?? null);
  },
  examples: [
    ex('واستقبل الوزير أمس الثلاثاء وفدا عسكريا، وكان قائد الأركان قد وصل أول أمس.', '2024-10-16', ['أمس الثلاثاء', '2024-10-15'], ['أول أمس', '2024-10-14']),
    ex('ويتوجه الوفد إلى جنيف بعد غد الأحد.', '2021-03-05', ['بعد غد الأحد', '2021-03-07']),
    ex('ويحتفل البلد باليوم الوطني.', '2021-03-04'),
    ex('وصل الوفد اليوم.', null, ['اليوم', 'XXXX-XX-XX']),
  ],
};

/** «الليلة»: tonight, a TIME with the night part. */
export const tonight: TimexRule = {
  name: 'tonight',
  anchors: [L.TONIGHT],
  pattern: g('t', L.TONIGHT.source),
  normalize(gr, ctx) {
    const k = L.TONIGHT.get(gr['t']);
    const n = dctDay(ctx.dct);
    if (k === undefined) return null;
    return { type: 'TIME', value: `${n === null ? 'XXXX-XX-XX' : formatDay(n + k)}TNI` };
  },
  examples: [ex('ويشن الجيش غارات جديدة الليلة.', '2026-01-12', ['الليلة', '2026-01-12TNI', 'TIME'])],
};

/** «ليل الأحد الاثنين»: the night from Sunday to Monday. */
export const nightBetween: TimexRule = {
  name: 'night-between',
  anchors: [F.heads(['ليل', 'ليلة'])],
  pattern: `(?:ليل|ليله)${SP}${F.weekday('w1')}(?:${SP}(?:الى|على|و)${SP}| *[/\\-] *|${SP}و?)${F.weekday('w2')}`,
  normalize(gr, ctx) {
    const a = L.WEEKDAY.get(gr['w1']);
    const b = L.WEEKDAY.get(gr['w2']);
    if (a === undefined || b !== (a % 7) + 1) return null;
    return { type: 'TIME', value: `${weekdayValue(ctx, a, null).value}TNI` };
  },
  examples: [
    ex('وهاجمت المسيرات القاعدة ليل الخميس الجمعة.', '2023-09-14', ['ليل الخميس الجمعة', '2023-09-14TNI', 'TIME']),
    ex('وتعرضت القاعدة لهجوم ليلة السبت إلى الأحد.', '2024-06-10', ['ليلة السبت إلى الأحد', '2024-06-08TNI', 'TIME']),
  ],
};

/** «الخميس», «الخميس الماضي», «الجمعة المقبل»; «صلاة الجمعة» is not a date. */
export const weekdayRule: TimexRule = {
  name: 'weekday',
  anchors: [L.WEEKDAY],
  pattern: `${F.notPrayer}${F.notTwoBefore}${F.weekday()}${F.notTwoAfter}(?:${SP}${F.rel()})?`,
  normalize(gr, ctx) {
    const wd = L.WEEKDAY.get(gr['wd']);
    return wd === undefined ? null : weekdayValue(ctx, wd, relOf(gr['rel']));
  },
  examples: [
    ex('وتسلم القائد الجديد مهامه الخميس الماضي.', '2024-10-17', ['الخميس الماضي', '2024-10-10']),
    ex('ومن المقرر أن يعود السفير الأحد.', '2023-09-14', ['الأحد', '2023-09-17']),
    ex('وانتهت المناورات السبت.', '2025-06-03', ['السبت', '2025-05-31']),
    ex('وعقد الاجتماع الخميس.', null, ['الخميس', 'XXXX-WXX-4']),
    ex('وطالب الدفاع بتبرئة الاثنين الآخرين، وأدى المصلون صلاة الجمعة.', '2024-05-14'),
    ex('وأعلنت المحكمة العليا أن الأربعاء هو أول أيام عيد الفطر.', '2024-04-08', ['الأربعاء', '2024-04-10'], ['عيد الفطر', '2024-04-10']),
  ],
};

/** «الثلاثاء والأربعاء المقبلين»: two consecutive days as a range. */
export const weekdayPair: TimexRule = {
  name: 'weekday-pair',
  anchors: [L.WEEKDAY],
  pattern: `${F.weekday('w1')}${SP}و${F.weekday('w2')}(?:${SP}${F.rel()})?`,
  normalize(gr, ctx) {
    const a = L.WEEKDAY.get(gr['w1']);
    const b = L.WEEKDAY.get(gr['w2']);
    if (a === undefined || b === undefined) return null;
    const first = weekdayValue(ctx, a, relOf(gr['rel']));
    const m = /^(\d{4})-(\d\d)-(\d\d)$/.exec(first.value);
    if (!m) return { type: 'DATE', value: `${first.value}/XXXX-WXX-${b}` };
    const n = dayNumber(Number(m[1]), Number(m[2]), Number(m[3]));
    return { type: 'DATE', value: `${first.value}/${formatDay(n + ((b - isoWeekday(n) + 7) % 7))}` };
  },
  examples: [ex('وتغلق الإدارات أبوابها يومي الخميس والجمعة المقبلين.', '2026-01-12', ['الخميس والجمعة المقبلين', '2026-01-15/2026-01-16'])],
};

/** «الأسبوع الماضي», «هذا العام», «العام الجديد», «الشهر الجاري»; never «الأمين العام». */
export const relativePeriodRule: TimexRule = {
  name: 'relative-period',
  anchors: [L.PERIOD_NOUN],
  back: 1,
  pattern: `${F.notGeneral}(?:${g('this', 'هذا|هذه')}${SP})?${g('unit', L.PERIOD_NOUN.source)}${F.notNonCalendar}(?:${SP}(?:${g('two', L.REL_TWO.source)}|${F.rel()}|${g('new', L.NEW.source)}))?`,
  normalize(gr, ctx) {
    const unit = L.PERIOD_NOUN.get(gr['unit']);
    if (!unit) return null;
    const two = L.REL_TWO.get(gr['two']);
    if (two !== undefined) return relativePeriod(ctx, unit, two);
    let k: Rel = relOf(gr['rel']);
    if (gr['new'] !== undefined) k = unit === 'year' || unit === 'week' ? 0 : null;
    if (k === null && gr['this'] !== undefined) k = 0;
    if (k === null) return null;
    return relativePeriod(ctx, unit, k);
  },
  examples: [
    ex('ونفذت القوات ثلاث عمليات خلال الأسبوع الماضي.', '2024-10-17', ['الأسبوع الماضي', '2024-W41']),
    ex('وتختتم المناورات هذا الأسبوع.', '2025-12-29', ['هذا الأسبوع', '2026-W01']),
    ex('وتوقع البنك نموا أقوى في العام الجديد.', '2023-01-02', ['العام الجديد', '2023']),
    ex('وعين المجلس المراقب العام الجديد للشركة.', '2023-01-02'),
    ex('وتحدد وزارة التربية موعد السنة الدراسية المقبلة.', '2023-05-21'),
    ex('وتضاعف عدد السكان خلال القرن الماضي.', '2023-09-14', ['القرن الماضي', '19']),
    ex('وتراجعت الصادرات منذ العام قبل الماضي.', '2024-09-14', ['العام قبل الماضي', '2022']),
  ],
};

/** «مطلع العام», «نهاية الشهر»: a bare period after a part-of-period word is the DCT's. */
export const periodAfterPart: TimexRule = {
  name: 'period-after-part',
  anchors: [L.PERIOD_NOUN],
  back: 2,
  pattern: `${g('lead', `${L.PART.source}${SP}`)}${g('unit', L.PERIOD_NOUN.source)}${F.notNonCalendar}`,
  normalize(gr, ctx) {
    const unit = L.PERIOD_NOUN.get(gr['unit']);
    return unit ? relativePeriod(ctx, unit, 0) : null;
  },
  examples: [
    ex('وتدخل الزيادات حيز التنفيذ مطلع الشهر.', '2023-01-02', ['مطلع الشهر', '2023-01', 'DATE', 'START']),
    ex('وتنشر الحصيلة في نهاية العام.', '2025-12-10', ['نهاية العام', '2025', 'DATE', 'END']),
  ],
};

/** «عطلة نهاية الأسبوع»: the ISO weekend (`YYYY-Www-WE`), past or coming by tense. */
export const weekend: TimexRule = {
  name: 'weekend',
  anchors: [F.heads(['عطلة', 'نهاية'])],
  pattern: `(?:عطله${SP})?نهايه${SP}(?:${g('this', 'هذا')}${SP})?الاسبوع(?:${SP}${F.rel()})?`,
  normalize(gr, ctx) {
    const n0 = dctDay(ctx.dct);
    if (n0 === null) return { type: 'DATE', value: 'XXXX-WXX-WE' };
    const w0 = isoWeekday(n0);
    const rel = relOf(gr['rel']);
    let sat: number;
    if (gr['this'] !== undefined || rel === 0) sat = n0 - w0 + 6;
    else if (rel === -1) sat = n0 - w0 - 1;
    else if (rel === 1) sat = n0 - w0 + 13;
    else {
      // coming weekend with a future cue; in narration the one just before the DCT
      const t = ctx.tense();
      sat = t === 'future' || t === 'present' || w0 >= 6 ? n0 - w0 + 6 : n0 - w0 - 1;
    }
    return { type: 'DATE', value: `${formatWeek(sat)}-WE` };
  },
  examples: [
    ex('وأمضى الوزير عطلة نهاية الأسبوع في الجنوب.', '2025-12-29', ['عطلة نهاية الأسبوع', '2025-W52-WE']),
    ex('وتنتظر المدينة أمطارا غزيرة خلال عطلة نهاية هذا الأسبوع.', '2024-06-19', ['عطلة نهاية هذا الأسبوع', '2024-W25-WE']),
  ],
};

/** «اليوم الأول من السنة الجديدة»: day N of a relative month or year. */
export const nthDayOf: TimexRule = {
  name: 'nth-day-of',
  anchors: [F.heads(['اليوم'])],
  pattern: `اليوم${SP}${g('o', L.ORDINAL_DAY.source)}${SP}من${SP}${g('unit', L.PERIOD_NOUN.source)}${SP}(?:${F.rel()}|${g('new', L.NEW.source)})`,
  normalize(gr, ctx) {
    const o = L.ORDINAL_DAY.get(gr['o']);
    const unit = L.PERIOD_NOUN.get(gr['unit']);
    const k = gr['new'] !== undefined ? 0 : relOf(gr['rel']);
    if (o === undefined || k === null || (unit !== 'year' && unit !== 'month')) return null;
    const p = relativePeriod(ctx, unit, k);
    const m = p && /^(\d{4})(?:-(\d\d))?$/.exec(p.value);
    if (!m) return null;
    const first = dayNumber(Number(m[1]), m[2] ? Number(m[2]) : 1, 1);
    return { type: 'DATE', value: formatDay(first + o - 1), anchor: true };
  },
  examples: [ex('وفي اليوم الثاني من الشهر الجاري أعلنت الحكومة التعديل.', '2023-05-20', ['اليوم الثاني من الشهر الجاري', '2023-05-02'])],
};

/** «حاليا», «في وقت سابق», «مستقبلا», «لاحقا», «في الماضي». */
export const refWord: TimexRule = {
  name: 'ref-word',
  anchors: [L.REF, L.REF_NOUN, F.heads(NOW)],
  back: 1,
  pattern: `${g('ref', L.REF.source)}|${g('lead', `في${SP}`)}${g('noun', L.REF_NOUN.source)}(?!${SP}(?:القريب|البعيد))|${g('now', W(NOW))}`,
  normalize(gr, ctx) {
    // folded, «الآن» (now) is also the name «ألان»: the original spelling tells them apart
    if (gr['now'] !== undefined && ctx.original().includes(NAME_SPELLING)) return null;
    const v = L.REF.get(gr['ref']) ?? L.REF_NOUN.get(gr['noun']) ?? (gr['now'] ? 'PRESENT_REF' : undefined);
    return v ? { type: 'DATE', value: v } : null;
  },
  examples: [
    ex('وكانت الرئاسة قد أعلنت في وقت سابق تأجيل الزيارة.', '2024-05-14', ['وقت سابق', 'PAST_REF']),
    ex('وكانت القلعة في الماضي مقرا للحامية. وستنشر النتائج لاحقا.', '2024-05-14', ['الماضي', 'PAST_REF'], ['لاحقا', 'FUTURE_REF']),
    ex('ولم يتحقق أي تقدم حتى الآن، قال المدرب ألان فورنييه، وهو مستعد الان للرحيل.', '2024-05-14', ['الآن', 'PRESENT_REF'], ['الان', 'PRESENT_REF']),
  ],
};

/** The relative rules. */
export const RELATIVE_RULES: readonly TimexRule[] = [
  relativeDayRule, tonight, nightBetween, weekdayRule, weekdayPair, relativePeriodRule, periodAfterPart,
  weekend, nthDayOf, refWord,
];
