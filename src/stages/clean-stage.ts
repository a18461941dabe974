import type { NewsDocument } from '../core/document.js';
import { RasidError } from '../core/errors.js';
import { OffsetMapBuilder } from '../core/offset-map.js';
import type { Stage } from '../core/pipeline.js';
import { htmlToPositionedText } from '../html/html-text.js';

/**
 * Keeps the non-blank lines of `source`, trimmed, joined by single newlines, and returns them
 * with a map back into `source`.
 */
function nonBlankLines(source: string): { text: string; builder: OffsetMapBuilder } {
  const b = new OffsetMapBuilder();
  let text = '';
  let pos = 0;
  for (const line of source.split('\n')) {
    const lead = line.length - line.trimStart().length;
    const body = line.trim();
    if (body) {
      if (text) {
        text += '\n';
        b.insert(1);
      }
      b.copy(pos + lead, body.length);
      text += body;
    }
    pos += line.length + 1;
  }
  return { text, builder: b };
}

/** Sets `doc.text` from the raw page: the visible text of HTML, the non-blank lines of text. */
function extractText(doc: NewsDocument): void {
  if (doc.format === 'html') {
    const page = htmlToPositionedText(doc.raw);
    const lines = nonBlankLines(page.text);
    doc.text = lines.text;
    doc.offsets = lines.builder.build(page.text.length).compose(page.map);
    doc.meta.title ??= page.title;
  } else {
    const lines = nonBlankLines(doc.raw);
    doc.text = lines.text;
    doc.offsets = lines.builder.build(doc.raw.length);
  }
  if (doc.text.trim() === '') throw new RasidError('E_NO_TEXT', 'the page has no visible text', doc.source);
}

/** The cleaning stage: the article text of the page, with its offset map to the raw input. */
export const cleanStage: Stage = {
  name: 'clean',
  description: 'extracts the article text from the raw page and maps it back to the raw input',
  run(doc) {
    extractText(doc);
  },
};
