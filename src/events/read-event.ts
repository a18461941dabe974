import type { DocEntity, DocEvent, NewsDocument, Timex } from '../core/document.js';
import type { EventSettings } from './event-settings.js';
import { dayRange } from '../time/date-range.js';
import { topicsOf } from './topics.js';
import { datesIn, entitiesIn, tokenAt, type CompiledEvents, type DraftEvent, type TriggerHit } from './find-events.js';

/** The status cues around a trigger, nearest first: denial, possibility, plan. */
function statusOf(hit: TriggerHit, doc: NewsDocument, ce: CompiledEvents, s: EventSettings): DocEvent['status'] {
  const tokens = doc.layers.tokens;
  const from = Math.max(hit.sentence.tokenStart, hit.token - s.statusWindow);
  if (ce.negation.anyIn(tokens, Math.max(hit.sentence.tokenStart, hit.token - s.negationWindow), hit.token)) return 'denied';
  if (ce.denied.anyIn(tokens, Math.max(hit.sentence.tokenStart, hit.token - 2 * s.statusWindow), hit.token)) return 'denied';
  if (ce.possible.anyIn(tokens, from, hit.token)) return 'possible';
  const t = tokens[hit.token]!;
  const prefix = ce.lang.status.futurePrefix;
  // a future verb: the future prefix before an imperfect person prefix (`سيلتقي`, `وستوقع`)
  const bare = t.norm.replace(/^[وف]/, '');
  if (hit.entry.pos === 'verb' && bare.startsWith(prefix) && bare.length > prefix.length + 2 && 'يتنا'.includes(bare[prefix.length]!)) return 'planned';
  if (ce.planned.anyIn(tokens, from, hit.token + 1)) return 'planned';
  // a noun followed by a future verb (`مباحثات … ستنطلق قريبا`), or a vague future date near it
  if (hit.entry.pos === 'noun') {
    for (let i = hit.token + 1; i < Math.min(hit.sentence.tokenEnd, hit.token + s.statusWindow + 3); i++) {
      const b = tokens[i]!.norm.replace(/^[وف]/, '');
      if (b.startsWith(prefix) && b.length > prefix.length + 3 && 'يتن'.includes(b[prefix.length]!)) return 'planned';
    }
  }
  const near = doc.layers.timexes.find((t) => t.value === 'FUTURE_REF' && t.start >= hit.sentence.start && t.end <= hit.sentence.end && Math.abs(tokenAt(tokens, t.start) - hit.token) <= s.statusWindow);
  if (near) return 'planned';
  return 'occurred';
}

/** The two countries the document names most often (its subject, for `البلدين`). */
function mainPair(doc: NewsDocument): string[] {
  const counts = doc.layers.entities
    .filter((e) => e.type === 'GPE' && e.country)
    .map((e) => [e.country!, e.mentions.length] as const)
    .sort((a, b) => b[1] - a[1]);
  return counts.length >= 2 ? [counts[0]![0], counts[1]![0]] : [];
}

/**
 * The date of the trigger's clause: the nearest anchored date or time in its sentence that no
 * other trigger of the sentence stands nearer to (in `وركز الحوار على مذكرة … قصد توقيعها في
 * بداية 2024`, the year dates the signing, not the dialogue).
 */
function dateOf(hit: TriggerHit, doc: NewsDocument, ce: CompiledEvents, others: readonly TriggerHit[], window: number): Timex | null {
  const tokens = doc.layers.tokens;
  const at = tokens[hit.token]!.start;
  const dist = (t: Timex, h: TriggerHit): number => Math.abs(t.start - tokens[h.token]!.start);
  let best: Timex | null = null;
  for (const d of datesIn(doc.layers.timexes, hit.sentence)) {
    if (!/^\d{4}/.test(d.value)) continue;
    const di = tokenAt(tokens, d.start);
    if (Math.abs(di - hit.token) > window) continue;
    if (ce.period.anyIn(tokens, Math.max(hit.sentence.tokenStart, di - 4), di)) continue;
    // `منذ زيارة رامسفيلد سنة 2006` dates Rumsfeld's visit, not `زيارة هي الأولى … منذ 2006`
    const since = ce.since.lastIn(tokens, Math.max(hit.sentence.tokenStart, di - 6), di);
    if (since >= 0 && !(hit.token > since && hit.token < di)) continue;
    if (ce.clauseBreak.anyIn(tokens, Math.min(di, hit.token) + 1, Math.max(di, hit.token))) continue;
    if (others.some((o) => o !== hit && o.sentence === hit.sentence && o.lemma !== hit.lemma && dist(d, o) < dist(d, hit))) continue;
    if (!best || Math.abs(d.start - at) < Math.abs(best.start - at)) best = d;
  }
  return best;
}

/** Participants with roles: who initiated (source), who received (target), or both took part. */
function participantsOf(hit: TriggerHit, doc: NewsDocument, ce: CompiledEvents, persons: { entity: DocEntity; at: number }[]): DocEvent['participants'] {
  if (!persons.length) return [];
  const tokens = doc.layers.tokens;
  const trigAt = tokens[hit.token]!.start;
  // `تلقى X مكالمة من Y`: a receiving verb before the trigger makes its subject the target
  let receiver = -1;
  for (let i = Math.max(hit.sentence.tokenStart, hit.token - 8); i < hit.token; i++) if (ce.receive.match(tokens[i]!)) receiver = i;
  const fromAfter = (): number => {
    for (let i = hit.token + 1; i < hit.sentence.tokenEnd; i++) if (ce.from.match(tokens[i]!)) return tokens[i]!.start;
    return -1;
  };
  if (receiver >= 0 || hit.entry.subject === 'target') {
    // the subject stands after the verb (verb-subject-object order) and before any `من Y`
    const anchor = receiver >= 0 ? tokens[receiver]!.start : trigAt;
    const from = fromAfter();
    const subject = persons.find((p) => p.at >= anchor && (from < 0 || p.at < from));
    return persons.map((p) => ({ entity: p.entity.id, role: p === subject ? 'target' : 'source' }));
  }
  if (hit.entry.subject === 'source') {
    const first = persons.find((p) => p.at >= trigAt) ?? persons[0]!;
    return persons.map((p) => ({ entity: p.entity.id, role: p === first ? 'source' : 'target' }));
  }
  return persons.map((p) => ({ entity: p.entity.id, role: 'participant' }));
}

/**
 * The name a trigger noun gives its event: its lemma and the words after it that qualify it
 * (`حوار عسكري مشترك`, `مائدة مستديرة`), up to the first particle, preposition, conjunction,
 * name of an entity or number; null for a verb or a bare noun. Words are compared without their
 * clitics, so `حوارهما العسكري المشترك` and `حوار عسكري مشترك` give one name.
 */
function nameOf(hit: TriggerHit, doc: NewsDocument, ce: CompiledEvents, maxWords: number): string | null {
  if (hit.entry.pos !== 'noun') return null;
  const tokens = doc.layers.tokens;
  const words: string[] = [];
  for (let i = hit.token + 1; i < Math.min(hit.sentence.tokenEnd, hit.token + 1 + maxWords); i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word' || t.clitics.some((c) => c.role === 'conjunction' || c.role === 'preposition') || ce.nameStop.match(t) || ce.triggers.match(t)) break;
    if (doc.layers.entities.some((e) => e.mentions.some((m) => m.start < t.end && t.start < m.end))) break;
    words.push(t.stemNorm);
  }
  return words.length ? [hit.lemma, ...words].join(' ') : null;
}

/** Whether a cue before the trigger makes its date the first or last day (`اختتم أمس 6 ديسمبر حوار …`). */
function boundOf(hit: TriggerHit, doc: NewsDocument, ce: CompiledEvents, window: number): DraftEvent['bound'] {
  const tokens = doc.layers.tokens;
  const from = Math.max(hit.sentence.tokenStart, hit.token - window);
  if (ce.boundEnd.anyIn(tokens, from, hit.token + 1)) return 'end';
  if (ce.boundStart.anyIn(tokens, from, hit.token + 1)) return 'start';
  return null;
}

/**
 * The countries taking part: those of the people in the clause, and the countries it names as
 * parties — not one named only in what the event was about (`بحثا الوضع في ليبيا`) or in another
 * clause (`… حيث تنتشر قوات روسية`).
 */
function countriesOf(hit: TriggerHit, doc: NewsDocument, ce: CompiledEvents): Set<string> {
  const tokens = doc.layers.tokens;
  const out = new Set<string>();
  for (const e of doc.layers.entities) {
    if (!e.country || (e.type !== 'GPE' && e.type !== 'PERSON')) continue;
    for (const m of e.mentions) {
      if (m.start < hit.sentence.start || m.end > hit.sentence.end) continue;
      if (e.type === 'PERSON') {
        out.add(e.country);
        break;
      }
      const at = tokenAt(tokens, m.start);
      const [from, to] = at > hit.token ? [hit.token + 1, at] : [at + 1, hit.token];
      // a relative clause on the trigger (`التمرين الذي تنظمه القوات المغربية والأمريكية`) still names its parties
      const aside = ce.aside.anyIn(tokens, from, to) || (at > hit.token && ce.topic.anyIn(tokens, hit.token, to));
      if (!aside) {
        out.add(e.country);
        break;
      }
    }
  }
  return out;
}

/** Where it took place: a place entity after a destination or place word, nearest the trigger. */
function locationOf(hit: TriggerHit, doc: NewsDocument, ce: CompiledEvents, places: { entity: DocEntity; at: number }[]): DocEvent['location'] {
  const tokens = doc.layers.tokens;
  for (const p of places) {
    const i = tokenAt(tokens, p.at);
    const tok = tokens[i]!;
    const prev = tokens[i - 1];
    // a preposition written on the name (`لروسيا`, `ببروكسل`) that the tokenizer left whole
    const lead = doc.text.slice(tok.start, p.at).replace(/^[وف]/, '');
    const marked =
      tok.clitics.some((c) => c.role === 'preposition') ||
      (lead !== '' && (ce.place.hasWord(lead) || ce.destination.hasWord(lead))) ||
      (prev && (ce.place.match(prev) || ce.destination.match(prev)));
    const situated = [tokens[i - 1], tokens[i - 2]].some((t) => t && ce.situated.match(t));
    if (situated) continue;
    if (marked && i > hit.token - 12) return { name: p.entity.name, country: p.entity.country };
  }
  return null;
}

/**
 * Reads one trigger into an event: status from the cues before it, date from its sentence
 * (null when the sentence gives none), participants, countries and place from the entities
 * mentioned in the sentence, the sentence as evidence. Returns null for generic or speculative
 * mentions, which are not events.
 */
export function readEvent(hit: TriggerHit, doc: NewsDocument, ce: CompiledEvents, s: EventSettings, all: readonly TriggerHit[] = [hit]): DraftEvent | null {
  const tokens = doc.layers.tokens;
  if (!s.statements && hit.entry.type === 'STATEMENT') return null;
  if (ce.speculation.anyIn(tokens, Math.max(hit.sentence.tokenStart, hit.token - s.statusWindow), hit.token)) return null;
  const date = dateOf(hit, doc, ce, all, s.dateWindow);
  if (!date && ce.generic.anyIn(tokens, hit.token - 2, hit.token + 3)) return null;
  let status = statusOf(hit, doc, ce, s);
  // a date after the article was written makes an event planned; one before it, a plan no more
  const when = date ? dayRange(date.value) : null;
  const dct = dayRange(doc.meta.published.value);
  if (when && dct && status === 'occurred' && when.start > dct.end) status = 'planned';
  if (when && dct && status === 'planned' && when.end < dct.start) status = 'occurred';
  const inSentence = entitiesIn(doc.layers.entities, hit.sentence);
  const persons = inSentence.filter((e) => e.entity.type === 'PERSON');
  const participants = participantsOf(hit, doc, ce, persons);
  const countries = countriesOf(hit, doc, ce);
  // `بين البلدين` names the article's two countries without naming them
  if (countries.size < 2 && ce.pair.anyIn(tokens, hit.sentence.tokenStart, hit.sentence.tokenEnd)) for (const c of mainPair(doc)) countries.add(c);
  const location = locationOf(hit, doc, ce, inSentence.filter((e) => e.entity.type === 'LOC' || e.entity.type === 'GPE'));
  if (location?.country) countries.add(location.country);
  const trig = tokens[hit.token]!;
  const text = doc.text.slice(hit.sentence.start, hit.sentence.end);
  return {
    type: hit.entry.type,
    mode: hit.entry.mode,
    status,
    date: date ? { value: date.value, mod: date.mod } : { value: null, mod: null },
    location,
    countries: [...countries].sort(),
    participants,
    topics: topicsOf(hit, doc, ce, s),
    evidence: [{ text, start: hit.sentence.start, end: hit.sentence.end }],
    trigger: hit.entry,
    lemma: hit.lemma,
    lemmas: [hit.lemma],
    bound: date ? boundOf(hit, doc, ce, s.dateWindow) : null,
    names: [nameOf(hit, doc, ce, s.nameWords)].filter((n): n is string => n !== null),
    anaphoric: hit.anaphoric,
    frame: hit.frame,
    triggerSpan: { start: trig.start, end: trig.end },
    sentence: hit.sentence,
  };
}
