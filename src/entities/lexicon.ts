/**
 * What the entity engine needs to know about a language, as data. The engine (src/entities)
 * never names a word of any language: titles, organisation heads, given names, nisba rules and
 * the context rules that settle ambiguous names all come in through this interface, filled for
 * Arabic by src/lang/ar/entities. Words are written as usual (hamza, ta marbuta); the engine
 * normalises them with the language pack's orthography.
 */
import type { DocEntity } from '../core/document.js';

/** Kinds of words standing before a person's name. */
export type TitleKind = 'rank' | 'honorific' | 'office' | 'occupation';

/** A word or phrase that stands before a person's name: a rank, an honorific, an office, an occupation. */
export interface TitleCue {
  /** as written, with its article when it takes one (`اللواء`, `الفريق أول`, `وزير`) */
  phrase: string;
  kind: TitleKind;
  /** an office heads a role phrase (`وزير الدفاع الأمريكي`) whose complement follows it */
  headsRole?: boolean;
  /** the office is held in a place, named after `في` or `لدى` (`سفير الجزائر لدى واشنطن`) */
  locative?: boolean;
}

/** How an organisation head noun names its organisation. */
export type OrgKind =
  | 'defence-ministry' | 'foreign-ministry' | 'ministry' | 'presidency' | 'government' | 'armed-forces'
  | 'embassy' | 'command' | 'agency' | 'council' | 'group' | 'media' | 'company' | 'other';

/** A noun that heads an organisation's name (`وزارة`, `سفارة`, `القيادة`). */
export interface OrgHead {
  /** the singular, as written without the article */
  word: string;
  /** other forms that head the same kind of name: dual, plural, construct (`وزارتي`, `وزارتا`) */
  forms?: readonly string[];
  kind: OrgKind;
  /** the name may end with a place (`سفارة الولايات المتحدة في الجزائر`, `القيادة الأمريكية في أفريقيا`) */
  locative?: boolean;
  /** the head alone, with a nisba, names a national institution (`الجيش الجزائري`, `الرئاسة الجزائرية`) */
  nationalWithNisba?: boolean;
  /** id stem of that national institution (`org:<stem>-<country>`) */
  idStem?: string;
}

/** A fixed phrase naming a national institution once its country is known (`وزارة الدفاع` + nisba). */
export interface NationalInstitution {
  /** the phrase as written (`وزارة الدفاع`, `وزارة الدفاع الوطني`, `الرئاسة`) */
  phrase: string;
  /** id stem: the entity id is `org:<stem>-<country>` (`org:mod-dz`) */
  idStem: string;
  /** English name pattern; `{country}` is replaced by the country's English name */
  nameEn: string;
  /** named without its country, it belongs to the document's main country (a ministry, a
   * presidency); armed forces named without a country are as often a foreign force */
  contextual?: boolean;
}

/** How nisba adjectives (الجزائري، الأمريكية) are derived from a country's name. */
export interface NisbaRules {
  /** letters taken off the end of the name before the nisba suffix, tried in order: [ending, replacement] */
  stemEndings: readonly (readonly [ending: string, replacement: string])[];
  /** the masculine nisba suffix (ـي) */
  suffix: string;
  /** endings added to the masculine nisba for the other forms (ة، ون، ين، تين…) */
  inflections: readonly string[];
  /** the article, which a nisba may carry */
  article: string;
  /** names whose nisba is not regular, by ISO code: the masculine forms */
  exceptions: Readonly<Record<string, readonly string[]>>;
  /** extra masculine nisbas for regions and continents, by gazetteer id */
  regionNisbas: Readonly<Record<string, readonly string[]>>;
  /** nisbas never derived, because the form is a common word (مالي "financial") */
  blocked: readonly string[];
}

/** A context rule that settles an ambiguous place name. */
export interface PlaceContextRule {
  name: string;
  /** what the rule looks at, as data: words before or after the name */
  before?: readonly string[];
  after?: readonly string[];
  /** the reading chosen when the rule fires: a gazetteer id */
  choose: string;
  /** which ambiguous surface the rule is for, as written */
  surface: string;
  examples: readonly { text: string; expected: string | null }[];
}

/** Words that make a place name read as a government acting (metonymy): `لدى واشنطن`, `بين الجزائر وواشنطن`. */
export interface MetonymyCues {
  /** prepositions after which a capital stands for its state (`سفير الجزائر لدى واشنطن`) */
  stateAfter: readonly string[];
  /** a word that opens a pair of actors (`بين X وY`, `العلاقات بين`) */
  pairOpeners: readonly string[];
}

/** Every word list the entity engine reads. */
export interface EntityLexicon {
  code: string;
  titles: readonly TitleCue[];
  /** words that continue a role phrase after its head: construct nouns (`أركان`, `شؤون`) */
  roleNouns: readonly string[];
  /** adjectives that qualify an office or organisation (`المنتدب`, `السابق`, `الوطني`) */
  roleAdjectives: readonly string[];
  /** prepositions and linkers inside a role phrase (`لدى`, `في`, `بالنيابة`, `بأعمال`) */
  roleLinkers: readonly string[];
  /** words that begin the complement of an office (`الدفاع`, `الخارجية`, `الأركان`) */
  domains: readonly string[];
  orgHeads: readonly OrgHead[];
  national: readonly NationalInstitution[];
  /** nouns before a quoted name that make it an organisation (`موقع`, `صحيفة`, `وكالة`) */
  mediaHeads: readonly string[];
  /** ordinals and numbers that close an organisation or event name (`السادسة`, `عشرة`) */
  ordinals: readonly string[];
  /** nouns of facilities named after people (`قاعدة محمد نجيب`): the name after them is not a person here */
  facilityNouns: readonly string[];
  givenNames: {
    /** given names (men's and women's, Arabic and transliterated) */
    names: readonly string[];
    /** given names that are also common words (سعيد "happy", أمين "secretary"): weaker evidence */
    alsoWords: readonly string[];
    /** given names that take the article and mean the same without it (السعيد = سعيد) */
    withArticle: readonly string[];
    /** the first word of compound given names (عبد المجيد، أبو بكر) */
    compoundFirst: readonly string[];
    /** spellings of one given name (ويليام، وليام) */
    variants: readonly (readonly string[])[];
  };
  /** particles inside a full name (بن، آل، ولد، دو، فون) */
  nameParticles: readonly string[];
  /** pronoun suffixes that end a noun or verb but hardly a name (`جاهزيتها`, `هنأه`), as written */
  pronounSuffixes: readonly string[];
  /** endings, as written, of a word that is a common noun rather than a foreign given name
   * (`جائحة كوفيد` is a disease): a learned person span opening with one needs a known given name */
  commonNounEndings: readonly string[];
  /** words that never belong to a name: function words, time words, frequent verbs */
  nameStops: readonly string[];
  /** the definite article, as written (`ال`) */
  article: string;
  /** proclitics a name may carry in text (و، ب، ل، ف، ك) */
  nameProclitics: readonly string[];
  nisba: NisbaRules;
  placeRules: readonly PlaceContextRule[];
  /** cue words before a place that make an ambiguous place word a place (في، إلى، دولة، منطقة) */
  placeCues: readonly string[];
  metonymy: MetonymyCues;
  /** words opening a side's attribution: `من الجانب الجزائري`, `عن الجانب الأمريكي` */
  sideNouns: readonly string[];
  /** romanisation of letters for entity ids */
  romanize: Readonly<Record<string, string>>;
  /** consonant classes of the skeleton used to compare foreign names: letter → class letter; absent letters are dropped */
  skeleton: Readonly<Record<string, string>>;
  /** letter pairs read as one letter before the skeleton is taken (`تش` → `ش`) */
  skeletonDigraphs: Readonly<Record<string, string>>;
}

/** The type of an entity, as in the document record. */
export type EntityType = DocEntity['type'];
