/**
 * Title cues and role phrases. A rank or honorific is a title (`الفريق أول`, `الجنرال`); an
 * office heads a role phrase whose complement says of what and of where (`وزير الدفاع الأمريكي`,
 * `سفير الجزائر لدى واشنطن`, `رئيس أركان الجيش الوطني الشعبي`, `القائم بأعمال السفارة
 * الجزائرية في الولايات المتحدة`). Role phrases are what the analyst asks for: the offices a
 * person held, with their organisation and country.
 */
import { readComplement, type Complement } from './complement.js';
import type { TitleCue } from './lexicon.js';
import { titleAt, type DocState } from './mentions.js';

/** A title or role phrase found in the text. */
export interface Cue {
  cue: TitleCue;
  tokenStart: number;
  tokenEnd: number;
  /** text offsets, clitics of the first word left out */
  start: number;
  end: number;
  /** the office's complement (empty for ranks and honorifics) */
  complement: Complement | null;
}

/** Most words an office's complement may have. */
const MAX_COMPLEMENT = 10;

/** The title or role phrase starting at token `i`, or null. */
export function cueAt(s: DocState, i: number): Cue | null {
  if (s.covered[i]! >= 0) return null;
  const m = titleAt(s, i);
  if (!m) return null;
  // prefer an office reading: `رئيس` heads a role; the same words may also be listed as honorifics
  const cue = m.values.find((c) => c.headsRole) ?? m.values[0]!;
  let complement: Complement | null = null;
  let tokenEnd = m.tokenEnd;
  let end = m.end;
  if (cue.headsRole) {
    complement = readComplement(s, m.tokenEnd, { locative: cue.locative === true, maxWords: MAX_COMPLEMENT });
    if (complement.words) {
      tokenEnd = complement.end;
      end = complement.endOffset;
    }
  }
  return { cue, tokenStart: i, tokenEnd, start: m.start, end, complement };
}

/** Whether a cue is a bare title standing right before a name (`الرئيس تبون`, `الجنرال لانغلي`). */
export function isBareTitle(c: Cue): boolean {
  return !c.complement || c.complement.words === 0;
}
