import { type View, wordText } from "./view.js";

// "TOKYO: North Korea has …" sets the place off with a colon; a headline "UN Experts: …" does too, so a colon only
// counts where the caller knows the words after it are a content.
const DASHES = new Set(["\u2014", "\u2013", "--", "-", "_"]);
const REACH = 16;
const MONTHS =
  /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)\.?$|^(?:january|february|march|april|june|july|august|september|october|november|december)$/i;

/**
 * Where the words after a wire dateline start: "HELSINKI (Nordic Wire Service) — Finnish officers boarded …",
 * "NAIROBI, Kenya, Aug. 7 (AP) -- …", "UNITED NATIONS, Nov 21 The rebel seizure …" (a date and a capital, no
 * dash). The place in capitals, then only names, dates and brackets up to the dash; anything in lower case first
 * means it is no dateline, and `from` comes back.
 */
export function datelineEnd(view: View, from: number, to: number, colon = false): number {
  const first = wordText(view, from);
  // "(Reuters) -U.S. federal authorities …": the agency alone in brackets.
  const agency = first === "(" || (from > 0 && wordText(view, from - 1) === "(" && /^\p{Lu}/u.test(first));
  if (!agency && !/^\p{Lu}[\p{Lu}.'\u2019-]+$/u.test(first)) return from;
  let comma = false;
  for (let w = from + 1; w < to && w < from + REACH; w++) {
    const text = wordText(view, w);
    if (DASHES.has(text) || (colon && text === ":")) return w + 1 < to ? w + 1 : from;
    if (/^\p{Ll}/u.test(text)) return from;
    if (text === ",") comma = true;
    // "…, Nov 21 The": a month and its day after the place's comma, then the story's first word.
    if (
      comma &&
      MONTHS.test(text) &&
      /^\d{1,2}$/.test(wordText(view, w + 1)) &&
      w + 2 < to &&
      /^\p{Lu}\p{Ll}/u.test(wordText(view, w + 2))
    )
      return w + 2;
  }
  return from;
}
