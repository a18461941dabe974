/**
 * Organisations named by a pattern rather than a gazetteer: a head noun of the lexicon and its
 * complement (`وزارة الدفاع الوطني الجزائرية`, `لجنة رؤساء الأركان المشتركة الأمريكية`,
 * `سفارة الولايات المتحدة في الجزائر`), and quoted names after a media or organisation noun
 * (`لموقع "ديفينس سكوب"`). A national institution (`وزارة الدفاع` + a nisba) gets the id of that
 * country's institution, so every way of naming Algeria's ministry of defence is one entity.
 */
import { readComplement, type Complement } from './complement.js';
import { entityId, nationalId } from './ids.js';
import type { NationalInstitution } from './lexicon.js';
import { addMention, type DocState, type Mention } from './mentions.js';
import type { PhraseMatch } from './phrase-index.js';
import type { Reading } from './token-forms.js';
import { nextWord } from './find-places.js';

const OPEN_QUOTES = new Set(['"', '«', '“', '\'']);
const CLOSE_QUOTES = new Set(['"', '»', '”', '\'']);

/** A national institution whose country is not known yet: the document's countries decide. */
export interface PendingNational {
  mention: Mention;
  institution: NationalInstitution;
}

function countryOf(c: Complement): string | null {
  for (const m of c.inner) if (m.type !== 'ORG' && (m.candidates[0]?.kind === 'country' || m.adjective) && m.country) return m.country;
  return null;
}

function hostOf(s: DocState, c: Complement): string | null {
  // the host is the place after a linker or a preposition (`في الجزائر`, `بواشنطن`), not the
  // sending state in the genitive (`سفارة الولايات المتحدة`)
  for (const m of c.inner) {
    if (m.type === 'ORG' || m.adjective) continue;
    const r = s.views[m.tokenStart]!.readings.find((x) => x.start === m.start);
    const before = s.views[m.tokenStart - 1];
    if (r?.proclitic || (before && s.res.roleLinkers.has(before.tok.norm))) return m.candidates[0]?.country ?? m.id;
  }
  return null;
}

/** Finds pattern organisations; returns national institutions left without a country. */
export function findOrgs(s: DocState): PendingNational[] {
  const { views, res } = s;
  const pending: PendingNational[] = [];
  for (let i = 0; i < views.length; i++) {
    if (s.covered[i]! >= 0 || s.adjective[i]! >= 0) continue;
    const v = views[i]!;
    const headReading = v.readings.find((r) => res.orgHeads.has(r.bare) || res.orgHeads.has(r.key));
    const nat = res.national.match(views, i);
    if (!headReading && !nat) {
      i = quoted(s, i);
      continue;
    }
    const head = headReading ? (res.orgHeads.get(headReading.bare) ?? res.orgHeads.get(headReading.key)!) : null;
    // `برئاسة`, `بقيادة`: "headed by", a preposition of the sentence, not an organisation
    if (!nat && res.stopsLight.has(v.light)) continue;
    const from = nat ? nat.tokenEnd : i + 1;
    const c = readComplement(s, from, { locative: head?.locative === true, maxWords: 8, offices: false });
    if (!nat && c.words === 0) continue;
    // a one-word institution (`الجيش`, `البحرية`) and a dual head (`وزارتي الدفاع`) need their country said
    const oneWord = nat !== null && nat.tokenEnd - nat.tokenStart === 1;
    const dual = headReading !== undefined && head !== null && (res.normalize(head.word) !== headReading.bare && res.normalize(head.word) !== headReading.key);
    if ((oneWord || dual) && !c.inner.some((x) => x.adjective || x.type === 'GPE')) continue;
    if (!nat && !c.domains.length && !c.inner.length && c.words < 2) continue;
    // `شركة داسو`: a head before a known organisation is that organisation
    if (!nat && c.inner.length === 1 && c.inner[0]!.type === 'ORG' && c.inner[0]!.tokenEnd === c.end && c.inner[0]!.tokenStart === from) continue;
    const reading = nat?.reading ?? headReading!;
    const end = c.words ? c.endOffset : (nat?.end ?? v.tok.end);
    const tokenEnd = c.words ? c.end : (nat?.tokenEnd ?? i + 1);
    const text = s.text.slice(reading.start, end);
    const m: Mention = {
      source: 'pattern', type: 'ORG', tokenStart: i, tokenEnd, start: reading.start, end, candidates: [], id: null,
      name: displayName(s, reading, text), nameEn: null, country: countryOf(c), adjective: false,
    };
    const institution = nat ? nat.values[0]! : dualInstitution(s, i, c);
    if (institution && (nat ? c.inner.every((x) => x.adjective || x.type !== 'ORG') : true)) {
      if (m.country) named(s, m, nationalId(institution.idStem, m.country), institution);
      else if (institution.contextual && (c.words === 0 || c.inner.length === 0)) pending.push({ mention: m, institution });
      else if (c.words === 0 && nat && nat.tokenEnd - nat.tokenStart === 1) continue;
      else m.id = entityId('ORG', normText(s, m), res.lex.romanize);
    } else if (head?.kind === 'embassy' && m.country) {
      const host = hostOf(s, c);
      m.id = `org:embassy-${m.country.toLowerCase()}${host ? `-in-${host.toLowerCase().replace(/^[a-z]+:/, '')}` : ''}`;
    } else {
      m.id = entityId('ORG', normText(s, m), res.lex.romanize);
    }
    if (!institution && head?.nationalWithNisba && m.country && c.words === 1 && c.inner[0]?.adjective) {
      m.id = nationalId(head.idStem ?? head.kind, m.country);
    }
    addMention(s, m);
    i = tokenEnd - 1;
  }
  return pending;
}

/** `وزارتي الدفاع والتجارة الأمريكيتين`: a dual head names the institution of its first domain. */
function dualInstitution(s: DocState, i: number, c: Complement): NationalInstitution | null {
  const head = s.views[i]!.readings.find((r) => s.res.orgHeads.has(r.bare) || s.res.orgHeads.has(r.key));
  const org = head ? (s.res.orgHeads.get(head.bare) ?? s.res.orgHeads.get(head.key)) : undefined;
  if (!org || !c.domains.length) return null;
  return s.res.nationalByKey.get(`${s.res.normalize(org.word)} ${c.domains[0]}`) ?? null;
}

/** The name of an organisation as it stands alone: the article a contracted `لل` hid is given back. */
function displayName(s: DocState, reading: Reading, text: string): string {
  const article = s.res.lex.article;
  return reading.article && !s.res.normalize(text).startsWith(s.res.article) ? article + text : text;
}

function normText(s: DocState, m: Mention): string {
  const words: string[] = [];
  for (let k = m.tokenStart; k < m.tokenEnd; k++) {
    const v = s.views[k]!;
    if (!v.readings.length) continue;
    const r = k === m.tokenStart ? (v.readings.find((x) => x.start === m.start) ?? v.readings[0]!) : v.readings[0]!;
    words.push(r.key);
  }
  return words.join(' ');
}

/** Gives a national institution its id, and the gazetteer's names when the gazetteer knows it. */
export function named(s: DocState, m: Mention, id: string, institution: NationalInstitution): void {
  m.id = id;
  const known = s.res.gazetteer.get(id);
  if (known) {
    m.name = known.name;
    m.nameEn = known.nameEn;
    m.country = known.country;
    return;
  }
  const country = m.country ? s.res.gazetteer.get(`gpe:${m.country}`) : undefined;
  m.nameEn = institution.nameEn.replace('{country}', country?.nameEn ?? m.country ?? '');
}

/** A quoted name after a media or organisation noun becomes an organisation; returns the last token read. */
function quoted(s: DocState, i: number): number {
  const { views, res } = s;
  const head: PhraseMatch<string> | null = res.mediaHeads.match(views, i);
  if (!head) return i;
  const open = head.tokenEnd;
  if (!OPEN_QUOTES.has(views[open]?.tok.text ?? '')) return i;
  let k = open + 1;
  while (k < views.length && k - open <= 6 && !CLOSE_QUOTES.has(views[k]!.tok.text)) k++;
  if (k >= views.length || !CLOSE_QUOTES.has(views[k]!.tok.text) || k === open + 1) return i;
  const first = nextWord(views, open + 1);
  if (s.covered[first]! >= 0) return k;
  const start = views[open + 1]!.tok.start;
  const end = views[k - 1]!.tok.end;
  const norm = views.slice(open + 1, k).map((v) => v.tok.norm).join(' ');
  addMention(s, {
    source: 'media', type: 'ORG', tokenStart: open + 1, tokenEnd: k, start, end, candidates: [], id: entityId('ORG', norm, res.lex.romanize),
    name: s.text.slice(start, end), nameEn: null, country: null, adjective: false,
  });
  return k;
}
