import { keyWords } from './match-key.js';

/**
 * How often short lines recur across the pages of one site in a batch. A line that stands on
 * most pages of a site (a menu label, a footer, a newsletter prompt) is furniture of the site,
 * whatever its words. Only lines too short to be paragraphs are counted, so a background
 * paragraph that several articles share is never taken for furniture, and memory stays small.
 */
export class LineStats {
  private readonly groups = new Map<string, { docs: number; lines: Map<string, number> }>();

  constructor(
    /** lines of more words than this are not counted */
    private readonly maxWords: number,
    /** distinct lines kept per site, so a huge batch cannot exhaust memory */
    private readonly maxLinesPerGroup = 50_000,
  ) {}

  /** Counts the distinct short lines of one page of `group`. */
  add(group: string, pageText: string): void {
    let g = this.groups.get(group);
    if (!g) this.groups.set(group, (g = { docs: 0, lines: new Map() }));
    g.docs++;
    const seen = new Set<string>();
    for (const line of pageText.split('\n')) {
      const words = keyWords(line);
      if (!words.length || words.length > this.maxWords) continue;
      const key = words.join(' ');
      if (seen.has(key)) continue;
      seen.add(key);
      const n = g.lines.get(key);
      if (n !== undefined) g.lines.set(key, n + 1);
      else if (g.lines.size < this.maxLinesPerGroup) g.lines.set(key, 1);
    }
  }

  /** Pages of `group` that contain the line with this key, and the pages of `group` seen. */
  frequency(group: string, key: string): { docs: number; total: number } {
    const g = this.groups.get(group);
    return { docs: g?.lines.get(key) ?? 0, total: g?.docs ?? 0 };
  }
}

/** The site a page belongs to: the host of its URL, else the folder it was read from. */
export function siteOf(source: string, url: string | null): string {
  if (url) {
    try {
      return new URL(url).host.replace(/^www\./, '');
    } catch {
      // not a URL: fall back to the source
    }
  }
  const path = source.replace(/:\d+$/, '');
  const cut = path.lastIndexOf('/');
  return cut > 0 ? path.slice(0, cut) : '.';
}
