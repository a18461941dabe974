import { describe, expect, it } from 'vitest';
import { attributeList, safeExternalUrl } from './h.js';

describe('attributes from data', () => {
  it('refuses event-handler attributes in any case', () => {
    expect(() => attributeList({ onclick: 'x' })).toThrow(/not allowed/);
    expect(() => attributeList({ ONERROR: 'x' })).toThrow(/not allowed/);
  });

  it('leaves out false and empty values, writes true as an empty attribute', () => {
    expect(attributeList({ href: '#/x', hidden: true, open: false, title: null, tabindex: -1 })).toEqual([
      ['href', '#/x'],
      ['hidden', ''],
      ['tabindex', '-1'],
    ]);
  });
});

describe('safeExternalUrl', () => {
  it('keeps web addresses only', () => {
    expect(safeExternalUrl('https://example.org/a?b=1')).toBe('https://example.org/a?b=1');
    expect(safeExternalUrl('http://example.org')).toBe('http://example.org/');
    for (const bad of ['javascript:alert(1)', ' JavaScript:alert(1)', 'data:text/html,<script>1</script>', 'vbscript:x', '/relative', '', null, undefined]) {
      expect(safeExternalUrl(bad), String(bad)).toBeNull();
    }
  });
});
