import type { Settings } from '../core/settings.js';

/** The part of the settings the event engine reads (see src/core/settings.ts for the reasons). */
export type EventSettings = Settings['events'];
