/**
 * Tag sets: the tags a model predicts, which tag may follow which, and entity chunks read
 * back from a tag sequence. Entity types come from the training data (ANERcorp has PERS, LOC,
 * ORG, MISC), so nothing here names a type.
 */

/** The outside tag. */
export const OUTSIDE = 'O';

/**
 * How entities are spelled in tags. BIO: B-X opens, I-X continues. BILOU adds L-X for the last
 * token of a longer entity and U-X for a one-token entity; the model then learns distinct
 * evidence for the ends of names (a family name closes a person, a title never does), and the
 * tags are read back as BIO.
 */
export type TagScheme = 'BIO' | 'BILOU';

/** A tag set: `O` first, then the tags of every type X in the given order. */
export interface TagSet {
  scheme: TagScheme;
  tags: readonly string[];
  types: readonly string[];
  /** `allowed[prev * n + next]` is 1 when `next` may follow `prev` (I-X only after B-X or I-X) */
  allowed: Uint8Array;
  /** `canStart[t]` is 1 when a sentence may open with tag t (never I-X or L-X) */
  canStart: Uint8Array;
  /** `canEnd[t]` is 1 when a sentence may close with tag t (never B-X or I-X in BILOU) */
  canEnd: Uint8Array;
  index: ReadonlyMap<string, number>;
}

/** Whether a tag leaves an entity open, so the next tag must continue it (BILOU's B and I). */
function opens(tag: string, scheme: TagScheme): boolean {
  return scheme === 'BILOU' && (tag.startsWith('B-') || tag.startsWith('I-'));
}

/** Whether a tag continues an entity (I-X, and L-X in BILOU). */
function continues(tag: string): boolean {
  return tag.startsWith('I-') || tag.startsWith('L-');
}

/** The tag set of the given entity types: `tagSet(['PERS'])` → tags `O B-PERS I-PERS`. */
export function tagSet(types: readonly string[], scheme: TagScheme = 'BIO'): TagSet {
  const prefixes = scheme === 'BIO' ? ['B', 'I'] : ['B', 'I', 'L', 'U'];
  const tags = [OUTSIDE, ...types.flatMap((t) => prefixes.map((p) => `${p}-${t}`))];
  const n = tags.length;
  const allowed = new Uint8Array(n * n);
  const canStart = new Uint8Array(n);
  const canEnd = new Uint8Array(n);
  for (let next = 0; next < n; next++) {
    const nt = tags[next]!;
    canStart[next] = continues(nt) ? 0 : 1;
    canEnd[next] = opens(nt, scheme) ? 0 : 1;
    for (let prev = 0; prev < n; prev++) {
      const pt = tags[prev]!;
      const sameType = pt.slice(2) === nt.slice(2);
      // BIO: I-X only after B-X or I-X. BILOU: after an open B/I only I/L of its type; else no I/L
      allowed[prev * n + next] = (opens(pt, scheme) ? continues(nt) && sameType : !continues(nt) || (scheme === 'BIO' && sameType && pt !== OUTSIDE)) ? 1 : 0;
    }
  }
  return { scheme, tags, types, allowed, canStart, canEnd, index: new Map(tags.map((t, i) => [t, i])) };
}

/** Valid BIO tags in the scheme's spelling: `toScheme(['B-PERS','I-PERS','B-LOC'], 'BILOU')` → B-PERS L-PERS U-LOC. */
export function toScheme(bio: readonly string[], scheme: TagScheme): string[] {
  if (scheme === 'BIO') return [...bio];
  const out = [...bio];
  for (const c of chunksOf(bio)) {
    if (c.end - c.start === 1) out[c.start] = `U-${c.type}`;
    else out[c.end - 1] = `L-${c.type}`;
  }
  return out;
}

/** Tags of any scheme read as BIO: L-X → I-X, U-X → B-X. */
export function toBio(tags: readonly string[]): string[] {
  return tags.map((t) => (t.startsWith('L-') ? 'I-' + t.slice(2) : t.startsWith('U-') ? 'B-' + t.slice(2) : t));
}

/** The entity types used in tag sequences, in order of first appearance: `['B-PERS','O','I-LOC']` → PERS, LOC. */
export function typesOf(sequences: Iterable<readonly string[]>): string[] {
  const seen = new Set<string>();
  for (const seq of sequences) for (const t of seq) if (t !== OUTSIDE && t.length > 2) seen.add(t.slice(2));
  return [...seen];
}

/**
 * A sequence made valid BIO the way conlleval reads it: an I-X that does not continue an X
 * opens a new entity, so it becomes B-X (`O I-PERS` → `O B-PERS`). Anything else than O, B-X or
 * I-X reads as O.
 */
export function repairBio(tags: readonly string[]): string[] {
  const out: string[] = [];
  let prevType: string | null = null;
  for (const t of tags) {
    const bio = t.slice(0, 2);
    if (bio !== 'B-' && bio !== 'I-') {
      out.push(OUTSIDE);
      prevType = null;
      continue;
    }
    const type = t.slice(2);
    out.push(bio === 'I-' && prevType !== type ? `B-${type}` : t);
    prevType = type;
  }
  return out;
}

/** An entity read from a tag sequence: tokens [start, end) of one type. */
export interface Chunk {
  start: number;
  end: number;
  type: string;
}

/** The entities of a tag sequence, conlleval's reading: `chunksOf(['B-PERS','I-PERS','O'])` → [{0, 2, PERS}]. */
export function chunksOf(tags: readonly string[]): Chunk[] {
  const out: Chunk[] = [];
  let cur: Chunk | null = null;
  for (let i = 0; i < tags.length; i++) {
    const t = tags[i]!;
    const bio = t.slice(0, 2);
    if (bio !== 'B-' && bio !== 'I-') {
      cur = null;
      continue;
    }
    const type = t.slice(2);
    if (bio === 'B-' || !cur || cur.type !== type) {
      cur = { start: i, end: i + 1, type };
      out.push(cur);
    } else cur.end = i + 1;
  }
  return out;
}
