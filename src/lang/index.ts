import { arabic } from './ar/index.js';
import type { LanguagePack } from './language.js';

export type { LanguagePack } from './language.js';

/** The language used when a document does not name one it has a pack for: Arabic. */
export const defaultLanguage: LanguagePack = arabic;

const PACKS: ReadonlyMap<string, LanguagePack> = new Map([[arabic.code, arabic]]);

/** The pack for a BCP 47 code (`ar`, `ar-EG`), falling back to the default language. */
export function languageFor(code: string | null | undefined): LanguagePack {
  if (!code) return defaultLanguage;
  return PACKS.get(code.toLowerCase().split('-')[0] ?? '') ?? defaultLanguage;
}
