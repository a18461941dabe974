import type { DocEvent, NewsDocument } from '../core/document.js';
import type { EventSettings } from './event-settings.js';
import { findTriggers, type CompiledEvents } from './find-events.js';
import { mergeEvents } from './merge-events.js';
import { attachAttendees } from './attendance.js';
import { readEvent } from './read-event.js';

/**
 * The events of one document: every trigger read with its arguments, generic and speculative
 * mentions dropped, and mentions of one real-world event merged into one record carrying all
 * their evidence. Cluster ids are set later, across documents.
 */
export function extractEvents(doc: NewsDocument, ce: CompiledEvents, s: EventSettings): DocEvent[] {
  // a noun of purpose right after another trigger (`اتفاقيات لتوريد أسلحة`) is what that event
  // is about, not an event of its own
  const hits = findTriggers(doc, ce, s).filter((h, k, all) => {
    const t = doc.layers.tokens[h.token]!;
    const bare = t.norm.replace(/^[وف]/, '');
    const purpose = t.clitics.some((c) => c.role === 'preposition' && c.form.endsWith('ل')) || (bare.startsWith('ل') && !h.lemma.startsWith('ل'));
    return !purpose || !all.some((o) => o !== h && o.sentence === h.sentence && o.token < h.token);
  });
  const drafts = hits
    .map((hit) => readEvent(hit, doc, ce, s, hits))
    .filter((d): d is NonNullable<typeof d> => d !== null);
  const events = mergeEvents(drafts);
  attachAttendees(events, hits, doc, ce, s);
  return events.map((d, k) => ({
    id: `e${k + 1}`,
    cluster: null,
    type: d.type,
    mode: d.mode,
    status: d.status,
    date: d.date,
    location: d.location,
    countries: d.countries,
    participants: d.participants,
    topics: d.topics,
    evidence: d.evidence,
    ...(d.bound ? { bound: d.bound } : {}),
    trigger: { ...d.triggerSpan, text: doc.text.slice(d.triggerSpan.start, d.triggerSpan.end), lemma: d.lemma, lemmas: d.lemmas, names: d.names },
  }));
}
