import { matchKey } from './match-key.js';

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

/** Characters trimmed off both ends of a line: spaces, invisible controls, bars. */
function isEdge(c: number): boolean {
  return c <= 0x20 || c === 0xa0 || c === 0x7c || (c >= 0x200b && c <= 0x200f) || c === 0x2028 || c === 0x2029 || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c === 0xfeff || c === 0x3000 || (c >= 0x2000 && c <= 0x200a);
}
/** Bullets trimmed off the start of a line only. */
function isBullet(c: number): boolean {
  return c === 0xb7 || c === 0x2022 || c === 0x25aa || c === 0x25ba || c === 0x25c4;
}
const SENTENCE_END = /[.!?؟!。]["'”»)\]]?\s*$|[.!?؟]\s*["”»]\s*$/;
const TRUNCATED = /(?:…|\.\.\.)\s*$/;

/** Share of a string's letters that are Arabic letters. */
export function arabicShare(s: string): number {
  let ar = 0;
  let letters = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 0x0620 && c <= 0x064a) || (c >= 0x066e && c <= 0x06d3) || (c >= 0x0750 && c <= 0x077f) || (c >= 0xfb50 && c <= 0xfefc)) {
      ar++;
      letters++;
    } else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f) || (c >= 0x370 && c <= 0x52f)) letters++;
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
    let a = 0;
    let b = line.length;
    while (a < b && (isEdge(line.charCodeAt(a)) || isBullet(line.charCodeAt(a)))) a++;
    while (b > a && isEdge(line.charCodeAt(b - 1))) b--;
    const text = line.slice(a, b);
    const start = pos + a;
    const key = matchKey(text);
    const words = key ? key.split(' ') : [];
    const blank = text.length === 0;
    out.push({
      index: i,
      start,
      end: start + text.length,
      text,
      key,
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
