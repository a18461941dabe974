/**
 * Number words: cardinals (both genders, all cases, with and without the article) and ordinals
 * (masculine for days and centuries, feminine for clock hours). Compound forms are composed
 * from the parts here, so «الخامس والعشرين» and «أربع وعشرين» need no separate entries.
 */

/** Cardinal 1–10: every gender and case form. */
export const CARDINAL_UNITS: readonly (readonly string[])[] = [
  ['واحد', 'واحدة'],
  ['اثنان', 'اثنين', 'اثنتان', 'اثنتين', 'إثنين'],
  ['ثلاث', 'ثلاثة'],
  ['أربع', 'أربعة'],
  ['خمس', 'خمسة'],
  ['ست', 'ستة'],
  ['سبع', 'سبعة'],
  ['ثمان', 'ثماني', 'ثمانية'],
  ['تسع', 'تسعة'],
  ['عشر', 'عشرة'],
];

/** The first part of 11 and 12, which differ from the units. */
export const CARDINAL_ELEVEN: readonly string[] = ['أحد عشر', 'إحدى عشرة', 'احدى عشر', 'إحدى عشر'];
/** Twelve. */
export const CARDINAL_TWELVE: readonly string[] = ['اثنا عشر', 'اثني عشر', 'اثنتا عشرة', 'اثنتي عشرة'];
/** The «عشر» part of 13–19. */
export const TEEN_TENS: readonly string[] = ['عشر', 'عشرة'];
/** Units used in compounds (21 = واحد وعشرون). */
export const COMPOUND_ONES: readonly string[] = ['واحد', 'واحدة', 'إحدى', 'حادي'];

/** Tens 20–90, nominative and oblique. Index 0 is 20. */
export const CARDINAL_TENS: readonly (readonly string[])[] = [
  ['عشرون', 'عشرين'],
  ['ثلاثون', 'ثلاثين'],
  ['أربعون', 'أربعين'],
  ['خمسون', 'خمسين'],
  ['ستون', 'ستين'],
  ['سبعون', 'سبعين'],
  ['ثمانون', 'ثمانين'],
  ['تسعون', 'تسعين'],
];

/** Hundreds and thousands used with time units («مئة عام», «ألف سنة»). */
export const CARDINAL_BIG: readonly { value: number; forms: readonly string[] }[] = [
  { value: 100, forms: ['مئة', 'مائة'] },
  { value: 200, forms: ['مئتين', 'مئتان', 'مائتين', 'مائتان'] },
  { value: 1000, forms: ['ألف'] },
];

/** Masculine ordinals 1–10 (days of the month, centuries, quarters). */
export const ORDINAL_UNITS_M: readonly (readonly string[])[] = [
  ['الأول'],
  ['الثاني'],
  ['الثالث'],
  ['الرابع'],
  ['الخامس'],
  ['السادس'],
  ['السابع'],
  ['الثامن'],
  ['التاسع'],
  ['العاشر'],
];

/** Ordinal units inside compounds 11–19 and 21–29 («الحادي عشر», «الحادي والعشرين»). */
export const ORDINAL_COMPOUND_ONES_M: readonly (readonly string[])[] = [
  ['الحادي', 'الواحد'],
  ['الثاني'],
  ['الثالث'],
  ['الرابع'],
  ['الخامس'],
  ['السادس'],
  ['السابع'],
  ['الثامن'],
  ['التاسع'],
];

/** Ordinal tens (20th, 30th) are the cardinal tens with the article. */
export const ORDINAL_TENS_M: readonly (readonly string[])[] = [
  ['العشرين', 'العشرون'],
  ['الثلاثين', 'الثلاثون'],
];

/** Words that mean "the first (day)" before a month without «من» («فاتح ماي», «غرة رمضان»). */
export const FIRST_DAY_WORDS: readonly string[] = ['فاتح', 'غرة'];

/** «الفاتح من سبتمبر»: «الفاتح» is "the first" when «من» and a month follow. */
export const FIRST_DAY_DEFINITE: readonly string[] = ['الفاتح'];

/** Feminine ordinals for clock hours 1–12 («الساعة الحادية عشرة»). Index 0 is one o'clock. */
export const HOUR_WORDS: readonly (readonly string[])[] = [
  ['الواحدة'],
  ['الثانية'],
  ['الثالثة'],
  ['الرابعة'],
  ['الخامسة'],
  ['السادسة'],
  ['السابعة'],
  ['الثامنة'],
  ['التاسعة'],
  ['العاشرة'],
  ['الحادية عشرة', 'الحادية عشر'],
  ['الثانية عشرة', 'الثانية عشر'],
];

/** Fractions of an hour or a unit after «و» («والنصف», «والربع», «ونصف»). */
export const FRACTIONS: readonly { value: number; forms: readonly string[] }[] = [
  { value: 0.5, forms: ['النصف', 'نصف'] },
  { value: 0.25, forms: ['الربع', 'ربع'] },
  { value: 1 / 3, forms: ['الثلث', 'ثلث'] },
];

/** Fractions before a unit («نصف ساعة», «ربع قرن»). */
export const UNIT_FRACTIONS: readonly { value: number; forms: readonly string[] }[] = [
  { value: 0.5, forms: ['نصف'] },
  { value: 0.25, forms: ['ربع'] },
  { value: 0.75, forms: ['ثلاثة أرباع'] },
];

/** Vague quantities before a plural unit («عدة أيام», «بضعة أشهر»). */
export const VAGUE_QUANTITY: readonly string[] = ['عدة', 'بضعة', 'بضع', 'بعض', 'لعدة', 'لبضعة'];
