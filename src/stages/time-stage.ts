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
export function publishedFromText(timexes: readonly TimexOut[]): Published | null {
  const hit = timexes.find((t) => t.impliesDct && !t.impliesDct.includes('X'));
  return hit?.impliesDct ? { value: hit.impliesDct, basis: 'inferred' } : null;
}

const asTimex = (t: TimexOut): Timex => ({ text: t.text, start: t.start, end: t.end, type: t.type, value: t.value, mod: t.mod, ...(t.rule ? { rule: t.rule } : {}) });

/** The `time` stage: fills `doc.layers.timexes` from `doc.text`. */
export const timeStage: Stage = {
  name: 'time',
  description: 'reads the date line when no publication date is known, then finds dates, times, durations and sets (TIMEX3) anchored on it',
  run(doc) {
    if (doc.meta.published.value === null) doc.meta.published = publishedFromDateLines(doc) ?? doc.meta.published;
    let timexes = tagTimexes(doc.text, doc.meta.published.value);
    if (doc.meta.published.value === null) {
      const inferred = publishedFromText(timexes);
      if (inferred?.value) {
        doc.meta.published = inferred;
        timexes = tagTimexes(doc.text, inferred.value);
      }
    }
    doc.layers.timexes = timexes.map(asTimex);
  },
};
