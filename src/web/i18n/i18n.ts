import { EN, type Catalogue, type MessageKey } from './messages-en.js';

/** The interface languages. Arabic is the default: the app is for readers of Arabic news. */
export type Lang = 'ar' | 'en';

const STORAGE_KEY = 'rasid.lang';
const DIRECTION: Record<Lang, 'rtl' | 'ltr'> = { ar: 'rtl', en: 'ltr' };

const catalogues: Partial<Record<Lang, Catalogue>> = { en: EN };
let current: Lang = 'ar';

/** Fills `{name}` placeholders; a missing value leaves the placeholder visible, not blank. */
export function format(message: string, params: Record<string, string | number> = {}): string {
  return message.replace(/\{(\w+)\}/g, (all, name: string) => (name in params ? String(params[name]) : all));
}

/** The message `key` in the current language. */
export function t(key: MessageKey, params?: Record<string, string | number>): string {
  return format(catalogues[current]?.[key] ?? EN[key], params);
}

/** The message `key` if the key exists (for codes from data, such as `type.CONSULT`), else `fallback`. */
export function tOr(key: string, fallback: string, params?: Record<string, string | number>): string {
  return key in EN ? t(key as MessageKey, params) : fallback;
}

/** A message of another language, e.g. the name of the language the switch leads to. */
export function tIn(lang: Lang, key: MessageKey): string {
  return catalogues[lang]?.[key] ?? EN[key];
}

/** The language in use. */
export function lang(): Lang {
  return current;
}

/** The other language, which the switch offers. */
export function otherLang(): Lang {
  return current === 'ar' ? 'en' : 'ar';
}

/** The locale for dates, numbers and country names (from the catalogue). */
export function locale(): string {
  return t('lang.locale');
}

/** The language chosen earlier, else Arabic. */
export function savedLang(): Lang {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'ar';
  } catch {
    return 'ar';
  }
}

/** Loads the Arabic catalogue (a data file served beside the app); English is built in. */
export async function loadCatalogues(): Promise<void> {
  if (catalogues.ar) return;
  const res = await fetch('/messages/ar.json');
  if (!res.ok) throw new Error(`the Arabic messages could not be loaded (${res.status})`);
  catalogues.ar = (await res.json()) as Catalogue;
}

/** Switches the language: the document's `lang` and `dir` follow, and the choice is kept. */
export function setLang(next: Lang): void {
  current = next;
  document.documentElement.lang = next;
  document.documentElement.dir = DIRECTION[next];
  try {
    localStorage.setItem(STORAGE_KEY, next);
  } catch {
    // storage can be off (private windows, policies): the switch still works for this visit
  }
}
