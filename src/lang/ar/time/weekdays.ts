/**
 * Weekday names with their ISO numbers (Monday 1 … Sunday 7). The definite forms stand alone;
 * the bare forms only after «يوم» or «كل» (bare «أحد» is "one", «خميس» a surname).
 */

/** Definite weekday names. */
export const WEEKDAYS: readonly { value: number; forms: readonly string[] }[] = [
  { value: 1, forms: ['الاثنين', 'الإثنين', 'الأثنين', 'الاتنين'] },
  { value: 2, forms: ['الثلاثاء', 'الثلاثا'] },
  { value: 3, forms: ['الأربعاء', 'الاربعاء', 'الأربعا'] },
  { value: 4, forms: ['الخميس'] },
  { value: 5, forms: ['الجمعة'] },
  { value: 6, forms: ['السبت'] },
  { value: 7, forms: ['الأحد'] },
];

/** Weekday names without the article, used after «يوم» / «كل يوم». */
export const WEEKDAYS_BARE: readonly { value: number; forms: readonly string[] }[] = [
  { value: 1, forms: ['اثنين', 'إثنين'] },
  { value: 2, forms: ['ثلاثاء'] },
  { value: 3, forms: ['أربعاء'] },
  { value: 4, forms: ['خميس'] },
  { value: 5, forms: ['جمعة'] },
  { value: 6, forms: ['سبت'] },
  { value: 7, forms: ['أحد'] },
];

/** Words after «الاثنين» that make it "the two" («إدانة الاثنين الآخرين»). */
export const TWO_AFTER: readonly string[] = ['الآخرين', 'الأخيرين', 'معا', 'منهما', 'اللذين', 'كليهما', 'الباقيين'];
/** Words before «الاثنين» that make it "the two" («بين الاثنين»). */
export const TWO_BEFORE: readonly string[] = ['بين', 'كلا', 'هذين', 'هذان', 'أحد'];

/** Words before «الجمعة» that make it the prayer, not the day («صلاة الجمعة», «خطبة الجمعة»). */
export const FRIDAY_PRAYER_HEADS: readonly string[] = ['صلاة', 'خطبة', 'خطب', 'صلوات', 'منبر'];
