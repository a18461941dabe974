/**
 * Entity recognition for one document, from tokens to the `entities` of the document record:
 * gazetteer places and organisations with their nisbas → pattern organisations → persons by
 * cues and given names (+ the model's spans when a tagger is given) → coreference → context
 * (ambiguities, institutions without a country, metonymy) → roles → identities. Pure apart from
 * the identity registry, which the caller owns (see registry.ts).
 */
import type { DocEntity, EntityRole, Sentence, Token } from '../core/document.js';
import type { Settings } from '../core/settings.js';
import type { LanguagePack } from '../lang/language.js';
import { corefer, type PersonCluster } from './coreference.js';
import { findOrgs } from './find-orgs.js';
import { findPersons, type PersonCandidate } from './find-persons.js';
import { findPlaces, gazetteerMention } from './find-places.js';
import { entityId } from './ids.js';
import type { EntityLexicon } from './lexicon.js';
import { addMention, docState, type DocState, type Mention } from './mentions.js';
import { modelSpans, type ModelSpan, type SequenceTagger } from './model-evidence.js';
import { isNameBoundary, type NameUnit } from './read-name.js';
import { IdentityRegistry } from './registry.js';
import { entityResources } from './resources.js';
import { resolveContext } from './resolve-context.js';
import { tokenViews } from './token-forms.js';

/** What recognition needs besides the text. */
export interface RecognizeOptions {
  lang: LanguagePack;
  lex: EntityLexicon;
  settings: Settings['entities'];
  /** the corpus's identities; a fresh one (this document alone) when absent */
  registry?: IdentityRegistry;
  tagger?: SequenceTagger;
  sentences?: readonly Sentence[];
  /** the publication date, the date the roles are held as of */
  published?: string | null;
}

/** The entities of one document, each with its mentions, linked to corpus-wide ids. */
export function recognizeEntities(text: string, tokens: readonly Token[], o: RecognizeOptions): DocEntity[] {
  const res = entityResources(o.lex, o.lang);
  const views = tokenViews(tokens, o.lang, res.article);
  for (const v of views) {
    if (!v.readings.length) continue;
    let w = res.wordCache.get(v.tok.text);
    if (!w) {
      if (res.wordCache.size > 100_000) res.wordCache.clear();
      w = { lexical: v.readings.some((r) => res.anyFirst.has(r.key) || res.anyFirst.has(r.bare)), given: -2 };
      res.wordCache.set(v.tok.text, w);
    }
    v.lexical = w.lexical;
  }
  const s = docState(text, views, res);
  findPlaces(s);
  const pending = findOrgs(s);
  const candidates = findPersons(s);
  const registry = o.registry ?? new IdentityRegistry(res);
  if (o.tagger) modelEvidence(s, tokens, o, candidates);
  const clusters = corefer(s, candidates, (parts) => (parts.surname ? registry.knowsSurname(parts.surname) : false));
  resolveContext(s, pending, o.settings.contextMinShare);
  return [...persons(s, clusters, registry, o.published ?? null), ...others(s, registry)].sort(
    (a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0),
  );
}

function modelEvidence(s: DocState, tokens: readonly Token[], o: RecognizeOptions, candidates: PersonCandidate[]): void {
  const taken = new Uint8Array(tokens.length);
  for (const c of candidates) for (let k = c.name.tokenStart; k < c.name.tokenEnd; k++) taken[k] = 1;
  for (const span of modelSpans(o.tagger!, tokens, o.sentences ?? [])) {
    let free = true;
    for (let k = span.tokenStart; k < span.tokenEnd; k++) if (taken[k] || s.covered[k]! >= 0 || s.adjective[k]! >= 0) free = false;
    if (!free) continue;
    const views = s.views.slice(span.tokenStart, span.tokenEnd);
    if (views.some((v) => !v.readings.length)) continue;
    const first = views[0]!.readings.find((r) => !r.conjunction) ?? views[0]!.readings[0]!;
    if (span.type === 'PERS') {
      if (span.tokenEnd - span.tokenStart < o.settings.modelMinPersonWords) continue;
      if (views.slice(1).some((_, j) => isNameBoundary(s, span.tokenStart + 1 + j))) continue;
      const units: NameUnit[] = views.map((v, j) => ({ tokenStart: span.tokenStart + j, tokenEnd: span.tokenStart + j + 1, key: j ? v.tok.norm : first.key, given: j === 0 && s.res.given.has(first.key), definite: (j ? v.readings[0]! : first).article }));
      if (!units[0]!.given && !plausibleFirstName(s, s.text.slice(first.start, tokens[span.tokenStart]!.end), first.key)) continue;
      candidates.push({
        name: { tokenStart: span.tokenStart, tokenEnd: span.tokenEnd, start: first.start, end: tokens[span.tokenEnd - 1]!.end, units, hasGiven: units[0]!.given },
        cues: [], strong: true, countryHint: null, source: 'model',
      });
    } else if (span.type === 'LOC' && placeFromGazetteer(s, span)) {
      continue;
    } else if (span.type === 'ORG' || span.type === 'LOC') {
      const start = first.start;
      const end = tokens[span.tokenEnd - 1]!.end;
      const norm = [first.key, ...views.slice(1).map((v) => v.tok.norm)].join(' ');
      const type = span.type === 'ORG' ? 'ORG' : 'LOC';
      addMention(s, {
        source: 'model', type, tokenStart: span.tokenStart, tokenEnd: span.tokenEnd, start, end, candidates: [], id: entityId(type, norm, s.res.lex.romanize),
        name: s.text.slice(start, end), nameEn: null, country: null, adjective: false,
      });
    }
  }
}

/**
 * Whether a word the model takes for the first of a person's names can be one when no given-name
 * list knows it (`زوران`): not a particle or a word of two letters (`دو كور` is a French rank),
 * not a common noun by its ending (`جائحة كوفيد`).
 */
function plausibleFirstName(s: DocState, written: string, key: string): boolean {
  if (key.length < 3 || s.res.particles.has(key)) return false;
  return !s.res.lex.commonNounEndings.some((e) => written.endsWith(e));
}

/**
 * A place the model found that is a gazetteer name the rules left out (a bare name that needs a
 * cue): the model's reading of the context is the cue. The gazetteer then says what it is (a
 * state or city: GPE; a region, sea or mountain: LOC) and which one.
 */
function placeFromGazetteer(s: DocState, span: ModelSpan): boolean {
  const m = s.res.gazIndex.match(s.views, span.tokenStart);
  if (!m || m.tokenEnd !== span.tokenEnd) return false;
  const places = m.values.filter((e) => e.type !== 'ORG');
  if (!places.length) return false;
  addMention(s, { ...gazetteerMention(m, places, false), source: 'model' });
  return true;
}

/** The country a mention gives a role: a country or its nisba, else an organisation's country. */
function countryIn(inner: readonly Mention[]): string | null {
  const place = inner.find((m) => m.type === 'GPE' && m.country);
  if (place) return place.country;
  return inner.find((m) => m.type === 'ORG' && m.country)?.country ?? null;
}

function persons(s: DocState, clusters: PersonCluster[], registry: IdentityRegistry, date: string | null): DocEntity[] {
  const byId = new Map<string, DocEntity>();
  for (const c of clusters) {
    const roles: EntityRole[] = [];
    const titles: string[] = [];
    for (const cue of c.cues) {
      const text = s.text.slice(cue.start, cue.end);
      if (!cue.cue.headsRole) {
        if (!titles.includes(text)) titles.push(text);
        continue;
      }
      if (roles.some((r) => r.title === text)) continue;
      const inner = cue.complement?.inner ?? [];
      roles.push({ title: text, text, start: cue.start, end: cue.end, org: inner.find((m) => m.type === 'ORG')?.id ?? null, country: countryIn(inner), date });
    }
    const country = roles.find((r) => r.country)?.country ?? c.countryHints[0]?.country ?? null;
    const mentions = c.mentions.map((m) => ({ text: s.text.slice(m.start, m.end), start: m.start, end: m.end }));
    const id = registry.linkPerson({
      parts: c.parts,
      names: [c.name, ...mentions.map((m) => m.text)],
      country,
      roles: roles.map((r) => s.res.normalize(r.title)),
      orgs: roles.flatMap((r) => (r.org ? [r.org] : [])),
    });
    const known = byId.get(id);
    if (known) {
      known.mentions.push(...mentions);
      known.mentions.sort((a, b) => a.start - b.start);
      for (const r of roles) {
        if (known.roles.includes(r.title)) continue;
        known.roles.push(r.title);
        known.role_mentions!.push(r);
      }
      for (const t of titles) if (!known.titles!.includes(t)) known.titles!.push(t);
      known.country ??= country;
      continue;
    }
    byId.set(id, {
      id, type: 'PERSON', name: registry.nameOf(id) ?? c.name, name_en: null, country: country ?? registry.countryOf(id), roles: roles.map((r) => r.title), mentions, titles, role_mentions: roles,
    });
  }
  return [...byId.values()];
}

function others(s: DocState, registry: IdentityRegistry): DocEntity[] {
  const byId = new Map<string, DocEntity>();
  for (const m of s.mentions) {
    if (!m.id) continue;
    const mention = { text: s.text.slice(m.start, m.end), start: m.start, end: m.end };
    const known = byId.get(m.id);
    if (known) {
      if (!known.mentions.some((x) => x.start === mention.start && x.end === mention.end)) known.mentions.push(mention);
      continue;
    }
    const entry = s.res.gazetteer.get(m.id);
    byId.set(m.id, {
      id: m.id, type: entry?.type ?? m.type, name: entry?.name ?? m.name ?? mention.text, name_en: entry?.nameEn ?? m.nameEn,
      country: entry?.country ?? m.country, roles: [], mentions: [mention], wikidata: entry?.wikidata ?? null,
    });
  }
  const out = [...byId.values()];
  for (const e of out) {
    e.mentions.sort((a, b) => a.start - b.start);
    registry.noteEntity(e);
  }
  return out;
}
