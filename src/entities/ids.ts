/**
 * Entity ids: stable, readable strings. Gazetteer entities keep their curated ids (`gpe:DZ`,
 * `org:nato`); national institutions are `org:<stem>-<country>` (`org:mod-dz`); anything else is
 * its type and the romanised normalised name (`person:syd-shnqryh`, `org:mjmwa-alatsal-aldfaayh`).
 */
import type { EntityType } from './lexicon.js';

const PREFIX: Record<EntityType, string> = { PERSON: 'person', ORG: 'org', GPE: 'gpe', LOC: 'loc' };

/** The romanised slug of a normalised name: letters mapped by `table`, words joined by `-`. */
export function slugOf(norm: string, table: Readonly<Record<string, string>>): string {
  let out = '';
  for (const ch of norm.trim().replace(/\s+/g, ' ')) {
    const m = table[ch];
    if (m !== undefined) out += m;
    else if ((ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'z')) out += ch;
    else if (ch >= 'A' && ch <= 'Z') out += ch.toLowerCase();
  }
  return out.replace(/-+/g, '-').replace(/^-|-$/g, '') || 'x';
}

/** The id of an entity of `type` named `norm` (normalised), e.g. `person:syd-shnqryh`. */
export function entityId(type: EntityType, norm: string, table: Readonly<Record<string, string>>): string {
  return `${PREFIX[type]}:${slugOf(norm, table)}`;
}

/** The id of a national institution: `org:mod-dz`. */
export function nationalId(stem: string, country: string): string {
  return `org:${stem}-${country.toLowerCase()}`;
}
