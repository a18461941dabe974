import { ApiError, api } from '../http/client.js';
import type { AddResult } from '../http/types.js';
import { h, replace } from '../dom/h.js';
import { errorBox } from '../components/feedback.js';
import { dataText, idText } from '../components/labels.js';
import { t } from '../i18n/i18n.js';
import { routeHref } from '../router.js';

const TOKEN_KEY = 'rasid.token';

/** One request to send: what it is called in the results, its body and content type. */
interface Submission {
  label: string;
  body: string;
  contentType: string;
}

/** The content type a file is sent as, from its name (the server sniffs the rest). */
export function contentTypeOf(name: string): string {
  if (/\.jsonl$/i.test(name)) return 'application/x-ndjson';
  if (/\.html?$/i.test(name)) return 'text/html';
  return 'text/plain';
}

function savedToken(): string {
  try {
    return sessionStorage.getItem(TOKEN_KEY) ?? '';
  } catch {
    return '';
  }
}

function keepToken(token: string, remember: boolean): void {
  try {
    if (remember && token) sessionStorage.setItem(TOKEN_KEY, token);
    else sessionStorage.removeItem(TOKEN_KEY);
  } catch {
    // storage can be off: the token is then asked for again next time
  }
}

function labelled(id: string, label: string, control: HTMLElement, hint?: string): HTMLElement {
  if (hint) control.setAttribute('aria-describedby', `${id}-hint`);
  return h('div', { class: `field field-${id}` }, h('label', { for: id }, label), control, hint ? h('small', { class: 'hint', id: `${id}-hint` }, hint) : null);
}

function resultRow(source: string, r: AddResult): HTMLElement {
  return h(
    'tr',
    { class: `result result-${r.status}` },
    h('td', {}, dataText(source)),
    h('td', {}, r.id === null ? t('common.none') : r.status === 'failed' ? idText(r.id) : h('a', { href: routeHref('document', r.id) }, idText(r.id))),
    h('td', {}, h('span', { class: `badge result-${r.status}` }, t(`add.status.${r.status}`)), r.code ? h('code', {}, ` ${r.code}`) : null, r.message ? h('small', { class: 'message', dir: 'auto' }, ` ${r.message}`) : null),
    h('td', {}, String(r.events)),
    h('td', {}, ...r.clusters.flatMap((c, i) => [i ? ' ' : '', h('a', { href: routeHref('event', c), class: 'cluster-link' }, `${t('event.title')} ${i + 1}`)])),
  );
}

function requestError(err: unknown): HTMLElement {
  if (err instanceof ApiError && err.status === 401) return h('p', { class: 'error', role: 'alert' }, t('add.errorUnauthorized'), ' ', h('code', {}, err.code));
  if (err instanceof ApiError && err.status === 413) return h('p', { class: 'error', role: 'alert' }, t('add.errorTooLarge'), ' ', h('code', {}, err.code));
  if (err instanceof ApiError && err.status === 415) return h('p', { class: 'error', role: 'alert' }, t('add.errorType'), ' ', h('code', {}, err.code));
  return errorBox(err);
}

/** The page to add articles: paste or upload, send with the token, see what was stored and its events. */
export function addPage(): HTMLElement {
  const content = h('textarea', { id: 'add-content', name: 'content', rows: 10, dir: 'auto' });
  const asHtml = h('input', { type: 'radio', name: 'format', value: 'html', id: 'add-format-html' });
  const asText = h('input', { type: 'radio', name: 'format', value: 'text', id: 'add-format-text', checked: true });
  const title = h('input', { id: 'add-title', name: 'title', type: 'text', dir: 'auto' });
  const outlet = h('input', { id: 'add-outlet', name: 'outlet', type: 'text', dir: 'auto' });
  const url = h('input', { id: 'add-url', name: 'url', type: 'url', dir: 'ltr' });
  const published = h('input', { id: 'add-published', name: 'published', type: 'text', dir: 'ltr', pattern: '\\d{4}-\\d{2}-\\d{2}.*' });
  const files = h('input', { id: 'add-files', name: 'files', type: 'file', multiple: true, accept: '.txt,.html,.htm,.jsonl,text/plain,text/html' });
  const token = h('input', { id: 'add-token', name: 'token', type: 'password', autocomplete: 'off', dir: 'ltr', value: savedToken() });
  const remember = h('input', { id: 'add-remember', type: 'checkbox', checked: !!savedToken() });
  const submit = h('button', { type: 'submit' }, t('add.submit'));
  const status = h('div', { class: 'add-status', role: 'status', 'aria-live': 'polite' });
  const results = h('div', { class: 'add-results' });

  const form = h(
    'form',
    { class: 'add-form' },
    h(
      'fieldset',
      {},
      h('legend', {}, t('add.paste')),
      labelled('add-content', t('add.content'), content),
      h(
        'fieldset',
        { class: 'inline' },
        h('legend', {}, t('add.format')),
        h('label', { for: 'add-format-text' }, asText, ' ', t('add.formatText')),
        h('label', { for: 'add-format-html' }, asHtml, ' ', t('add.formatHtml')),
      ),
      h('div', { class: 'fields' }, labelled('add-title', t('add.articleTitle'), title), labelled('add-outlet', t('add.outlet'), outlet), labelled('add-url', t('add.url'), url), labelled('add-published', t('add.published'), published)),
    ),
    h('fieldset', {}, h('legend', {}, t('add.files')), labelled('add-files', t('add.filesLabel'), files)),
    h('fieldset', {}, h('legend', {}, t('add.token')), labelled('add-token', t('add.token'), token, t('add.tokenHint')), h('label', { for: 'add-remember', class: 'check' }, remember, ' ', t('add.remember'))),
    h('div', { class: 'actions' }, submit),
  );

  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    void (async () => {
      const batch: Submission[] = [];
      const text = content.value;
      if (text.trim()) {
        const article: Record<string, string> = { [asHtml.checked ? 'html' : 'text']: text };
        for (const [k, el] of [['title', title], ['outlet', outlet], ['url', url], ['published', published]] as const) if (el.value.trim()) article[k] = el.value.trim();
        batch.push({ label: title.value.trim() || t('add.pasted'), body: JSON.stringify(article), contentType: 'application/json' });
      }
      for (const f of Array.from(files.files ?? [])) batch.push({ label: f.name, body: await f.text(), contentType: contentTypeOf(f.name) });
      if (!batch.length) return replace(status, h('p', { class: 'error', role: 'alert' }, t('add.nothing')));
      keepToken(token.value.trim(), remember.checked);
      submit.disabled = true;
      replace(status, h('p', {}, t('add.sending')));
      const rows: HTMLElement[] = [];
      const counts = { stored: 0, duplicate: 0, failed: 0 };
      const errors: HTMLElement[] = [];
      for (const item of batch) {
        try {
          const answer = await api.addDocuments(item.body, item.contentType, token.value.trim());
          for (const r of answer.results) {
            counts[r.status] += 1;
            rows.push(resultRow(item.label, r));
          }
        } catch (err) {
          errors.push(h('div', {}, h('strong', {}, dataText(item.label)), ' ', requestError(err)));
        }
      }
      submit.disabled = false;
      replace(status, h('p', {}, t('add.summary', counts)), ...errors);
      replace(
        results,
        rows.length
          ? h(
              'table',
              { class: 'results' },
              h('caption', {}, t('add.results')),
              h('thead', {}, h('tr', {}, ...(['add.source', 'add.colDocument', 'add.colResult', 'add.colEvents', 'add.colClusters'] as const).map((k) => h('th', { scope: 'col' }, t(k))))),
              h('tbody', {}, ...rows),
            )
          : null,
      );
      if (rows.some((r) => r.classList.contains('result-stored'))) content.value = '';
    })();
  });

  return h('section', { class: 'page' }, h('h1', { tabindex: '-1' }, t('add.title')), h('p', { class: 'intro' }, t('add.intro')), form, status, results);
}
