import type { DocEvent, NewsDocument } from '../core/document.js';
import type { EventSettings } from './event-settings.js';
import { findTriggers, type CompiledEvents } from './find-events.js';
import { mergeEvents } from './merge-events.js';
import { readEvent } from './read-event.js';

/**
 * The events of one document: every trigger read with its arguments, generic and speculative
 * mentions dropped, and mentions of one real-world event merged into one record carrying all
 * their evidence. Cluster ids are set later, across documents.
 */
export function extractEvents(doc: NewsDocument, ce: CompiledEvents, s: EventSettings): DocEvent[] {
  const drafts = findTriggers(doc, ce, s)
    .map((hit) => readEvent(hit, doc, ce, s))
    .filter((d): d is NonNullable<typeof d> => d !== null);
  return mergeEvents(drafts).map((d, k) => ({
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
  }));
}
