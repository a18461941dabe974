/**
 * Time units in every number form: singular (nominative and the accusative after 11–99),
 * dual (counts 2: «يومين»), plural (after 3–10), and the definite plural of «الأيام العشرة».
 */
import type { DurationUnit } from '../../../time/format.js';

/** One unit's forms. */
export interface UnitForms {
  unit: DurationUnit;
  singular: readonly string[];
  dual: readonly string[];
  plural: readonly string[];
  /** definite plurals («الأيام», «الساعات») */
  definitePlural: readonly string[];
  /** definite duals («العامين الماضيين») */
  definiteDual: readonly string[];
}

/** Every unit the tagger reads. */
export const UNITS: readonly UnitForms[] = [
  {
    unit: 'day',
    singular: ['يوم', 'يوما', 'يوماً'],
    dual: ['يومين', 'يومان'],
    plural: ['أيام'],
    definitePlural: ['الأيام'],
    definiteDual: ['اليومين'],
  },
  {
    unit: 'week',
    singular: ['أسبوع', 'أسبوعا', 'اسبوع'],
    dual: ['أسبوعين', 'أسبوعان'],
    plural: ['أسابيع'],
    definitePlural: ['الأسابيع'],
    definiteDual: ['الأسبوعين'],
  },
  {
    unit: 'month',
    singular: ['شهر', 'شهرا'],
    dual: ['شهرين', 'شهران'],
    plural: ['أشهر', 'شهور'],
    definitePlural: ['الأشهر', 'الشهور'],
    definiteDual: ['الشهرين'],
  },
  {
    unit: 'year',
    singular: ['سنة', 'عام', 'عاما'],
    dual: ['سنتين', 'سنتان', 'عامين', 'عامان'],
    plural: ['سنوات', 'سنين', 'أعوام'],
    definitePlural: ['السنوات', 'الأعوام', 'السنين'],
    definiteDual: ['العامين', 'السنتين'],
  },
  {
    unit: 'decade',
    singular: ['عقد', 'عقدا'],
    dual: ['عقدين', 'عقدان'],
    plural: ['عقود'],
    definitePlural: ['العقود'],
    definiteDual: ['العقدين'],
  },
  {
    unit: 'century',
    singular: ['قرن', 'قرنا'],
    dual: ['قرنين', 'قرنان'],
    plural: ['قرون'],
    definitePlural: ['القرون'],
    definiteDual: ['القرنين'],
  },
  {
    unit: 'hour',
    singular: ['ساعة'],
    dual: ['ساعتين', 'ساعتان'],
    plural: ['ساعات'],
    definitePlural: ['الساعات'],
    definiteDual: ['الساعتين'],
  },
  {
    unit: 'minute',
    singular: ['دقيقة'],
    dual: ['دقيقتين', 'دقيقتان'],
    plural: ['دقائق'],
    definitePlural: ['الدقائق'],
    definiteDual: ['الدقيقتين'],
  },
  {
    unit: 'second',
    singular: ['ثانية'],
    dual: ['ثانيتين'],
    plural: ['ثوان', 'ثواني'],
    definitePlural: ['الثواني'],
    definiteDual: ['الثانيتين'],
  },
];

/** SET adverbs: «سنويا» is every year. */
export const FREQUENCY_ADVERBS: readonly { unit: DurationUnit; forms: readonly string[] }[] = [
  { unit: 'year', forms: ['سنويا', 'سنوياً', 'سنوياًّ'] },
  { unit: 'month', forms: ['شهريا', 'شهرياً'] },
  { unit: 'week', forms: ['أسبوعيا', 'أسبوعياً', 'اسبوعيا'] },
  { unit: 'day', forms: ['يوميا', 'يومياً'] },
];

/** «نصف سنوي»: every six months, as an adverbial after «بشكل/بصفة». */
export const HALF_YEARLY: readonly string[] = ['نصف سنوي', 'نصف سنوية', 'نصف سنويا', 'نصف سنويًا'];

/** Counts of a SET: once, twice, N times. */
export const TIMES_WORDS = {
  once: ['مرة', 'مره', 'مرة واحدة'],
  twice: ['مرتين', 'مرتان'],
  times: ['مرات'],
} as const;
