import { describe, expect, it } from 'vitest';
import { parseDocument } from './dom.js';
import { jsonLdBlocks, readPageMetadata, stripSiteSuffix } from './page-metadata.js';

const read = (html: string) => readPageMetadata(html, parseDocument(html));

const LD = `<script type="application/ld+json">{"@context":"https://schema.org","@type":"ReportageNewsArticle",
"headline":"عنوان من JSON-LD","datePublished":"2022-05-01T09:30:00+03:00","author":{"@type":"Person","name":"ليلى سالم"},
"publisher":{"@type":"Organization","name":"وكالة الأنباء"},"url":"https://example.com/ld"}</script>`;
const OG = `<meta property="og:title" content="عنوان من OpenGraph"><meta property="og:site_name" content="موقع OG">
<meta property="article:published_time" content="2022-05-02T10:00:00Z"><meta property="og:url" content="https://example.com/og">`;
const META = `<meta name="author" content="كاتب الوسوم"><meta name="pubdate" content="2022-05-03"><meta name="title" content="عنوان الوسوم">`;
const VISIBLE = `<title>عنوان الصفحة - موقع OG</title></head><body><time datetime="2022-05-04T08:00">4 مايو</time>`;
const page = (...parts: string[]): string => `<html lang="ar-EG"><head>${parts.join('')}</body></html>`;

describe('readPageMetadata', () => {
  it('prefers JSON-LD over OpenGraph over meta tags over the visible page', () => {
    const all = read(page(LD, OG, META, VISIBLE));
    expect(all).toEqual({
      title: 'عنوان من JSON-LD',
      published: '2022-05-01T09:30',
      outlet: 'وكالة الأنباء',
      author: 'ليلى سالم',
      url: 'https://example.com/ld',
      lang: 'ar',
    });
    const og = read(page(OG, META, VISIBLE));
    expect([og.title, og.published, og.outlet, og.author, og.url]).toEqual(['عنوان من OpenGraph', '2022-05-02T10:00', 'موقع OG', 'كاتب الوسوم', 'https://example.com/og']);
    const meta = read(page(META, VISIBLE));
    expect([meta.title, meta.published, meta.author]).toEqual(['عنوان الوسوم', '2022-05-03', 'كاتب الوسوم']);
    const visible = read(page(VISIBLE));
    expect([visible.title, visible.published, visible.outlet]).toEqual(['عنوان الصفحة - موقع OG', '2022-05-04T08:00', null]);
  });

  it('strips the site name from the <title> once the site is known', () => {
    const m = read(page('<meta property="og:site_name" content="موقع OG">', VISIBLE));
    expect(m.title).toBe('عنوان الصفحة');
    expect(stripSiteSuffix('Army drills begin | The Daily Planet', ['The Daily Planet'])).toBe('Army drills begin');
    expect(stripSiteSuffix('Army drills begin - Reuters.com', ['Reuters'])).toBe('Army drills begin');
    expect(stripSiteSuffix('Army drills - day two', ['Reuters'])).toBe('Army drills - day two');
  });

  it('finds the article in @graph arrays and joins several authors', () => {
    const html = `<script type="application/ld+json">{"@graph":[{"@type":"WebPage","name":"x"},
      {"@type":["NewsArticle"],"headline":"H &amp; more","author":[{"name":"A"},{"name":"B"},"C"],"datePublished":"2020-02-02"}]}</script>`;
    const m = read(page(html));
    expect([m.title, m.author, m.published]).toEqual(['H & more', 'A, B, C', '2020-02-02']);
  });

  it('repairs JSON-LD with raw line breaks and skips what is not JSON', () => {
    const blocks = jsonLdBlocks('<script type="application/ld+json">{"headline":"a\nb",}</script><script type="application/ld+json">nope</script>');
    expect(blocks).toEqual([{ headline: 'a b' }]);
  });

  it('reads microdata dates and keeps only absolute URLs', () => {
    const m = read(page('<meta itemprop="datePublished" content="2026-01-08T11:42:50Z"><link rel="canonical" href="/relative">'));
    expect(m.published).toBe('2026-01-08T11:42');
    expect(m.url).toBeNull();
  });
});
