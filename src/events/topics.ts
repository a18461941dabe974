import type { NewsDocument, Token } from '../core/document.js';
import type { EventSettings } from './event-settings.js';
import type { CompiledEvents, TriggerHit } from './find-events.js';

/**
 * What an event was about: the phrases after a topic marker of its clause (`لمناقشة الأمن
 * السيبراني وجهود مكافحة الإرهاب`, `بحثا تطورات الوضع في ليبيا`), split at the coordinating
 * conjunction, up to the end of the clause. Each phrase keeps at most `topicWords` words, as
 * written in the text (the conjunction taken off), so it can be shown and searched as it stands.
 */
export function topicsOf(hit: TriggerHit, doc: NewsDocument, ce: CompiledEvents, s: EventSettings): string[] {
  const tokens = doc.layers.tokens;
  const end = hit.sentence.tokenEnd;
  let i = hit.token;
  // the marker may be the trigger itself (`تناول`) or follow it in its clause, before any other trigger
  while (i < end && !ce.topic.match(tokens[i]!) && (i === hit.token || !ce.triggers.match(tokens[i]!))) i++;
  if (i >= end || !ce.topic.match(tokens[i]!)) return [];
  // each phrase as its tokens and the text kept of each (the first without its conjunction)
  const phrases: { token: Token; text: string }[][] = [];
  let current: { token: Token; text: string }[] = [];
  const close = (): void => {
    if (current.length) phrases.push(current.slice(0, s.topicWords));
    current = [];
  };
  let k = i + 1;
  // the subject of a verb marker, when it names the event again (`وتناول اللقاء الوضع …`)
  while (k < end && ce.triggers.match(tokens[k]!)) k++;
  for (; k < end && phrases.length < s.maxTopics; k++) {
    const t = tokens[k]!;
    if (t.kind === 'punct' || ce.clauseBreak.match(t) || ce.topicEnd.match(t)) break;
    // `و` opens another phrase when the tokenizer split it off, or before the article (`والساحل`);
    // an indefinite word may begin with a root `و` (`وفد`, `وزير`), so it stays whole
    const conj = t.clitics[0]?.role === 'conjunction' ? t.clitics[0].end - t.start : ce.conjunctionBeforeArticle.test(t.norm) ? 1 : 0;
    if (conj && current.length) close();
    current.push({ token: t, text: t.text.slice(conj) });
  }
  close();
  return phrases
    .map((p) => {
      // a phrase cut short keeps no dangling preposition (`سبل ترقية التعاون في`)
      while (p.length > 1 && ce.nameStop.match(p[p.length - 1]!.token)) p.pop();
      return p.map((w) => w.text).join(' ');
    })
    .filter((p) => p.length > 2);
}
