/**
 * Every threshold and limit of the system, in one place, each with the reason for its value.
 * Users override a partial object: `resolveSettings({ ingest: { maxInputBytes: 1e6 } })`.
 */
export interface Settings {
  ingest: {
    /** Inputs above this size are refused with E_TOO_LARGE. News pages are rarely above 2 MB;
     * 20 MB leaves room for heavy HTML while keeping one hostile file from exhausting memory. */
    maxInputBytes: number;
    /** Share of control characters (other than tab, newline, carriage return, form feed) above
     * which decoded input is treated as binary: real text has essentially none. */
    maxControlShare: number;
    /** Share of U+FFFD replacement characters above which a decoding is rejected. */
    maxReplacementShare: number;
    /** Bytes sampled for encoding detection: enough Arabic letters to tell the code pages apart. */
    detectSampleBytes: number;
  };
  text: {
    /** Longest abbreviation (in characters, before its dot) that may stop a sentence split. */
    maxAbbreviationLength: number;
  };
  clean: {
    /** A title is a headline, not a paragraph: longer first lines are taken as body. */
    titleMaxWords: number;
    /** Lines of at least this many words read as prose wherever they stand. */
    proseMinWords: number;
    /** Lines of at most this many words, without closing punctuation, are decks, captions or
     * labels rather than paragraphs. */
    shortLineMaxWords: number;
    /** A line in the page head whose words are this much contained in a later line is a teaser
     * of that line (a lead repeated, a caption paraphrasing a paragraph). */
    teaserContainment: number;
    /** Prose words that must be seen before a related-articles heading may end the article, so a
     * menu heading at the top of a page does not cut the article before it starts. */
    minProseWordsBeforeCut: number;
    /** Prose lines an appended block needs to count as an article of its own (a segment). */
    segmentMinProseLines: number;
    /** Share of a line's characters inside URLs above which the line is a link list. */
    urlShareMin: number;
  };
  store: {
    /** Documents written per transaction during ingestion: big enough to amortise commits,
     * small enough that an interrupted run loses little work. */
    batchSize: number;
  };
  eval: {
    /** Scores may fall this far under a pinned floor before the gate fails: the scorer rounds to
     * three decimals, so a floor equal to a measured score must not fail on rounding. */
    floorTolerance: number;
  };
}

/** A partial override of the settings, any depth. */
export type SettingsOverride = { [K in keyof Settings]?: Partial<Settings[K]> };

/** The default settings. */
export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  ingest: {
    maxInputBytes: 20 * 1024 * 1024,
    maxControlShare: 0.01,
    maxReplacementShare: 0.001,
    detectSampleBytes: 64 * 1024,
  },
  text: {
    maxAbbreviationLength: 4,
  },
  clean: {
    titleMaxWords: 30,
    proseMinWords: 8,
    shortLineMaxWords: 12,
    teaserContainment: 0.6,
    minProseWordsBeforeCut: 30,
    segmentMinProseLines: 2,
    urlShareMin: 0.5,
  },
  store: {
    batchSize: 100,
  },
  eval: {
    floorTolerance: 0.0005,
  },
});

/** The default settings with `override` applied, e.g. `resolveSettings({store: {batchSize: 10}})`. */
export function resolveSettings(override: SettingsOverride = {}): Settings {
  const out = structuredClone(DEFAULT_SETTINGS) as Settings;
  for (const key of Object.keys(override) as (keyof Settings)[]) {
    Object.assign(out[key], override[key]);
  }
  return out;
}
