/**
 * Within one document, the mentions of one person become one cluster: `الرئيس عبد المجيد تبون`,
 * later `الرئيس تبون` and `تبون`; `ويليام لابلانت` and `لابلانت`; `صبري بوقادوم` and the
 * misspelt `صبري قادوم`. Candidates join the nearest earlier cluster whose name they agree with
 * (name-key.ts); then every further occurrence of a cluster's family name in the text, with or
 * without clitics (`لتبون`, `وإسبر`), becomes a mention too. A cluster that only weak evidence
 * supports is kept when something else corroborates it.
 */
import type { Cue } from './role-phrases.js';
import type { DocState, Mention } from './mentions.js';
import { compareNames, nameParts, type NameParts } from './name-key.js';
import type { PersonCandidate } from './find-persons.js';

/** One mention of a person. */
export interface PersonMention {
  start: number;
  end: number;
  tokenStart: number;
  tokenEnd: number;
}

/** The mentions of one person in one document. */
export interface PersonCluster {
  parts: NameParts;
  /** the fullest name as written */
  name: string;
  mentions: PersonMention[];
  cues: Cue[];
  countryHints: Mention[];
  strong: boolean;
}

/** Whether a weak cluster is corroborated from outside the document (the identity registry, the model). */
export type Corroborate = (parts: NameParts) => boolean;

/** Groups candidates into clusters, adds family-name mentions, drops unsupported clusters. */
export function corefer(s: DocState, candidates: readonly PersonCandidate[], corroborate: Corroborate): PersonCluster[] {
  const clusters: PersonCluster[] = [];
  const sorted = [...candidates].sort((a, b) => a.name.start - b.name.start);
  for (const c of sorted) {
    const parts = nameParts(c.name.units.map((u) => u.key), s.res);
    const mention = { start: c.name.start, end: c.name.end, tokenStart: c.name.tokenStart, tokenEnd: c.name.tokenEnd };
    let target: PersonCluster | undefined;
    for (let k = clusters.length - 1; k >= 0 && !target; k--) {
      if (compareNames(parts, clusters[k]!.parts, s.res) !== 'different') target = clusters[k];
    }
    if (!target) {
      clusters.push({ parts, name: s.text.slice(mention.start, mention.end), mentions: [mention], cues: [...c.cues], countryHints: c.countryHint ? [c.countryHint] : [], strong: c.strong });
      continue;
    }
    target.mentions.push(mention);
    target.cues.push(...c.cues);
    if (c.countryHint) target.countryHints.push(c.countryHint);
    target.strong ||= c.strong;
    if (parts.units.length > target.parts.units.length || (target.parts.given === null && parts.given !== null)) {
      target.parts = parts;
      target.name = s.text.slice(mention.start, mention.end);
    }
  }
  const kept = clusters.filter((c) => c.strong || c.mentions.length > 1 || corroborate(c.parts));
  addFamilyNameMentions(s, kept);
  return kept;
}

/** Occurrences of a kept cluster's family name elsewhere in the text. */
function addFamilyNameMentions(s: DocState, clusters: PersonCluster[]): void {
  const { views, res } = s;
  const taken = new Uint8Array(views.length);
  for (const c of clusters) for (const m of c.mentions) for (let k = m.tokenStart; k < m.tokenEnd; k++) taken[k] = 1;
  const bySurname = new Map<string, PersonCluster | null>();
  for (const c of clusters) {
    const sn = c.parts.surname;
    if (!sn || sn.length < 3 || sn.includes(' ') || res.stops.has(sn) || res.gazIndex.starts(sn)) continue;
    if (c.parts.units.length === 1 && res.given.has(sn)) continue;
    if (c.parts.units.length > 1 && c.parts.given === null && res.given.has(sn)) continue;
    // two people of one family name in a document: a bare family name is ambiguous, leave it
    bySurname.set(sn, bySurname.has(sn) && bySurname.get(sn) !== c ? null : c);
  }
  if (!bySurname.size) return;
  for (let k = 0; k < views.length; k++) {
    if (taken[k] || s.covered[k]! >= 0 || s.adjective[k]! >= 0) continue;
    const v = views[k]!;
    for (const r of v.readings) {
      const c = bySurname.get(r.key) ?? (r.key !== r.bare ? undefined : bySurname.get(r.bare));
      if (!c) continue;
      c.mentions.push({ start: r.start, end: v.tok.end, tokenStart: k, tokenEnd: k + 1 });
      break;
    }
  }
  for (const c of clusters) c.mentions.sort((a, b) => a.start - b.start);
}
