import type { Command } from 'commander';
import { RasidError } from '../../core/errors.js';
import type { DocEntity } from '../../core/document.js';
import { defaultDbPath, openStore, type Store, type StoredEntity } from '../../store/index.js';
import { EXIT } from '../exit-codes.js';
import { writeOut } from '../common.js';

interface EntitiesOptions {
  db?: string;
  type?: string;
  q?: string;
  country?: string;
  limit?: string;
  format: 'text' | 'json';
}

/** One role of an identity as one document states it. */
interface RoleLine {
  title: string;
  doc: string;
  date: string | null;
}

/** An identity as `rasid entities` shows it. */
export interface EntityListing extends StoredEntity {
  roles: RoleLine[];
  titles: string[];
  documents: string[];
}

const TYPES = ['PERSON', 'ORG', 'GPE', 'LOC'] as const;

/**
 * Roles and documents of the listed identities, read from the stored documents' entities. The
 * Store port has no query for roles or mentions by entity yet, so this reads every document: fine
 * for a corpus of thousands, the place to add `listEntityRoles` when it grows.
 */
async function rolesAndDocuments(store: Store, ids: ReadonlySet<string>): Promise<Map<string, { roles: RoleLine[]; titles: Set<string>; docs: Set<string> }>> {
  const out = new Map<string, { roles: RoleLine[]; titles: Set<string>; docs: Set<string> }>();
  const page = 500;
  for (let offset = 0; ; offset += page) {
    const docs = await store.listDocuments({ limit: page, offset });
    for (const d of docs) {
      const full = await store.getDocument(d.id);
      for (const e of (full?.entities ?? []) as DocEntity[]) {
        if (!ids.has(e.id)) continue;
        let acc = out.get(e.id);
        if (!acc) out.set(e.id, (acc = { roles: [], titles: new Set(), docs: new Set() }));
        acc.docs.add(d.id);
        for (const r of e.roles) if (!acc.roles.some((x) => x.title === r && x.doc === d.id)) acc.roles.push({ title: r, doc: d.id, date: d.published.value });
        for (const t of e.titles ?? []) acc.titles.add(t);
      }
    }
    if (docs.length < page) break;
  }
  return out;
}

function describe(e: EntityListing): string {
  const lines = [`${e.id}  ${e.type}  ${e.name}${e.name_en ? ` (${e.name_en})` : ''}${e.country ? `  [${e.country}]` : ''}`];
  if (e.aliases.length) lines.push(`  aliases:   ${e.aliases.join(' · ')}`);
  if (e.titles.length) lines.push(`  titles:    ${e.titles.join(' · ')}`);
  for (const r of e.roles) lines.push(`  role:      ${r.title}  (${r.doc}${r.date ? `, ${r.date}` : ''})`);
  if (e.documents.length) lines.push(`  documents: ${e.documents.join(', ')}`);
  return lines.join('\n');
}

/** `rasid entities`: the corpus's identities with their aliases, roles and documents, from the store. */
export function registerEntities(program: Command, setExit: (code: number) => void): void {
  program
    .command('entities')
    .description('list the identities in the store (people, organisations, places) with their aliases, roles and documents')
    .option('--db <path>', `the store: a PGlite data folder (default: ${defaultDbPath()}, or $RASID_DB)`)
    .option('--type <type>', 'only this type: PERSON, ORG, GPE or LOC')
    .option('--q <name>', 'only identities whose name, English name or an alias contains this text')
    .option('--country <code>', 'only identities of this country (ISO 3166-1 alpha-2)')
    .option('--limit <n>', 'at most this many identities', '200')
    .option('--format <format>', 'text or json', 'text')
    .addHelpText('after', '\nExamples:\n  rasid entities --type PERSON\n  rasid entities --q شنقريحة --format json\n  rasid entities --db ./my-store --country DZ')
    .action(async (opts: EntitiesOptions) => {
      const type = opts.type?.toUpperCase();
      if (type !== undefined && !(TYPES as readonly string[]).includes(type)) {
        throw new RasidError('E_USAGE', `--type must be one of ${TYPES.join(', ')}, not ${opts.type}`);
      }
      if (opts.format !== 'text' && opts.format !== 'json') throw new RasidError('E_USAGE', `--format must be text or json, not ${String(opts.format)}`);
      const limit = Number(opts.limit);
      if (!Number.isInteger(limit) || limit <= 0) throw new RasidError('E_USAGE', `--limit must be a positive whole number, not ${opts.limit}`);
      const store = await openStore(opts.db ?? defaultDbPath());
      try {
        const found = await store.listEntities({
          ...(type ? { type: type as StoredEntity['type'] } : {}),
          ...(opts.q ? { q: opts.q } : {}),
          ...(opts.country ? { country: opts.country.toUpperCase() } : {}),
          limit,
        });
        const extra = await rolesAndDocuments(store, new Set(found.map((e) => e.id)));
        const listing: EntityListing[] = found.map((e) => {
          const x = extra.get(e.id);
          return { ...e, aliases: e.aliases.filter((a) => a !== e.name), roles: x?.roles ?? [], titles: [...(x?.titles ?? [])], documents: [...(x?.docs ?? [])].sort() };
        });
        if (opts.format === 'json') await writeOut(JSON.stringify(listing, null, 2) + '\n');
        else await writeOut(listing.map(describe).join('\n\n') + (listing.length ? '\n' : ''));
        if (!listing.length) process.stderr.write('rasid entities: no identity matches\n');
        setExit(EXIT.OK);
      } finally {
        await store.close();
      }
    });
}
