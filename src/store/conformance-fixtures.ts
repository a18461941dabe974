import type { TextSpan } from '../core/span.js';
import type { StoredDocument } from './stored-document.js';

/**
 * Documents for the conformance suite: real Arabic, an offset map into a raw page with a title
 * line, and every layer filled, so a round trip proves each field survives.
 */

const TITLE = 'إسبر في الجزائر';
const BODY =
  'التقى وزير الدفاع الأمريكي مارك إسبر، الخميس، بالرئيس عبد المجيد تبون في الجزائر يوم 1 أكتوبر 2020. ' +
  'ومن المقرر توقيع اتفاق تعاون عسكري في نوفمبر 2020.';

/** The span of the first occurrence of `needle` in `text`, e.g. `find('abc', 'b')` → `{text: 'b', start: 1, end: 2}`. */
export function find(text: string, needle: string, from = 0): TextSpan {
  const start = text.indexOf(needle, from);
  if (start < 0) throw new Error(`fixture: "${needle}" not in text`);
  return { text: needle, start, end: start + needle.length };
}

/** A fake but well-formed sha256 hex string for fixture `n`. */
export function fakeHash(n: number | string): string {
  const hex = [...String(n)].map((c) => c.charCodeAt(0).toString(16).padStart(2, '0')).join('');
  return hex.padStart(64, '0').slice(-64);
}

/**
 * A complete stored document with id `doc-<n>`, every field filled; `overrides` replace fields,
 * e.g. `sampleDocument(2, {outlet: 'الشروق'})`.
 */
export function sampleDocument(n: number, overrides: Partial<StoredDocument> = {}): StoredDocument {
  const id = `doc-${n}`;
  const raw = `<h1>${TITLE}</h1>\n<p>${BODY}</p>`;
  const rawStart = raw.indexOf(BODY);
  const text = BODY;
  const thursday = find(text, 'الخميس');
  const date = find(text, '1 أكتوبر 2020');
  const november = find(text, 'نوفمبر 2020');
  const firstEnd = text.indexOf('.') + 1;
  return {
    id,
    source: `corpus/seeds/${id}.html`,
    segment_of: null,
    title: TITLE,
    published: { value: '2020-10-02', basis: 'metadata', evidence: { text: '2020-10-02', start: 3, end: 13 } },
    outlet: 'الشروق',
    author: 'سمير بن علي',
    language: 'ar',
    text,
    timexes: [
      { ...thursday, type: 'DATE', value: '2020-10-01', mod: null, rule: 'weekday-anaphoric' },
      { ...date, type: 'DATE', value: '2020-10-01', mod: null, rule: 'day-month-year' },
      { ...november, type: 'DATE', value: '2020-11', mod: null },
    ],
    entities: [
      {
        id: 'person:esper', type: 'PERSON', name: 'مارك إسبر', name_en: 'Mark Esper', country: 'US',
        roles: ['وزير الدفاع الأمريكي'], mentions: [find(text, 'مارك إسبر')],
      },
      {
        id: 'person:tebboune', type: 'PERSON', name: 'عبد المجيد تبون', name_en: 'Abdelmadjid Tebboune', country: 'DZ',
        roles: ['الرئيس'], mentions: [find(text, 'عبد المجيد تبون')],
      },
      { id: 'gpe:dz', type: 'GPE', name: 'الجزائر', name_en: 'Algeria', country: 'DZ', roles: [], mentions: [find(text, 'الجزائر')] },
    ],
    events: [
      {
        id: 'e1', cluster: null, type: 'CONSULT', mode: 'visit', status: 'occurred',
        date: { value: '2020-10-01', mod: null }, location: { name: 'الجزائر', country: 'DZ' },
        countries: ['US', 'DZ'],
        participants: [{ entity: 'person:esper', role: 'source' }, { entity: 'person:tebboune', role: 'target' }],
        topics: ['ليبيا', 'الساحل'], evidence: [{ text: text.slice(0, firstEnd), start: 0, end: firstEnd }],
      },
      {
        id: 'e2', cluster: null, type: 'SUPPORT', mode: 'sign', status: 'planned',
        date: { value: '2020-11', mod: null }, location: null, countries: ['DZ', 'US'],
        participants: [{ entity: 'gpe:dz', role: 'source' }], topics: [],
        evidence: [{ text: text.slice(firstEnd + 1), start: firstEnd + 1, end: text.length }],
      },
    ],
    hash: fakeHash(n),
    raw,
    encoding: 'windows-1256',
    format: 'html',
    url: `https://example.dz/article/${n}`,
    offsets: { runs: [{ d: 0, s: rawStart, len: text.length }], length: text.length, sourceLength: raw.length },
    ingested_at: '2024-05-01T10:00:00.000Z',
    sentences: [
      { start: 0, end: firstEnd, tokenStart: 0, tokenEnd: 2 },
      { start: firstEnd + 1, end: text.length, tokenStart: 2, tokenEnd: 2 },
    ],
    tokens: [
      { ...find(text, 'التقى'), norm: 'التقي', kind: 'word', stem: { start: 0, end: 5 }, stemNorm: 'التقي', clitics: [] },
      {
        ...find(text, 'وزير'), norm: 'وزير', kind: 'word', stem: find(text, 'وزير'), stemNorm: 'وزير',
        clitics: [],
      },
    ],
    warnings: [{ code: 'E_NO_TEXT', message: 'only for the round trip' }],
    ...overrides,
  };
}

/** A segment of `host` (an article glued in the same page): same hash and raw, id `<host>.<k>`. */
export function sampleSegment(host: StoredDocument, k = 2, overrides: Partial<StoredDocument> = {}): StoredDocument {
  const text = 'اقرأ أيضا: الجيش الجزائري يجري مناورات بحرية.';
  return {
    ...host,
    id: `${host.id}.${k}`,
    segment_of: host.id,
    title: null,
    published: { value: null, basis: 'none' },
    text,
    timexes: [],
    entities: [],
    events: [],
    offsets: { runs: [], length: text.length, sourceLength: host.raw.length },
    sentences: [],
    tokens: [],
    warnings: [],
    ...overrides,
  };
}
