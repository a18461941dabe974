import type { Command } from 'commander';
import { readFlatPage } from '../../clean/flat-text.js';
import { resolveSettings } from '../../core/settings.js';
import { createDocument } from '../../ingest/create-document.js';
import { readInputs } from '../../ingest/sources.js';
import { extractHtmlArticle } from '../../html/html-article.js';
import { EXIT } from '../exit-codes.js';
import { writeOut } from '../common.js';

/** `rasid explain PATH...`: how the cleaner labelled every line of each page, and by which rule. */
export function registerExplain(program: Command, setExit: (code: number) => void): void {
  program
    .command('explain')
    .description('show how the cleaning stage labelled every line of each page (title, meta, body, boilerplate, segment) and by which rule')
    .argument('<paths...>', 'files, folders or glob patterns')
    .action(async (paths: string[]) => {
      const settings = resolveSettings();
      let failed = 0;
      for await (const input of readInputs(paths, { settings })) {
        let doc;
        try {
          doc = createDocument(input, settings);
        } catch (err) {
          failed++;
          process.stderr.write(`rasid: ${input.source}: ${err instanceof Error ? err.message : String(err)}\n`);
          continue;
        }
        const article = doc.format === 'html' ? extractHtmlArticle(doc.raw, { settings: settings.html }) : null;
        const flat = readFlatPage(article?.text ?? doc.raw, settings, { extracted: !!article, knownTitle: article?.title ?? null });
        await writeOut(`== ${doc.source}\n`);
        for (const l of flat.lines) {
          if (l.label === 'blank') continue;
          const tag = `${l.label}/${l.rule}`.padEnd(30);
          await writeOut(`${String(l.index + 1).padStart(4)}  ${tag} ${l.text.length > 90 ? l.text.slice(0, 89) + '…' : l.text}\n`);
        }
        await writeOut(`   title: ${flat.title?.text ?? '—'} | author: ${flat.author ?? '—'} | outlet: ${flat.outlet ?? '—'} | segments: ${flat.segments.length}\n\n`);
      }
      setExit(failed ? EXIT.PARTIAL : EXIT.OK);
    });
}
