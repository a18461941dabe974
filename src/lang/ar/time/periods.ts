/**
 * Parts of periods and days, seasons, quarters, decades: the words and their TIMEX3 codes.
 */

/** Part-of-period words and their mod («مطلع» START, «منتصف» MID, «أواخر» END; «متم» Moroccan). */
export const PART_OF_PERIOD: readonly { value: 'START' | 'MID' | 'END'; forms: readonly string[] }[] = [
  { value: 'START', forms: ['مطلع', 'بداية', 'بدايات', 'أوائل', 'مستهل', 'بدء'] },
  { value: 'MID', forms: ['منتصف', 'أواسط', 'وسط', 'منتصفات'] },
  { value: 'END', forms: ['نهاية', 'نهايات', 'أواخر', 'متم', 'ختام', 'أخريات', 'خواتيم'] },
];

/** Parts of the day before a day («مساء الاثنين») and their TIMEX3 code. */
export const DAY_PARTS: readonly { value: string; forms: readonly string[] }[] = [
  { value: 'MO', forms: ['صباح', 'فجر', 'ضحى', 'صبيحة', 'صباحَ'] },
  { value: 'MD', forms: ['ظهر', 'ظهيرة', 'منتصف نهار'] },
  { value: 'AF', forms: ['بعد ظهر', 'بعد الظهر', 'عصر', 'بعد زوال', 'زوال'] },
  { value: 'EV', forms: ['مساء', 'عشية', 'مساءَ'] },
  { value: 'NI', forms: ['ليل', 'ليلة', 'منتصف ليل', 'منتصف ليلة'] },
];

/** «الليلة» alone: tonight (0) or last night (-1). */
export const TONIGHT: readonly { value: number; forms: readonly string[] }[] = [
  { value: 0, forms: ['الليلة', 'هذه الليلة'] },
  { value: -1, forms: ['الليلة الماضية', 'البارحة ليلا'] },
  { value: -2, forms: ['الليلة قبل الماضية'] },
];

/** Adverbs after a clock time: whether they move the hour into the afternoon. */
export const CLOCK_ADVERBS: readonly { value: 'am' | 'pm' | 'noon' | 'night'; forms: readonly string[] }[] = [
  { value: 'am', forms: ['صباحا', 'صباحاً', 'صباح', 'ص', 'فجرا', 'فجراً', 'صباحًا', 'فجرًا', 'am', 'a.m.'] },
  {
    value: 'pm',
    forms: ['مساء', 'مساءً', 'مساءا', 'م', 'عصرا', 'عصراً', 'بعد الظهر', 'بعد الزوال', 'مساءًا', 'عصرًا', 'pm', 'p.m.'],
  },
  // «الواحدة ليلا» is after midnight, «العاشرة ليلا» before it
  { value: 'night', forms: ['ليلا', 'ليلاً', 'ليلًا'] },
  // «الواحدة ظهرا» is 13:00, «الحادية عشرة ظهرا» 11:00
  { value: 'noon', forms: ['ظهرا', 'ظهراً', 'ظهرًا', 'زوالا'] },
];

/** «من ليل الخميس»: a day part after a clock time that names its day. */
export const CLOCK_DAY_PARTS: readonly { value: 'am' | 'pm'; forms: readonly string[] }[] = [
  { value: 'am', forms: ['صباح', 'فجر'] },
  { value: 'pm', forms: ['مساء', 'ليل', 'ليلة', 'عصر', 'بعد ظهر'] },
];

/** Seasons and their TIMEX3 codes; the definite forms are also Libyan months (see months.ts). */
export const SEASONS: readonly { value: string; forms: readonly string[] }[] = [
  { value: 'SP', forms: ['ربيع'] },
  { value: 'SU', forms: ['صيف'] },
  { value: 'FA', forms: ['خريف'] },
  { value: 'WI', forms: ['شتاء'] },
];

/** Definite seasons («الصيف المقبل», «كل صيف» uses the bare form). */
export const SEASONS_DEFINITE: readonly { value: string; forms: readonly string[] }[] = [
  { value: 'SP', forms: ['الربيع'] },
  { value: 'SU', forms: ['الصيف'] },
  { value: 'FA', forms: ['الخريف'] },
  { value: 'WI', forms: ['الشتاء'] },
];

/** Quarter and half-year nouns (Tunisian «الثلاثي», «السداسي»). */
export const YEAR_PARTS: readonly { value: 'Q' | 'H'; forms: readonly string[] }[] = [
  { value: 'Q', forms: ['الربع', 'الثلاثي'] },
  { value: 'H', forms: ['النصف', 'السداسي'] },
];

/** Ordinals of quarters and halves; «الأخير» is the last. */
export const PART_ORDINALS: readonly { value: number; forms: readonly string[] }[] = [
  { value: 1, forms: ['الأول'] },
  { value: 2, forms: ['الثاني'] },
  { value: 3, forms: ['الثالث'] },
  { value: 4, forms: ['الرابع'] },
  { value: -1, forms: ['الأخير'] },
];

/** Decade words: «السبعينات» is the 1970s when no century is named. */
export const DECADES: readonly { value: number; forms: readonly string[] }[] = [
  { value: 2, forms: ['العشرينات', 'العشرينيات', 'عشرينات', 'عشرينيات'] },
  { value: 3, forms: ['الثلاثينات', 'الثلاثينيات', 'ثلاثينات', 'ثلاثينيات'] },
  { value: 4, forms: ['الأربعينات', 'الأربعينيات', 'أربعينات', 'أربعينيات'] },
  { value: 5, forms: ['الخمسينات', 'الخمسينيات', 'خمسينات', 'خمسينيات'] },
  { value: 6, forms: ['الستينات', 'الستينيات', 'ستينات', 'ستينيات'] },
  { value: 7, forms: ['السبعينات', 'السبعينيات', 'سبعينات', 'سبعينيات'] },
  { value: 8, forms: ['الثمانينات', 'الثمانينيات', 'ثمانينات', 'ثمانينيات'] },
  { value: 9, forms: ['التسعينات', 'التسعينيات', 'تسعينات', 'تسعينيات'] },
];

/** Period nouns a modifier makes relative («الأسبوع الماضي»). */
export const PERIOD_NOUNS: readonly { value: 'week' | 'month' | 'year' | 'decade' | 'century'; forms: readonly string[] }[] = [
  { value: 'week', forms: ['الأسبوع', 'الاسبوع'] },
  { value: 'month', forms: ['الشهر'] },
  { value: 'year', forms: ['العام', 'السنة'] },
  { value: 'decade', forms: ['العقد'] },
  { value: 'century', forms: ['القرن'] },
];

/** Words after «العام/السنة» that make a non-calendar year («السنة الدراسية»). */
export const NON_CALENDAR_YEAR: readonly string[] = [
  'الدراسي', 'الدراسية', 'المالي', 'المالية', 'الجامعي', 'الجامعية', 'القضائي', 'القضائية',
  'الفلاحية', 'الفلاحي', 'التشريعية', 'البرلمانية', 'الضريبية', 'الرياضي', 'الرياضية',
];

/** Nouns before «العام» that make it the adjective "general" («الأمين العام الجديد»). */
export const GENERAL_HEADS: readonly string[] = [
  'الأمين', 'المدير', 'النائب', 'المدعي', 'القطاع', 'الاتحاد', 'المؤشر', 'الرأي', 'المال', 'الشأن',
  'الأمن', 'النظام', 'المراقب', 'المفتش', 'القائد', 'المنسق', 'المقرر', 'المجلس', 'المؤتمر',
  'الإضراب', 'التنظيم', 'الصالح', 'الحق', 'الطابع', 'الإطار', 'الاتجاه', 'المناخ', 'الوضع',
  'التعليم', 'الإنفاق', 'الدين', 'الوكيل', 'المحامي', 'الإطار', 'المستوى', 'الجمع', 'المشهد',
  'المدعى', 'الرئيس', 'العفو', 'المرفق', 'الملك', 'الذوق', 'النقل', 'الإشراف',
];

/**
 * Names of movements and events that hold a day without its year («قوى 14 آذار», «حركة 20
 * فبراير», «هجمات 11 سبتمبر»): the day is a name, and resolving it against the DCT would give
 * the wrong year, so it is left untagged.
 */
export const EVENT_NAME_HEADS: readonly string[] = [
  'قوى', 'حركة', 'ثورة', 'تيار', 'تحالف', 'انتفاضة', 'جماعة', 'أحداث', 'هجمات', 'اعتداءات',
  'تفجيرات', 'حرب', 'نكسة', 'مجزرة', 'اتفاق', 'اتفاقية', 'إعلان', 'مبادرة', 'انقلاب',
];

/** Names of places and things that hold a date («ملعب 5 جويلية», «شارع 26 يوليو»). */
export const DATE_NAME_HEADS: readonly string[] = [
  'ملعب', 'استاد', 'شارع', 'ساحة', 'ميدان', 'حي', 'جامعة', 'مستشفى', 'مطار', 'نهج', 'جادة',
  'مدرسة', 'ثانوية', 'متوسطة', 'مجمع', 'قاعة', 'جسر', 'مسجد', 'فندق', 'مدينة', 'مركب', 'ملعبي',
  'بملعب', 'وملعب', 'لملعب', 'كلية', 'معهد', 'قرية', 'مخيم', 'منتزه', 'حديقة', 'سد', 'طريق',
];
