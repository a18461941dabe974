import type { Abbreviation } from '../language.js';

/**
 * Abbreviations whose dot does not end a sentence. Any single letter before a dot is already
 * taken as an initial by the splitter (د. أحمد، أ.ف.ب، U.S.), unless it follows a number, where
 * it is a unit or era mark that may end the sentence (2025 م.); this list adds longer forms.
 * Latin forms appear because Arabic news quotes English agencies and titles.
 */
export const arabicAbbreviations: readonly Abbreviation[] = [
  { form: 'د', expansion: 'دكتور' },
  { form: 'م', expansion: 'مهندس' },
  { form: 'أ', expansion: 'أستاذ' },
  { form: 'ص', expansion: 'صفحة' },
  { form: 'ج', expansion: 'جزء' },
  { form: 'ت', expansion: 'توفي / هاتف' },
  { form: 'ق', expansion: 'قبل' },
  { form: 'هـ', expansion: 'هجري' },
  { form: 'ص.ب', expansion: 'صندوق بريد' },
  { form: 'ق.م', expansion: 'قبل الميلاد' },
  { form: 'Dr', expansion: 'Doctor' },
  { form: 'Mr', expansion: 'Mister' },
  { form: 'Mrs', expansion: 'Mistress' },
  { form: 'Ms', expansion: 'Miz' },
  { form: 'Prof', expansion: 'Professor' },
  { form: 'Gen', expansion: 'General' },
  { form: 'Lt', expansion: 'Lieutenant' },
  { form: 'Col', expansion: 'Colonel' },
  { form: 'Maj', expansion: 'Major' },
  { form: 'Capt', expansion: 'Captain' },
  { form: 'Adm', expansion: 'Admiral' },
  { form: 'Sgt', expansion: 'Sergeant' },
  { form: 'Gov', expansion: 'Governor' },
  { form: 'Sen', expansion: 'Senator' },
  { form: 'Rep', expansion: 'Representative' },
  { form: 'St', expansion: 'Saint / Street' },
  { form: 'Jr', expansion: 'Junior' },
  { form: 'Sr', expansion: 'Senior' },
  { form: 'No', expansion: 'Number' },
  { form: 'Nos', expansion: 'Numbers' },
  { form: 'vs', expansion: 'versus' },
  { form: 'Inc', expansion: 'Incorporated' },
  { form: 'Ltd', expansion: 'Limited' },
  { form: 'Co', expansion: 'Company' },
  { form: 'Corp', expansion: 'Corporation' },
  { form: 'Jan', expansion: 'January' },
  { form: 'Feb', expansion: 'February' },
  { form: 'Aug', expansion: 'August' },
  { form: 'Sept', expansion: 'September' },
  { form: 'Oct', expansion: 'October' },
  { form: 'Nov', expansion: 'November' },
  { form: 'Dec', expansion: 'December' },
];
