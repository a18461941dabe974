import type { Stage } from '../core/pipeline.js';
import { compileEvents } from '../events/find-events.js';
import { extractEvents } from '../events/extract-events.js';
import { arabicEvents } from '../lang/ar/events/index.js';

const compiled = compileEvents(arabicEvents);

/** The `events` stage: who did what with whom, when and where, from the annotated text. */
export const eventStage: Stage = {
  name: 'events',
  description: 'finds events (PLOVER type, status, date, place, participants, countries) with their evidence',
  run(doc, ctx) {
    doc.layers.events = extractEvents(doc, compiled, ctx.settings.events);
  },
};
