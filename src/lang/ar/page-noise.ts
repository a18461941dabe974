/**
 * The vocabulary of page noise in Arabic news pages: the words of scraper leftovers, UI labels,
 * notices, and the headings that open related-article blocks. The cleaning engine matches these
 * on normalised text (see src/clean/match-key.ts); it decides from structure, and this list only
 * names the phrases. Entries are written in their usual spelling; hamza, ya and ta marbuta
 * variants are handled by normalisation.
 */
export const PAGE_NOISE = {
  /** a whole line that is only a UI label or scraper leftover */
  labels: [
    'المصدر', 'الاخبار', 'الأخبار', 'أخبار', 'Headlines', 'اقرأ المزيد', 'المزيد', 'طباعة', 'مشاركة', 'شارك',
    'أرسل لصديق', 'تكبير الخط', 'تصغير الخط', 'حفظ', 'إعلان', 'اعلانات', 'Advertisement', 'Share', 'Tweet',
    'الرئيسية', 'عاجل', 'فيديو', 'صور', 'تابعنا', 'القائمة', 'بحث', 'تسجيل الدخول',
  ],
  /** line starts that mark a notice, prompt or tag line (the whole line is noise) */
  prefixes: [
    'كلمات دلالية', 'الكلمات الدلالية', 'الكلمات المفتاحية', 'كلمات مفتاحية', 'الكلمات المفاتيح', 'الوسوم', 'وسوم', 'Tags',
    'عدد المشاهدات', 'عدد القراءات', 'المشاهدات', 'القراءات', 'مشاهدة', 'تاريخ الإضافة',
    'تابعونا على', 'تابعوا', 'تابعنا على', 'شارك على', 'شارك هذا', 'شارك الخبر', 'شاركها', 'انشر على',
    'أضف تعليق', 'اضف تعليقك', 'أضف تعليقك', 'التعليقات', 'تعليقات', 'لا توجد تعليقات', 'اترك تعليقا', 'اترك رد',
    'اشترك في', 'اشترك الآن', 'اشترك ليصلك', 'حمل تطبيق', 'حمّل تطبيق', 'جميع الحقوق محفوظة', 'حقوق النشر',
    'إقرأ المزيد', 'اضغط هنا', 'انقر هنا', 'لمتابعة آخر', 'للمزيد من الأخبار', 'رابط مختصر', 'الرابط المختصر',
    'Copyright', 'All rights reserved',
  ],
  /** line starts of the page's closing furniture (comments, tags, copyright): once the article
   * has been read, the first of these ends it */
  endMarkers: [
    'كلمات دلالية', 'الكلمات الدلالية', 'الكلمات المفتاحية', 'كلمات مفتاحية', 'الكلمات المفاتيح', 'الوسوم', 'وسوم', 'Tags',
    'أضف تعليق', 'اضف تعليقك', 'أضف تعليقك', 'التعليقات', 'تعليقات', 'لا توجد تعليقات', 'اترك تعليقا', 'اترك رد',
    'جميع الحقوق محفوظة', 'حقوق النشر', 'Copyright',
  ],
  /** line starts of image captions that name the picture rather than credit it at the end */
  captionStarts: ['صورة أرشيفية', 'صورة من', 'الصورة', 'صورة', 'من الأرشيف', 'أرشيفية'],
  /** headings after which the page lists other articles: the host article has ended */
  relatedHeadings: [
    'مواضيع ساخنة اخرى', 'مواضيع ساخنة أخرى', 'مواضيع ذات صلة', 'أخبار ذات صلة', 'اخبار ذات صلة', 'أخبار متعلقة',
    'الأكثر قراءة', 'الأكثر مشاهدة', 'الأكثر تداولا', 'اخترنا لك', 'المزيد من الأخبار', 'قد يهمك أيضا', 'قد يعجبك أيضا',
    'آخر الأخبار', 'أحدث الأخبار', 'المزيد من', 'موضوعات متعلقة', 'مقالات مقترحة', 'أخبار مقترحة', 'Related',
  ],
  /** headings after which an appended article may follow: it becomes a segment of its own */
  readAlso: ['اقرأ أيضا', 'اقرأ ايضا', 'إقرأ أيضاً', 'اقرأ كذلك', 'طالع أيضا', 'طالع ايضا', 'شاهد أيضا', 'مقالات ذات صلة', 'ذات صلة', 'اقرأ المزيد'],
  /** line starts that introduce a publication date */
  datePrefixes: ['تاريخ النشر', 'نشر في', 'نشر بتاريخ', 'تم نشره', 'تم النشر', 'نشر', 'آخر تحديث', 'تاريخ التحديث', 'تحديث', 'بتاريخ', 'Published', 'Updated'],
  /** line starts that introduce an author */
  bylinePrefixes: ['كتب', 'كتبت', 'بقلم', 'إعداد', 'اعداد', 'تحرير', 'بواسطة', 'ترجمة', 'By'],
  /** line starts that credit the source (the outlet or the original publisher) */
  sourcePrefixes: ['المصدر', 'مصدر الخبر', 'نقلا عن', 'عن موقع', 'Source'],
  /** credits of photo agencies that close an image caption, usually in parentheses */
  photoCredits: ['غيتي', 'جيتي', 'أ ف ب', 'أ.ف.ب', 'رويترز', 'الأناضول', 'وكالات', 'أرشيفية', 'أرشيف', 'إنترنت', 'مواقع التواصل', 'Getty', 'AFP', 'Reuters', 'AP'],
  /** the separators that follow an outlet name in a dateline at the start of a paragraph */
  datelineSeparators: [':-', ': -', '–', '-'],
} as const;

/** Scraper markers and link lists, as patterns (they are shapes, not words). */
export const PAGE_NOISE_PATTERNS = {
  /** ad-slot placeholders left by scraping plugins: `[ad_1]`, `[ad_2]` */
  scraperMarker: /^\[(?:ad|ads|adsense|advert)[_-]?\d*\]$/i,
  url: /(?:https?:\/\/|www\.)\S+/gi,
} as const;
