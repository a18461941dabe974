/**
 * The vocabulary of the temporal engine: what a rule is, what it returns, and what a language
 * pack must supply. Nothing here knows a language; `src/lang/<code>/time/` fills these shapes.
 */
import type { Timex } from '../core/document.js';
import type { Dct } from './dct.js';

/** TIMEX3 types. */
export type TimexType = Timex['type'];

/** A tagged expression: a core Timex plus the SET frequency (`2X`) when the text gives one. */
export interface TimexOut extends Timex {
  freq?: string;
  /** the DCT this expression implies (see Resolved.impliesDct), once anchored */
  impliesDct?: string;
}

/** Tense of the clause around an expression, read from cue words. */
export type Tense = 'past' | 'present' | 'future' | null;

/** How precise a calendar value is. */
export type Granularity = 'day' | 'week' | 'month' | 'year';

/**
 * The calendar parts of a Gregorian date, kept so later steps (ranges, anaphora) can re-derive
 * values: a range copies a missing year from its other end.
 */
export interface CalParts {
  y: number | null;
  m: number | null;
  d: number | null;
  /** the year was written, not inferred */
  explicitYear: boolean;
}

/** An offset counted from the closest date before the expression, instead of from the DCT. */
export interface Anaphor {
  unit: 'day' | 'week' | 'month' | 'year';
  amount: number;
  /** granularity of the resulting value */
  gran: Granularity;
  /** strong: always counts from a previous date; weak: only from one in the same clause chain */
  strength: 'strong' | 'weak';
  /** appended to the value once resolved (a part of day: `TMO`) */
  suffix?: string;
}

/** What a rule or refiner makes of a match. */
export interface Resolved {
  type: TimexType;
  value: string;
  mod?: string | null;
  freq?: string;
  /** Gregorian parts for range merging; absent for non-calendar values */
  cal?: CalParts;
  /** resolve against the closest previous date (engine step "anaphora") */
  anaphor?: Anaphor;
  /** this value may serve as the anchor of a later anaphor */
  anchor?: boolean;
  /** the calendar the text wrote the date in, when not Gregorian (ranges never mix calendars) */
  calendar?: 'hijri';
  /**
   * What the expression tells about the DCT itself, for undated texts: «أمس 6 ديسمبر» implies
   * `XXXX-12-07`, «ديسمبر الجاري» implies `XXXX-12` (the year may come from the narrative).
   */
  impliesDct?: string;
  /** a name that looks like a date («قوى 14 آذار»): it claims its span, so no shorter reading
   * inside it is tagged, and is itself dropped */
  blocked?: boolean;
}

/** What rules may ask about the place they matched. */
export interface RuleContext {
  /** the document creation time, or null when the text is undated */
  dct: Dct | null;
  /** tense of the clause around the match (computed on demand) */
  tense(): Tense;
  /** the matching form of the whole text and the match's surface span in it */
  norm: string;
  start: number;
  end: number;
  /** the original text of a matching-form span (default: the match), to see what folding hid */
  original(start?: number, end?: number): string;
}

/** Named groups of a match, as matching-form text with runs of spaces collapsed. */
export type Groups = Readonly<Record<string, string | undefined>>;

/** One expected expression in a rule example. */
export interface ExpectedTimex {
  text: string;
  value: string;
  type?: TimexType;
  mod?: string | null;
}

/** A worked example carried by a rule: tagging `text` at `dct` gives exactly `expected`. */
export interface RuleExample {
  text: string;
  dct: string | null;
  expected: ExpectedTimex[];
}

/**
 * What makes the engine try a rule at a place: a word from a set of heads (first words of
 * lexicon forms, folded), or any number.
 */
export type RuleAnchor = { readonly heads: ReadonlySet<string> } | 'number';

/**
 * A pattern rule. `pattern` is a regular expression source over the matching form of the text,
 * built from lexicon fragments with named groups. Groups whose names start with `lead` or
 * `trail` are context: they must match but stay outside the expression's surface.
 *
 * The engine does not scan the whole text with every rule: it tries `pattern` only where one of
 * its `anchors` occurs, starting at that word or at most `back` words before it.
 */
export interface TimexRule {
  name: string;
  pattern: string;
  anchors: readonly RuleAnchor[];
  /** how many words before an anchor the match may start (default 0) */
  back?: number;
  normalize(g: Groups, ctx: RuleContext): Resolved | null;
  /** breaks ties between candidates of equal length; higher wins (default 0) */
  priority?: number;
  examples: RuleExample[];
}

/** A candidate expression while the engine works: a span of the matching text and its value. */
export interface Candidate extends Resolved {
  start: number;
  end: number;
  rule: string;
}

/**
 * Extends an expression over words just before it (part of a period, part of a day, an
 * approximator). `pattern` must match at the end of the text before the candidate.
 */
export interface PrefixRefiner {
  kind: 'prefix';
  name: string;
  pattern: string;
  /**
   * The words that can end the prefix (last words of its lexicon forms, folded; 'number' for a
   * number). The engine tries the pattern only when the word before an expression is one.
   */
  ends: readonly (ReadonlySet<string> | 'number')[];
  apply(c: Candidate, g: Groups, ctx: RuleContext): Resolved | null;
  examples: RuleExample[];
}

/** Extends an expression over words just after it ("… of every year"). */
export interface SuffixRefiner {
  kind: 'suffix';
  name: string;
  pattern: string;
  apply(c: Candidate, g: Groups, ctx: RuleContext): Resolved | null;
  examples: RuleExample[];
}

/** Joins two neighbouring expressions whose gap matches `gap` entirely (ranges, date + clock). */
export interface PairRefiner {
  kind: 'pair';
  name: string;
  gap: string;
  /** optional context that must end right before the first expression (e.g. "between") */
  lead?: string;
  join(a: Candidate, b: Candidate, g: Groups, ctx: RuleContext): Resolved | null;
  examples: RuleExample[];
}

/** Any refiner; they run in the order the language lists them. */
export type Refiner = PrefixRefiner | SuffixRefiner | PairRefiner;

/** Character folding that turns text into its matching form (same length minus dropped marks). */
export interface FoldSpec {
  /** single characters replaced by one character */
  map: Readonly<Record<string, string>>;
  /** combining marks dropped from the matching form; a span ending before them keeps them */
  marks: string;
  /** invisible format characters dropped from the matching form */
  ignorable: string;
  /** marks that stand for a character when no letter touches them («19 ـ 25»: a dash) */
  isolated?: Readonly<Record<string, string>>;
}

/** Words and patterns that tell the tense of a clause. */
export interface TenseCues {
  future: readonly string[];
  past: readonly string[];
  present: readonly string[];
  /** morphological cues, regex sources tested on whole words */
  futurePattern: string;
  pastPattern: string;
  presentPattern: string;
  /** words the patterns must ignore (nouns that look like verbs) */
  notVerbs: readonly string[];
  /** proclitics stripped from a word before the tests */
  proclitics: string;
  /** prepositions: the word after one is a noun, never a verb cue («على وقع الأزمة») */
  prepositions: readonly string[];
  /** complementizers: the reporting verb before one («أعلنت … أن») is not the clause's tense */
  clauseBreaks: readonly string[];
  /** relative pronouns: a verb after one belongs to another clause («…، والذي يسعى») */
  relativePronouns: readonly string[];
  /** punctuation that ends a clause for the forward look */
  clausePunctuation: string;
  /**
   * Imperfective shape (regex source on a word without proclitics). A word of this shape is read
   * as an imperfective only where a verb must stand, after one of `verbSlots` («التي تبدأ»,
   * «أن تعقد»): elsewhere «تعاون» and «تقرير» are nouns, and «وتجمع» may be a perfective.
   */
  imperfectiveShape: string;
  verbSlots: readonly string[];
}

/** Everything the engine needs from a language. */
export interface TimeLanguage {
  code: string;
  fold: FoldSpec;
  /** proclitics that may be glued to the first word of an expression and stay outside it */
  proclitics: readonly string[];
  tense: TenseCues;
  /** characters that end a sentence (anaphora and tense do not look past them) */
  sentenceEnd: string;
  /** regex source for a clause opening: what may stand between a sentence start and an anaphor */
  clauseOpening: string;
  rules: readonly TimexRule[];
  refiners: readonly Refiner[];
}
