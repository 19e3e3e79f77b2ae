import { heads } from "../lexicon/org-heads.js";
import { titles } from "../lexicon/titles.js";
import { nextToken, prevToken, type TextView } from "./text-view.js";

// A city after these is the place where something is or goes ("an event in Pyongyang", "flew to Beijing").
const LOCATIVE = new Set([
  "in",
  "at",
  "near",
  "outside",
  "inside",
  "around",
  "across",
  "throughout",
  "from",
  "to",
  "into",
  "via",
  "through",
  "within",
  "of",
  "over",
  "above",
  "toward",
  "towards",
  "visit",
  "visited",
  "visiting",
]);
// After these, a capital is a party to a relation, i.e. the state ("war against Kyiv", "talks with Beijing").
// After "and"/"or" it reads like the conjunct before it (decided by the caller).
const RELATIONAL = new Set(["against", "with", "between", "versus", "vs", "vs.", "by", "than", "like"]);
const POSSESSIVE = new Set(["'s", "\u2019s", "'", "\u2019"]);

export function isPossessive(view: TextView, i: number): boolean {
  return i < view.tokens.length && POSSESSIVE.has(view.raw[i] as string) && !view.gap[i];
}

/**
 * Whether a capital named at tokens [a, b) stands for its state or is the city itself. The actor dictionary
 * only proposes; the words around decide: "Moscow's war", "Pyongyang said", "against Kyiv" are the state;
 * "an event in Pyongyang", "Moscow's mayor", a capital with nothing to say otherwise, the city.
 */
/** Verbs of a stance a state takes ("Beijing, which claims the island, …"). */
const STANCE_VERBS = new Set([
  "claim",
  "say",
  "insist",
  "deny",
  "accuse",
  "demand",
  "want",
  "oppose",
  "consider",
  "regard",
  "view",
]);

/** Verbs whose object, a capital, is the state a stance is taken toward ("accusing Manila of …"). */
const OBJECT_STANCES = new Set([
  "accuse",
  "urge",
  "warn",
  "blame",
  "criticize",
  "criticise",
  "condemn",
  "sanction",
  "pressure",
  "press",
  "threaten",
  "support",
  "back",
  "recognize",
  "recognise",
]);

export function capitalReading(view: TextView, a: number, b: number): "state" | "city" {
  const before = prevToken(view, a);
  const prev = before >= 0 ? (view.folded[before] as string) : "";
  const after = nextToken(view, b);
  if (isPossessive(view, after)) {
    const places = heads().placeNouns;
    for (let k = after + 1; k < view.tokens.length && k <= after + 3 && view.word[k]; k++) {
      if (places.has(view.folded[k] as string)) return "city";
    }
    return "state";
  }
  // A capital modifying a noun is read by that noun: "Warsaw mayor" the city, "Beijing officials" the state.
  const nextWord = view.folded[after] ?? "";
  if (!view.cap[after] && heads().placeNouns.has(nextWord)) return "city";
  if (!view.cap[after] && heads().stateNouns.has(nextWord)) return "state";
  // "from Beijing, which claims the island": what the relative clause says of it, a stance, is a state's.
  const which = nextToken(view, after + 1);
  if (view.raw[after] === "," && view.folded[which] === "which") {
    const verb = nextToken(view, which + 1);
    if (STANCE_VERBS.has(view.tokens[verb]?.lemma.toLowerCase() ?? "")) return "state";
  }
  if (LOCATIVE.has(prev)) return "city";
  if (RELATIONAL.has(prev)) return "state";
  // "accusing Manila of …", "urged Kyiv to …": whom a stance is taken toward is the state.
  if (view.tokens[before]?.pos === "VERB" && OBJECT_STANCES.has(view.tokens[before]?.lemma.toLowerCase() ?? ""))
    return "state";
  // "Kigali denies", "Kigali repeatedly denied", "Moscow also said": a verb, past its adverbs, whose subject it is.
  let verb = after;
  for (let k = 0; k < 2 && view.tokens[verb]?.pos === "ADV" && !view.cap[verb]; k++) verb = nextToken(view, verb + 1);
  const next = view.tokens[verb];
  if (next && (next.pos === "VERB" || next.pos === "AUX") && !/^(based|born|bound)$/.test(view.folded[verb] ?? "")) {
    return "state";
  }
  return "city";
}

/**
 * Whether a demonym at tokens [a, b) stands for its state: it qualifies an organ, official or armed force
 * of the state ("North Korean soldiers", "South Korean lawmaker", "the Russian Foreign Ministry"), not
 * people or things of that nationality ("Russian attendees", "a North Korean flag").
 */
export function demonymStandsForState(view: TextView, b: number): boolean {
  const lex = heads();
  const titleHeads = titles().heads;
  for (let k = nextToken(view, b), seen = 0; k < view.tokens.length && seen < 4; k++, seen++) {
    if (!view.word[k]) return false;
    const f = view.folded[k] as string;
    const kind = titleHeads.get(f);
    if (lex.stateNouns.has(f) || kind === "gov" || kind === "mil" || lex.org.get(f)?.state) return true;
    const pos = view.tokens[k]?.pos;
    // "the Ukrainian air force", "Russian border guards": a noun of a compound whose head is a state's organ.
    const compound = pos === "NOUN" && lex.stateNouns.has(view.folded[nextToken(view, k + 1)] as string);
    if (pos === "NOUN" && !view.cap[k] && !compound) return false;
    if (pos !== "ADJ" && pos !== "NOUN" && pos !== "PROPN" && pos !== "VERB") return false;
  }
  return false;
}

/**
 * Where a "the" before tokens [a, …) sits: the token index of an adjacent "the", or of one separated only by
 * adjectives ("the nuclear-armed North"), or -1. `adjacent` tells whether nothing stands between.
 */
export function theBefore(view: TextView, a: number): { at: number; adjacent: boolean } {
  let k = prevToken(view, a);
  let adjacent = true;
  for (let steps = 0; k >= 0 && steps < 6; steps++) {
    const f = view.folded[k] as string;
    if (f === "the") return { at: k, adjacent };
    const pos = view.tokens[k]?.pos;
    const hyphen = view.raw[k] === "-" && !view.gap[k] && !view.gap[k + 1];
    if (!hyphen && pos !== "ADJ" && !(pos === "VERB" && /(ed|ing)$/.test(f)) && pos !== "NOUN") break;
    if (!hyphen && view.cap[k]) break;
    adjacent = false;
    k = prevToken(view, k);
  }
  return { at: -1, adjacent: false };
}
