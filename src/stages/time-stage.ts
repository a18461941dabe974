/**
 * The temporal stage: tags TIMEX3 expressions in the clean text, anchored on the publication
 * date. When the page gave no machine-readable date, the stage first reads one from the date
 * lines the cleaning stage kept (`doc.meta.dateLines`, e.g. «تم نشره الجمعة 02nd أكتوبر 2020
 * 07:01 مساءً»); without either, relative values stay unanchored.
 */
import type { NewsDocument, Published, Timex } from '../core/document.js';
import type { Stage } from '../core/pipeline.js';
import { tagTimexes, type TimexOut } from '../time/index.js';

// A publication date is a calendar day (with its clock time when given), or a month at least.
const DAY_OR_TIME = /^\d{4}-\d\d-\d\d(?:T\d\d:\d\d)?$/;
const MONTH = /^\d{4}-\d\d$/;

/** The publication date stated by the page's date lines, or null. Day precision wins over month. */
export function publishedFromDateLines(doc: NewsDocument): Published | null {
  let monthOnly: Published | null = null;
  for (const line of doc.meta.dateLines) {
    for (const t of tagTimexes(line.text, null)) {
      if (t.type !== 'DATE' && t.type !== 'TIME') continue;
      const evidence = line.end > line.start ? { evidence: { text: doc.raw.slice(line.start, line.end), start: line.start, end: line.end } } : {};
      if (DAY_OR_TIME.test(t.value)) return { value: t.value, basis: 'metadata', ...evidence };
      if (!monthOnly && MONTH.test(t.value)) monthOnly = { value: t.value, basis: 'metadata', ...evidence };
    }
  }
  return monthOnly;
}

/**
 * A publication date the body itself implies, or null: «اختتم أمس 6 ديسمبر 2023» was written
 * on 7 December 2023, «من 4 إلى 6 ديسمبر الجاري» in December (the year from the narrative).
 * Only fully anchored implications count; the first one wins.
 */
export function publishedFromText(timexes: readonly TimexOut[], text = ''): Published | null {
  const hit = timexes.find((t) => t.impliesDct && !t.impliesDct.includes('X'));
  if (hit?.impliesDct) return { value: hit.impliesDct, basis: 'inferred' };
  // a day without its year (`أمس 6 ديسمبر`) takes the year the text's own years agree on
  const yearless = timexes.find((t) => t.impliesDct && /^X{4}-\d\d/.test(t.impliesDct));
  const year = yearless ? yearFromRelativeYears(timexes, text) : null;
  return yearless?.impliesDct && year ? { value: year + yearless.impliesDct.slice(4), basis: 'inferred' } : null;
}

// Any fixed day serves to measure how far a relative year reaches from its anchor.
const PROBE_YEAR = 2000;

/**
 * The writing year a text implies when it says both a relative year and a calendar year:
 * «المقرر توقيعها العام المقبل» beside «ميزانية … لعام 2024» says that next year is 2024, so the
 * text was written in 2023. Each pair of a relative year (its reach measured by tagging it against
 * a probe date) and an explicit year votes for one writing year; the most voted wins. Null when
 * the text gives no such pair: then nothing is guessed.
 */
export function yearFromRelativeYears(timexes: readonly TimexOut[], text: string): string | null {
  const explicit = timexes.filter((t) => t.type === 'DATE' && /^\d{4}$/.test(t.value)).map((t) => Number(t.value));
  const reaches: number[] = [];
  for (const t of timexes) {
    if (t.value !== 'XXXX') continue;
    const probe = tagTimexes(text.slice(t.start, t.end), `${PROBE_YEAR}-06-15`)[0];
    if (probe && /^\d{4}$/.test(probe.value)) reaches.push(Number(probe.value) - PROBE_YEAR);
  }
  const votes = new Map<number, number>();
  for (const y of explicit) for (const k of reaches) if (k !== 0) votes.set(y - k, (votes.get(y - k) ?? 0) + 1);
  const best = [...votes].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0];
  return best ? String(best[0]) : null;
}

const LETTER = /\p{L}/u;

/**
 * A timex as the document keeps it. The tagger leaves an attached clitic out of an expression
 * (`لعام 2024` → `عام 2024`, the TIMEX3 extent rule); the document's span covers the whole
 * written word, so that highlighting and matching by words see `لعام 2024`.
 */
function asTimex(t: TimexOut, text: string): Timex {
  let start = t.start;
  while (start > 0 && LETTER.test(text[start - 1]!)) start--;
  return { text: text.slice(start, t.end), start, end: t.end, type: t.type, value: t.value, mod: t.mod, ...(t.rule ? { rule: t.rule } : {}) };
}

/** The `time` stage: fills `doc.layers.timexes` from `doc.text`. */
export const timeStage: Stage = {
  name: 'time',
  description: 'reads the date line when no publication date is known, then finds dates, times, durations and sets (TIMEX3) anchored on it',
  run(doc) {
    if (doc.meta.published.value === null) doc.meta.published = publishedFromDateLines(doc) ?? doc.meta.published;
    let timexes = tagTimexes(doc.text, doc.meta.published.value);
    if (doc.meta.published.value === null) {
      const inferred = publishedFromText(timexes, doc.text);
      if (inferred?.value) {
        doc.meta.published = inferred;
        timexes = tagTimexes(doc.text, inferred.value);
      }
    }
    doc.layers.timexes = timexes.map((t) => asTimex(t, doc.text));
  },
};
