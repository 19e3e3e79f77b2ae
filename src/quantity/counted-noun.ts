import { pluralNounAt } from "./amount.js";
import { currencyWord } from "./money.js";
import { gluedNext, posAt, rawAt, type TokenView, wordAt } from "./token-view.js";

/** What a number counts: the head noun after it, as written (lower-cased), or a currency code. */
export interface CountedNoun {
  unit: string;
  /** Tokens of the unit words in the text (the head noun, or "Australian dollars"). */
  start: number;
  end: number;
  /** The unit is money named by a word ("dollars") rather than a thing counted. */
  currency: boolean;
}

/** How far past the number the noun phrase may run: "600 North Korean special forces soldiers". */
const MAX_PHRASE = 7;

const QUOTES = new Set(['"', "\u201c", "\u201d", "\u2018", "\u2019", "'"]);

/** Past and present participles used as adjectives: "armed", "stolen", "striking". */
const PARTICIPLE = /(?:ed|en|ing)$/;

/**
 * The head of the noun phrase right after a number at token k: adjectives, proper-noun modifiers and
 * compound nouns are skipped ("600 North Korean soldiers" → soldiers), as is a partitive "of"
 * ("thousands of troops" → troops). With no noun, a plural demonym ("200 Russians") or a stand-in
 * adjective ("thousands more wounded") is the unit. `needOf`: only a phrase after "of" counts (plural
 * vague amounts: "hundreds of delegates", never "hundreds cast"). `plural`: the amount is more than one.
 */
export function countedNounAt(
  v: TokenView,
  k: number,
  sentence: number,
  opts: { allowOf: boolean; needOf: boolean; scaled: boolean; plural: boolean },
): CountedNoun | null {
  const lex = v.lex;
  const w = (i: number) => wordAt(v, i, sentence);
  let j = k;
  while (lex.skipModifiers.has(w(j) ?? "")) j++;
  const afterModifiers = j;
  const viaOf = opts.allowOf && w(j) === "of";
  if (viaOf) {
    j++;
    if (lex.partitiveDeterminers.has(w(j) ?? "")) j++;
  }
  const phrase = viaOf || !opts.needOf ? headOfPhrase(v, j, sentence, viaOf, opts.plural) : null;
  if (phrase) {
    const money = currencyWord(v, phrase.head, sentence, opts.scaled);
    if (money) return { unit: money.code, start: money.start, end: phrase.head + 1, currency: true };
    const unit = v.text.slice(v.tokens[phrase.start]?.start, v.tokens[phrase.head]?.end).toLowerCase();
    return { unit, start: phrase.start, end: phrase.head + 1, currency: false };
  }
  const standIn = w(afterModifiers);
  if (standIn !== undefined && lex.standIns.has(standIn)) {
    return { unit: standIn, start: afterModifiers, end: afterModifiers + 1, currency: false };
  }
  return null;
}

/**
 * The head noun of the phrase starting at token j and the token its unit text starts at (a hyphenated
 * compound's first part: "first-graders"; a proper-noun run's first word: "New Yorkers").
 */
function headOfPhrase(
  v: TokenView,
  j: number,
  sentence: number,
  partitive: boolean,
  plural: boolean,
): { head: number; start: number } | null {
  const w = (i: number) => wordAt(v, i, sentence);
  let head = -1;
  let headStart = -1;
  let proper = -1;
  let properStart = -1;
  let last = -1;
  for (let i = j; i < j + MAX_PHRASE; i++) {
    if (w(i) === undefined) break;
    // A hyphenated compound ("law-abiding", "side-by-side", "first-graders") is one word; its last part's tag decides.
    const from = i;
    while (w(i + 1) === "-" && gluedNext(v, i) && gluedNext(v, i + 1) && w(i + 2) !== undefined) i += 2;
    const word = w(i) ?? "";
    // Quotation marks around the noun or its modifiers ("seven “mercenaries”", "two Afghan \"commanders\"") leave
    // the phrase whole; a quoted name is no counted noun ("dozens of new “People's Defense Forces”").
    if (QUOTES.has(word)) {
      if (/^\p{Lu}/u.test(rawAt(v, i + 1))) break;
      continue;
    }
    const pos = posAt(v, i);
    // After "of", an owner is not what is counted: "hundreds of the party's delegates" → delegates.
    if (partitive && (word === "'s" || word === "’s") && (head >= 0 || proper >= 0)) {
      head = -1;
      proper = -1;
      last = i;
      continue;
    }
    if (pos === "NOUN") {
      head = i;
      headStart = from;
      proper = -1;
      last = i;
      // A plural noun ends the phrase ("3 million barrels of oil"); a singular one may be a modifier ("cargo planes"),
      // and so may a plural without "-s" before another plural ("200 police officers").
      if (pluralNounAt(v, i, sentence) && !(posAt(v, i + 1) === "NOUN" && pluralNounAt(v, i + 1, sentence))) break;
      continue;
    }
    // Adjectives may follow a noun wink mistook for one ("four leading academic economists").
    if (pos === "ADJ") {
      last = i;
      continue;
    }
    if (pos === "PROPN") {
      if (proper < 0 || proper !== from - 1) properStart = from;
      proper = i;
      last = i;
      continue;
    }
    // After a count above one a verb cannot agree in "-s": it is a plural noun wink mistook ("400 Nepalese recruits"),
    // also after one singular noun right after the number, its modifier ("500 water rescues").
    const t = v.tokens[i];
    const compound = head === j && i === j + 1 && !pluralNounAt(v, head, sentence);
    if (head >= 0 && !compound) break;
    if (plural && pos === "VERB" && t && t.lemma !== t.normal && /[^s]s$/.test(word)) {
      head = i;
      headStart = from;
      break;
    }
    // Participles and adverbs before the noun ("armed men", "heavily armed men").
    const nextPos = posAt(v, i + 1);
    const leadsOn =
      w(i + 1) !== undefined && (nextPos === "NOUN" || nextPos === "ADJ" || nextPos === "PROPN" || nextPos === "VERB");
    if ((pos === "VERB" && PARTICIPLE.test(word)) || pos === "ADV") {
      if (!leadsOn) break;
      last = i;
      continue;
    }
    break;
  }
  // A phrase ending in a plural proper noun counts it ("200 Russians", "three million New Yorkers").
  const properWord = proper >= 0 ? w(proper) : undefined;
  if (properWord && proper === last && properWord.length > 3 && properWord.endsWith("s"))
    return { head: proper, start: properStart };
  return head >= 0 ? { head, start: headStart } : null;
}
