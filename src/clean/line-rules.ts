import { PAGE_NOISE, PAGE_NOISE_PATTERNS } from '../lang/ar/page-noise.js';
import type { Settings } from '../core/settings.js';
import { matchKey } from './match-key.js';
import type { LineLabel, PageLine } from './page-lines.js';

/**
 * A rule that labels a line from its own shape and words, without looking at its neighbours.
 * Each carries examples (lines it must and must not match) that one test runs for all rules.
 */
export interface LineRule {
  name: string;
  label: LineLabel;
  test(line: PageLine, settings: Settings): boolean;
  /** only for flattened page text: in an extractor's output such lines are the article's own
   * (a table of figures, say), since the extractor already removed the page around it */
  pageOnly?: boolean;
  examples: { text: string; match: boolean }[];
}

const keys = (xs: readonly string[]): string[] => [...new Set(xs.map(matchKey).filter(Boolean))];
const LABELS = new Set(keys(PAGE_NOISE.labels));
const PREFIXES = keys(PAGE_NOISE.prefixes);
const DATE_PREFIXES = keys(PAGE_NOISE.datePrefixes);
const BYLINE_PREFIXES = keys(PAGE_NOISE.bylinePrefixes);
const SOURCE_PREFIXES = keys(PAGE_NOISE.sourcePrefixes);
const CREDITS = keys(PAGE_NOISE.photoCredits);
const CAPTION_STARTS = keys(PAGE_NOISE.captionStarts);

/** Phrases indexed by their first word, so a line is compared only with phrases it could start with. */
const phraseIndex = new WeakMap<readonly string[], Map<string, string[]>>();

/** The phrase of `prefixes` that `key` starts with as whole words, or null. */
export function startsWithPhrase(key: string, prefixes: readonly string[]): string | null {
  let index = phraseIndex.get(prefixes);
  if (!index) {
    index = new Map();
    for (const p of prefixes) {
      const first = p.split(' ')[0]!;
      index.set(first, [...(index.get(first) ?? []), p]);
    }
    phraseIndex.set(prefixes, index);
  }
  const sp = key.indexOf(' ');
  const first = sp < 0 ? key : key.slice(0, sp);
  for (const p of index.get(first) ?? []) if (key === p || key.startsWith(p + ' ')) return p;
  return null;
}

/** True when the line is the same run of words twice: related-headline blocks double them. */
function isDoubled(words: readonly string[]): boolean {
  const n = words.length;
  if (n < 4 || n % 2) return false;
  for (let i = 0; i < n / 2; i++) if (words[i] !== words[i + n / 2]) return false;
  return true;
}

function urlShare(text: string): number {
  let chars = 0;
  for (const m of text.matchAll(PAGE_NOISE_PATTERNS.url)) chars += m[0].length;
  return text.length ? chars / text.length : 0;
}

/** An author byline: `كتب: فلان`, `بقلم فلان`, or a name with an initial such as `إلهام.س`. */
export function bylineName(line: PageLine): string | null {
  const p = startsWithPhrase(line.key, BYLINE_PREFIXES);
  if (p && line.words.length <= 6) {
    const m = /^[^:：\s]+\s*[:：]?\s*(.+)$/u.exec(line.text);
    return m ? m[1]!.replace(/^[-–—:\s]+/, '').trim() : null;
  }
  if (/^\p{L}{2,}\s?[.]\s?\p{L}{1,2}\.?$/u.test(line.text) || /^\p{L}\s?\.\s?\p{L}$/u.test(line.text)) return line.text;
  return null;
}

/** The credited source of a `المصدر: …` line. */
export function sourceCredit(line: PageLine): string | null {
  const p = startsWithPhrase(line.key, SOURCE_PREFIXES);
  if (!p || line.words.length > 8) return null;
  const m = /^[^:：]+[:：]\s*(.+)$/u.exec(line.text);
  return m ? m[1]!.trim() : null;
}

/** The rules, applied in order; the first that matches labels the line. */
export const LINE_RULES: readonly LineRule[] = [
  {
    name: 'scraper-marker',
    label: 'boilerplate',
    test: (l) => PAGE_NOISE_PATTERNS.scraperMarker.test(l.text),
    examples: [{ text: '[ad_1]', match: true }, { text: '[ad_2]', match: true }, { text: 'وزير الدفاع [يمين]', match: false }],
  },
  {
    name: 'link-list',
    label: 'boilerplate',
    test: (l, s) => urlShare(l.text) >= s.clean.urlShareMin,
    examples: [{ text: 'https://a.example/x https://b.example/y/ https://c.example/', match: true }, { text: 'قال الوزير في بيان نشره على موقع www.mdn.dz إن اللقاء مثمر', match: false }],
  },
  {
    name: 'counter',
    label: 'boilerplate',
    pageOnly: true,
    test: (l) => l.words.length <= 2 && /^[\d٠-٩\s.,:/|-]+$/.test(l.text),
    examples: [{ text: '364', match: true }, { text: '0', match: true }, { text: '2024', match: true }, { text: 'عام 2024', match: false }],
  },
  {
    name: 'ui-label',
    label: 'boilerplate',
    test: (l) => LABELS.has(l.key),
    examples: [{ text: 'الاخبار::', match: true }, { text: 'Headlines', match: true }, { text: 'المصدر', match: true }, { text: 'الأخبار العسكرية الجزائرية', match: false }],
  },
  {
    name: 'doubled-headline',
    label: 'boilerplate',
    test: (l) => isDoubled(l.words),
    examples: [
      { text: 'افتتاح مستشفى عسكري جديد في الجنوب افتتاح مستشفى عسكري جديد في الجنوب', match: true },
      { text: 'افتتاح مستشفى عسكري جديد في الجنوب', match: false },
    ],
  },
  {
    name: 'photo-caption',
    label: 'boilerplate',
    test: (l) => {
      const m = /[(（]([^()（）]{1,30})[)）]\s*$/u.exec(l.text);
      return !!m && CREDITS.some((c) => matchKey(m[1]!) === c || matchKey(m[1]!).includes(c));
    },
    examples: [
      { text: 'الرئيس يستقبل الوفد العسكري في قصر المرادية (غيتي)', match: true },
      { text: 'وزيرا الدفاع خلال المؤتمر الصحفي (أ ف ب)', match: true },
      { text: 'وقعت الاتفاقية في العاصمة (الرباط)', match: false },
    ],
  },
  {
    name: 'named-caption',
    label: 'boilerplate',
    test: (l, s) => !l.endsSentence && l.words.length <= s.clean.shortLineMaxWords + 3 && startsWithPhrase(l.key, CAPTION_STARTS) !== null,
    examples: [
      { text: 'صورة أرشيفية من فعاليات نسخة سابقة من التدريب', match: true },
      { text: 'صورة من حفل التوقيع بمقر وزارة الدفاع', match: true },
      { text: 'صورة الجيش في الخارج تحسنت كثيرا خلال السنوات الأخيرة بحسب التقرير.', match: false },
    ],
  },
  {
    name: 'notice-or-prompt',
    label: 'boilerplate',
    test: (l, s) => l.words.length <= s.clean.shortLineMaxWords && startsWithPhrase(l.key, PREFIXES) !== null,
    examples: [
      { text: 'التعليقات مغلقة.', match: true },
      { text: 'كلمات دلالية: الجزائر الولايات المتحدة', match: true },
      { text: 'تابعونا على فيسبوك وتويتر', match: true },
      { text: 'وتابع الوزير جولته في المنطقة العسكرية الرابعة بورقلة حيث تفقد عددا من الوحدات', match: false },
    ],
  },
  {
    name: 'date-line',
    label: 'meta',
    test: (l) => l.words.length <= 14 && startsWithPhrase(l.key, DATE_PREFIXES) !== null && /\d/.test(l.key),
    examples: [
      { text: 'تاريخ النشر: 24th, October 2023 GMT', match: true },
      { text: 'نشر في: 9 مارس 2025', match: true },
      { text: 'تم نشره الجمعة 02nd تشرين الأوّل / أكتوبر 2020 07:01 مساءً', match: true },
      { text: 'نشر الجيش بيانا حول المناورات', match: false },
    ],
  },
  {
    name: 'byline',
    label: 'meta',
    test: (l) => bylineName(l) !== null,
    examples: [
      { text: 'كتب: محمد بن علي', match: true },
      { text: 'بقلم سمير العلوي', match: true },
      { text: 'م.ع', match: true },
      { text: 'كتبت الصحيفة في افتتاحيتها أن الزيارة تاريخية وتفتح صفحة جديدة', match: false },
    ],
  },
  {
    name: 'source-credit',
    label: 'meta',
    test: (l) => sourceCredit(l) !== null,
    examples: [{ text: 'المصدر: وكالة الأنباء الجزائرية', match: true }, { text: 'المصدر الأمني قال إن العملية مستمرة حتى نهاية الشهر المقبل', match: false }],
  },
];

/** Applies the line rules to every unlabelled line. */
export function applyLineRules(lines: readonly PageLine[], settings: Settings, extracted = false): void {
  const rules = extracted ? LINE_RULES.filter((r) => !r.pageOnly) : LINE_RULES;
  for (const line of lines) {
    if (line.label !== null) continue;
    for (const rule of rules) {
      if (rule.test(line, settings)) {
        line.label = rule.label;
        line.rule = rule.name;
        break;
      }
    }
  }
}
