import type { Span } from "../article/span.js";
import { span } from "../article/span.js";
import { speaksOfFuture } from "./content.js";
import type { Frame } from "./frame.js";
import { cueLexicon } from "./lexicon.js";
import { pos, type SentenceRange, type View } from "./view.js";

export interface ReportedAt {
  value: string;
  span: Span;
}

/** Cue kinds that make news by when they happened ("confirmed … in April", "admitted … last week"). */
const DISCLOSURES = new Set(["confirm", "admit", "announce", "reveal", "deny", "report"]);

/** The time expression of a word, as the claim's reportedAt, when it is a date or a time (not a duration). */
function at(view: View, w: number): ReportedAt | null {
  const t = view.times[view.timeOf[w] ?? -1];
  // "now claims": PRESENT_REF places nothing on a calendar; when it was said stays unknown.
  if (!t || (t.type !== "DATE" && t.type !== "TIME") || !/^\d/.test(t.value)) return null;
  return { value: t.value, span: span(view.text, t.start, t.end) };
}

/**
 * When the source said it: the time expression attached to the cue ("said Tuesday", "on Monday told
 * reporters", "…, she said last week", "On Friday, the ministry said …"), never one inside the content
 * ("said … will send troops this month" keeps "this month" in the content).
 */
export function cueTime(view: View, s: SentenceRange, frame: Frame): ReportedAt | null {
  for (const w of frame.times) {
    const found = at(view, w);
    if (found) return found;
  }
  // "On Friday, the ministry said …": a time alone before the comma that precedes the source.
  const source = frame.source;
  if (source && frame.shape === "forward" && view.low[source.from - 1] === ",") {
    let found: ReportedAt | null = null;
    for (let w = s.from; w < source.from - 1; w++) {
      const p = pos(view, w);
      if (view.timeOf[w] !== -1) found ??= at(view, w);
      else if (p !== "ADP" && p !== "DET" && p !== "CCONJ" && p !== "ADV") return null;
    }
    return found;
  }
  return null;
}

/**
 * "North Korea only confirmed it had deployed troops … in April": a disclosure cue with no time of its own,
 * whose past-perfect content (or a noun phrase: "denied the reports on Tuesday") ends with a date, was made at
 * that date. Returns the time and where the content
 * ends without it, or null. A content about the future keeps its time ("said it will send troops in May").
 */
export function trailingCueTime(
  view: View,
  frame: Frame,
  from: number,
  to: number,
): { reportedAt: ReportedAt; to: number } | null {
  if (!DISCLOSURES.has(frame.cue.kind.name) || frame.shape !== "forward") return null;
  const last = to - 1;
  if (last <= from || view.timeOf[last] === -1) return null;
  const time = view.timeOf[last];
  let start = last;
  while (start > from && view.timeOf[start - 1] === time) start--;
  if (pos(view, start - 1) === "ADP") start--;
  if (start <= from) return null;
  let pastPerfect = false;
  // "denied the reports on Tuesday": a noun phrase has no time of its own to keep; the time is the denial's.
  let verbless = true;
  for (let w = from; w < start; w++) {
    if (view.low[w] === "had" && pos(view, w + 1) !== "DET") pastPerfect = true;
    if (pos(view, w) === "VERB" || pos(view, w) === "AUX") verbless = false;
  }
  // Only a noun for what was said: "confirmed the attack on Monday" may date the attack.
  const said = verbless && cueLexicon().denialObjects.has(view.low[start - 1] as string);
  if (!(pastPerfect || said) || speaksOfFuture(view, from, start)) return null;
  const found = at(view, last);
  return found ? { reportedAt: found, to: start } : null;
}
