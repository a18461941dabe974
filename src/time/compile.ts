/**
 * Compiles a language pack once: folder, tense reader, and every rule and refiner pattern as a
 * RegExp. Tagging then only runs precompiled expressions.
 */
import { isWordCode, WORD_CHAR } from './chars.js';
import { firstChars, type FirstChars } from './first-chars.js';
import { createFolder, type Folder } from './match-text.js';
import { codeFlags, createTenseReader, type TenseReader } from './tense.js';
import type { Groups, PairRefiner, PrefixRefiner, SuffixRefiner, TimeLanguage, TimexRule } from './types.js';

/**
 * Appended to every expression pattern: an expression never ends inside a word or a number
 * (`2024` in `20245`, `20` in `20.24`, `11` in `11:20`).
 */
export const END_GUARD = `(?!${WORD_CHAR})(?![.,:/\\u066b\\-]\\d)`;

/** A rule with its compiled (sticky) expression. */
export interface CompiledRule {
  rule: TimexRule;
  /**
   * The sticky expression. Match indices (flag `d`, an array per group per match) are asked for
   * only by rules with context groups, the only ones whose surface is not the whole match.
   */
  re: RegExp;
  /** the expression has context groups (its matches carry indices) */
  context: boolean;
  /** codes a match can start with (null: any), so most starts are rejected without a regex */
  first: FirstChars;
  back: number;
}

// Context groups (see surfaceOf): only their rules need match indices.
const CONTEXT_GROUP = /\(\?<(?:lead|trail)/;

/** A refiner with its compiled expression. */
export type CompiledRefiner =
  | { refiner: PrefixRefiner; re: RegExp; first: FirstChars; ends: Set<string>; number: boolean }
  | { refiner: SuffixRefiner; re: RegExp }
  | { refiner: PairRefiner; re: RegExp; lead: RegExp | null };

/** A language ready to tag with. */
export interface CompiledLanguage {
  lang: TimeLanguage;
  folder: Folder;
  tense: TenseReader;
  rules: CompiledRule[];
  refiners: CompiledRefiner[];
  /** proclitics, longest first */
  proclitics: string[];
  /** first characters of the proclitics, to skip most words at once */
  procliticFirst: Set<number>;
  /** anchor word → indices of the rules it triggers */
  anchorIndex: Map<string, number[]>;
  /** rules triggered by any number */
  numberRules: number[];
  /** 1 for the code of each character that ends a sentence */
  sentenceEnds: Uint8Array;
  clauseOpening: RegExp;
}

function compilePattern(name: string, source: string, flags: string, lang?: TimeLanguage): RegExp {
  try {
    return new RegExp(lang ? foldPattern(lang, source) : source, flags);
  } catch (err) {
    throw new Error(`time rule "${name}": bad pattern: ${(err as Error).message}`);
  }
}

/**
 * The matching form of a pattern source: the language's character map and mark removal applied,
 * so rule authors may write «إلى» or «سنة» and still match the folded «الي», «سنه». Regex syntax
 * is untouched (only letters of the language are mapped).
 */
export function foldPattern(lang: TimeLanguage, source: string): string {
  let out = '';
  for (const ch of source) {
    if (lang.fold.marks.includes(ch) || lang.fold.ignorable.includes(ch)) continue;
    out += lang.fold.map[ch] ?? ch;
  }
  return out;
}

/** Compiles a language pack; throws with the rule's name when a pattern is invalid. */
export function compileLanguage(lang: TimeLanguage): CompiledLanguage {
  const folder = createFolder(lang.fold);
  const names = new Set<string>();
  for (const r of [...lang.rules, ...lang.refiners]) {
    if (names.has(r.name)) throw new Error(`duplicate time rule name: ${r.name}`);
    names.add(r.name);
  }
  // sticky: a rule is tried at chosen word starts only, never scanned along the text
  const rules = lang.rules.map((rule): CompiledRule => {
    const source = `(?:${rule.pattern})${END_GUARD}`;
    const context = CONTEXT_GROUP.test(source);
    const re = compilePattern(rule.name, source, context ? 'yd' : 'y', lang);
    return { rule, re, context, first: firstChars(re.source), back: rule.back ?? 0 };
  });
  const anchorIndex = new Map<string, number[]>();
  const numberRules: number[] = [];
  rules.forEach(({ rule }, i) => {
    if (!rule.anchors.length) throw new Error(`time rule "${rule.name}" has no anchor`);
    for (const a of rule.anchors) {
      if (a === 'number') numberRules.push(i);
      else for (const h of a.heads) anchorIndex.set(h, [...(anchorIndex.get(h) ?? []), i].filter((x, k, arr) => arr.indexOf(x) === k));
    }
  });
  const refiners = lang.refiners.map((refiner): CompiledRefiner => {
    if (refiner.kind === 'prefix') {
      const ends = new Set<string>();
      for (const e of refiner.ends) if (e !== 'number') for (const w of e) ends.add(w);
      const re = compilePattern(refiner.name, refiner.pattern, 'yd', lang);
      return { refiner, re, first: firstChars(re.source), ends, number: refiner.ends.includes('number') };
    }
    if (refiner.kind === 'suffix') return { refiner, re: compilePattern(refiner.name, `(?:${refiner.pattern})${END_GUARD}`, 'yd', lang) };
    // a pair reads the gap's groups, never its indices
    const lead = refiner.lead ? compilePattern(refiner.name, `(?:${refiner.lead})$`, '', lang) : null;
    return { refiner, re: compilePattern(refiner.name, `^(?:${refiner.gap})$`, '', lang), lead };
  });
  return {
    lang,
    folder,
    tense: createTenseReader(folder, lang.tense, lang.sentenceEnd),
    rules,
    refiners,
    proclitics: [...lang.proclitics].map((p) => folder.foldWord(p)).sort((a, b) => b.length - a.length),
    procliticFirst: new Set(lang.proclitics.map((p) => folder.foldWord(p).charCodeAt(0))),
    anchorIndex,
    numberRules,
    sentenceEnds: codeFlags(lang.sentenceEnd),
    clauseOpening: compilePattern('clauseOpening', `^(?:${lang.clauseOpening})$`, '', lang),
  };
}

// Characters that join the parts of one number («20.24», «11:20», «2024-10»).
const NUMBER_JOINERS = [...'.,:/-\u066b'].map((c) => c.charCodeAt(0));

/** True for an ASCII digit's code (NaN, past either end of a string, is none). */
const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/**
 * True when an expression may start at `s`: after a non-word character, or after proclitics
 * glued to its first word («لعام 2026» starts at «عام»). A number never continues another
 * (`24` in `20.24`).
 */
export function startsWord(cl: CompiledLanguage, norm: string, s: number): boolean {
  if (s === 0) return true;
  // codes, not one-character strings: a two-byte character read as a string is allocated
  const prev = norm.charCodeAt(s - 1);
  if (!isWordCode(prev)) {
    if (isDigit(norm.charCodeAt(s)) && NUMBER_JOINERS.includes(prev) && isDigit(norm.charCodeAt(s - 2))) return false;
    return true;
  }
  for (const p of cl.proclitics) {
    const b = s - p.length;
    if (b >= 0 && norm.startsWith(p, b) && (b === 0 || !isWordCode(norm.charCodeAt(b - 1)))) return true;
  }
  return false;
}

// Most words carry no proclitic: reuse one array for them instead of allocating per word.
const ONE = [0];
function single(ws: number): number[] {
  ONE[0] = ws;
  return ONE;
}

/** Positions where an expression may start inside word `[ws, we)`: its start and after proclitics. */
export function wordStarts(cl: CompiledLanguage, norm: string, ws: number, we: number): number[] {
  if (!cl.procliticFirst.has(norm.charCodeAt(ws))) return single(ws);
  const out = [ws];
  for (const p of cl.proclitics) if (we - ws > p.length && norm.startsWith(p, ws) && !out.includes(ws + p.length)) out.push(ws + p.length);
  return out;
}

const NO_GROUPS: Groups = Object.freeze({});

/**
 * Named groups of a match with runs of spaces collapsed. `spaced` false says the text has no run
 * of spaces, so the match's own groups object is returned as it is (no copy).
 */
export function groupsOf(m: RegExpExecArray, spaced = true): Groups {
  if (!m.groups) return NO_GROUPS;
  if (!spaced) return m.groups;
  const out: Record<string, string | undefined> = {};
  if (m.groups) for (const [k, v] of Object.entries(m.groups)) out[k] = v === undefined ? undefined : v.replace(/ +/g, ' ');
  return out;
}

/**
 * The surface span of a match: without its context groups, those whose names start with `lead`
 * (before the expression) or `trail` (after it).
 */
export function surfaceOf(m: RegExpExecArray, offset = 0): { start: number; end: number } {
  let start = m.index;
  let end = m.index + m[0].length;
  const idx = m.indices?.groups;
  if (idx) {
    for (const [name, span] of Object.entries(idx)) {
      if (!span) continue;
      if (name.startsWith('lead')) start = Math.max(start, span[1]);
      else if (name.startsWith('trail')) end = Math.min(end, span[0]);
    }
  }
  return { start: start + offset, end: end + offset };
}
