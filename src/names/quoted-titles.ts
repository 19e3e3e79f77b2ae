import { fold } from "../lexicon/fold.js";
import type { Draft } from "./draft.js";
import { type TextView, tokenSpan } from "./text-view.js";

const OPEN = new Set(["\u201c", '"', "\u2018"]);
const CLOSE = new Set(["\u201d", '"', "\u2019"]);
/** Words a title leaves in lower case. */
const TITLE_LOWER = new Set("a an the and or nor but of in on at to for by with from as is it my your our".split(" "));
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
    let words = 0;
    let capitals = 0;
    let close = -1;
    let ok = true;
    let depth = 0;
    for (let k = i + 1; k < n && words <= MAX_WORDS; k++) {
      const raw = view.raw[k] as string;
      if (CLOSE.has(raw) && depth === 0) {
        close = k;
        break;
      }
      if (raw === "(") depth++;
      else if (raw === ")") depth--;
      if (/^[.!?;,:]$/.test(raw) || raw.includes("\n")) {
        ok = false;
        break;
      }
      if (!view.word[k] || /^\d/.test(raw)) continue;
      words++;
      if (view.cap[k]) capitals++;
      else if (!TITLE_LOWER.has(view.folded[k] as string)) {
        ok = false;
        break;
      }
    }
    if (!ok || close < 0 || words < 2 || capitals < 2) continue;
    byToken ??= draftsByToken(drafts);
    const inside = new Set<Draft>();
    for (let k = i + 1; k < close; k++) for (const d of byToken.get(k) ?? []) inside.add(d);
    const list = [...inside].filter((d) => !d.dropped);
    const [first] = list;
    if (!first || list.some((d) => d.a < i + 1 || d.b > close)) continue;
    // One name filling the quote is that name.
    if (list.length === 1 && first.a === i + 1 && first.b === close) continue;
    const span = tokenSpan(view, i + 1, close);
    Object.assign(first, {
      start: span.start,
      end: span.end,
      text: span.text,
      a: i + 1,
      b: close,
      type: "OTHER",
      kind: "name",
      // Its own entity, never merged with an organization of a like name (cluster.ts reads the "thing:" key).
      actor: `thing:${fold(span.text)}`,
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
