/**
 * How Arabic names places indirectly: nisba adjectives (الجزائري، الأمريكيتين) derived from
 * country names, the context rules that settle ambiguous place names (عمان is Oman or Amman;
 * مالي is Mali or "financial"), and the constructions in which a capital stands for its
 * government (`سفير الجزائر لدى واشنطن`, `بين الجزائر وواشنطن`).
 */
import type { MetonymyCues, NisbaRules, PlaceContextRule } from '../../../entities/lexicon.js';

/**
 * Nisba derivation: the article is taken off, then the first matching ending is replaced and ـي
 * added (روسيا → روسي، فرنسا → فرنسي، السعودية → سعودي، الجزائر → جزائري). Names ending in ـي
 * (مالي، تشيلي) have no distinct nisba and are blocked.
 */
export const arabicNisba: NisbaRules = {
  stemEndings: [['ية', ''], ['يا', ''], ['ا', ''], ['ة', '']],
  suffix: 'ي',
  inflections: ['', 'ة', 'ون', 'ين', 'ان', 'تان', 'تين', 'ات'],
  article: 'ال',
  exceptions: {
    US: ['أمريكي', 'أميركي', 'أمريكان', 'أميركان'],
    GB: ['بريطاني', 'إنجليزي', 'إنكليزي'],
    AE: ['إماراتي'],
    SA: ['سعودي'],
    AT: ['نمساوي'],
    CD: ['كونغولي'],
    PS: ['فلسطيني'],
    CZ: ['تشيكي'],
    BA: ['بوسني'],
    EH: ['صحراوي'],
    KR: [],
    KP: [],
    ZA: [],
    NZ: ['نيوزيلندي'],
    HU: ['مجري', 'هنغاري'],
    NL: ['هولندي'],
    MA: ['مغربي'],
    DZ: ['جزائري'],
    IR: ['إيراني', 'فارسي'],
    IL: ['إسرائيلي'],
    TR: ['تركي'],
    DE: ['ألماني'],
    GR: ['يوناني'],
    CY: ['قبرصي'],
    LB: ['لبناني'],
    JO: ['أردني'],
    OM: ['عماني'],
    SY: ['سوري'],
    IN: ['هندي'],
    CN: ['صيني'],
    JP: ['ياباني'],
    RU: ['روسي'],
    FR: ['فرنسي'],
    IT: ['إيطالي'],
    ES: ['إسباني'],
    PT: ['برتغالي'],
    CH: ['سويسري'],
    SE: ['سويدي'],
    NO: ['نرويجي'],
    DK: ['دنماركي'],
    PL: ['بولندي'],
    UA: ['أوكراني'],
    BE: ['بلجيكي'],
    CA: ['كندي'],
    AU: ['أسترالي'],
    BR: ['برازيلي'],
    MX: ['مكسيكي'],
    AR: ['أرجنتيني'],
    PE: ['بيروفي'],
  },
  regionNisbas: {
    'loc:africa': ['أفريقي', 'إفريقي'],
    'loc:europe': ['أوروبي', 'أوربي'],
    'loc:asia': ['آسيوي'],
    'loc:gulf': ['خليجي'],
    'loc:maghreb': ['مغاربي'],
  },
  blocked: ['مالي', 'غاني', 'عربي', 'ساحلي', 'بنيني'],
};

const ex = (text: string, expected: string | null): { text: string; expected: string | null } => ({ text, expected });

/** Context rules for place names with more than one reading, each with examples one test runs. */
export const arabicPlaceRules: readonly PlaceContextRule[] = [
  {
    name: 'oman-sultanate',
    surface: 'عمان',
    before: ['سلطنة'],
    choose: 'gpe:OM',
    examples: [ex('زار الوزير سلطنة عمان أمس', 'gpe:OM')],
  },
  {
    name: 'amman-capital',
    surface: 'عمان',
    before: ['العاصمة الأردنية', 'الأردنية', 'العاصمة'],
    choose: 'loc:amman',
    examples: [ex('اجتماع خماسي في العاصمة الأردنية عمان اليوم', 'loc:amman')],
  },
  {
    name: 'amman-jordanian-capital-after',
    surface: 'عمان',
    after: ['العاصمة', 'الأردنية'],
    choose: 'loc:amman',
    examples: [ex('وصل الوفد إلى عمان العاصمة مساء', 'loc:amman')],
  },
  {
    name: 'sahel-african',
    surface: 'الساحل',
    after: ['الأفريقي', 'الإفريقي', 'والصحراء'],
    choose: 'loc:sahel',
    examples: [ex('تطورات الوضع في ليبيا والساحل الأفريقي', 'loc:sahel')],
  },
  {
    name: 'sahel-region',
    surface: 'الساحل',
    before: ['منطقة', 'دول', 'بلدان', 'إقليم'],
    choose: 'loc:sahel',
    examples: [ex('مكافحة الإرهاب في منطقة الساحل وحولها', 'loc:sahel'), ex('على الساحل الشرقي للبلاد', null)],
  },
  {
    name: 'mali-country',
    surface: 'مالي',
    before: ['في', 'إلى', 'من', 'على', 'دولة', 'جمهورية', 'شمال', 'جنوب', 'وسط', 'حكومة'],
    choose: 'gpe:ML',
    examples: [ex('الجزائر لها نفوذ في مالي. أظهرت أنها', 'gpe:ML'), ex('قدمت دعما مالي للمشروع', null)],
  },
  {
    name: 'algiers-capital',
    surface: 'الجزائر',
    after: ['العاصمة'],
    choose: 'loc:algiers',
    examples: [ex('استقبل الرئيس أمس بالجزائر العاصمة الوفد', 'loc:algiers')],
  },
];

/** Words before an ambiguous place word that make it a place: prepositions and place nouns. */
export const arabicPlaceCues: readonly string[] = [
  'في', 'إلى', 'من', 'على', 'نحو', 'داخل', 'خارج', 'شمال', 'جنوب', 'شرق', 'غرب', 'وسط', 'دولة', 'جمهورية',
  'مدينة', 'العاصمة', 'منطقة', 'إقليم', 'ولاية', 'حدود',
];

/** Constructions in which a capital stands for its state. */
export const arabicMetonymy: MetonymyCues = {
  stateAfter: ['لدى', 'مع', 'بين'],
  pairOpeners: ['بين'],
};
