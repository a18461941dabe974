import type { DocEntity, DocEvent, NewsDocument, Sentence, Timex, Token } from '../core/document.js';
import type { Span } from '../core/span.js';
import type { EventLanguage, TriggerEntry } from './event-language.js';
import { WordSet } from './word-sets.js';
import type { EventSettings } from './event-settings.js';

/** The compiled form of a language pack: word sets built once. */
export interface CompiledEvents {
  lang: EventLanguage;
  triggers: WordSet<TriggerMatch[]>;
  requires: Map<TriggerEntry, WordSet>;
  planned: WordSet;
  possible: WordSet;
  denied: WordSet;
  negation: WordSet;
  generic: WordSet;
  speculation: WordSet;
  destination: WordSet;
  place: WordSet;
  from: WordSet;
  receive: WordSet;
  pair: WordSet;
  clauseBreak: WordSet;
  /** clause breaks that are not relative pronouns: what follows is another matter */
  aside: WordSet;
  ordinal: WordSet;
  frame: WordSet;
  nameStop: WordSet;
  boundStart: WordSet;
  boundEnd: WordSet;
  situated: WordSet;
  period: WordSet;
  since: WordSet;
  topic: WordSet;
  topicEnd: WordSet;
  attendance: WordSet;
  /** a conjunction written before the article (`والساحل`) */
  conjunctionBeforeArticle: RegExp;
}

/** Builds the word sets of a language pack. */
export function compileEvents(lang: EventLanguage): CompiledEvents {
  const byForm = new Map<string, TriggerMatch[]>();
  for (const t of lang.triggers) {
    for (const group of t.forms) {
      const words = group.split('|');
      for (const f of words) byForm.set(f, [...(byForm.get(f) ?? []), { entry: t, lemma: words[0]! }]);
    }
  }
  const requires = new Map<TriggerEntry, WordSet>();
  for (const t of lang.triggers) if (t.requires) requires.set(t, WordSet.of(t.requires));
  return {
    lang,
    triggers: new WordSet(byForm),
    requires,
    planned: WordSet.of(lang.status.planned),
    possible: WordSet.of(lang.status.possible),
    denied: WordSet.of(lang.status.denied),
    negation: WordSet.of(lang.status.negation),
    generic: WordSet.of(lang.generic),
    speculation: WordSet.of(lang.speculation),
    destination: WordSet.of(lang.destination),
    place: WordSet.of(lang.place),
    from: WordSet.of(lang.fromWords),
    receive: WordSet.of(lang.receiveVerbs),
    pair: WordSet.of(lang.pairWords),
    clauseBreak: WordSet.of(lang.clauseBreaks),
    aside: WordSet.of(lang.clauseBreaks.filter((w) => !lang.relativePronouns.includes(w))),
    ordinal: WordSet.of(lang.ordinals),
    frame: WordSet.of(lang.frameWords),
    nameStop: WordSet.of(lang.nameStops),
    boundStart: WordSet.of(lang.boundaries.start),
    boundEnd: WordSet.of(lang.boundaries.end),
    situated: WordSet.of(lang.situatedWords),
    period: WordSet.of(lang.periodCues),
    since: WordSet.of(lang.sinceWords),
    topic: WordSet.of(lang.topicMarkers),
    topicEnd: WordSet.of(lang.topicEnds),
    attendance: WordSet.of(lang.attendanceCues),
    conjunctionBeforeArticle: new RegExp(`^${lang.conjunctionBeforeArticle}`),
  };
}

/** A trigger entry with the lemma of the form that matched. */
export interface TriggerMatch {
  entry: TriggerEntry;
  lemma: string;
}

/** A trigger found in a sentence, before its arguments are read. */
export interface TriggerHit {
  entry: TriggerEntry;
  lemma: string;
  /** the trigger is a definite noun (`الاجتماع`) or its subject is `الطرفان`: it refers back */
  anaphoric: boolean;
  /** the trigger frames another event of its clause (`خلال الحوار`) */
  frame: boolean;
  token: number;
  sentence: Sentence;
}

/** Every trigger of the document whose required company is present. */
export function findTriggers(doc: NewsDocument, ce: CompiledEvents, w: EventSettings): TriggerHit[] {
  const hits: TriggerHit[] = [];
  const tokens = doc.layers.tokens;
  for (const sentence of doc.layers.sentences) {
    for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
      const matches = ce.triggers.match(tokens[i]!);
      if (!matches) continue;
      const m = matches.find(({ entry }) => {
        const req = ce.requires.get(entry);
        const span = entry.requiresWithin ?? w.requiresWindow;
        return !req || req.anyIn(tokens, Math.max(sentence.tokenStart, i - span), Math.min(sentence.tokenEnd, i + span + 1));
      });
      if (m) {
        const t = tokens[i]!;
        const numbered = ce.ordinal.anyIn(tokens, i + 1, Math.min(sentence.tokenEnd, i + 3));
        const definite = m.entry.pos === 'noun' && t.clitics.some((c) => c.role === 'article') && !numbered;
        // a verb whose subject is `الطرفان` / `الجانبان` speaks of parties already introduced
        const pairSubject = m.entry.pos === 'verb' && ce.pair.anyIn(tokens, i + 1, Math.min(sentence.tokenEnd, i + 3));
        const frame = i > sentence.tokenStart && ce.frame.match(tokens[i - 1]!) !== undefined;
        hits.push({ entry: m.entry, lemma: m.lemma, anaphoric: definite || pairSubject, frame, token: i, sentence });
      }
    }
  }
  // one definite mention makes its clause speak of a known event (`وتناول اللقاء …`), unless it
  // only frames the clause's own event in time (`خلال الحوار، بحثت مائدة مستديرة …`)
  for (const h of hits) if (hits.some((o) => o.anaphoric && !o.frame && o.sentence === h.sentence && o.entry.type === h.entry.type)) h.anaphoric = true;
  return hits;
}

/** Entities with a mention inside `span`, each with its first mention there. */
export function entitiesIn(entities: readonly DocEntity[], span: Span): { entity: DocEntity; at: number }[] {
  const out: { entity: DocEntity; at: number }[] = [];
  for (const e of entities) {
    const m = e.mentions.find((x) => x.start >= span.start && x.end <= span.end);
    if (m) out.push({ entity: e, at: m.start });
  }
  return out.sort((a, b) => a.at - b.at);
}

/** The timexes of a sentence that can date an event (dates and times, not durations or sets). */
export function datesIn(timexes: readonly Timex[], span: Span): Timex[] {
  return timexes.filter((t) => t.start >= span.start && t.end <= span.end && (t.type === 'DATE' || t.type === 'TIME'));
}

/** The token index holding character `pos`, or the nearest after it. */
export function tokenAt(tokens: readonly Token[], pos: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** An event under construction: the record's fields plus what merging needs. */
export interface DraftEvent extends Omit<DocEvent, 'id' | 'cluster' | 'trigger' | 'bound'> {
  trigger: TriggerEntry;
  lemma: string;
  /** the lemmas of every trigger folded into the event (`بحث`, `مائدة`) */
  lemmas: string[];
  /** the date is the day the event began or ended, not its whole span */
  bound: 'start' | 'end' | null;
  /** the names the event is told by: a trigger noun with the words qualifying it (`حوار عسكري مشترك`) */
  names: string[];
  anaphoric: boolean;
  frame: boolean;
  triggerSpan: Span;
  sentence: Sentence;
}
