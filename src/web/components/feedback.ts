import { ApiError } from '../http/client.js';
import { h } from '../dom/h.js';
import { t } from '../i18n/i18n.js';

/** "Loading…", announced politely to screen readers. */
export function loading(): HTMLElement {
  return h('p', { class: 'loading', role: 'status' }, t('common.loading'));
}

/** A failure, announced at once; the server's stable code stays visible for reports. */
export function errorBox(err: unknown): HTMLElement {
  if (err instanceof ApiError) {
    if (err.code === 'E_NETWORK') return h('p', { class: 'error', role: 'alert' }, t('common.errorNetwork'));
    if (err.status === 404) return h('p', { class: 'error', role: 'alert' }, t('common.notFound'), ' ', h('code', {}, err.code));
    return h('p', { class: 'error', role: 'alert' }, t('common.error', { message: err.message }), ' ', h('code', {}, err.code));
  }
  return h('p', { class: 'error', role: 'alert' }, t('common.error', { message: err instanceof Error ? err.message : String(err) }));
}

/** An empty result, said in words. */
export function emptyNote(message: string = t('common.empty')): HTMLElement {
  return h('p', { class: 'empty' }, message);
}
