import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { RasidError } from '../core/errors.js';
import { resolveSettings } from '../core/settings.js';
import { decodeBytes } from './decode.js';

const settings = resolveSettings();
const AR = 'وصل وزير الدفاع الأمريكي إلى الجزائر العاصمة في زيارة رسمية تدوم يومين، التقى خلالها رئيس الجمهورية.';

function codeOf(fn: () => unknown): string | null {
  try {
    fn();
    return null;
  } catch (err) {
    return err instanceof RasidError ? err.code : 'not a RasidError';
  }
}

describe('decodeBytes', () => {
  it.each([
    ['utf-8', Buffer.from(AR, 'utf8')],
    ['utf-8', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(AR, 'utf8')])],
    ['utf-16le', Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(AR, 'utf-16le')])],
    ['utf-16be', Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(AR, 'utf-16be')])],
    ['utf-16le', iconv.encode(AR, 'utf-16le')],
    ['utf-16be', iconv.encode(AR, 'utf-16be')],
    ['windows-1256', iconv.encode(AR, 'windows-1256')],
    ['iso-8859-6', iconv.encode(AR, 'iso-8859-6')],
  ])('reads %s', (encoding, bytes) => {
    const out = decodeBytes(bytes, settings);
    expect(out.encoding).toBe(encoding);
    expect(out.text).toBe(AR);
  });

  it('follows a declared HTML charset when it decodes cleanly', () => {
    const html = `<html><head><meta charset="windows-1256"></head><body><p>${AR}</p></body></html>`;
    const out = decodeBytes(iconv.encode(html, 'windows-1256'), settings);
    expect(out.encoding).toBe('windows-1256');
    expect(out.text).toContain(AR);
  });

  it('composes decomposed text to NFC', () => {
    // alef + combining hamza above (U+0654) composes to U+0623
    expect(decodeBytes(Buffer.from('\u0627\u0654حمد', 'utf8'), settings).text).toBe('أحمد');
  });

  it('refuses bad input with stable codes', () => {
    expect(codeOf(() => decodeBytes(new Uint8Array(), settings))).toBe('E_EMPTY');
    expect(codeOf(() => decodeBytes(Buffer.from(' \n\t '), settings))).toBe('E_EMPTY');
    expect(codeOf(() => decodeBytes(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]), settings))).toBe('E_BINARY');
    expect(codeOf(() => decodeBytes(Buffer.from('%PDF-1.7\n…'), settings))).toBe('E_BINARY');
    expect(codeOf(() => decodeBytes(Buffer.from([...Array(200).keys()].map((i) => i % 9)), settings))).toBe('E_BINARY');
    expect(codeOf(() => decodeBytes(Buffer.from([0xef, 0xbb, 0xbf, 0xc3, 0x28, 0xa0, 0xa1]), settings))).toBe('E_DECODE');
  });
});
