/**
 * The tagging steps, in order: fold the text, run every rule, keep the longest non-overlapping
 * candidates, run the refiners, resolve anaphora, map spans back to the original text.
 */
import { resolveAnaphora } from './anaphora.js';
import { candidateOf } from './candidate.js';
import { compileLanguage, groupsOf, startsWord, surfaceOf, wordStarts, type CompiledLanguage, type CompiledRule } from './compile.js';
import { parseDct, type Dct } from './dct.js';
import { originalSpan, type MatchText } from './match-text.js';
import { contextAt, runRefiner } from './refine.js';
import type { Words } from './tokens.js';
import type { Candidate, TimeLanguage, TimexOut } from './types.js';

// A batch tags many texts of one publication date: the last parse is kept for the next call
// (frozen, as every call shares it).
let lastDct: { s: string | null; d: Dct | null } = { s: null, d: null };
function dctOf(s: string | null): Dct | null {
  if (s !== lastDct.s) lastDct = { s, d: s === null ? null : Object.freeze(parseDct(s)) };
  return lastDct.d;
}

/** Options of one tagging call. */
export interface TagOptions {
  /** keep only expressions of these types */
  types?: readonly TimexOut['type'][];
}

/**
 * Where each word may start an expression (its start and after proclitics), as one flat list:
 * starts of word i are `at[from[i]] … at[from[i + 1] - 1]`.
 */
function startPositions(cl: CompiledLanguage, norm: string, words: Words): { at: number[]; from: number[] } {
  const at: number[] = [];
  const from: number[] = new Array<number>(words.count + 1);
  for (let i = 0; i < words.count; i++) {
    from[i] = at.length;
    for (const s of wordStarts(cl, norm, words.starts[i]!, words.ends[i]!)) at.push(s);
  }
  from[words.count] = at.length;
  return { at, from };
}

// One zeroed buffer lent to each step that needs one (tagging is synchronous, never re-entrant):
// allocating a typed array per call costs more than most of the tagging.
let buffer = new Int32Array(1024);
function scratch(n: number): Int32Array {
  if (buffer.length < n) buffer = new Int32Array(Math.max(n, buffer.length * 2));
  else buffer.fill(0, 0, n);
  return buffer;
}

/** The surface span of a rule's match: only rules with context groups need its indices. */
function ruleSurface(cr: CompiledRule, m: RegExpExecArray): { start: number; end: number } {
  return cr.context ? surfaceOf(m) : { start: m.index, end: m.index + m[0].length };
}

/** Tries the rules at the word starts their anchors point to: all candidates, overlapping ones included. */
function candidates(cl: CompiledLanguage, mt: MatchText, words: Words, dct: Dct | null): { c: Candidate; priority: number }[] {
  const norm = mt.norm;
  // without runs of spaces, groups need no collapsing and are used as the regex returns them
  const spaced = norm.includes('  ');
  const found: { c: Candidate; priority: number }[] = [];
  const { at, from } = startPositions(cl, norm, words);
  // A rule's window (anchor word and `back` words before it) only moves forward along the text,
  // so per rule, starts `at[0 … done[ri] - 1]` have been tried: none is ever tried twice.
  const done = scratch(cl.rules.length);
  for (let i = 0; i < words.count; i++) {
    const to = from[i + 1]!;
    for (let k = from[i]!; k < to; k++) {
      const s = at[k]!;
      const c = norm.charCodeAt(s);
      const hits = c >= 48 && c <= 57 ? cl.numberRules : cl.anchorIndex.get(norm.slice(s, words.ends[i]));
      if (!hits) continue;
      for (const ri of hits) {
        const cr = cl.rules[ri]!;
        const first = cr.first;
        let q = Math.max(from[Math.max(0, i - cr.back)]!, done[ri]!);
        done[ri] = to;
        for (; q < to; q++) {
          const st = at[q]!;
          if ((first !== null && !first.has(norm.charCodeAt(st))) || !startsWord(cl, norm, st)) continue;
          cr.re.lastIndex = st;
          const m = cr.re.exec(norm);
          if (!m) continue;
          const { start, end } = ruleSurface(cr, m);
          if (end <= start) continue;
          const res = cr.rule.normalize(groupsOf(m, spaced), contextAt(cl, mt, dct, start, end));
          if (res) found.push({ c: candidateOf(res, start, end, cr.rule.name), priority: cr.rule.priority ?? 0 });
        }
      }
    }
  }
  return found;
}

/** Longest match wins; then higher priority; then the earlier one. Result is in text order. */
function selectLongest(found: { c: Candidate; priority: number }[], length: number): Candidate[] {
  const order = [...found].sort(
    (a, b) => b.c.end - b.c.start - (a.c.end - a.c.start) || b.priority - a.priority || a.c.start - b.c.start,
  );
  // characters already claimed: an overlap test costs the candidate's length, not the list's
  const taken = scratch(length);
  const kept: Candidate[] = [];
  for (const { c } of order) {
    let free = true;
    for (let i = c.start; i < c.end && free; i++) free = taken[i] === 0;
    if (!free) continue;
    taken.fill(1, c.start, c.end);
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * Tags a text with a compiled language. `dct` anchors relative expressions; without it, values
 * stay unanchored (`XXXX-12-04`, `XXXX-WXX-4`). Returns sorted, non-overlapping expressions.
 */
export function tagWith(cl: CompiledLanguage, text: string, dct: string | null, options: TagOptions = {}): TimexOut[] {
  if (!text) return [];
  const mt = cl.folder.fold(text);
  const anchor = dctOf(dct);
  const words = mt.words;
  let list = selectLongest(candidates(cl, mt, words, anchor), mt.norm.length).filter((c) => !c.blocked);
  for (const r of cl.refiners) list = runRefiner(cl, r, mt, words, anchor, list);
  list = resolveAnaphora(cl, mt.norm, list, anchor === null);
  const out: TimexOut[] = [];
  for (const c of list) {
    if (options.types && !options.types.includes(c.type)) continue;
    const { start, end } = originalSpan(mt, cl.folder, c.start, c.end);
    const t: TimexOut = { text: text.slice(start, end), start, end, type: c.type, value: c.value, mod: c.mod ?? null, rule: c.rule };
    if (c.freq) t.freq = c.freq;
    if (c.impliesDct) t.impliesDct = c.impliesDct;
    out.push(t);
  }
  return out;
}

const compiled = new WeakMap<TimeLanguage, CompiledLanguage>();

/** The compiled form of a language pack, compiled once per process. */
export function compiledLanguage(lang: TimeLanguage): CompiledLanguage {
  let cl = compiled.get(lang);
  if (!cl) {
    cl = compileLanguage(lang);
    compiled.set(lang, cl);
  }
  return cl;
}
