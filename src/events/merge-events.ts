import type { DocEvent } from '../core/document.js';
import { dayRange } from '../time/date-range.js';
import type { DraftEvent } from './find-events.js';

/** True when two event dates can be the same day or period (an unknown date fits any). */
export function datesCompatible(a: DocEvent['date'], b: DocEvent['date']): boolean {
  if (!a.value || !b.value) return true;
  const x = dayRange(a.value);
  const y = dayRange(b.value);
  if (!x || !y) return a.value === b.value;
  return x.start <= y.end && y.start <= x.end;
}

/** Whether `later` is another mention of `earlier` in the same document. */
function sameEvent(earlier: DraftEvent, later: DraftEvent): boolean {
  if (earlier.type !== later.type || earlier.status !== later.status) return false;
  if (!datesCompatible(earlier.date, later.date)) return false;
  // two triggers of one clause (`استقبل … وبحث معه`) tell one event, unless one frames the other
  if (earlier.sentence === later.sentence && !earlier.frame && !later.frame) return true;
  // across sentences, the same word again (`الاجتماع` … `الاجتماع`) refers back, as does another
  // word with exactly the same date (`اجتماع … من 4 إلى 6 ديسمبر`, `حوار … من 4 إلى 6 ديسمبر`)
  if (earlier.lemma === later.lemma) return true;
  return !!earlier.date.value && earlier.date.value === later.date.value;
}

/** Whether an undated definite mention (`الاجتماع`, `المحادثات`) can refer back to `earlier`:
 * the same kind of event, whatever the modality the new sentence wraps it in (`من المتوقع أن
 * تركز المحادثات على …` speaks of talks already told, not of new ones). */
function refersBack(earlier: DraftEvent, later: DraftEvent): boolean {
  return later.anaphoric && !later.date.value && earlier.type === later.type;
}

/** Folds `later` into `earlier`: evidence, participants and countries are united, the date kept when known. */
function fold(earlier: DraftEvent, later: DraftEvent): void {
  earlier.evidence.push(...later.evidence.filter((e) => !earlier.evidence.some((x) => x.start === e.start)));
  for (const p of later.participants) if (!earlier.participants.some((q) => q.entity === p.entity)) earlier.participants.push(p);
  earlier.countries = [...new Set([...earlier.countries, ...later.countries])].sort();
  if (!earlier.date.value && later.date.value) {
    earlier.date = later.date;
    earlier.bound = later.bound;
  }
  earlier.location ??= later.location;
  for (const l of later.lemmas) if (!earlier.lemmas.includes(l)) earlier.lemmas.push(l);
  for (const n of later.names) if (!earlier.names.includes(n)) earlier.names.push(n);
  for (const t of later.topics) if (!earlier.topics.includes(t)) earlier.topics.push(t);
}

/** A clause framed by an event (`خلال الحوار المشترك، بحثت مائدة مستديرة …`) happens between
 * the frame's parties and where the frame did: it takes their countries when it names fewer than
 * two itself, and the frame's place when it names none. */
function inheritFrame(frame: DraftEvent, d: DraftEvent): void {
  if (d.countries.length < 2) d.countries = [...new Set([...d.countries, ...frame.countries])].sort();
  d.location ??= frame.location;
}

/** One event per real-world event of the document: later mentions fold into the first. */
export function mergeEvents(drafts: readonly DraftEvent[]): DraftEvent[] {
  const out: DraftEvent[] = [];
  const frames = new Map<DraftEvent['sentence'], DraftEvent>();
  for (const draft of drafts) {
    const frame = frames.get(draft.sentence);
    const d = frame && !draft.frame ? { ...draft } : draft;
    if (frame && !draft.frame) inheritFrame(frame, d);
    // the nearest earlier event a definite mention can refer back to, else any it repeats
    const back = [...out].reverse().filter((e) => refersBack(e, d));
    const into = back.find((e) => e.lemma === d.lemma) ?? back[0] ?? out.find((e) => sameEvent(e, d));
    if (into) fold(into, d);
    else out.push({ ...d, evidence: [...d.evidence], participants: [...d.participants], lemmas: [...d.lemmas], names: [...d.names], topics: [...d.topics] });
    if (d.frame) frames.set(d.sentence, into ?? out[out.length - 1]!);
  }
  return out;
}
