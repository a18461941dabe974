/**
 * Holidays and the calendar day they fall on. Hijri feasts follow Umm al-Qura; Orthodox Easter
 * is «عيد القيامة» in Coptic and Levantine news.
 */

/** How a holiday's day is found. */
export type HolidayRule =
  | { calendar: 'gregorian'; month: number; day: number }
  | { calendar: 'hijri'; month: number; day: number }
  | { calendar: 'orthodox-easter' }
  | { calendar: 'western-easter' };

/** Holiday names and their rule. */
export const HOLIDAYS: readonly { value: HolidayRule; forms: readonly string[] }[] = [
  { value: { calendar: 'hijri', month: 12, day: 10 }, forms: ['عيد الأضحى', 'العيد الكبير', 'عيد النحر'] },
  { value: { calendar: 'hijri', month: 10, day: 1 }, forms: ['عيد الفطر', 'العيد الصغير'] },
  { value: { calendar: 'hijri', month: 12, day: 9 }, forms: ['يوم عرفة', 'يوم عرفات'] },
  { value: { calendar: 'hijri', month: 3, day: 12 }, forms: ['المولد النبوي'] },
  { value: { calendar: 'hijri', month: 1, day: 10 }, forms: ['عاشوراء', 'يوم عاشوراء'] },
  { value: { calendar: 'hijri', month: 1, day: 1 }, forms: ['رأس السنة الهجرية', 'رأس السنة الهجري'] },
  { value: { calendar: 'gregorian', month: 1, day: 1 }, forms: ['رأس السنة', 'رأس السنة الميلادية', 'رأس السنة الجديدة'] },
  { value: { calendar: 'gregorian', month: 12, day: 25 }, forms: ['عيد الميلاد', 'الكريسماس'] },
  { value: { calendar: 'gregorian', month: 5, day: 1 }, forms: ['عيد العمال', 'عيد الشغل', 'يوم العمال العالمي'] },
  { value: { calendar: 'gregorian', month: 3, day: 8 }, forms: ['اليوم العالمي للمرأة', 'يوم المرأة العالمي'] },
  { value: { calendar: 'orthodox-easter' }, forms: ['عيد القيامة'] },
  { value: { calendar: 'western-easter' }, forms: ['عيد الفصح'] },
];
