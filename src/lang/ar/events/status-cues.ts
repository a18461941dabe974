/**
 * Words that set an event's status: planned, possible or denied. A cue counts when it stands in
 * the trigger's clause, before the trigger (or right after it, for `المقبل`-like modifiers).
 * Matching is on normalised, clitic-stripped words.
 */
export const STATUS_CUES = {
  /** a future plan: `سوف`, `المقرر`, `يعتزم`, `مرتقبة` … */
  planned: [
    'سوف', 'المقرر', 'مقرر', 'المقررة', 'مقررة', 'يعتزم', 'تعتزم', 'يعتزمان', 'يستعد', 'تستعد', 'يستعدون', 'يستعدان', 'مرتقبة', 'المرتقبة', 'مرتقب',
    'المرتقب', 'المنتظر', 'ينتظر', 'يرتقب', 'يترقب', 'قصد', 'بهدف', 'لتوقيع', 'مزمع', 'المزمع', 'المزمعة', 'مشروع', 'يخطط', 'تخطط', 'يرتقب',
    'سيتم', 'ستتم', 'سيجري', 'ستجري', 'يرتقب', 'لإطلاق', 'لاطلاق', 'يعتزمون', 'يرغب', 'ترغب',
  ],
  /** a possibility: `إمكانية`, `قد يلتقي`, `من المتوقع` … */
  possible: ['إمكانية', 'امكانية', 'قد', 'المتوقع', 'متوقع', 'يتوقع', 'محتمل', 'المحتمل', 'احتمال', 'ربما', 'يحتمل', 'إمكان', 'بإمكان'],
  /** verbs of denial and cancellation, which govern the clause after them: `نفى أن يكون … قد وقعا` */
  denied: ['نفى', 'نفت', 'ينفي', 'تنفي', 'ألغى', 'ألغت', 'إلغاء', 'أرجأ', 'تأجيل', 'رفض', 'رفضت', 'يرفض'],
  /** negation particles, which bind to the verb right after them: `لم يلتق` */
  negation: ['لم', 'لن', 'عدم', 'ليس', 'غير'],
  /** the future-tense prefix on an imperfect verb: سـ */
  futurePrefix: 'س',
} as const;

/**
 * Words that make a trigger generic or habitual rather than one event: plurals of visits and
 * meetings without a date (`الزيارات المتبادلة`), habitual frames (`عادة`, `دأب`, `كل عام`).
 */
export const GENERIC_CUES = [
  'هناك', 'ثمة', 'قائم', 'القائم', 'مستمر', 'متواصل', 'المتبادلة', 'متبادلة', 'عادة', 'دأب', 'دوري', 'الدورية', 'دورية', 'سنويا', 'المتعددة', 'العديد', 'عدة', 'مختلف', 'كبار', 'كبارا',
] as const;

/** Verbs of speculation about intentions: the event they frame is nobody's report of one. */
export const SPECULATION_CUES = ['يريد', 'تريد', 'يرغب', 'يأمل', 'تأمل', 'يسعى', 'تسعى'] as const;
