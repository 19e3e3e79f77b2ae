import { actorDictionary } from "../lexicon/actors.js";
import { fold } from "../lexicon/fold.js";
import { heads } from "../lexicon/org-heads.js";
import { sports } from "../lexicon/sports.js";
import { titles } from "../lexicon/titles.js";
import type { Draft } from "./draft.js";
import { isPossessive } from "./metonymy.js";
import { nextToken, prevToken, type TextView } from "./text-view.js";

const SCORE = /^\d{1,2}[-–—]\d{1,2}$/;
const SMALL = /^\d{1,2}$/;
const DASHES = new Set(["-", "–", "—"]);

/**
 * In a sports report a country named as a side is its national team, an organization of its own: "Sweden
 * defeated South Korea 1 – 0" is no act of two states. Each such name becomes an ORG keyed by its own words
 * ("team:england"), so the team and the state stay apart; a country after a place word stays the place ("the
 * final in Russia"), and "the Belgians" who score are the team too. Linear: one pass to tell a sports report.
 */
export function readTeams(view: TextView, drafts: readonly Draft[]): void {
  if (!sportsReport(view)) return;
  const lex = sports();
  const dict = actorDictionary();
  const sides: Draft[] = [];
  // One name, one reading: a country that plays a match anywhere in the report is the team everywhere.
  const playing = new Set<string>();
  for (const d of drafts) {
    if (d.dropped) continue;
    const prev = prevToken(view, d.a);
    const before = prev >= 0 ? (view.folded[prev] as string) : "";
    const country = d.kind === "name" && d.actor !== undefined && dict.actors.get(d.actor)?.isCountry === true;
    // "the Belgians": a people named with "the" is the side in a match report.
    const people = d.kind === "demonym" && before === "the" && /s$/.test(fold(d.text)) && !d.weak;
    if (!country && !people) continue;
    if (lex.places.has(before) || view.headline[d.a] || ofState(view, d)) continue;
    sides.push(d);
    if (people || plays(view, d)) playing.add(fold(d.text));
  }
  for (const d of sides) {
    if (!playing.has(fold(d.text))) continue;
    d.type = "ORG";
    d.kind = "name";
    d.actor = `team:${fold(d.text).replace(/^the /, "")}`;
    d.canonical = undefined;
    d.nation = undefined;
  }
}

/** "Norway's prime minister", "Norway's government": the state's organ or office, even in a sports report. */
function ofState(view: TextView, d: Draft): boolean {
  const next = nextToken(view, d.b);
  if (!isPossessive(view, next)) return false;
  for (
    let k = nextToken(view, next + 1), steps = 0;
    k < view.tokens.length && steps < 3;
    k = nextToken(view, k + 1), steps++
  ) {
    const f = view.folded[k] as string;
    if (heads().stateNouns.has(f) || titles().heads.get(f) === "gov" || heads().org.get(f)?.state) return true;
    if (view.tokens[k]?.pos !== "ADJ") break;
  }
  return false;
}

/**
 * A side of a match: a score or a verb of playing within a few tokens ("Sweden 1 – 0 Korea", "Belgium beat
 * Panama", "lost to England", "against Tunisia").
 */
function plays(view: TextView, d: Draft): boolean {
  const verbs = sports().verbs;
  const sentence = view.tokens[d.a]?.sentence;
  let k = d.a;
  for (let steps = 0; steps < 3; steps++) {
    k = prevToken(view, k);
    if (k < 0 || view.tokens[k]?.sentence !== sentence) break;
    if (verbs.has(view.folded[k] as string) || (view.tokens[k]?.pos === "NUM" && isScoreEnd(view, k))) return true;
  }
  k = d.b;
  for (let steps = 0; steps < 3; steps++) {
    k = nextToken(view, k);
    if (k >= view.tokens.length || view.tokens[k]?.sentence !== sentence) break;
    if (verbs.has(view.folded[k] as string) || (view.tokens[k]?.pos === "NUM" && isScore(view, k))) return true;
    k++;
  }
  return false;
}

/** The last number of a score ("1 – 0" at "0", or "3-0"). */
function isScoreEnd(view: TextView, i: number): boolean {
  const raw = view.raw[i] as string;
  if (SCORE.test(raw)) return true;
  if (!SMALL.test(raw)) return false;
  const dash = prevToken(view, i);
  if (dash < 0 || !DASHES.has(view.raw[dash] as string)) return false;
  return SMALL.test(view.raw[prevToken(view, dash)] ?? "");
}

/** Enough words of sport, or fewer with a score ("1 – 0", "3-2"), make the article a sports report. */
function sportsReport(view: TextView): boolean {
  const lex = sports();
  const seen = new Set<string>();
  let score = false;
  for (let i = 0; i < view.tokens.length; i++) {
    if (!view.word[i]) continue;
    const f = view.folded[i] as string;
    if (lex.words.has(f)) seen.add(f);
    else if (!score && view.tokens[i]?.pos === "NUM") score = isScore(view, i);
    if (seen.size >= lex.minWords) return true;
  }
  return score && seen.size >= lex.minWithScore;
}

function isScore(view: TextView, i: number): boolean {
  const raw = view.raw[i] as string;
  if (SCORE.test(raw)) return true;
  if (!SMALL.test(raw)) return false;
  const dash = nextToken(view, i + 1);
  if (!DASHES.has(view.raw[dash] as string)) return false;
  return SMALL.test(view.raw[nextToken(view, dash + 1)] ?? "");
}
