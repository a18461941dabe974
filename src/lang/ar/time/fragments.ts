/**
 * Pattern fragments shared by the Arabic rules, each built from a lexicon, and the readers that
 * turn their named groups back into numbers. Patterns run on the folded text (ا for أ/إ/آ, ه for
 * ة, ي for ى, ASCII digits), so fragments are written in that form or built from lexicons.
 */
import { wordsSource } from '../../../time/lexicon.js';
import type { Groups } from '../../../time/types.js';
import * as L from './lexicons.js';
import { DATE_NAME_HEADS, EVENT_NAME_HEADS, GENERAL_HEADS, NON_CALENDAR_YEAR } from './periods.js';
import { BETWEEN_WORDS, DATE_SIGNALS, RANGE_CONNECTORS, TODAY_BLOCKERS, YEAR_SIGNALS } from './relative.js';
import { LIBYAN_ERA } from './months.js';
import { FRIDAY_PRAYER_HEADS, TWO_AFTER, TWO_BEFORE } from './weekdays.js';
import { LETTER } from '../../../time/chars.js';

/** One or more spaces. */
export const SP = ' +';
/** A named group. */
export const g = (name: string, source: string): string => `(?<${name}>${source})`;
/** An optional non-capturing piece. */
export const opt = (source: string): string => `(?:${source})?`;
/** Folded word list → alternation. */
export const W = (words: readonly string[]): string => wordsSource(L.folder, words);

/** A day number with an optional English ordinal suffix («02nd»). */
export const dayNum = (n: string): string => `${g(n, '\\d{1,2}')}(?:st|nd|rd|th)?`;

/**
 * A day of the month: a number, an ordinal word followed by «من» («الثالث من»), or a word that
 * is day 1 by itself («فاتح», «غرة»). Read it back with `readDay`.
 */
export const day = (n: string): string =>
  `(?:${dayNum(n)}|${g(`${n}w`, L.ORDINAL_DAY.source)}(?<${n}of> +من)?|${g(`${n}f`, L.FIRST_DAY.source)})`;

/** The day a `day(n)` fragment matched, or null (an ordinal word without «من» is no day). */
export function readDay(gr: Groups, n: string): number | null {
  const digits = gr[n];
  if (digits !== undefined) return Number(digits);
  if (gr[`${n}f`] !== undefined) return 1;
  const w = gr[`${n}w`];
  if (w !== undefined && gr[`${n}of`] !== undefined) return L.ORDINAL_DAY.get(w) ?? null;
  return null;
}

/**
 * A month name, optionally paired with its name in another system: «كانون الأول/ديسمبر»,
 * «شباط فبراير», «آذار (مارس)», «تشرين الأول / أكتوبر».
 */
export const monthPair = (n: string, lex: { source: string } = L.MONTH_ALL): string =>
  `${g(n, lex.source)}(?:(?: *[/\\-] *| +| *\\( *)${g(`${n}b`, L.MONTH_ALL.source)}(?: *\\))?)?`;

/** The month a `monthPair(n)` matched, or null when the two names disagree. */
export function readMonth(gr: Groups, n: string): number | null {
  const a = L.MONTH_ALL.get(gr[n]);
  if (a === undefined) return null;
  const b = gr[`${n}b`];
  if (b !== undefined && L.MONTH_ALL.get(b) !== a) return null;
  return a;
}

/** A four-digit year. */
export const year = (n: string): string => g(n, '\\d{4}');
/** An optional Gregorian era mark after a year («2024 م»). */
export const gregEra = `(?: *${L.GREGORIAN_ERA.source}(?!${LETTER}))?`;
/** The Libyan solar era after a year («1377 و.ر»); read the year with `readYear`. */
export const libyanEra = `(?<lyera> *${L.LIBYAN_ERA.source})`;

/** A year group, moved to the Gregorian era when the Libyan era mark follows it. */
export function readYear(gr: Groups, n: string): number | null {
  const y = gr[n];
  if (y === undefined) return null;
  return Number(y) + (gr['lyera'] !== undefined ? LIBYAN_ERA.offset : 0);
}

/**
 * The year written after a month: «2023», «/ 2024», «عام 2023», «2009 و.ر», «من عام 2002»,
 * «من العام الماضي», «من هذا العام». Read it with `readYearTail`.
 */
export const yearTail = `(?:(?:[ ،,]+| *[/\\-] *)(?:(?:عام|سنه)${SP})?${year('y')}(?:${libyanEra}|${gregEra})|${SP}من${SP}(?:(?:عام|سنه|العام|السنه)${SP}${year('yb')}${gregEra}|(?:العام|السنه)${SP}${g('yrel', L.REL.source)}|${g('ythis', 'هذا العام|هذه السنه')}))`;

/**
 * The year a `yearTail` gives: a number, or the DCT year moved by its modifier; null when none is
 * written; undefined when what is written cannot be read (no DCT for «العام الماضي»).
 */
export function readYearTail(gr: Groups, dctYear: number | null): number | null | undefined {
  if (gr['y'] !== undefined) return readYear(gr, 'y');
  if (gr['yb'] !== undefined) return Number(gr['yb']);
  const k = gr['ythis'] !== undefined ? 0 : L.REL.get(gr['yrel']);
  if (k === undefined) return null;
  return dctYear === null ? undefined : dctYear + k;
}

/** A Hijri era mark after a year («1446 هـ», «١٤٤٧هـ»). */
export const hijriEra = (n = 'era'): string => `(?: *${g(n, L.HIJRI_ERA.source)}(?!${LETTER}))`;
/** A relative modifier. */
export const rel = (n = 'rel'): string => g(n, L.REL.source);
/** A definite weekday. */
export const weekday = (n = 'wd'): string => g(n, L.WEEKDAY.source);
/** Optional weekday written before a date («الجمعة 19 ماي», «الإثنين، 12 يناير»). */
export const weekdayBefore = (n = 'wd'): string => opt(`${weekday(n)}[ ،,]+`);
/** A relative day word, «اليوم» not before the nouns that make it a name («اليوم الوطني»). */
export const relDay = (n = 'rd'): string => `${g(n, L.REL_DAY.source)}(?! +${W(TODAY_BLOCKERS)}(?!${LETTER}))`;
/** Optional relative day written before a date («أمس 6 ديسمبر»). */
export const relDayBefore = (n = 'rd'): string => opt(`${relDay(n)}[ ،,]+`);
/** A cardinal number: digits or words. */
export const count = (n: string): string => `(?:${g(n, '\\d{1,4}')}|${g(`${n}w`, L.CARDINAL.source)})`;

/** The number a `count(n)` matched. */
export function readCount(gr: Groups, n: string): number | null {
  if (gr[n] !== undefined) return Number(gr[n]);
  return L.CARDINAL.get(gr[`${n}w`]) ?? null;
}

/** Signals that license bare month names («في شباط»), kept outside the surface. */
export const monthLead = `(?<lead>${W(DATE_SIGNALS)} +|${L.PART.source} +)`;
/** Signals that license bare Hijri months (no «من»/«مع»: «مع رجب طيب أردوغان»). */
export const hijriLead = `(?<lead>${W(DATE_SIGNALS.filter((s) => s !== 'من' && s !== 'مع'))} +|${L.PART.source} +)`;
/** Signals that license a bare year («منذ 1950», «أواخر 2019»). */
export const yearLead = `(?<lead>${W(YEAR_SIGNALS)} +|${L.PART.source} +)`;
/** Range connectors between two days or dates. */
export const rangeConnector = `(?: *- *| +${W(RANGE_CONNECTORS)} +| +و *)`;
/** Words before a range that let «و» join it («بين», «يومي»). */
export const betweenWords = W(BETWEEN_WORDS);
/** Not inside a name: «ملعب 5 جويلية» is a stadium. */
export const notInName = `(?<!${W(DATE_NAME_HEADS)} +)`;
/** A movement or event named by its day («قوى 14 آذار»): tagged only when its year is written. */
// (an empty last alternative, not `?`: a quantified group may not match the empty lookbehind)
export const eventName = `(?:(?<evname>(?<=${W(EVENT_NAME_HEADS)} +))|)`;
/** Not the prayer: «صلاة الجمعة». */
export const notPrayer = `(?<!${W(FRIDAY_PRAYER_HEADS)} +)`;
/** Not "the two" (words before): «بين الاثنين». */
export const notTwoBefore = `(?<!${W(TWO_BEFORE)} +)`;
/** Not "the two" (words after): «الاثنين الآخرين». */
export const notTwoAfter = `(?! +${W(TWO_AFTER)}(?!${LETTER}))`;
/** «العام» not as the adjective "general" («الأمين العام»). */
export const notGeneral = `(?<!${W(GENERAL_HEADS)} +)`;
/** Not a non-calendar year («السنة الدراسية»). */
export const notNonCalendar = `(?! +${W(NON_CALENDAR_YEAR)}(?!${LETTER}))`;

/** An anchor made of literal words (folded): `heads(['كل'])`. */
export const heads = (words: readonly string[]): { heads: ReadonlySet<string> } => ({
  heads: new Set(words.map((w) => L.folder.foldWord(w).split(' ')[0]!)),
});
/** A set of folded words, for refiner `ends`: `wordSet(['يوم'])`. */
export const wordSet = (words: readonly string[]): ReadonlySet<string> => new Set(words.map((w) => L.folder.foldWord(w)));
/** The anchor "any number". */
export const NUMBER = 'number' as const;
