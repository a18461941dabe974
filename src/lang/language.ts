import type { Clitic } from '../core/document.js';

/**
 * What an engine needs to know about a language. Engines (normaliser, tokenizer, clitic
 * segmenter, sentence splitter) read only this: adding a language means a new folder beside
 * `ar/` that fills this interface, not new engine code.
 */
export interface LanguagePack {
  /** BCP 47 code, as in `doc.meta.language`, e.g. `ar` */
  code: string;
  /** Unicode script whose words get clitic segmentation (`Arabic`); words in other scripts pass whole */
  script: string;
  orthography: Orthography;
  clitics: CliticGrammar;
  abbreviations: readonly Abbreviation[];
  punctuation: Punctuation;
}

/** An inclusive range of UTF-16 code units, `[first, last]`. */
export type CharRange = readonly [first: number, last: number];

/** How text is folded for matching; every rule maps one code unit to nothing or to one code unit. */
export interface Orthography {
  /** code units removed for matching (diacritics, elongation) */
  deleted: readonly CharRange[];
  /** one-to-one replacements (letter variants, digits, punctuation), keyed by the source character */
  replacements: Readonly<Record<string, string>>;
  /** ranges folded by Unicode NFKC first (presentation forms), then by the rules above */
  compatibility: readonly CharRange[];
}

/** One way a clitic can be written in one slot of the proclitic chain. */
export interface CliticForm {
  /** canonical form, reported in `Clitic.form` (the article is `ال` even where it is written `ل`) */
  form: string;
  role: Clitic['role'];
  /** how it is written when that differs from `form`: the article after the preposition ل is written ل (لل) */
  surface?: string;
  /** only directly after this clitic form */
  after?: string;
  /** only when the next letter is one of these (the future marker before an imperfect prefix) */
  before?: string;
  /** never taken without a lexicon confirming the stem: the form collides with too many word starts */
  lexiconOnly?: boolean;
}

/** A position in the proclitic chain; at most one form per slot, slots in reading order. */
export interface CliticSlot {
  forms: readonly CliticForm[];
  /** a chain ending in this slot (the article) is taken without a lexicon when the stem is long enough */
  anchor?: boolean;
}

/** A pronoun suffix. */
export interface EncliticForm {
  form: string;
  role: Clitic['role'];
  /** may be split without a lexicon when a caller asks for enclitics and the stem stays long enough */
  safe: boolean;
}

/** A letter a stem may show only once an enclitic is taken off, restored for matching (تـ → ة). */
export interface StemRestoration {
  /** the stem's last letter as written before the suffix */
  from: string;
  /** the letter the stem ends with when it stands alone */
  to: string;
  /** not when the letter before is this one (قوات stays قوات: ات is a plural ending) */
  notAfter?: string;
  /** also applied when no lexicon confirms the stem; otherwise only offered as a candidate */
  guess?: boolean;
}

/** The clitic system of a language, as data the segmenter walks. */
export interface CliticGrammar {
  proclitics: readonly CliticSlot[];
  /** longest first */
  enclitics: readonly EncliticForm[];
  /** letters that begin a word but essentially never follow a proclitic letter inside one (hamza on alef) */
  wordInitial: string;
  restorations: readonly StemRestoration[];
  /** words (any spelling; compared normalised) never split into proclitics and known as stems */
  protectedWords: readonly string[];
  /** closed-class words compared letter for letter (diacritics off, hamza kept): stems known without a lexicon */
  functionWords: readonly string[];
}

/** An abbreviation whose dot does not end a sentence. */
export interface Abbreviation {
  /** as written before its dot, without diacritics; Latin compared case-insensitively */
  form: string;
  /** what it stands for, for readers of the data */
  expansion: string;
}

/** Punctuation the tokenizer and the sentence splitter treat specially. */
export interface Punctuation {
  /** characters that end a sentence (`.` `!` `?` `؟`); runs of them form one token */
  sentenceEnders: string;
  /** characters that are an ellipsis on their own (`…`); a run of two or more dots is one too */
  ellipses: string;
  /** paired delimiters `[open, close]`; an identical pair (`"`) toggles */
  pairs: readonly (readonly [open: string, close: string])[];
}
