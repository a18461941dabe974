import type { DomDocument, DomElement } from './dom.js';
import { DATE_CLASS_WORDS, FURNITURE_CLASS_WORDS, FURNITURE_ELEMENTS, HIDDEN_CLASSES, SHOWN_AT_WIDTH, TAXONOMY_CLASS } from './markup-vocabulary.js';

/** The attribute the marking pass sets: `self` on a furniture element, `child` on its only child. */
export const FURNITURE_MARK = 'data-rasid-furniture';

const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;
// a cheap first test: only class strings containing some furniture word are split into words
const ANY_FURNITURE_WORD = new RegExp([...FURNITURE_CLASS_WORDS].join('|'), 'i');

/** The element's `class` and `id` split into lower-case words (`relatedStories-list` → related, stories, list). */
export function classWords(el: DomElement): string[] {
  const cls = el.getAttribute('class') ?? '';
  const kept = cls.includes('-') ? cls.split(/\s+/).filter((c) => !TAXONOMY_CLASS.test(c)).join(' ') : cls;
  const raw = `${kept} ${el.getAttribute('id') ?? ''}`;
  if (raw.length < 3) return [];
  return raw
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** True when markup hides the element from readers (attribute, inline style or a hiding class). */
export function isHidden(el: DomElement): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  if (style && HIDDEN_STYLE.test(style)) return true;
  const cls = el.getAttribute('class');
  if (!cls) return false;
  const names = cls.split(/\s+/);
  return names.some((c) => HIDDEN_CLASSES.has(c.toLowerCase())) && !names.some((c) => SHOWN_AT_WIDTH.test(c));
}

/** True when the element's tag or class words say it is page furniture rather than article text. */
export function isFurniture(el: DomElement): boolean {
  if (FURNITURE_ELEMENTS.has(el.localName)) return true;
  const probe = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  if (!ANY_FURNITURE_WORD.test(probe)) return false;
  return classWords(el).some((w) => FURNITURE_CLASS_WORDS.has(w));
}

/**
 * Removes the elements markup hides from readers and marks furniture ones (see FURNITURE_MARK),
 * in one pass before the article is looked for. Hidden menus and pop-ups are a large share of
 * some pages' nodes, which every later pass would otherwise walk. The mark is also put on the
 * only child of furniture, because Readability replaces a `<div>` holding a single `<p>` by that
 * `<p>`, and the class saying "newsletter box" would be lost with the `<div>`. Returns the text
 * of `<time>` elements and of furniture whose class names a date (`post-date`, `timestamp`),
 * outermost only: the page's own date lines, wherever they stand.
 */
export function markElements(doc: DomDocument): string[] {
  const dated: string[] = [];
  const visit = (parent: DomElement, inDated: boolean): void => {
    let el = parent.firstElementChild;
    while (el) {
      const next: DomElement | null = el.nextElementSibling;
      if (isHidden(el)) el.remove();
      else {
        let isDated = false;
        if (isFurniture(el)) {
          el.setAttribute(FURNITURE_MARK, 'self');
          const only = el.firstElementChild;
          if (only && !only.nextElementSibling && !only.hasAttribute(FURNITURE_MARK)) only.setAttribute(FURNITURE_MARK, 'child');
          isDated = classWords(el).some((w) => DATE_CLASS_WORDS.has(w));
        }
        if (!inDated && (isDated || el.localName === 'time')) {
          const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
          if (text && !dated.includes(text)) dated.push(text);
        }
        visit(el, inDated || isDated || el.localName === 'time');
      }
      el = next;
    }
  };
  if (doc.body) visit(doc.body, false);
  return dated;
}

/** True when the element was marked as furniture, itself or as the child of furniture that is gone. */
export function isMarkedFurniture(el: DomElement): boolean {
  const mark = el.getAttribute(FURNITURE_MARK);
  if (mark === 'self') return true;
  return mark === 'child' && el.parentElement?.getAttribute(FURNITURE_MARK) !== 'self';
}
