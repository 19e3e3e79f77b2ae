import { fold } from "../lexicon/fold.js";
import { heads } from "../lexicon/org-heads.js";
import type { Sentence } from "../pipeline/layers.js";
import { dictionaryAt } from "./dictionary.js";
import type { Draft, Drafts } from "./draft.js";
import { newDraft } from "./draft.js";
import { addDictionary } from "./read-run.js";
import { nextToken, prevToken, type TextView, tokenSpan } from "./text-view.js";

/**
 * "the Man of the Match award", "his Player of the Year trophy", "Time's Person of the Year title": capitalised
 * words joined by "of" (and "the") before a lower-case award noun are the award's name, one thing, not a person or
 * an organization and another ("Man" … "Match"). The "of" is the evidence: "the EU award" or "a Pulitzer prize" is
 * left to the other rules, and so is an institution's award ("the Bank of England award"). Returns the sentence's
 * runs with the awards taken out. Linear in the runs.
 */
export function readAwards(
  view: TextView,
  drafts: Drafts,
  s: Sentence,
  runs: readonly [number, number][],
): [number, number][] {
  const nouns = heads().awardNouns;
  const out: [number, number][] = [];
  let r = 0;
  while (r < runs.length) {
    const [a, b0] = runs[r] as [number, number];
    let b = b0;
    let e = r;
    while (e + 1 < runs.length && joinedByOf(view, b, (runs[e + 1] as [number, number])[0])) {
      e++;
      b = (runs[e] as [number, number])[1];
    }
    const after = nextToken(view, b);
    const award = after < s.endToken && !view.cap[after] && nouns.has(view.folded[after] as string);
    if (award && ofAfterNonHead(view, a, b)) {
      // "The Player of the Year award" opening a sentence: the article is no part of the name.
      const start = view.folded[a] === "the" ? nextToken(view, a + 1) : a;
      const d = drafts.add(newDraft(tokenSpan(view, start, b), start, b, "OTHER", "name"));
      d.actor = `thing:${fold(d.text)}`;
      giver(view, drafts, start, b);
    } else for (let k = r; k <= e; k++) out.push(runs[k] as [number, number]);
    r = e + 1;
  }
  return out;
}

/**
 * Who gives or sponsors the award: the words before its title ("PFA" of "the PFA Player of the Year award",
 * "Budweiser" of "the Budweiser Man of the Match award"), an organization, or what the dictionary knows it for.
 */
function giver(view: TextView, drafts: Drafts, a: number, b: number): void {
  let of = a;
  while (of < b && view.folded[of] !== "of") of++;
  const title = prevToken(view, of);
  if (title <= a) return;
  const end = prevToken(view, title) + 1;
  const known = dictionaryAt(view, a, end);
  if (known?.b === end && known.phrases.length > 0) {
    const before = drafts.list.length;
    addDictionary(view, drafts, known);
    for (let i = before; i < drafts.list.length; i++) (drafts.list[i] as Draft).inside = true;
    return;
  }
  drafts.add(newDraft(tokenSpan(view, a, end), a, end, "ORG", "name")).inside = true;
}

/**
 * An "of" inside [a, b) after a word that is no head of an organization or place: "Man of the Match", "Player of the
 * Year" (a title, joined by runs.ts), not "Bank of England" or "University of Oxford", whose award is theirs.
 */
function ofAfterNonHead(view: TextView, a: number, b: number): boolean {
  const lex = heads();
  let found = false;
  for (let k = a + 1; k < b - 1; k++) {
    if (view.folded[k] !== "of") continue;
    const w = view.folded[k - 1] as string;
    if (lex.org.has(w) || lex.loc.has(w) || lex.gpe.has(w) || lex.prefixes.has(w)) return false;
    found = true;
  }
  return found;
}

/** Nothing but "of" or "of the" between a run ending at b and one starting at a. */
function joinedByOf(view: TextView, b: number, a: number): boolean {
  const of = nextToken(view, b);
  if (view.folded[of] !== "of" || view.cap[of]) return false;
  let k = nextToken(view, of + 1);
  if (view.folded[k] === "the" && !view.cap[k]) k = nextToken(view, k + 1);
  return k === a;
}
