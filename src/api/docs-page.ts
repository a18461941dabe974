/**
 * The API reference page at /api/docs, written from the OpenAPI document: every route with its
 * parameters and answers. Plain HTML with no script and no inline style, so the strict CSP holds.
 */

const esc = (s: unknown): string => String(s ?? '').replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

interface OperationDoc {
  summary?: string;
  description?: string;
  parameters?: { name: string; in: string; required?: boolean; description?: string; schema?: { type?: string; enum?: unknown[] } }[];
  requestBody?: { content?: Record<string, unknown> };
  responses?: Record<string, { description?: string }>;
  security?: unknown[];
}

/** The HTML page for an OpenAPI document. */
export function docsPage(doc: { info?: { title?: string; version?: string }; paths?: Record<string, Record<string, OperationDoc>> }): string {
  const rows: string[] = [];
  for (const [path, ops] of Object.entries(doc.paths ?? {})) {
    for (const [method, op] of Object.entries(ops)) {
      const params = (op.parameters ?? []).map((p) =>
        `<li><code>${esc(p.name)}</code> (${esc(p.in)}${p.required ? ', required' : ''}${p.schema?.enum ? `: ${p.schema.enum.map(esc).join(' | ')}` : ''}) ${esc(p.description)}</li>`).join('');
      const body = op.requestBody?.content ? `<p>Body: ${Object.keys(op.requestBody.content).map((t) => `<code>${esc(t)}</code>`).join(', ')}</p>` : '';
      const answers = Object.entries(op.responses ?? {}).map(([code, r]) => `<li><code>${esc(code)}</code> ${esc(r.description)}</li>`).join('');
      rows.push(`<section id="${esc(`${method}-${path}`)}">
<h2><code>${esc(method.toUpperCase())} ${esc(path)}</code></h2>
<p>${esc(op.summary)}${op.security?.length ? ' <strong>(needs the token)</strong>' : ''}</p>
${op.description ? `<p>${esc(op.description)}</p>` : ''}
${params ? `<h3>Parameters</h3><ul>${params}</ul>` : ''}${body}
<h3>Answers</h3><ul>${answers}</ul>
</section>`);
    }
  }
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${esc(doc.info?.title)} reference</title></head>
<body>
<h1>${esc(doc.info?.title)} ${esc(doc.info?.version)}</h1>
<p>Every answer is JSON; errors are <code>{"error": {"code", "message", "details"?}}</code>. Lists are
<code>{"items", "total", "limit", "offset"}</code>. Writes need <code>Authorization: Bearer TOKEN</code>.
The machine-readable description is <a href="/openapi.json">/openapi.json</a> (OpenAPI 3.1).</p>
${rows.join('\n')}
</body></html>
`;
}
