import { isCommonWord } from "../lexicon/common-words.js";
import { givenNames, knownSurnames } from "../lexicon/given-names.js";
import { dictionaryAt } from "./dictionary.js";
import type { Drafts } from "./draft.js";
import { readRun } from "./read-run.js";
import type { TextView } from "./text-view.js";

/**
 * A run of capitals inside a headline ("Wealthy Voters Abandon Republican Party For Hillary Clinton"): the capitals
 * say nothing there, so the run is cut into what the dictionaries know and stretches of words that are no common
 * English words ("Hillary Clinton"), and every piece is read as a name only if the body names it too (finish drops
 * initial drafts whose words no other name has). Without this a whole headline became one organization.
 */
export function readHeadlineRun(view: TextView, drafts: Drafts, a: number, b: number): void {
  let k = a;
  let start = -1;
  const flush = (end: number) => {
    if (start >= 0 && end > start) readConfirmed(view, drafts, start, end, false);
    start = -1;
  };
  while (k < b) {
    const known = dictionaryAt(view, k, b);
    if (known && known.b > k) {
      flush(k);
      readConfirmed(view, drafts, k, known.b, true);
      k = known.b;
      continue;
    }
    const folded = view.folded[k] as string;
    // "Ted Cruz: …", "Mike Pence Says …": a given name that is also a common word, before a word that is none.
    const givenBeforeName =
      givenNames().has(folded) && k + 1 < b && view.word[k + 1] && !isCommonWord(view.folded[k + 1] as string);
    const common = view.word[k] && isCommonWord(folded) && !knownSurnames().has(folded) && !givenBeforeName;
    if (common || !view.word[k]) flush(k);
    else if (start < 0) start = k;
    k++;
  }
  flush(b);
}

/** Reads one piece; what no dictionary vouches for must be confirmed by the body. */
function readConfirmed(view: TextView, drafts: Drafts, a: number, b: number, known: boolean): void {
  const before = drafts.list.length;
  readRun(view, drafts, a, b);
  for (let i = before; i < drafts.list.length; i++) {
    const d = drafts.list[i];
    if (!d || (known && d.actor !== undefined)) continue;
    d.weak = true;
    // "Putin Meets Trump In Alaska": a public figure's family name needs no confirmation.
    if (d.b - d.a === 1 && d.type === "PERSON" && knownSurnames().has(view.folded[d.a] as string)) continue;
    d.initial = true;
  }
}
