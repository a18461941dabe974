import chardet from 'chardet';
import iconv from 'iconv-lite';
import type { Settings } from '../core/settings.js';
import { RasidError } from '../core/errors.js';
import { controlShare, knownBinaryFormat } from './sniff.js';

/** Decoded text and the encoding it was read in. */
export interface Decoded {
  text: string;
  encoding: string;
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];

/** The charset an HTML page declares in a meta tag, or null. */
export function declaredHtmlCharset(bytes: Uint8Array): string | null {
  // The declaration must sit in the first 1024 bytes (HTML's prescan rule); ASCII-compatible
  // encodings keep it readable as latin1.
  const head = Buffer.from(bytes.subarray(0, 2048)).toString('latin1');
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return m ? m[1]!.toLowerCase() : null;
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
}

/**
 * Guesses UTF-16 without a byte order mark. In UTF-16 text of Arabic or Latin script, one byte
 * of each pair is nearly always 0x00 (ASCII) or 0x06 (the Arabic block); in 8-bit encodings
 * that pattern does not occur.
 */
function guessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length - (bytes.length % 2), 8192);
  if (n < 8) return null;
  let evenHigh = 0;
  let oddHigh = 0;
  for (let i = 0; i < n; i += 2) {
    const a = bytes[i]!;
    const b = bytes[i + 1]!;
    if (a === 0x00 || a === 0x06 || a === 0x20 || a === 0xfe) evenHigh++;
    if (b === 0x00 || b === 0x06 || b === 0x20 || b === 0xfe) oddHigh++;
  }
  const pairs = n / 2;
  if (oddHigh / pairs > 0.9 && evenHigh / pairs < 0.5) return 'utf-16le';
  if (evenHigh / pairs > 0.9 && oddHigh / pairs < 0.5) return 'utf-16be';
  return null;
}

function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return null;
  }
}

function replacementShare(text: string): number {
  if (!text.length) return 0;
  let n = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 0xfffd) n++;
  return n / text.length;
}

function decodeWith(bytes: Uint8Array, encoding: string): string | null {
  if (!iconv.encodingExists(encoding)) return null;
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding, { stripBOM: true });
}

/**
 * Decodes bytes to NFC text, detecting the encoding: byte order marks first, then UTF-16
 * without BOM, then strict UTF-8, then an HTML-declared charset, then statistical detection
 * (chardet) among the encodings iconv-lite knows, which covers windows-1256 and ISO-8859-6.
 * Throws RasidError E_EMPTY, E_BINARY or E_DECODE.
 */
export function decodeBytes(bytes: Uint8Array, settings: Settings, subject?: string): Decoded {
  if (bytes.length === 0) throw new RasidError('E_EMPTY', 'the input is empty (0 bytes)', subject);
  const binary = knownBinaryFormat(bytes);
  if (binary) throw new RasidError('E_BINARY', `the input is a ${binary}, not text`, subject);

  let decoded: Decoded | null = null;
  if (startsWith(bytes, UTF8_BOM)) decoded = { text: strictUtf8(bytes.subarray(3)) ?? '', encoding: 'utf-8' };
  else if (startsWith(bytes, [0xff, 0xfe])) decoded = { text: decodeWith(bytes, 'utf-16le')!, encoding: 'utf-16le' };
  else if (startsWith(bytes, [0xfe, 0xff])) decoded = { text: decodeWith(bytes, 'utf-16be')!, encoding: 'utf-16be' };
  if (decoded && decoded.text === '' && bytes.length > 3) {
    throw new RasidError('E_DECODE', 'the input has a UTF-8 byte order mark but is not valid UTF-8', subject);
  }
  if (!decoded) {
    const u16 = guessUtf16(bytes);
    if (u16) decoded = { text: decodeWith(bytes, u16)!, encoding: u16 };
  }
  if (!decoded) {
    const utf8 = strictUtf8(bytes);
    if (utf8 !== null) decoded = { text: utf8, encoding: 'utf-8' };
  }
  if (!decoded) decoded = decodeLegacy(bytes, settings);
  if (!decoded) throw new RasidError('E_DECODE', 'the bytes are not valid in any supported encoding', subject);

  const text = decoded.text.replace(/^\uFEFF/, '').normalize('NFC');
  if (text.trim() === '') throw new RasidError('E_EMPTY', 'the input has no visible text', subject);
  const ctl = controlShare(text);
  if (ctl > settings.ingest.maxControlShare) {
    throw new RasidError('E_BINARY', `the input looks binary (${(ctl * 100).toFixed(1)}% control characters)`, subject);
  }
  if (replacementShare(text) > settings.ingest.maxReplacementShare) {
    throw new RasidError('E_DECODE', `the input does not decode cleanly as ${decoded.encoding}`, subject);
  }
  return { text, encoding: decoded.encoding };
}

/**
 * The Arabic code page of 8-bit text, when it is one. Both windows-1256 and ISO-8859-6 decode
 * Arabic letters from the high bytes, but ISO-8859-6 leaves many bytes undefined and
 * windows-1256 puts accented Latin letters where ISO-8859-6 has Arabic ones: each wrong reading
 * shows as replacement characters or Latin letters among Arabic ones.
 */
function guessArabicCodepage(sample: Uint8Array): string | null {
  let best: { enc: string; score: number; share: number } | null = null;
  for (const enc of ['windows-1256', 'iso-8859-6']) {
    const text = decodeWith(sample, enc) ?? '';
    let arabic = 0;
    let wrong = 0;
    let latin = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0x0621 && c <= 0x064a) arabic++;
      else if (c === 0xfffd || (c >= 0xc0 && c <= 0xff)) wrong++;
      else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) latin++;
    }
    const score = arabic - 5 * wrong;
    const share = arabic / Math.max(1, arabic + latin + wrong);
    if (!best || score > best.score) best = { enc, score, share };
  }
  return best && best.score > 0 && best.share >= 0.5 ? best.enc : null;
}

/** 8-bit encodings: the page's own declaration when it decodes cleanly, then an Arabic code
 * page when the bytes read as one, else chardet's best guess. */
function decodeLegacy(bytes: Uint8Array, settings: Settings): Decoded | null {
  const declared = declaredHtmlCharset(bytes);
  if (declared && declared !== 'utf-8' && declared !== 'utf8') {
    const text = decodeWith(bytes, declared);
    if (text !== null && replacementShare(text) <= settings.ingest.maxReplacementShare) return { text, encoding: declared };
  }
  const arabic = guessArabicCodepage(bytes.subarray(0, settings.ingest.detectSampleBytes));
  if (arabic) {
    const text = decodeWith(bytes, arabic);
    if (text !== null && replacementShare(text) <= settings.ingest.maxReplacementShare) return { text, encoding: arabic };
  }
  const sample = bytes.subarray(0, settings.ingest.detectSampleBytes);
  for (const guess of chardet.analyse(sample)) {
    const name = guess.name.toLowerCase();
    if (name === 'utf-8' || name.startsWith('utf-16') || name.startsWith('utf-32')) continue;
    const text = decodeWith(bytes, name);
    if (text !== null && replacementShare(text) <= settings.ingest.maxReplacementShare) return { text, encoding: name };
  }
  return null;
}
