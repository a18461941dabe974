import type { NewsDocument, Sentence } from '../core/document.js';
import type { EventSettings } from './event-settings.js';
import { entitiesIn, type CompiledEvents, type DraftEvent, type TriggerHit } from './find-events.js';

/** Event types whose participants attend: meetings, visits, talks and exercises. */
const ATTENDED = new Set(['CONSULT', 'COOPERATE']);

/**
 * People named in a sentence that tells who attended or led an event without naming it again by
 * a trigger (`وحضر الحدث ممثلون … بمن فيهم السفيرة …`, `وترأس اللواء … وفد بلاده`) take part in
 * the event told most recently before, within a few sentences: a meeting or an exercise, not an
 * agreement discussed at it. The sentence joins that event's evidence.
 */
export function attachAttendees(events: DraftEvent[], hits: readonly TriggerHit[], doc: NewsDocument, ce: CompiledEvents, s: EventSettings): void {
  // a statement that is not read as an event (`كما أوضح البيان`) does not name the event again
  const withTrigger = new Set<Sentence>(hits.filter((h) => s.statements || h.entry.type !== 'STATEMENT').map((h) => h.sentence));
  const sentences = doc.layers.sentences;
  const tokens = doc.layers.tokens;
  for (let k = 0; k < sentences.length; k++) {
    const sentence = sentences[k]!;
    if (withTrigger.has(sentence) || !ce.attendance.anyIn(tokens, sentence.tokenStart, sentence.tokenEnd)) continue;
    const persons = entitiesIn(doc.layers.entities, sentence).filter((e) => e.entity.type === 'PERSON');
    if (!persons.length) continue;
    const earliest = sentences[Math.max(0, k - s.attendanceSentences)]!.start;
    let target: DraftEvent | null = null;
    let at = -1;
    for (const e of events) {
      if (!ATTENDED.has(e.type) || e.status === 'denied') continue;
      const last = Math.max(...e.evidence.filter((x) => x.start < sentence.start).map((x) => x.start));
      if (last >= earliest && last > at) {
        target = e;
        at = last;
      }
    }
    if (!target) continue;
    for (const p of persons) if (!target.participants.some((q) => q.entity === p.entity.id)) target.participants.push({ entity: p.entity.id, role: 'participant' });
    for (const p of persons) if (p.entity.country && !target.countries.includes(p.entity.country)) target.countries = [...target.countries, p.entity.country].sort();
    target.evidence.push({ text: doc.text.slice(sentence.start, sentence.end), start: sentence.start, end: sentence.end });
  }
}
