/**
 * Person names and the titles and roles around them. Three ways in:
 * 1. after a chain of cues: role phrases and titles, separated by commas (`الوزير المنتدب لدى
 *    وزير الدفاع الوطني، رئيس أركان الجيش الوطني الشعبي، الفريق أول السعيد شنقريحة`);
 * 2. at a given name (`زيارة دونالد رامسفيلد`, `بمعمر القذافي`), for names of two units or more;
 * 3. (later, coreference.ts) a family name already known in the document (`تبون`).
 * Role phrases written after the name and a comma are read too (`جينيفر زاكيسكي، نائبة مساعد
 * وزير الدفاع الأمريكي للشؤون الإفريقية`). Every candidate says how strong its evidence is: a
 * name of two units with a given name, or right after a bare title, is strong; a single unknown
 * word after a role phrase (`السفير الجزائري تفاصيل`) is weak and needs corroboration.
 */
import { nextWord, prevWord } from './find-places.js';
import type { DocState, Mention } from './mentions.js';
import { isGivenReading, readName, type ReadName } from './read-name.js';
import { cueAt, isBareTitle, type Cue } from './role-phrases.js';

/** A person name found in the text with what stands around it. */
export interface PersonCandidate {
  name: ReadName;
  /** cues before the name, in order, and role phrases after it */
  cues: Cue[];
  strong: boolean;
  /** a country said by a nisba after a rank or a side (`اللواء الجزائري`, `من الجانب الأمريكي`) */
  countryHint: Mention | null;
  source: 'cue' | 'given' | 'memory' | 'model';
}

/** Reads cues from token `i`: titles and role phrases, possibly joined by commas, then a nisba. */
function cueChain(s: DocState, i: number): { cues: Cue[]; next: number; nisba: Mention | null } | null {
  const cues: Cue[] = [];
  let k = i;
  let nisba: Mention | null = null;
  for (;;) {
    const c = cueAt(s, k);
    if (!c) break;
    cues.push(c);
    k = c.tokenEnd;
    const a = s.adjective[k]!;
    if (isBareTitle(c) && a >= 0 && c.cue.kind === 'rank') {
      nisba = s.mentions[a]!;
      k++;
    }
    if (s.views[k]?.tok.text === '،' || s.views[k]?.tok.text === ',') {
      if (cueAt(s, k + 1)) {
        k++;
        continue;
      }
    }
    if (cueAt(s, k)) continue;
    // `قائد القيادة … "أفريكوم"، الجنرال …`: a quoted or bracketed name repeating the organisation
    const skipped = skipRepeat(s, k);
    if (skipped > k) {
      k = skipped;
      if ((s.views[k]?.tok.text === '،' || s.views[k]?.tok.text === ',') && cueAt(s, k + 1)) {
        k++;
        continue;
      }
      if (cueAt(s, k)) continue;
    }
    break;
  }
  return cues.length ? { cues, next: k, nisba } : null;
}

/** Past a quoted or bracketed organisation or place right after a cue: the index after it, or `k`. */
function skipRepeat(s: DocState, k: number): number {
  const open = s.views[k]?.tok.text ?? '';
  if (!'"«“('.includes(open) || !open) return k;
  const m = s.covered[k + 1]! >= 0 ? s.mentions[s.covered[k + 1]!]! : null;
  if (!m || m.tokenStart !== k + 1) return k;
  const close = s.views[m.tokenEnd]?.tok.text ?? '';
  return close && '"»”)'.includes(close) ? m.tokenEnd + 1 : k;
}

/** Role phrases written after a name: `، نائبة مساعد وزير الدفاع`, `، الوزير المنتدب …، رئيس أركان …`. */
function appositions(s: DocState, k: number): Cue[] {
  const out: Cue[] = [];
  let j = k;
  while (s.views[j]?.tok.text === '،' || s.views[j]?.tok.text === ',') {
    const c = cueAt(s, j + 1);
    if (!c || !c.cue.headsRole || isBareTitle(c)) break;
    // `، ووزير الدفاع …` opens the next person and `، لقائد …` names the object: not appositions
    if (s.views[j + 1]!.readings.find((r) => r.start === c.start)?.proclitic) break;
    out.push(c);
    j = c.tokenEnd;
  }
  return out;
}

/** `من الجانب الجزائري` before the cues: the side's country. */
function sideCountry(s: DocState, i: number): Mention | null {
  const a = prevWord(s.views, i);
  const b = prevWord(s.views, a);
  if (a < 0 || b < 0 || s.adjective[a]! < 0) return null;
  return s.views[b]!.readings.some((r) => s.res.sideNouns.has(r.key) || s.res.sideNouns.has(r.bare)) ? s.mentions[s.adjective[a]!]! : null;
}

/** Whether a word ends with a pronoun suffix of the language (`جاهزيتها`): a noun of the sentence, not a family name. */
function endsWithPronoun(s: DocState, word: string, light = false): boolean {
  return s.res.lex.pronounSuffixes.some((p) => {
    const form = light ? p : s.res.normalize(p);
    return word.endsWith(form) && word.length - form.length >= 2 && (light || form.length >= 2);
  });
}

/** Finds person candidates by cues and by given names, in text order. */
export function findPersons(s: DocState): PersonCandidate[] {
  const { views, res } = s;
  const out: PersonCandidate[] = [];
  for (let i = 0; i < views.length; i++) {
    if (s.covered[i]! >= 0) continue;
    const chain = cueChain(s, i);
    if (chain) {
      const at = nextWord(views, chain.next);
      const name = at === chain.next ? readName(s, at, false) : null;
      if (name) {
        const last = chain.cues[chain.cues.length - 1]!;
        const bare = isBareTitle(last) && last.tokenEnd === name.tokenStart;
        // a single word after a bare title may still be a verb with its pronoun (`الجنرال الأمريكي هنأه`)
        const pronoun = name.units.length === 1 && endsWithPronoun(s, views[name.tokenStart]!.light, true);
        const strong = ((name.hasGiven && name.units.length >= 2) || bare) && !pronoun;
        const after = appositions(s, name.tokenEnd);
        out.push({ name, cues: [...chain.cues, ...after], strong, countryHint: chain.nisba ?? sideCountry(s, i), source: 'cue' });
        i = Math.max(name.tokenEnd, after.at(-1)?.tokenEnd ?? 0) - 1;
        continue;
      }
      i = chain.next - 1;
      continue;
    }
    const v = views[i]!;
    if (!v.readings.length) continue;
    const w = res.wordCache.get(v.tok.text);
    if (w && w.given === -2) w.given = v.readings.findIndex((r) => isGivenReading(s, v, r));
    if ((w ? w.given : v.readings.findIndex((r) => isGivenReading(s, v, r))) < 0) continue;
    const name = readName(s, i, true);
    if (!name || name.units.length < 2 || !name.hasGiven) continue;
    // `قاعدة محمد نجيب العسكرية`: a facility named after a person
    const before = prevWord(views, i);
    if (before >= 0 && views[before]!.readings.some((r) => res.facilityNouns.has(r.key) || res.facilityNouns.has(r.bare))) continue;
    const firstKey = name.units[0]!.key;
    if (res.givenAlsoWords.has(firstKey) || res.givenWithArticle.has(firstKey)) {
      // a given name that is also a word needs a second unit that cannot be a word of the sentence
      const second = name.units[1]!;
      if (second.definite || res.given.has(second.key) || endsWithPronoun(s, second.key)) continue;
    }
    const after = appositions(s, name.tokenEnd);
    out.push({ name, cues: after, strong: true, countryHint: sideCountry(s, i), source: 'given' });
    i = Math.max(name.tokenEnd, after.at(-1)?.tokenEnd ?? 0) - 1;
  }
  return out;
}
