import { type DescribedType, descriptors } from "../lexicon/descriptors.js";
import { titles } from "../lexicon/titles.js";
import { nextToken, prevToken, type TextView } from "./text-view.js";

/** A descriptor noun found next to a name: its type and tokens [start, end) ("oil tanker": the head "tanker"). */
export interface Descriptor {
  type: DescribedType;
  /** The head noun's token. */
  head: number;
  /** Where the description starts after its determiner or owner ("German chancellor"), for the role. */
  start: number;
  /** Token index of a possessive owner's "'s" inside the description ("Finland's grid operator"), or -1. */
  possessive: number;
  /** A person's age stands in apposition ("Lind, 45,"). */
  age?: boolean;
}

/** The type a lower-case noun at token k gives a name, reading a two-word descriptor first ("aircraft carrier"). */
export function descriptorType(view: TextView, k: number): DescribedType | null {
  if (k < 0 || !view.word[k] || view.cap[k]) return null;
  const f = view.folded[k] as string;
  const lex = descriptors();
  if (lex.pairEnds.has(f)) {
    const p = prevToken(view, k);
    const pair = p >= 0 ? lex.pairs.get(`${view.folded[p]} ${f}`) : undefined;
    if (pair) return pair;
  }
  const own = lex.words.get(f);
  if (own) return own;
  if (titles().heads.has(f)) return "PERSON";
  // "two towns", "both villages": a place noun's plural types each name it describes.
  const single = f.endsWith("ies") ? `${f.slice(0, -3)}y` : f.endsWith("s") ? f.slice(0, -1) : "";
  const place = single ? lex.words.get(single) : undefined;
  return place === "GPE" || place === "LOC" ? place : null;
}

/** A lower-case noun for an armed group's members right after token b - 1: "M23 rebels", "Fano militia". */
export function fightersAfter(view: TextView, b: number): boolean {
  const k = nextToken(view, b);
  return view.gap[k] === true && !view.cap[k] && descriptors().fighters.has(view.folded[k] as string);
}

const DETERMINERS = new Set(["the", "a", "an"]);
const NOUNISH = new Set(["NOUN", "PROPN", "X"]);

/**
 * A descriptor right before a name: "the oil tanker Kestrel", "grid operator Fingrid", "the port of Ust-Luga"
 * (places only, over "of"). Null when the noun is a modifier of something else or none is there.
 */
export function descriptorBefore(view: TextView, a: number): Descriptor | null {
  // A name opening its line or sentence has no descriptor before it ("… Haiti's capital\n\nGangs launched …").
  if (view.initial[a]) return null;
  let k = prevToken(view, a);
  if (k < 0) return null;
  let viaOf = false;
  if (view.folded[k] === "of") {
    k = prevToken(view, k);
    viaOf = true;
  }
  if (k < 0 || !NOUNISH.has(view.tokens[k]?.pos ?? "")) return null;
  const type = descriptorType(view, k);
  if (!type || (viaOf && type !== "GPE" && type !== "LOC")) return null;
  // "the Estonian navy's ship X" is fine; a noun used as a verb's object ("told reporters X") is no descriptor.
  return { type, head: k, start: k, possessive: -1 };
}

/**
 * The noun of a thing right after its name, after "the": "the Marlin Luanda tanker", "the Maersk Sentosa cargo ship",
 * "the ancient Wat Lom temple".
 * Only nouns of things that carry a name of their own (namedBefore in lexicon/descriptors.json): a work's or a
 * product's noun is as often written after its maker's name ("the Acme app").
 */
export function descriptorAfter(view: TextView, a: number, b: number): Descriptor | null {
  let the = prevToken(view, a);
  // "the ancient Wat Lom temple", "the disputed Ta Lom temple": an adjective or two after "the".
  for (let k = 0; k < 2 && the >= 0 && view.tokens[the]?.pos === "ADJ" && !view.cap[the]; k++)
    the = prevToken(view, the);
  if (the < 0 || view.folded[the] !== "the") return null;
  const named = descriptors().namedBefore;
  const lower = (k: number) => k < view.tokens.length && view.word[k] === true && !view.cap[k];
  const k = nextToken(view, b);
  if (!lower(k)) return null;
  let head = k;
  if (!named.has(view.folded[k] as string)) {
    // "the Amber Halden bulk carrier": a two-word descriptor.
    const second = nextToken(view, k + 1);
    if (!lower(second) || !named.has(`${view.folded[k]} ${view.folded[second]}`)) return null;
    head = second;
  }
  const type = descriptorType(view, head);
  return type ? { type, head, start: k, possessive: -1 } : null;
}

/**
 * A descriptor noun, a comma and maybe "the", then the name closed by punctuation: "an Israeli cargo ship, the MSC
 * Silver, in the Gulf", "the armed wing, the Qassam Brigades,". The name in apposition is what the noun says.
 */
export function descriptorApposed(view: TextView, a: number, b: number): Descriptor | null {
  let comma = prevToken(view, a);
  if (comma >= 0 && view.folded[comma] === "the") comma = prevToken(view, comma);
  if (comma < 0 || view.raw[comma] !== ",") return null;
  const k = prevToken(view, comma);
  if (k < 0 || view.tokens[k]?.pos !== "NOUN" || view.cap[k]) return null;
  const type = descriptorType(view, k);
  const after = nextToken(view, b);
  if (!type || after >= view.tokens.length || !APPOSITION_END.has(view.raw[after] as string)) return null;
  // "the president of the Lombardy region, Roberto Maroni": a noun inside an "of" phrase is not what is apposed.
  let w = prevToken(view, k);
  while (w >= 0 && PHRASE_INSIDE.has(view.tokens[w]?.pos ?? "") && view.raw[w] !== ",") w = prevToken(view, w);
  if (w >= 0 && view.tokens[w]?.pos === "ADP") return null;
  return { type, head: k, start: k, possessive: -1 };
}

const PHRASE_INSIDE = new Set(["DET", "ADJ", "NOUN", "PROPN", "NUM", "PUNCT"]);

// What closes a name set off by commas after the noun it stands for.
const APPOSITION_END = new Set([",", ".", ";", ")", "—", "–"]);

/**
 * A person noun, a comma, then the name closed by punctuation: "a top militia commander, Abu Kamal, and his
 * wife", "the agency's spokesman, Tal Regev." The name in apposition is that person.
 */
export function personBefore(view: TextView, a: number, b: number): boolean {
  const comma = prevToken(view, a);
  if (comma < 0 || view.raw[comma] !== ",") return false;
  const k = prevToken(view, comma);
  if (k < 0 || view.tokens[k]?.pos !== "NOUN") return false;
  if (descriptorType(view, k) !== "PERSON" && !oneOfPeople(view, k)) return false;
  const after = nextToken(view, b);
  return after < view.tokens.length && APPOSITION_END.has(view.raw[after] as string);
}

/** "one of the survivors", "one of the organisers": a plural person noun after "one of the" names one person. */
function oneOfPeople(view: TextView, k: number): boolean {
  const f = view.folded[k] as string;
  if (!f.endsWith("s")) return false;
  const single = f.slice(0, -1);
  if (descriptors().words.get(single) !== "PERSON" && !titles().heads.has(single)) return false;
  const the = prevToken(view, k);
  const of = prevToken(view, the);
  return view.folded[the] === "the" && view.folded[of] === "of" && view.folded[prevToken(view, of)] === "one";
}

// Words that close an apposition or a predicate noun phrase after its head.
// "a village near …", "a town north of …": where a place lies closes its description too.
const CLOSERS = new Set(
  [",", ".", ";", ":", ")", "—", "–", "-", "of", "for", "at", "in", "on", "with", "from", "to"].concat(
    "near outside inside along between off north south east west northeast northwest southeast southwest".split(" "),
  ),
);
const RELATIVES = new Set(["who", "which", "that", "whose", "and", "or", "based", "owned", "registered"]);
const OWNERS = new Set(["its", "his", "her", "their", "our"]);
const POSSESSIVE = new Set(["'s", "\u2019s", "'", "\u2019"]);
const COPULA = new Set(["is", "was", "are", "were", "'s", "\u2019s", "remains", "became", "becomes"]);

/**
 * The description in apposition after a name that ends at token b: "Nordline, a Dubai-based shipping firm,",
 * "Jane Doe, a spokeswoman for …", "X, the German chancellor,", "X, chief executive of Y,", "X, the ship's
 * manager,", "Lind, 45,". Also a predicate after a copula: "Fingrid is the grid operator". Null when the words
 * after the comma are no noun phrase closed by punctuation, a preposition or a relative ("X, the company said").
 */
export function descriptionAfter(view: TextView, b: number): Descriptor | null {
  const k = nextToken(view, b);
  if (k >= view.tokens.length) return null;
  const sentence = view.tokens[b - 1]?.sentence;
  if (view.raw[k] === ",") {
    const j = nextToken(view, k + 1);
    // "Lind, 45, said": an age.
    if (
      view.tokens[j]?.pos === "NUM" &&
      /^\d{1,3}$/.test(view.raw[j] as string) &&
      view.raw[nextToken(view, j + 1)] === ","
    )
      return { type: "PERSON", head: j, start: j, possessive: -1, age: true };
    return nounPhrase(view, j, sentence);
  }
  if (COPULA.has(view.folded[k] as string) && view.tokens[k]?.pos === "AUX") {
    const j = nextToken(view, k + 1);
    // Only with a determiner: "X is chairman" is fine too, but "X is expected" is no description.
    if (!DETERMINERS.has(view.folded[j] as string)) return null;
    return nounPhrase(view, j, sentence);
  }
  return null;
}

const MODIFIER_POS = new Set(["PROPN", "ADJ", "NUM", "ADV", "NOUN"]);
const OBJECT_OPENERS = new Set(["DET", "NUM", "PRON"]);

/** Walks a noun phrase from token j to its head noun; the head must be a descriptor and the phrase closed. */
function nounPhrase(view: TextView, j: number, sentence: number | undefined): Descriptor | null {
  let k = j;
  let start = j;
  let head = -1;
  let last = -1;
  let possessive = -1;
  if (DETERMINERS.has(view.folded[k] as string) || OWNERS.has(view.folded[k] as string)) {
    k = nextToken(view, k + 1);
    start = k;
  }
  for (let steps = 0; steps < 9; steps++) {
    if (k >= view.tokens.length || view.tokens[k]?.sentence !== sentence) break;
    const f = view.folded[k] as string;
    const pos = view.tokens[k]?.pos ?? "";
    if (POSSESSIVE.has(view.raw[k] as string) && !view.gap[k]) {
      // "the ship's manager", "Finland's grid operator": what follows the owner is the description.
      possessive = k;
      head = -1;
      last = -1;
      k = nextToken(view, k + 1);
      start = k;
      continue;
    }
    if (view.raw[k] === "-" && !view.gap[k] && !view.gap[k + 1] && last >= 0) {
      // "Dubai-based", "state-owned": the glued word belongs to the modifier.
      k = nextToken(view, k + 1);
      if (view.tokens[k]?.pos === "NOUN" && !view.cap[k]) head = k;
      last = k;
      k = nextToken(view, k + 1);
      continue;
    }
    if (!view.word[k] || CLOSERS.has(f) || RELATIVES.has(f)) break;
    // "a town 20 km (13 miles) north of Goma": a distance after the head leads to the word that closes the phrase.
    const past = head >= 0 && head === last ? pastDistance(view, k, sentence) : k;
    if (past !== k) {
      k = past;
      break;
    }
    const participle = pos === "VERB" && /(ed|ing)$/.test(f);
    if (!MODIFIER_POS.has(pos) && !participle) return null;
    // "X, killing one man", "X, leaving two dead": a participle opening the phrase that takes an object is a clause.
    if (
      participle &&
      k === j &&
      f.endsWith("ing") &&
      OBJECT_OPENERS.has(view.tokens[nextToken(view, k + 1)]?.pos ?? "")
    )
      return null;
    if (pos === "NOUN" && !view.cap[k]) head = k;
    last = k;
    k = nextToken(view, k + 1);
  }
  // The head closes the phrase: "a shipping firm," → firm; "the company Nordline," is no description of the name.
  if (head < 0 || head !== last) return null;
  if (k < view.tokens.length && view.tokens[k]?.sentence === sentence && view.word[k]) {
    const f = view.folded[k] as string;
    if (!CLOSERS.has(f) && !RELATIVES.has(f)) return null;
    // A second comma closes an apposition ("X, the island's capital, said"): the verb after it is the sentence's.
    if (!RELATIVES.has(f) && f !== "," && verbAhead(view, nextToken(view, k + 1), sentence)) return null;
  }
  const type = descriptorType(view, head);
  if (!type) return null;
  // "the ship's manager", "the tanker's owner": what manages or owns a thing is a company, not a person.
  const owner = possessive >= 0 ? prevToken(view, possessive) : -1;
  if (type === "PERSON" && owner >= 0 && descriptorType(view, owner) === "OTHER")
    return { type: "ORG", head, start, possessive };
  return { type, head, start, possessive };
}

const DISTANCE_UNITS = new Set(["km", "kms", "kilometres", "kilometers", "miles", "metres", "meters", "m", "yards"]);
const ROUGHLY = new Set(["about", "some", "around", "roughly", "nearly", "almost", "just", "only"]);

/** The token after a distance at k ("20 km", "about 20 km (13 miles)"), or k when none stands there. */
function pastDistance(view: TextView, k: number, sentence: number | undefined): number {
  let j = ROUGHLY.has(view.folded[k] ?? "") ? nextToken(view, k + 1) : k;
  if (view.tokens[j]?.pos !== "NUM" || view.tokens[j]?.sentence !== sentence) return k;
  j = nextToken(view, j + 1);
  if (!DISTANCE_UNITS.has(view.folded[j] ?? "")) return k;
  j = nextToken(view, j + 1);
  // "(13 miles)": the same distance in other units.
  if (view.raw[j] === "(") {
    let close = j;
    for (let n = 0; n < 6 && view.raw[close] !== ")"; n++) close = nextToken(view, close + 1);
    if (view.raw[close] === ")") j = nextToken(view, close + 1);
  }
  return j;
}

/**
 * "… to destroy Hamas, the health ministry in the Hamas-run territory has said": a phrase after a comma that runs
 * into a verb (its preposition phrase crossed) is the subject of the clause that follows, not a description of the
 * name before the comma. Scans from token `from` to the next punctuation or relative word.
 */
export function verbAhead(view: TextView, from: number, sentence: number | undefined): boolean {
  for (let w = from, n = 0; w < view.tokens.length && n < 12; w = nextToken(view, w + 1), n++) {
    const t = view.tokens[w];
    // "Hamas-run": a glued hyphen joins a modifier.
    if (view.raw[w] === "-" && !view.gap[w]) continue;
    if (!t || t.sentence !== sentence || !view.word[w] || RELATIVES.has(view.folded[w] as string)) return false;
    const glued = view.raw[w - 1] === "-" && !view.gap[w - 1];
    if (t.pos === "AUX" || (t.pos === "VERB" && !glued && !/(?:ed|en|ing)$/.test(view.folded[w] as string)))
      return true;
  }
  return false;
}
