import type { NewsDocument } from '../core/document.js';
import type { StageContext } from '../core/pipeline.js';
import { resolveSettings } from '../core/settings.js';
import { createDocument } from '../ingest/create-document.js';
import { defaultPipeline } from './default-pipeline.js';

/** How annotateText runs: the document's id and publication date, stages left out, the context. */
export interface AnnotateOptions {
  id?: string;
  published?: string;
  disable?: readonly string[];
  ctx?: StageContext;
}

/**
 * A plain text through the default pipeline, as a page `ID.txt` would go: the annotated document
 * (the first, when the text splits into segments). Throws the stage's error when one fails.
 * Example: `annotateText('التقى وزير الدفاع …', { published: '2020-10-02' }).layers.events`.
 */
export function annotateText(text: string, o: AnnotateOptions = {}): NewsDocument {
  const id = o.id ?? 'doc';
  const ctx = o.ctx ?? { settings: resolveSettings() };
  const given = o.published ? { published: o.published } : {};
  const doc = createDocument({ source: `${id}.txt`, idHint: id, format: 'text', text, given }, ctx.settings);
  const result = defaultPipeline(o.disable ?? []).run(doc, ctx);
  if (result.error) throw result.error;
  return result.documents[0]!;
}
