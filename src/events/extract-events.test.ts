import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveSettings } from '../core/settings.js';
import { PROJECT_ROOT } from '../eval/shared-material.js';
import { createDocument } from '../ingest/create-document.js';
import { defaultPipeline } from '../stages/default-pipeline.js';
import { EventClusterer, affinity } from './cluster-events.js';
import type { DocEvent } from '../core/document.js';

const settings = resolveSettings();
const FIXTURES = join(PROJECT_ROOT, 'test', 'fixtures', 'events');

function eventsOf(text: string, id = 'doc'): DocEvent[] {
  const doc = createDocument({ source: `${id}.txt`, idHint: id, format: 'text', text, given: {} }, settings);
  const out = defaultPipeline().run(doc, { settings });
  expect(out.error).toBeNull();
  return out.documents[0]!.layers.events;
}

describe('events (golden fixtures)', () => {
  for (const slug of readdirSync(FIXTURES).sort()) {
    it(slug, () => {
      const text = readFileSync(join(FIXTURES, slug, 'input.txt'), 'utf8');
      const want = JSON.parse(readFileSync(join(FIXTURES, slug, 'expected.json'), 'utf8')) as { type: string; mode: string; status: string; date: string | null }[];
      const got = eventsOf(text).map((e) => ({ type: e.type, mode: e.mode, status: e.status, date: e.date.value }));
      expect(got).toEqual(want);
    });
  }

  it('keeps evidence that slices the text and a trigger inside it', () => {
    const text = readFileSync(join(FIXTURES, 'meeting-plan-denial', 'input.txt'), 'utf8');
    const doc = createDocument({ source: 'a.txt', idHint: 'a', format: 'text', text, given: {} }, settings);
    const done = defaultPipeline().run(doc, { settings }).documents[0]!;
    for (const e of done.layers.events) {
      for (const ev of e.evidence) expect(done.text.slice(ev.start, ev.end)).toBe(ev.text);
      expect(done.text.slice(e.trigger!.start, e.trigger!.end)).toBe(e.trigger!.text);
    }
  });
});

describe('event clusters', () => {
  const base: DocEvent = {
    id: 'e1', cluster: null, type: 'SUPPORT', mode: 'sign', status: 'planned', date: { value: '2024', mod: 'START' },
    location: null, countries: ['DZ', 'US'], participants: [], topics: [], evidence: [],
  };

  it('joins a plan to its later outcome, and keeps the disagreement', () => {
    const c = new EventClusterer(settings.clusters);
    const plan = { ...base };
    const outcome = { ...base, status: 'occurred' as const, date: { value: '2025-01-22', mod: null } };
    c.assign('a', [plan]);
    c.assign('b', [outcome]);
    expect(outcome.cluster).toBe(plan.cluster);
    expect(c.all[0]!.conflicts[0]).toContain('2025-01-22');
  });

  it('keeps apart events of other countries, other types, or dates that cannot meet', () => {
    expect(affinity(base, { ...base, countries: ['MA', 'US'] }, settings.clusters)).toBe(0);
    expect(affinity(base, { ...base, type: 'CONSULT', mode: 'meeting' }, settings.clusters)).toBe(0);
    expect(affinity({ ...base, status: 'occurred', date: { value: '2020-10-02', mod: null } }, { ...base, status: 'occurred', date: { value: '2023-12-04', mod: null } }, settings.clusters)).toBe(0);
  });

  it('never puts two events of one document in one cluster', () => {
    const c = new EventClusterer(settings.clusters);
    const a = { ...base, id: 'e1' };
    const b = { ...base, id: 'e2' };
    c.assign('doc', [a, b]);
    expect(a.cluster).not.toBe(b.cluster);
  });
});
