import type { Sentence, Token } from '../core/document.js';
import { DEFAULT_SETTINGS, type Settings } from '../core/settings.js';
import { defaultLanguage } from '../lang/index.js';
import type { LanguagePack } from '../lang/language.js';
import { normalize } from './normalize.js';

/**
 * Sentence splitting over tokens. The rules, in order:
 * 1. a line break always ends a sentence (paragraphs, headlines, list items);
 * 2. otherwise a sentence ends after a token of sentence-ending punctuation (. ! ? ؟ or a run of
 *    them), together with the closing quotes, brackets and further enders right after it (».);
 * 3. except after an ellipsis (… or ..), which Arabic news uses as a pause inside a sentence;
 * 4. except a dot right after an abbreviation: a listed one, or any single letter (د. أحمد،
 *    أ.ف.ب), unless that letter follows a number (2025 م. is an era mark that ends sentences);
 *    and a dot after a number opening the sentence (a list item: 1.);
 * 5. except inside a paired quotation or bracket of at most `longQuoteTokens` tokens: a short
 *    quotation stays in the sentence that quotes it, a long one may hold several sentences;
 * 6. except when the next token continues the sentence: lowercase Latin (e.g. the), or a
 *    comma, semicolon, colon or closing bracket.
 */

/** Options of `splitSentences`. */
export interface SentenceOptions {
  lang?: LanguagePack;
  settings?: Partial<Pick<Settings['text'], 'maxAbbreviationLength' | 'longQuoteTokens'>>;
}

const LINE_BREAKS = '\n\r\u2028\u2029\u0085\u000b\u000c';
const CONTINUATIONS = new Set([',', ';', ':']);

interface Compiled {
  abbreviations: Set<string>;
  openers: Map<string, string>;
  closers: Set<string>;
}

const compiledPacks = new WeakMap<LanguagePack, Compiled>();

function compile(lang: LanguagePack): Compiled {
  let c = compiledPacks.get(lang);
  if (!c) {
    c = {
      abbreviations: new Set(lang.abbreviations.map((a) => normalize(a.form, lang))),
      openers: new Map(lang.punctuation.pairs.map(([o, cl]) => [o, cl])),
      closers: new Set(lang.punctuation.pairs.map(([, cl]) => cl)),
    };
    compiledPacks.set(lang, c);
  }
  return c;
}

function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (LINE_BREAKS.includes(text[i]!)) return true;
  return false;
}

/** Matches quotation marks and brackets line by line; returns, per token, the innermost pair around it and whether it closes one. */
function pairTokens(text: string, tokens: readonly Token[], c: Compiled): { inner: Int32Array; closing: Uint8Array } {
  const n = tokens.length;
  const inner = new Int32Array(n).fill(-1);
  const closing = new Uint8Array(n);
  const pairs: [number, number][] = [];
  let stack: { idx: number; close: string }[] = [];
  for (let t = 0; t < n; t++) {
    const tok = tokens[t]!;
    if (t > 0 && hasLineBreak(text, tokens[t - 1]!.end, tok.start)) stack = [];
    if (tok.kind !== 'punct' || tok.text.length !== 1) continue;
    const ch = tok.text;
    const close = c.openers.get(ch);
    let top = -1;
    if (c.closers.has(ch)) for (let s = stack.length - 1; s >= 0; s--) if (stack[s]!.close === ch) { top = s; break; }
    if (top >= 0) {
      pairs.push([stack[top]!.idx, t]);
      closing[t] = 1;
      stack.length = top;
    } else if (close !== undefined) stack.push({ idx: t, close });
  }
  // outer pairs open first, so filling in order of opening leaves the innermost pair last
  pairs.sort((a, b) => a[0] - b[0]);
  pairs.forEach(([o, cl], p) => inner.fill(p, o + 1, cl));
  const sizes = new Int32Array(pairs.map(([o, cl]) => cl - o - 1));
  for (let t = 0; t < n; t++) if (inner[t]! >= 0) inner[t] = sizes[inner[t]!]!;
  return { inner, closing };
}

/**
 * Splits tokenized text into sentences, each a span with its token range:
 * `splitSentences(text, tokenize(text))`. Rules in the file comment.
 */
export function splitSentences(text: string, tokens: readonly Token[], options: SentenceOptions = {}): Sentence[] {
  const lang = options.lang ?? defaultLanguage;
  const s = { ...DEFAULT_SETTINGS.text, ...options.settings };
  const c = compile(lang);
  const enders = lang.punctuation.sentenceEnders;
  const ellipses = lang.punctuation.ellipses;
  const n = tokens.length;
  const out: Sentence[] = [];
  if (n === 0) return out;
  // `inner[t]`: token count of the innermost pair around token t, -1 outside any pair
  const { inner, closing } = pairTokens(text, tokens, c);
  const breakBefore = (t: number): boolean => t > 0 && t < n && hasLineBreak(text, tokens[t - 1]!.end, tokens[t]!.start);
  const isEnder = (tok: Token): boolean => tok.kind === 'punct' && enders.includes(tok.text[0]!);
  const isEllipsis = (tok: Token): boolean => {
    for (const ch of tok.text) if (ch !== '.' && !ellipses.includes(ch)) return false;
    return tok.text.length > 1 || ellipses.includes(tok.text);
  };
  const isAbbreviation = (t: number, sentenceStart: number): boolean => {
    const prev = tokens[t - 1];
    const dot = tokens[t]!;
    if (!prev || dot.text !== '.' || prev.end !== dot.start) return false;
    if (prev.kind === 'number') return t - 1 === sentenceStart;
    if (prev.kind !== 'word') return false;
    const form = prev.norm;
    if (form.length === 1) return tokens[t - 2]?.kind !== 'number';
    return form.length <= s.maxAbbreviationLength && c.abbreviations.has(form);
  };
  const continues = (next: Token): boolean => {
    const first = next.text.charCodeAt(0);
    if (next.kind === 'word' && first >= 0x61 && first <= 0x7a) return true;
    return next.kind === 'punct' && (CONTINUATIONS.has(next.norm) || c.closers.has(next.text));
  };

  let start = 0;
  const close = (end: number): void => {
    if (end > start) out.push({ start: tokens[start]!.start, end: tokens[end - 1]!.end, tokenStart: start, tokenEnd: end });
    start = end;
  };
  for (let t = 0; t < n; t++) {
    if (breakBefore(t)) close(t);
    const tok = tokens[t]!;
    if (t === start || !isEnder(tok) || isEllipsis(tok) || isAbbreviation(t, start)) continue;
    let e = t + 1;
    while (e < n && !breakBefore(e) && (closing[e] === 1 || isEnder(tokens[e]!))) e++;
    if (e >= n || breakBefore(e) || continues(tokens[e]!)) continue;
    const quoted = inner[e - 1]!;
    if (quoted >= 0 && quoted <= s.longQuoteTokens) continue;
    close(e);
    t = e - 1;
  }
  close(n);
  return out;
}
