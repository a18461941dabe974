import type { DocEntity, DocEvent, NewsDocument, Published } from '../core/document.js';

/** A temporal expression as the document record writes it. */
export interface RecordTimex {
  text: string;
  start: number;
  end: number;
  type: string;
  value: string;
  mod: string | null;
}

/**
 * The document record `rasid extract` writes: the evaluation contract of the project. Every
 * field is always present; lists stay empty until a stage fills them, values stay null when
 * unknown. Offsets are UTF-16 code units into `text`.
 */
export interface DocumentRecord {
  id: string;
  source: string;
  segment_of: string | null;
  title: string | null;
  published: { value: string | null; basis: Published['basis'] };
  outlet: string | null;
  author: string | null;
  language: string;
  url: string | null;
  hash: string;
  encoding: string;
  format: string;
  text: string;
  timexes: RecordTimex[];
  entities: DocEntity[];
  events: DocEvent[];
  warnings: { code: string; message: string }[];
}

/** The document record of a processed document. */
export function toDocumentRecord(doc: NewsDocument): DocumentRecord {
  return {
    id: doc.id,
    source: doc.source,
    segment_of: doc.segmentOf,
    title: doc.meta.title,
    published: { value: doc.meta.published.value, basis: doc.meta.published.basis },
    outlet: doc.meta.outlet,
    author: doc.meta.author,
    language: doc.meta.language,
    url: doc.meta.url,
    hash: doc.hash,
    encoding: doc.encoding,
    format: doc.format,
    text: doc.text,
    timexes: doc.layers.timexes.map((t) => ({ text: t.text, start: t.start, end: t.end, type: t.type, value: t.value, mod: t.mod })),
    entities: doc.layers.entities,
    events: doc.layers.events,
    warnings: doc.warnings.map((w) => ({ code: w.code, message: w.message })),
  };
}
