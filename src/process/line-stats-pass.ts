import type { Settings } from '../core/settings.js';
import { LineStats, siteOf } from '../clean/site-furniture.js';
import { createDocument } from '../ingest/create-document.js';
import { readInputs } from '../ingest/sources.js';
import { htmlToPositionedText } from '../html/html-text.js';

/**
 * Reads a batch once before processing it, counting the short lines each site repeats, so the
 * cleaner can recognise a site's furniture on every page, the first one included. Inputs that
 * fail are passed over here; the real pass reports them.
 */
export async function collectLineStats(paths: readonly string[], settings: Settings): Promise<LineStats> {
  const stats = new LineStats(settings.clean.shortLineMaxWords);
  for await (const input of readInputs(paths.filter((p) => p !== '-'), { settings })) {
    try {
      const doc = createDocument(input, settings);
      stats.add(siteOf(doc.source, doc.meta.url), doc.format === 'html' ? htmlToPositionedText(doc.raw).text : doc.raw);
    } catch {
      // reported by the processing pass
    }
  }
  return stats;
}
