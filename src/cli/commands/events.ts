import type { Command } from 'commander';
import { RasidError } from '../../core/errors.js';
import { eventsCsv, toPlover, type NameOf } from '../../events/export-formats.js';
import { defaultDbPath, openStore, type EventQuery, type Store, type StoredEvent } from '../../store/index.js';
import { EXIT } from '../exit-codes.js';
import { writeOut } from '../common.js';

export interface EventsOptions {
  db?: string;
  country?: string;
  with?: string;
  actor?: string;
  type?: string;
  status?: string;
  from?: string;
  to?: string;
  limit: string;
  format: string;
}

const FORMATS = ['text', 'json', 'jsonl', 'csv', 'plover'] as const;
const STATUSES = ['occurred', 'planned', 'possible', 'denied'] as const;

export function queryOf(o: EventsOptions): EventQuery {
  if (o.status && !(STATUSES as readonly string[]).includes(o.status)) throw new RasidError('E_USAGE', `--status must be one of ${STATUSES.join(', ')}`);
  const limit = Number(o.limit);
  if (!Number.isInteger(limit) || limit <= 0) throw new RasidError('E_USAGE', `--limit must be a positive whole number, not ${o.limit}`);
  return {
    ...(o.country ? { country: o.country.toUpperCase() } : {}),
    ...(o.with ? { with: /^[a-z]{2}$/i.test(o.with) ? o.with.toUpperCase() : o.with } : {}),
    ...(o.actor ? { actor: o.actor } : {}),
    ...(o.type ? { type: o.type.toUpperCase() } : {}),
    ...(o.status ? { status: o.status as StoredEvent['status'] } : {}),
    ...(o.from ? { from: o.from } : {}),
    ...(o.to ? { to: o.to } : {}),
    limit,
  };
}

/** Entity names by id, read once each from the store. */
async function namesFor(store: Store, events: readonly StoredEvent[]): Promise<NameOf> {
  const names = new Map<string, string>();
  for (const id of new Set(events.flatMap((e) => e.participants.map((p) => p.entity)))) names.set(id, (await store.getEntity(id))?.name ?? id);
  return (id) => names.get(id) ?? id;
}

function eventLine(e: StoredEvent, nameOf: NameOf): string {
  const who = e.participants.map((p) => `${nameOf(p.entity)}${p.role === 'participant' ? '' : ` (${p.role})`}`).join('، ');
  const where = e.location ? ` @ ${e.location.name}` : '';
  return `${(e.date.value ?? '—').padEnd(23)} ${e.type.padEnd(9)} ${(e.mode ?? '').padEnd(9)} ${e.status.padEnd(8)} ${e.countries.join('-').padEnd(8)} ${who}${where}\n    ${e.evidence[0]?.text.slice(0, 140) ?? ''}  [${e.doc}#${e.id}, ${e.cluster ?? ''}]`;
}

/** Writes events in the chosen format. */
async function write(events: readonly StoredEvent[], format: string, nameOf: NameOf, render: (e: readonly StoredEvent[]) => string): Promise<void> {
  if (format === 'json') await writeOut(JSON.stringify(events, null, 2) + '\n');
  else if (format === 'jsonl') for (const e of events) await writeOut(JSON.stringify(e) + '\n');
  else if (format === 'csv') await writeOut(eventsCsv(events, nameOf));
  else if (format === 'plover') await writeOut(JSON.stringify(events.map((e) => toPlover(e, nameOf)), null, 2) + '\n');
  else await writeOut(render(events));
}

/** The options `events` and `timeline` share. */
export function withFilters(c: Command): Command {
  return c
    .option('--db <path|url>', `the store (default: ${defaultDbPath()}, or $RASID_DB / $RASID_DATABASE_URL)`)
    .option('--country <code>', 'events involving this country (ISO 3166-1 alpha-2)')
    .option('--with <code|entity>', 'and this other country or entity id')
    .option('--actor <entity>', 'events with this participant (an entity id, see `rasid entities`)')
    .option('--type <type>', 'PLOVER type: CONSULT, SUPPORT, COOPERATE, AID, STATEMENT')
    .option('--status <status>', `one of ${STATUSES.join(', ')}`)
    .option('--from <date>', 'dated on or after (any precision: 2023, 2023-12, 2023-12-04)')
    .option('--to <date>', 'dated on or before')
    .option('--limit <n>', 'at most this many events', '1000')
    .option('--format <format>', `${FORMATS.join(', ')} (plover: PLOVER JSON, plans and possibilities as AGREE)`, 'text');
}

/** `rasid events` and `rasid timeline`: the event mentions, and one line per real-world event. */
export function registerEvents(program: Command, setExit: (code: number) => void): void {
  const run = (render: (events: readonly StoredEvent[], nameOf: NameOf) => string) => async (opts: EventsOptions) => {
    if (!(FORMATS as readonly string[]).includes(opts.format)) throw new RasidError('E_USAGE', `--format must be one of ${FORMATS.join(', ')}`);
    const query = queryOf(opts);
    const store = await openStore(opts.db ?? defaultDbPath());
    try {
      const events = await store.listEvents(query);
      const nameOf = await namesFor(store, events);
      await write(events, opts.format, nameOf, (e) => render(e, nameOf));
      if (!events.length) process.stderr.write('rasid: no event matches\n');
      setExit(EXIT.OK);
    } finally {
      await store.close();
    }
  };
  withFilters(program.command('events').description('list event mentions from the store, one per report, with filters'))
    .addHelpText('after', '\nExamples:\n  rasid events --country DZ --with US\n  rasid events --type SUPPORT --status planned --format csv\n  rasid events --from 2023 --to 2024-06 --format plover')
    .action(run((events, nameOf) => events.map((e) => eventLine(e, nameOf)).join('\n') + (events.length ? '\n' : '')));
  withFilters(program.command('timeline').description('one line per real-world event (reports of one event grouped by cluster), earliest first'))
    .addHelpText('after', '\nExamples:\n  rasid timeline --country DZ --with US\n  rasid timeline --actor person:… --format json')
    .action(run((events, nameOf) => timeline(events, nameOf)));
}

/** Reports grouped by cluster, one line per cluster with its reports and disagreements. */
function timeline(events: readonly StoredEvent[], nameOf: NameOf): string {
  const byCluster = new Map<string, StoredEvent[]>();
  for (const e of events) {
    const k = e.cluster ?? `${e.doc}#${e.id}`;
    byCluster.set(k, [...(byCluster.get(k) ?? []), e]);
  }
  const lines: string[] = [];
  for (const [cluster, reports] of byCluster) {
    const first = reports.find((r) => r.status === 'occurred' && r.date.value) ?? reports.find((r) => r.date.value) ?? reports[0]!;
    const dates = [...new Set(reports.map((r) => r.date.value).filter(Boolean))];
    const statuses = [...new Set(reports.map((r) => r.status))];
    lines.push(`${eventLine(first, nameOf)}\n    ${reports.length} report(s) in ${[...new Set(reports.map((r) => r.doc))].join(', ')}${statuses.length > 1 ? `; told as ${statuses.join(' → ')}` : ''}${dates.length > 1 ? `; dates disagree: ${dates.join(' | ')}` : ''}  {${cluster}}`);
  }
  return lines.join('\n') + (lines.length ? '\n' : '');
}
