import type { OffsetMap } from './offset-map.js';
import type { Span, TextSpan } from './span.js';
import type { RasidError } from './errors.js';

/** How a publication date was obtained: stated by the page, inferred from its text, or unknown. */
export type DateBasis = 'metadata' | 'inferred' | 'none';

/** A publication date at the precision the source gives (`2023-12`, `2025-03-09T23:39`). */
export interface Published {
  value: string | null;
  basis: DateBasis;
  /** where in the raw input it was read, when it was read from text */
  evidence?: TextSpan;
}

/** The input format a document arrived in. */
export type InputFormat = 'text' | 'html';

/** Metadata about the article, filled by ingestion (given values) and by the cleaning stage. */
export interface DocumentMeta {
  title: string | null;
  published: Published;
  outlet: string | null;
  author: string | null;
  url: string | null;
  language: string;
  /** lines of the page that state a date (publication, update), as raw-input spans, for the
   * temporal stage to read the publication date from */
  dateLines: TextSpan[];
}

/** A token of the clean text: a word, number or punctuation mark, with its clitics split off. */
export interface Token extends Span {
  /** surface text */
  text: string;
  /** normalised form used for matching (see the text layer) */
  norm: string;
  kind: 'word' | 'number' | 'punct' | 'symbol';
  /** the span of the stem once proclitics and enclitics are taken off */
  stem: Span;
  /** normalised stem */
  stemNorm: string;
  /** clitics split off the token, in reading order */
  clitics: Clitic[];
  /** set for tokens kept whole because they are addresses or tags, not words */
  special?: 'url' | 'email' | 'hashtag' | 'mention';
}

/**
 * A clitic attached to a token, such as the conjunction و or the article ال. `form` is canonical
 * (the article is `ال` even in لل where only its ل is written); the span is what it occupies in
 * the text, with the diacritics and tatweel that follow its letters.
 */
export interface Clitic extends Span {
  form: string;
  /** `pronoun`: a suffix pronoun, possessive on a noun or object on a verb; the text layer cannot tell which */
  role: 'conjunction' | 'preposition' | 'article' | 'future' | 'possessive' | 'object' | 'pronoun';
}

/** A sentence of the clean text. */
export interface Sentence extends Span {
  /** index of its first token and one past its last token in `layers.tokens` */
  tokenStart: number;
  tokenEnd: number;
}

/** A temporal expression normalised to TIMEX3. */
export interface Timex extends TextSpan {
  type: 'DATE' | 'TIME' | 'DURATION' | 'SET';
  value: string;
  mod: string | null;
  /** name of the rule that found it */
  rule?: string;
}

/** One mention of an entity in the text. */
export interface EntityMention extends TextSpan {
  entity: string;
}

/** An office a person holds according to one document: the role phrase, its organisation and country, as of a date. */
export interface EntityRole extends TextSpan {
  /** the role phrase as written, clitics off (`رئيس أركان الجيش الوطني الشعبي`) */
  title: string;
  /** the organisation it names, as an entity id, or null */
  org: string | null;
  /** the country it is held for (ISO alpha-2), or null */
  country: string | null;
  /** the document's publication date: the role held as of then */
  date: string | null;
}

/** An entity as it appears in one document, linked to its corpus-wide identity. */
export interface DocEntity {
  id: string;
  type: 'PERSON' | 'ORG' | 'GPE' | 'LOC';
  name: string;
  name_en: string | null;
  country: string | null;
  roles: string[];
  mentions: TextSpan[];
  /** ranks and honorifics written before a person's name (`الفريق أول`) */
  titles?: string[];
  /** the roles with their spans, organisation, country and date */
  role_mentions?: EntityRole[];
  /** Wikidata id of a gazetteer entity, when known */
  wikidata?: string | null;
}

/** An event mention extracted from one document. */
export interface DocEvent {
  id: string;
  cluster: string | null;
  type: string;
  mode: string | null;
  status: 'occurred' | 'planned' | 'possible' | 'denied';
  date: { value: string | null; mod: string | null };
  location: { name: string; country: string | null } | null;
  countries: string[];
  participants: { entity: string; role: string }[];
  topics: string[];
  evidence: TextSpan[];
  /** set when the date is only the day the event began or ended (`اختتم أمس 6 ديسمبر حوار …`);
   * clustering widens it to the whole span when another report gives it */
  bound?: 'start' | 'end';
  /** the word that told the event, with its lemma (the first mention's, for merged mentions) and
   * the lemmas of every trigger merged into it, and the names the reports give it (`حوار عسكري مشترك`) */
  trigger?: TextSpan & { lemma: string; lemmas?: string[]; names?: string[] };
}

/** Everything the pipeline stages attach to a document. Every item is a span into `text`. */
export interface Layers {
  tokens: Token[];
  sentences: Sentence[];
  timexes: Timex[];
  entities: DocEntity[];
  events: DocEvent[];
}

/**
 * One news document moving through the pipeline: the raw input as decoded, the clean article
 * text, and the offset map between them. Stages read and write it; nothing else is shared.
 */
export interface NewsDocument {
  /** stable id: the file stem, the JSONL `id`, or the content hash; segments add `.2`, `.3` … */
  id: string;
  /** sha256 of the decoded raw input; the same page twice has the same hash */
  hash: string;
  /** where it came from (a path, `stdin`, `path:line` for JSONL) */
  source: string;
  format: InputFormat;
  /** the decoded input (NFC), as the page was given */
  raw: string;
  /** the encoding it was decoded from */
  encoding: string;
  /** the clean article body */
  text: string;
  /** maps `text` positions to `raw` positions */
  offsets: OffsetMap;
  meta: DocumentMeta;
  /** the host page's id when this document is an article found glued inside another page */
  segmentOf: string | null;
  layers: Layers;
  /** non-fatal problems found while processing, with their codes */
  warnings: RasidError[];
}

/** Empty annotation layers, to be filled by the stages. */
export function emptyLayers(): Layers {
  return { tokens: [], sentences: [], timexes: [], entities: [], events: [] };
}
