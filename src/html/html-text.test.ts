import { describe, expect, it } from 'vitest';
import { htmlToPositionedText } from './html-text.js';

describe('htmlToPositionedText', () => {
  const html =
    '<!doctype html><html><head><title>عنوان &amp; خبر</title><style>p{color:red}</style></head><body>' +
    '<!-- تعليق --><nav>الرئيسية</nav><p>استقبل&nbsp;الرئيس <b>تبون</b> الوزير&#x60C; أمس.</p>' +
    '<div hidden><p>نص مخفي</p></div><script>alert("x")</script><p style="display:none">مخفي</p>' +
    '<p>فقرة <span aria-hidden="true">×</span>ثانية</p></body></html>';
  const out = htmlToPositionedText(html);

  it('keeps visible text only, one block a line', () => {
    expect(out.title).toBe('عنوان & خبر');
    expect(out.text).toBe('الرئيسية\nاستقبل الرئيس تبون الوزير، أمس.\nفقرة ثانية');
  });

  it('maps every text span back to the raw HTML', () => {
    const at = out.text.indexOf('تبون');
    const src = out.map.spanToSource({ start: at, end: at + 4 });
    expect(html.slice(src.start, src.end)).toBe('تبون');
    const comma = out.text.indexOf('،');
    const csrc = out.map.spanToSource({ start: comma, end: comma + 1 });
    expect(html.slice(csrc.start, csrc.end)).toBe('&#x60C;');
  });

  it('survives broken markup', () => {
    const r = htmlToPositionedText('<p>نص <b>غير مغلق<div>وسطر</p><script>لا ينتهي');
    expect(r.text).toBe('نص غير مغلق\nوسطر');
  });
});
