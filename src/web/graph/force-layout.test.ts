import { describe, expect, it } from 'vitest';
import { forceLayout, type LayoutEdge } from './force-layout.js';

const OPTIONS = { width: 600, height: 400, iterations: 300, margin: 30, gravity: 0.05 };
const dist = (a: { x: number; y: number }, b: { x: number; y: number }): number => Math.hypot(a.x - b.x, a.y - b.y);

describe('forceLayout', () => {
  it('places nothing, or one node in the centre', () => {
    expect(forceLayout(0, [], OPTIONS)).toEqual([]);
    expect(forceLayout(1, [], OPTIONS)).toEqual([{ x: 300, y: 200 }]);
  });

  it('is deterministic and keeps every node inside the margins', () => {
    const edges: LayoutEdge[] = [
      { source: 0, target: 1, weight: 3 },
      { source: 1, target: 2, weight: 1 },
      { source: 3, target: 4, weight: 1 },
    ];
    const a = forceLayout(8, edges, OPTIONS);
    expect(forceLayout(8, edges, OPTIONS)).toEqual(a);
    for (const p of a) {
      expect(p.x).toBeGreaterThanOrEqual(30);
      expect(p.x).toBeLessThanOrEqual(570);
      expect(p.y).toBeGreaterThanOrEqual(30);
      expect(p.y).toBeLessThanOrEqual(370);
    }
  });

  it('draws linked nodes closer than unlinked ones, and no two nodes on one spot', () => {
    // two triangles joined by nothing
    const edges: LayoutEdge[] = [
      { source: 0, target: 1, weight: 2 },
      { source: 1, target: 2, weight: 2 },
      { source: 2, target: 0, weight: 2 },
      { source: 3, target: 4, weight: 2 },
      { source: 4, target: 5, weight: 2 },
      { source: 5, target: 3, weight: 2 },
    ];
    const p = forceLayout(6, edges, OPTIONS);
    const linked = edges.map((e) => dist(p[e.source]!, p[e.target]!));
    const across = [0, 1, 2].flatMap((i) => [3, 4, 5].map((j) => dist(p[i]!, p[j]!)));
    expect(Math.max(...linked)).toBeLessThan(Math.min(...across));
    for (let i = 0; i < p.length; i++) for (let j = i + 1; j < p.length; j++) expect(dist(p[i]!, p[j]!)).toBeGreaterThan(10);
  });
});
