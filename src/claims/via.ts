import { cueLexicon } from "./lexicon.js";
import { type Phrase, phraseAfter } from "./phrases.js";
import { pos, type View } from "./view.js";

/** The via chain starting at `at` ("citing Y", ", citing information from Y, which cited Z"), nearest first. */
export interface ViaChain {
  via: Phrase[];
  /** One past the last word read. */
  end: number;
}

/** True when a citing marker starts at `at`, after an optional comma. */
export function startsVia(view: View, at: number, limit: number): boolean {
  let w = view.low[at] === "," ? at + 1 : at;
  // "According to Interfax, which cited a source in the ministry, …": a relative word before the marker.
  if (w > at && RELATIVES.has(view.low[w] as string)) w++;
  return w < limit && cueLexicon().viaMarkers.has(view.low[w] as string);
}

const RELATIVES = new Set(["which", "who"]);

/**
 * Reads "citing Y", "quoting Y", "citing information from Y" and chains of them ("…, which cited Z").
 * The carrier noun between the marker and Y ("information from") is not part of Y. Returns null when no
 * marker stands at `at`.
 */
export function readVia(view: View, at: number, limit: number): ViaChain | null {
  const lex = cueLexicon();
  const via: Phrase[] = [];
  let w = at;
  let end = at;
  for (let round = 0; round < 4; round++) {
    let m = w;
    if (view.low[m] === ",") m++;
    if ((round > 0 || m > w) && RELATIVES.has(view.low[m] as string)) m++;
    if (m >= limit || !lex.viaMarkers.has(view.low[m] as string)) break;
    let q = m + 1;
    // "citing information from Y", "citing a report by Y": skip the carrier and its preposition.
    for (const n of [2, 1]) {
      const carrier = view.low.slice(q, q + n).join(" ");
      const prep = view.low[q + n];
      if (lex.viaCarriers.has(carrier) && (prep === "from" || prep === "by" || prep === "of" || prep === "at")) {
        q += n + 1;
        break;
      }
    }
    const found = phraseAfter(view, q, limit);
    // "cited Alphabet as the likeliest buyer": what the phrase is called follows, no source cited ("quoted Y as
    // saying" still cites Y).
    const named = view.low[found?.to ?? -1] === "as" && !(view.low[(found?.to ?? -1) + 1] ?? "").endsWith("ing");
    if (!found || named) break;
    const phrase = withKnowledge(view, found, limit);
    if (citable(view, phrase)) via.push(phrase);
    end = phrase.to;
    w = phrase.to;
  }
  return end > at ? { via, end } : null;
}

/** Words that say how a cited person knows: "people familiar with the matter", "sources close to the talks". */
export const KNOWING: ReadonlySet<string> = new Set([
  "familiar",
  "close",
  "briefed",
  "knowledgeable",
  "aware",
  "involved",
  "privy",
]);

/** The cited phrase with what says how they know ("people familiar with the matter"), as one source. */
function withKnowledge(view: View, phrase: Phrase, limit: number): Phrase {
  const w = phrase.to;
  if (!KNOWING.has(view.low[w] as string) || pos(view, w + 1) !== "ADP") return phrase;
  const what = phraseAfter(view, w + 2, limit);
  return what ? { ...phrase, to: what.to } : phrase;
}

/** Is the cited phrase a source (a name, "officials", "court records") rather than a reason ("weak demand")? */
function citable(view: View, phrase: Phrase): boolean {
  const lex = cueLexicon();
  const head = view.low[phrase.head] as string;
  if (lex.viaSources.has(head) || lex.viaCarriers.has(head)) return true;
  const token = view.words[phrase.head];
  if (token && (token.pos === "PROPN" || /^\p{Lu}/u.test(view.text[token.start] ?? ""))) return true;
  // Someone by what they do: "the harbour master", "an economist", "a government".
  return AGENT.test(head) && !NOT_AGENT.test(head);
}

/** Endings the agent pattern would catch that name no one: "unemployment", "agreements". */
const NOT_AGENT = /ments?$/;

const AGENT = /(?:er|or|ist|ian|ant|ent|man|woman|person|people)s?$|(?:men|women)$/;
