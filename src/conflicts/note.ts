import type { Claim } from "../article/analysis.js";
import { describeCount } from "./counts.js";
import { NEGATION } from "./negation.js";
import type { ReportedEvent } from "./proposition.js";

const EXCERPT = 110;
const DENYING_CUE = /\b(?:den|rej|refut|dismiss|rebut|contest|disput|rubbish|debunk|contradict)/i;

function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return `“${flat.length > EXCERPT ? `${flat.slice(0, EXCERPT - 1).trimEnd()}…` : flat}”`;
}

function excerpts(claims: readonly Claim[]): string {
  return claims.map((c) => excerpt(c.content.text)).join(" and ");
}

const CASED_LEAD = /^(?:the|a|an|he|she|they|it|we)\b/i;

/**
 * "Oslo's foreign ministry said": the source and the cue as the text has them; an article or a pronoun opens the
 * note with a capital and stands lower-case inside it ("…, while a military spokesman said", "…, while he said").
 */
function says(claim: Claim, opening = false): string {
  let who = claim.source?.text.trim() || "an unnamed source";
  if (CASED_LEAD.test(who)) who = (opening ? who[0]?.toUpperCase() : who[0]?.toLowerCase()) + who.slice(1);
  const cue = claim.cue.text.trim();
  // A headline's colon or dash is no word to quote: "DR Congo said", not "DR Congo :".
  return /\p{L}/u.test(cue) ? `${who} ${cue}` : `${who} said`;
}

/**
 * "X said “no signs that …”, while Y said “…”." Each side is one source; a denial made outside the
 * reported words ("denied that …") is spelt out.
 */
export function polarityNote(negative: readonly Claim[], positive: readonly Claim[]): string {
  const first = negative[0];
  const other = positive[0];
  if (!first || !other) return "";
  const inside = negative.every((c) => NEGATION.test(c.content.text));
  const denial = inside || DENYING_CUE.test(first.cue.text) ? "" : " (denying)";
  return `${says(first, true)}${denial} ${excerpts(negative)}, while ${says(other)} ${excerpts(positive)}.`;
}

/** "Police said 12 (“…”), while organisers said at least 50 (“…”)." */
export function quantityNote(a: Claim, ea: ReportedEvent, b: Claim, eb: ReportedEvent): string {
  const none = { value: null, approximate: false };
  const x = describeCount(ea.event.count ?? none);
  const y = describeCount(eb.event.count ?? none);
  return `${says(a, true)} ${x} (${excerpt(a.content.text)}), while ${says(b)} ${y} (${excerpt(b.content.text)}).`;
}

/** "The agency said 2025-06-27 (“…”), while state media said 2025-06-26 (“…”)." */
export function timeNote(a: Claim, ea: ReportedEvent, b: Claim, eb: ReportedEvent): string {
  const x = ea.event.time?.value ?? "an unknown date";
  const y = eb.event.time?.value ?? "an unknown date";
  return `${says(a, true)} ${x} (${excerpt(a.content.text)}), while ${says(b)} ${y} (${excerpt(b.content.text)}).`;
}

/** Joins the notes of pairs merged into one conflict. */
export function joinNotes(notes: readonly string[]): string {
  return [...new Set(notes)].join(" ");
}
