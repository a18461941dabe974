/**
 * The Arabic word lists compiled once into matchers (regex alternations plus lookups). Rules use
 * these through fragments.ts; the lists themselves live in the data modules beside this one.
 */
import { compileLexicon, type LexEntry, type Lexicon } from '../../../time/lexicon.js';
import { createFolder } from '../../../time/match-text.js';
import type { DurationUnit } from '../../../time/format.js';
import { AR_FOLD } from './fold.js';
import { HOLIDAYS, type HolidayRule } from './holidays.js';
import * as M from './months.js';
import * as N from './numbers.js';
import * as P from './periods.js';
import * as R from './relative.js';
import { FREQUENCY_ADVERBS, UNITS } from './units.js';
import { WEEKDAYS, WEEKDAYS_BARE } from './weekdays.js';

/** The Arabic folder (the matching form of texts and lexicon words). */
export const folder = createFolder(AR_FOLD);

const lex = <T>(entries: readonly LexEntry<T>[]): Lexicon<T> => compileLexicon(folder, entries);
const words = (forms: readonly string[]): Lexicon<true> => lex([{ forms, value: true as const }]);
const numbered = (lists: readonly (readonly string[])[], from = 1): LexEntry<number>[] =>
  lists.map((forms, i) => ({ forms, value: i + from }));

/** «العام» after the preposition «ل» is written «للعام»: accept «لعام» for every «ال» form. */
export function withArticleVariants(forms: readonly string[]): string[] {
  return forms.flatMap((f) => (f.startsWith('ال') ? [f, `ل${f.slice(2)}`] : [f]));
}

const gregorianSystems = [M.EGYPTIAN_GULF, M.LEVANTINE, M.MAGHREBI, M.MOROCCAN, M.MAURITANIAN];

/** Every Gregorian month name, Libyan and English included: used next to a day or a year. */
export const MONTH_ALL = lex([...gregorianSystems, M.ENGLISH, M.LIBYAN].flatMap((s) => numbered(s)));
/** Month names that may stand with only a modifier or a signal («جانفي الماضي», «في شباط»). */
export const MONTH_FREE = lex([
  ...gregorianSystems.flatMap((s) => numbered(s)),
  ...numbered(M.LIBYAN).filter((e) => e.forms.some((f) => M.LIBYAN_UNAMBIGUOUS.includes(f))),
]);
/** Month names after «شهر» (Libyan included, English not). */
export const MONTH_NAMED = lex([...gregorianSystems, M.LIBYAN].flatMap((s) => numbered(s)));
/** Hijri months. */
export const HIJRI_MONTH = lex(numbered(M.HIJRI));
/** Hijri era words after a year. */
export const HIJRI_ERA = words(M.HIJRI_ERA);
/** Gregorian era words after a year. */
export const GREGORIAN_ERA = words(M.GREGORIAN_ERA);
/** The Libyan era «و.ر». */
export const LIBYAN_ERA = words(M.LIBYAN_ERA.forms);

/** Definite weekdays (ISO numbers). */
export const WEEKDAY = lex(WEEKDAYS.map((e) => ({ forms: e.forms, value: e.value })));
/** Weekdays without the article (after «يوم»). */
export const WEEKDAY_BARE = lex(WEEKDAYS_BARE.map((e) => ({ forms: e.forms, value: e.value })));

function cardinalEntries(): LexEntry<number>[] {
  const out: LexEntry<number>[] = numbered(N.CARDINAL_UNITS);
  out.push({ forms: N.CARDINAL_ELEVEN, value: 11 }, { forms: N.CARDINAL_TWELVE, value: 12 });
  for (let u = 3; u <= 9; u++) {
    out.push({ forms: N.CARDINAL_UNITS[u - 1]!.flatMap((f) => N.TEEN_TENS.map((t) => `${f} ${t}`)), value: 10 + u });
  }
  N.CARDINAL_TENS.forEach((tens, i) => {
    const ten = (i + 2) * 10;
    out.push({ forms: tens, value: ten });
    const ones = [N.COMPOUND_ONES, N.CARDINAL_UNITS[1]!, ...N.CARDINAL_UNITS.slice(2, 9)];
    ones.forEach((forms, k) => out.push({ forms: forms.flatMap((f) => tens.map((t) => `${f} و${t}`)), value: ten + k + 1 }));
  });
  return [...out, ...N.CARDINAL_BIG];
}
const CARDINAL_ENTRIES = cardinalEntries();
/** Cardinal number words 1–99 (and hundreds): «ثلاثة», «أربع وعشرين». */
export const CARDINAL = lex(CARDINAL_ENTRIES);
/** Definite cardinals after a definite plural: «الأيام العشرة», «الساعات الأربع والعشرين». */
export const CARDINAL_DEF = lex(CARDINAL_ENTRIES.map((e) => ({ value: e.value, forms: e.forms.map(definiteNumber) })));

/** «خمسة وعشرين» → «الخمسة والعشرين»; «سبعة عشر» → «السبعة عشر» (the article on the first part only). */
function definiteNumber(form: string): string {
  return form
    .split(' ')
    .map((w, i) => (i === 0 ? `ال${w}` : w.startsWith('و') ? `وال${w.slice(1)}` : w))
    .join(' ');
}

function ordinalEntries(max: number): LexEntry<number>[] {
  const out = numbered(N.ORDINAL_UNITS_M);
  N.ORDINAL_COMPOUND_ONES_M.forEach((forms, i) => out.push({ forms: forms.map((f) => `${f} عشر`), value: 11 + i }));
  N.ORDINAL_TENS_M.forEach((tens, t) => {
    const ten = (t + 2) * 10;
    out.push({ forms: tens, value: ten });
    N.ORDINAL_COMPOUND_ONES_M.forEach((forms, i) =>
      out.push({ forms: forms.flatMap((f) => tens.map((x) => `${f} و${x}`)), value: ten + i + 1 }),
    );
  });
  return out.filter((e) => e.value <= max);
}
/** Masculine ordinals for days 1–31 («الثالث», «الحادي عشر», «الخامس والعشرين»). */
export const ORDINAL_DAY = lex([...ordinalEntries(31), { forms: N.FIRST_DAY_DEFINITE, value: 1 }]);
/** Words that are day 1 on their own («فاتح», «غرة»). */
export const FIRST_DAY = lex([{ forms: N.FIRST_DAY_WORDS, value: 1 }]);
/** Ordinals of centuries (1–21). */
export const ORDINAL_CENTURY = lex(ordinalEntries(21));
/** Ordinals of decades inside a century (1–10). */
export const ORDINAL_DECADE = lex(ordinalEntries(10));
/** Clock hours as feminine ordinals. */
export const HOUR_WORD = lex(numbered(N.HOUR_WORDS));
/** Fractions after «و» («والنصف»). */
export const FRACTION = lex(N.FRACTIONS);
/** Fractions before a unit («نصف ساعة»). */
export const UNIT_FRACTION = lex(N.UNIT_FRACTIONS);
/** Vague quantities («عدة»). */
export const VAGUE = words(N.VAGUE_QUANTITY);

/** A unit with the count its form carries: dual 2, singular 1, plural unknown. */
export interface UnitValue {
  unit: DurationUnit;
  count: 1 | 2 | null;
}
/** Units in every indefinite form. */
export const UNIT = lex<UnitValue>(
  UNITS.flatMap((u) => [
    { forms: u.singular, value: { unit: u.unit, count: 1 as const } },
    { forms: u.dual, value: { unit: u.unit, count: 2 as const } },
    { forms: u.plural, value: { unit: u.unit, count: null } },
  ]),
);
/** Definite plural units («الأيام»). */
export const UNIT_DEF = lex(UNITS.map((u) => ({ forms: u.definitePlural, value: u.unit })));
/** Definite dual units («العامين»). */
export const UNIT_DEF_DUAL = lex(UNITS.map((u) => ({ forms: u.definiteDual, value: u.unit })));
/** SET adverbs («سنويا»). */
export const FREQ_ADVERB = lex(FREQUENCY_ADVERBS.map((f) => ({ forms: f.forms, value: f.unit })));

/** Relative modifiers (-1, 0, +1). */
export const REL = lex(R.REL_MODIFIERS);
/** «قبل الماضي» (-2), «بعد المقبل» (+2). */
export const REL_TWO = lex(R.REL_TWO);
/** «الجديد». */
export const NEW = words(R.NEW_WORDS);
/** Relative day words (offset in days). */
export const REL_DAY = lex(R.RELATIVE_DAYS);
/** Anaphoric adjectives (offset in units). */
export const ANAPHORIC = lex(R.ANAPHORIC);
/** Vague reference words. */
export const REF = lex(R.REF_WORDS);
/** Day-part adverbs after a day. */
export const DAY_PART_ADVERB = lex(R.DAY_PART_ADVERBS);
/** Reference nouns after «في». */
export const REF_NOUN = lex(R.REF_NOUNS);
/** Approximators and comparatives (mod). */
export const QUANTIFIER = lex(R.QUANTIFIERS);
/** Holidays. */
export const HOLIDAY = lex<HolidayRule>(HOLIDAYS);

/** Part-of-period words (mod). */
export const PART = lex(P.PART_OF_PERIOD);
/** Parts of the day before a day. */
export const DAY_PART = lex(P.DAY_PARTS);
/** Adverbs after a clock time. */
export const CLOCK_ADVERB = lex(P.CLOCK_ADVERBS);
/** Clock adverbs long enough to follow a bare number («5 مساء», not «5 م»). */
export const CLOCK_ADVERB_LONG = lex(P.CLOCK_ADVERBS.map((e) => ({ value: e.value, forms: e.forms.filter((f) => f.length > 2) })));
/** «الليلة». */
export const TONIGHT = lex(P.TONIGHT);
/** Day parts after a clock time and «من». */
export const CLOCK_DAY_PART = lex(P.CLOCK_DAY_PARTS);
/** Seasons without and with the article. */
export const SEASON = lex(P.SEASONS);
/** Definite seasons. */
export const SEASON_DEF = lex(P.SEASONS_DEFINITE);
/** Quarter and half nouns. */
export const YEAR_PART = lex(P.YEAR_PARTS);
/** Ordinals of quarters and halves. */
export const PART_ORDINAL = lex(P.PART_ORDINALS);
/** Decade words. */
export const DECADE = lex(P.DECADES);
/** Period nouns («الأسبوع», «العام»), also after «ل» («للعام»). */
export const PERIOD_NOUN = lex(P.PERIOD_NOUNS.map((e) => ({ value: e.value, forms: withArticleVariants(e.forms) })));
