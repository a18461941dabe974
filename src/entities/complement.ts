/**
 * The complement of an office or an organisation head: the words after `وزير`, `رئيس`, `وزارة`
 * or `سفارة` that still belong to the phrase (`الدفاع الوطني الجزائرية`, `أركان الجيش الوطني
 * الشعبي`, `الجزائر لدى واشنطن`, `بالنيابة لشؤون أفريقيا`). Read word by word:
 * - domains, construct nouns and qualifying adjectives of the lexicon;
 * - nisba adjectives (they give the phrase its country);
 * - a place or organisation mention, bare (genitive) or after `ل` or a linker (`لدى`, `في`);
 * - `و` + a domain right after a domain (`الدفاع والتجارة`);
 * and it stops at anything else: an unknown word is where a name may begin.
 */
import { titleAt, type DocState, type Mention } from './mentions.js';
import type { Reading, TokenView } from './token-forms.js';

/** What a complement holds. */
export interface Complement {
  /** one past its last token */
  end: number;
  /** text offset of its end */
  endOffset: number;
  /** words read */
  words: number;
  /** place, nisba and organisation mentions inside, in order */
  inner: Mention[];
  /** domains read (normalised), in order */
  domains: string[];
}

/** Options of `readComplement`. */
export interface ComplementOptions {
  /** a linker (`في`, `لدى`) may introduce a place (embassies, commands, ambassadors) */
  locative: boolean;
  /** most words to read */
  maxWords: number;
  /** an office may continue the phrase (`نائبة وزير الدفاع`); not inside an organisation's name,
   * where it starts the title of a person (`برئاسة وزير الخارجية فؤاد حسين`) */
  offices?: boolean;
}

function mentionStarting(s: DocState, k: number): Mention | undefined {
  const c = s.covered[k]!;
  if (c >= 0) {
    const m = s.mentions[c]!;
    return m.tokenStart === k ? m : undefined;
  }
  const a = s.adjective[k]!;
  return a >= 0 ? s.mentions[a] : undefined;
}

const OPENERS = '"«“(';
const CLOSERS = '"»”)';

const plain = (v: TokenView): Reading | undefined => v.readings.find((r) => !r.proclitic);

/** Reads the complement starting at token `from`. */
export function readComplement(s: DocState, from: number, opts: ComplementOptions): Complement {
  const { views, res } = s;
  const out: Complement = { end: from, endOffset: views[from - 1]?.tok.end ?? 0, words: 0, inner: [], domains: [] };
  let k = from;
  let lastDomain = false;
  const take = (to: number, m?: Mention): void => {
    out.words += to - k;
    if (m) out.inner.push(m);
    k = to;
    out.end = k;
    out.endOffset = views[k - 1]!.tok.end;
  };
  while (k < views.length && out.words < opts.maxWords) {
    const v = views[k]!;
    if (!v.readings.length) {
      // a quoted or bracketed organisation: `قائد "أفريكوم"`, `وزارة الدفاع (البنتاغون)`
      const m = OPENERS.includes(v.tok.text) ? mentionStarting(s, k + 1) : undefined;
      const close = m ? views[m.tokenEnd]?.tok.text : undefined;
      if (m && !m.adjective && m.type === 'ORG' && close && CLOSERS.includes(close) && out.words === 0) {
        out.inner.push(m);
        k = m.tokenEnd + 1;
        out.end = k;
        out.endOffset = views[k - 1]!.tok.end;
        out.words += 1;
      }
      break;
    }
    if (res.ordinals.has(v.tok.norm)) break;
    const m = mentionStarting(s, k);
    const p = plain(v);
    if (m) {
      const r = v.readings.find((x) => x.start === m.start);
      // a place or organisation in the genitive, or after ل: `سفارة الولايات المتحدة`, `للقوات المسلحة`
      if (!r || !r.conjunction) {
        take(m.tokenEnd, m);
        lastDomain = false;
        continue;
      }
      break;
    }
    if (opts.offices === false && titleAt(s, k)?.values.some((t) => t.headsRole)) break;
    const adj = res.roleAdjectivePhrases.match(views, k);
    if (adj && adj.tokenEnd - adj.tokenStart > 1 && !adj.reading.proclitic) {
      take(adj.tokenEnd);
      continue;
    }
    if (p && (res.domains.has(p.key) || res.roleNouns.has(p.key) || res.roleAdjectives.has(p.key))) {
      if (res.domains.has(p.key)) out.domains.push(p.key);
      lastDomain = res.domains.has(p.key);
      take(k + 1);
      continue;
    }
    const withL = v.readings.find((r) => r.proclitic && !r.conjunction && (res.domains.has(r.key) || res.roleNouns.has(r.key) || res.roleNouns.has(r.bare)));
    if (withL) {
      if (res.domains.has(withL.key)) out.domains.push(withL.key);
      take(k + 1);
      continue;
    }
    const coord = v.readings.find((r) => r.conjunction && res.domains.has(r.key));
    if (coord && lastDomain) {
      out.domains.push(coord.key);
      take(k + 1);
      continue;
    }
    if (res.roleLinkers.has(v.tok.norm) && k + 1 < views.length) {
      const next = mentionStarting(s, k + 1);
      const nextPlain = plain(views[k + 1]!);
      if (next && !next.adjective && (opts.locative || next.type === 'ORG')) {
        take(next.tokenEnd, next);
        continue;
      }
      if (nextPlain && (res.domains.has(nextPlain.key) || res.roleNouns.has(nextPlain.key))) {
        take(k + 2);
        continue;
      }
      break;
    }
    break;
  }
  return out;
}
