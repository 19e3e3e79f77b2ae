import type { EntityType } from "../article/analysis.js";
import { isCommonWord } from "../lexicon/common-words.js";
import { descriptors } from "../lexicon/descriptors.js";
import { fold } from "../lexicon/fold.js";
import { givenNames } from "../lexicon/given-names.js";
import { heads } from "../lexicon/org-heads.js";
import {
  descriptionAfter,
  descriptorAfter,
  descriptorApposed,
  descriptorBefore,
  descriptorType,
  fightersAfter,
  personBefore,
} from "./descriptors.js";
import type { Draft, Drafts } from "./draft.js";
import { isPossessive } from "./metonymy.js";
import { nextToken, prevToken, type TextView } from "./text-view.js";

// How much each kind of evidence weighs. A descriptor or apposition says what the name is; a given name or a
// possessed noun says what it likely is, a "the" before it a little less; a pronoun only tips the balance.
const STRONG = 10;
const GIVEN = 4;
const CUE = 3;
const THE = 2.5;
const PRONOUN = 2;
const PRONOUN_CAP = 3;

const PERSON_PRONOUNS = new Set(["he", "him", "his", "she", "her", "hers", "himself", "herself"]);
const THING_PRONOUNS = new Set(["it", "its", "itself"]);
const PLURAL_PRONOUNS = new Set(["they", "them", "their", "theirs"]);
// Verbs after which a subject name's pronoun is read ("Acme said it would", "Lind said he would").
const REPORTING = new Set([
  "said",
  "says",
  "told",
  "tells",
  "announced",
  "announces",
  "added",
  "confirmed",
  "denied",
  "denies",
  "stated",
  "reported",
  "warned",
  "insisted",
  "argued",
  "claimed",
  "explained",
  "expects",
  "expected",
  "plans",
  "planned",
  "hopes",
  "believes",
  "believed",
  "thinks",
  "thought",
  "noted",
  "wrote",
  "replied",
  "estimated",
  "acknowledged",
  "admitted",
]);

/**
 * Place descriptors that do not type a name written right before them: loose ones ("the Trump base", "Apple capital
 * spending", "the Ohio state legislature", "Trump country") and facilities, whose name is the facility's
 * ("Heathrow airport").
 */
const LOOSE_PLACE_NOUNS = new Set([
  "base",
  "capital",
  "state",
  "country",
  "airport",
  "airbase",
  "terminal",
  "port",
  "harbour",
  "harbor",
  "oilfield",
  "canal",
]);

// Adjectives of a region's government after its name.
const REGIONAL = new Set(["regional", "provincial", "municipal"]);

/** Votes for the type of one name, summed over every draft that writes it. */
class Ballot {
  readonly votes = new Map<EntityType, number>();
  private pronoun = 0;
  /** Evidence stronger than a pronoun was seen: the name stands on its own. */
  supported = false;
  /** Types a descriptor, an apposition or a title gave (not only a cue). */
  readonly said = new Set<EntityType>();

  add(type: EntityType, weight: number): void {
    if (weight >= STRONG) this.said.add(type);
    if (weight === PRONOUN) {
      if (this.pronoun >= PRONOUN_CAP) return;
      this.pronoun++;
    } else this.supported = true;
    this.votes.set(type, (this.votes.get(type) ?? 0) + weight);
  }

  winner(): EntityType | null {
    let best: EntityType | null = null;
    let score = 0;
    let tied: EntityType[] = [];
    for (const [type, n] of this.votes) {
      if (n > score) {
        best = type;
        score = n;
        tied = [type];
      } else if (n === score) tied.push(type);
    }
    if (tied.length <= 1) return best;
    // "the region of X … X, the island's capital": a place either way, named as a polity is.
    return tied.every((t) => t === "GPE" || t === "LOC") ? "GPE" : null;
  }
}

/**
 * Types the names read without evidence of their own (`guess`: a capitalised pair taken for a person, a single
 * word that speaks taken for an organization) from what the article says of them anywhere: a descriptor before
 * ("the oil tanker X", "grid operator X"), a description in apposition or after "is" ("X, a shipping firm,"),
 * a legal form ("X, Inc."), an age ("X, 45,"), a given name, a possessed noun ("X's shares", "X's wife"), a "the"
 * before a multi-word name (no person takes one), the pronoun that refers back ("X said it would" / "X said
 * … . He"), a "who" after it, a romanised East Asian given name ("Kwok Wai-keung"), the name speaking again by its
 * last word (a person: "Mertens said") or its first (a company: "Lockheed said"), a camel-case brand before it (a
 * product: "the iTunes Music Store"), and a person's surname opening it (named after them: "the Warhol
 * Polaroids"). A pair with no evidence at all made only of common English words is no person ("Way Forward").
 * Every draft written alike (and a single word that is the first or last word of one such person's or
 * organization's name) shares one ballot, so the name gets one type in the whole article. Linear: a few token
 * probes per name.
 */
export function settleTypes(view: TextView, drafts: Drafts): void {
  const names = drafts.list.filter((d) => d.kind === "name" && !d.dropped);
  const ballots = new Map<string, Ballot>();
  const keyOf = new Map<Draft, string>();
  for (const d of names) {
    const key = fold(d.text).replace(/^the /, "");
    keyOf.set(d, key);
    if (!ballots.has(key)) ballots.set(key, new Ballot());
  }
  // A single word that is the first or last word of exactly one multi-word name votes with it ("Lind", "Acme").
  const byWord = new Map<string, Set<string>>();
  for (const d of names) {
    const key = keyOf.get(d) as string;
    const words = key.split(" ");
    // A headline's run of capitals is no name to pool with; nor is a thing's or a place's name, whose first word is
    // often its maker or host ("Apple" of "Apple Worldwide Developers Conference").
    if (words.length < 2 || view.headline[d.a] || (d.type !== "PERSON" && d.type !== "ORG")) continue;
    // An organ of state opens on the place it serves: "Gaza" alone is the place, not "Gaza Health Ministry".
    const organ = d.type === "ORG" && d.head !== undefined && heads().org.get(d.head)?.state === true;
    for (const w of organ
      ? [words[words.length - 1] as string]
      : [words[0] as string, words[words.length - 1] as string]) {
      const set = byWord.get(w) ?? new Set<string>();
      set.add(key);
      byWord.set(w, set);
    }
  }
  // "Kyaukmo township" beside "Kyaukmo Hospital": a word the article writes with a place noun after it is that place,
  // not a short name of the longer one.
  const placeWords = new Set<string>();
  for (const d of names) if (d.b - d.a === 1 && placeNounAfter(view, d.b)) placeWords.add(keyOf.get(d) as string);
  const pooled = (key: string): string => {
    if (key.includes(" ") || placeWords.has(key)) return key;
    const owners = byWord.get(key);
    return owners?.size === 1 ? ([...owners][0] as string) : key;
  };

  // A name that speaks again by one word: people by their surname ("Mertens said"), companies by their first word
  // ("Lockheed said"). Read once per name.
  const shortened = new Set<string>();
  for (const d of names) {
    const key = keyOf.get(d) as string;
    const owner = pooled(key);
    if (owner === key || view.headline[d.a] || shortened.has(owner)) continue;
    if (!REPORTING.has(view.folded[nextToken(view, d.b)] ?? "")) continue;
    const words = owner.split(" ");
    const last = words[words.length - 1] === key;
    if (last === (words[0] === key)) continue;
    shortened.add(owner);
    (ballots.get(owner) as Ballot).add(last ? "PERSON" : "ORG", CUE);
  }

  // Surnames of the people named in full: a name opening with one is named after that person ("Warhol Polaroids").
  const surnames = new Map<string, string>();
  const namedAfter = new Set<Ballot>();
  for (const d of names) {
    if (d.type !== "PERSON" || d.b - d.a < 2) continue;
    const words = (keyOf.get(d) as string).split(" ");
    // "Abu Taleb" ("father of Taleb") names a child, not a family: "Taleb Abdallah" is no thing named after him.
    if (words.length > 1 && !KUNYA.has(words[0] as string))
      surnames.set(words[words.length - 1] as string, keyOf.get(d) as string);
  }

  for (const d of names) {
    const key = keyOf.get(d) as string;
    const ballot = ballots.get(pooled(key)) as Ballot;
    if (d.guess && d.type === "PERSON" && key.includes(" ")) {
      const named = surnames.get(key.slice(0, key.indexOf(" ")));
      if (named && named !== key && !named.endsWith(` ${key}`)) namedAfter.add(ballot);
    }
    if (!d.guess) {
      // A name typed on its own evidence (a title, a head word, the dictionary) tells its namesakes; a single
      // word tells a longer name only whom it names ("Minister Lind", "Acme"), not where ("Rotterdam").
      const pooledIn = pooled(key) !== key;
      if (pooledIn && d.type !== "PERSON" && d.type !== "ORG") continue;
      if (!d.weak && !d.initial && !view.headline[d.a]) ballot.add(d.type, STRONG);
      continue;
    }
    if (view.headline[d.a]) continue;
    // A person's surname ("from Sanders" after "Bernie Sanders") is no unknown word standing alone.
    vote(view, drafts, d, ballot, pooled(key) === key && !surnames.has(key));
  }

  const ballotOf = (d: Draft) => ballots.get(pooled(keyOf.get(d) as string)) as Ballot;
  // Named after a person and nothing else says person: a thing ("the Warhol Polaroids"), never that person.
  for (const b of namedAfter) if (!b.votes.has("PERSON")) b.add("OTHER", STRONG);
  decide(names, ballotOf);
  // Second round: a name joined by "and"/"or" to one the first round settled takes its kind ("Boeing and
  // Lockheed Martin", where "Boeing" is an organization only because it speaks elsewhere).
  let changed = false;
  for (const d of names) {
    if (!d.guess || view.headline[d.a]) continue;
    // A guessed organization spoke ("Velair said"), evidence enough; a guessed person is only a default.
    const sibling = conjoined(view, drafts, d, (x) => !x.guess || ballotOf(x).supported || x.type === "ORG");
    if (!sibling) continue;
    ballotOf(d).add(sibling, CUE);
    changed = true;
  }
  if (changed) decide(names, ballotOf);
}

// Words opening an Arabic kunya or patronymic: what follows is a child's or a father's name, no family name.
const KUNYA = new Set(["abu", "umm", "um", "ibn", "bin", "bint"]);

/** Types each guessed name by its ballot's winner. */
function decide(names: readonly Draft[], ballotOf: (d: Draft) => Ballot): void {
  for (const d of names) {
    if (!d.guess) continue;
    const ballot = ballotOf(d);
    const type = ballot.winner();
    // Nothing says person, and every word is a common English word ("Music Store", "Way Forward"): no person.
    if (!ballot.supported && d.type === "PERSON" && commonWordsOnly(d)) {
      d.type = "OTHER";
      continue;
    }
    if (!type || type === "NORP") continue;
    d.type = type;
    // A thing on the article's word ("the cruise ship Freewinds") stays one, however often it is named.
    if (type === "OTHER" && ballot.said.has("OTHER") && d.actor === undefined) d.actor = `thing:${fold(d.text)}`;
    if (ballot.supported) {
      // Backed by the article: no longer a word that must link to be kept.
      d.initial = undefined;
      if (d.b - d.a > 1 || type !== "PERSON") d.weak = undefined;
    }
  }
}

/** The evidence around one draft; `alone`: no word of a longer name the article gives. */
function vote(view: TextView, drafts: Drafts, d: Draft, ballot: Ballot, alone: boolean): void {
  const lex = descriptors();
  const before = descriptorBefore(view, d.a);
  if (before) ballot.add(before.type, STRONG);
  const after = descriptionAfter(view, d.b) ?? pairDescription(view, drafts, d);
  if (after) ballot.add(after.type, STRONG);
  // "the Marlin Luanda tanker": the noun of a thing with a name of its own, right after the name.
  const thing = before ? null : descriptorAfter(view, d.a, d.b);
  if (thing) ballot.add(thing.type, STRONG);
  if (!before && (personBefore(view, d.a, d.b) || agedBefore(view, d.a))) ballot.add("PERSON", STRONG);
  else if (!before) {
    // "an Israeli cargo ship, the MSC Silver, …": a thing, a group or a place in apposition to its noun.
    const apposed = descriptorApposed(view, d.a, d.b);
    if (apposed && apposed.type !== "PERSON") ballot.add(apposed.type, STRONG);
  }
  const comma = nextToken(view, d.b);
  if (view.raw[comma] === ",") {
    const suffix = nextToken(view, comma + 1);
    if (view.cap[suffix] && lex.orgSuffixes.has(view.folded[suffix] as string)) ballot.add("ORG", STRONG);
  }
  const first = view.folded[d.a] as string;
  if (givenNames().has(first) && (d.b - d.a > 1 || view.tokens[d.a]?.pos === "PROPN")) ballot.add("PERSON", GIVEN);
  else if (d.text.includes("-") && syllableGivenName(d)) ballot.add("PERSON", GIVEN);
  // "Lind, who …": only a person is a "who".
  if (view.raw[comma] === "," && view.folded[nextToken(view, comma + 1)] === "who") ballot.add("PERSON", CUE);
  const prev = prevToken(view, d.a);
  // "the iTunes Music Store", "the iPod Classic": what follows a brand written in camel case is its product.
  if (prev >= 0 && view.gap[d.a] && camelBrand(view.raw[prev] as string)) ballot.add("OTHER", STRONG);
  const next = nextToken(view, d.b);
  // No person takes "the": "the United Auto Workers" is an organization, "the Airbus A350" (a model number) a
  // thing, and so is a name that only modifies a noun after "the" ("the Silver Clouds exhibit").
  const modifiesNoun = !view.cap[next] && view.tokens[next]?.pos === "NOUN";
  if (d.b - d.a > 1 && prev >= 0 && view.folded[prev] === "the" && !before)
    ballot.add(/\d/.test(d.text) || modifiesNoun ? "OTHER" : "ORG", THE);
  if (modifiesNoun && orgHeadAfter(view, next)) ballot.add("ORG", STRONG);
  // "M23 rebels", "Fano militia": a name its members' noun follows is an armed group (a place or a nationality is
  // no guess and gets no vote: "Syrian rebels", "Darfur rebels").
  if (fightersAfter(view, d.b)) ballot.add("ORG", STRONG);
  const pair = modifiesNoun ? placePairAfter(view, next) : null;
  if (isPossessive(view, next)) {
    // "Acme's shares", "Acme's chief executive", "Lind's wife", "the Kestrel's anchor".
    let w = nextToken(view, next + 1);
    // "Trump's 2024 presidential campaign": past numbers and adjectives to the noun owned.
    for (let skip = 0; skip < 3 && (view.tokens[w]?.pos === "NUM" || view.tokens[w]?.pos === "ADJ"); skip++) {
      const after = nextToken(view, w + 1);
      if (view.tokens[after]?.pos !== "NOUN" && view.tokens[after]?.pos !== "ADJ") break;
      w = after;
    }
    const word = view.folded[w] as string;
    const owned = lex.possessed.get(`${word} ${view.folded[nextToken(view, w + 1)] ?? ""}`) ?? lex.possessed.get(word);
    if (owned) ballot.add(owned, CUE);
  } else if (modifiesNoun && lex.modified.has(view.folded[next] as string)) {
    ballot.add("ORG", CUE);
  } else if (modifiesNoun && pair) {
    // "the Zamzam displacement camp", "the Hmeimim air base": a two-word place descriptor, even where its last word
    // alone is too loose to type a name ("the Trump base").
    ballot.add(pair, STRONG);
  } else if (modifiesNoun && !LOOSE_PLACE_NOUNS.has(view.folded[next] as string)) {
    // "the Novgorod region", "Lolab valley", "near Dewar village": a place descriptor after says what kind of place;
    // a plural says it of each name before it ("Kherson and Odesa regions").
    const f = view.folded[next] as string;
    const place = lex.words.get(f) ?? (f.endsWith("s") ? lex.words.get(f.slice(0, -1)) : undefined);
    if (place === "GPE" || place === "LOC") ballot.add(place, STRONG);
  } else if (!view.cap[next] && REGIONAL.has(view.folded[next] as string)) {
    // "the Kherson regional governor", "Odesa regional authorities".
    ballot.add("GPE", STRONG);
  }
  // "the shares of Acme", "the wife of Lind", "crew members of the Kestrel".
  const of = prev >= 0 && view.folded[prev] === "the" ? prevToken(view, prev) : prev;
  if (of >= 0 && view.folded[of] === "of") {
    const n = prevToken(view, of);
    const m = prevToken(view, n);
    const owned =
      (m >= 0 ? lex.possessed.get(`${view.folded[m]} ${view.folded[n]}`) : undefined) ??
      lex.possessed.get(view.folded[n] as string);
    if (owned && !view.cap[n]) ballot.add(owned, CUE);
  }
  // A single word after "at" is as often a company ("jobs at Opel"): only a longer name is read so.
  const place = d.b - d.a > 1 ? placeBefore(view, prev) : alone ? singlePlace(view, d, prev) : null;
  if (place) ballot.add(place, CUE);
  // "the rebel base in Kitagoma", "camps near Tawila": what a place or facility lies in is a place.
  else if (!before && placeAround(view, prev)) ballot.add("GPE", STRONG);
  if (commonHead(view, d)) ballot.add(COMMON_HEAD_TYPE, CUE);
  const pronoun = pronounFor(view, drafts, d);
  if (pronoun) ballot.add(pronoun, PRONOUN);
}

/** A lower-case place noun right after token b ("Kyaukmo township", "Dewar village"). */
function placeNounAfter(view: TextView, b: number): boolean {
  const next = nextToken(view, b);
  if (next < 0 || view.cap[next] || !view.word[next] || view.tokens[next]?.pos !== "NOUN") return false;
  const type = descriptors().words.get(view.folded[next] as string);
  return type === "GPE" || type === "LOC";
}

/** Units an age is counted in before "old" ("46-year-old", "a five-month-old"). */
const AGE_UNITS = new Set(["year", "years", "month", "months", "week", "weeks", "day", "days"]);

/** "46-year-old Ama Kel Doru", "a 35 year old Sai Pon": an age written right before a name says it is a person's. */
function agedBefore(view: TextView, a: number): boolean {
  const old = prevToken(view, a);
  if (old < 0 || view.folded[old] !== "old") return false;
  let unit = prevToken(view, old);
  if (/^[-‐–]$/.test(view.raw[unit] ?? "")) unit = prevToken(view, unit);
  return AGE_UNITS.has(view.folded[unit] ?? "");
}

/** The place type of a two-word descriptor (lexicon/descriptors.json) of lower-case nouns at token k: "refugee camp". */
function placePairAfter(view: TextView, k: number): "GPE" | "LOC" | null {
  const second = nextToken(view, k + 1);
  // The tagger may take the second word for a verb ("border crossing"): the lexicon's pair says noun.
  if (view.cap[second] || !view.word[second] || !view.gap[second]) return null;
  const f = view.folded[second] as string;
  const single = f.endsWith("s") ? f.slice(0, -1) : f;
  const lex = descriptors();
  const type = lex.pairs.get(`${view.folded[k]} ${f}`) ?? lex.pairs.get(`${view.folded[k]} ${single}`);
  return type === "GPE" || type === "LOC" ? type : null;
}

/**
 * "Sputnik news agency", "Velair group", "the Wagner mercenary group": a lower-case organization head, at most two
 * nouns after the name and ending the phrase, says what the name is.
 */
function orgHeadAfter(view: TextView, next: number): boolean {
  let k = next;
  for (let n = 0; n < 2; n++) {
    if (view.cap[k] || view.tokens[k]?.pos !== "NOUN") return false;
    const f = view.folded[k] as string;
    // "the Victorian state government": a place's organ, owned by the name rather than named by it.
    const place = descriptors().words.get(f);
    if (place === "GPE" || place === "LOC") return false;
    const after = nextToken(view, k + 1);
    const head = heads().org.get(f);
    // An organ of state ("ministry", "agency") belongs to the name before it, unless a media word makes it a
    // business ("Sputnik news agency").
    const organ = head?.state === true && !(n === 1 && MEDIA.has(view.folded[next] as string));
    if (head && !head.caps && !organ && (view.cap[after] || view.tokens[after]?.pos !== "NOUN")) return true;
    k = after;
  }
  return false;
}

const MEDIA = new Set(["news", "press", "wire", "photo"]);

/**
 * A romanised East Asian given name of two syllables after the family name: "Kwok Wai-keung", "Lee Seong-kweun",
 * "Park Joo-Ho". Short parts keep out "Rolls-Royce", "Spider-Gwen" and "Coca-Cola".
 */
function syllableGivenName(d: Draft): boolean {
  if (d.b - d.a < 3 || d.b - d.a > 5) return false;
  const words = d.text.split(/\s+/);
  if (words.length < 2 || words.length > 3) return false;
  return words
    .slice(1)
    .some((w) => /^\p{Lu}\p{Ll}{0,4}-\p{Ll}{1,5}$/u.test(w) || /^\p{Lu}\p{Ll}{0,3}-\p{Lu}\p{Ll}{0,3}$/u.test(w));
}

/** "iTunes", "eBay", "iPhone": lower-case letters, then a capital (ASCII, checked by character code). */
function camelBrand(raw: string): boolean {
  let k = 0;
  while (k < raw.length && raw.charCodeAt(k) >= 97 && raw.charCodeAt(k) <= 122) k++;
  const c = raw.charCodeAt(k);
  return k > 0 && c >= 65 && c <= 90;
}

const IN_PLACE = new Set(["in", "at", "near", "outside", "inside"]);
// "a stake in X", "shares in X": what one holds a part in is a company.
const HELD_IN = new Set(["stake", "stakes", "share", "shares", "interest", "investment", "investments", "holding"]);

/** "in Kowloon West" says place, unless what is "in" it is a holding ("a stake in Aer Lingus"). */
function placeBefore(view: TextView, prev: number): EntityType | null {
  if (compassOf(view, prev)) return "GPE";
  if (prev < 0 || !IN_PLACE.has(view.folded[prev] as string)) return null;
  let k = prevToken(view, prev);
  if (k >= 0 && view.tokens[k]?.pos === "ADJ") k = prevToken(view, k);
  return k >= 0 && HELD_IN.has(view.folded[k] as string) ? "ORG" : "GPE";
}

// Words before "from" that make what follows where someone comes from: "both from X", "two from X", "fled from X"
// (not a pronoun: "distanced themselves from X").
const FROM_PLACE = new Set(["DET", "NUM"]);
const COME_FROM = new Set([
  "fled",
  "flee",
  "fleeing",
  "came",
  "come",
  "comes",
  "coming",
  "hail",
  "hails",
  "hailed",
  "returned",
  "displaced",
  "evacuated",
  "originally",
]);

/**
 * A single unknown word after "in", "near" or "outside" ("a car in Naqura"), or after "from" where someone comes from
 * it ("both from Naqura", "two men from Kunin", "fled from Kunin"): a place, as a cue that other evidence outweighs.
 * Not a common English word, a language ("said in Pashto"), a holding ("interest in X"), a sentence's first word.
 */
function singlePlace(view: TextView, d: Draft, prev: number): EntityType | null {
  const f = view.folded[d.a] as string;
  // A common English word ("in Black", "from Day") or a language ("said in Pashto") is no unknown place.
  if (prev < 0 || view.initial[d.a] || isCommonWord(f) || descriptors().languages.has(f)) return null;
  // "interest in Warhol's legacy": the preposition governs what the name owns; "in Ginbot 7" names with a number.
  const after = nextToken(view, d.b);
  if (isPossessive(view, after) || view.tokens[after]?.pos === "NUM") return null;
  const p = view.folded[prev] as string;
  if (p === "from") {
    const k = prevToken(view, prev);
    if (k < 0) return null;
    const pos = view.tokens[k]?.pos ?? "";
    const fits = FROM_PLACE.has(pos) || COME_FROM.has(view.folded[k] as string) || descriptorType(view, k) === "PERSON";
    return fits ? "GPE" : null;
  }
  if (p !== "in" && p !== "near" && p !== "outside" && p !== "of") return null;
  return placeBefore(view, prev) === "GPE" ? "GPE" : null;
}

const COMPASS = new Set(["north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"]);

/** "20 km north of Kalemo", "just south of Kalemo": what lies in a direction from a name is measured from a place. */
function compassOf(view: TextView, prev: number): boolean {
  return prev > 0 && view.folded[prev] === "of" && COMPASS.has(view.folded[prevToken(view, prev)] as string);
}

/**
 * "Poonch and Nowshera, two towns on …": a plural description after the second of two names joined by "and" or
 * "or" describes the first as well.
 */
function pairDescription(view: TextView, drafts: Drafts, d: Draft): ReturnType<typeof descriptionAfter> {
  const joiner = nextToken(view, d.b);
  if (!JOINERS.has(view.folded[joiner] ?? "")) return null;
  const other = drafts.startingAt(nextToken(view, joiner + 1));
  if (other?.kind !== "name") return null;
  const said = descriptionAfter(view, other.b);
  if (!said || said.age) return null;
  const head = view.folded[said.head] as string;
  return head.endsWith("s") && descriptors().words.get(head) === undefined ? said : null;
}

const AROUND = new Set(["in", "near", "outside"]);

/** A place descriptor ("base", "camps", "village") right before "in"/"near"/"outside" at prev. */
function placeAround(view: TextView, prev: number): boolean {
  if (prev < 0 || !AROUND.has(view.folded[prev] as string)) return false;
  const k = prevToken(view, prev);
  if (k < 0 || view.cap[k] || view.tokens[k]?.pos !== "NOUN") return false;
  const f = view.folded[k] as string;
  const type = descriptorType(view, k) ?? descriptors().words.get(f.endsWith("s") ? f.slice(0, -1) : f);
  return type === "GPE" || type === "LOC";
}

const JOINERS = new Set(["and", "or", "&"]);

/**
 * The type of a name joined to this one by "and"/"or" that has evidence of its own: "Boeing and Lockheed Martin",
 * "Northrop Grumman and Airbus". Names joined so are mostly of one kind. Null when no such name is beside it.
 */
function conjoined(view: TextView, drafts: Drafts, d: Draft, known: (x: Draft) => boolean): EntityType | null {
  if (!sameLevel(view, d)) return null;
  const fits = (x: Draft | undefined): x is Draft =>
    x !== undefined && x !== d && settled(x) && known(x) && sameLevel(view, x);
  const after = nextToken(view, d.b);
  if (JOINERS.has(view.folded[after] ?? "")) {
    const other = drafts.startingAt(nextToken(view, after + 1));
    if (fits(other)) return other.type;
  }
  const before = prevToken(view, d.a);
  if (before >= 0 && JOINERS.has(view.folded[before] as string)) {
    const other = drafts.endingAt(prevToken(view, before) + 1);
    if (fits(other)) return other.type;
  }
  return null;
}

const ATTACHED = new Set(["of", "for", "from", "at", "with", "by", "in"]);

/**
 * A name that is not itself attached to another: "Mo of the Civic Party and Wong" joins two people, not Wong
 * and the party; "Lau and Youngspiration's Yau" joins Lau and Yau.
 */
function sameLevel(view: TextView, d: Draft): boolean {
  if (isPossessive(view, nextToken(view, d.b))) return false;
  let p = prevToken(view, d.a);
  if (p >= 0 && view.folded[p] === "the") p = prevToken(view, p);
  return p < 0 || !ATTACHED.has(view.folded[p] as string);
}

/**
 * A name typed on its own evidence, of a kind that tells the kind of names joined to it: a person or an
 * organization (states and organizations are joined too often: "the United Nations and the United States").
 */
function settled(d: Draft): boolean {
  if (d.dropped || d.kind === "nominal" || (d.weak && !d.guess)) return false;
  return d.type === "PERSON" || d.type === "ORG";
}

// A name whose last word the article also writes in lower case as a noun is headed by that noun: "People Power",
// "Iodine Deficiency Disorders", "the iTunes Music Store" are no person, whose surname is rarely a noun of the text.
// What they are instead (a group, a product, a study, a holiday) the noun does not tell: a thing unless other
// evidence says organization (measured: voting OTHER beats voting ORG on both development corpora).
const COMMON_HEAD_TYPE: EntityType = "OTHER";

function commonHead(view: TextView, d: Draft): boolean {
  // The last word whole: "Ka-ki" ends on "ki", no noun of the text.
  if (d.b - d.a < 2 || !view.gap[d.b - 1]) return false;
  return view.lowerNouns.has(view.folded[d.b - 1] as string);
}

/**
 * The type a pronoun referring back to the name gives it, when the name is the subject of a reporting verb and
 * nothing else it could refer to stands between: "Acme said on Monday that it would …" → ORG; "Lind said …
 * . He added" → PERSON. Null otherwise ("Acme said the plan was late because it …": "it" may be the plan).
 */
function pronounFor(view: TextView, drafts: Drafts, d: Draft): EntityType | null {
  const verb = nextToken(view, d.b);
  if (!REPORTING.has(view.folded[verb] as string)) return null;
  const sentence = view.tokens[d.a]?.sentence ?? -1;
  let nouns = 0;
  let people = 0;
  let k = verb + 1;
  for (; k < view.tokens.length && view.tokens[k]?.sentence === sentence; k++) {
    if (!view.word[k]) continue;
    const f = view.folded[k] as string;
    if (PERSON_PRONOUNS.has(f)) return people === 0 ? "PERSON" : null;
    if (THING_PRONOUNS.has(f)) return nouns === 0 ? "ORG" : null;
    if (PLURAL_PRONOUNS.has(f)) return null;
    const other = drafts.at(k);
    if (other && other !== d && (other.type === "PERSON" || other.type === "ORG")) return null;
    if (view.tokens[k]?.pos === "NOUN" && !view.cap[k]) nouns++;
    if (descriptorType(view, k) === "PERSON") people++;
  }
  // The next sentence opens on the pronoun: "Lind said the deal was done. He added …".
  const opener = nextToken(view, k);
  if (opener >= view.tokens.length || !view.word[opener]) return null;
  const f = view.folded[opener] as string;
  if ((f === "he" || f === "she") && people === 0) return "PERSON";
  if (f === "it" && REPORTING.has(view.folded[nextToken(view, opener + 1)] as string)) return "ORG";
  return null;
}

/** Every word of the name that is no given name is a word of the English lexicon ("Extra Wide Body"). */
function commonWordsOnly(d: Draft): boolean {
  const words = fold(d.text)
    .split(/[\s-]+/)
    .filter((w) => w.length > 0 && !givenNames().has(w));
  return words.length > 0 && words.every(isCommonWord);
}
