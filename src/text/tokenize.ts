import type { Clitic, Token } from '../core/document.js';
import { defaultLanguage } from '../lang/index.js';
import type { LanguagePack } from '../lang/language.js';
import {
  C_DIGIT,
  C_FORMAT,
  C_HIGH,
  C_LETTER_LATIN,
  C_LETTER_MAIN,
  C_LETTER_OTHER,
  C_LOW,
  C_MARK,
  C_PUNCT,
  C_SPACE,
  charClassesFor,
  type CharClasses,
} from './char-class.js';
import { normalizeDetailed, type NormalizedText } from './normalize.js';
import type { WordView } from './clitic-readings.js';
import { cannotSplit, choose, relativeSegmentation, segmentContext, type SegmentContext, type SegmentOptions } from './segment.js';
import { SegmentCache } from './segment-cache.js';

/**
 * The tokenizer: one pass over the text with a precomputed class per code unit. Words run while
 * the script stays the same (العربيةEnglish is two tokens); numbers keep their inner separators
 * (3.5، 1,200، 22.01.2025، 10:30، ٣٫٥) but a hyphen splits them (4-6 is three tokens); URLs,
 * e-mail addresses, hashtags and @mentions are single tokens; Latin words keep inner hyphens and
 * apostrophes (F-16, al-Sisi, don't) and initialisms their dots (U.S.). Words of the language
 * pack's script get clitic segmentation (segment.ts).
 */

/** Options of `tokenize`: the segmentation options, applied to every word. */
export type TokenizeOptions = SegmentOptions;

type Kind = Token['kind'];
type Special = NonNullable<Token['special']>;

const NUMBER_JOINERS = '.,:/\u066b\u066c';
const URL_STOP = '<>"«»“”‘’\u060c\u061b';
const URL_TRAILING = '.,;:!?\'\u061f)]}';

function isAsciiAlnum(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

function isLetterClass(k: number): boolean {
  return k === C_LETTER_MAIN || k === C_LETTER_LATIN || k === C_LETTER_OTHER;
}

function startsWithCI(text: string, i: number, s: string): boolean {
  if (i + s.length > text.length) return false;
  for (let k = 0; k < s.length; k++) {
    let c = text.charCodeAt(i + k);
    if (c >= 0x41 && c <= 0x5a) c += 0x20;
    if (c !== s.charCodeAt(k)) return false;
  }
  return true;
}

class Scanner {
  readonly tokens: Token[] = [];
  private readonly cache: SegmentCache;
  private readonly len: number;
  private readonly enders: string;

  constructor(
    private readonly text: string,
    private readonly cls: CharClasses,
    private readonly d: NormalizedText,
    private readonly seg: SegmentContext,
    lang: LanguagePack,
  ) {
    this.len = text.length;
    this.enders = lang.punctuation.sentenceEnders;
    this.cache = new SegmentCache(seg);
  }

  private k(i: number): number {
    return i >= 0 && i < this.len ? this.cls.of(this.text.charCodeAt(i)) : C_SPACE;
  }

  private push(start: number, end: number, kind: Kind, special?: Special): Token {
    const { d } = this;
    const text = this.text.slice(start, end);
    // most tokens normalise to themselves: reuse the string rather than cut another
    let same = true;
    for (let i = start; i < end && same; i++) same = d.changed[i] === 0;
    const norm = same ? text : d.norm.slice(d.toNorm[start], d.toNorm[end]);
    const tok: Token = { start, end, text, norm, kind, stem: { start, end }, stemNorm: norm, clitics: [] };
    if (special) {
      tok.special = special;
      if (special === 'hashtag' || special === 'mention') {
        tok.stem = { start: start + 1, end };
        tok.stemNorm = d.norm.slice(d.toNorm[start + 1], d.toNorm[end]);
      }
    }
    this.tokens.push(tok);
    return tok;
  }

  private pushMainWord(start: number, end: number): void {
    const { d } = this;
    const tok = this.push(start, end, 'word');
    if (cannotSplit(d.light, d.toNorm[start]!, d.toNorm[end]!, this.seg)) return;
    let seg = this.cache.find(this.text, start, end, tok.text);
    if (seg === undefined) {
      const v: WordView = { norm: d.norm, light: d.light, src: d.src, lo: d.toNorm[start]!, hi: d.toNorm[end]!, end };
      const c = choose(v, this.seg);
      seg = c ? relativeSegmentation(v, c, start) : null;
      this.cache.remember(tok.text, seg);
    }
    if (!seg) return;
    const clitics: Clitic[] = [];
    for (const k of seg.clitics) clitics.push({ form: k.form, role: k.role, start: k.start + start, end: k.end + start });
    tok.clitics = clitics;
    tok.stem = { start: seg.stem.start + start, end: seg.stem.end + start };
    tok.stemNorm = seg.stemNorm;
  }

  run(): Token[] {
    const { text, len } = this;
    let i = 0;
    while (i < len) {
      const c = text.charCodeAt(i);
      const k = this.cls.of(c);
      if (k === C_SPACE || k === C_FORMAT) {
        i++;
        continue;
      }
      let j: number;
      if ((c | 0x20) === 0x68 || (c | 0x20) === 0x77) {
        if ((j = this.url(i)) > i) {
          this.push(i, j, 'symbol', 'url');
          i = j;
          continue;
        }
      }
      if (isAsciiAlnum(c) && (j = this.email(i)) > i) {
        this.push(i, j, 'symbol', 'email');
        i = j;
      } else if (c === 0x23 && (j = this.hashtag(i)) > i + 1) {
        this.push(i, j, 'word', 'hashtag');
        i = j;
      } else if (c === 0x40 && isAsciiAlnum(text.charCodeAt(i + 1) || 0)) {
        j = i + 1;
        while (j < len && (isAsciiAlnum(text.charCodeAt(j)) || text.charCodeAt(j) === 0x5f)) j++;
        this.push(i, j, 'word', 'mention');
        i = j;
      } else if (k === C_DIGIT) {
        j = i + 1;
        while (j < len) {
          if (this.k(j) === C_DIGIT) j++;
          else if (NUMBER_JOINERS.includes(text[j]!) && this.k(j + 1) === C_DIGIT) j += 2;
          else break;
        }
        this.push(i, j, 'number');
        i = j;
      } else if (k === C_LETTER_LATIN) {
        i = this.latinWord(i);
      } else if (k === C_LETTER_MAIN || k === C_LETTER_OTHER || k === C_MARK) {
        i = this.word(i, k);
      } else if (k === C_PUNCT) {
        j = i + 1;
        if (this.enders.includes(text[i]!)) while (j < len && this.enders.includes(text[j]!)) j++;
        this.push(i, j, 'punct');
        i = j;
      } else {
        j = k === C_HIGH && this.k(i + 1) === C_LOW ? i + 2 : i + 1;
        while (this.k(j) === C_MARK) j++; // emoji variation selectors and skin tones stay on their symbol
        this.push(i, j, 'symbol');
        i = j;
      }
    }
    return this.tokens;
  }

  /** A word of one script from `i`; format characters inside it (ZWNJ) stay, at its edges they go. */
  private word(i: number, k0: number): number {
    let script = k0 === C_MARK ? 0 : k0;
    let j = i + 1;
    while (j < this.len) {
      const k = this.k(j);
      if (k === C_MARK) j++;
      else if (k === C_LETTER_MAIN || k === C_LETTER_OTHER || k === C_LETTER_LATIN) {
        if (script === 0) script = k;
        else if (k !== script) break;
        j++;
      } else if (k === C_FORMAT) {
        let m = j + 1;
        while (this.k(m) === C_FORMAT) m++;
        const km = this.k(m);
        if (km === C_MARK || (km === script && script !== 0)) j = m;
        else break;
      } else break;
    }
    if (script === C_LETTER_MAIN) this.pushMainWord(i, j);
    else this.push(i, j, script === 0 ? 'symbol' : 'word');
    return j;
  }

  /** A Latin word: letters and digits, inner hyphens and apostrophes, or an initialism (U.S.). */
  private latinWord(i: number): number {
    const { text, len } = this;
    let m = i;
    let pairs = 0;
    while (this.k(m) === C_LETTER_LATIN && text.charCodeAt(m + 1) === 0x2e) {
      pairs++;
      m += 2;
    }
    if (pairs >= 2) {
      this.push(i, m, 'word');
      return m;
    }
    let j = i + 1;
    while (j < len) {
      const k = this.k(j);
      const c = text.charCodeAt(j);
      if (k === C_LETTER_LATIN || k === C_MARK || k === C_DIGIT) j++;
      else if ((c === 0x2d || c === 0x27 || c === 0x2019) && (this.k(j + 1) === C_LETTER_LATIN || (c === 0x2d && this.k(j + 1) === C_DIGIT))) j += 2;
      else break;
    }
    this.push(i, j, 'word');
    return j;
  }

  private hashtag(i: number): number {
    let j = i + 1;
    while (j < this.len) {
      const k = this.k(j);
      if (k === C_LETTER_MAIN || k === C_LETTER_LATIN || k === C_LETTER_OTHER || k === C_MARK || k === C_DIGIT || this.text.charCodeAt(j) === 0x5f) j++;
      else if (k === C_FORMAT && j > i + 1 && isLetterClass(this.k(j + 1))) j++;
      else break;
    }
    return j;
  }

  private url(i: number): number {
    const { text, len } = this;
    if (!startsWithCI(text, i, 'http://') && !startsWithCI(text, i, 'https://') && !startsWithCI(text, i, 'www.')) return i;
    let j = i;
    while (j < len && this.k(j) !== C_SPACE && !URL_STOP.includes(text[j]!)) j++;
    const body = text.slice(i, j);
    while (j > i && URL_TRAILING.includes(text[j - 1]!) && !(text[j - 1] === ')' && body.includes('('))) j--;
    return j > i + 4 ? j : i;
  }

  private email(i: number): number {
    const { text, len } = this;
    // a local part is at most 64 characters: the bound also keeps a long run without spaces
    // (a%b%c…) from being rescanned at every word start
    const limit = Math.min(len, i + 64);
    let j = i;
    while (j < limit && (isAsciiAlnum(text.charCodeAt(j)) || '._%+-'.includes(text[j]!))) j++;
    if (text.charCodeAt(j) !== 0x40 || !isAsciiAlnum(text.charCodeAt(j + 1) || 0)) return i;
    let m = j + 1;
    while (m < len && (isAsciiAlnum(text.charCodeAt(m)) || text[m] === '.' || text[m] === '-')) m++;
    while (m > j + 1 && (text[m - 1] === '.' || text[m - 1] === '-')) m--;
    // the domain needs an inner dot with a name on both sides (mod.gov.sa, not a@.b or a@b.)
    const dot = text.lastIndexOf('.', m - 1);
    return dot > j + 1 && dot < m - 1 ? m : i;
  }
}

/**
 * Splits text into tokens with surface spans, normalised forms and clitics:
 * `tokenize('وبالجزائر 3.5%')` → وبالجزائر (clitics و ب ال, stem جزائر), 3.5, %.
 */
export function tokenize(text: string, options: TokenizeOptions = {}): Token[] {
  const lang = options.lang ?? defaultLanguage;
  const d = normalizeDetailed(text, lang);
  return new Scanner(text, charClassesFor(lang.script), d, segmentContext(options), lang).run();
}
