/**
 * Refiners: after the rules, expressions grow over words just before or after them and
 * neighbours join (ranges, a date and its clock time). Each refiner runs once over the list, in
 * the order the language gives.
 */
import { candidateOf } from './candidate.js';
import { groupsOf, startsWord, surfaceOf, wordStarts, type CompiledLanguage, type CompiledRefiner } from './compile.js';
import { wordAt, type Words } from './tokens.js';
import type { Candidate, Resolved, RuleContext } from './types.js';
import type { Dct } from './dct.js';
import type { MatchText } from './match-text.js';

// How far back a pair refiner's lead is looked for, in characters («الفترة ما بين»).
const PREFIX_WINDOW = 48;
// How many words a prefix may have («ما يزيد على», «بعد ظهر يوم»).
const PREFIX_WORDS = 5;

type PrefixCompiled = Extract<CompiledRefiner, { ends: Set<string> }>;

/** A RuleContext for a span of the matching text. */
export function contextAt(cl: CompiledLanguage, mt: MatchText, dct: Dct | null, start: number, end: number): RuleContext {
  let tense: ReturnType<RuleContext['tense']> | undefined;
  const norm = mt.norm;
  return {
    dct,
    norm,
    start,
    end,
    tense: () => (tense === undefined ? (tense = cl.tense.at(norm, start, end)) : tense),
    original: (s = start, e = end) => mt.text.slice(mt.pos[s], mt.pos[e]),
  };
}

function withResolved(c: Candidate, r: Resolved, start: number, end: number, rule: string): Candidate {
  return candidateOf(r, start, end, `${c.rule}+${rule}`);
}

/** True when the word right before `start` can end the refiner's prefix (so its pattern may match). */
function endsBefore(cl: CompiledLanguage, pr: PrefixCompiled, norm: string, words: Words, start: number): boolean {
  const k = wordAt(words, start) - 1;
  if (k < 0) return false;
  const ws = words.starts[k]!;
  const we = words.ends[k]!;
  for (const s of wordStarts(cl, norm, ws, we)) {
    const c = norm.charCodeAt(s);
    if ((c >= 48 && c <= 57 && pr.number) || pr.ends.has(norm.slice(s, we))) return true;
  }
  return false;
}

/** The longest match of a sticky prefix pattern that ends exactly at `end`, starting after `floor`. */
function prefixMatch(cl: CompiledLanguage, pr: PrefixCompiled, norm: string, words: Words, floor: number, end: number): RegExpExecArray | null {
  const { re, first } = pr;
  const k = wordAt(words, end);
  for (let j = Math.max(0, k - PREFIX_WORDS); j <= k && j < words.count; j++) {
    for (const s of wordStarts(cl, norm, words.starts[j]!, words.ends[j]!)) {
      if (s < floor || s >= end || (first !== null && !first.has(norm.charCodeAt(s))) || !startsWord(cl, norm, s)) continue;
      re.lastIndex = s;
      const m = re.exec(norm);
      if (m && m.index + m[0].length === end) return m;
    }
  }
  return null;
}

/** Runs one refiner over sorted, non-overlapping candidates; returns the new list. */
export function runRefiner(cl: CompiledLanguage, cr: CompiledRefiner, mt: MatchText, words: Words, dct: Dct | null, list: Candidate[]): Candidate[] {
  const norm = mt.norm;
  const out: Candidate[] = [];
  const r = cr.refiner;
  if (r.kind === 'pair') {
    const pair = cr as Extract<CompiledRefiner, { lead: RegExp | null }>;
    for (const c of list) {
      const a = out.at(-1);
      if (a) {
        const m = pair.re.exec(norm.slice(a.end, c.start));
        // the lead is searched for only when the gap fits: most neighbours are not pairs
        if (m && (!pair.lead || pair.lead.test(norm.slice(Math.max(0, a.start - PREFIX_WINDOW), a.start)))) {
          const joined = r.join(a, c, groupsOf(m), contextAt(cl, mt, dct, a.start, c.end));
          if (joined) {
            out[out.length - 1] = candidateOf(joined, a.start, c.end, `${a.rule}+${r.name}+${c.rule}`);
            continue;
          }
        }
      }
      out.push(c);
    }
    return out;
  }
  for (let idx = 0; idx < list.length; idx++) {
    const c = list[idx]!;
    const prevEnd = out.at(-1)?.end ?? 0;
    let next: Candidate | null = null;
    if (r.kind === 'prefix') {
      const pr = cr as PrefixCompiled;
      const m = endsBefore(cl, pr, norm, words, c.start) ? prefixMatch(cl, pr, norm, words, prevEnd, c.start) : null;
      if (m) {
        const s = surfaceOf(m).start;
        const res = r.apply(c, groupsOf(m), contextAt(cl, mt, dct, s, c.end));
        if (res) next = withResolved(c, res, s, c.end, r.name);
      }
    } else {
      cr.re.lastIndex = c.end;
      const m = cr.re.exec(norm);
      if (m) {
        const e = surfaceOf(m).end;
        const following = list[idx + 1];
        if (!following || following.start >= e) {
          const res = r.apply(c, groupsOf(m), contextAt(cl, mt, dct, c.start, e));
          if (res) next = withResolved(c, res, c.start, e, r.name);
        }
      }
    }
    out.push(next ?? c);
  }
  return out;
}
