import type { Migration } from './index.js';

/**
 * What clustering reads of an event beyond its fields: the trigger (its words, lemmas and the
 * event's names, `حوار عسكري مشترك`) and whether its date is only its first or last day. Kept so
 * that a later ingestion clusters new reports against stored ones exactly as one batch would.
 */
export const eventTriggers: Migration = {
  id: '0003-event-triggers',
  up: `
ALTER TABLE events ADD COLUMN trigger jsonb;
ALTER TABLE events ADD COLUMN bound text;
`,
};
