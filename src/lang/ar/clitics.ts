import type { CliticGrammar } from '../language.js';

/**
 * The Arabic clitic chain: [و ف] [ب ك ل | س] [ال] stem [pronoun suffix]. The segmenter (see
 * `src/text/segment.ts`) takes a proclitic without a lexicon only where spelling makes it
 * certain: a chain ending in the article (وبالجزائر, للسفارة) or a chain before a hamza on alef,
 * which opens a word (وأكد، بأن، لإسرائيل). A bare و ف ب ك ل before any other letter is not split
 * without a lexicon: وزير، وكالة، بريطانيا، فرنسا، لبنان، ولد، بلد، فريق، كتب start with those
 * letters. The future marker س needs a lexicon always: سياسة، سيارة، سنوات، سيطر look like it.
 */
export const arabicClitics: CliticGrammar = {
  proclitics: [
    {
      forms: [
        { form: 'و', role: 'conjunction' },
        { form: 'ف', role: 'conjunction' },
      ],
    },
    {
      forms: [
        { form: 'ب', role: 'preposition' },
        { form: 'ك', role: 'preposition' },
        { form: 'ل', role: 'preposition' },
        { form: 'س', role: 'future', before: 'يتنأ', lexiconOnly: true },
      ],
    },
    {
      anchor: true,
      forms: [
        { form: 'ال', role: 'article' },
        // ل + ال is written لل: the article's alef drops
        { form: 'ال', role: 'article', surface: 'ل', after: 'ل' },
      ],
    },
  ],
  // Only the suffixes few stems end in by chance are `safe`; ه، ي، ك، نا end too many words
  // (اتجاه، عسكري، مشترك، كورونا) to split without a lexicon.
  enclitics: [
    { form: 'هما', role: 'pronoun', safe: true },
    { form: 'كما', role: 'pronoun', safe: true },
    { form: 'ها', role: 'pronoun', safe: true },
    { form: 'هم', role: 'pronoun', safe: true },
    { form: 'هن', role: 'pronoun', safe: true },
    { form: 'كم', role: 'pronoun', safe: true },
    { form: 'كن', role: 'pronoun', safe: true },
    { form: 'نا', role: 'pronoun', safe: false },
    { form: 'ه', role: 'pronoun', safe: false },
    { form: 'ك', role: 'pronoun', safe: false },
    { form: 'ي', role: 'pronoun', safe: false },
  ],
  wordInitial: 'أإآ',
  restorations: [
    { from: 'ت', to: 'ة', notAfter: 'ا', guess: true }, // حكومتها → حكومة, but قواتها → قوات
    { from: 'ي', to: 'ى' }, // عليه → على
    { from: 'ا', to: 'ى' }, // مستواه → مستوى
  ],
  // compared after normalisation, so one spelling covers its variants (والدة = والده, والي = والى)
  protectedWords: [
    // native words that begin like و/ف/ب/ك + ال and a short stem
    'والد', 'والدة', 'والدي', 'والدان', 'والدين', 'والدته', 'والدتها', 'والدها', 'والدهم', 'والدتهم',
    'والي', 'بالغ', 'بالغة', 'بالغا', 'بالغت', 'بالغين', 'بالغون', 'بالي', 'بالية',
    // roots whose second letter is hamza on alef: the hamza is not a word start
    'بأس', 'بأسا', 'كأس', 'كأسا', 'كؤوس', 'كآبة', 'فأر', 'فأرة', 'فئران', 'فأس', 'فأل', 'وأد',
    // words that begin with ال but carry no article: relative pronouns, Allah, form VIII verbs
    // of roots in ل, and hamza-less spellings of إفعال nouns
    'الذي', 'التي', 'الذين', 'اللذان', 'اللتان', 'اللذين', 'اللتين', 'اللاتي', 'اللواتي', 'اللائي',
    'الله', 'اللهم', 'الآن',
    'التقى', 'التقت', 'التقيا', 'التقوا', 'التقاء', 'التقط', 'التقطت', 'التقاط',
    'التزم', 'التزمت', 'التزموا', 'التزام', 'التزامات', 'التزامه', 'التزامها',
    'التحق', 'التحقت', 'التحاق', 'التف', 'التفت', 'التفاف', 'التمس', 'التماس', 'التحم', 'التحام', 'التبس', 'التباس',
    'الغاء', 'القاء', 'الزام', 'الزامي', 'الزامية', 'الحاق', 'الكتروني', 'الكترونية', 'الكترونيا',
    // foreign names and loanwords that begin like a clitic chain
    'ألمانيا', 'ألماني', 'ألمانية', 'ألبانيا', 'إلياس', 'ألكسندر', 'ألبرت', 'ألفريد', 'ألاسكا', 'ألونسو',
    'بالستي', 'بالستية', 'باليستي', 'باليستية', 'بالستيا', 'بالون', 'بالونات', 'بالتيمور', 'بالتيك', 'بالاو',
    'فالنسيا', 'فالكون', 'فالح', 'كاليفورنيا', 'كالينينغراد', 'كالاشنيكوف', 'كالدونيا', 'كالفن',
    'والاس', 'والتر', 'والونيا', 'كلم',
  ],
  functionWords: [
    'في', 'من', 'إلى', 'على', 'عن', 'مع', 'بين', 'بعد', 'قبل', 'عند', 'حول', 'ضد', 'دون', 'خلال', 'منذ',
    'حتى', 'لدى', 'نحو', 'عبر', 'تحت', 'فوق', 'أمام', 'وراء', 'خلف',
    'هذا', 'هذه', 'ذلك', 'تلك', 'هؤلاء', 'أولئك', 'هنا', 'هناك',
    'هو', 'هي', 'نحن', 'أنا', 'أنت', 'أنتم', 'هما',
    'أن', 'إن', 'أنه', 'أنها', 'إنه', 'إنها', 'لكن', 'بل', 'ثم', 'أو', 'أم', 'إذا', 'إذ', 'لو', 'لولا', 'كي', 'لكي',
    'حيث', 'كيف', 'متى', 'أين', 'ماذا', 'لماذا',
    'ما', 'لا', 'لم', 'لن', 'قد', 'ليس', 'ليست', 'كان', 'كانت', 'يكون', 'تكون', 'قال', 'قالت',
    'كل', 'بعض', 'غير', 'كلا', 'كلتا', 'جميع', 'أي', 'أيضا', 'فقط',
    'كما', 'لما', 'عندما', 'بينما', 'فيما', 'ربما', 'طالما', 'كلما', 'مما', 'عما',
  ],
};
