import { once, readLexicon } from "../lexicon/read-lexicon.js";
import { PhraseTrie, phraseWords } from "./phrase-trie.js";

/** What a word before or after a number does to it ("around" → approximate, "at least" → min). */
export interface Modifier {
  phrase: string;
  approximate: boolean;
  bound: "min" | "max" | null;
  exclusive: boolean;
}

export interface VagueAmount {
  phrase: string;
  min: number;
  needsOf: boolean;
}

export interface Magnitude {
  value: number;
  glued: boolean;
  ambiguous: boolean;
}

export interface RangeJoiner {
  phrase: string;
  approximate: boolean;
}

/** lexicon/quantities.json compiled into token-keyed lookups, built once per process. */
export interface QuantityLexicon {
  approximators: PhraseTrie<Modifier>;
  postApproximators: PhraseTrie<Modifier>;
  /** Opener word → the joiner it needs ("between" → "and"). */
  rangeOpeners: PhraseTrie<string>;
  rangeJoiners: PhraseTrie<RangeJoiner>;
  changeWords: Set<string>;
  vagueAmounts: PhraseTrie<VagueAmount>;
  vagueMultipliers: PhraseTrie<number>;
  units: Map<string, number>;
  tens: Map<string, number>;
  scales: Map<string, number>;
  oneArticles: Set<string>;
  half: Set<string>;
  magnitudes: Map<string, Magnitude>;
  /** Lower-cased symbol → ISO code. */
  currencySymbols: Map<string, string>;
  /** Upper-case code → ISO code. */
  currencyCodes: Map<string, string>;
  /** Lower-cased word or two-word phrase → ISO code. */
  currencyWords: Map<string, string>;
  ambiguousCurrencyWords: Set<string>;
  /** Scales named before their number ("magnitude 7.1") → the unit. */
  measuresBefore: Map<string, string>;
  /** Percent words and unit signs after a number ("%", "per cent", "°C") → the unit. */
  percent: PhraseTrie<string>;
  skipModifiers: Set<string>;
  standIns: Set<string>;
  plurals: Set<string>;
  partitiveDeterminers: Set<string>;
  identifierCues: Set<string>;
  ageCues: Set<string>;
  /** Nouns a number makes a duration or clock time of: those numbers are the times stage's. */
  timeNouns: Set<string>;
  compoundCounts: Set<string>;
  /** Units a number measures in: "-kilometre" after it keeps a quantity, "km" after it rules out an id. */
  unitsOfMeasure: Set<string>;
  pronounOneBefore: Set<string>;
  pronounOneAfter: Set<string>;
  yearLike: { min: number; max: number };
  /** Every word a quantity can start with, besides digits: most tokens are ruled out by one lookup. */
  starters: Set<string>;
}

/** The compiled lexicon/quantities.json, read on first use. */
export const quantityLexicon = once(() => compileQuantityLexicon(readLexicon("quantities.json")));

type Json = Record<string, unknown>;

function obj(v: unknown, where: string): Json {
  if (typeof v !== "object" || v === null || Array.isArray(v))
    throw new Error(`quantities lexicon: ${where} is not an object`);
  return v as Json;
}
function arr(v: unknown, where: string): unknown[] {
  if (!Array.isArray(v)) throw new Error(`quantities lexicon: ${where} is not a list`);
  return v;
}
function strings(v: unknown, where: string): string[] {
  return arr(v, where).map((x) => String(x));
}
function numbers(v: unknown, where: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const [k, x] of Object.entries(obj(v, where))) if (typeof x === "number") out.set(k.toLowerCase(), x);
  return out;
}
function lower(v: unknown, where: string): Set<string> {
  return new Set(strings(v, where).map((s) => s.toLowerCase()));
}

function modifiers(v: unknown, where: string): PhraseTrie<Modifier> {
  const trie = new PhraseTrie<Modifier>();
  for (const raw of arr(obj(v, where).entries, `${where}.entries`)) {
    const e = obj(raw, where);
    const phrase = String(e.phrase);
    const bound = e.bound === "min" || e.bound === "max" ? e.bound : null;
    trie.add(phraseWords(phrase), {
      phrase,
      approximate: e.approximate === true,
      bound,
      exclusive: e.exclusive === true,
    });
  }
  return trie;
}

/** Checks the shape of the lexicon data and builds the lookups. Exported so tests can compile variants. */
export function compileQuantityLexicon(data: unknown): QuantityLexicon {
  const root = obj(data, "root");
  const ranges = obj(root.ranges, "ranges");
  const rangeOpeners = new PhraseTrie<string>();
  for (const raw of arr(ranges.openers, "ranges.openers")) {
    const e = obj(raw, "ranges.openers");
    rangeOpeners.add(phraseWords(String(e.phrase)), String(e.joiner).toLowerCase());
  }
  const rangeJoiners = new PhraseTrie<RangeJoiner>();
  for (const raw of arr(ranges.joiners, "ranges.joiners")) {
    const e = obj(raw, "ranges.joiners");
    const phrase = String(e.phrase);
    rangeJoiners.add(phraseWords(phrase), { phrase, approximate: e.approximate === true });
  }

  const vague = obj(root.vagueAmounts, "vagueAmounts");
  const vagueAmounts = new PhraseTrie<VagueAmount>();
  for (const raw of arr(vague.entries, "vagueAmounts.entries")) {
    const e = obj(raw, "vagueAmounts.entries");
    const phrase = String(e.phrase);
    vagueAmounts.add(phraseWords(phrase), { phrase, min: Number(e.min), needsOf: e.needsOf === true });
  }
  const vagueMultipliers = new PhraseTrie<number>();
  for (const raw of arr(obj(vague.multipliers, "vagueAmounts.multipliers").entries, "vagueAmounts.multipliers")) {
    const e = obj(raw, "vagueAmounts.multipliers");
    vagueMultipliers.add(phraseWords(String(e.phrase)), Number(e.min));
  }

  const words = obj(root.numberWords, "numberWords");
  const magnitudes = new Map<string, Magnitude>();
  for (const raw of arr(obj(root.magnitudes, "magnitudes").entries, "magnitudes.entries")) {
    const e = obj(raw, "magnitudes.entries");
    magnitudes.set(String(e.word).toLowerCase(), {
      value: Number(e.value),
      glued: e.glued === true,
      ambiguous: e.ambiguous === true,
    });
  }

  const cur = obj(root.currencies, "currencies");
  const currencyCodes = new Map<string, string>();
  for (const code of strings(cur.codes, "currencies.codes")) currencyCodes.set(code, code);
  for (const [alias, code] of Object.entries(obj(cur.codeAliases ?? {}, "currencies.codeAliases")))
    currencyCodes.set(alias, String(code));
  const currencySymbols = new Map<string, string>();
  for (const [sym, code] of Object.entries(obj(cur.symbols, "currencies.symbols")))
    currencySymbols.set(sym.toLowerCase(), String(code));
  const currencyWords = new Map<string, string>();
  for (const [w, code] of Object.entries(obj(cur.words, "currencies.words")))
    currencyWords.set(w.toLowerCase(), String(code));

  const percent = new PhraseTrie<string>();
  for (const [phrase, unit] of Object.entries(
    obj(obj(root.measureWords, "measureWords").entries, "measureWords.entries"),
  ))
    percent.add(phraseWords(phrase), String(unit));

  const measuresBefore = new Map<string, string>();
  for (const [w, unit] of Object.entries(
    obj(obj(root.measuresBefore, "measuresBefore").entries, "measuresBefore.entries"),
  ))
    measuresBefore.set(w.toLowerCase(), String(unit));

  const nouns = obj(root.countedNouns, "countedNouns");
  const not = obj(root.notCounts, "notCounts");
  const one = obj(not.pronounOne, "notCounts.pronounOne");
  const year = obj(not.yearLike, "notCounts.yearLike");

  const units = numbers(words.units, "numberWords.units");
  const tens = numbers(words.tens, "numberWords.tens");
  const oneArticles = lower(words.oneArticles, "numberWords.oneArticles");
  const half = lower(words.half, "numberWords.half");
  const starters = new Set<string>([...units.keys(), ...tens.keys(), ...oneArticles, ...half]);
  const firstWords = (list: unknown, where: string) => {
    for (const raw of arr(list, where)) starters.add(phraseWords(String(obj(raw, where).phrase))[0] ?? "");
  };
  firstWords(obj(root.approximators, "approximators").entries, "approximators.entries");
  firstWords(ranges.openers, "ranges.openers");
  firstWords(vague.entries, "vagueAmounts.entries");
  firstWords(obj(vague.multipliers, "vagueAmounts.multipliers").entries, "vagueAmounts.multipliers");
  for (const code of currencyCodes.keys()) starters.add(code.toLowerCase());
  for (const w of measuresBefore.keys()) starters.add(w);
  for (const sym of currencySymbols.keys()) {
    starters.add(sym);
    // "HK$" may come as the tokens "hk" and "$".
    if (sym.length > 1 && sym.endsWith("$")) starters.add(sym.slice(0, -1));
  }

  return {
    starters,
    approximators: modifiers(root.approximators, "approximators"),
    postApproximators: modifiers(root.postApproximators, "postApproximators"),
    rangeOpeners,
    rangeJoiners,
    changeWords: lower(ranges.changeWords, "ranges.changeWords"),
    vagueAmounts,
    vagueMultipliers,
    units,
    tens,
    scales: numbers(words.scales, "numberWords.scales"),
    oneArticles,
    half,
    magnitudes,
    currencySymbols,
    currencyCodes,
    currencyWords,
    ambiguousCurrencyWords: lower(cur.ambiguousWords, "currencies.ambiguousWords"),
    measuresBefore,
    percent,
    skipModifiers: lower(nouns.skipModifiers, "countedNouns.skipModifiers"),
    standIns: lower(nouns.standIns, "countedNouns.standIns"),
    plurals: lower(nouns.plurals, "countedNouns.plurals"),
    partitiveDeterminers: lower(nouns.partitiveDeterminers, "countedNouns.partitiveDeterminers"),
    identifierCues: lower(not.identifierCues, "notCounts.identifierCues"),
    ageCues: lower(not.ageCues, "notCounts.ageCues"),
    timeNouns: lower(not.timeNouns, "notCounts.timeNouns"),
    compoundCounts: lower(not.compoundCounts, "notCounts.compoundCounts"),
    unitsOfMeasure: lower(not.unitsOfMeasure, "notCounts.unitsOfMeasure"),
    pronounOneBefore: lower(one.before, "notCounts.pronounOne.before"),
    pronounOneAfter: lower(one.after, "notCounts.pronounOne.after"),
    yearLike: { min: Number(year.min), max: Number(year.max) },
  };
}
