import { emptyLayers, type NewsDocument } from '../core/document.js';
import { RasidError } from '../core/errors.js';
import { OffsetMap, OffsetMapBuilder } from '../core/offset-map.js';
import type { Stage, StageContext } from '../core/pipeline.js';
import { siteOf } from '../clean/site-furniture.js';
import type { Span } from '../core/span.js';
import { readFlatPage } from '../clean/flat-text.js';
import { extractHtmlArticle } from '../html/html-article.js';
import type { Settings } from '../core/settings.js';

/** Joins spans of `source` with newlines, returning the text and its map back into `source`. */
export function joinSpans(source: string, spans: readonly Span[]): { text: string; map: OffsetMap } {
  const b = new OffsetMapBuilder();
  let text = '';
  for (const s of spans) {
    if (s.end <= s.start) continue;
    if (text) {
      text += '\n';
      b.insert(1);
    }
    b.copy(s.start, s.end - s.start);
    text += source.slice(s.start, s.end);
  }
  return { text, map: b.build(source.length) };
}

/**
 * The page as text with a map to the raw input. HTML goes through the article extractor, whose
 * metadata (JSON-LD, OpenGraph, meta tags) is taken first; text is taken as it is.
 */
function pageText(doc: NewsDocument, settings: Settings): { text: string; map: OffsetMap } {
  if (doc.format !== 'html') return { text: doc.raw, map: OffsetMap.identity(doc.raw.length) };
  const a = extractHtmlArticle(doc.raw, { settings: settings.html });
  doc.meta.title ??= a.title;
  doc.meta.author ??= a.author;
  doc.meta.outlet ??= a.outlet;
  doc.meta.url ??= a.url;
  if (!doc.meta.published.value && a.published) doc.meta.published = { value: a.published, basis: 'metadata' };
  doc.meta.dateLines.push(...a.dateLines);
  return { text: a.text, map: a.map };
}

/**
 * Reads the page: the article body becomes `doc.text`, the title, author, outlet and date lines
 * become metadata, and every article glued after a read-also heading becomes a document of its
 * own (returned, so the later stages run on it too).
 */
function clean(doc: NewsDocument, ctx: StageContext): NewsDocument[] {
  const { settings, lineStats } = ctx;
  const page = pageText(doc, settings);
  const site = siteOf(doc.source, doc.meta.url);
  const isFurniture = lineStats
    ? (key: string): boolean => {
        const f = lineStats.frequency(site, key);
        return f.docs >= settings.clean.furnitureMinDocs && f.docs / f.total >= settings.clean.furnitureMinShare;
      }
    : undefined;
  const extracted = doc.format === 'html';
  const flat = readFlatPage(page.text, settings, { isFurniture, extracted, knownTitle: doc.meta.title, knownOutlet: doc.meta.outlet });
  const body = joinSpans(page.text, flat.body);
  doc.text = body.text;
  doc.offsets = body.map.compose(page.map);
  doc.meta.title ??= flat.title?.text ?? null;
  doc.meta.author ??= flat.author;
  doc.meta.outlet ??= flat.outlet;
  doc.meta.dateLines.push(...flat.dateLines.map((l) => ({ text: l.text, ...page.map.spanToSource(l) })));
  if (doc.text.trim() === '') throw new RasidError('E_NO_TEXT', 'no article text was found on the page', doc.source);
  return flat.segments.map((seg, k) => {
    const joined = joinSpans(page.text, seg.body);
    return {
      id: `${doc.id}.${k + 2}`,
      hash: doc.hash, // a segment is identified by its host page and its ordinal
      source: doc.source,
      format: doc.format,
      raw: doc.raw,
      encoding: doc.encoding,
      text: joined.text,
      offsets: joined.map.compose(page.map),
      // an appended article's date, author and outlet are not the host page's
      meta: { title: seg.title?.text ?? null, published: { value: null, basis: 'none' }, outlet: null, author: null, url: null, language: doc.meta.language, dateLines: [] },
      segmentOf: doc.id,
      layers: emptyLayers(),
      warnings: [],
    } satisfies NewsDocument;
  });
}

/** The cleaning stage: the article text of the page, its metadata, and its glued-on articles. */
export const cleanStage: Stage = {
  name: 'clean',
  description: 'finds the article in the page: body, title, date line, author, outlet, and glued-on articles as segments',
  run(doc, ctx) {
    return clean(doc, ctx);
  },
};
