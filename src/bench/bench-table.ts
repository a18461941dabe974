/** One row of the benchmark table: a system measured on a task, with its figures. */
export interface BenchRow {
  task: string;
  system: string;
  figures: Record<string, string | number>;
}

const fmt = (v: string | number): string => (typeof v === 'number' ? (Number.isInteger(v) ? String(v) : v.toFixed(v < 10 ? 3 : 1)) : v);

/** Renders rows as a Markdown table, the columns being the union of every row's figures. */
export function renderTable(rows: readonly BenchRow[]): string {
  const cols = [...new Set(rows.flatMap((r) => Object.keys(r.figures)))];
  const header = ['task', 'system', ...cols];
  const body = rows.map((r) => [r.task, r.system, ...cols.map((c) => (c in r.figures ? fmt(r.figures[c]!) : ''))]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: string[]): string => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...body.map(line)].join('\n');
}
