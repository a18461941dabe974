/**
 * One event trigger: its inflected forms as written (without the clitics و ف ب ل ك ال, which
 * the matcher strips), its PLOVER type and mode, how its grammatical subject relates to the
 * event, and the words of which one must stand near it when the form alone is ambiguous.
 */
export interface TriggerEntry {
  name: string;
  type: 'CONSULT' | 'SUPPORT' | 'COOPERATE' | 'AID' | 'STATEMENT';
  mode: string;
  pos: 'verb' | 'noun';
  /** who the subject of a verb is: the initiator, the receiver, or a party among equals */
  subject: 'source' | 'target' | 'both';
  /** word groups `lemma|inflection|…`: the first word of a group names its lemma */
  forms: string[];
  /** words (any one) that must appear near the trigger for it to count */
  requires?: string[];
  /** how many tokens away the required word may stand, when closer than the default */
  requiresWithin?: number;
}

/**
 * A language pack for event extraction: triggers and the cue words the engine reads. The
 * engine names no word of any language; everything it matches comes from here.
 */
export interface EventLanguage {
  triggers: readonly TriggerEntry[];
  status: {
    planned: readonly string[];
    possible: readonly string[];
    denied: readonly string[];
    negation: readonly string[];
    futurePrefix: string;
  };
  generic: readonly string[];
  speculation: readonly string[];
  destination: readonly string[];
  place: readonly string[];
  fromWords: readonly string[];
  receiveVerbs: readonly string[];
  topicMarkers: readonly string[];
  /** words that end what an event was about (`… لتعزيز أهداف الدفاع` is why, not what) */
  topicEnds: readonly string[];
  /** a pattern of the normalised start of a word that is a conjunction before the article */
  conjunctionBeforeArticle: string;
  pairWords: readonly string[];
  clauseBreaks: readonly string[];
  /** the clause breaks that open a relative clause on the word before (`الذي`, `التي`) */
  relativePronouns: readonly string[];
  ordinals: readonly string[];
  /** words that make the trigger right after them a frame of another event (`خلال الحوار`,
   * `على هامش القمة`): the frame is not the clause's event */
  frameWords: readonly string[];
  /** words that make a date the day an event began or ended (`اختتم أمس 6 ديسمبر حوار …`) */
  boundaries: { start: readonly string[]; end: readonly string[] };
  /** words that make the place after them a description of someone, not where the event was
   * (`الدولة الواقعة في شمال إفريقيا`) */
  situatedWords: readonly string[];
  /** `منذ 2006`: a date that is the point of reference of a comparison dates only what stands
   * between the word and the date (`منذ زيارة رامسفيلد سنة 2006`) */
  sinceWords: readonly string[];
  /** words just before a date that make it the period something covers, not an event's date */
  periodCues: readonly string[];
  /** words that tell who attended or led an event (`وحضر الحدث …`, `وترأس … وفد بلاده`) */
  attendanceCues: readonly string[];
  /** particles and prepositions that end an event's name (`حوار عسكري مشترك | بين …`) */
  nameStops: readonly string[];
}
