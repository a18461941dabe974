/**
 * Places and named organisations from the gazetteers, and nisba adjectives, with the context
 * rules that settle names with more than one reading. Steps:
 * 1. the longest gazetteer phrase at each token (`الجزائر العاصمة` before `الجزائر`);
 * 2. a name that is also a common word (مالي، الساحل) stays only when a rule of the language
 *    fires, or, for names without rules, after a place cue (`في`, `دولة`) or in a coordination
 *    with another place (`ليبيا ومالي`);
 * 3. nisba adjectives (`الأمريكية`, `الجزائريين`) become mentions of their country.
 * Names left with several readings (عمان, وزارة الدفاع الوطني) are settled later by the
 * document's countries (resolve-context.ts).
 */
import type { GazEntry } from './gazetteer.js';
import { addMention, type DocState, type Mention } from './mentions.js';
import type { PhraseMatch } from './phrase-index.js';
import type { CompiledPlaceRule } from './resources.js';
import type { TokenView } from './token-forms.js';

const BRACKETS = new Set(['(', ')', '[', ']', '"', '«', '»', '“', '”', '\'']);

/** The index of the word token before `i`, skipping brackets and quotes, or -1. */
export function prevWord(views: readonly TokenView[], i: number): number {
  let k = i - 1;
  while (k >= 0 && BRACKETS.has(views[k]!.tok.text)) k--;
  return k;
}

/** The index of the word token at or after `i`, skipping brackets and quotes. */
export function nextWord(views: readonly TokenView[], i: number): number {
  let k = i;
  while (k < views.length && BRACKETS.has(views[k]!.tok.text)) k++;
  return k;
}

/** Whether the words before token `i` are `phrase` (its first word may carry clitics). */
export function phraseBefore(views: readonly TokenView[], i: number, phrase: readonly string[]): boolean {
  let k = i;
  for (let p = phrase.length - 1; p >= 0; p--) {
    k = prevWord(views, k);
    if (k < 0) return false;
    const v = views[k]!;
    const ok = p === 0 ? v.readings.some((r) => r.key === phrase[p] || r.bare === phrase[p]) || v.tok.norm === phrase[p] : v.tok.norm === phrase[p];
    if (!ok) return false;
  }
  return true;
}

/** Whether the words from token `i` on are `phrase`. */
export function phraseAfter(views: readonly TokenView[], i: number, phrase: readonly string[]): boolean {
  let k = i;
  for (const w of phrase) {
    k = nextWord(views, k);
    const v = views[k];
    if (!v || (v.tok.norm !== w && !v.readings.some((r) => r.key === w))) return false;
    k++;
  }
  return true;
}

function ruleFires(s: DocState, r: CompiledPlaceRule, m: PhraseMatch<GazEntry>): boolean {
  if (r.before.some((p) => phraseBefore(s.views, m.tokenStart, p))) return true;
  return r.after.some((p) => phraseAfter(s.views, m.tokenEnd, p));
}

function placeCueBefore(s: DocState, m: PhraseMatch<GazEntry>): boolean {
  if (m.reading.proclitic && !m.reading.conjunction) return true;
  const k = prevWord(s.views, m.tokenStart);
  return k >= 0 && s.views[k]!.readings.some((r) => s.res.placeCues.has(r.key));
}

/** The mention of a gazetteer match with its candidate entries (one: resolved; several: left for the context). */
export function gazetteerMention(m: PhraseMatch<GazEntry>, candidates: GazEntry[], adjective: boolean): Mention {
  const first = candidates[0]!;
  return {
    source: adjective ? 'nisba' : 'gazetteer', type: first.type, tokenStart: m.tokenStart, tokenEnd: m.tokenEnd, start: m.start, end: m.end,
    candidates, id: candidates.length === 1 ? first.id : null, name: null, nameEn: null, country: candidates.length === 1 ? first.country : null, adjective,
  };
}

/** Finds gazetteer names and nisba adjectives, leaving ambiguous ones with several candidates. */
export function findPlaces(s: DocState): void {
  const { views, res } = s;
  const pending: { m: PhraseMatch<GazEntry>; candidates: GazEntry[] }[] = [];
  for (let i = 0; i < views.length; i++) {
    if (s.covered[i]! >= 0) continue;
    const m = res.gazIndex.match(views, i);
    if (!m) continue;
    let candidates = m.values;
    const surface = m.tokenEnd - m.tokenStart === 1 ? m.reading.key : null;
    const rules = surface ? res.placeRules.filter((r) => r.surface === surface || r.surface === m.reading.bare) : [];
    const fired = rules.find((r) => ruleFires(s, r, m));
    if (fired) {
      const chosen = res.gazetteer.get(fired.rule.choose);
      if (chosen) candidates = [chosen];
    } else {
      // a longer name (`الساحل الأفريقي`) is its own context; a bare word needs a cue
      const bareWord = m.tokenEnd - m.tokenStart === 1;
      candidates = candidates.filter((c) => !c.needsCue || !bareWord || (!rules.length && placeCueBefore(s, m)));
      if (candidates.length < m.values.length && m.values.some((c) => c.needsCue)) {
        // kept aside: a coordination with another place may still make it a place
        pending.push({ m, candidates: m.values.filter((c) => c.needsCue) });
      }
    }
    if (candidates.length) addMention(s, gazetteerMention(m, candidates, false));
    i = m.tokenEnd - 1;
  }
  for (const p of pending) {
    if (p.m.tokenStart !== p.m.tokenEnd - 1 || s.covered[p.m.tokenStart]! >= 0) continue;
    if (coordinated(s, p.m)) addMention(s, gazetteerMention(p.m, p.candidates, false));
  }
  findNisbas(s);
}

/** `ليبيا ومالي`, `مالي والنيجر`: a place word joined by و to a place is a place. */
function coordinated(s: DocState, m: PhraseMatch<GazEntry>): boolean {
  const isPlace = (k: number): boolean => {
    const x = k >= 0 ? s.covered[k]! : -1;
    return x >= 0 && s.mentions[x]!.type !== 'ORG';
  };
  const before = prevWord(s.views, m.tokenStart);
  if (m.reading.conjunction && isPlace(before)) return true;
  const after = nextWord(s.views, m.tokenEnd);
  return isPlace(after) && (s.views[after]?.readings.some((r) => r.conjunction) ?? false);
}

function findNisbas(s: DocState): void {
  const { views, res } = s;
  for (let i = 0; i < views.length; i++) {
    if (s.covered[i]! >= 0) continue;
    const v = views[i]!;
    for (const r of v.readings) {
      const id = res.nisba.get(r.bare);
      if (!id) continue;
      const entry = res.gazetteer.get(id)!;
      const m: PhraseMatch<GazEntry> = { values: [entry], tokenStart: i, tokenEnd: i + 1, start: r.start, end: v.tok.end, reading: r };
      addMention(s, gazetteerMention(m, [entry], true));
      break;
    }
  }
}
