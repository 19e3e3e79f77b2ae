import { cueLexicon } from "../claims/lexicon.js";
import { actorDictionary } from "../lexicon/actors.js";
import { isCommonWord, wordClasses } from "../lexicon/common-words.js";
import { descriptors } from "../lexicon/descriptors.js";
import { fold } from "../lexicon/fold.js";
import { givenNames, knownSurnames, surnameLike } from "../lexicon/given-names.js";
import { notNames } from "../lexicon/not-names.js";
import { heads } from "../lexicon/org-heads.js";
import { placeVerbs } from "../lexicon/place-verbs.js";
import { sports } from "../lexicon/sports.js";
import { titles } from "../lexicon/titles.js";
import { descriptionAfter } from "./descriptors.js";
import { type DictionaryHit, dictionaryAt } from "./dictionary.js";
import { type Draft, type Drafts, newDraft } from "./draft.js";
import { midSentenceName, subjectOfSpeech } from "./lone-words.js";
import { capitalReading, demonymStandsForState, isPossessive, theBefore } from "./metonymy.js";
import { bare, endsWithHead, type RunTitle, titleBefore, titleInRun } from "./roles.js";
import { stancePrefix } from "./stance-prefix.js";
import { nextToken, prevToken, type TextView, tokenSpan } from "./text-view.js";

// Tagged so, a capitalised word opening a run is a sentence opener or a function word, not a name.
const FUNCTION_POS = new Set(["DET", "PRON", "ADP", "CCONJ", "SCONJ", "AUX", "PART", "INTJ", "ADV", "NUM"]);
// A city known only from the gazetteer must be big, or a capital, or stand where a place stands.
const BIG_CITY = 500_000;
// Verbs of saying: an unknown single name before one is taken for an organization ("Maersk said").
const SPEECH = new Set([
  "said",
  "says",
  "announced",
  "reported",
  "confirmed",
  "denied",
  "stated",
  "added",
  "warned",
  "told",
  "spoke",
]);
// Verbs of saying that put the speaker after them ("…, said Mauer."); not "told Reuters", whose object is a listener.
const INVERTED = new Set(["said", "says", "added", "stated", "wrote", "explained"]);
// Punctuation that closes an inverted "said Smith" clause.
const INVERSION_END = new Set([",", ".", ";"]);
// Opening a sentence, these count what follows and are no part of it ("Other European markets", "Many Britons").
const QUANTIFIERS = new Set([
  "other",
  "others",
  "many",
  "most",
  "some",
  "several",
  "both",
  "all",
  "few",
  "such",
  "more",
]);
const IN_PLACE = new Set(["in", "at", "near", "outside"]);
const WEEKDAYS = new Set(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]);
const DASH = /^[-\u2010\u2011]$/;
const PLACE_BEFORE = new Set(["in", "at", "near", "from", "to", "into", "outside", "around", "across", "via"]);

/** "BBC Persian", "BBC Arabic": an organization the dictionary knows, then one language word, is its service. */
function languageService(view: TextView, whole: DictionaryHit, b: number): boolean {
  if (whole.b !== b - 1) return false;
  const dict = actorDictionary();
  if (!whole.phrases.some((p) => p.kind === "name" && dict.actors.get(p.actor)?.type === "ORG")) return false;
  const word = view.folded[b - 1] as string;
  if (descriptors().languages.has(word)) return true;
  return dictionaryAt(view, b - 1, b)?.phrases.some((p) => p.kind === "demonym") === true || LANGUAGE_WORDS.has(word);
}

/** Languages that are also a people's or a state's adjective, the dictionary may not list as demonyms. */
const LANGUAGE_WORDS = new Set(["persian", "burmese", "mandarin", "cantonese"]);

/** Reads one capitalised run [a, b) into drafts: dictionary names, titles and the names they introduce, orgs. */
export function readRun(view: TextView, drafts: Drafts, a0: number, b0: number): void {
  const a = nameStart(view, a0, b0);
  // "Air France Flight 447": the flight and its number are no part of the airline's name.
  const b =
    b0 - a > 1 && view.folded[b0 - 1] === "flight" && view.tokens[nextToken(view, b0)]?.pos === "NUM" ? b0 - 1 : b0;
  if (a >= b) return;
  if (shouted(view, a, b)) return;
  // "Interstate 45", "County Road 89": a road's word and its number are one place's name (not "Road 2 Recovery",
  // a title going on in capitals).
  const num = nextToken(view, b);
  if (
    heads().roadNumbers.has(view.folded[b - 1] as string) &&
    view.gap[num] &&
    /^\d{1,4}[A-Z]?$/.test(view.raw[num] ?? "") &&
    !view.cap[nextToken(view, num + 1)]
  ) {
    drafts.add(newDraft(tokenSpan(view, a, num + 1), a, num + 1, "LOC", "name"));
    return;
  }
  const code = demonymAfterCode(view, a, b);
  if (code > 0) {
    readRun(view, drafts, a, code);
    readRun(view, drafts, code, b);
    return;
  }
  const person = personAfterOrgHead(view, a, b);
  if (person > 0) {
    readRun(view, drafts, a, person);
    readRun(view, drafts, person, b);
    return;
  }
  const whole = dictionaryAt(view, a, b);
  if (whole && whole.b === b && addDictionary(view, drafts, whole)) return;
  if (clubAfterPlace(view, whole, b)) {
    drafts.add(newDraft(tokenSpan(view, a, b), a, b, "ORG", "name"));
    return;
  }
  if (whole && languageService(view, whole, b)) {
    drafts.add(newDraft(tokenSpan(view, a, b), a, b, "ORG", "name"));
    return;
  }
  const title = titleInRun(view, a, b);
  if (title && readTitled(view, drafts, a, b, title)) return;
  // A head word alone ("the Ministry") is no name: orgNominals reads it as a description.
  if (b - a > 1 && endsWithHead(view, a, b) && !givenAndSurname(view, a, b)) {
    addHeaded(view, drafts, a, b);
    return;
  }
  // "Sweden Democrats": a country, then the members' word of a party from another country, is that country's own party.
  if (whole && partyOfCountry(view, whole, b)) {
    drafts.add(newDraft(tokenSpan(view, a, b), a, b, "ORG", "name"));
    return;
  }
  // A demonym or a state before a name: "Ukrainian Olena Zelenska", "United States Barack Obama". A single
  // word after a country stays with it ("Israel Katz", "China Eastern").
  // A place before its people stays apart too: "Virginia Democrats", "Texas Republicans".
  const split =
    whole &&
    whole.b < b &&
    (whole.phrases.some((p) => p.kind === "demonym") ||
      (whole.phrases.length > 0 && b - whole.b > 1) ||
      peopleAt(view, whole.b, b) ||
      creedBeforeKnown(view, whole, b) ||
      orgBesideOrg(view, whole, b));
  if (whole && split) {
    if (addDictionary(view, drafts, whole)) {
      readRun(view, drafts, whole.b, b);
      return;
    }
  }
  addPiece(view, drafts, a, b);
}

/** "X-59 Russian missile", "Su-34 Russian jets": where a demonym after a model code starts, or -1. */
function demonymAfterCode(view: TextView, a: number, b: number): number {
  for (let k = a + 1; k < b; k++) {
    if (!/\d/.test(view.raw[k - 1] as string) || !view.gap[k]) continue;
    const hit = dictionaryAt(view, k, b);
    if (hit?.phrases.some((p) => p.kind === "demonym")) return k;
  }
  return -1;
}

const QUOTES = new Set(['"', "\u201c", "\u201d", "'", "\u2018", "\u2019"]);

/**
 * "“FAIR TRADE!”", "“STOP THE STEAL”": English words shouted in capitals in a quotation or before "!" are no name
 * (an acronym is no English word and a name the dictionary knows stays: "NATO ALLIES").
 */
function shouted(view: TextView, a: number, b: number): boolean {
  if (b - a < 2) return false;
  for (let k = a; k < b; k++) {
    const raw = view.raw[k] as string;
    if (!view.word[k]) continue;
    if (!/^\p{Lu}+$/u.test(raw) || !isCommonWord(view.folded[k] as string)) return false;
    if (dictionaryAt(view, k, k + 1)?.phrases.length) return false;
  }
  const before = view.raw[prevToken(view, a)] ?? "";
  const after = view.raw[nextToken(view, b)] ?? "";
  return QUOTES.has(before) || QUOTES.has(after) || after === "!";
}

/**
 * "Houston Rockets", "New York Red Sox": a place the dictionary knows, then a club's nickname (lexicon/sports.json
 * teamNames) to the end of the run, is one team, an organization, in any article; not the place and a person.
 */
function clubAfterPlace(view: TextView, whole: DictionaryHit | null, b: number): boolean {
  if (!whole || whole.b >= b || b - whole.b > 2) return false;
  if (!sports().teamNames.has(view.folded.slice(whole.b, b).join(" "))) return false;
  const dict = actorDictionary();
  const place = (t: string | undefined) => t === "GPE" || t === "LOC";
  return (
    whole.cities.length > 0 || whole.phrases.some((p) => p.kind === "name" && place(dict.actors.get(p.actor)?.type))
  );
}

/** Words for a people or a party's members filling [a, b) ("Democrats", "Kurds"). */
function peopleAt(view: TextView, a: number, b: number): boolean {
  const hit = dictionaryAt(view, a, b);
  return hit !== null && hit !== undefined && hit.b === b && hit.phrases.some((p) => p.kind === "people");
}

/**
 * A country's name (not its adjective), then the plural members' word of a party the dictionary places in another
 * country: "Sweden Democrats" is a Swedish party, not Sweden and the American Democrats ("Virginia Democrats" and
 * "US Democrats" stay apart: no country, or the party's own).
 */
function partyOfCountry(view: TextView, whole: DictionaryHit, b: number): boolean {
  if (b - whole.b !== 1 || !/s$/.test(view.folded[b - 1] as string)) return false;
  const dict = actorDictionary();
  const country = whole.phrases.find((p) => p.kind === "name" && dict.actors.get(p.actor)?.isCountry)?.actor;
  if (!country) return false;
  const rest = dictionaryAt(view, whole.b, b);
  if (!rest || rest.b !== b) return false;
  return rest.phrases.some((p) => {
    const party = dict.actors.get(p.actor);
    return p.kind === "people" && party?.type === "ORG" && party.country !== undefined && party.country !== country;
  });
}

// Head words of business names that are common surnames too ("Douglas Aircraft" is no person, "Jim Press" is).
const SURNAME_HEADS = new Set(["press", "post", "mills", "cross", "steel", "wells", "banks", "law"]);

/**
 * A given name and a head word that is a surname too ("Jim Press", "Emily Post", "Nancy Mills") name a person: a
 * business head that needs its capital (Press, Post, Mills) after a first name the lexicon knows.
 */
/**
 * "Defense Committee Vladimir Shamanov": an organization's head word, then a first name and a surname; the person's
 * name starts at the first name. Where it does, or -1.
 */
function personAfterOrgHead(view: TextView, a: number, b: number): number {
  for (let k = a + 1; k + 1 < b; k++)
    if (heads().org.has(view.folded[k - 1] as string) && givenNames().has(view.folded[k] as string)) return k;
  return -1;
}

function givenAndSurname(view: TextView, a: number, b: number): boolean {
  if (b - a !== 2 || !view.gap[a + 1]) return false;
  return SURNAME_HEADS.has(view.folded[a + 1] as string) && givenNames().has(view.folded[a] as string);
}

/** "Pro-Beijing", "Anti-Trump", "Pan-democrat": a stance or camp written before a name (a camp in lower case only). */
const NAME_STANCES = new Set(["pro", "anti", "non", "ex"]);
function stanceBeforeName(raw: string): boolean {
  const stance = stancePrefix(raw);
  return (
    stance !== null &&
    /^\p{Lu}/u.test(raw) &&
    (NAME_STANCES.has(stance.prefix) || (stance.prefix === "pan" && stance.lowerAfter))
  );
}

/**
 * A common English word that is nobody's first name, followed by a first name ("Follow Pam", not "Bill Gates"). A
 * title is no such word: "President John Smith" opening a sentence is the president.
 */
function commonWordBeforeFirstName(view: TextView, i: number): boolean {
  const f = view.folded[i] as string;
  if (titles().heads.has(f) || titles().honorifics.has(bare(view, i))) return false;
  return isCommonWord(f) && !givenNames().has(f) && givenNames().has(view.folded[i + 1] as string);
}

/** Skips sentence openers and function words at the start of a run ("But", "The", "However", "Speaking"). */
function nameStart(view: TextView, a: number, b: number): number {
  let i = a;
  while (i < b) {
    if (dictionaryAt(view, i, b)) break;
    // "Pro-Beijing DAB", "Pan-democrat Gary Fan": a stance or camp before a name describes it.
    if (i + 1 < b && stanceBeforeName(view.raw[i] as string)) {
      i++;
      continue;
    }
    const pos = view.tokens[i]?.pos ?? "";
    // "Said Ellis: “…”": a verb of saying fronted before the speaker and a colon or comma is no word of the name.
    if (i === a && i + 1 < b && view.initial[i] && cueLexicon().frontedSaying.has(view.folded[i] as string)) {
      const after = view.raw[nextToken(view, b)];
      if (after === ":" || after === ",") {
        i++;
        continue;
      }
    }
    // "Jolly said": a surname the tagger took for an adverb still speaks.
    const speaks = pos === "ADV" && subjectOfSpeech(view, i, b);
    if ((FUNCTION_POS.has(pos) && !speaks) || QUANTIFIERS.has(view.folded[i] as string)) {
      i++;
      continue;
    }
    // "Leader of the Opposition Mira Kest said": a title opening the sentence stays for the title reading.
    const title = titles().heads.has(view.folded[i] as string) && view.folded[i + 1] === "of";
    if (
      view.initial[i] &&
      pos !== "PROPN" &&
      !(i + 1 < b && view.cap[i + 1]) &&
      !title &&
      !subjectOfSpeech(view, i, b)
    ) {
      i++;
      continue;
    }
    // "the Islamist Hamas movement", "Shiite Hezbollah": a word describing a known organization is no part of it.
    if (i === a && describesKnownOrg(view, i, b)) {
      i++;
      continue;
    }
    // "Former Obama aide Tim Vale", "Outgoing Mayor Lind": a word of time before an office is no name's.
    if (view.initial[i] && i + 1 < b && OFFICE_TIMES.has(view.folded[i] as string)) {
      i++;
      continue;
    }
    // "Follow Pam Key on Twitter", "Ask Mary Jones": an imperative opening the sentence before a first name.
    if (view.initial[i] && i + 1 < b && commonWordBeforeFirstName(view, i)) {
      i++;
      continue;
    }
    break;
  }
  return i;
}

/** "Shiite Hezbollah", "Islamist Hamas": a people or creed the dictionary knows, then a name it knows for the rest. */
function creedBeforeKnown(view: TextView, whole: DictionaryHit, b: number): boolean {
  const dict = actorDictionary();
  if (!whole.phrases.some((p) => dict.actors.get(p.actor)?.type === "NORP")) return false;
  return dictionaryAt(view, whole.b, b)?.b === b;
}

/**
 * Two organizations the dictionary knows, side by side with no word between: "told Reuters Hamas is expected …"
 * names the listener and the subject, not one body called "Reuters Hamas".
 */
function orgBesideOrg(view: TextView, whole: DictionaryHit, b: number): boolean {
  const dict = actorDictionary();
  const isOrg = (h: DictionaryHit | null) =>
    h?.phrases.some((p) => (p.kind === "name" || p.kind === "alias") && dict.actors.get(p.actor)?.type === "ORG");
  if (!isOrg(whole)) return false;
  const rest = dictionaryAt(view, whole.b, b);
  return rest?.b === b && isOrg(rest) === true;
}

/**
 * One word (no first name, no title) before the whole rest of the run that the dictionary knows as an organization:
 * an adjective of its creed or camp ("Islamist", "Shiite", "Maoist"), not a word of its name.
 */
function describesKnownOrg(view: TextView, i: number, b: number): boolean {
  if (b - i < 2) return false;
  const f = view.folded[i] as string;
  if (givenNames().has(f) || titles().heads.has(f) || titles().honorifics.has(f)) return false;
  const hit = dictionaryAt(view, i + 1, b);
  if (!hit || hit.b !== b) return false;
  const dict = actorDictionary();
  return hit.phrases.some((p) => (p.kind === "name" || p.kind === "alias") && dict.actors.get(p.actor)?.type === "ORG");
}

/** A dictionary hit as a draft. False when its conditions fail here (a "the" it needs, a small city). */
export function addDictionary(view: TextView, drafts: Drafts, hit: DictionaryHit): boolean {
  const dict = actorDictionary();
  for (const p of hit.phrases) {
    const the = theBefore(view, hit.a);
    if (p.the === "required" && the.at < 0) continue;
    const start = p.the && the.adjacent ? the.at : hit.a;
    const actor = dict.actors.get(p.actor);
    const d = newDraft(
      tokenSpan(view, start, hit.b),
      start,
      hit.b,
      actor?.type ?? "GPE",
      p.kind === "people" ? "demonym" : p.kind,
    );
    d.context = p.context;
    d.from = p.from;
    d.until = p.until;
    if (isPossessive(view, nextToken(view, hit.b))) d.possessive = true;
    if (p.kind === "demonym" || p.kind === "people") {
      // Only a country's adjective stands for a state ("North Korean troops"); a region's ("European markets") never.
      const state = p.kind === "demonym" && actor?.isCountry === true && demonymStandsForState(view, hit.b);
      d.type = "NORP";
      // A party's members belong to its country ("Republican senators" are American).
      const nation = actor?.type === "ORG" ? (actor.country ?? p.actor) : p.actor;
      d.nation = nation;
      d.actor = state ? p.actor : `norp:${p.actor}`;
      d.canonical = state ? (actor?.name ?? d.text) : d.text;
      d.country = nation;
    } else if (p.capital) {
      d.capitalOf = p.actor;
      d.reading = capitalReading(view, hit.a, hit.b);
      if (d.reading === "city") {
        d.kind = "name";
        d.type = "GPE";
        d.cities = hit.cities;
      } else {
        d.kind = "metonym";
        d.actor = p.actor;
        d.canonical = actor?.name;
      }
    } else {
      d.actor = p.actor;
      d.canonical = actor?.name;
      d.country = actor?.country;
      d.geo = actor?.geo;
    }
    drafts.add(d);
    return true;
  }
  if (hit.cities.length === 0) return false;
  // A city only the gazetteer knows: "Reading", "Mobile", "Obama" are words and names too, so ask for evidence:
  // several words, a big city, a place preposition before it, or else (decided in finish) its country named in the article.
  const multiword = hit.b - hit.a > 1;
  const big = hit.cities.some((c) => c.capital || c.population >= BIG_CITY);
  const placed = placedAt(view, hit.a, 0) || ruledBy(view, hit.a);
  // "University exhibits", "Reading the report": a town named by a common word needs a place word before it where
  // the capital says nothing (a sentence's first word, a headline); "attacked Gaza" has one that does.
  const capitalSaysName = !view.initial[hit.a] && !view.headline[hit.a];
  if (!multiword && !big && !placed && !capitalSaysName && isCommonWord(view.folded[hit.a] as string)) return false;
  const d = newDraft(tokenSpan(view, hit.a, hit.b), hit.a, hit.b, "GPE", "name");
  d.cities = hit.cities;
  if (!multiword && !big && !placed) {
    d.tentative = true;
    if (view.initial[hit.a]) d.initial = true;
  }
  drafts.add(d);
  return true;
}

const COMPASS_WORDS = new Set(["north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"]);

/** How many cities back a list may carry a place word: "shelled Kramatorsk, Sloviansk and Izium". */
const LISTED_CITIES = 4;

/**
 * A place word stands before the word at `i`: a preposition of place ("in", "near"), a verb whose object is a place
 * ("shelled"), or a list of cities the gazetteer knows after one ("hit Kramatorsk and Izium").
 */
function placedAt(view: TextView, i: number, depth: number): boolean {
  const p = prevToken(view, i);
  const prev = view.folded[p] ?? "";
  if (PLACE_BEFORE.has(prev) || placeVerbs().has(prev)) return true;
  // "20 km north of Goma": what lies in a direction from a name is measured from a place.
  if (prev === "of" && COMPASS_WORDS.has(view.folded[prevToken(view, p)] ?? "")) return true;
  if (depth >= LISTED_CITIES || (prev !== "and" && prev !== "or" && prev !== ",")) return false;
  const city = prevToken(view, p);
  return city >= 0 && (dictionaryAt(view, city, city + 1)?.cities.length ?? 0) > 0 && placedAt(view, city, depth + 1);
}

// Participles glued to a ruler's name before a place: "Hamas-ruled Gaza", "rebel-held Idlib", "Kremlin-backed Donetsk".
const RULED = new Set([
  "ruled",
  "run",
  "controlled",
  "held",
  "occupied",
  "administered",
  "governed",
  "annexed",
  "backed",
  "led",
  "besieged",
]);

/** A hyphenated "X-ruled" right before token a: a place word, as "in" is ("Hamas-ruled Gaza"). */
function ruledBy(view: TextView, a: number): boolean {
  const p = prevToken(view, a);
  return p > 1 && RULED.has(view.folded[p] as string) && !view.gap[p] && DASH.test(view.raw[p - 1] as string);
}

/** "Russian Culture Minister Olga Lyubimova", "President Emmanuel Macron", "Apple CEO Tim Cook". */
function readTitled(view: TextView, drafts: Drafts, a: number, b: number, title: RunTitle): boolean {
  let owner: Draft | undefined;
  // "Deputy Pentagon Press Secretary …": title words before the owner are part of the role, not a name.
  let ownerFrom = a;
  const titleWord = (i: number) => titles().heads.has(bare(view, i)) || titles().modifiers.has(bare(view, i));
  while (ownerFrom < title.start && titleWord(ownerFrom)) ownerFrom++;
  const roleFrom = ownerFrom > a && ownerFrom < title.start ? a : title.start;
  if (title.start > ownerFrom) {
    const before = drafts.list.length;
    readRun(view, drafts, ownerFrom, title.start);
    owner = drafts.list.length > before ? drafts.list[drafts.list.length - 1] : undefined;
    if (owner?.weak) promoteOwner(owner, title.kind, view.folded[title.end - 1] as string);
  }
  // "Sen. John Smith": an abbreviated office is a role too ("the senator" refers back); "Mr." is none.
  const office = titles().honorificRoles.get(bare(view, title.start));
  const role = title.kind === "honorific" ? office : tokenSpan(view, roleFrom, title.end).text;
  // "President of GM", "Prime Minister of Singapore": what follows "of" is whose office it is, not a name.
  if (role && view.folded[title.end] === "of" && title.end + 1 < b) {
    const before = drafts.list.length;
    readRun(view, drafts, title.end + 1, b);
    owner = drafts.list.length > before ? drafts.list[before] : owner;
    if (owner?.weak) promoteOwner(owner, title.kind);
  }
  const country = owner?.country ?? owner?.nation;
  if (title.end >= b || (role && view.folded[title.end] === "of")) {
    if (!role || title.kind === "job") return true;
    const end = Math.min(b, title.end);
    const d = newDraft(tokenSpan(view, title.start, end), title.start, end, "PERSON", "nominal");
    d.head = view.folded[end - 1];
    d.role = role;
    d.weak = true;
    d.country = country;
    drafts.add(d);
    return true;
  }
  // "Peruvian President Dina Boluarte Visits Chilean Border Towns": a headline's verb after the name's first two words
  // ends it; what follows is read on its own.
  let end = b;
  for (let k = title.end + 2; k < b; k++) {
    const f = view.folded[k] as string;
    const verb = view.tokens[k]?.pos === "VERB" || (f.endsWith("s") && isCommonWord(f));
    if (view.word[k] && verb && !givenNames().has(f)) {
      end = k;
      break;
    }
  }
  const d = newDraft(tokenSpan(view, title.end, end), title.end, end, "PERSON", "name");
  d.role = role;
  d.country = country;
  drafts.add(d);
  if (end + 1 < b) readRun(view, drafts, end + 1, b);
  return true;
}

/** Words that say when someone held an office, written before it: "Former", "Outgoing". */
const OFFICE_TIMES = new Set(["former", "outgoing", "incoming", "acting", "interim"]);

/** Offices held for a person more than for an organization: the unknown word before them is that person. */
const PERSONAL_STAFF = new Set(["adviser", "advisor", "aide", "confidant", "loyalist", "ally", "lawyer"]);

/** Offices of a place: the unknown name before them is a region or town ("the Kherson regional governor"). */
const PLACE_OFFICES = new Set(["governor", "mayor"]);

/** An unknown capitalised word before an office names who holds the office: "Apple" in "Apple CEO". */
function promoteOwner(owner: Draft, kind: RunTitle["kind"], head?: string): void {
  if (kind === "kin" || kind === "honorific") return;
  // "Senior researcher", "Emeritus Professor" opening a sentence: a word of the title, no owner of it.
  if (owner.b - owner.a === 1 && titles().modifiers.has(fold(owner.text))) {
    owner.dropped = true;
    return;
  }
  // "former Trump national security adviser X", "Obama aide X": a person's own staff.
  const single = owner.b - owner.a === 1;
  owner.type =
    head !== undefined && PERSONAL_STAFF.has(head) && single
      ? "PERSON"
      : head !== undefined && PLACE_OFFICES.has(head)
        ? "GPE"
        : "ORG";
  owner.weak = false;
  owner.initial = undefined;
  owner.guess = undefined;
}

/**
 * "Pang Law village", "Mae Sot Act township": a lower-case place noun right after a name that ends on a word of an
 * event or a law says the name is a place's; the place noun's type, or null.
 */
function placeNounAfter(view: TextView, b: number): "GPE" | "LOC" | null {
  const next = nextToken(view, b);
  if (next < 0 || view.cap[next] || !view.word[next]) return null;
  const type = descriptors().words.get(view.folded[next] as string);
  return type === "GPE" || type === "LOC" ? type : null;
}

/** Names ending on a head word: organizations ("Korean Central Television"), places, events. */
function addHeaded(view: TextView, drafts: Drafts, a: number, b: number): void {
  const lex = heads();
  let head = b - 1;
  for (let k = a; k < b; k++) {
    const f = view.folded[k] as string;
    if ((lex.org.has(f) || lex.loc.has(f)) && (view.folded[k + 1] === "of" || view.folded[k + 1] === "for")) {
      head = k;
      break;
    }
  }
  const last = view.folded[head] as string;
  const prefixed = !lex.org.has(last) && lex.prefixes.has(view.folded[a] as string) && !lex.loc.has(last);
  // "Centre for Control of …", "Institute for Fiscal Studies": whatever is "for" a purpose is an organization.
  const purpose = view.folded[head + 1] === "for";
  // "Seismic Research Center", "Joint Operations Centre": the work done there makes a place's head an organization.
  const work = head > a && lex.loc.has(last) && lex.orgBeforePlace.has(view.folded[head - 1] as string);
  const headed =
    lex.org.has(last) || prefixed || purpose || work
      ? "ORG"
      : lex.loc.has(last)
        ? "LOC"
        : lex.gpe.has(last)
          ? "GPE"
          : "OTHER";
  const type = headed === "OTHER" ? (placeNounAfter(view, b) ?? headed) : headed;
  // A demonym, country or capital leading the name owns it ("Russian Foreign Ministry", "Bank of Korea").
  const lead = dictionaryAt(view, a, head);
  let owner: string | undefined;
  if (lead?.phrases[0]) {
    const p = lead.phrases[0];
    owner = p.actor;
    const stateOrgan = type === "ORG" && lex.org.get(last)?.state === true;
    // A party's member word owns its committees ("Democratic National Committee") without being a mention of it.
    const member = p.kind === "demonym" && actorDictionary().actors.get(p.actor)?.type === "ORG";
    // Only a state owns an organ of state: "Apple Corps" is a company's name, not Apple's corps.
    const company = p.actor.startsWith("company:");
    if (stateOrgan && !member && !company && (p.kind === "demonym" || p.kind === "name" || p.capital)) {
      const kind = p.kind === "demonym" ? "demonym" : p.capital ? "metonym" : "name";
      const inner = newDraft(
        tokenSpan(view, lead.a, lead.b),
        lead.a,
        lead.b,
        kind === "demonym" ? "NORP" : "GPE",
        kind,
      );
      inner.actor = p.actor;
      inner.nation = p.actor;
      inner.country = p.actor;
      inner.canonical = actorDictionary().actors.get(p.actor)?.name ?? inner.text;
      drafts.add(inner);
    }
  }
  // "Russia's Defence Ministry": a state's possessive right before an organ of state owns it, as inside the name.
  if (!owner && type === "ORG" && lex.org.get(last)?.state === true) owner = possessiveState(view, drafts, a);
  const d = newDraft(tokenSpan(view, a, b), a, b, type, "name");
  d.head = last;
  // "North Darfur State", "Kano Province": a polity's head after a place the dictionary or the gazetteer knows lies
  // in that place's country.
  if (!owner && type === "GPE" && head === b - 1 && head > a) {
    const place = placeCountry(view, a, head);
    d.country = place?.country;
    // A city only the gazetteer knows ("Palm Beach County" is no Australian town's) must have its country named.
    if (place && !place.sure) d.ownerContext = [place.country];
  }
  // "North Darfur State's Health Ministry": an organ of a region named before it is in the region's country.
  if (!owner && type === "ORG" && lex.org.get(last)?.state === true) {
    const region = possessiveRegion(view, drafts, a);
    d.country = region?.country;
    d.ownerContext = region?.ownerContext;
  }
  if (owner) {
    d.owner = owner;
    d.country = actorDictionary().actors.get(owner)?.country ?? owner;
    // "Republican National Committee" is the US party's only in a story that names the US: "the Republican Front
    // for Change" in a Togolese one is nobody's.
    const conditional = lead?.phrases[0]?.context;
    if (conditional && lead?.phrases[0]?.actor === owner) d.ownerContext = conditional;
  }
  drafts.add(d);
}

/**
 * The country of the place [a, k) names: a region the dictionary knows (sure), a city of one country the gazetteer
 * knows (not sure: the article must name that country), or a part of either.
 */
function placeCountry(view: TextView, a: number, k: number): { country: string; sure: boolean } | undefined {
  const hit = dictionaryAt(view, a, k);
  if (hit?.b === k) {
    const dict = actorDictionary();
    for (const p of hit.phrases) {
      const actor = dict.actors.get(p.actor);
      if (p.kind === "name" && actor && (actor.type === "GPE" || actor.type === "LOC") && actor.country)
        return { country: actor.country, sure: true };
    }
    const countries = new Set(hit.cities.map((c) => c.country));
    const only = [...countries][0];
    return hit.phrases.length === 0 && countries.size === 1 && only ? { country: only, sure: false } : undefined;
  }
  if (k - a < 2) return undefined;
  const part = partOfPlace(view, a, k);
  if (!part?.country) return undefined;
  // A part of a region the dictionary knows ("North Darfur") is sure; of a gazetteer city, as the city is.
  const known = dictionaryAt(view, a + 1, k);
  return { country: part.country, sure: known?.b === k && known.phrases.length > 0 };
}

/** The region or city (no state) whose possessive stands right before token a ("North Darfur State's"). */
function possessiveRegion(view: TextView, drafts: Drafts, a: number): Draft | undefined {
  const mark = prevToken(view, a);
  if (mark < 0 || !/^['\u2019]s$/.test(view.raw[mark] as string)) return undefined;
  const before = prevToken(view, mark);
  return drafts.list.find((d) => d.b === before + 1 && !d.dropped && d.type === "GPE" && d.kind === "name");
}

/** The country (or its capital) whose possessive stands right before token a ("Russia's", "Kyiv’s"). */
function possessiveState(view: TextView, drafts: Drafts, a: number): string | undefined {
  const mark = prevToken(view, a);
  if (mark < 0 || !/^['\u2019]s$/.test(view.raw[mark] as string)) return undefined;
  const before = prevToken(view, mark);
  const state = drafts.list.find((d) => d.b === before + 1 && !d.dropped && (d.type === "GPE" || d.kind === "metonym"));
  // "North Darfur State's Health Ministry" is the region's, in the state's country but no organ of the state.
  if (state?.head !== undefined && heads().gpe.has(state.head)) return undefined;
  const actor = state?.actor ?? state?.country;
  return actor && actorDictionary().actors.get(actor)?.isCountry ? actor : undefined;
}

// Heads of polities written before "of" ("State of …" is as often a speech's or a report's name: left out).
const POLITY_HEADS = new Set([
  "republic",
  "kingdom",
  "emirate",
  "province",
  "region",
  "oblast",
  "governorate",
  "principality",
]);

const ROMAN = /^(?=[IVX]{2})X{0,3}(IX|IV|V?I{0,3})$/;

/** Whatever is left: a person's name, an acronym, or a single word that needs support from elsewhere. */
function addPiece(view: TextView, drafts: Drafts, a: number, b: number): void {
  const span = tokenSpan(view, a, b);
  const words = span.text.split(/\s+/);
  if (words.length === 1) {
    // A lone head word ("Ministry") is left to orgNominals, which reads it as a description.
    const f = fold(span.text);
    // "The Guardian cited", "the Times reported": a head that makes a name only in capitals is one alone after "the".
    const head = heads().org.get(f);
    if (head?.caps && !heads().prefixes.has(f) && view.folded[prevToken(view, a)] === "the" && !view.initial[a]) {
      drafts.add(newDraft(span, a, b, "ORG", "name"));
      return;
    }
    if (notNames().has(f) || head) return;
    // "Black Monday", "Good Friday": a word that names a day with the weekday after it is no name of its own.
    const after = nextToken(view, b);
    if (view.inTime[after] && view.gap[after] && WEEKDAYS.has(view.raw[after] as string)) return;
    // "Ministers said", "Diplomats say": a plural office opening a sentence.
    if (f.endsWith("s") && titles().heads.has(f.slice(0, -1))) return;
    // "XVII", "IV": a Roman numeral (a pope's, a king's, a sequel's number) is no acronym.
    if (ROMAN.test(span.text)) return;
    if (/^\p{Lu}[\p{Lu}\d&.]+$/u.test(span.text) && /\p{Lu}.*\p{Lu}/u.test(span.text)) {
      drafts.add(newDraft(span, a, b, "ORG", "name"));
      return;
    }
  }
  // "Iodine deficiency is …" where the article also writes "iodine": a common noun opening a sentence.
  if (
    words.length === 1 &&
    view.initial[a] &&
    view.lowerNouns.has(view.folded[a] as string) &&
    !subjectOfSpeech(view, a, b)
  )
    return;
  const before = titleBefore(view, a);
  if (words.length > 2 && eventInCountry(view, drafts, a, b)) return;
  // "Northern Burkina Faso": a capitalised side of a country no dictionary names is where in the country, as
  // "northern Burkina Faso" is; the country is the name.
  const side = words.length > 1 ? sideOfCountry(view, a, b) : -1;
  if (side > 0) {
    readRun(view, drafts, side, b);
    return;
  }
  const region = words.length > 1 ? (compassPart(view, a, b) ?? regionOf(view, a, b)) : null;
  if (region) {
    drafts.add(newDraft(span, a, b, region, "name"));
    return;
  }
  const part = words.length > 1 ? partOfPlace(view, a, b) : null;
  if (part) {
    const d = drafts.add(newDraft(span, a, b, part.type, "name"));
    d.country = part.country;
    return;
  }
  // "Republic of North Ossetia", "Province of Alberta": a polity's head and "of" open a place's name.
  if (words.length > 2 && view.folded[a + 1] === "of" && POLITY_HEADS.has(view.folded[a] as string)) {
    drafts.add(newDraft(span, a, b, "GPE", "name"));
    return;
  }
  // "Hurricane Ida", "MV Ever Given", "Lake Ladoga": a first word that says what the name is.
  const prefix = words.length > 1 && !before ? descriptors().namePrefixes.get(fold(words[0] as string)) : undefined;
  if (prefix) {
    drafts.add(newDraft(span, a, b, prefix, "name"));
    return;
  }
  const looksPerson =
    words.length > 1 && words.length <= 5 && words.every(isNameWord) && propnLed(view, a, b) && !letterAfterWord(words);
  // Nobody is "in" or "near" a person: a name-like place the gazetteer lacks ("in Kowloon West"). Only a guess:
  // "a stake in Aer Lingus" is in a company, and the article may say so elsewhere (settleTypes weighs it).
  if (looksPerson && !before && IN_PLACE.has(view.folded[prevToken(view, a)] ?? "")) {
    const d = drafts.add(newDraft(span, a, b, "GPE", "name"));
    d.guess = true;
    return;
  }
  const person = before !== null || looksPerson;
  // A single capitalised word wink does not take for a proper noun is a word in title case ("Experience") where
  // a sentence opens; inside a sentence the capital says name, whatever the tagger guessed ("Ford said").
  if (
    !person &&
    words.length === 1 &&
    view.tokens[a]?.pos !== "PROPN" &&
    !midSentenceName(view, a) &&
    !subjectOfSpeech(view, a, b)
  )
    return;
  // An unknown single name that speaks is more often an organization than a person named by surname alone;
  // a surname still joins its person in the entities stage, as the mention stays weak.
  // "Eyewitnesses told …", "Residents said …": a plural common noun opening a sentence speaks as no organization.
  const speaks = words.length === 1 && SPEECH.has(view.folded[nextToken(view, b)] ?? "") && !commonOpener(view, a, b);
  // "…, said Mauer, …": the inverted speaker closing a quote is a person named by surname far more often.
  const inverted =
    words.length === 1 &&
    !speaks &&
    INVERTED.has(view.folded[prevToken(view, a)] ?? "") &&
    INVERSION_END.has(view.raw[nextToken(view, b)] ?? "");
  // "Peskov said": a word that speaks and ends like a family name is a person named by surname.
  const surname = speaks && surnameLike(view.folded[a] as string) && !isCommonWord(view.folded[a] as string);
  // "Trump met Putin": a public figure's family name, which news uses alone.
  const known = words.length === 1 && knownSurnames().has(view.folded[a] as string);
  const d = newDraft(span, a, b, person || inverted || surname || known ? "PERSON" : speaks ? "ORG" : "OTHER", "name");
  // Only a title says so: anything else is a default that the article's evidence may overturn (settleTypes).
  if (!before && !known) d.guess = true;
  if (!person || (words.length === 1 && !before)) {
    d.weak = true;
    if (view.initial[a] && words.length === 1 && !speaks && !known && !actsAsName(view, a, b)) d.initial = true;
  }
  // In a headline every word is capitalised: keep a name only if the article names it again.
  if (view.headline[a]) {
    d.weak = true;
    if (!known) d.initial = true;
  }
  if (before) {
    if (before.kind !== "kin") d.role = tokenSpan(view, before.start, before.end).text;
    const owner = ownerBefore(view, drafts, before.start);
    if (owner?.weak) promoteOwner(owner, before.kind, view.folded[before.end - 1] as string);
    d.country = owner?.country ?? owner?.nation;
  }
  drafts.add(d);
}

/** What owns a title starting at token t: "South Korean" lawmaker, "Russia's" minister, "Apple" chief executive. */
function ownerBefore(view: TextView, drafts: Drafts, t: number): Draft | undefined {
  const k = t - 1;
  if (k >= 0 && isPossessive(view, k)) return drafts.endingAt(k);
  return drafts.endingAt(t);
}

// Adjectives of a side: "Northern Mali" is a part of Mali, where "North Macedonia" and "South Sudan" are names.
const SIDES = new Set([
  "northern",
  "southern",
  "eastern",
  "western",
  "northeastern",
  "northwestern",
  "southeastern",
  "southwestern",
]);

/** Where the country starts in "Northern Burkina Faso" (one side adjective, then a whole country's name), or -1. */
function sideOfCountry(view: TextView, a: number, b: number): number {
  if (!SIDES.has(view.folded[a] as string)) return -1;
  const k = nextToken(view, a + 1);
  const hit = dictionaryAt(view, k, b);
  const dict = actorDictionary();
  const country = hit?.b === b && hit.phrases.some((p) => p.kind === "name" && dict.actors.get(p.actor)?.isCountry);
  return country ? k : -1;
}

/**
 * A name with a country in it is no person: "South Australia", "New South Wales" are regions of it;
 * "Food Standards Australia New Zealand" an organization. Null when no country is inside.
 */
function regionOf(view: TextView, a: number, b: number): "GPE" | "ORG" | null {
  for (let k = a; k < b; k++) {
    const hit = dictionaryAt(view, k, b);
    if (!hit?.phrases.some((p) => p.kind === "name" && actorDictionary().actors.get(p.actor)?.isCountry)) continue;
    // "Michael Jordan", "Jim Jordan": a first name before the country's name makes a person's name.
    if (hit.b === b && k > a && k - a <= 2 && givenNames().has(view.folded[a] as string)) return null;
    // "Lela Holland, 64,", "Ann Chad, a nurse,": a person's description after it makes a first name and a surname.
    if (hit.b === b && k - a === 1 && descriptionAfter(view, b)?.type === "PERSON") return null;
    // "South Australia", "Greater China" are parts of it; "Ford Australia", "Garuda Indonesia" a company's arm.
    if (hit.b === b && b - a <= 3) return regionWords(view, a, k) ? "GPE" : "ORG";
    // "Israel Katz": one word after a country may be a person's name; leave it to the name rules.
    if (k === a && b - hit.b === 1) return null;
    return "ORG";
  }
  return null;
}

/**
 * An event's name ending on the country it is held in: "Fan Expo Canada", "Open Championship Scotland". The event
 * is a thing (its head word says so: lexicon/org-heads.json "other"), and the country a mention of its own.
 */
function eventInCountry(view: TextView, drafts: Drafts, a: number, b: number): boolean {
  const other = heads().other;
  for (let k = a + 1; k < b; k++) {
    if (!other.has(view.folded[k - 1] as string)) continue;
    const hit = dictionaryAt(view, k, b);
    if (hit?.b !== b) return false;
    const country = hit.phrases.filter(
      (p) => p.kind === "name" && actorDictionary().actors.get(p.actor)?.isCountry === true,
    );
    if (country.length === 0) return false;
    drafts.add(newDraft(tokenSpan(view, a, b), a, b, "OTHER", "name")).head = view.folded[k - 1];
    const before = drafts.list.length;
    addDictionary(view, drafts, { ...hit, phrases: country });
    for (let i = before; i < drafts.list.length; i++) (drafts.list[i] as Draft).inside = true;
    return true;
  }
  return false;
}

const COMPASS = new Set([
  "north",
  "south",
  "east",
  "west",
  "central",
  "northeast",
  "northwest",
  "southeast",
  "southwest",
]);

/**
 * A known place and a compass word after it is a part of that place, as districts and constituencies are named:
 * "Kowloon West", "New Territories East", "London North". Not after a person's or an organization's name
 * ("Radio East" is no place: the dictionary must know the words before as a place).
 */
function compassPart(view: TextView, a: number, b: number): "GPE" | null {
  if (!COMPASS.has(view.folded[b - 1] as string) || !view.cap[b - 1]) return null;
  // "New Territories East", "Hong Kong Island West": a place word ends the name before the compass word.
  const before = view.folded[prevToken(view, b - 1)] as string;
  if (b - a > 2 && (heads().gpe.has(before) || heads().loc.has(before))) return "GPE";
  const hit = dictionaryAt(view, a, b - 1);
  if (!hit || hit.b !== prevToken(view, b - 1) + 1) return null;
  const dict = actorDictionary();
  const place = hit.phrases.some((p) => {
    const type = dict.actors.get(p.actor)?.type;
    return p.kind === "name" && (type === "GPE" || type === "LOC");
  });
  return place || hit.cities.length > 0 ? "GPE" : null;
}

/** Words before a place that say which part of it ("Southern Indiana", "Greater London", "New South"). */
export const REGION_WORDS: ReadonlySet<string> = new Set([
  "north",
  "south",
  "east",
  "west",
  "northern",
  "southern",
  "eastern",
  "western",
  "central",
  "upper",
  "lower",
  "greater",
  "new",
  "inner",
  "outer",
  "mainland",
  "rural",
  "northeast",
  "northwest",
  "southeast",
  "southwest",
]);

// Words that say which part of a known place a name is: "North Darfur", "Western Pacific", "Upper Manhattan".
// The region words but "New" ("New Deal", "New Delhi": another place or no place), "Central" ("Central Park") and
// the words of a kind of area ("Inner", "Rural", …).
const NOT_PARTS = new Set(["new", "central", "inner", "outer", "mainland", "rural"]);
const PART_WORDS: ReadonlySet<string> = new Set([...REGION_WORDS].filter((w) => !NOT_PARTS.has(w)));

/**
 * Words that say which part before a region or city the dictionary or the gazetteer knows: a province or district
 * of it ("North Darfur", "East London", "Lower Manhattan", a place with the place's country), or a part of a region
 * of no country ("the South Pacific", "Eastern Europe": a region too). A city named by a common word ("North Deal")
 * is none.
 */
function partOfPlace(view: TextView, a: number, b: number): { type: "GPE" | "LOC"; country?: string } | null {
  for (let k = a + 1; k < b; k++) {
    if (!view.word[k - 1] || !PART_WORDS.has(view.folded[k - 1] as string)) return null;
    const hit = dictionaryAt(view, k, b);
    if (!hit || hit.b !== b) continue;
    const dict = actorDictionary();
    const place = hit.phrases
      .filter((p) => p.kind === "name")
      .map((p) => dict.actors.get(p.actor))
      .find((actor) => actor !== undefined && !actor.isCountry && (actor.type === "GPE" || actor.type === "LOC"));
    if (place) return place.country ? { type: "GPE", country: place.country } : { type: place.type as "GPE" | "LOC" };
    const countries = new Set(hit.cities.map((c) => c.country));
    if (hit.phrases.length > 0 || countries.size === 0) return null;
    if (b - k === 1 && isCommonWord(view.folded[k] as string)) return null;
    return countries.size === 1 ? { type: "GPE", country: [...countries][0] as string } : { type: "GPE" };
  }
  return null;
}

/** The words [a, k) before a country only say which part of it ("South", "New South"). */
function regionWords(view: TextView, a: number, k: number): boolean {
  for (let i = a; i < k; i++) if (view.word[i] && !REGION_WORDS.has(view.folded[i] as string)) return false;
  return true;
}

/**
 * No word of a would-be name is a function word or an -ing/-ed verb, and wink takes one for a proper noun:
 * "Park Ji-hoon" and "Tim Cook" (wink: Cook/VERB) pass, "Stealing America" and "What Gangs Taught Me" do not.
 */
function propnLed(view: TextView, a: number, b: number): boolean {
  let propn = false;
  for (let k = a; k < b; k++) {
    if (!view.word[k]) continue;
    const pos = view.tokens[k]?.pos ?? "";
    if (FUNCTION_POS.has(pos) && pos !== "ADV") return false;
    if (k === a && pos === "VERB" && /(ing|ed)$/.test(view.folded[k] as string)) return false;
    if (pos === "PROPN") propn = true;
  }
  return propn;
}

/** "Plan B", "Vitamin C", "Type A": a common word and a bare capital letter name a thing, not a person. */
function letterAfterWord(words: readonly string[]): boolean {
  const first = fold(words[0] as string);
  return words.length === 2 && /^\p{Lu}$/u.test(words[1] as string) && isCommonWord(first) && !givenNames().has(first);
}

/** A word that can be part of a person's name: capitalised with lower case after ("Seong-kweun", "McDonald", "JD"). */
function isNameWord(w: string): boolean {
  if (/\d/.test(w)) return false;
  if (/^(von|van|der|den|de|del|della|di|da|du|la|le|bin|ibn|al|el|y|dos|das|zu|ter)$/.test(w)) return true;
  if (/^\p{Lu}\.?$/u.test(w)) return true;
  return /^\p{Lu}[\p{Ll}'’\-\p{Lu}]*\p{Ll}[\p{L}'’-]*$/u.test(w) || /^\p{Lu}\p{Ll}*-\p{L}+$/u.test(w);
}

/**
 * A common English word opening a sentence that reads as a word, not a name: a plural of a common noun ("Eyewitnesses
 * told", "Drones struck", "Buyers queued"), or an adjective before the lower-case word it describes ("Fierce
 * fighting", "Sporadic gunfire"). Such a word is kept only where the article names it elsewhere (finish).
 */
function commonOpener(view: TextView, a: number, b: number): boolean {
  if (b !== a + 1 || !view.initial[a] || givenNames().has(view.folded[a] as string)) return false;
  const f = view.folded[a] as string;
  // "Sears" is no plural: "sear" is no noun.
  if (f.endsWith("s") && !f.endsWith("ss") && singulars(f).some((w) => wordClasses(w).includes("NOUN"))) return true;
  // "Fierce fighting", "Sporadic gunfire": a word that is only an adjective, before the lower-case word it describes.
  const n = nextToken(view, b);
  const classes = wordClasses(f);
  if (!classes.includes("ADJ") || view.gap[n] !== true || view.word[n] !== true || view.cap[n]) return false;
  // "Heavy shelling": an adjective that may be a noun too describes an -ing form after it.
  return classes.every((c) => c === "ADJ" || c === "ADV") || /\p{Ll}{3,}ing$/u.test(view.raw[n] as string);
}

/** The singulars a plural may have: "drones" → "drone", "witnesses" → "witness", "militias" → "militia", "parties" → "party". */
function singulars(f: string): string[] {
  const out = [f.slice(0, -1)];
  if (/(?:s|x|z|ch|sh)es$/.test(f)) out.push(f.slice(0, -2));
  if (f.endsWith("ies")) out.push(`${f.slice(0, -3)}y`);
  // "Edwards", "Andrews": a surname made of a given name is no plural.
  return out.some((w) => givenNames().has(w)) ? [] : out;
}

/**
 * A sentence's first word that the tagger takes for a proper noun, the article never writes in lower case, and that
 * owns something or acts ("Labour's spokesman", "Labour has a plan"): a name, even if written only there.
 */
/** Endings of abstract nouns ("violence", "tension", "unemployment", "unrest" is none): seldom a name alone. */
const ABSTRACT_ENDINGS = /(?:ence|ance|tion|sion|ity|ment|ness|ism)$/;

function actsAsName(view: TextView, a: number, b: number): boolean {
  const f = view.folded[a] as string;
  if (view.tokens[a]?.pos !== "PROPN" || view.lowerNouns.has(f)) return false;
  // "Buyers queued", "Analysts said": a plural common noun opening a sentence; "Violence continued": an abstract one.
  if ((f.endsWith("s") || ABSTRACT_ENDINGS.test(f)) && isCommonWord(f)) return false;
  if (commonOpener(view, a, b)) return false;
  const n = nextToken(view, b);
  if (isPossessive(view, n)) return true;
  const pos = view.tokens[n]?.pos;
  return (pos === "VERB" || pos === "AUX") && !f.endsWith("ing");
}
