/**
 * Relative vocabulary: modifiers after a month, weekday or period («الماضي», «المقبل»,
 * «الجاري»), relative day words, anaphoric adjectives, and vague reference words.
 */

/** Modifiers and their direction: -1 previous, 0 current, +1 next; both genders, plural too. */
export const REL_MODIFIERS: readonly { value: -1 | 0 | 1; forms: readonly string[] }[] = [
  {
    value: -1,
    forms: [
      'الماضي', 'الماضية', 'الفائت', 'الفائتة', 'المنصرم', 'المنصرمة', 'الفارط', 'الفارطة',
      'المنقضي', 'المنقضية', 'السابق', 'السابقة', 'الماضيين', 'الماضيتين', 'المنصرمين',
    ],
  },
  {
    value: 0,
    forms: ['الجاري', 'الجارية', 'الحالي', 'الحالية', 'الراهن', 'الراهنة'],
  },
  {
    value: 1,
    forms: [
      'المقبل', 'المقبلة', 'القادم', 'القادمة', 'الآتي', 'الآتية', 'المقبلين', 'القادمين',
      'المقبلتين', 'القادمتين',
    ],
  },
];

/** Two steps back or ahead: «العام قبل الماضي», «الأسبوع بعد المقبل». */
export const REL_TWO: readonly { value: -2 | 2; forms: readonly string[] }[] = [
  { value: -2, forms: ['قبل الماضي', 'قبل الماضية', 'قبل الفائت'] },
  { value: 2, forms: ['بعد المقبل', 'بعد المقبلة', 'بعد القادم', 'بعد القادمة'] },
];

/** «اليوم السابق»: the day before the date just mentioned (for days only: «الأسبوع السابق» is last week). */
export const DAY_BEFORE: readonly string[] = ['السابق', 'الذي سبقه'];

/** «نفس اليوم», «ذات الأسبوع»: the same period as the date just mentioned. */
export const SAME: readonly string[] = ['نفس', 'ذات'];

/** «الجديد»: «العام الجديد» is the DCT year. */
export const NEW_WORDS: readonly string[] = ['الجديد', 'الجديدة'];

/** Relative day words and their offset from the DCT. */
export const RELATIVE_DAYS: readonly { value: number; forms: readonly string[] }[] = [
  { value: -2, forms: ['أول أمس', 'أول من أمس', 'أمس الأول', 'قبل أمس'] },
  { value: -1, forms: ['أمس', 'يوم أمس', 'البارحة', 'الأمس', 'ليلة البارحة'] },
  { value: 0, forms: ['اليوم', 'هذا اليوم'] },
  { value: 1, forms: ['غدا', 'غداً', 'يوم غد', 'الغد', 'غد', 'يوم الغد'] },
  { value: 2, forms: ['بعد غد', 'بعد غدٍ'] },
];

/** Words after «اليوم» that make it a noun phrase, not "today" («اليوم الوطني»). */
export const TODAY_BLOCKERS: readonly string[] = [
  'الوطني', 'العالمي', 'الدولي', 'العربي', 'الأول', 'الثاني', 'الثالث', 'الرابع', 'الخامس',
  'الأخير', 'الذي', 'التي', 'المفتوح', 'الدراسي', 'الموعود', 'الواحد', 'الدراسية', 'التالي',
  'السابق', 'نفسه', 'ذاته', 'عينه', 'الموالي', 'اللاحق', 'المشهود', 'الختامي', 'الافتتاحي',
  'التحسيسي', 'الإعلامي', 'التضامني', 'الثقافي', 'الدراسي', 'التكويني', 'البرلماني',
];

/** Adjectives that make a unit anaphoric: «اليوم التالي» is one day after the date before. */
export const ANAPHORIC: readonly { value: 0 | 1 | -1; forms: readonly string[] }[] = [
  { value: 1, forms: ['التالي', 'التالية', 'الموالي', 'الموالية', 'اللاحق', 'اللاحقة', 'الذي يليه', 'الذي تلاه'] },
  { value: 0, forms: ['نفسه', 'نفسها', 'ذاته', 'ذاتها', 'عينه', 'عينها'] },
  { value: -1, forms: ['السابق له'] },
];

/** Vague reference words and their TIMEX3 value. */
export const REF_WORDS: readonly { value: string; forms: readonly string[] }[] = [
  {
    value: 'PRESENT_REF',
    forms: ['حاليا', 'حالياً', 'راهنا', 'الوقت الحالي', 'الوقت الراهن', 'هذه الأيام'],
  },
  { value: 'PAST_REF', forms: ['وقت سابق', 'سابقا', 'سابقاً', 'مؤخرا', 'مؤخراً', 'آنذاك'] },
  {
    value: 'FUTURE_REF',
    forms: ['مستقبلا', 'مستقبلاً', 'لاحقا', 'لاحقاً', 'وقت لاحق', 'قريبا', 'قريباً', 'المدى القريب', 'المستقبل القريب'],
  },
];

/** Nouns that are reference words only after «في» («في الماضي»: the past, not "last"). */
export const REF_NOUNS: readonly { value: string; forms: readonly string[] }[] = [
  { value: 'PAST_REF', forms: ['الماضي'] },
  { value: 'FUTURE_REF', forms: ['المستقبل'] },
];

/** «الآن» (now): PRESENT_REF. */
export const NOW: readonly string[] = ['الآن'];
/** The name «ألان» (Alain) folds like «الآن»; its hamza spelling tells it apart. */
export const NOW_NAME_SPELLING = 'ألان';

/** Signals before an expression that stay outside it but license bare months and years. */
export const DATE_SIGNALS: readonly string[] = [
  'في', 'منذ', 'خلال', 'حتى', 'قبل', 'بعد', 'بين', 'ما بين', 'طيلة', 'طوال', 'إلى', 'الى',
  'لغاية', 'غاية', 'مطلع', 'بحلول', 'أثناء', 'بتاريخ', 'مع', 'من',
];

/** The same without «من» and «مع», for bare years (which would catch «أكثر من 2000 فلاح»). */
export const YEAR_SIGNALS: readonly string[] = [
  'في', 'منذ', 'خلال', 'حتى', 'قبل', 'بعد', 'بين', 'ما بين', 'طيلة', 'طوال', 'إلى', 'الى',
  'لغاية', 'غاية', 'بحلول', 'أثناء', 'بتاريخ', 'عامي', 'سنتي',
  // nouns a year qualifies («انتخابات 2024», «موازنة 2025», «حرب 1967»)
  'انتخابات', 'موازنة', 'ميزانية', 'موسم', 'دورة', 'نسخة', 'مونديال', 'أولمبياد', 'كأس العالم',
  'إحصاء', 'تعداد', 'دستور', 'خطة', 'أحداث', 'حرب', 'ثورة', 'نكسة', 'انتفاضة', 'قمة',
];

/** Approximators and comparatives before an expression, with their TIMEX3 mod. */
export const QUANTIFIERS: readonly { value: string; forms: readonly string[] }[] = [
  { value: 'APPROX', forms: ['حوالي', 'حوالى', 'نحو', 'قرابة', 'زهاء', 'ما يقارب', 'ما يناهز', 'تقريبا'] },
  { value: 'MORE_THAN', forms: ['أكثر من', 'ما يزيد عن', 'ما يزيد على', 'أزيد من', 'ما يربو على', 'ما لا يقل عن'] },
  { value: 'LESS_THAN', forms: ['أقل من', 'ما يقل عن'] },
];

/** Day-part adverbs after a day («غدا صباحا», «الخميس مساء») and their TIMEX3 code. */
export const DAY_PART_ADVERBS: readonly { value: string; forms: readonly string[] }[] = [
  { value: 'MO', forms: ['صباحا', 'صباحاً', 'فجرا', 'فجراً'] },
  { value: 'MD', forms: ['ظهرا', 'ظهراً'] },
  { value: 'AF', forms: ['عصرا', 'عصراً'] },
  { value: 'EV', forms: ['مساء', 'مساءً', 'مساءا'] },
  { value: 'NI', forms: ['ليلا', 'ليلاً'] },
];

/** Range connectors between two dates («إلى», «حتى», «-»). */
export const RANGE_CONNECTORS: readonly string[] = ['إلى', 'الى', 'حتى', 'لغاية', 'إلى غاية', 'الى غاية', 'وحتى', 'وإلى', 'ولغاية'];

/** Words before a range that allow «و» as its connector («بين 10 و12 مارس»). */
export const BETWEEN_WORDS: readonly string[] = ['بين', 'ما بين', 'يومي', 'أيام', 'الفترة ما بين'];
