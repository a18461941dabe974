/**
 * Mentions found in one document before they are grouped into entities, and the working state
 * the recognisers share: the token readings and which tokens a mention already covers.
 */
import type { GazEntry } from './gazetteer.js';
import type { EntityType, TitleCue } from './lexicon.js';
import type { PhraseMatch } from './phrase-index.js';
import type { EntityResources } from './resources.js';
import type { TokenView } from './token-forms.js';

/** How a mention was found. */
export type MentionSource = 'gazetteer' | 'nisba' | 'pattern' | 'media' | 'person' | 'memory' | 'model';

/** A mention of a place or organisation. */
export interface Mention {
  source: MentionSource;
  type: EntityType;
  tokenStart: number;
  tokenEnd: number;
  start: number;
  end: number;
  /** gazetteer readings still in play; one once resolved */
  candidates: GazEntry[];
  /** resolved entity id */
  id: string | null;
  /** canonical name when not from the gazetteer */
  name: string | null;
  nameEn: string | null;
  country: string | null;
  /** an adjective (nisba) rather than a name */
  adjective: boolean;
  /** the mention stands for a state's government (a capital used for its state) */
  metonymy?: boolean;
}

/** The working state of one document. */
export interface DocState {
  text: string;
  views: TokenView[];
  res: EntityResources;
  /** place and organisation mentions, in text order once sorted */
  mentions: Mention[];
  /** token index → index in `mentions` of the name mention covering it (nisbas excluded), or -1 */
  covered: Int32Array;
  /** token index → index in `mentions` of the nisba on it, or -1 */
  adjective: Int32Array;
  /** title matches by token, computed on first ask (undefined: not asked yet) */
  titleAt: (PhraseMatch<TitleCue> | null | undefined)[];
}

/** A new document state. */
export function docState(text: string, views: TokenView[], res: EntityResources): DocState {
  return { text, views, res, mentions: [], covered: new Int32Array(views.length).fill(-1), adjective: new Int32Array(views.length).fill(-1), titleAt: new Array(views.length) };
}

/** Records a mention and marks its tokens (adjectives mark nothing: they never block a name). */
export function addMention(s: DocState, m: Mention): number {
  const k = s.mentions.push(m) - 1;
  for (let i = m.tokenStart; i < m.tokenEnd; i++) (m.adjective ? s.adjective : s.covered)[i] = k;
  return k;
}

/** The mention covering token `i` (a name or an adjective), or undefined. */
export function mentionAt(s: DocState, i: number): Mention | undefined {
  const k = s.covered[i]! >= 0 ? s.covered[i]! : s.adjective[i]!;
  return k >= 0 ? s.mentions[k] : undefined;
}

/** The title phrase starting at token `k`, or null (memoised: cue chains ask often). */
export function titleAt(s: DocState, k: number): PhraseMatch<TitleCue> | null {
  if (k < 0 || k >= s.views.length) return null;
  let m = s.titleAt[k];
  if (m === undefined) m = s.titleAt[k] = s.res.titles.match(s.views, k);
  return m;
}

/** The text of a span. */
export function spanText(s: DocState, start: number, end: number): string {
  return s.text.slice(start, end);
}
