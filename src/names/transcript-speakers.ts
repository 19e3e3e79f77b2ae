import { isCommonWord } from "../lexicon/common-words.js";
import { fold } from "../lexicon/fold.js";
import { captionLabels } from "../lexicon/not-names.js";
import type { Drafts } from "./draft.js";
import { nextToken, type TextView } from "./text-view.js";

const CAPITALS = /^\p{Lu}[\p{Lu}'\u2019-]{2,}$/u;

/**
 * "WALLACE: Let's start …", "PENCE: Well, look …": in a transcript a surname in capitals opening a line before a
 * colon is who speaks, a person, not an acronym's organization, when the article names a person with that surname
 * ("Chris Wallace") or the label opens two lines or more and is no English word. Other capitals before a colon
 * ("UPDATE:", "NATO:") stay as they were.
 */
export function transcriptSpeakers(view: TextView, drafts: Drafts): void {
  const surnames = new Set<string>();
  for (const d of drafts.list) {
    if (d.dropped || d.kind !== "name" || d.type !== "PERSON" || d.b - d.a < 2) continue;
    surnames.add(fold(d.text.slice(d.text.lastIndexOf(" ") + 1)));
  }
  const labels = drafts.list.filter(
    (d) =>
      !d.dropped &&
      d.actor === undefined &&
      d.b - d.a === 1 &&
      CAPITALS.test(d.text) &&
      view.initial[d.a] === true &&
      view.raw[nextToken(view, d.b)] === ":",
  );
  const uses = new Map<string, number>();
  for (const d of labels) uses.set(fold(d.text), (uses.get(fold(d.text)) ?? 0) + 1);
  for (const d of labels) {
    const key = fold(d.text);
    const repeated = (uses.get(key) ?? 0) >= 2 && !isCommonWord(key) && !captionLabels().has(key);
    if (!surnames.has(key) && !repeated) continue;
    d.type = "PERSON";
    d.guess = undefined;
    d.weak = undefined;
  }
}
