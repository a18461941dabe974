import type { InputFormat } from '../core/document.js';

/** Magic numbers of binary formats people pass by mistake, so the error can name what it saw. */
const MAGIC: readonly { name: string; bytes: readonly number[] }[] = [
  { name: 'PNG image', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { name: 'JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { name: 'GIF image', bytes: [0x47, 0x49, 0x46, 0x38] },
  { name: 'PDF document', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { name: 'ZIP archive (or DOCX/XLSX)', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'ELF executable', bytes: [0x7f, 0x45, 0x4c, 0x46] },
  { name: 'WebP/RIFF media', bytes: [0x52, 0x49, 0x46, 0x46] },
  { name: 'WebAssembly module', bytes: [0x00, 0x61, 0x73, 0x6d] },
  { name: '7-Zip archive', bytes: [0x37, 0x7a, 0xbc, 0xaf] },
];

/** The gzip magic number: `.gz` inputs are decompressed before decoding. */
export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/** The name of a known binary format the bytes start with, or null. */
export function knownBinaryFormat(bytes: Uint8Array): string | null {
  for (const m of MAGIC) {
    if (bytes.length >= m.bytes.length && m.bytes.every((b, i) => bytes[i] === b)) return m.name;
  }
  return null;
}

/** Share of characters that are control characters no text contains (NUL, bell, escape …). */
export function controlShare(text: string): number {
  if (text.length === 0) return 0;
  let bad = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0x7f) bad++;
  }
  return bad / text.length;
}

/** The input format of a file name, or null when the extension says nothing (then sniff). */
export function formatOfPath(path: string): InputFormat | 'jsonl' | null {
  const p = path.toLowerCase().replace(/\.gz$/, '');
  if (p.endsWith('.html') || p.endsWith('.htm') || p.endsWith('.xhtml')) return 'html';
  if (p.endsWith('.txt') || p.endsWith('.text')) return 'text';
  if (p.endsWith('.jsonl') || p.endsWith('.ndjson')) return 'jsonl';
  return null;
}

/** True for file names the ingester reads when walking a folder. */
export function isSupportedPath(path: string): boolean {
  return formatOfPath(path) !== null;
}

/** Guesses whether decoded text is HTML: a doctype, an html/body tag, or several block tags. */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 4096).toLowerCase();
  if (/<!doctype html|<html[\s>]|<body[\s>]|<head[\s>]/.test(head)) return true;
  const tags = text.slice(0, 65536).match(/<\/?(p|div|article|span|a|br|h[1-6]|section|li)[\s>/]/gi);
  return (tags?.length ?? 0) >= 3;
}
