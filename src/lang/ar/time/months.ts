/**
 * Month names. Gregorian months of every regional system with their spelling variants, English
 * names left in scraped pages, the Libyan (1999–2011) names, and the Hijri months. Index 0 is
 * month 1. Alef, hamza, ta marbuta and ya variants need not be listed: folding unifies them.
 */

/** Egyptian / Gulf names (also used in Morocco and Mauritania), with Egyptian spellings. */
export const EGYPTIAN_GULF: readonly (readonly string[])[] = [
  ['يناير', 'ينايـر'],
  ['فبراير', 'فبرابر', 'فبرير'],
  ['مارس'],
  ['أبريل', 'إبريل', 'ابريل'],
  ['مايو'],
  ['يونيو', 'يونيه'],
  ['يوليو', 'يوليه'],
  ['أغسطس', 'اغسطس', 'أغسطوس'],
  ['سبتمبر', 'سيبتمبر'],
  ['أكتوبر', 'اكتوبر'],
  ['نوفمبر', 'نوڤمبر'],
  ['ديسمبر', 'ديسيمبر'],
];

/** Levantine names, with the Iraqi forms without the article (كانون ثاني، تشرين أول). */
export const LEVANTINE: readonly (readonly string[])[] = [
  ['كانون الثاني', 'كانون ثاني', 'كانون الثانى', 'كانون ثان'],
  ['شباط'],
  ['آذار'],
  ['نيسان'],
  ['أيار', 'مايس'],
  ['حزيران'],
  ['تموز'],
  ['آب'],
  ['أيلول'],
  ['تشرين الأول', 'تشرين أول'],
  ['تشرين الثاني', 'تشرين ثاني', 'تشرين ثان'],
  ['كانون الأول', 'كانون أول'],
];

/** Algerian / Tunisian names (French-derived). */
export const MAGHREBI: readonly (readonly string[])[] = [
  ['جانفي', 'جانفييه'],
  ['فيفري', 'فيفرييه'],
  ['مارس'],
  ['أفريل'],
  ['ماي'],
  ['جوان'],
  ['جويلية', 'جويليه'],
  ['أوت'],
  ['سبتمبر'],
  ['أكتوبر'],
  ['نوفمبر'],
  ['ديسمبر'],
];

/** Moroccan names. */
export const MOROCCAN: readonly (readonly string[])[] = [
  ['يناير'],
  ['فبراير'],
  ['مارس'],
  ['أبريل'],
  ['ماي'],
  ['يونيو'],
  ['يوليوز'],
  ['غشت'],
  ['شتنبر'],
  ['أكتوبر'],
  ['نونبر'],
  ['دجنبر'],
];

/** Mauritanian names. */
export const MAURITANIAN: readonly (readonly string[])[] = [
  ['يناير'],
  ['فبراير'],
  ['مارس'],
  ['إبريل'],
  ['مايو'],
  ['يونيو'],
  ['يوليو'],
  ['أغشت'],
  ['شتمبر'],
  ['أكتوبر'],
  ['نوفمبر'],
  ['دجمبر'],
];

/** English names found in scraped datelines («13th, March 2024»). */
export const ENGLISH: readonly (readonly string[])[] = [
  ['january', 'jan'],
  ['february', 'feb'],
  ['march', 'mar'],
  ['april', 'apr'],
  ['may'],
  ['june', 'jun'],
  ['july', 'jul'],
  ['august', 'aug'],
  ['september', 'sept', 'sep'],
  ['october', 'oct'],
  ['november', 'nov'],
  ['december', 'dec'],
];

/**
 * Libyan names (1999–2011). Most are ordinary words too (التمور dates, الحرث ploughing, الماء
 * water, الربيع spring…): rules use them only next to a day number, a year or «شهر».
 */
export const LIBYAN: readonly (readonly string[])[] = [
  ['أي النار'],
  ['النوار'],
  ['الربيع'],
  ['الطير'],
  ['الماء'],
  ['الصيف'],
  ['ناصر'],
  ['هانيبال', 'هنيبال'],
  ['الفاتح'],
  ['التمور'],
  ['الحرث'],
  ['الكانون'],
];

/** Libyan names that are not ordinary words and may stand with a modifier alone. */
export const LIBYAN_UNAMBIGUOUS: readonly string[] = ['أي النار', 'هانيبال', 'هنيبال', 'النوار'];

/** Hijri months (Umm al-Qura numbering). */
export const HIJRI: readonly (readonly string[])[] = [
  ['محرم', 'المحرم', 'محرم الحرام'],
  ['صفر', 'صفر الخير'],
  ['ربيع الأول', 'ربيع أول', 'ربيع الاول'],
  ['ربيع الثاني', 'ربيع الآخر', 'ربيع ثاني', 'ربيع الآخِر'],
  ['جمادى الأولى', 'جمادى الأول', 'جمادى أولى'],
  ['جمادى الآخرة', 'جمادى الثانية', 'جمادى الآخر', 'جمادى الثاني', 'جمادى ثاني'],
  ['رجب'],
  ['شعبان'],
  ['رمضان'],
  ['شوال'],
  ['ذو القعدة', 'ذي القعدة', 'ذا القعدة'],
  ['ذو الحجة', 'ذي الحجة', 'ذا الحجة'],
];

/** Words after a year that mark the Hijri era («1446 هـ»). */
export const HIJRI_ERA: readonly string[] = ['هـ', 'ه', 'هجري', 'هجرية', 'للهجرة', 'الهجرية', 'الهجري'];

/** Words after a year that mark the Gregorian era («2024 م»). */
export const GREGORIAN_ERA: readonly string[] = ['م', 'ميلادي', 'ميلادية', 'للميلاد', 'الميلادية', 'الميلادي'];

/** The Libyan solar era «و.ر» (from the Prophet's death): Gregorian year = year + 632. */
export const LIBYAN_ERA = { forms: ['و.ر', 'و. ر'], offset: 632 } as const;
