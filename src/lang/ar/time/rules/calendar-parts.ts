/**
 * Quarters and halves, seasons, decades and centuries.
 */
import { gregorianYear, type Rel } from '../../../../time/anchor.js';
import { pad } from '../../../../time/format.js';
import type { Groups, RuleContext, TimexRule } from '../../../../time/types.js';
import * as F from '../fragments.js';
import * as L from '../lexicons.js';
import { ex } from './example.js';

const { SP, g } = F;
const relOf = (s: string | undefined): Rel => (s === undefined ? null : (L.REL.get(s) ?? null));
const YEAR_NOUN = g('yn', 'العام|السنه|لعام|لسنه');

/** The year named after «من»: a number, «العام الماضي», or plain «العام» (the DCT's). */
const yearSpec = `(?:${SP}(?:من${SP})?(?:(?:عام|سنه)${SP})?(?:${F.year('y')}|${YEAR_NOUN}(?:${SP}${F.rel()})?))`;

function yearOfSpec(gr: Groups, ctx: RuleContext): number | null {
  if (gr['y'] !== undefined) return Number(gr['y']);
  if (!ctx.dct) return null;
  return ctx.dct.y + (relOf(gr['rel']) ?? 0);
}

/** «الربع الأخير من 2023», «الثلاثي الأول من سنة 2025», «السداسي الأول من السنة الحالية». */
export const quarter: TimexRule = {
  name: 'quarter',
  anchors: [L.YEAR_PART],
  pattern: `${g('q', L.YEAR_PART.source)}${SP}${g('o', L.PART_ORDINAL.source)}${yearSpec}?`,
  normalize(gr, ctx) {
    const kind = L.YEAR_PART.get(gr['q']);
    const o = L.PART_ORDINAL.get(gr['o']);
    if (!kind || o === undefined) return null;
    const n = o === -1 ? (kind === 'Q' ? 4 : 2) : o;
    if ((kind === 'Q' && n > 4) || (kind === 'H' && n > 2)) return null;
    const named = gr['y'] !== undefined || gr['yn'] !== undefined;
    // a bare half is a match half, a bare quarter before «من …» belongs to something else
    if (!named && (kind === 'H' || /^ +من /.test(ctx.norm.slice(ctx.end)))) return null;
    const y = yearOfSpec(gr, ctx);
    return { type: 'DATE', value: `${y === null ? 'XXXX' : pad(y, 4)}-${kind}${n}`, anchor: y !== null };
  },
  examples: [
    ex('وتراجعت الواردات خلال الربع الأخير من 2022.', '2023-02-27', ['الربع الأخير من 2022', '2022-Q4']),
    ex('وانخفضت صادرات الغاز في الربع الثالث من العام الماضي.', '2024-05-14', ['الربع الثالث من العام الماضي', '2023-Q3']),
    ex('وتبقى الأسعار مجمدة إلى نهاية الربع الثالث.', '2024-07-02', ['نهاية الربع الثالث', '2024-Q3', 'DATE', 'END']),
    ex('وقلب الضيوف النتيجة في النصف الثاني من اللقاء.', '2023-01-02'),
  ],
};

const seasonYear = (gr: Groups, ctx: RuleContext, code: string): number | null => {
  const dct = ctx.dct;
  if (!dct) return null;
  const rel = relOf(gr['rel'] ?? gr['rel2']);
  if (gr['yn'] !== undefined || rel === null || rel === 0) return dct.y + (gr['yn'] !== undefined ? (rel ?? 0) : 0);
  // months that end (for "last") or start (for "next") each season
  const last = { SP: 5, SU: 8, FA: 11, WI: 2 }[code] ?? 12;
  const first = { SP: 3, SU: 6, FA: 9, WI: 12 }[code] ?? 1;
  const m = dct.m ?? 6;
  if (rel === -1) return m > last ? dct.y : dct.y - 1;
  return m < first ? dct.y : dct.y + 1;
};

/** «صيف 2023», «شتاء 2022», «ربيع العام المقبل», «الصيف الماضي». */
export const season: TimexRule = {
  name: 'season',
  anchors: [L.SEASON, L.SEASON_DEF],
  back: 1,
  pattern: `${g('s', L.SEASON.source)}${SP}(?:(?:(?:عام|سنه)${SP})?${F.year('y')}|${YEAR_NOUN}(?:${SP}${F.rel()})?)|${g('sd', L.SEASON_DEF.source)}${SP}${F.rel('rel2')}|(?:هذا|هذه)${SP}${g('st', L.SEASON_DEF.source)}`,
  normalize(gr, ctx) {
    const code = L.SEASON.get(gr['s']) ?? L.SEASON_DEF.get(gr['sd']) ?? L.SEASON_DEF.get(gr['st']);
    if (!code) return null;
    const y = gr['y'] !== undefined ? Number(gr['y']) : seasonYear(gr, ctx, code);
    return { type: 'DATE', value: `${y === null ? 'XXXX' : pad(y, 4)}-${code}` };
  },
  examples: [
    ex('وعرف خريف 2019 احتجاجات واسعة في العاصمة.', '2024-02-27', ['خريف 2019', '2019-FA']),
    ex('ويعتزم الجيش تسلم الدفعة الأولى من المروحيات شتاء العام المقبل.', '2024-05-14', ['شتاء العام المقبل', '2025-WI']),
  ],
};

/** The two leading digits of a century given by ordinal or modifier. */
function centuryPrefix(gr: Groups, ctx: RuleContext): string | null {
  const c = L.ORDINAL_CENTURY.get(gr['c']);
  if (c !== undefined) return pad(c - 1, 2);
  const rel = relOf(gr['crel']);
  if (rel === null || !ctx.dct) return null;
  return pad(Math.floor(ctx.dct.y / 100) + rel, 2);
}

const century = `القرن${SP}(?:${g('c', L.ORDINAL_CENTURY.source)}|${g('crel', L.REL.source)})`;

/** «السبعينات» (1900s), «خمسينيات القرن الماضي». */
export const decade: TimexRule = {
  name: 'decade',
  anchors: [L.DECADE],
  pattern: `${g('dec', L.DECADE.source)}(?:${SP}(?:من${SP})?${century})?`,
  normalize(gr, ctx) {
    const d = L.DECADE.get(gr['dec']);
    if (d === undefined) return null;
    const prefix = gr['c'] !== undefined || gr['crel'] !== undefined ? centuryPrefix(gr, ctx) : '19';
    return prefix === null ? null : { type: 'DATE', value: `${prefix}${d}` };
  },
  examples: [
    ex('وبنيت معظم الثكنات في الثمانينات.', '2024-05-14', ['الثمانينات', '198']),
    ex('وتعود أولى صفقات السلاح بين البلدين إلى ستينيات القرن الماضي.', '2023-09-14', ['ستينيات القرن الماضي', '196']),
  ],
};

/** «العقد الأول من القرن الحالي». */
export const decadeOrdinal: TimexRule = {
  name: 'decade-ordinal',
  anchors: [F.heads(['العقد'])],
  pattern: `العقد${SP}${g('o', L.ORDINAL_DECADE.source)}${SP}من${SP}${century}`,
  normalize(gr, ctx) {
    const o = L.ORDINAL_DECADE.get(gr['o']);
    const prefix = centuryPrefix(gr, ctx);
    return o === undefined || prefix === null ? null : { type: 'DATE', value: `${prefix}${o - 1}` };
  },
  examples: [ex('واقتنت البحرية غواصتين في العقد الثاني من القرن الحالي.', '2024-05-14', ['العقد الثاني من القرن الحالي', '201'])],
};

/** «القرن التاسع عشر» = 18, «القرن العشرين» = 19 (Hijri centuries are left alone). */
export const centuryRule: TimexRule = {
  name: 'century',
  anchors: [F.heads(['القرن'])],
  pattern: `القرن${SP}${g('c', L.ORDINAL_CENTURY.source)}(?!${SP}(?:الهجري|للهجره))`,
  normalize(gr) {
    const c = L.ORDINAL_CENTURY.get(gr['c']);
    return c === undefined ? null : { type: 'DATE', value: pad(c - 1, 2) };
  },
  examples: [
    ex('وتعود أسوار المدينة إلى القرن السابع عشر.', '2024-05-14', ['القرن السابع عشر', '16']),
    ex('وشيدت السكة الحديدية أواخر القرن التاسع عشر.', '2024-05-14', ['أواخر القرن التاسع عشر', '18', 'DATE', 'END']),
  ],
};

/** «عامي 2022 و2023», «شهري مايو ويونيو»: a dual names two neighbouring periods, as a range. */
export const dualRange: TimexRule = {
  name: 'dual-range',
  anchors: [F.heads(['عامي', 'سنتي', 'شهري', 'لعامي', 'لشهري'])],
  pattern: `(?:عامي|سنتي)${SP}${F.year('y1')}${SP}و *${F.year('y2')}|شهري${SP}${g('m1', L.MONTH_FREE.source)}${SP}و *${g('m2', L.MONTH_FREE.source)}(?:${SP}${F.year('y')})?`,
  normalize(gr, ctx) {
    if (gr['y1'] !== undefined) {
      const a = Number(gr['y1']);
      const b = Number(gr['y2']);
      // «عامي 2003 و2005» are two separate years, not a period
      return b === a + 1 ? { type: 'DATE', value: `${a}/${b}`, anchor: true } : null;
    }
    const a = L.MONTH_FREE.get(gr['m1']);
    const b = L.MONTH_FREE.get(gr['m2']);
    if (a === undefined || b === undefined || b !== a + 1) return null;
    const y = gr['y'] !== undefined ? Number(gr['y']) : ctx.dct ? gregorianYear(ctx.dct, b, null, null, ctx.tense()) : null;
    const yy = y === null ? 'XXXX' : pad(y, 4);
    return { type: 'DATE', value: `${yy}-${pad(a)}/${yy}-${pad(b)}`, anchor: y !== null };
  },
  examples: [
    ex('وارتفعت الصادرات خلال عامي 2022 و2023.', '2024-05-14', ['عامي 2022 و2023', '2022/2023']),
    ex('وتجرى الامتحانات في شهري مايو ويونيو.', '2024-03-14', ['شهري مايو ويونيو', '2024-05/2024-06']),
  ],
};

/** The calendar-part rules. */
export const CALENDAR_PART_RULES: readonly TimexRule[] = [quarter, season, decade, decadeOrdinal, centuryRule, dualRange];
