import type { Token } from "./layers.js";
import { nextWordIndex as nextWord, previousWordIndex as previousWord } from "./token-index.js";

/** Determiners that open a noun phrase for certain ("that" and "those" may be pronouns or conjunctions). */
const OPENERS = new Set(["a", "an", "the", "this", "another", "each", "every"]);
/** Words that may stand between the determiner and the head noun. */
const MODIFIERS = new Set(["NOUN", "PROPN", "ADJ"]);
/** How many modifiers may stand between. */
const MAX_MODIFIERS = 3;

/**
 * Sets right the tag of a noun the tagger reads as a base-form verb at the end of a noun phrase, before the
 * phrase's own verb: "a war monitor said" (wink tags "monitor" VERB), "the Britain-based monitor, which relies …,
 * said". The phrase must open with a determiner, and the word must be followed by a finite verb, an auxiliary or
 * a comma and a relative pronoun: a base-form verb cannot stand there. Changes the tokens in place.
 */
export function repairNounsTaggedVerbs(tokens: Token[]): void {
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.pos !== "VERB" || t.lower !== t.lemma || t.lower.endsWith("ing") || t.lower.endsWith("ed")) continue;
    if (!opensPhrase(tokens, i) || !finiteAfter(tokens, i)) continue;
    t.pos = "NOUN";
  }
}

/** Owners that are never objects ("her" may be: "saw her leaving"). */
const OWNERS = new Set(["his", "its", "their", "our", "my", "your"]);

/**
 * Sets right the tag of an -ing form after an owner, which is a noun: "people familiar with her thinking say …",
 * "criticized his handling of the crisis" (wink tags "thinking" and "handling" VERB, and the phrase breaks there).
 * "her" counts only after a preposition ("with her thinking"), since after a verb it may be an object ("saw her
 * leaving"). Changes the tokens in place.
 */
export function repairGerundsAfterOwners(tokens: Token[]): void {
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.pos !== "VERB" || !t.lower.endsWith("ing")) continue;
    const k = previousWord(tokens, i);
    const owner = tokens[k];
    if (!owner) continue;
    const her = owner.lower === "her" && tokens[previousWord(tokens, k)]?.pos === "ADP";
    if (OWNERS.has(owner.lower) || her) t.pos = "NOUN";
  }
}

/**
 * A determiner before `i`, past up to three modifiers or hyphened participles ("the Britain-based"). A plural noun
 * right before is a subject with its present-tense verb ("the land the rebels control remains …"): no phrase.
 */
function opensPhrase(tokens: readonly Token[], i: number): boolean {
  let k = previousWord(tokens, i);
  const before = tokens[k];
  if (before?.pos === "NOUN" && before.lower !== before.lemma) return false;
  for (let n = 0; k >= 0 && n <= MAX_MODIFIERS; n++) {
    const w = tokens[k] as Token;
    if (OPENERS.has(w.lower) && w.pos === "DET") return true;
    const hyphened = w.pos === "VERB" && w.lower.endsWith("ed") && tokens[k - 1]?.lower === "-";
    if (hyphened) {
      k = previousWord(tokens, previousWord(tokens, k));
      continue;
    }
    if (!MODIFIERS.has(w.pos)) return false;
    k = previousWord(tokens, k);
  }
  return false;
}

/** A finite verb ("said"), an auxiliary, or ", which/who" right after `i`. */
function finiteAfter(tokens: readonly Token[], i: number): boolean {
  const a = nextWord(tokens, i);
  const next = tokens[a];
  if (!next) return false;
  if (next.pos === "AUX") return true;
  if (next.pos === "VERB") return next.lower !== next.lemma && !next.lower.endsWith("ing");
  const relative = tokens[nextWord(tokens, a)]?.lower;
  return next.lower === "," && (relative === "which" || relative === "who");
}
