import { describe, expect, it } from 'vitest';
import { timexJsonlLine, timexRecord } from './timex-jsonl.js';

describe('timex JSONL lines', () => {
  it('maps {id, text, dct} to {id, timexes} in the scorer format', () => {
    const out = JSON.parse(timexJsonlLine(JSON.stringify({ id: 'dev-1', text: 'وصل الوفد أمس', dct: '2024-10-17' })));
    expect(out).toEqual({ id: 'dev-1', timexes: [{ text: 'أمس', start: 10, end: 13, type: 'DATE', value: '2024-10-16', mod: null }] });
  });

  it('keeps the SET frequency', () => {
    const text = 'وتتدرب الفرقة خمس مرات أسبوعيا.';
    const r = timexRecord({ id: 7, text, dct: '2024-05-14' });
    const start = text.indexOf('خمس');
    expect(r).toEqual({ id: '7', timexes: [{ text: 'خمس مرات أسبوعيا', start, end: start + 16, type: 'SET', value: 'P1W', mod: null, freq: '5X' }] });
  });

  it('accepts a missing dct and refuses a line that is not an object', () => {
    expect(timexRecord({ id: 'a', text: 'الخميس' }).timexes[0]?.value).toBe('XXXX-WXX-4');
    expect(() => timexJsonlLine('[1,2]')).toThrow(/JSON object/);
  });
});
