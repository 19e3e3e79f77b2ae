import { trimContent } from "./content.js";
import type { Draft } from "./draft.js";
import { cueLexicon } from "./lexicon.js";
import type { Phrase } from "./phrases.js";
import { oneWordCueQuote } from "./standalone-quotes.js";
import { pos, type View, wordText } from "./view.js";

/** Dashes that sign a quotation with its author ("“…” — Ana Ruiz"). */
const SIGNING_DASHES = new Set(["\u2014", "\u2015", "\u2013", "--"]);
const END = new Set([".", "!", "?", ",", ";"]);
const MIN_WORDS = 4;
const PARTICLES = new Set(["de", "van", "von", "der", "da", "del", "di", "la", "le", "bin", "al", "el", "du"]);
/** A signature is a short name: longer runs of capitals are headlines. */
const MAX_NAME = 5;

/**
 * '“Trump scares me.” ― Ana Ruiz': a quotation signed with a dash and a name after it (epigraphs, readers'
 * voices in a list). The dash is the cue, the name the source. Only a run of capitalised words counts as the
 * name, ending where the line, the sentence or the next quotation begins; '“…” — and then he left' signs nothing.
 */
export function signedQuotes(view: View, drafts: readonly Draft[]): (Draft & { subject: Phrase })[] {
  const covered = new Uint8Array(view.words.length);
  for (const d of drafts) covered.fill(1, d.from, d.to);
  const say = cueLexicon().kinds.get("say");
  const out: (Draft & { subject: Phrase })[] = [];
  if (!say) return out;
  for (const pair of view.quotes.pairs) {
    if (pair.single || covered[pair.open] || covered[pair.close]) continue;
    const dash = view.low[pair.close + 1] === "." ? pair.close + 2 : pair.close + 1;
    if (!SIGNING_DASHES.has(view.low[dash] ?? "")) continue;
    const name = signature(view, dash + 1);
    if (!name) continue;
    let words = 0;
    for (let w = pair.open + 1; w < pair.close; w++) if (pos(view, w) !== "PUNCT") words++;
    if (words < MIN_WORDS) continue;
    const { from, to } = trimContent(view, pair.open, pair.close + 1);
    if (to <= from) continue;
    out.push(
      oneWordCueQuote(
        view,
        { cue: dash, shape: "postposed", subject: name, sentence: view.sentenceOf[dash] ?? 0, from, to },
        say,
      ),
    );
  }
  return out;
}

/** A run of capitalised names at `w` that ends the signature (line or sentence end, a quotation next), or null. */
function signature(view: View, w: number): Phrase | null {
  let to = w;
  while (to < view.words.length && to - w < MAX_NAME) {
    const capital = pos(view, to) === "PROPN" && /^\p{Lu}/u.test(wordText(view, to));
    // "Piet de Vries", "Omar bin Laden": a particle between two capitalised words.
    const particle = to > w && PARTICLES.has(view.low[to] as string) && /^\p{Lu}/u.test(wordText(view, to + 1));
    if (!capital && !particle) break;
    to++;
  }
  if (to === w) return null;
  const last = view.words[to - 1];
  const next = view.words[to];
  const ends =
    !next ||
    END.has(view.low[to] as string) ||
    view.quotes.openAt.has(to) ||
    view.paragraphOf[to] !== view.paragraphOf[to - 1] ||
    (last !== undefined && /\n/.test(view.text.slice(last.end, next.start)));
  return ends ? { from: w, to, head: to - 1 } : null;
}
