/**
 * Durations («ثلاثة أيام», «يومين», «سنة ونصف»), ago/later dates («قبل تسع سنوات», «بعد عامين»)
 * and the two readings of «منذ» + duration.
 */
import { formatDuration, type DurationPart, type DurationUnit } from '../../../../time/format.js';
import type { Groups, Resolved, RuleContext, TimexRule } from '../../../../time/types.js';
import { offsetDate, type OffsetUnit } from '../../../../time/values.js';
import * as F from '../fragments.js';
import * as L from '../lexicons.js';
import { ex } from './example.js';

const { SP, g, W } = F;

/** One amount of one unit: «ثلاثة أيام», «يومين», «نصف ساعة», «يوم واحد», «سنة ونصف». */
const part = (i: number): string =>
  `(?:(?:${F.count(`n${i}`)}|${g(`f${i}`, L.UNIT_FRACTION.source)})${SP})?${g(`u${i}`, L.UNIT.source)}(?:${SP}${g(`one${i}`, 'واحد|واحده')})?(?:${SP}و${g(`h${i}`, L.FRACTION.source)})?`;

/**
 * A duration phrase of one or two parts («ساعة وعشرين دقيقة»). A unit followed by a weekday is
 * no duration («يوم الأحد»); nor is a bare singular followed by a number («سنة 3000»), which
 * readDuration checks.
 */
export const DURATION_PHRASE = `${part(1)}(?:${SP}و *${part(2)})?(?!${SP}${L.WEEKDAY.source})`;

/** A read duration part; `explicit` is false for a bare singular or a vague plural. */
interface ReadPart extends DurationPart {
  explicit: boolean;
}

function readPart(gr: Groups, i: number): ReadPart | null {
  const u = L.UNIT.get(gr[`u${i}`]);
  if (!u) return null;
  const n = F.readCount(gr, `n${i}`);
  const f = L.UNIT_FRACTION.get(gr[`f${i}`]);
  let amount: number | null;
  let explicit = true;
  if (n !== null) {
    if (u.count === 2 || n === 0) return null;
    amount = n;
  } else if (f !== undefined) amount = f;
  else if (u.count === 2) amount = 2;
  else if (u.count === 1) {
    amount = 1;
    explicit = gr[`one${i}`] !== undefined;
  } else {
    amount = null;
    explicit = false;
  }
  const h = L.FRACTION.get(gr[`h${i}`]);
  if (h !== undefined && amount !== null) {
    amount += h;
    explicit = true;
  }
  return { unit: u.unit, amount, explicit };
}

/** The parts of a DURATION_PHRASE match (the context tells what follows it). */
export function readDuration(gr: Groups, ctx: RuleContext): { parts: ReadPart[]; explicit: boolean } | null {
  const a = readPart(gr, 1);
  if (!a) return null;
  // «سنة 3000», «يوم 5 يونيو»: a bare unit word names a date, it does not count
  if (gr['u2'] === undefined && a.amount === 1 && !a.explicit && /^ *\d/.test(ctx.norm.slice(ctx.end, ctx.end + 3))) return null;
  const b = gr['u2'] !== undefined ? readPart(gr, 2) : null;
  if (gr['u2'] !== undefined && (!b || b.amount === null || a.amount === null)) return null;
  const parts = b ? [a, b] : [a];
  return { parts, explicit: a.explicit || b !== null };
}

const durationOf = (parts: readonly DurationPart[]): Resolved => ({ type: 'DURATION', value: formatDuration(parts) });

/** «ثلاثة أيام», «36 ساعة», «يومين», «سنة ونصف», «ربع ساعة», «ساعة وعشرين دقيقة». */
export const duration: TimexRule = {
  name: 'duration',
  anchors: [L.UNIT],
  back: 3,
  pattern: DURATION_PHRASE,
  normalize(gr, ctx) {
    const d = readDuration(gr, ctx);
    return d && d.explicit ? durationOf(d.parts) : null;
  },
  examples: [
    ex('في جولة تستغرق خمسة أيام.', '2024-10-17', ['خمسة أيام', 'P5D', 'DURATION']),
    ex('وظل المطار مغلقا لمدة 48 ساعة.', '2026-01-12', ['48 ساعة', 'PT48H', 'DURATION']),
    ex('ودام الاجتماع ساعة وأربعين دقيقة.', '2025-04-25', ['ساعة وأربعين دقيقة', 'PT1H40M', 'DURATION']),
    ex('وخدم في البعثة الأممية لمدة سنتين ونصف.', '2024-05-14', ['سنتين ونصف', 'P30M', 'DURATION']),
    ex('وقضى ربع قرن في السلك الدبلوماسي.', '2024-05-14', ['ربع قرن', 'P25Y', 'DURATION']),
    ex('وأنجز الفريق صيانة محركين وفق تقديرات دقيقة.', '2024-05-14'),
  ],
};

/** A bare or vague unit after a duration signal: «لمدة أسبوع», «منذ سنوات». */
export const durationAfterSignal: TimexRule = {
  name: 'duration-signal',
  anchors: [L.UNIT],
  back: 6,
  // «خلال يوم 4 ديسمبر» is a date: a unit followed by a day number or a weekday is no duration
  pattern: `${g('lead', `${W(['لمدة', 'مدة', 'على مدى', 'على مدار', 'طوال', 'طيلة', 'خلال', 'منذ', 'لفترة', 'في غضون', 'غضون'])}${SP}|${L.QUANTIFIER.source}${SP}`)}${DURATION_PHRASE}`,
  normalize(gr, ctx) {
    const d = readDuration(gr, ctx);
    return d ? durationOf(d.parts) : null;
  },
  examples: [
    ex('وأغلقت السلطات المعبر لمدة شهر.', '2023-09-14', ['شهر', 'P1M', 'DURATION']),
    ex('وتتواصل المشاورات بين الجيشين منذ أشهر.', '2025-03-09', ['أشهر', 'PXM', 'DURATION']),
    ex('واستمر الحصار أكثر من عام.', '2025-03-09', ['أكثر من عام', 'P1Y', 'DURATION', 'MORE_THAN']),
  ],
};

/** «عدة أيام», «بضعة أشهر». */
export const vagueDuration: TimexRule = {
  name: 'duration-vague',
  anchors: [L.VAGUE],
  pattern: `${g('q', L.VAGUE.source)}${SP}${g('u1', L.UNIT.source)}`,
  normalize(gr) {
    const u = L.UNIT.get(gr['u1']);
    return u && u.count === null ? durationOf([{ unit: u.unit, amount: null }]) : null;
  },
  examples: [ex('واستمرت المفاوضات عدة أيام.', '2024-05-14', ['عدة أيام', 'PXD', 'DURATION'])],
};

const ADJ = W(['الماضية', 'الأخيرة', 'المقبلة', 'القادمة', 'الأولى', 'الماضي', 'الأخير', 'المقبل', 'القادم', 'المنصرمة', 'الفائتة']);
// dual adjectives: a definite dual needs one («العامين» alone may be "the two general …»)
const ADJ_DUAL = W(['الماضيين', 'الأخيرين', 'المقبلين', 'القادمين', 'الأولين', 'المنصرمين', 'الماضيتين', 'الأخيرتين', 'المقبلتين', 'القادمتين', 'الأوليين']);

/** «الأيام العشرة الأخيرة», «الساعات الأربع والعشرين الماضية». */
export const definiteDuration: TimexRule = {
  name: 'duration-definite',
  anchors: [L.UNIT_DEF, L.UNIT_DEF_DUAL],
  pattern: `${g('ud', L.UNIT_DEF.source)}${SP}${g('nd', L.CARDINAL_DEF.source)}(?:${SP}${ADJ})?|${g('ud2', L.UNIT_DEF_DUAL.source)}${SP}${ADJ_DUAL}`,
  normalize(gr) {
    const unit = L.UNIT_DEF.get(gr['ud']) ?? L.UNIT_DEF_DUAL.get(gr['ud2']);
    const n = gr['ud2'] !== undefined ? 2 : L.CARDINAL_DEF.get(gr['nd']);
    return unit && n ? durationOf([{ unit, amount: n }]) : null;
  },
  examples: [
    ex('وقتل عشرة مسلحين خلال الساعات الاثنتي عشرة الماضية.', '2021-03-04', ['الساعات الاثنتي عشرة الماضية', 'PT12H', 'DURATION']),
    ex('وتمتد الخطة على السنوات الخمس المقبلة.', '2024-06-19', ['السنوات الخمس المقبلة', 'P5Y', 'DURATION']),
    ex('وتضاعفت الصادرات خلال العامين الماضيين.', '2024-06-19', ['العامين الماضيين', 'P2Y', 'DURATION']),
  ],
};

const SMALLER: Partial<Record<DurationUnit, [OffsetUnit, number]>> = {
  century: ['year', 100],
  decade: ['year', 10],
  year: ['month', 12],
  month: ['day', 30],
  week: ['day', 7],
  day: ['hour', 24],
  hour: ['minute', 60],
};

/** A fractional amount in a smaller unit: «ربع قرن» is 25 years, «سنة ونصف» 18 months. */
function wholeAmount(amount: number, unit: DurationUnit): { amount: number; unit: OffsetUnit } | null {
  if (Number.isInteger(amount)) return unit === 'second' ? null : { amount, unit: unit as OffsetUnit };
  const s = SMALLER[unit];
  return s && Number.isInteger(amount * s[1]) ? { amount: amount * s[1], unit: s[0] } : null;
}

/**
 * «قبل تسع سنوات», «بعد عامين», «منذ ثلاثة أيام» (a completed event): a DATE at the unit's
 * granularity. «منذ» with an ongoing state is left to the duration rules.
 */
export const agoLater: TimexRule = {
  name: 'ago-later',
  anchors: [F.heads(['قبل', 'منذ', 'بعد'])],
  // not «يوما بعد يوم» (day after day), not «بعد خمس سنوات على أحداث …» (counted from an event)
  pattern: `(?<!${W(['يوما', 'عاما', 'سنة', 'شهرا', 'ساعة', 'أسبوعا', 'لحظة'])}${SP})${g('dir', 'قبل|منذ|بعد')}${SP}(?:${g('q', L.QUANTIFIER.source)}${SP})?${DURATION_PHRASE}(?!${SP}(?:على|من)${SP})`,
  priority: 1,
  normalize(gr, ctx) {
    const d = readDuration(gr, ctx);
    if (!d || d.parts.length !== 1) return null;
    const p = d.parts[0]!;
    if (p.amount === null || (!p.explicit && gr['dir'] === 'منذ')) return null;
    if (gr['dir'] === 'منذ' && ctx.tense() !== 'past') return null;
    if (p.unit === 'second') return null;
    const sign = gr['dir'] === 'بعد' ? 1 : -1;
    const whole = wholeAmount(p.amount, p.unit);
    if (!whole) return null;
    const r = offsetDate(ctx, whole.amount, whole.unit, sign, gr['dir'] !== 'منذ');
    // «قبل نحو شهرين»: about two months ago
    const mod = L.QUANTIFIER.get(gr['q']);
    return r && mod ? { ...r, mod } : r;
  },
  examples: [
    ex('وتسلمت القوات الجوية المقاتلات قبل ثمانية أشهر.', '2025-06-03', ['قبل ثمانية أشهر', '2024-10']),
    ex('وتنتهي مهمة البعثة بعد ثلاثة أعوام.', '2024-05-14', ['بعد ثلاثة أعوام', '2027']),
    ex('رست الفرقاطة في الميناء يوم 7 نونبر، وأبحرت بعد يومين.', '2023-11-20', ['7 نونبر', '2023-11-07'], ['بعد يومين', '2023-11-09']),
    ex('ويستمر الإضراب منذ ستة أيام.', '2023-09-14', ['ستة أيام', 'P6D', 'DURATION']),
    ex('وصدر العفو بعد يومين من زيارة الوزير، وتتقدم القوات يوما بعد يوم.', '2024-05-14', ['يومين', 'P2D', 'DURATION']),
    ex('وتسلمت الوزارة الشحنة قبل نحو شهرين.', '2024-05-14', ['قبل نحو شهرين', '2024-03', 'DATE', 'APPROX']),
    ex('وأعلن الجيش قبل 3 ساعات عن إسقاط طائرة مسيرة.', '2025-04-25T16:30:00', ['قبل 3 ساعات', '2025-04-25T13:30', 'TIME']),
  ],
};

/** The duration rules. */
export const DURATION_RULES: readonly TimexRule[] = [duration, durationAfterSignal, vagueDuration, definiteDuration, agoLater];
