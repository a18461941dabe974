import { decodeHTML } from 'entities';
import { describe, expect, it } from 'vitest';
import { extractHtmlArticle, type HtmlArticle } from './html-article.js';

/** The raw markup a span of the article's text maps to, tags removed and entities decoded. */
function rawText(html: string, a: HtmlArticle, start: number, end: number): string {
  const src = a.map.spanToSource({ start, end });
  return decodeHTML(html.slice(src.start, src.end).replace(/<[^>]*>/g, '')).replace(/\s+/g, ' ').trim();
}

const AR_BODY = [
  'الجزائر (رويترز) - استقبل الرئيس الجزائري عبد المجيد تبون، الأحد، وزير الدفاع الإيطالي في قصر المرادية، وبحث الجانبان سبل تعزيز التعاون العسكري بين البلدين.',
  'وقال بيان للرئاسة إن اللقاء تناول الوضع الأمني في منطقة الساحل، وتبادل الخبرات في مجال التكوين والصناعات العسكرية & التدريب المشترك.',
  'وأضاف البيان أن الوزير الإيطالي نقل رسالة من رئيسة الوزراء، وأن الطرفين اتفقا على عقد الدورة المقبلة للجنة العسكرية المشتركة في روما.',
];

const arabicPage = `<!DOCTYPE html>
<html lang="ar" dir="rtl"><head>
<meta charset="utf-8">
<title>تبون يستقبل وزير الدفاع الإيطالي | الخبر اليومي</title>
<meta property="og:title" content="تبون يستقبل وزير الدفاع الإيطالي">
<meta property="og:site_name" content="الخبر اليومي">
<meta property="article:published_time" content="2024-03-10T18:20:00+01:00">
<meta name="author" content="قسم الأخبار">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[
 {"@type":"WebSite","name":"الخبر"},
 {"@type":"NewsArticle","headline":"الرئيس تبون يستقبل وزير الدفاع الإيطالي","datePublished":"2024-03-10T18:15:30+01:00",
  "author":[{"@type":"Person","name":"سارة بن علي"},{"@type":"Person","name":"كريم حداد"}],
  "publisher":{"@type":"Organization","name":"جريدة الخبر اليومي"}}]}</script>
<style>.secret{color:red} /* نص في الأنماط */</style>
<script>var x = "نص في سكربت";</script>
</head><body>
<nav><ul><li><a href="/">الرئيسية</a></li><li><a href="/politics">سياسة</a></li><li><a href="/sport">رياضة</a></li></ul></nav>
<!-- تعليق لا يظهر -->
<div class="page"><main><article class="story">
<h1>الرئيس تبون يستقبل وزير الدفاع الإيطالي</h1>
<div class="story-date">الأحد 10 مارس 2024 - 18:15</div>
<div class="share-bar"><a href="#">فيسبوك</a> <a href="#">تويتر</a> <a href="#">واتساب</a></div>
<div class="story-body">
<p>${AR_BODY[0]!.replace('عبد المجيد تبون', '<a href="/tag/tebboune">عبد المجيد تبون</a>')}</p>
<figure><img src="a.jpg" alt=""><figcaption>الرئيس تبون خلال اللقاء (أرشيف)</figcaption></figure>
<p>${AR_BODY[1]!.replace('&', '&amp;')}</p>
<div style="display:none"><p>نص مخفي لا يجب أن يظهر في المقال أبدا مهما كان طوله في الصفحة.</p></div>
<p>${AR_BODY[2]}</p>
<template><p>قالب لا يظهر</p></template>
</div>
<div class="tags"><a href="/t/1">الجزائر</a> <a href="/t/2">إيطاليا</a> <a href="/t/3">دفاع</a></div>
<div class="related-news"><h3>أخبار ذات صلة</h3><ul>
<li><a href="/n/1">وزير الخارجية يستقبل سفير فرنسا في مقر الوزارة بالعاصمة</a></li>
<li><a href="/n/2">الجيش ينظم مناورات بحرية في عرض الساحل الغربي للبلاد</a></li></ul></div>
</article></main>
<aside><h3>الأكثر قراءة</h3><ol><li><a href="/m/1">خبر أول</a></li></ol></aside></div>
<footer><p>جميع الحقوق محفوظة © 2024 الخبر اليومي</p></footer>
<script>document.write("<p>نص مكتوب بسكربت</p>")</script>
</body></html>`;

describe('extractHtmlArticle on an Arabic news page', () => {
  const a = extractHtmlArticle(arabicPage);

  it('keeps the article body, one paragraph a line', () => {
    expect(a.text).toBe(AR_BODY.join('\n'));
    expect(a.paragraphs).toHaveLength(3);
    expect(a.method).toBe('readability');
  });

  it('never lets scripts, styles, comments, templates, hidden text or furniture through', () => {
    for (const gone of ['سكربت', 'الأنماط', 'تعليق', 'قالب', 'مخفي', 'الرئيسية', 'فيسبوك', 'ذات صلة', 'الأكثر قراءة', 'الحقوق', 'أرشيف', '18:15', 'إيطاليا\n']) {
      expect(a.text).not.toContain(gone);
    }
  });

  it('returns the date line it left out, with its span in the raw HTML', () => {
    expect(a.dateLines.map((d) => d.text)).toEqual(['الأحد 10 مارس 2024 - 18:15']);
    const d = a.dateLines[0]!;
    expect(arabicPage.slice(d.start, d.end)).toBe('الأحد 10 مارس 2024 - 18:15');
  });

  it('reads metadata from JSON-LD before OpenGraph and meta tags', () => {
    expect(a.title).toBe('الرئيس تبون يستقبل وزير الدفاع الإيطالي');
    expect(a.published).toBe('2024-03-10T18:15');
    expect(a.author).toBe('سارة بن علي, كريم حداد');
    expect(a.outlet).toBe('جريدة الخبر اليومي');
    expect(a.lang).toBe('ar');
  });

  it('maps every paragraph and word back to the raw HTML', () => {
    expect(a.unmapped).toBe(0);
    for (const p of a.paragraphs) expect(rawText(arabicPage, a, p.start, p.end)).toBe(a.text.slice(p.start, p.end));
    const at = a.text.indexOf('تبون');
    const src = a.map.spanToSource({ start: at, end: at + 4 });
    expect(arabicPage.slice(src.start, src.end)).toBe('تبون');
    const amp = a.text.indexOf('&');
    const asrc = a.map.spanToSource({ start: amp, end: amp + 1 });
    expect(arabicPage.slice(asrc.start, asrc.end)).toBe('&amp;');
  });
});

const EN_BODY = [
  'WASHINGTON (AP) — The defense secretary met his Japanese counterpart on Tuesday to discuss a new agreement on joint exercises.',
  'The two ministers said the agreement would be signed in Tokyo next spring, after talks between their staffs.',
  'Officials said the exercises would include naval patrols and air-defense drills in the region.',
];

const englishPage = `<html><head>
<title>Defense chiefs agree on drills - The Daily Planet</title>
<meta property="og:site_name" content="The Daily Planet">
<meta name="pubdate" content="2023-11-19">
<meta name="author" content="Jane Doe">
</head><body>
<header><a href="/">The Daily Planet</a></header>
<div id="content"><div class="article">
<p class="byline">By Jane Doe</p>
<p><time datetime="2023-11-18T09:00">Nov. 18, 2023 9:00 AM</time></p>
${EN_BODY.map((p) => `<p>${p}</p>`).join('\n')}
<div class="newsletter-signup"><p>Sign up for our newsletter to get the top stories every morning.</p></div>
<p class="sr-only">Advertisement</p>
<div class="comments"><h4>Comments</h4><p>Great article!</p></div>
</div></div>
</body></html>`;

describe('extractHtmlArticle on an English news page', () => {
  const a = extractHtmlArticle(englishPage);

  it('keeps the body and drops the byline, date line, newsletter box and comments', () => {
    expect(a.text).toBe(EN_BODY.join('\n'));
  });

  it('takes meta tags before the visible page, and strips the site from the <title>', () => {
    expect(a.title).toBe('Defense chiefs agree on drills');
    expect(a.published).toBe('2023-11-19');
    expect(a.author).toBe('Jane Doe');
    expect(a.outlet).toBe('The Daily Planet');
    expect(a.lang).toBeNull();
  });

  it('maps each paragraph to its own markup', () => {
    for (const p of a.paragraphs) expect(rawText(englishPage, a, p.start, p.end)).toBe(a.text.slice(p.start, p.end));
  });
});

describe('extractHtmlArticle on small and broken inputs', () => {
  it('returns the text of a fragment without <html> or <body>', () => {
    const html = '<p>نص عربي قصير.</p><script>alert(1)</script>';
    const a = extractHtmlArticle(html);
    expect(a.text).toBe('نص عربي قصير.');
    const src = a.map.spanToSource({ start: 0, end: a.text.length });
    expect(html.slice(src.start, src.end)).toBe('نص عربي قصير.');
  });

  it('returns nothing, without throwing, for empty, hidden-only and markup-only pages', () => {
    for (const html of ['', '<html><head><title>T</title></head></html>', '<body><div hidden>x</div></body>']) {
      const a = extractHtmlArticle(html);
      expect(a.text).toBe('');
      expect(a.method).toBe('none');
    }
  });

  it('takes the density scorer when Readability finds too little', () => {
    const long = 'هذه فقرة طويلة من نص المقال تتحدث عن زيارة وزير الدفاع إلى العاصمة ولقائه بنظيره لبحث التعاون. ';
    const html = `<html><body><div><p>${long}</p></div><div><a href="/1">رابط</a></div></body></html>`;
    const a = extractHtmlArticle(html, { settings: { minArticleChars: 10_000 } });
    expect(['readability', 'density']).toContain(a.method);
    expect(a.text).toBe(long.trim());
  });
});
