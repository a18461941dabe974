import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from './shared-material.js';

/** A measured figure checked against its pinned floor. */
export interface FloorCheck {
  metric: string;
  value: number;
  floor: number | null;
  ok: boolean;
}

/** The checked-in floors: `eval/floors.json`, metric name → lowest acceptable value. */
export function loadFloors(path = join(PROJECT_ROOT, 'eval', 'floors.json')): Record<string, number> {
  const raw = JSON.parse(readFileSync(path, 'utf8')) as { floors: Record<string, number> };
  return raw.floors;
}

/** Compares figures with floors; a figure without a floor is reported but never fails. */
export function checkFloors(figures: Record<string, number>, floors: Record<string, number>, tolerance: number): FloorCheck[] {
  return Object.entries(figures).map(([metric, value]) => {
    const floor = floors[metric] ?? null;
    return { metric, value, floor, ok: floor === null || value >= floor - tolerance };
  });
}

/** `3/5` → 0.6, numbers pass through: the scorers print some figures as fractions. */
export function asNumber(v: unknown): number {
  if (typeof v === 'number') return v;
  const m = /^(\d+)\/(\d+)$/.exec(String(v));
  if (m) return Number(m[2]) === 0 ? 0 : Number(m[1]) / Number(m[2]);
  return Number.NaN;
}
