/**
 * Anaphoric periods: «اليوم التالي», «الأسبوع نفسه», «في نفس اليوم», «اليوم السابق» count from
 * the closest date mentioned before them (the engine's anaphora step); without one, from the DCT.
 */
import type { Resolved, RuleContext, TimexRule } from '../../../../time/types.js';
import { relativePeriod } from '../../../../time/values.js';
import * as F from '../fragments.js';
import * as L from '../lexicons.js';
import { DAY_BEFORE, SAME } from '../relative.js';
import { ex } from './example.js';

const { SP, g, W } = F;
const UNIT_WORDS = ['اليوم', 'الأسبوع', 'الشهر', 'العام', 'السنة', 'ليوم', 'لأسبوع', 'لشهر', 'لعام', 'لسنة'];
// «للعام التالي» is matched from its second ل («لعام»): the article is lost, not the word
const UNIT = `(?:ال|(?<=ل)ل)(?:يوم|اسبوع|شهر|عام|سنه)`;

/** The unit of a matched period word, read with its article. */
function unitOf(word: string | undefined): 'day' | 'week' | 'month' | 'year' | null {
  const w = (word ?? '').replace(/^ل(?!ل)/, 'ال');
  if (w === 'اليوم') return 'day';
  const u = L.PERIOD_NOUN.get(w);
  return u === 'week' || u === 'month' || u === 'year' ? u : null;
}

/** A value `k` units from the closest earlier date, falling back on the DCT. */
function anaphor(ctx: RuleContext, unit: 'day' | 'week' | 'month' | 'year', k: number): Resolved {
  const base = relativePeriod(ctx, unit, k) ?? { type: 'DATE', value: 'XXXX' };
  return { ...base, anchor: false, anaphor: { unit, amount: k, gran: unit, strength: 'strong' } };
}

/** «اليوم التالي», «الأسبوع نفسه», «العام الموالي», «اليوم السابق». */
export const anaphoricPeriod: TimexRule = {
  name: 'anaphoric-period',
  anchors: [F.heads(UNIT_WORDS)],
  pattern: `${g('unit', UNIT)}${SP}(?:${g('ana', L.ANAPHORIC.source)}|${g('before', W(DAY_BEFORE))})`,
  normalize(gr, ctx) {
    const unit = unitOf(gr['unit']);
    // «الأسبوع السابق» is last week (relative-period); only the day before is anaphoric
    const k = gr['before'] !== undefined ? (unit === 'day' ? -1 : undefined) : L.ANAPHORIC.get(gr['ana']);
    return unit && k !== undefined ? anaphor(ctx, unit, k) : null;
  },
  examples: [
    ex('اعتقلت الشرطة ثلاثة مهربين في 14 مارس، وفي اليوم التالي مثلوا أمام النيابة.', '2024-04-02', ['14 مارس', '2024-03-14'], ['اليوم التالي', '2024-03-15']),
    ex('وضع حجر الأساس للمصنع عام 2016، ودخل الخدمة في العام التالي.', '2024-04-02', ['عام 2016', '2016'], ['العام التالي', '2017']),
    ex('انطلقت المناورات البحرية في 9 أبريل، وفي الأسبوع نفسه وصلت فرقاطة فرنسية.', '2024-05-20', ['9 أبريل', '2024-04-09'], ['الأسبوع نفسه', '2024-W15']),
    ex('وقعت الاتفاقية في 10 مارس، وكان الوفد قد وصل في اليوم السابق.', '2024-05-14', ['10 مارس', '2024-03-10'], ['اليوم السابق', '2024-03-09']),
  ],
};

/** «في نفس اليوم», «ذات الشهر»: the same period as the date just mentioned. */
export const samePeriod: TimexRule = {
  name: 'same-period',
  anchors: [F.heads(SAME)],
  pattern: `${W(SAME)}${SP}${g('unit', UNIT)}`,
  normalize(gr, ctx) {
    const unit = unitOf(gr['unit']);
    return unit ? anaphor(ctx, unit, 0) : null;
  },
  examples: [ex('وصل الوفد في 5 يونيو، وعقد اجتماعه الأول في نفس اليوم.', '2024-06-20', ['5 يونيو', '2024-06-05'], ['نفس اليوم', '2024-06-05'])],
};

/** The anaphor rules. */
export const ANAPHOR_RULES: readonly TimexRule[] = [anaphoricPeriod, samePeriod];
