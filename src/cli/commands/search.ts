import type { Command } from 'commander';
import { RasidError } from '../../core/errors.js';
import { defaultDbPath, openStore, type SearchHit } from '../../store/index.js';
import { writeOut } from '../common.js';
import { EXIT } from '../exit-codes.js';
import { queryOf, withFilters, type EventsOptions } from './events.js';

/** A hit on two lines: rank, kind, document and title; then the snippet with matches in ⟦…⟧. */
function hitLine(h: SearchHit): string {
  const what = h.event ? `evidence of ${h.event.type} ${h.event.status} [${h.doc}#${h.event.id}]` : `article [${h.doc}]`;
  const snippet = h.snippet.map((s) => (s.hit ? `⟦${s.text}⟧` : s.text)).join('').replace(/\s+/g, ' ').trim();
  return `${h.rank.toFixed(3)}  ${what}  ${h.published ?? '—'}  ${h.title ?? ''}\n    ${snippet}`;
}

/** `rasid search QUERY`: full-text search of the stored articles and event evidence. */
export function registerSearch(program: Command, setExit: (code: number) => void): void {
  withFilters(program.command('search').description('search the stored articles and event evidence (Arabic, after normalisation), best first')
    .argument('<query...>', 'words; "a phrase", or, -excluded (web-search syntax)'))
    .addHelpText('after', '\nExamples:\n  rasid search تبون\n  rasid search "مذكرة تفاهم" --country DZ --with US\n  rasid search مناورات --status planned --format json')
    .action(async (words: string[], opts: EventsOptions) => {
      if (opts.format !== 'text' && opts.format !== 'json') throw new RasidError('E_USAGE', '--format must be text or json for search');
      const query = { ...queryOf({ ...opts, limit: opts.limit === '1000' ? '20' : opts.limit }), q: words.join(' ') };
      const store = await openStore(opts.db ?? defaultDbPath());
      try {
        const page = await store.search(query);
        if (opts.format === 'json') await writeOut(JSON.stringify(page, null, 2) + '\n');
        else for (const h of page.items) await writeOut(hitLine(h) + '\n');
        process.stderr.write(`rasid search: ${page.items.length} of ${page.total} hit(s) (${await store.searchConfig()} text search)\n`);
        setExit(EXIT.OK);
      } finally {
        await store.close();
      }
    });
}
