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
    /** A quotation of more tokens than this may hold several sentences and is split inside at
     * sentence-ending punctuation; a shorter one stays in the sentence that quotes it. Arabic
     * news sentences run about 25 to 30 tokens, so a quotation longer than one is likely more. */
    longQuoteTokens: number;
    /** Letters a stem must keep once a word-initial article is split off (الجيش → ال + جيش):
     * two, because short stems after the article are real (اليد، الدم). */
    minStemLetters: number;
    /** Letters a stem must keep once a proclitic chain before the article is split off: three,
     * because و/ب/ف/ك + ال + two letters is more often one word (والدة، بالغة) than a chain. */
    minStemLettersAfterProclitic: number;
    /** Letters a stem must keep once a pronoun suffix is split off without a lexicon: four, so
     * تفاهم (understanding) and محاكم (courts) keep their final هم and كم. */
    minEncliticStemLetters: number;
    /** Split pronoun suffixes in the text stage even without a lexicon. Off: the split is a
     * guess, and the stages that need it ask for candidate stems instead. */
    splitEnclitics: boolean;
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
    /** A short line standing on at least this many pages of one site in a batch, and on at
     * least `furnitureMinShare` of them, is the site's furniture (menus, footers, prompts).
     * Three pages keep two articles that happen to share a line from counting. */
    furnitureMinDocs: number;
    furnitureMinShare: number;
  };
  /** The article extractor of HTML pages (src/html); measured on the article-extraction benchmark
   * (181 pages of many outlets and languages) and the Arabic test pages, none tuned to one site. */
  html: {
    /** Readability retries with looser rules while the article it finds is shorter than this many
     * characters. News bodies are longer than 500 characters, but every retry re-parses the page, and
     * 250 keeps short briefs (a 3-line wire item) from costing three parses. */
    readabilityCharThreshold: number;
    /** A furniture block (share bar, related list, caption, byline) is dropped only when its text is
     * under this share of the article: a container whose class merely mentions `comment` or `meta`
     * and holds most of the text is the article itself. */
    maxFurnitureShare: number;
    /** A line whose characters are more than this share link text is a list of links (related
     * stories, tags, next/previous), not prose. Article paragraphs cite one or two links at most. */
    maxLinkDensity: number;
    /** …unless it has at least this many characters of its own besides the links: a news digest
     * item is a linked headline followed by a sentence of prose, and is article text. */
    linkListMaxOwnChars: number;
    /** Lines at the head or foot of the article that are checked for date and byline lines: the
     * date, author and reading time sit within the first few lines; credits within the last few. */
    edgeLines: number;
    /** A date line has at most this many words: `Published 10:48, Tue, Nov 19, 2019 | Updated …`. */
    dateLineMaxWords: number;
    /** …and at least this share of its words are numbers (day, year, hour, minute). A sentence with a
     * year in it has far fewer. */
    dateLineMinDigitShare: number;
    /** A line naming the author at the head of the article is a byline when it has at most this
     * many words (`By Jane Doe and John Roe, Associated Press`); a sentence quoting the author
     * by name is longer. */
    bylineMaxWords: number;
    /** A line of at least this many characters is body prose: the head and foot of the article are
     * trimmed of lines that neither reach it nor share a container with a line that does. */
    proseMinChars: number;
    /** When the chosen article has fewer characters than this, the text-density scorer's choice is
     * taken if it is longer: Readability sometimes returns a caption or a teaser. */
    minArticleChars: number;
    /** A box nested in the body's main column after its last line (a comment policy, an author
     * box, a "more on this" panel) is dropped when its text is under this share of the column's:
     * a continuation of the body wrapped in its own element is as long as a good part of it. */
    tailBoxMaxShare: number;
    /** A paragraph that cannot be found whole in the page text is aligned word by word; a word is
     * looked for this many characters ahead at most, so one missing word cannot jump the alignment to
     * a far repetition of a common word. */
    alignWordWindow: number;
    /** The density scorer ignores lines shorter than this many characters: menus and labels are
     * short, and scoring them lets a long menu outweigh a short article. */
    densityMinChars: number;
    /** …and lines with a larger share of link text than this: they are link lists. */
    densityMaxLinkShare: number;
  };
  events: {
    /** Tokens on either side of a trigger searched for the words it requires (`هاتفية` for
     * `مكالمة`): a clause rarely puts them further apart. */
    requiresWindow: number;
    /** Tokens before a trigger searched for plan and possibility cues (`المقرر أن يلتقي`). */
    statusWindow: number;
    /** Tokens before a trigger searched for negation: it binds to the verb right after it. */
    negationWindow: number;
    /** Tokens between a trigger and a date for the date to be the event's: further away, a
     * date belongs to another clause of the sentence (`… منذ الإطاحة بالقذافي قبل تسع سنوات`). */
    dateWindow: number;
    /** Words after a trigger noun that can belong to the event's name (`حوار عسكري مشترك`): two
     * adjectives name most events; more would take in what the event was about. */
    nameWords: number;
    /** Words kept of each topic phrase (`جهود مكافحة الإرهاب`), and topics kept per clause: enough
     * for the usual noun phrases and lists, not a whole run-on sentence. */
    topicWords: number;
    maxTopics: number;
    /** How many sentences back a sentence of attendees (`وحضر الحدث …`) looks for its event: the
     * paragraph that tells it, not an event of another part of the article. */
    attendanceSentences: number;
    /** Whether press statements become STATEMENT events. Off by default: nearly every article
     * cites a statement as its source, and those citations drown the events analysts follow. */
    statements: boolean;
  };
  clusters: {
    /** A plan may come true this many days after its announced period ends, by event type:
     * agreements and deliveries announced for "early next year" are often signed or delivered a
     * year later, while a visit or an exercise that slips by more than two months is usually
     * another visit or next year's exercise. `default` covers the types not named. */
    maxPlanSlipDays: Record<string, number> & { default: number };
    /** Weights of the evidence that two reports tell one event: each shared participant counts
     * most, the same set of countries next, then dates known on both sides and the same place. */
    participantWeight: number;
    countryPairWeight: number;
    datedWeight: number;
    placeWeight: number;
    /** A trigger word both reports use (`مائدة مستديرة` … `مائدة مستديرة`): more telling than a
     * known date on both sides, less than the same countries. */
    wordWeight: number;
    /** The same event name in both reports (`حوار عسكري مشترك`): as telling as a shared participant. */
    nameWeight: number;
    /** An undated report may join, by its word and countries alone, an event at most this many
     * days older than its article: news without a date tells of the last weeks. */
    undatedWindowDays: number;
    /** An undated report may join, through a shared participant, an event at most this many days
     * older than its article: a year keeps one person's visits of different years apart. */
    undatedParticipantWindowDays: number;
    /** The least affinity to join a cluster: a shared participant, or the same countries. */
    minAffinity: number;
  };
  store: {
    /** Documents written per transaction during ingestion: big enough to amortise commits,
     * small enough that an interrupted run loses little work. */
    batchSize: number;
  };
  /** The named-entity sequence model (src/ner): its features, training and pruning. Values were
   * chosen on a development split carved from the end of ANERcorp's training file, never on its test. */
  ner: {
    /** Letters a word must keep once a prefix chain (و، بال، لل) is taken off for the stem and list
     * features: three, since two-letter remainders (فكر → كر) collide with unrelated list entries. */
    minStemLetters: number;
    /** How entities are spelled in the model's tags: BIO, or BILOU (distinct tags for an entity's
     * last token and for one-token entities), read back as BIO. */
    tagScheme: 'BIO' | 'BILOU';
    /** Most passes over the training sentences; early stopping usually ends training sooner. */
    maxEpochs: number;
    /** Passes without a better development F1 before training stops: the averaged perceptron's
     * development score wobbles by a few tenths from pass to pass, so one bad pass is not the end. */
    patience: number;
    /** Share of the training sentences (taken from the end, whole documents) held out to choose the
     * number of passes; the final model is then trained on all sentences for that many passes. */
    devShare: number;
    /** Seed of the shuffling between passes, so training is reproducible. */
    seed: number;
    /** Folds of the jackknifed tag memory: each fold's memory comes from the others. Ten keeps the
     * memory of a training sentence close to the full memory the tagger sees (90% of the text). */
    memoryFolds: number;
    /** Share of a word's occurrences as type X for the memory feature `X` (below it: `X?`). */
    memoryMinShare: number;
    /** Share for the strong memory feature `X!`: a word nearly always of one type. */
    memoryStrongShare: number;
    /** Occurrences, all outside entities, before a word gets the memory feature `O!`. */
    memoryMinOutside: number;
    /** Remember the training text's entities of several words as phrases (`الأمم المتحدة`: ORG),
     * jackknifed like the word memory. */
    phraseMemory: boolean;
    /** Sentences on either side whose first-stage predictions a token's document features read, one
     * set of features per window, nearest first; none switches the document stage off. News
     * articles run 15 to 40 sentences, and a name recurs within a few sentences of its full form. */
    documentWindows: number[];
    /** Folds for the out-of-fold first-stage predictions the document stage learns from. */
    stackFolds: number;
    /** Weights below this magnitude (for every tag) are dropped from the saved model: they change
     * almost no decision and make up most of the features. */
    pruneMinWeight: number;
  };
  /** Entity recognition and linking (src/entities). */
  entities: {
    /** An institution named without its country (`بيان لوزارة الدفاع الوطني`, `رئاسة الجمهورية`) is
     * given the document's main country only when that country has at least this share of the
     * document's country mentions: a bilateral article names both sides about equally, so only a
     * clear majority says whose institution an unqualified name is. */
    contextMinShare: number;
    /** Person spans of the sequence model are taken with at least this many words: a one-word
     * span is as often a place or a common word the model misreads as a family name. */
    modelMinPersonWords: number;
  };
  eval: {
    /** Scores may fall this far under a pinned floor before the gate fails: the scorer rounds to
     * three decimals, so a floor equal to a measured score must not fail on rounding. */
    floorTolerance: number;
  };
  /** Full-text search (src/store/sql/search.ts, src/search) and the summaries of clusters. */
  search: {
    /** Longest query read, in characters: a search box sentence, not a document to match. */
    maxQueryChars: number;
    /** Fragments of an article shown around its matches, and the words of each: two short
     * fragments show the matches in context and fit one result line of the app. */
    snippetFragments: number;
    snippetMaxWords: number;
    snippetMinWords: number;
    /** Characters of the text shown when no fragment can be placed (a match in the title only). */
    plainSnippetChars: number;
    /** A cluster's title is its best report's evidence sentence clipped to this many characters:
     * one line of a timeline. */
    clusterTitleChars: number;
    /** A planned event and a later occurred one that tell the same encounter but were not put in
     * one cluster (their dates did not fit) are linked when the outcome comes within this many
     * days after the plan: beyond it, the same pair meeting again is a new event, not the plan's. */
    linkMaxDays: number;
    /** A duration in a report's evidence is the event's (a visit of three days, a week of
     * exercises) only up to this many days: longer ones are spans of history (`منذ 14 سنة`). */
    eventDurationMaxDays: number;
  };
  /** The HTTP API (src/api). */
  api: {
    /** Largest request body accepted: enough for a JSONL batch of a few hundred articles; a
     * larger import belongs to `rasid ingest`, which streams. Answered with 413 E_TOO_LARGE. */
    maxBodyBytes: number;
    /** Items per page when a list request gives no limit, and the most it may ask for: pages the
     * app can render at once, and a bound on the work one request causes. */
    defaultLimit: number;
    maxLimit: number;
    /** Most rows an export may hold: exports are files, but one request must stay bounded. */
    maxExportRows: number;
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
    longQuoteTokens: 30,
    minStemLetters: 2,
    minStemLettersAfterProclitic: 3,
    minEncliticStemLetters: 4,
    splitEnclitics: false,
  },
  clean: {
    titleMaxWords: 30,
    proseMinWords: 8,
    shortLineMaxWords: 12,
    teaserContainment: 0.6,
    minProseWordsBeforeCut: 30,
    segmentMinProseLines: 2,
    urlShareMin: 0.5,
    furnitureMinDocs: 3,
    furnitureMinShare: 0.5,
  },
  html: {
    readabilityCharThreshold: 250,
    maxFurnitureShare: 0.3,
    maxLinkDensity: 0.5,
    linkListMaxOwnChars: 40,
    edgeLines: 4,
    dateLineMaxWords: 14,
    dateLineMinDigitShare: 0.25,
    bylineMaxWords: 12,
    proseMinChars: 80,
    minArticleChars: 200,
    tailBoxMaxShare: 0.25,
    alignWordWindow: 200,
    densityMinChars: 25,
    densityMaxLinkShare: 0.3,
  },
  events: {
    requiresWindow: 14,
    statusWindow: 6,
    negationWindow: 3,
    nameWords: 2,
    topicWords: 5,
    maxTopics: 6,
    attendanceSentences: 3,
    dateWindow: 12,
    statements: false,
  },
  clusters: {
    maxPlanSlipDays: { SUPPORT: 730, AID: 730, default: 62 },
    participantWeight: 2,
    countryPairWeight: 1.5,
    datedWeight: 0.5,
    placeWeight: 0.5,
    wordWeight: 1,
    nameWeight: 2,
    undatedWindowDays: 31,
    undatedParticipantWindowDays: 366,
    minAffinity: 1.5,
  },
  store: {
    batchSize: 100,
  },
  ner: {
    minStemLetters: 3,
    tagScheme: 'BIO' as const,
    maxEpochs: 30,
    patience: 4,
    devShare: 0.1,
    seed: 20240601,
    memoryFolds: 10,
    memoryMinShare: 0.3,
    memoryStrongShare: 0.9,
    memoryMinOutside: 3,
    phraseMemory: true,
    documentWindows: [15, 60],
    stackFolds: 5,
    pruneMinWeight: 0.05,
  },
  entities: {
    contextMinShare: 0.6,
    modelMinPersonWords: 2,
  },
  eval: {
    floorTolerance: 0.0005,
  },
  search: {
    maxQueryChars: 200,
    snippetFragments: 2,
    snippetMaxWords: 18,
    snippetMinWords: 6,
    plainSnippetChars: 200,
    clusterTitleChars: 140,
    linkMaxDays: 400,
    eventDurationMaxDays: 60,
  },
  api: {
    maxBodyBytes: 5 * 1024 * 1024,
    defaultLimit: 50,
    maxLimit: 500,
    maxExportRows: 100_000,
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
