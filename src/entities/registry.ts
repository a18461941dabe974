/**
 * Corpus-wide identities: one id per real entity, the same in every document. Gazetteer and
 * institution ids are fixed by the data; persons are matched here. A person of a new document is
 * linked to a known identity when their names agree by name-key.ts and nothing contradicts it:
 * - full names (given + family) agree → linked, unless their countries differ;
 * - a family name alone (`تبون`) agrees with exactly one identity → linked when it is not a
 *   given name, or when country, role or organisation agree;
 * otherwise a new identity is made, its id from its name (`person:abd-almjyd-tbwn`). Identities
 * keep every alias, country, role and organisation seen, and can be loaded from and saved to
 * the store, so ingestion updates them document by document.
 */
import type { DocEntity } from '../core/document.js';
import type { StoredEntity } from '../store/index.js';
import { entityId } from './ids.js';
import type { EntityType } from './lexicon.js';
import { compareNames, nameParts, skeleton, surnameMatch, type NameParts } from './name-key.js';
import type { EntityResources } from './resources.js';

/** What one document says about a person. */
export interface PersonProfile {
  parts: NameParts;
  /** names as written (canonical first) */
  names: string[];
  country: string | null;
  roles: string[];
  orgs: string[];
}

interface Identity {
  id: string;
  type: EntityType;
  name: string;
  nameEn: string | null;
  country: string | null;
  aliases: Set<string>;
  names: NameParts[];
  countries: Set<string>;
  roles: Set<string>;
  orgs: Set<string>;
  dirty: boolean;
}

/** Variants of a skeleton with one letter deleted: two skeletons one edit apart share one. */
function deletions(sk: string): string[] {
  const out = [sk];
  for (let i = 0; i < sk.length; i++) out.push(sk.slice(0, i) + sk.slice(i + 1));
  return out;
}

/** Splits a normalised name into units: compound given names and particles keep the next word. */
export function unitsOf(norm: string, res: EntityResources): string[] {
  const words = norm.split(/\s+/).filter(Boolean);
  const units: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if ((res.compoundFirst.has(w) || res.particles.has(w)) && i + 1 < words.length) {
      units.push(`${w} ${words[++i]}`);
    } else units.push(w);
  }
  return units;
}

/** The identities of a corpus or a batch. */
export class IdentityRegistry {
  private readonly byId = new Map<string, Identity>();
  private readonly bySkeleton = new Map<string, Set<string>>();

  constructor(private readonly res: EntityResources) {}

  /** Number of identities. */
  get size(): number {
    return this.byId.size;
  }

  /** Whether some person identity has this family name (normalised). */
  knowsSurname(surname: string): boolean {
    for (const id of this.bySkeleton.get(skeleton(surname, this.res)) ?? []) {
      if (this.byId.get(id)!.names.some((n) => n.surname && surnameMatch(n.surname, surname, this.res) === 'exact')) return true;
    }
    return false;
  }

  /** The id of the person a document's profile names, creating or updating its identity. */
  linkPerson(p: PersonProfile): string {
    const found = this.match(p);
    const ident = found ?? this.create(p);
    this.absorb(ident, p);
    return ident.id;
  }

  private match(p: PersonProfile): Identity | null {
    const sn = p.parts.surname;
    if (!sn) return null;
    const seen = new Set<string>();
    let best: Identity | null = null;
    let bestScore = 0;
    let surnameOnly = 0;
    for (const key of deletions(skeleton(sn, this.res))) {
      for (const id of this.bySkeleton.get(key) ?? []) {
        if (seen.has(id)) continue;
        seen.add(id);
        const ident = this.byId.get(id)!;
        const score = this.score(p, ident);
        if (score === 1) surnameOnly++;
        if (score > bestScore) [best, bestScore] = [ident, score];
      }
    }
    if (bestScore === 1 && surnameOnly > 1) return null; // a family name shared by several people
    return best;
  }

  /** 3: full names agree; 2: full names agree on a near family name; 1: family name alone; 0: no. */
  private score(p: PersonProfile, ident: Identity): number {
    const countryClash = p.country !== null && ident.countries.size > 0 && !ident.countries.has(p.country);
    let best = 0;
    for (const n of ident.names) {
      const rel = compareNames(p.parts, n, this.res);
      if (rel === 'different') continue;
      if (rel === 'same') {
        const bothFull = p.parts.given !== null && n.given !== null;
        const exact = surnameMatch(p.parts.surname!, n.surname!, this.res) !== 'near';
        best = Math.max(best, bothFull || p.parts.units.length > 1 ? (exact ? 3 : 2) : 1);
      } else best = Math.max(best, 1);
    }
    if (best === 0 || (countryClash && best < 3)) return 0;
    if (best === 1) {
      const agree = (p.country !== null && ident.countries.has(p.country)) || p.roles.some((r) => ident.roles.has(r)) || p.orgs.some((o) => ident.orgs.has(o));
      const unit = p.parts.units.length === 1 ? p.parts.units[0]! : null;
      const protectedName = unit !== null && (this.res.given.has(unit) || this.res.givenWithArticle.has(unit));
      if (protectedName && !agree) return 0;
      if (countryClash) return 0;
    }
    return best;
  }

  private create(p: PersonProfile): Identity {
    const norm = p.parts.units.map((u, i) => (i === 0 && p.parts.given ? p.parts.given : u)).join(' ');
    let id = entityId('PERSON', norm, this.res.lex.romanize);
    if (this.byId.has(id)) {
      let k = 2;
      while (this.byId.has(`${id}-${k}`)) k++;
      id = `${id}-${k}`;
    }
    const ident: Identity = {
      id, type: 'PERSON', name: p.names[0] ?? norm, nameEn: null, country: p.country, aliases: new Set(), names: [],
      countries: new Set(), roles: new Set(), orgs: new Set(), dirty: true,
    };
    this.byId.set(id, ident);
    return ident;
  }

  private absorb(ident: Identity, p: PersonProfile): void {
    const before = ident.aliases.size + ident.names.length + ident.countries.size;
    for (const n of p.names) ident.aliases.add(n);
    if (!ident.names.some((n) => n.units.join(' ') === p.parts.units.join(' '))) {
      ident.names.push(p.parts);
      this.index(ident.id, p.parts);
    }
    if (p.country) ident.countries.add(p.country);
    ident.country ??= p.country;
    for (const r of p.roles) ident.roles.add(r);
    for (const o of p.orgs) ident.orgs.add(o);
    const fullest = ident.names.reduce((a, b) => (b.units.length > a.units.length || (a.given === null && b.given !== null) ? b : a));
    if (fullest === p.parts && p.names[0] && p.parts.units.length >= unitsOf(this.res.normalize(ident.name), this.res).length) ident.name = p.names[0];
    if (ident.aliases.size + ident.names.length + ident.countries.size !== before) ident.dirty = true;
  }

  private index(id: string, parts: NameParts): void {
    if (!parts.surname) return;
    for (const key of deletions(skeleton(parts.surname, this.res))) {
      let set = this.bySkeleton.get(key);
      if (!set) this.bySkeleton.set(key, (set = new Set()));
      set.add(id);
    }
  }

  /** Records a place or organisation a document names (its id is fixed by the data). */
  noteEntity(e: DocEntity): void {
    let ident = this.byId.get(e.id);
    if (!ident) {
      ident = { id: e.id, type: e.type, name: e.name, nameEn: e.name_en, country: e.country, aliases: new Set(), names: [], countries: new Set(), roles: new Set(), orgs: new Set(), dirty: true };
      this.byId.set(e.id, ident);
    }
    const before = ident.aliases.size;
    for (const m of e.mentions) ident.aliases.add(m.text);
    if (ident.aliases.size !== before) ident.dirty = true;
  }

  /** Loads identities from the store (their aliases rebuild the name index). */
  load(stored: readonly StoredEntity[]): void {
    for (const e of stored) {
      const ident: Identity = {
        id: e.id, type: e.type, name: e.name, nameEn: e.name_en, country: e.country, aliases: new Set([e.name, ...e.aliases]),
        names: [], countries: new Set(e.country ? [e.country] : []), roles: new Set(), orgs: new Set(), dirty: false,
      };
      this.byId.set(e.id, ident);
      if (e.type !== 'PERSON') continue;
      const seen = new Set<string>();
      for (const alias of ident.aliases) {
        const units = unitsOf(this.res.normalize(alias), this.res);
        const key = units.join(' ');
        if (!units.length || seen.has(key)) continue;
        seen.add(key);
        const parts = nameParts(units, this.res);
        ident.names.push(parts);
        this.index(e.id, parts);
      }
    }
  }

  /** Identities changed since the last call, as the store keeps them; marks them saved. */
  takeChanged(): StoredEntity[] {
    const out: StoredEntity[] = [];
    for (const i of this.byId.values()) {
      if (!i.dirty) continue;
      i.dirty = false;
      out.push({ id: i.id, type: i.type, name: i.name, name_en: i.nameEn, country: i.country, aliases: [...i.aliases].filter((a) => a !== i.name) });
    }
    return out;
  }

  /** The country an identity is known to belong to, or null. */
  countryOf(id: string): string | null {
    return this.byId.get(id)?.country ?? null;
  }

  /** The canonical name of an identity, or undefined. */
  nameOf(id: string): string | undefined {
    return this.byId.get(id)?.name;
  }
}
