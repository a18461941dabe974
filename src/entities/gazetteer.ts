/**
 * The gazetteers: countries (names from CLDR through `Intl.DisplayNames`, plus curated aliases),
 * places and named organisations from `data/<lang>/*.tsv`, and the nisba adjectives derived from
 * country names by the language's rules. Loaded once per language and shared by every document;
 * reading the files happens here, at first use, never inside a stage's work on a document.
 */
import { readFileSync } from 'node:fs';
import type { EntityLexicon, EntityType } from './lexicon.js';

/** One entry of a gazetteer. */
export interface GazEntry {
  id: string;
  type: EntityType;
  /** country, capital, city, region, continent, sea, alliance, io, command, media… */
  kind: string;
  country: string | null;
  /** canonical name in the language */
  name: string;
  nameEn: string | null;
  wikidata: string | null;
  /** every name it goes by, canonical first */
  names: string[];
  /** a bare mention is a place only with a place cue or a rule (the name is also a common word) */
  needsCue: boolean;
}

/** Codes Intl knows that are not current countries: deprecated codes, groupings, test codes. */
const NOT_COUNTRIES = new Set([
  'AN', 'BU', 'CS', 'DD', 'DY', 'FX', 'HV', 'NH', 'RH', 'SU', 'TP', 'UK', 'VD', 'YD', 'YU', 'ZR', 'EU', 'EZ',
  'UN', 'QO', 'XA', 'XB', 'ZZ', 'AC', 'CP', 'DG', 'EA', 'IC', 'TA', 'AQ', 'BV', 'HM', 'UM', 'TF', 'IO',
]);

/** Where a language's data files are: `data/<code>/` at the package root. */
export function dataPath(code: string, file: string): URL {
  return new URL(`../../data/${code}/${file}`, import.meta.url);
}

/** Rows of a TSV file with a `#` comment and a header line; empty cells are ''. */
export function readTsv(url: URL): Record<string, string>[] {
  const lines = readFileSync(url, 'utf8').split('\n').filter((l) => l.trim() && !l.startsWith('#'));
  const header = (lines.shift() ?? '').split('\t');
  return lines.map((l) => {
    const cells = l.split('\t');
    return Object.fromEntries(header.map((h, i) => [h, (cells[i] ?? '').trim()]));
  });
}

const split = (s: string): string[] => s.split('|').map((x) => x.trim()).filter(Boolean);
const orNull = (s: string | undefined): string | null => (s ? s : null);

/** Country entries: every current ISO region Intl names in the language, with curated aliases. */
function countries(code: string): GazEntry[] {
  const local = new Intl.DisplayNames([code], { type: 'region', fallback: 'none' });
  const english = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  const curated = new Map(readTsv(dataPath(code, 'countries.tsv')).map((r) => [r.code!, r]));
  const out: GazEntry[] = [];
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const cc = String.fromCharCode(a, b);
      if (NOT_COUNTRIES.has(cc)) continue;
      const name = local.of(cc);
      if (!name || name === cc) continue;
      const row = curated.get(cc);
      // a CLDR name with a parenthesis or a dash is a description, not how news names the country
      const plain = /[()\-–]/.test(name) ? [] : [name];
      const names = [...new Set([...plain, ...split(row?.aliases_ar ?? '')])];
      if (!names.length) continue;
      out.push({
        id: `gpe:${cc}`, type: 'GPE', kind: 'country', country: cc, name: names[0]!, nameEn: english.of(cc) ?? null,
        wikidata: orNull(row?.wikidata), names, needsCue: row?.context === 'cue',
      });
    }
  }
  return out;
}

function places(code: string): GazEntry[] {
  return readTsv(dataPath(code, 'places.tsv')).map((r) => {
    const names = split(r.names_ar ?? '');
    return {
      id: r.id!, type: r.type === 'GPE' ? 'GPE' : 'LOC', kind: r.kind ?? 'place', country: orNull(r.country), name: names[0] ?? r.id!,
      nameEn: orNull(r.name_en), wikidata: orNull(r.wikidata), names, needsCue: r.context === 'cue',
    };
  });
}

function organisations(code: string): GazEntry[] {
  return readTsv(dataPath(code, 'organisations.tsv')).map((r) => {
    const names = split(r.names_ar ?? '');
    return {
      id: r.id!, type: 'ORG', kind: r.kind ?? 'org', country: orNull(r.country), name: names[0] ?? r.id!,
      nameEn: orNull(r.name_en), wikidata: orNull(r.wikidata), names, needsCue: false,
    };
  });
}

/**
 * The masculine nisba forms of a country name: the language's exceptions when it lists the
 * country, else the regular derivation from each one-word name (article off, ending replaced,
 * suffix added).
 */
export function nisbaStems(entry: GazEntry, lex: EntityLexicon): string[] {
  const rules = lex.nisba;
  const cc = entry.country ?? '';
  if (entry.kind === 'country' && rules.exceptions[cc]) return [...rules.exceptions[cc]!];
  if (entry.kind !== 'country') return [...(rules.regionNisbas[entry.id] ?? [])];
  const out: string[] = [];
  for (const n of entry.names) {
    if (n.includes(' ')) continue;
    let stem = n.startsWith(rules.article) ? n.slice(rules.article.length) : n;
    if (stem.endsWith(rules.suffix)) continue; // مالي، تشيلي: the nisba would be the name itself
    for (const [ending, replacement] of rules.stemEndings) {
      if (stem.endsWith(ending) && stem.length > ending.length + 1) {
        stem = stem.slice(0, -ending.length) + replacement;
        break;
      }
    }
    out.push(stem + rules.suffix);
  }
  return out;
}

/** Every entry of the language's gazetteers, countries first. */
export function loadGazetteer(lex: EntityLexicon): GazEntry[] {
  return [...countries(lex.code), ...places(lex.code), ...organisations(lex.code)];
}
