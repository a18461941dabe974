/**
 * Anaphora: «اليوم التالي», «بعد يومين», «العام التالي» count from the closest date mentioned
 * before them, not from the DCT. Strong anaphors take any earlier date; weak ones («بعد يومين»,
 * which also means "two days from now") only one in their own sentence, or in the sentence just
 * before when they open their clause.
 */
import { yearOfMonth } from './anchor.js';
import { addMonths, dayNumber } from './calendar.js';
import type { CompiledLanguage } from './compile.js';
import { formatCal, formatDay, formatWeek } from './format.js';
import type { Anaphor, Candidate } from './types.js';

interface AnchorParts {
  /** null when the anchor itself has no year (an undated text: `XXXX-12-05`) */
  y: number | null;
  m: number | null;
  d: number | null;
}

const VALUE_PARTS = /^(\d{4}|XXXX)(?:-(\d\d)(?:-(\d\d))?)?(?![\dW])/;

/** Calendar parts at the start of a value (`2023-09-13`, `2019`, `XXXX-12-05`, `2024-01-24/…`). */
function partsOf(value: string): AnchorParts | null {
  const m = VALUE_PARTS.exec(value);
  if (!m) return null;
  const y = m[1] === 'XXXX' ? null : Number(m[1]);
  const p = { y, m: m[2] ? Number(m[2]) : null, d: m[3] ? Number(m[3]) : null };
  return y === null && p.m === null ? null : p;
}

// Day arithmetic on a year-less anchor runs in a leap year, so 29 February exists.
const LEAP = 2000;

/** The value of an anaphor counted from an anchor, or null when the anchor is too coarse. */
export function applyAnaphor(a: Anaphor, p: AnchorParts): string | null {
  const unknownYear = p.y === null;
  const y = p.y ?? LEAP;
  const yearless = (v: string): string => (unknownYear ? `XXXX${v.slice(4)}` : v);
  if (a.unit === 'year') return unknownYear ? null : formatCal({ y: y + a.amount, m: null, d: null });
  if (p.m === null) return null;
  if (a.unit === 'month') {
    const t = addMonths(y, p.m, a.amount);
    if (unknownYear && t.y !== y) return null;
    return yearless(formatCal({ y: t.y, m: t.m, d: a.gran === 'month' || p.d === null ? null : p.d }));
  }
  if (p.d === null) return null;
  const n = dayNumber(y, p.m, p.d) + a.amount * (a.unit === 'week' ? 7 : 1);
  if (a.gran === 'week') return unknownYear ? 'XXXX-WXX' : formatWeek(n);
  const v = formatDay(n);
  return unknownYear && Number(v.slice(0, 4)) !== y ? null : yearless(v);
}

const YEARLESS = /XXXX-(\d\d)/g;

/**
 * In an undated text, a year-less date takes its year from the last date written with a year
 * and a month before it (the narrative's reference time), nearest to it: «… من 4 إلى 6 ديسمبر
 * 2023 … في الفترة من 4 إلى 6 ديسمبر الجاري» is December 2023.
 */
function inheritYear(c: Candidate, ref: AnchorParts | null): Candidate {
  if (!ref || ref.y === null || ref.m === null || c.type !== 'DATE' || c.calendar || !c.value.includes('XXXX-')) return c;
  const year = (_: string, mm: string): string => `${yearOfMonth(ref.y!, ref.m!, Number(mm), null, null)}-${mm}`;
  const value = c.value.replace(YEARLESS, year);
  if (/X/.test(value)) return c;
  const out: Candidate = { ...c, value, anchor: true, rule: `${c.rule}+narrative-year` };
  if (c.impliesDct) out.impliesDct = c.impliesDct.replace(YEARLESS, year);
  return out;
}

/**
 * The sentence count at `upTo`, going on from `count` at `from`. A run of sentence ends («.\n»,
 * «؟!») with only spaces between them is one boundary.
 */
function sentenceIndex(cl: CompiledLanguage, norm: string, upTo: number, from: number, count: number): number {
  let k = count;
  let inBoundary = false;
  for (let i = from; i < upTo; i++) {
    const c = norm.charCodeAt(i);
    if (cl.sentenceEnds[c] === 1) {
      if (!inBoundary) k++;
      inBoundary = true;
    } else if (c !== 32) inBoundary = false;
  }
  return k;
}

/**
 * Rewrites anaphors in text order against the closest earlier anchor; without a DCT, year-less
 * dates also take the year of the narrative (see inheritYear).
 */
export function resolveAnaphora(cl: CompiledLanguage, norm: string, list: Candidate[], undated: boolean): Candidate[] {
  // most texts have no anaphor: skip the walk (and its sentence counting) entirely
  if (!undated && !list.some((c) => c.anaphor)) return list;
  let anchor: { c: Candidate; sentence: number } | null = null;
  let reference: AnchorParts | null = null;
  let pos = 0;
  let sentence = 0;
  return list.map((input) => {
    const c = undated ? inheritYear(input, reference) : input;
    // sentence ends are counted between expressions only: «و.ر» holds a dot
    sentence = sentenceIndex(cl, norm, c.start, pos, sentence);
    pos = Math.max(pos, c.end);
    let out = c;
    if (c.anaphor && anchor) {
      let ok = c.anaphor.strength === 'strong' || anchor.sentence === sentence;
      if (!ok && anchor.sentence === sentence - 1) {
        let s = c.start;
        while (s > 0 && cl.sentenceEnds[norm.charCodeAt(s - 1)] !== 1) s--;
        ok = cl.clauseOpening.test(norm.slice(s, c.start));
      }
      const parts = ok ? partsOf(anchor.c.value) : null;
      const value = parts ? applyAnaphor(c.anaphor, parts) : null;
      if (value) out = { ...c, value: value + (c.anaphor.suffix ?? ''), rule: `${c.rule}+anaphora` };
    }
    if (out.anchor) {
      anchor = { c: out, sentence };
      const p = partsOf(out.value);
      if (p && p.y !== null && p.m !== null && !out.calendar) reference = p;
    }
    return out;
  });
}
