/**
 * A small force-directed layout (after Fruchterman and Reingold, 1991): nodes repel one another,
 * edges pull their ends together with a strength that grows with the edge's weight, a light
 * gravity keeps separate groups in view, and a temperature that falls every step bounds each
 * move so the layout settles. Deterministic: nodes start on a circle in input order, so the same
 * graph is always drawn the same way (and tests can rely on it).
 */

/** An edge between node indices, with how many events join them. */
export interface LayoutEdge {
  source: number;
  target: number;
  weight: number;
}

/** Layout parameters: the area, steps, margin kept free, and pull toward the centre. */
export interface LayoutOptions {
  width: number;
  height: number;
  iterations: number;
  margin: number;
  gravity: number;
}

/** A node position. */
export interface Point {
  x: number;
  y: number;
}

/**
 * Positions for `count` nodes, inside the area less its margin.
 *
 * Example: `forceLayout(3, [{source: 0, target: 1, weight: 2}], {width: 400, height: 300, iterations: 200, margin: 20, gravity: 0.05})`
 */
export function forceLayout(count: number, edges: readonly LayoutEdge[], o: LayoutOptions): Point[] {
  const cx = o.width / 2;
  const cy = o.height / 2;
  const innerW = Math.max(1, o.width - 2 * o.margin);
  const innerH = Math.max(1, o.height - 2 * o.margin);
  if (count === 0) return [];
  if (count === 1) return [{ x: cx, y: cy }];
  // the ideal distance between nodes: the area shared out evenly
  const k = Math.sqrt((innerW * innerH) / count) * 0.75;
  const pos: Point[] = Array.from({ length: count }, (_, i) => {
    const a = (2 * Math.PI * i) / count;
    return { x: cx + (innerW / 3) * Math.cos(a), y: cy + (innerH / 3) * Math.sin(a) };
  });
  const maxWeight = Math.max(1, ...edges.map((e) => e.weight));
  let temperature = Math.min(innerW, innerH) / 8;
  const cooling = temperature / (o.iterations + 1);
  for (let step = 0; step < o.iterations; step++) {
    const disp: Point[] = pos.map(() => ({ x: 0, y: 0 }));
    for (let i = 0; i < count; i++) {
      for (let j = i + 1; j < count; j++) {
        let dx = pos[i]!.x - pos[j]!.x;
        let dy = pos[i]!.y - pos[j]!.y;
        let d = Math.hypot(dx, dy);
        if (d < 0.01) {
          // two nodes on one spot: push them apart along a fixed direction, not a random one
          dx = 0.01 * (j - i);
          dy = 0.01;
          d = Math.hypot(dx, dy);
        }
        const f = (k * k) / d;
        disp[i]!.x += (dx / d) * f;
        disp[i]!.y += (dy / d) * f;
        disp[j]!.x -= (dx / d) * f;
        disp[j]!.y -= (dy / d) * f;
      }
    }
    for (const e of edges) {
      const a = pos[e.source];
      const b = pos[e.target];
      if (!a || !b || e.source === e.target) continue;
      const dx = a.x - b.x;
      const dy = a.y - b.y;
      const d = Math.max(0.01, Math.hypot(dx, dy));
      const f = ((d * d) / k) * (0.5 + 0.5 * (e.weight / maxWeight));
      disp[e.source]!.x -= (dx / d) * f;
      disp[e.source]!.y -= (dy / d) * f;
      disp[e.target]!.x += (dx / d) * f;
      disp[e.target]!.y += (dy / d) * f;
    }
    for (let i = 0; i < count; i++) {
      const p = pos[i]!;
      const dv = disp[i]!;
      dv.x += (cx - p.x) * o.gravity;
      dv.y += (cy - p.y) * o.gravity;
      const len = Math.hypot(dv.x, dv.y);
      if (len > 0) {
        const move = Math.min(len, temperature);
        p.x += (dv.x / len) * move;
        p.y += (dv.y / len) * move;
      }
    }
    temperature = Math.max(temperature - cooling, 0.5);
  }
  return fitInside(pos, o);
}

/**
 * The positions scaled and moved to fill the area less its margin, keeping their proportions:
 * the forces decide the shape, the drawing decides the size, so no node is ever pressed against
 * an edge of the drawing.
 */
function fitInside(pos: Point[], o: LayoutOptions): Point[] {
  const xs = pos.map((p) => p.x);
  const ys = pos.map((p) => p.y);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const innerW = o.width - 2 * o.margin;
  const innerH = o.height - 2 * o.margin;
  const scale = Math.min(innerW / Math.max(maxX - minX, 1e-9), innerH / Math.max(maxY - minY, 1e-9));
  const offX = o.margin + (innerW - (maxX - minX) * scale) / 2;
  const offY = o.margin + (innerH - (maxY - minY) * scale) / 2;
  return pos.map((p) => ({ x: offX + (p.x - minX) * scale, y: offY + (p.y - minY) * scale }));
}
