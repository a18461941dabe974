/**
 * The characters a regular expression's match can begin with, read from its source. The tagger
 * tries each rule at many word starts near an anchor; most of those starts cannot begin the
 * rule's match, and testing one character code is far cheaper than entering the regex engine.
 *
 * The result is a superset (never misses a match): whatever the reader cannot bound (a negated
 * class, `.`, `\s`, a back-reference) makes the whole set "any character". Assertions
 * (lookarounds, `^`, `$`, `\b`) match no character, so they add nothing. Sources are read with
 * the syntax of a RegExp without the `u` or `i` flag, which is how rule patterns compile.
 */

/** Character codes a match may start with, or null when any character may start one. */
export type FirstChars = ReadonlySet<number> | null;

interface First {
  /** codes a non-empty match of the piece may start with; null: any */
  set: Set<number> | null;
  /** the piece can match the empty string */
  nullable: boolean;
}

const ANY: First = { set: null, nullable: false };

/**
 * `a` with the codes of `b` added (in place: every set a reader step returns is its caller's own,
 * and copying on each union made compiling the patterns quadratic); null stands for any.
 */
function union(a: Set<number> | null, b: Set<number> | null): Set<number> | null {
  if (a === null || b === null) return null;
  for (const c of b) a.add(c);
  return a;
}

function range(from: number, to: number): Set<number> {
  const s = new Set<number>();
  for (let c = from; c <= to; c++) s.add(c);
  return s;
}

const DIGITS = range(48, 57);
const WORD = union(union(union(range(65, 90), range(97, 122)), new Set(DIGITS)), new Set([95]))!;
const HEX = /^[0-9a-fA-F]+$/;

/** A recursive-descent reader over one source string. */
class Reader {
  private i = 0;
  constructor(private readonly src: string) {}

  /** True once the whole source has been read. */
  atEnd(): boolean {
    return this.i >= this.src.length;
  }

  /** Disjunction until `)` or the end. */
  disjunction(): First {
    let acc = this.alternative();
    while (this.src[this.i] === '|') {
      this.i++;
      const next = this.alternative();
      acc = { set: union(acc.set, next.set), nullable: acc.nullable || next.nullable };
    }
    return acc;
  }

  private alternative(): First {
    let set: Set<number> | null = new Set();
    let nullable = true;
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
      const t = this.term();
      // a term after a non-nullable one cannot start the match, but it must still be read
      if (nullable) set = union(set, t.set);
      nullable = nullable && t.nullable;
    }
    return { set, nullable };
  }

  private term(): First {
    const atom = this.atom();
    const min = this.quantifier();
    return min === 0 ? { set: atom.set, nullable: true } : atom;
  }

  /** Reads a quantifier if one follows; returns its minimum, or 1 without one. */
  private quantifier(): number {
    const ch = this.src[this.i];
    let min = 1;
    if (ch === '*' || ch === '?') {
      min = 0;
      this.i++;
    } else if (ch === '+') this.i++;
    else if (ch === '{') {
      const m = /^\{(\d+)(?:,\d*)?\}/.exec(this.src.slice(this.i));
      // without the u flag a «{» that is not a quantifier is a literal, read by atom() next
      if (!m) return 1;
      min = Number(m[1]);
      this.i += m[0].length;
    } else return 1;
    if (this.src[this.i] === '?') this.i++;
    return min;
  }

  private atom(): First {
    const ch = this.src[this.i]!;
    if (ch === '(') return this.group();
    if (ch === '[') return this.charClass();
    if (ch === '.') {
      this.i++;
      return ANY;
    }
    if (ch === '^' || ch === '$') {
      this.i++;
      return { set: new Set(), nullable: true };
    }
    if (ch === '\\') return this.escape();
    this.i++;
    return { set: new Set([ch.charCodeAt(0)]), nullable: false };
  }

  private group(): First {
    const rest = this.src.slice(this.i, this.i + 4);
    let assertion = false;
    if (rest.startsWith('(?:')) this.i += 3;
    else if (rest.startsWith('(?=') || rest.startsWith('(?!')) {
      this.i += 3;
      assertion = true;
    } else if (rest.startsWith('(?<=') || rest.startsWith('(?<!')) {
      this.i += 4;
      assertion = true;
    } else if (rest.startsWith('(?<')) this.i = this.src.indexOf('>', this.i) + 1;
    else this.i++;
    const inner = this.disjunction();
    if (this.src[this.i] !== ')') throw new Error(`unbalanced group at ${this.i}`);
    this.i++;
    return assertion ? { set: new Set(), nullable: true } : inner;
  }

  /** An escape outside a class. */
  private escape(): First {
    const e = this.src[this.i + 1] ?? '';
    if (e === 'b' || e === 'B') {
      this.i += 2;
      return { set: new Set(), nullable: true };
    }
    // a back-reference may match anything, or nothing
    if (e === 'k' || /[1-9]/.test(e)) {
      this.i += 2;
      if (e === 'k' && this.src[this.i] === '<') this.i = this.src.indexOf('>', this.i) + 1;
      else while (/\d/.test(this.src[this.i] ?? '')) this.i++;
      return { set: null, nullable: true };
    }
    const set = this.escapeSet();
    return { set, nullable: false };
  }

  /** Reads `\x` at the cursor (outside or inside a class) as a set of codes; null for any. */
  private escapeSet(): Set<number> | null {
    const e = this.src[this.i + 1] ?? '';
    this.i += 2;
    if (e === 'd') return new Set(DIGITS);
    if (e === 'w') return new Set(WORD);
    if (e === 'D' || e === 'W' || e === 's' || e === 'S') return null;
    const code = this.codeEscape(e);
    return new Set([code]);
  }

  /** The code of a single-character escape whose letter `e` was just read. */
  private codeEscape(e: string): number {
    const fixed: Record<string, number> = { t: 9, n: 10, v: 11, f: 12, r: 13, '0': 0 };
    if (e in fixed) return fixed[e]!;
    if (e === 'u' || e === 'x') {
      const len = e === 'u' ? 4 : 2;
      const hex = this.src.slice(this.i, this.i + len);
      if (hex.length === len && HEX.test(hex)) {
        this.i += len;
        return parseInt(hex, 16);
      }
      return e.charCodeAt(0);
    }
    if (e === 'c') {
      const letter = this.src[this.i] ?? '';
      if (/[A-Za-z]/.test(letter)) {
        this.i++;
        return letter.charCodeAt(0) % 32;
      }
    }
    return e.charCodeAt(0);
  }

  private charClass(): First {
    this.i++;
    const negated = this.src[this.i] === '^';
    if (negated) this.i++;
    let set: Set<number> | null = new Set();
    let first = true;
    while (this.i < this.src.length && (this.src[this.i] !== ']' || first)) {
      first = false;
      const lo = this.classAtom();
      if (this.src[this.i] === '-' && this.src[this.i + 1] !== ']' && this.i + 1 < this.src.length) {
        this.i++;
        const hi = this.classAtom();
        if (typeof lo === 'number' && typeof hi === 'number' && lo <= hi) {
          set = union(set, range(lo, hi));
          continue;
        }
        // `[\d-x]`: the dash is a literal between two atoms
        set = union(union(set, asSet(lo)), union(new Set([45]), asSet(hi)));
        continue;
      }
      set = union(set, asSet(lo));
    }
    if (this.src[this.i] !== ']') throw new Error(`unterminated class at ${this.i}`);
    this.i++;
    return { set: negated ? null : set, nullable: false };
  }

  /** One class member: a code, or a set (`\d`), or null for an unbounded escape. */
  private classAtom(): number | Set<number> | null {
    const ch = this.src[this.i]!;
    if (ch !== '\\') {
      this.i++;
      return ch.charCodeAt(0);
    }
    const e = this.src[this.i + 1] ?? '';
    if (e === 'b') {
      this.i += 2;
      return 8;
    }
    if ('dwDWsS'.includes(e)) return this.escapeSet();
    this.i += 2;
    return this.codeEscape(e);
  }
}

function asSet(x: number | Set<number> | null): Set<number> | null {
  return typeof x === 'number' ? new Set([x]) : x;
}

/**
 * The first characters of a pattern source; null when they are not bounded or the source is
 * outside what the reader understands (it then costs speed, never a match).
 */
export function firstChars(source: string): FirstChars {
  try {
    const r = new Reader(source);
    const f = r.disjunction();
    // a stray «)» stops the reader early: what follows is unread, so nothing is bounded
    return r.atEnd() ? f.set : null;
  } catch {
    return null;
  }
}
