/**
 * Settling what the words alone leave open, by the document's context:
 * - a name with several gazetteer readings (عمان: Oman or Amman; وزارة الدفاع الوطني: Algeria's
 *   or Tunisia's) takes the reading whose country the document names most;
 * - an institution named without a country (`بيان لوزارة الدفاع الوطني`, `رئاسة الجمهورية`)
 *   belongs to the document's main country when one country clearly dominates;
 * - a capital stands for its state's government (metonymy) after `لدى`/`مع`/`بين` or joined by
 *   و to a country (`بين الجزائر وواشنطن`, `سفير الجزائر لدى واشنطن`).
 */
import { named, type PendingNational } from './find-orgs.js';
import { prevWord } from './find-places.js';
import { entityId } from './ids.js';
import type { DocState, Mention } from './mentions.js';

/** How often the document names each country (countries, nisbas, and places and bodies of a country at half weight). */
export function countryCounts(s: DocState): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of s.mentions) {
    if (m.candidates.length !== 1 && m.source !== 'pattern') continue;
    const country = m.candidates.length === 1 ? m.candidates[0]!.country : m.country;
    if (!country) continue;
    const w = m.type === 'GPE' || m.adjective ? 1 : 0.5;
    counts.set(country, (counts.get(country) ?? 0) + w);
  }
  return counts;
}

/** The country that holds at least `minShare` of the document's country mentions, or null. */
export function mainCountry(counts: Map<string, number>, minShare: number): string | null {
  let total = 0;
  let best: string | null = null;
  let bestN = 0;
  for (const [c, n] of counts) {
    total += n;
    if (n > bestN) [best, bestN] = [c, n];
  }
  return best && bestN / total >= minShare ? best : null;
}

/** Settles ambiguous readings, countryless institutions and metonymies, in place. */
export function resolveContext(s: DocState, pending: readonly PendingNational[], minShare: number): void {
  const counts = countryCounts(s);
  for (const m of s.mentions) {
    if (m.candidates.length <= 1) continue;
    let best = m.candidates[0]!;
    let bestN = -1;
    for (const c of m.candidates) {
      const n = c.country ? (counts.get(c.country) ?? 0) : 0;
      if (n > bestN) [best, bestN] = [c, n];
    }
    m.candidates = [best];
  }
  for (const m of s.mentions) {
    if (m.source === 'gazetteer' || m.source === 'nisba') {
      const e = m.candidates[0]!;
      m.id = e.id;
      m.type = e.type;
      m.country = e.country;
    }
  }
  const main = mainCountry(counts, minShare);
  for (const p of pending) {
    if (main) {
      p.mention.country = main;
      named(s, p.mention, `org:${p.institution.idStem}-${main.toLowerCase()}`, p.institution);
    } else {
      p.mention.id = entityId('ORG', s.res.normalize(p.mention.name ?? ''), s.res.lex.romanize);
    }
  }
  for (const m of s.mentions) if (isMetonymy(s, m)) toState(s, m);
}

function isMetonymy(s: DocState, m: Mention): boolean {
  const e = m.candidates[0];
  if (!e || m.adjective || e.kind !== 'capital' || !e.country) return false;
  const { views, res } = s;
  const before = prevWord(views, m.tokenStart);
  const reading = views[m.tokenStart]!.readings.find((r) => r.start === m.start);
  if (before >= 0 && views[before]!.readings.some((r) => res.stateAfter.has(r.key))) return true;
  if (reading?.conjunction && before >= 0) {
    const x = s.covered[before]!;
    const prev = x >= 0 ? s.mentions[x]! : null;
    if (prev && prev.type === 'GPE' && prev.candidates[0]?.kind === 'country') return true;
  }
  return false;
}

function toState(s: DocState, m: Mention): void {
  const state = s.res.gazetteer.get(`gpe:${m.candidates[0]!.country}`);
  if (!state) return;
  m.candidates = [state];
  m.id = state.id;
  m.type = 'GPE';
  m.country = state.country;
  m.metonymy = true;
}
