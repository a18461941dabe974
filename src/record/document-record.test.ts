import { describe, expect, it } from 'vitest';
import { resolveSettings } from '../core/settings.js';
import { createDocument } from '../ingest/create-document.js';
import { defaultPipeline } from '../stages/default-pipeline.js';
import { toDocumentRecord } from './document-record.js';

/** The fields record-format.md requires in every record. */
const REQUIRED = ['id', 'source', 'segment_of', 'title', 'published', 'outlet', 'author', 'language', 'text', 'timexes', 'entities', 'events'];

describe('toDocumentRecord', () => {
  it('writes every required field, empty lists and nulls rather than invented values', () => {
    const settings = resolveSettings();
    const doc = createDocument({ source: 'x.txt', idHint: 'x', format: 'text', text: '  عنوان\n\nنص الخبر هنا.  \n', given: {} }, settings);
    defaultPipeline().run(doc, { settings });
    const rec = toDocumentRecord(doc);
    for (const f of REQUIRED) expect(rec).toHaveProperty(f);
    expect(rec.published).toEqual({ value: null, basis: 'none' });
    expect(rec.segment_of).toBeNull();
    expect(Array.isArray(rec.timexes) && Array.isArray(rec.entities) && Array.isArray(rec.events)).toBe(true);
    expect(JSON.parse(JSON.stringify(rec))).toEqual(rec);
  });

  it('keeps a stated publication date as metadata', () => {
    const settings = resolveSettings();
    const doc = createDocument({ source: 'a.jsonl:1', idHint: 'a', format: 'text', text: 'نص', given: { published: '2024-05-12', outlet: 'وكالة' } }, settings);
    const rec = toDocumentRecord(doc);
    expect(rec.published).toEqual({ value: '2024-05-12', basis: 'metadata' });
    expect(rec.outlet).toBe('وكالة');
  });
});

describe('isoStampValue', () => {
  it.each([
    ['2023-12-07T11:00:00+01:00', '2023-12-07T11:00'],
    ['2023-12-07', '2023-12-07'],
    ['2021-05-04T02:10:00Z', '2021-05-04T02:10'],
    ['2021-05', '2021-05'],
    ['9 مارس 2025', null],
    ['2021-13-01', null],
  ])('%s → %s', async (input, want) => {
    const { isoStampValue } = await import('../ingest/create-document.js');
    expect(isoStampValue(input)).toBe(want);
  });
});
