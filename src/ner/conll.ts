/**
 * CoNLL files: one token a line with its columns (tab-separated, or space-separated when a line
 * has no tab), a blank line between sentences. The token is the first column and, in tagged
 * files, the tag is the last; other columns are kept but not read.
 */

/** A sentence of a CoNLL file. */
export interface ConllSentence {
  tokens: string[];
  /** the last column of each line when lines have two columns or more, else null */
  tags: string[] | null;
  /** the lines as read (without line ends), for writing them back with a column added */
  lines: string[];
}

/** The columns of one line: tab-separated when it has a tab, else whitespace-separated. */
export function columnsOf(line: string): string[] {
  return line.includes('\t') ? line.split('\t') : line.trim().split(/\s+/);
}

/** Whether a line separates sentences (empty or only spaces). */
function isBlank(line: string): boolean {
  return line.trim() === '';
}

/**
 * The sentences of CoNLL text: `readConll('قال\tO\nبوش\tB-PERS\n\n')` → one sentence, tokens
 * قال بوش, tags O B-PERS. Sentences whose lines lack a tag column have `tags: null`.
 */
export function readConll(text: string): ConllSentence[] {
  const out: ConllSentence[] = [];
  let cur: ConllSentence | null = null;
  let tagged = true;
  const close = (): void => {
    if (cur) {
      if (!tagged) cur.tags = null;
      out.push(cur);
    }
    cur = null;
    tagged = true;
  };
  for (const raw of text.split('\n')) {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (isBlank(line)) {
      close();
      continue;
    }
    cur ??= { tokens: [], tags: [], lines: [] };
    const cols = columnsOf(line);
    cur.tokens.push(cols[0]!);
    cur.lines.push(line);
    if (cols.length >= 2) cur.tags!.push(cols[cols.length - 1]!);
    else tagged = false;
  }
  close();
  return out;
}

/** Two-column CoNLL text of sentences and their tags: `token<TAB>tag`, a blank line after each sentence. */
export function writeConll(sentences: readonly { tokens: readonly string[]; tags: readonly string[] }[]): string {
  let s = '';
  for (const sent of sentences) {
    for (let i = 0; i < sent.tokens.length; i++) s += `${sent.tokens[i]}\t${sent.tags[i] ?? 'O'}\n`;
    s += '\n';
  }
  return s;
}
