/**
 * Arabic nouns that head organisation names, the national institutions a nisba completes
 * (`وزارة الدفاع` + `الجزائرية` is Algeria's ministry of defence), and the nouns before a quoted
 * media name (`لموقع "ديفينس سكوب"`). Named organisations themselves (NATO, AFRICOM, Reuters…)
 * are in data/ar/organisations.tsv.
 */
import type { NationalInstitution, OrgHead } from '../../../entities/lexicon.js';

/** Head nouns of organisation names, with their dual and plural forms. */
export const arabicOrgHeads: readonly OrgHead[] = [
  { word: 'وزارة', forms: ['وزارتي', 'وزارتا', 'وزارات'], kind: 'ministry' },
  { word: 'سفارة', forms: ['سفارتي', 'سفارات'], kind: 'embassy', locative: true },
  { word: 'قنصلية', forms: ['القنصلية العامة'], kind: 'embassy', locative: true },
  { word: 'بعثة', kind: 'embassy', locative: true },
  { word: 'قيادة', kind: 'command', locative: true },
  { word: 'هيئة', kind: 'council' },
  { word: 'لجنة', kind: 'council' },
  { word: 'مجلس', kind: 'council' },
  { word: 'مجموعة', kind: 'group' },
  { word: 'وكالة', kind: 'agency' },
  { word: 'منظمة', kind: 'other' },
  { word: 'حلف', kind: 'other' },
  { word: 'اتحاد', kind: 'other' },
  { word: 'رئاسة', kind: 'presidency', nationalWithNisba: true, idStem: 'presidency' },
  { word: 'حكومة', kind: 'government', nationalWithNisba: true, idStem: 'government' },
  { word: 'جهاز', kind: 'agency' },
  { word: 'مديرية', kind: 'agency' },
  { word: 'إدارة', kind: 'agency', nationalWithNisba: true, idStem: 'administration' },
  { word: 'جيش', forms: ['جيوش'], kind: 'armed-forces', nationalWithNisba: true, idStem: 'armed-forces' },
  { word: 'قوات', kind: 'armed-forces' },
  { word: 'شركة', kind: 'company' },
  { word: 'مؤسسة', kind: 'company' },
  { word: 'أكاديمية', kind: 'other' },
  { word: 'مكتب', kind: 'agency' },
  { word: 'برلمان', kind: 'council', nationalWithNisba: true, idStem: 'parliament' },
];

/**
 * National institutions named by a fixed phrase plus a country (a nisba, a `X` in `وزارة دفاع X`,
 * or the document's context). Longer phrases first: the longest match names the institution.
 */
export const arabicNationalInstitutions: readonly NationalInstitution[] = [
  { phrase: 'وزارة الدفاع الوطني', idStem: 'mod', nameEn: 'Ministry of Defence ({country})', contextual: true },
  { phrase: 'وزارة الدفاع', idStem: 'mod', nameEn: 'Ministry of Defence ({country})', contextual: true },
  { phrase: 'وزارة الحرب', idStem: 'mod', nameEn: 'Ministry of Defence ({country})', contextual: true },
  { phrase: 'وزارة الجيوش', idStem: 'mod', nameEn: 'Ministry of Defence ({country})', contextual: true },
  { phrase: 'وزارة القوات المسلحة', idStem: 'mod', nameEn: 'Ministry of Defence ({country})', contextual: true },
  { phrase: 'إدارة الدفاع الوطني', idStem: 'mod', nameEn: 'Ministry of Defence ({country})', contextual: true },
  { phrase: 'وزارة الخارجية', idStem: 'mfa', nameEn: 'Ministry of Foreign Affairs ({country})', contextual: true },
  { phrase: 'وزارة الشؤون الخارجية', idStem: 'mfa', nameEn: 'Ministry of Foreign Affairs ({country})', contextual: true },
  { phrase: 'الخارجية', idStem: 'mfa', nameEn: 'Ministry of Foreign Affairs ({country})', contextual: true },
  { phrase: 'وزارة الداخلية', idStem: 'moi', nameEn: 'Ministry of the Interior ({country})', contextual: true },
  { phrase: 'الرئاسة', idStem: 'presidency', nameEn: 'Presidency ({country})', contextual: true },
  { phrase: 'رئاسة الجمهورية', idStem: 'presidency', nameEn: 'Presidency ({country})', contextual: true },
  { phrase: 'الحكومة', idStem: 'government', nameEn: 'Government ({country})', contextual: true },
  { phrase: 'الجيش', idStem: 'armed-forces', nameEn: 'Armed Forces ({country})' },
  { phrase: 'القوات المسلحة', idStem: 'armed-forces', nameEn: 'Armed Forces ({country})' },
  { phrase: 'البحرية', idStem: 'navy', nameEn: 'Navy ({country})' },
  { phrase: 'القوات البحرية', idStem: 'navy', nameEn: 'Navy ({country})' },
  { phrase: 'القوات الجوية', idStem: 'air-force', nameEn: 'Air Force ({country})' },
  { phrase: 'سلاح الجو', idStem: 'air-force', nameEn: 'Air Force ({country})' },
  { phrase: 'القوات البرية', idStem: 'army', nameEn: 'Army ({country})' },
  { phrase: 'هيئة الأركان', idStem: 'general-staff', nameEn: 'General Staff ({country})' },
  { phrase: 'هيئة الأركان العامة', idStem: 'general-staff', nameEn: 'General Staff ({country})' },
  { phrase: 'هيئة الأركان المشتركة', idStem: 'joint-staff', nameEn: 'Joint Chiefs of Staff ({country})' },
  { phrase: 'لجنة رؤساء الأركان المشتركة', idStem: 'joint-staff', nameEn: 'Joint Chiefs of Staff ({country})' },
  { phrase: 'المخابرات', idStem: 'intelligence', nameEn: 'Intelligence service ({country})' },
  { phrase: 'البرلمان', idStem: 'parliament', nameEn: 'Parliament ({country})' },
];

/** Nouns before a quoted name that make the name an organisation: media and firms. */
export const arabicMediaHeads: readonly string[] = [
  'موقع', 'صحيفة', 'جريدة', 'قناة', 'مجلة', 'وكالة', 'وكالة أنباء', 'إذاعة', 'تلفزيون', 'شبكة', 'شركة',
  'منصة', 'مجموعة', 'مؤسسة', 'معهد', 'مركز', 'منظمة', 'حركة', 'تنظيم', 'حزب', 'جماعة', 'ميليشيا', 'ميليشيات',
];

/** Ordinals and number words that end an organisation name (`مجموعة الاتصال الدفاعية السادسة عشرة`). */
export const arabicOrdinals: readonly string[] = [
  'الأول', 'الأولى', 'الثاني', 'الثانية', 'الثالث', 'الثالثة', 'الرابع', 'الرابعة', 'الخامس', 'الخامسة',
  'السادس', 'السادسة', 'السابع', 'السابعة', 'الثامن', 'الثامنة', 'التاسع', 'التاسعة', 'العاشر', 'العاشرة',
  'الحادي', 'الحادية', 'عشر', 'عشرة', 'العشرين', 'الثلاثين', 'الأربعين', 'الخمسين', 'الأخير', 'الأخيرة',
  'المقبل', 'المقبلة', 'القادم', 'القادمة', 'الماضي', 'الماضية',
];

/** Nouns of facilities named after people: `قاعدة محمد نجيب العسكرية` is a base, not a person. */
export const arabicFacilityNouns: readonly string[] = [
  'قاعدة', 'مطار', 'ميناء', 'شارع', 'جامعة', 'مسجد', 'مستشفى', 'ملعب', 'مدرسة', 'قصر', 'ساحة', 'حي', 'جسر',
  'سد', 'مركز', 'معهد', 'أكاديمية', 'كلية', 'مدينة', 'مؤسسة', 'جائزة', 'حاملة', 'سفينة', 'فرقاطة', 'مدرعة',
];
