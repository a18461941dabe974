import { describe, expect, it } from 'vitest';
import { normalize } from '../text/normalize.js';
import { HEADLINE_MARKS, headlineSource, plainSnippet, segmentsFromHeadline } from './snippet.js';

const { start: S, stop: E, gap: G } = HEADLINE_MARKS;

/** A headline as the database writes it: `hits` marked inside the normalised text. */
function headline(text: string, hits: string[], from = 0, to?: number): string {
  let norm = headlineSource(normalize(text)).slice(from, to);
  for (const h of hits) norm = norm.replace(normalize(h), `${S}${normalize(h)}${E}`);
  return norm;
}

describe('snippets mapped back to the original text', () => {
  it('shows the original spelling (diacritics, hamza forms) with the matches marked', () => {
    const text = 'التقى وزيرُ الدفاعِ الأمريكي بالرئيس تبّون في الجزائر.';
    const segs = segmentsFromHeadline(text, headline(text, ['تبّون']))!;
    expect(segs.map((s) => s.text).join('')).toBe(text);
    expect(segs.filter((s) => s.hit).map((s) => s.text)).toEqual(['تبّون']);
  });

  it('marks a gap where a fragment starts or ends inside the text', () => {
    const text = 'الجملة الأولى هنا. ثم وصل الوزير إلى الجزائر. وجملة أخيرة.';
    const n = normalize(text);
    const a = n.indexOf('ثم');
    const b = n.indexOf('وجمله');
    const segs = segmentsFromHeadline(text, headline(text, ['الوزير'], a, b))!;
    expect(segs[0]).toEqual({ text: ' … ثم وصل ', hit: false });
    expect(segs.at(-1)!.text.endsWith(' … ')).toBe(true);
    expect(segs.find((s) => s.hit)!.text).toBe('الوزير');
  });

  it('joins several fragments with a gap, keeping hostile markup as plain text', () => {
    const text = '<script>alert(1)</script> المناورات بدأت. نص طويل بين الجملتين. انتهت المناورات أمس.';
    const n = headlineSource(normalize(text));
    const first = n.slice(0, n.indexOf('.') + 1).replace('المناورات', `${S}المناورات${E}`);
    const last = n.slice(n.indexOf('انتهت')).replace('المناورات', `${S}المناورات${E}`);
    const segs = segmentsFromHeadline(text, `${first}${G}${last}`)!;
    expect(segs.filter((s) => s.hit)).toHaveLength(2);
    expect(segs[0]!.text).toContain('<script>');
    expect(segs.filter((s) => !s.hit).some((s) => s.text.includes(' … '))).toBe(true);
  });

  it('returns null when a fragment is not in the text', () => {
    expect(segmentsFromHeadline('نص', `${S}غيره${E}`)).toBeNull();
  });

  it('cuts a plain snippet at a space', () => {
    expect(plainSnippet('كلمة كلمة كلمة', 100)).toEqual([{ text: 'كلمة كلمة كلمة', hit: false }]);
    expect(plainSnippet('كلمة كلمة كلمة', 10)[0]!.text).toBe('كلمة كلمة …');
    expect(plainSnippet('', 10)).toEqual([]);
  });
});
