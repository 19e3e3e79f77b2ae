import { fold } from "../lexicon/fold.js";
import { heads } from "../lexicon/org-heads.js";
import type { Draft } from "./draft.js";
import { type TextView, tokenSpan } from "./text-view.js";
import { caseTally } from "./title-case.js";

const OPEN = new Set(["\u201c", '"', "\u2018"]);
const CLOSE = new Set(["\u201d", '"', "\u2019"]);
const MAX_WORDS = 8;

/**
 * A title in quotation marks, every word capitalised ("American Skin (41 Shots)", "The Art of the Deal"), is one
 * work (OTHER), not the names its words would make ("American" a nationality, "Skin" an organization). A quote
 * that one name fills ("Hamas") stays that name; headlines, where every word is capitalised, are left alone.
 */
export function readQuotedTitles(view: TextView, drafts: readonly Draft[]): void {
  const n = view.tokens.length;
  let byToken: Map<number, Draft[]> | undefined;
  for (let i = 0; i < n; i++) {
    if (!OPEN.has(view.raw[i] as string) || view.headline[i]) continue;
    const close = closingQuote(view, i);
    if (close < 0) continue;
    const t = caseTally(view, i + 1, close);
    if (t.words < 2 || t.words > MAX_WORDS || t.capitals < 2 || t.lowerContent > 0) continue;
    byToken ??= draftsByToken(drafts);
    const inside = new Set<Draft>();
    for (let k = i + 1; k < close; k++) for (const d of byToken.get(k) ?? []) inside.add(d);
    const list = [...inside].filter((d) => !d.dropped);
    const [first] = list;
    if (!first || list.some((d) => d.a < i + 1 || d.b > close)) continue;
    // One name filling the quote is that name.
    if (list.length === 1 && first.a === i + 1 && first.b === close) continue;
    const span = tokenSpan(view, i + 1, close);
    // '"People's Defense Forces"', '"Patriotic Front"': a quoted name with an organization's head word is one.
    const org = heads().org.has(view.folded[close - 1] as string);
    Object.assign(first, {
      start: span.start,
      end: span.end,
      text: span.text,
      a: i + 1,
      b: close,
      type: org ? "ORG" : "OTHER",
      kind: "name",
      // Its own entity, never merged with an organization of a like name (cluster.ts reads the "thing:" key).
      actor: org ? undefined : `thing:${fold(span.text)}`,
      canonical: undefined,
      country: undefined,
      guess: undefined,
      weak: undefined,
      initial: undefined,
      nation: undefined,
    });
    for (const d of list) if (d !== first) d.dropped = true;
    i = close;
  }
}

/**
 * The quotation mark closing the one at `open` on its line, before any sentence punctuation (or that punctuation,
 * when the mark follows it right away); -1 when none.
 */
function closingQuote(view: TextView, open: number): number {
  let depth = 0;
  for (let k = open + 1; k < view.tokens.length && k - open <= 3 * MAX_WORDS; k++) {
    const raw = view.raw[k] as string;
    if (CLOSE.has(raw) && depth === 0) return k;
    if (raw === "(") depth++;
    else if (raw === ")") depth--;
    // American style sets the sentence's period or comma inside the marks ("“Fox and Friends.”"): the title ends there.
    if (/^[.!?,]$/.test(raw) && depth === 0 && CLOSE.has(view.raw[k + 1] as string)) return k;
    if (/^[.!?;,:]$/.test(raw) || raw.includes("\n")) return -1;
  }
  return -1;
}

function draftsByToken(drafts: readonly Draft[]): Map<number, Draft[]> {
  const out = new Map<number, Draft[]>();
  for (const d of drafts)
    for (let k = d.a; k < d.b; k++) {
      const list = out.get(k);
      if (list) list.push(d);
      else out.set(k, [d]);
    }
  return out;
}
