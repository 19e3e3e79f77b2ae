import { actorDictionary } from "../lexicon/actors.js";
import { isCommonWord } from "../lexicon/common-words.js";
import { fold } from "../lexicon/fold.js";
import { givenNames } from "../lexicon/given-names.js";
import { legalForms } from "../lexicon/legal-forms.js";
import { calendarWords, captionLabels } from "../lexicon/not-names.js";
import { heads } from "../lexicon/org-heads.js";
import { once } from "../lexicon/read-lexicon.js";
import { titles } from "../lexicon/titles.js";
import type { Sentence } from "../pipeline/layers.js";
import { dictionaryAt } from "./dictionary.js";
import { matchAt } from "./phrase-match.js";
import { nextToken, prevToken, type TextView } from "./text-view.js";

// Lower-case particles inside names: "Ursula von der Leyen", "Bashar al-Assad", "Bank of the Philippines",
// "Dar es Salaam", "Rio Grande do Sul", "Frankfurt am Main", "Newcastle upon Tyne".
const PARTICLES = new Set([
  "es",
  "do",
  "des",
  "am",
  "upon",
  "sur",
  "von",
  "van",
  "der",
  "den",
  "de",
  "del",
  "della",
  "di",
  "da",
  "du",
  "la",
  "le",
  "bin",
  "ibn",
  "al",
  "el",
  "dos",
  "das",
  "zu",
  "ter",
  "y",
  "of",
]);
const DASHES = new Set(["-", "\u2010", "\u2011"]);
const LETTER = /^\p{Lu}$/u;
// Frequency words read as times ("weekly") that end newspapers' names: "LA Weekly", "China Daily".
const PERIODICAL = new Set(["weekly", "daily", "monthly", "quarterly", "annual", "yearly"]);
const POSSESSIVES = new Set(["'s", "\u2019s", "'", "\u2019"]);
// Plural nouns of people whose possessive stays inside an organization's name.
const COLLECTIVE = new Set([
  "people",
  "workers",
  "women",
  "men",
  "children",
  "citizens",
  "farmers",
  "veterans",
  "nations",
]);
// Holders of an office whose possessive names the office they run when an organization's head follows
// ("Sheriff's Office", "Attorney's Office", "Coroner's Department").
const OFFICE_HOLDERS = new Set([
  "sheriff",
  "attorney",
  "coroner",
  "prosecutor",
  "marshal",
  "comptroller",
  "auditor",
  "treasurer",
  "recorder",
  "assessor",
  "solicitor",
  "examiner",
]);

/**
 * Maximal stretches of capitalised words inside one sentence, with the particles and hyphenated pieces that
 * belong to names ("Lee Seong-kweun", "Jean-Luc Mélenchon"). A run stops at punctuation, a lower-case word,
 * a possessive and a time expression. Token indexes [a, b).
 */
export function capitalisedRuns(view: TextView, s: Sentence): [number, number][] {
  const runs: [number, number][] = [];
  const end = s.endToken;
  let i = s.firstToken;
  while (i < end) {
    if (!startsName(view, i) || datedMonth(view, i)) {
      i++;
      continue;
    }
    // "(D-Newport News)", "(R-Ohio)": a party's letter before a lawmaker's state or city is no part of its name.
    if (partyLetter(view, i)) {
      i += 2;
      continue;
    }
    let j = i + 1;
    while (j < end) {
      if (datedMonth(view, j) || weekdayAfterName(view, i, j)) break;
      // "on X. He added": the letter's full stop ended the sentence wink did not end.
      if (view.ends && view.ends[j - 1] !== view.tokens[j - 1]?.end) break;
      if (startsName(view, j, PERIODICAL.has(view.folded[j] as string))) {
        // "Apple Inc. Steve Jobs", "Chrysler LLC Jim Press": a legal form ends the company's name.
        if (legalFormAt(view, j - 1) && j - 1 > i && !legalFormAt(view, j)) break;
        j++;
        continue;
      }
      // A hyphen glued to both neighbours joins them, whatever their case ("Seong-kweun", "al-Assad").
      if (
        DASHES.has(view.raw[j] as string) &&
        !view.gap[j] &&
        !view.gap[j + 1] &&
        view.word[j + 1] &&
        !compoundModifier(view, j + 1) &&
        !letterCompound(view, j)
      ) {
        j += 2;
        continue;
      }
      if (enDashJoin(view, i, j, end)) {
        j += 2;
        continue;
      }
      if (view.raw[j] === "&" && j + 1 < end && startsName(view, j + 1)) {
        j += 2;
        continue;
      }
      // "M/V Ocean Jazz", "M/T Fortune": a slash glued between two capital letters makes one prefix.
      if (view.raw[j] === "/" && !view.gap[j] && !view.gap[j + 1] && j === i + 1 && LETTER.test(view.raw[i] ?? "")) {
        if (LETTER.test(view.raw[j + 1] ?? "")) {
          j += 2;
          continue;
        }
      }
      // "Korean People's Army", "New People's Party", "Workers' Party": a collective noun's possessive inside a name.
      if (
        POSSESSIVES.has(view.raw[j] as string) &&
        !view.gap[j] &&
        (COLLECTIVE.has(view.folded[j - 1] as string) || officeAfter(view, j, end)) &&
        j + 1 < end &&
        startsName(view, nextToken(view, j + 1))
      ) {
        j = nextToken(view, j + 1) + 1;
        continue;
      }
      const particles = particleChain(view, j, end, i);
      if (particles > 0) {
        j += particles;
        continue;
      }
      break;
    }
    // A name the actor dictionary knows runs on over what else ends a run: "Standard & Poor's 500", "FTSE 100",
    // "the Dow Jones industrial average".
    // Asked only when the token that ended the run is a word such a phrase goes on with.
    if (j < end && continuations().has(view.folded[view.raw[j] === " " ? j + 1 : j] as string)) {
      // A sentence's "The" opens the run but no phrase ("The United Nations Force in Lebanon said").
      const from = view.folded[i] === "the" && i + 1 < j ? nextToken(view, i + 1) : i;
      const known = matchAt(view, actorDictionary().phrases, from, end);
      if (known && known.end > j) j = known.end;
    }
    runs.push([spacedArticleBefore(view, i, j, s.firstToken, end), j]);
    i = j;
  }
  return joinHeadedChains(view, joinSpelledByAcronym(view, runs));
}

// Arabic articles written apart from the name in lower case ("al Qaeda", "al Shabaab").
const SPACED_ARTICLES = new Set(["al", "el"]);

/**
 * Where a run [i, j) starts when a lower-case "al" before it opens a name the actor dictionary knows ("by al
 * Qaeda-linked fighters"): at the article; else at i.
 */
function spacedArticleBefore(view: TextView, i: number, j: number, first: number, end: number): number {
  const k = prevToken(view, i);
  if (k < first || view.cap[k] || !SPACED_ARTICLES.has(view.folded[k] as string)) return i;
  const known = matchAt(view, actorDictionary().phrases, k, end);
  return known && known.end > i && known.end <= j ? k : i;
}

/**
 * "in March 2009", "on April 12": a month with a day or a year after it is a date, never a word of a name (nor the
 * town of March), whether or not the times stage read it.
 */
function datedMonth(view: TextView, i: number): boolean {
  if (!calendarWords().months.has(view.folded[i] as string)) return false;
  let n = nextToken(view, i + 1);
  if (view.raw[n] === "." && !view.gap[n]) n = nextToken(view, n + 1);
  return /^(?:\d{1,2}(?:st|nd|rd|th)?|\d{4})$/.test(view.raw[n] ?? "");
}

/**
 * "said spokesman Jean Kabila Saturday": a weekday after a name is when it was said, not a word of the name. A single
 * common word before it names a day ("Black Monday", "Super Tuesday", "Palm Sunday").
 */
function weekdayAfterName(view: TextView, i: number, j: number): boolean {
  if (!calendarWords().weekdays.has(view.folded[j] as string) || !view.gap[j]) return false;
  let words = 0;
  for (let k = i; k < j; k++) if (view.word[k]) words++;
  return words > 1 || !isCommonWord(view.folded[i] as string);
}

/**
 * "the Armed Conflict Location and Event Data Project", "The Coordination of Resistance Committees": runs cut at a
 * lower-case "and" or "of" are one name when the second ends on an organization's head word and the first is
 * no name of its own: only common English words, no head word, nothing the dictionary knows, no title, no first
 * name, no plural opening the sentence ("Members of …"). "Russia and Ukraine", "the Justice Department and Homeland
 * Security Department" stay two.
 */
function joinHeadedChains(view: TextView, runs: [number, number][]): [number, number][] {
  if (runs.length < 2) return runs;
  const out: [number, number][] = [];
  for (const run of runs) {
    const prev = out[out.length - 1];
    if (prev && (headedChain(view, prev, run) || commonOfChain(view, prev, run) || purposeAndChain(view, prev, run)))
      prev[1] = run[1];
    else out.push([run[0], run[1]]);
  }
  return out;
}

const CHAIN_JOINERS = new Set(["and", "of"]);
// Word classes that make the words after "of" a clause ("What Really Happened"), no name's ("Gang of Eight").
const CLAUSE_POS = new Set(["PRON", "DET", "ADV", "AUX", "SCONJ", "CCONJ", "ADP", "PART", "INTJ"]);

function headedChain(view: TextView, [a1, b1]: [number, number], [a2, b2]: [number, number]): boolean {
  if (view.headline[a1]) return false;
  const joiner = nextToken(view, b1);
  if (!CHAIN_JOINERS.has(view.folded[joiner] as string) || nextToken(view, joiner + 1) !== a2) return false;
  const last = view.folded[b2 - 1] as string;
  if (!heads().org.has(last) || b2 - a2 < 2) return false;
  return commonRun(view, a1, b1) || loneHeadWord(view, a1, b1);
}

/**
 * [a, b) is one head word the dictionary does not know ("Defense" of "the Defense and Security Forces"): no name
 * alone, so the chain it opens is one name, as a run of common words is.
 */
function loneHeadWord(view: TextView, a: number, b: number): boolean {
  if (b - a !== 1 || !view.word[a]) return false;
  const f = view.folded[a] as string;
  return heads().org.has(f) && isCommonWord(f) && !titles().heads.has(f) && !dictionaryAt(view, a, b);
}

/**
 * [a, b) is made of common English words only, none a head word, a title, a first name or a word the dictionary
 * knows, and is no plural noun opening the sentence ("Members of …"): no name of its own.
 */
function commonRun(view: TextView, a: number, b: number): boolean {
  const lex = heads();
  const words: number[] = [];
  for (let k = a; k < b; k++) if (view.word[k]) words.push(k);
  const first = words[0];
  if (first === undefined || givenNames().has(view.folded[first] as string)) return false;
  for (const k of words) {
    const f = view.folded[k] as string;
    if (!isCommonWord(f) || lex.org.has(f) || lex.loc.has(f) || lex.gpe.has(f) || titles().heads.has(f)) return false;
    if (dictionaryAt(view, k, b)) return false;
  }
  // "Members of Resistance Committees said": a plural noun opening the sentence is no name's first word.
  const content = words.filter((k) => view.folded[k] !== "the");
  const opener = content[0] as number;
  return !(content.length === 1 && view.initial[opener] && /[^s]s$/.test(view.folded[opener] as string));
}

/**
 * "the Party for Democracy and Progress", "the Institute for Peace and Justice": a name whose head word takes "for"
 * or "of" and a common word, then "and" and one or two more common words, is one name ("the Ministry of Health and
 * Sanitation"). "The Party for Democracy and Mr Lissu" stays two: a name after "and" is no common word.
 */
function purposeAndChain(view: TextView, [a1, b1]: [number, number], [a2, b2]: [number, number]): boolean {
  if (view.headline[a1]) return false;
  const joiner = nextToken(view, b1);
  if (view.folded[joiner] !== "and" || nextToken(view, joiner + 1) !== a2) return false;
  let words = 0;
  for (let k = a2; k < b2; k++) if (view.word[k]) words++;
  if (words > 2) return false;
  let headed = false;
  let linked = false;
  for (let k = a1; k < b1; k++) {
    const f = view.folded[k] as string;
    if (!headed && heads().org.has(f)) headed = true;
    else if (headed && (f === "for" || f === "of") && k + 1 < b1 && isCommonWord(view.folded[k + 1] as string))
      linked = true;
  }
  return linked && commonRun(view, a2, b2);
}

/**
 * "the Line of Control", "the Economic Community of West African States": capitalised common words, "of", and
 * capitalised common words that name nothing alone either (a demonym or a compass word may stand among them, not
 * at the end) are one name. "Bank of England", "Smith of Reuters", "Members of Congress" are left to the other rules:
 * the words after "of" there are a name of their own (a place, a head word such as "Congress").
 */
function commonOfChain(view: TextView, [a1, b1]: [number, number], [a2, b2]: [number, number]): boolean {
  if (view.headline[a1]) return false;
  const joiner = nextToken(view, b1);
  if (view.folded[joiner] !== "of" || nextToken(view, joiner + 1) !== a2) return false;
  const lex = heads();
  const last = view.folded[b2 - 1] as string;
  if (lex.org.has(last) || lex.loc.has(last) || lex.gpe.has(last) || lex.other.has(last)) return false;
  if (!commonRun(view, a1, b1)) return false;
  const whole = dictionaryAt(view, a2, b2);
  if (whole?.b === b2) return false;
  for (let k = a2; k < b2; k++) {
    if (!view.word[k]) continue;
    const f = view.folded[k] as string;
    if (k === a2 && givenNames().has(f)) return false;
    // "the Inside Account of What Really Happened": a clause after "of" is a title's, no name's.
    if (CLAUSE_POS.has(view.tokens[k]?.pos ?? "")) return false;
    const known = dictionaryAt(view, k, b2);
    if (known && known.b < b2 && known.phrases.length > 0 && known.phrases.every((p) => p.kind === "demonym")) {
      k = known.b - 1;
      continue;
    }
    if (!isCommonWord(f) || titles().heads.has(f) || known) return false;
  }
  return true;
}

/**
 * "North Ossetia–Alania": an en dash glued between capitalised words joins one name, unless a side is a name the
 * dictionary knows alone ("the Paris–London train", "the Israel–Hamas war" join two).
 */
function enDashJoin(view: TextView, i: number, j: number, end: number): boolean {
  if (view.raw[j] !== "\u2013" || view.gap[j] || view.gap[j + 1] || j + 1 >= end || !startsName(view, j + 1))
    return false;
  if (dictionaryAt(view, j + 1, end)) return false;
  for (let k = i; k < j; k++) if (dictionaryAt(view, k, j)?.b === j) return false;
  return true;
}

/** "D" of "(D-Md.)": a party's single letter glued by a hyphen to a capitalised word, right after a bracket. */
function partyLetter(view: TextView, i: number): boolean {
  return (
    /^[DRIL]$/.test(view.raw[i] as string) &&
    view.raw[i - 1] === "(" &&
    DASHES.has(view.raw[i + 1] as string) &&
    !view.gap[i + 1] &&
    !view.gap[i + 2] &&
    view.cap[i + 2] === true
  );
}

// Lower-case words an organisation's name may hold between its capitalised words when an acronym spells it.
const ACRONYM_JOINERS = new Set(["and", "of", "for", "the", "on", "&"]);

/**
 * "the Food and Drug Administration (FDA)", "European Aeronautic Defence and Space Company (EADS)": runs cut at a
 * lower-case "and" are one name when the acronym in brackets right after spells their capitalised words' initials
 * (a final legal form such as "Company" may be left out of it). The acronym is the evidence; without it
 * "Britain and France" stays two names.
 */
function joinSpelledByAcronym(view: TextView, runs: [number, number][]): [number, number][] {
  if (runs.length < 2) return runs;
  const out: [number, number][] = [];
  for (let r = 0; r < runs.length; r++) {
    const [a, b] = runs[r] as [number, number];
    const acronym = bracketedAcronymAfter(view, b);
    let joined = false;
    if (acronym)
      for (let back = 1; back <= 3 && out.length >= back; back++) {
        const first = out[out.length - back] as [number, number];
        if (!onlyJoinersBetween(view, out.slice(out.length - back).concat([[a, b]]))) break;
        if (spells(view, first[0], b, acronym)) {
          out.splice(out.length - back, back);
          out.push([first[0], b]);
          joined = true;
          break;
        }
      }
    if (!joined) out.push([a, b]);
  }
  return out;
}

function bracketedAcronymAfter(view: TextView, b: number): string | null {
  const open = nextToken(view, b);
  if (view.raw[open] !== "(") return null;
  const word = nextToken(view, open + 1);
  const raw = view.raw[word] ?? "";
  if (!/^\p{Lu}[\p{Lu}&]{1,9}$/u.test(raw) || view.raw[nextToken(view, word + 1)] !== ")") return null;
  return raw.replaceAll("&", "");
}

/** Consecutive runs with nothing but joiner words ("and", "of") between them. */
function onlyJoinersBetween(view: TextView, runs: readonly [number, number][]): boolean {
  for (let r = 1; r < runs.length; r++) {
    const from = (runs[r - 1] as [number, number])[1];
    const to = (runs[r] as [number, number])[0];
    let words = 0;
    for (let k = from; k < to; k++) {
      if (view.raw[k]?.trim() === "") continue;
      if (!ACRONYM_JOINERS.has(view.folded[k] as string)) return false;
      words++;
    }
    if (words === 0 || words > 2) return false;
  }
  return true;
}

/** Whether the capitalised words of [a, b) spell `acronym` by their initials, a final legal form optional. */
function spells(view: TextView, a: number, b: number, acronym: string): boolean {
  const caps: number[] = [];
  // A capitalised "The" opening the sentence is no word of the name.
  for (let k = a; k < b; k++)
    if (view.cap[k] && view.word[k] && !ACRONYM_JOINERS.has(view.folded[k] as string)) caps.push(k);
  const initials = caps.map((k) => (view.raw[k] as string)[0]).join("");
  if (initials === acronym) return true;
  const last = caps[caps.length - 1];
  return last !== undefined && legalForms().has(view.folded[last] as string) && initials.slice(0, -1) === acronym;
}

// Participles not ending in -ed: "Hamas-run Gaza", "rebel-held", "Tokyo-bound", "Taliban-hit".
const IRREGULAR_PARTICIPLES = new Set(["run", "held", "built", "hit", "bound", "grown", "driven", "stricken", "torn"]);

/**
 * A lower-case participle or adjective glued by a hyphen makes the name a modifier, not part of a longer name:
 * "Dubai-based", "Kremlin-backed", "Panama-flagged", "Russian-born" end the name before the hyphen.
 */
function compoundModifier(view: TextView, k: number): boolean {
  if (view.cap[k]) return false;
  return modifierWord(view.folded[k] as string);
}

function modifierWord(f: string): boolean {
  return (/(ed|ing|born|made|wide|style|era)$/.test(f) && f.length > 3) || IRREGULAR_PARTICIPLES.has(f);
}

/** "M23-controlled" kept as one token: a name glued to a lower-case participle is a modifier, no name. */
function gluedModifier(raw: string): boolean {
  const dash = raw.lastIndexOf("-");
  return dash > 0 && /^\p{Ll}+$/u.test(raw.slice(dash + 1)) && modifierWord(raw.slice(dash + 1));
}

function legalFormAt(view: TextView, k: number): boolean {
  if (view.cap[k] !== true) return false;
  const f = view.folded[k] as string;
  return legalForms().has(f) || (f.includes(".") && legalForms().has(f.replaceAll(".", "")));
}

/** "T-shirt", "X-ray", "U-turn": one capital letter glued to a lower-case word is a common noun, no name. */
function letterCompound(view: TextView, dash: number): boolean {
  return /^\p{Lu}$/u.test(view.raw[dash - 1] ?? "") && !view.cap[dash + 1];
}

/** A capitalised word that may open or go on a name; a time expression's word only when `timeWord` allows it. */
function startsName(view: TextView, i: number, timeWord = false): boolean {
  if (view.word[i] !== true || view.cap[i] !== true || (view.inTime[i] && !timeWord)) return false;
  const raw = view.raw[i] as string;
  if (gluedModifier(raw)) return false;
  // "T-shirt", "X-ray" (one token or three): a capital letter glued to a common noun.
  if (raw.length === 1 && DASHES.has(view.raw[i + 1] as string) && !view.gap[i + 1] && letterCompound(view, i + 1))
    return false;
  if (raw.length > 2 && DASHES.has(raw[1] as string) && /^\p{Lu}.\p{Ll}/u.test(raw)) return false;
  // "Image: Jane Doe", "Photo: Reuters": a caption's label ends the name before it.
  if (view.raw[i + 1] === ":" && captionLabels().has(view.folded[i] as string)) return false;
  // Glued to a number it is a unit or model, not a name ("3G", "F-16").
  return view.gap[i] !== false || i === 0 || !/\d$/.test(view.raw[i - 1] as string);
}

/** Forms of the Arabic article that are English words too: only glued by a hyphen to a name ("Deir ez-Zor", "Ras al-Ain"). */
const HYPHENED_ARTICLES = new Set([
  "ez",
  "ad",
  "adh",
  "an",
  "ar",
  "as",
  "ash",
  "at",
  "ath",
  "az",
  "ed",
  "er",
  "et",
  "ul",
  "ud",
]);

function hyphenedArticle(view: TextView, k: number): boolean {
  return (
    HYPHENED_ARTICLES.has(view.folded[k] as string) &&
    DASHES.has(view.raw[k + 1] as string) &&
    !view.gap[k + 1] &&
    !view.gap[k + 2] &&
    view.cap[k + 2] === true
  );
}

/** How many particle tokens at j lead on to a capitalised word ("of the" before "Congo"), or 0. */
function particleChain(view: TextView, j: number, end: number, runStart: number): number {
  let k = j;
  while (k < end && k - j < 3) {
    const f = view.folded[k] as string;
    // "of" and "for" go on an organization's name once it has its head word: "Foundation for the Visual Arts",
    // "Australian Centre for Control of Iodine Deficiency Disorders".
    const joins =
      f === "of" || f === "for"
        ? afterHead(view, k) || orgHeadIn(view, runStart, k)
        : PARTICLES.has(f) || hyphenedArticle(view, k);
    const isParticle = joins || (f === "the" && k > j && (view.folded[k - 1] === "of" || view.folded[k - 1] === "for"));
    if (!isParticle || view.cap[k]) break;
    k++;
    if (k < end && startsName(view, k)) return k - j;
    // "al-Assad": the particle's hyphen is joined by the caller.
    if (k < end && DASHES.has(view.raw[k] as string) && !view.gap[k]) return k - j;
  }
  return 0;
}

/**
 * Words inside the actor dictionary's phrases that end a run of capitals ("'s", "&", "500", "industrial"): only a
 * run stopped by one of them can be part of a longer phrase.
 */
const continuations = once((): ReadonlySet<string> => {
  const out = new Set<string>();
  for (const p of actorDictionary().phrases.all()) {
    const words = p.original.split(/(?=[\s'’&-])|\s+/).filter((w) => w.length > 0);
    for (const w of words.slice(1)) if (!/^\p{Lu}/u.test(w)) out.add(fold(w.trim()));
  }
  return out;
});

/** Whether the possessive at token j follows an office holder ("Sheriff's") and an organization's head follows it. */
function officeAfter(view: TextView, j: number, end: number): boolean {
  if (!OFFICE_HOLDERS.has(view.folded[j - 1] as string) || !view.cap[j - 1]) return false;
  const k = nextToken(view, j + 1);
  return k < end && view.cap[k] === true && heads().org.has(view.folded[k] as string);
}

function orgHeadIn(view: TextView, a: number, b: number): boolean {
  const lex = heads();
  for (let k = a; k < b; k++) {
    const f = view.folded[k] as string;
    if (view.cap[k] && (lex.org.has(f) || lex.loc.has(f) || lex.other.has(f))) return true;
  }
  return false;
}

/**
 * "of" joins a name only after a head word ("Bank of England", "Gulf of Aden", "Secretary of State"), so
 * that "Adelle Nazarian of Breitbart News" stays a person and an organization.
 */
function afterHead(view: TextView, k: number): boolean {
  const f = view.folded[k - 1] as string;
  const lex = heads();
  return lex.org.has(f) || lex.loc.has(f) || lex.gpe.has(f) || lex.other.has(f) || titles().heads.has(f);
}
