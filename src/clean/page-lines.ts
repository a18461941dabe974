import { keyWords, matchKey } from './match-key.js';

/** What the cleaner decided a line is. */
export type LineLabel = 'blank' | 'title' | 'meta' | 'body' | 'boilerplate' | 'segment';

/** One line of a flattened page, with the features the cleaning steps read. */
export interface PageLine {
  index: number;
  /** span of the trimmed line in the raw page */
  start: number;
  end: number;
  text: string;
  key: string;
  words: string[];
  /** share of letters that are Arabic */
  arabicShare: number;
  /** ends with a full stop, question or exclamation mark, or a closing quote after one */
  endsSentence: boolean;
  /** ends with an ellipsis: a truncated teaser */
  truncated: boolean;
  label: LineLabel | null;
  /** the name of the rule that labelled it, for explanations and tests */
  rule: string | null;
}

const TRIM = /^[\s\u00a0\u200b-\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff·•▪►◄|]+|[\s\u00a0\u200b-\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff|]+$/g;
const SENTENCE_END = /[.!?؟!。]["'”»)\]]?\s*$|[.!?؟]\s*["”»]\s*$/;
const TRUNCATED = /(?:…|\.\.\.)\s*$/;

/** Share of a string's letters that are Arabic letters. */
export function arabicShare(s: string): number {
  let ar = 0;
  let letters = 0;
  for (const ch of s) {
    if (/\p{L}/u.test(ch)) {
      letters++;
      const c = ch.codePointAt(0)!;
      if ((c >= 0x0600 && c <= 0x06ff) || (c >= 0x0750 && c <= 0x077f) || (c >= 0xfb50 && c <= 0xfeff)) ar++;
    }
  }
  return letters ? ar / letters : 0;
}

/** Splits a page into lines with their raw spans (trimmed of spaces, bullets and controls). */
export function pageLines(raw: string): PageLine[] {
  const out: PageLine[] = [];
  let pos = 0;
  const parts = raw.split('\n');
  for (let i = 0; i < parts.length; i++) {
    const line = parts[i]!;
    const lead = line.length - line.replace(/^[\s\u00a0\u200b-\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff·•▪►◄|]+/, '').length;
    const text = line.replace(TRIM, '');
    const start = pos + lead;
    const words = keyWords(text);
    const blank = words.length === 0 && !/\S/.test(text.replace(/[\u00a0\u200b-\u200f\ufeff]/g, ''));
    out.push({
      index: i,
      start,
      end: start + text.length,
      text,
      key: matchKey(text),
      words,
      arabicShare: arabicShare(text),
      endsSentence: SENTENCE_END.test(text),
      truncated: TRUNCATED.test(text),
      label: blank ? 'blank' : null,
      rule: blank ? 'blank' : null,
    });
    pos += line.length + 1;
  }
  return out;
}

/** Labels a line unless an earlier rule already did. */
export function label(line: PageLine, l: LineLabel, rule: string): void {
  if (line.label === null) {
    line.label = l;
    line.rule = rule;
  }
}

/** Labels a line, overriding an earlier decision. */
export function relabel(line: PageLine, l: LineLabel, rule: string): void {
  line.label = l;
  line.rule = rule;
}
