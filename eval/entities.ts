// Scores the typing of named mentions (PERSON, ORG, GPE/LOC) against MEANTIME (English, intra+cross-doc) and the
// news documents of GUM: per type P/R/F1, exact and overlapping, plus a confusion table of the types given to
// gold names. Neither corpus ships its running text with spacing, so each is rebuilt from its tokens (with a
// simple detokenizer) and the gold spans are carried over to the rebuilt text's UTF-16 offsets; the readers are
// src/eval/meantime.ts and src/eval/gum.ts. `scoreEntities` returns the same figures for a scoreboard.
// Usage: node --import tsx eval/entities.ts [--corpus meantime|gum|both] [--misses N] [--spurious N] [--json]
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { EntityType } from "../src/article/analysis.js";
import type { Article } from "../src/article/article.js";
import { type GumDocument, readGumCorpus } from "../src/eval/gum.js";
import { isMain } from "../src/eval/is-main.js";
import { type MeantimeDocument, readMeantimeCorpus } from "../src/eval/meantime.js";
import { scriptArgs } from "../src/eval/script-args.js";
import { printTop, top } from "../src/eval/tally.js";
import { once, readLexicon } from "../src/lexicon/read-lexicon.js";
import { titles } from "../src/lexicon/titles.js";
import type { Doc } from "../src/pipeline/layers.js";
import { buildPipeline } from "../src/pipeline/runner.js";
import type { AnyStage } from "../src/pipeline/stage.js";
import { entitiesStage } from "../src/pipeline/stages/entities.js";
import { mentionsStage } from "../src/pipeline/stages/mentions.js";
import { referenceStage } from "../src/pipeline/stages/reference.js";
import { timesStage } from "../src/pipeline/stages/times.js";
import { tokensStage } from "../src/pipeline/stages/tokens.js";

const CORPORA = fileURLToPath(new URL("../../shared/corpora/", import.meta.url));
type Kind = "PER" | "ORG" | "LOC";
const KINDS: Kind[] = ["PER", "ORG", "LOC"];

interface Gold {
  start: number;
  end: number;
  /** PER/ORG/LOC, or the corpus's own type for the rest ("PRO", "event"): a name that is none of the three. */
  type: string;
}

interface Annotated {
  id: string;
  text: string;
  published: string | null;
  gold: Gold[];
  /** Names the corpus gives no type: what overlaps them is not scored. */
  ignore: { start: number; end: number }[];
  /** Scored region [0, until): MEANTIME annotates every mention only in its first sentences. */
  until: number;
}

interface Predicted {
  start: number;
  end: number;
  type: EntityType;
  text: string;
}

const run = buildPipeline([referenceStage, tokensStage, timesStage, mentionsStage, entitiesStage] as AnyStage[]);

// ---------------------------------------------------------------------------------------------------------------
// Which part of an annotated mention is its name.

interface Tok {
  text: string;
  proper: boolean;
  start: number;
  end: number;
}

const JOINERS = new Set(["of", "the", "and", "&", "-", ".", "de", "du", "la", "von", "van", "der", "al", "for"]);
// "for" ends a chunk like the other prepositions ("an attorney for Scientology" is a person, not a name); between
// two proper nouns it stays inside a name ("Council for American-Islamic Relations", see `between` below).
const CHUNK_END = new Set([
  "for",
  "in",
  "at",
  "on",
  "from",
  "with",
  "by",
  "to",
  "who",
  "which",
  "that",
  "whose",
  "'s",
  "’s",
  "(",
  ",",
  ")",
  ":",
  ";",
]);

/**
 * The name inside an annotated mention, or null when the mention is a description or pronoun: the head of its
 * first chunk (up to a preposition, comma or relative word) must be a proper noun; the name is the stretch of
 * proper nouns (with "of", "the", "and" between them) that ends on it. "coast guard spokesman Ville Koskinen"
 * → "Ville Koskinen"; "the Bank of England" → "Bank of England"; "the president of France" → null.
 */
function nameIn(
  toks: readonly Tok[],
  person = false,
  mentionEnds: ReadonlySet<number> = new Set(),
): { start: number; end: number } | null {
  let begin = 0;
  let end = 0;
  while (end < toks.length) {
    const t = toks[end] as Tok;
    const f = t.text.toLowerCase();
    // A possessor is a determiner, not the mention's head: "DAB's Ben Chan" is the person Ben Chan, "Tunisia's coach
    // Nabil Maaloul" Nabil Maaloul, "Google's headquarters" no name; the corpora annotate the possessor as a mention
    // of its own. So the name is looked for after the possessive, unless the possessive sits inside a name: proper
    // nouns on both sides and no mention of the possessor alone ("Korean People's Army", "People's Republic of China").
    const inName =
      end > begin &&
      toks[end - 1]?.proper &&
      toks[end + 1]?.proper &&
      !mentionEnds.has((toks[end - 1] as Tok).end) &&
      !mentionEnds.has(t.end);
    if (POSSESSIVE.has(f) && end > begin && end + 1 < toks.length && !inName) {
      begin = end + 1;
      end++;
      continue;
    }
    const between =
      (JOINERS.has(f) || (POSSESSIVE.has(f) && inName)) &&
      end > begin &&
      toks[end - 1]?.proper &&
      toks.slice(end + 1).some((x) => x.proper);
    if (CHUNK_END.has(f) && !between) break;
    // A person's name never runs on through "of": "Lee Cheuk-yan of the Labour Party" is Lee Cheuk-yan.
    if (f === "of" && (!between || person)) break;
    end++;
  }
  let head = end - 1;
  while (head >= begin && /^[^\p{L}\p{N}]+$/u.test((toks[head] as Tok).text)) head--;
  if (head < begin || !(toks[head] as Tok).proper) return null;
  let first = head;
  while (first > begin) {
    const p = toks[first - 1] as Tok;
    if (p.proper) first--;
    else if (
      (JOINERS.has(p.text.toLowerCase()) || POSSESSIVE.has(p.text)) &&
      first >= begin + 2 &&
      (toks[first - 2]?.proper || toks[first - 2]?.text === "of")
    )
      first--;
    else break;
  }
  while (first < head && !(toks[first] as Tok).proper) first++;
  // A person's title is not part of the name (the CoNLL and OntoNotes convention, and dossier's own: a title is a
  // role): "President Donald Trump" → "Donald Trump", "Culture Minister Olga Lyubimova" → "Olga Lyubimova".
  if (person) while (first < head && isTitleWord((toks[first] as Tok).text)) first++;
  if (person) return personTail(toks, head) ?? { start: (toks[first] as Tok).start, end: (toks[head] as Tok).end };
  return { start: (toks[first] as Tok).start, end: (toks[head] as Tok).end };
}

/**
 * A person's mention whose name comes last, after a title or a description in front of it: "Apple CEO Steve Jobs",
 * "Minister of Education Stefania Giannini", "Joint Council for the Welfare of Immigrants campaigner Caitlin
 * Boswell", "Ryanair CEO, Michael O'Leary". The name is the proper nouns that end the mention, after the last title
 * among them, when a title or a lower-case noun stands right before it (or a comma after a title): the mention's head
 * is the name there, not the first chunk's. Null otherwise ("Lee Cheuk-yan of the Labour Party").
 */
function personTail(toks: readonly Tok[], chunkHead: number): { start: number; end: number } | null {
  let last = toks.length - 1;
  while (last >= 0 && /^[^\p{L}\p{N}]+$/u.test((toks[last] as Tok).text)) last--;
  if (last <= chunkHead || !(toks[last] as Tok).proper) return null;
  let first = last;
  while (first > 0 && (toks[first - 1] as Tok).proper && !isTitleHead((toks[first - 1] as Tok).text)) first--;
  if (first === 0) return null;
  const before = (toks[first - 1] as Tok).text;
  // A title right after "of" opens an organization's name ("of General Motors"), not a person's.
  const ownTitle = isTitleHead(before) && !JOINERS.has((toks[first - 2] as Tok | undefined)?.text.toLowerCase() ?? "");
  let described = ownTitle || (/^\p{Ll}/u.test(before) && !JOINERS.has(before) && !CHUNK_END.has(before));
  // "Minister of Education Stefania Giannini": the portfolio after "of" belongs to the title.
  if (before === "of" && first >= 2 && isTitleHead((toks[first - 2] as Tok).text)) {
    while (first < last && titles().portfolios.has((toks[first] as Tok).text.toLowerCase())) first++;
    described = first > 0 && (toks[first - 1] as Tok).text !== "of";
  }
  const byComma = before === "," && first >= 2 && isTitleHead((toks[first - 2] as Tok).text);
  // An apposition after a name is no premodifier of the last one: "Fritz Henderson, the CEO of General Motors".
  const apposed = toks.slice(chunkHead + 1, first).some((t) => t.text === ",");
  if (!byComma && (!described || apposed)) return null;
  return { start: (toks[first] as Tok).start, end: (toks[last] as Tok).end };
}

/** A title's head word or an honorific ("CEO", "Minister", "Mr"), not a modifier ("party", "labour"). */
function isTitleHead(text: string): boolean {
  const w = text.toLowerCase().replace(/\.$/, "");
  return titles().heads.has(w) || titles().honorifics.has(w);
}

const POSSESSIVE = new Set(["'s", "’s", "'", "’"]);

/**
 * A person's "name" that is no person's name: a title alone ("the Prime Minister of Canada" leaves "Minister" once
 * the title is taken off; "the President") is a description in capitals, and a word for a nationality, religion or
 * people ("Muslims", "Afghans", "Rohingya": GUM types the group of people it refers to as person) is a nationality
 * or group word, which NER does not count a person's name (CoNLL: MISC, OntoNotes: NORP). Scored neither way.
 */
function notAPersonName(toks: readonly Tok[], name: { start: number; end: number }): boolean {
  const inside = toks.filter((t) => t.start >= name.start && t.end <= name.end);
  if (inside.every((t) => isTitleWord(t.text))) return true;
  return inside.length === 1 && groupWords().has((inside[0] as Tok).text);
}

/** Adjectives of nationality and region, from the gazetteers dossier ships (lexicon/countries.json, places.json). */
const demonyms = once((): ReadonlySet<string> => {
  const out = new Set<string>();
  const countries = readLexicon<{ countries: { demonyms?: string[] }[] }>("countries.json").countries;
  const places = readLexicon<{ places: { demonyms?: string[] }[] }>("places.json").places;
  for (const c of [...countries, ...places]) for (const d of c.demonyms ?? []) out.add(d);
  return out;
});

/**
 * Words for a nationality or a group of people, from the gazetteers dossier ships (countries.json, places.json,
 * actors.json): the adjectives and their plurals ("Afghan", "Afghans"), and the names of religious and ethnic groups.
 */
const groupWords = once((): ReadonlySet<string> => {
  const out = new Set<string>();
  for (const d of demonyms()) {
    out.add(d);
    out.add(`${d}s`);
  }
  const actors = readLexicon<{
    countryNames: { demonyms?: string[] }[];
    actors: { type: string; names: string[] }[];
  }>("actors.json");
  for (const c of actors.countryNames) for (const d of c.demonyms ?? []) out.add(d).add(`${d}s`);
  for (const a of actors.actors) if (a.type === "NORP") for (const n of a.names) out.add(n);
  return out;
});

function isTitleWord(text: string): boolean {
  const w = text.toLowerCase().replace(/\.$/, "");
  const t = titles();
  return t.heads.has(w) || t.honorifics.has(w) || t.modifiers.has(w) || t.portfolios.has(w);
}

/** One gold name per span and type (a name and the longer mention around it can share their name part). */
function unique(gold: readonly Gold[]): Gold[] {
  const seen = new Set<string>();
  return gold.filter((g) => {
    const key = `${g.start}:${g.end}:${g.type}`;
    return !seen.has(key) && seen.add(key) !== undefined;
  });
}

// ---------------------------------------------------------------------------------------------------------------
// The corpora as scored here: gold names with the three types, read by src/eval/meantime.ts and src/eval/gum.ts.

const MEANTIME_TYPE: Record<string, string> = { PER: "PER", ORG: "ORG", LOC: "LOC" };
const NOT_PROPER = new Set(["The", "A", "An", "This", "That", "These", "Those", "It", "He", "She", "They", "We", "I"]);

/**
 * MEANTIME's names (syntactic types NAM and PRE.NAM), typed through the entity they refer to. Only sentences 0-5 carry every
 * mention; later ones only those of cross-document instances, so only the first six are scored.
 */
function meantimeAnnotated(doc: MeantimeDocument): Annotated {
  // MEANTIME has no POS tags: a capitalised token that is no sentence-initial function word counts as proper.
  const toks: Tok[] = doc.tokens.map((t) => ({
    text: t.text,
    proper: /^\p{Lu}/u.test(t.text) && !NOT_PROPER.has(t.text),
    start: t.start,
    end: t.end,
  }));
  const gold: Gold[] = [];
  const ignore: { start: number; end: number }[] = [];
  const ends = new Set(doc.entityMentions.flatMap((m) => toks[m.tokens[m.tokens.length - 1] ?? -1]?.end ?? []));
  for (const m of doc.entityMentions) {
    // NAM is a name; PRE.NAM a name used as a modifier ("US automaker", "Apple CEO"), still a named mention. An
    // adjective of nationality ("American", "European") MEANTIME also calls PRE.NAM of a place; NER does not count
    // it a place's name (CoNLL: MISC, OntoNotes: NORP), so it is scored neither way.
    if (m.syntacticType !== "NAM" && m.syntacticType !== "PRE.NAM") continue;
    if (
      m.syntacticType === "PRE.NAM" &&
      m.tokens.length === 1 &&
      demonyms().has(toks[m.tokens[0] as number]?.text ?? "")
    ) {
      const t = toks[m.tokens[0] as number] as Tok;
      ignore.push({ start: t.start, end: t.end });
      continue;
    }
    const name = nameIn(
      m.tokens.map((k) => toks[k] as Tok),
      m.type === "PER",
      ends,
    );
    // A name no instance types is left out of the score either way.
    if (!m.type) {
      if (name) ignore.push(name);
      continue;
    }
    if (name && m.type === "PER" && notAPersonName(toks, name)) ignore.push(name);
    else if (name) gold.push({ ...name, type: MEANTIME_TYPE[m.type] ?? m.type });
  }
  // The corpus's creation time (its date line) is the publication date: without it no time is resolved, and months
  // and weekdays ("in March", "Asia Monday") would be read as names.
  return {
    id: doc.name,
    text: doc.text,
    published: doc.published,
    gold: unique(gold),
    ignore,
    until: doc.fullyAnnotatedUntil,
  };
}

const GUM_TYPE: Record<string, string> = { person: "PER", organization: "ORG", place: "LOC" };

/** GUM's mentions of every kind; the name inside each (if any) is scored. */
function gumAnnotated(doc: GumDocument): Annotated {
  const toks: Tok[] = doc.tokens.map((t) => ({
    text: t.text,
    proper: t.upos === "PROPN" || /^NPS?$/.test(t.xpos),
    start: t.start,
    end: t.end,
  }));
  const gold: Gold[] = [];
  const ignore: { start: number; end: number }[] = [];
  const ends = new Set(doc.mentions.flatMap((m) => toks[m.tokens[m.tokens.length - 1] ?? -1]?.end ?? []));
  for (const m of doc.mentions) {
    const name = nameIn(
      m.tokens.map((k) => toks[k] as Tok),
      m.type === "person",
      ends,
    );
    if (name && m.type === "person" && notAPersonName(toks, name)) ignore.push(name);
    else if (name) gold.push({ ...name, type: GUM_TYPE[m.type] ?? m.type });
  }
  return {
    id: doc.id,
    text: doc.text,
    published: doc.published,
    gold: unique(gold),
    ignore,
    until: doc.text.length,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Scoring.

function kindOf(t: EntityType): Kind | null {
  return t === "PERSON" ? "PER" : t === "ORG" ? "ORG" : t === "GPE" || t === "LOC" ? "LOC" : null;
}

/** The article's named mentions as the analysis types them: an entity's type on each of its name mentions. */
function predictions(doc: Doc): Predicted[] {
  const kinds = new Map<string, string>();
  for (const m of doc.mentions ?? []) kinds.set(`${m.start}:${m.end}`, m.kind);
  const out: Predicted[] = [];
  for (const e of doc.entities ?? []) {
    for (const m of e.mentions) {
      const kind = kinds.get(`${m.start}:${m.end}`);
      if (kind !== "name" && kind !== "alias" && kind !== "metonym") continue;
      // "the Kremlin", "the Gulf": the article's span keeps "the"; gold names start after it.
      const the = /^the\s+/i.exec(m.text);
      const start = the ? m.start + the[0].length : m.start;
      out.push({ start, end: m.end, type: e.type, text: m.text.slice(the ? the[0].length : 0) });
    }
  }
  return out;
}

interface Counts {
  gold: number;
  predicted: number;
  exact: number;
  overlap: number;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

function score(docs: readonly Annotated[], misses: Map<string, number>, spurious: Map<string, number>) {
  const counts = new Map<Kind | "ALL", Counts>();
  for (const k of [...KINDS, "ALL" as const]) counts.set(k, { gold: 0, predicted: 0, exact: 0, overlap: 0 });
  // gold type → predicted type of the best-overlapping name ("none" when no name overlaps).
  const confusion = new Map<string, Map<string, number>>();
  let chars = 0;
  const t0 = performance.now();
  for (const d of docs) {
    const article: Article = { text: d.text, published: d.published, title: null, url: null, source: null };
    chars += d.text.length;
    const doc = run.run(article);
    const pred = predictions(doc).filter((p) => p.start < d.until && !d.ignore.some((x) => overlaps(x, p)));
    const gold = d.gold.filter((g) => g.start < d.until);
    for (const g of gold) {
      const kind = KINDS.includes(g.type as Kind) ? (g.type as Kind) : null;
      const best = pred
        .filter((p) => overlaps(p, g))
        .sort(
          (x, y) =>
            Number(y.start === g.start && y.end === g.end) - Number(x.start === g.start && x.end === g.end) ||
            Number(kindOf(y.type) === kind) - Number(kindOf(x.type) === kind),
        )[0];
      const row = kind ?? "other";
      const got = best ? (kindOf(best.type) ?? best.type) : "none";
      const r = confusion.get(row) ?? new Map<string, number>();
      r.set(got, (r.get(got) ?? 0) + 1);
      confusion.set(row, r);
      if (kind && got !== kind) {
        const key = `${kind} ${d.text.slice(g.start, g.end)} → ${best ? `${got} ${best.text}` : "none"}`;
        misses.set(key, (misses.get(key) ?? 0) + 1);
      }
    }
    for (const kind of KINDS) {
      const g = gold.filter((x) => x.type === kind);
      const p = pred.filter((x) => kindOf(x.type) === kind);
      const c = counts.get(kind) as Counts;
      c.gold += g.length;
      c.predicted += p.length;
      c.exact += matchCount(g, p, (a, b) => a.start === b.start && a.end === b.end);
      c.overlap += matchCount(g, p, overlaps);
      for (const x of p) {
        if (gold.some((y) => overlaps(x, y) && y.type === kind)) continue;
        const other = gold.find((y) => overlaps(x, y));
        const key = `${kind} ${x.text}${other ? ` (gold ${other.type})` : ""}`;
        spurious.set(key, (spurious.get(key) ?? 0) + 1);
      }
    }
  }
  const all = counts.get("ALL") as Counts;
  for (const k of KINDS) {
    const c = counts.get(k) as Counts;
    all.gold += c.gold;
    all.predicted += c.predicted;
    all.exact += c.exact;
    all.overlap += c.overlap;
  }
  return { counts, confusion, seconds: (performance.now() - t0) / 1000, chars };
}

/** One-to-one matches between gold and predicted spans (greedy in text order: spans here rarely compete). */
function matchCount<A extends { start: number; end: number }, B extends { start: number; end: number }>(
  gold: readonly A[],
  pred: readonly B[],
  same: (a: A, b: B) => boolean,
): number {
  const used = new Set<number>();
  let n = 0;
  for (const g of gold) {
    const i = pred.findIndex((p, k) => !used.has(k) && same(g, p));
    if (i >= 0) {
      used.add(i);
      n++;
    }
  }
  return n;
}

function prf(hit: number, predicted: number, gold: number) {
  const precision = predicted ? hit / predicted : 0;
  const recall = gold ? hit / gold : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

const MEANTIME_NAME = "MEANTIME (sentences 0-5)";
const GUM_NAME = "GUM news";

export interface EntityScoreOptions {
  /** Which corpora: "meantime", "gum" or "both" (the default). */
  corpus?: "meantime" | "gum" | "both";
  /** The folder holding meantime/ and gum-news/ (default ../shared/corpora). */
  root?: string;
  /** How many of the commonest mistyped or missed gold names, and of the names no gold name of their type overlaps, to list (default 20). */
  misses?: number;
}

export interface TypeScore {
  gold: number;
  predicted: number;
  exact: number;
  overlap: number;
  exactPrf: { precision: number; recall: number; f1: number };
  overlapPrf: { precision: number; recall: number; f1: number };
}

export interface CorpusEntityScore {
  name: string;
  documents: number;
  seconds: number;
  chars: number;
  /** PER, ORG, LOC and ALL. */
  types: Record<Kind | "ALL", TypeScore>;
  /** Gold type ("other" for the corpus's own non-name types) → type given to the best-overlapping name → count. */
  confusion: Record<string, Record<string, number>>;
  /** "PER Name → ORG Name" (or "→ none") with how often. */
  worstMisses: { key: string; count: number }[];
  /** Predicted names no gold name of their type overlaps. */
  worstSpurious: { key: string; count: number }[];
}

export interface EntityScore {
  corpora: CorpusEntityScore[];
}

function annotatedSets(which: string, root: string): [string, Annotated[]][] {
  const sets: [string, Annotated[]][] = [];
  if (which === "meantime" || which === "both")
    sets.push([
      MEANTIME_NAME,
      readMeantimeCorpus(join(root, "meantime", "intra_cross-doc_annotation")).map(meantimeAnnotated),
    ]);
  if (which === "gum" || which === "both")
    sets.push([GUM_NAME, readGumCorpus(join(root, "gum-news")).map(gumAnnotated)]);
  return sets;
}

function corpusScore(name: string, docs: readonly Annotated[], n: number): CorpusEntityScore {
  const misses = new Map<string, number>();
  const spurious = new Map<string, number>();
  const r = score(docs, misses, spurious);
  const types = Object.fromEntries(
    [...r.counts].map(([k, c]) => [
      k,
      {
        ...c,
        exactPrf: prf(c.exact, c.predicted, c.gold),
        overlapPrf: prf(c.overlap, c.predicted, c.gold),
      },
    ]),
  ) as Record<Kind | "ALL", TypeScore>;
  const confusion = Object.fromEntries([...r.confusion].map(([row, m]) => [row, Object.fromEntries(m)]));
  return {
    name,
    documents: docs.length,
    seconds: r.seconds,
    chars: r.chars,
    types,
    confusion,
    worstMisses: top(misses, n),
    worstSpurious: top(spurious, n),
  };
}

/** Scores the typing of named mentions on MEANTIME and/or GUM news (see the head of this file). */
export function scoreEntities(options: EntityScoreOptions = {}): EntityScore {
  const which = options.corpus ?? "both";
  const n = options.misses ?? 20;
  return {
    corpora: annotatedSets(which, options.root ?? CORPORA).map(([name, docs]) => corpusScore(name, docs, n)),
  };
}

function report(s: CorpusEntityScore): string {
  const pct = (x: number) => (x * 100).toFixed(1).padStart(6);
  const lines = [
    `${s.name}: ${s.documents} documents (${s.seconds.toFixed(1)} s, ${Math.round(s.chars / 1000 / s.seconds)} kchar/s)`,
    `type │  gold  pred │ exact P     R    F1 │ overlap P   R    F1`,
  ];
  for (const [k, c] of Object.entries(s.types)) {
    const e = c.exactPrf;
    const o = c.overlapPrf;
    lines.push(
      `${k.padEnd(5)}│${String(c.gold).padStart(6)}${String(c.predicted).padStart(6)} │${pct(e.precision)}${pct(e.recall)}${pct(e.f1)} │${pct(o.precision)}${pct(o.recall)}${pct(o.f1)}`,
    );
  }
  const cols = ["PER", "ORG", "LOC", "OTHER", "NORP", "none"];
  lines.push(`confusion (gold name → type given to the overlapping name): ${cols.join(" ")}`);
  for (const [row, m] of Object.entries(s.confusion).sort()) {
    const extra = Object.keys(m).filter((k) => !cols.includes(k));
    lines.push(
      `  ${row.padEnd(6)} ${cols.map((c) => String(m[c] ?? 0).padStart(c.length)).join(" ")}${extra.length ? `  ${extra.map((k) => `${k}:${m[k]}`).join(" ")}` : ""}`,
    );
  }
  return lines.join("\n");
}

function main(): void {
  const values = scriptArgs(import.meta.url, {
    corpus: { type: "string", default: "both" },
    misses: { type: "string" },
    spurious: { type: "string" },
    json: { type: "boolean", default: false },
    dump: { type: "string" },
  });
  const which = values.corpus as string;
  if (which !== "meantime" && which !== "gum" && which !== "both")
    fail(`--corpus must be meantime, gum or both, not "${which}"`);
  if (values.dump) {
    for (const [, docs] of annotatedSets(which, CORPORA)) {
      const d = docs.find((x) => x.id.includes(values.dump as string));
      if (!d) continue;
      process.stdout.write(`${d.text}\n`);
      for (const g of d.gold) process.stdout.write(`${g.type} ${d.text.slice(g.start, g.end)}\n`);
    }
    return;
  }
  const n = Math.max(Number(values.misses ?? 0), Number(values.spurious ?? 0));
  const result = scoreEntities({ corpus: which as EntityScoreOptions["corpus"], misses: n });
  const summary: Record<string, unknown> = {};
  for (const s of result.corpora) {
    process.stdout.write(`${report(s)}\n`);
    if (values.misses)
      printTop("commonest mistyped or missed gold names", s.worstMisses.slice(0, Number(values.misses)));
    if (values.spurious)
      printTop("commonest names no gold name of that type overlaps", s.worstSpurious.slice(0, Number(values.spurious)));
    const round = (x: number) => +x.toFixed(4);
    summary[s.name] = Object.fromEntries(
      Object.entries(s.types).map(([k, c]) => [
        k,
        {
          gold: c.gold,
          predicted: c.predicted,
          exact: c.exact,
          overlap: c.overlap,
          exactF1: round(c.exactPrf.f1),
          overlapF1: round(c.overlapPrf.f1),
        },
      ]),
    );
  }
  if (values.json) process.stdout.write(`${JSON.stringify(summary)}\n`);
}

function fail(message: string): never {
  process.stderr.write(`eval/entities: ${message}\n`);
  process.exit(2);
}

if (isMain(import.meta.url)) main();
