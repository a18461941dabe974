/**
 * A compact way to write rule examples: `ex(text, dct, [surface, value, type?, mod?], …)`.
 */
import type { RuleExample, TimexType } from '../../../../time/types.js';

/** One expected expression: surface, value, and optionally type and mod. */
export type Expect = [text: string, value: string, type?: TimexType, mod?: string];

/** A rule example: tagging `text` at `dct` gives exactly these expressions. */
export function ex(text: string, dct: string | null, ...expected: Expect[]): RuleExample {
  return {
    text,
    dct,
    expected: expected.map(([t, value, type, mod]) => ({ text: t, value, ...(type ? { type } : {}), ...(mod ? { mod } : {}) })),
  };
}
