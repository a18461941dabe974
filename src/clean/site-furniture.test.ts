import { describe, expect, it } from 'vitest';
import { resolveSettings } from '../core/settings.js';
import { readFlatPage } from './flat-text.js';
import { matchKey } from './match-key.js';
import { LineStats, siteOf } from './site-furniture.js';

const settings = resolveSettings();
const page = (n: number): string =>
  [
    `عنوان الخبر رقم ${n} عن التعاون العسكري`,
    'نشرة الدفاع العربي',
    `استقبل وزير الدفاع الوطني نظيره في اللقاء رقم ${n}، وبحث الطرفان سبل تعزيز التعاون العسكري بين البلدين الشقيقين.`,
    'وأكد الجانبان ضرورة مواصلة التنسيق في مجال مكافحة الإرهاب وتأمين الحدود المشتركة بين البلدين.',
    'حمّلوا نسختكم الأسبوعية مجانا',
  ].join('\n');

describe('site furniture', () => {
  it('drops short lines most pages of a site repeat, and nothing else', () => {
    const stats = new LineStats(settings.clean.shortLineMaxWords);
    for (let n = 1; n <= 4; n++) stats.add('site', page(n));
    const isFurniture = (key: string): boolean => {
      const f = stats.frequency('site', key);
      return f.docs >= settings.clean.furnitureMinDocs && f.docs / f.total >= settings.clean.furnitureMinShare;
    };
    expect(isFurniture(matchKey('نشرة الدفاع العربي'))).toBe(true);
    const raw = page(2);
    const got = readFlatPage(raw, settings, { isFurniture });
    const rules = Object.fromEntries(got.lines.map((l) => [l.text, l.rule]));
    expect(rules['نشرة الدفاع العربي']).toBe('site-furniture');
    expect(rules['حمّلوا نسختكم الأسبوعية مجانا']).toBe('site-furniture');
    expect(got.body).toHaveLength(2);
    expect(got.title?.text).toBe('عنوان الخبر رقم 2 عن التعاون العسكري');
  });

  it('groups pages by URL host, else by folder', () => {
    expect(siteOf('a/b/c.txt', 'https://www.example.org/x')).toBe('example.org');
    expect(siteOf('pages/site1/c.txt', null)).toBe('pages/site1');
    expect(siteOf('feed.jsonl:4', null)).toBe('.');
  });
});
