import { describe, expect, it } from 'vitest';
import { contentTypeOf } from './add.js';

describe('contentTypeOf', () => {
  it('sends each file as the type its name says', () => {
    expect(contentTypeOf('batch.jsonl')).toBe('application/x-ndjson');
    expect(contentTypeOf('page.HTML')).toBe('text/html');
    expect(contentTypeOf('page.htm')).toBe('text/html');
    expect(contentTypeOf('article.txt')).toBe('text/plain');
    expect(contentTypeOf('no-extension')).toBe('text/plain');
  });
});
