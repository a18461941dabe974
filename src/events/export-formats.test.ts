import { describe, expect, it } from 'vitest';
import type { StoredEvent } from '../store/index.js';
import { eventsCsv, toPlover } from './export-formats.js';

const ev: StoredEvent = {
  doc: 'd1', id: 'e1', cluster: 'ev:d1:e1', type: 'SUPPORT', mode: 'sign', status: 'planned', date: { value: '2024', mod: 'START' },
  location: null, countries: ['DZ', 'US'], participants: [{ entity: 'person:a', role: 'source' }, { entity: 'person:b', role: 'target' }],
  topics: [], evidence: [{ text: 'مذكرة تفاهم، "قصد توقيعها" في بداية 2024', start: 0, end: 40 }],
};
const nameOf = (id: string): string => ({ 'person:a': 'أ', 'person:b': 'ب' })[id] ?? id;

describe('event exports', () => {
  it('codes a planned signing as AGREE in PLOVER, keeping the intended type', () => {
    const p = toPlover(ev, nameOf);
    expect(p).toMatchObject({ event_type: 'AGREE', rasid_intended_type: 'SUPPORT', rasid_status: 'planned', source_actor: 'أ', target_actor: 'ب', date: '2024' });
    expect(toPlover({ ...ev, status: 'occurred' }, nameOf)).toMatchObject({ event_type: 'SUPPORT', rasid_intended_type: null });
  });

  it('writes CSV with a header and quoted cells', () => {
    const lines = eventsCsv([ev], nameOf).trimEnd().split('\n');
    expect(lines[0]!.startsWith('doc,id,cluster,type')).toBe(true);
    expect(lines[1]).toContain('"مذكرة تفاهم، ""قصد توقيعها"" في بداية 2024"');
    expect(lines[1]).toContain(',DZ US,أ,ب,');
  });
});
