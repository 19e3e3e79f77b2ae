// Scores the typing of named mentions (PERSON, ORG, GPE/LOC) against MEANTIME (English, intra+cross-doc) and the
// news documents of GUM: per type P/R/F1, exact and overlapping, plus a confusion table of the types given to
// gold names. Neither corpus ships its running text with spacing, so each is rebuilt from its tokens (with a
// simple detokenizer) and the gold spans are carried over to the rebuilt text's UTF-16 offsets.
// Usage: node --import tsx eval/entities.ts [--corpus meantime|gum|both] [--misses N] [--spurious N] [--json]
import { readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import type { EntityType } from "../src/article/analysis.js";
import type { Article } from "../src/article/article.js";
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
// Rebuilding text from tokens.

const NO_SPACE_BEFORE = new Set([
  ",",
  ".",
  ";",
  ":",
  "!",
  "?",
  "%",
  ")",
  "]",
  "}",
  "'s",
  "'S",
  "’s",
  "n't",
  "’",
  "''",
  "...",
]);
const NO_SPACE_AFTER = new Set(["(", "[", "{", "$", "``", "‘", "“"]);

/** Appends tokens to a text with English spacing; `glue` forces no space (parts of one written word). */
class TextBuilder {
  text = "";
  private prev = "";
  private quoteOpen = false;

  /** Starts a new paragraph (a blank line) or a new line. */
  breakLine(blank: boolean): void {
    if (this.text.length === 0 || this.text.endsWith("\n")) return;
    this.text = this.text.replace(/[ ]+$/, "") + (blank ? "\n\n" : "\n");
    this.prev = "";
  }

  add(token: string, glue = false): { start: number; end: number } {
    const t = token === "``" || token === "''" ? '"' : token;
    let space = this.text.length > 0 && !/\n$/.test(this.text) && !glue;
    if (NO_SPACE_BEFORE.has(token) || NO_SPACE_AFTER.has(this.prev)) space = false;
    if (t === '"' || t === "'") {
      // Straight quotes: an opening one takes a space before, a closing one none.
      if (this.quoteOpen) space = false;
      this.quoteOpen = !this.quoteOpen;
    } else if ((this.prev === '"' || this.prev === "'") && this.quoteOpen) space = false;
    if (space) this.text += " ";
    const start = this.text.length;
    this.text += t;
    this.prev = t;
    return { start, end: this.text.length };
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Which part of an annotated mention is its name.

interface Tok {
  text: string;
  proper: boolean;
  start: number;
  end: number;
}

const JOINERS = new Set(["of", "the", "and", "&", "-", ".", "de", "du", "la", "von", "van", "der", "al", "for"]);
const CHUNK_END = new Set([
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
function nameIn(toks: readonly Tok[]): { start: number; end: number } | null {
  let end = 0;
  while (end < toks.length) {
    const t = toks[end] as Tok;
    const f = t.text.toLowerCase();
    const between = JOINERS.has(f) && end > 0 && toks[end - 1]?.proper && toks.slice(end + 1).some((x) => x.proper);
    if (CHUNK_END.has(f) && !between) break;
    if (f === "of" && !between) break;
    end++;
  }
  let head = end - 1;
  while (head >= 0 && /^[^\p{L}\p{N}]+$/u.test((toks[head] as Tok).text)) head--;
  if (head < 0 || !(toks[head] as Tok).proper) return null;
  let first = head;
  while (first > 0) {
    const p = toks[first - 1] as Tok;
    if (p.proper) first--;
    else if (
      JOINERS.has(p.text.toLowerCase()) &&
      first >= 2 &&
      (toks[first - 2]?.proper || toks[first - 2]?.text === "of")
    )
      first--;
    else break;
  }
  while (first < head && !(toks[first] as Tok).proper) first++;
  return { start: (toks[first] as Tok).start, end: (toks[head] as Tok).end };
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
// MEANTIME (CAT XML): tokens with sentence numbers, ENTITY_MENTIONs anchored to token ids, ENTITY types reached
// through REFERS_TO. Sentences 0-5 (title, date line, first four sentences) carry every mention, with a
// syntactic type; later sentences only mentions of cross-document instances, so only the first six are scored.

const MEANTIME_SCORED_SENTENCES = 6;
const MEANTIME_TYPE: Record<string, string> = { PER: "PER", ORG: "ORG", LOC: "LOC" };
const NOT_PROPER = new Set(["The", "A", "An", "This", "That", "These", "Those", "It", "He", "She", "They", "We", "I"]);

function attr(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return m ? m[1] : undefined;
}

function unescapeXml(s: string): string {
  return s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}

function readMeantime(file: string): Annotated {
  const xml = readFileSync(file, "utf8");
  const b = new TextBuilder();
  const toks = new Map<string, Tok & { sentence: number }>();
  let sentence = -1;
  let until = 0;
  for (const m of xml.matchAll(/<token ([^>]*)>([^<]*)<\/token>/g)) {
    const s = Number(attr(` ${m[1]}`, "sentence"));
    const word = unescapeXml(m[2] as string);
    // The title and the date line are lines of their own.
    if (s !== sentence && (s <= 2 || sentence < 0)) b.breakLine(true);
    sentence = s;
    const { start, end } = b.add(word);
    const id = attr(` ${m[1]}`, "t_id") as string;
    const proper = /^\p{Lu}/u.test(word) && !NOT_PROPER.has(word);
    toks.set(id, { text: word, proper, start, end, sentence: s });
    if (s < MEANTIME_SCORED_SENTENCES) until = end;
  }
  const types = new Map<string, string>();
  for (const m of xml.matchAll(/<ENTITY ([^>]*)\/?>/g)) {
    const tag = ` ${m[1]}`;
    types.set(attr(tag, "m_id") as string, attr(tag, "ent_type") as string);
  }
  const target = new Map<string, string>();
  for (const m of xml.matchAll(/<REFERS_TO[^>]*>([\s\S]*?)<\/REFERS_TO>/g)) {
    const body = m[1] as string;
    const t = /<target m_id="([^"]*)"/.exec(body)?.[1];
    if (!t) continue;
    for (const s of body.matchAll(/<source m_id="([^"]*)"/g)) target.set(s[1] as string, t);
  }
  const gold: Gold[] = [];
  const ignore: { start: number; end: number }[] = [];
  const markables = xml.slice(xml.indexOf("<Markables>"), xml.indexOf("</Markables>"));
  for (const m of markables.matchAll(/<ENTITY_MENTION ([^>]*)>([\s\S]*?)<\/ENTITY_MENTION>/g)) {
    const tag = ` ${m[1]}`;
    if (attr(tag, "syntactic_type") !== "NAM") continue;
    const anchored = [...(m[2] as string).matchAll(/t_id="([^"]*)"/g)].map((a) => toks.get(a[1] as string) as Tok);
    if (anchored.length === 0) continue;
    const type = types.get(target.get(attr(tag, "m_id") as string) ?? "");
    const name = nameIn(anchored);
    // A name no instance types is left out of the score either way.
    if (!type) {
      if (name) ignore.push(name);
      continue;
    }
    if (name) gold.push({ ...name, type: MEANTIME_TYPE[type] ?? type });
  }
  return { id: basename(file, ".xml"), text: b.text, published: null, gold: unique(gold), ignore, until };
}

// ---------------------------------------------------------------------------------------------------------------
// GUM (WebAnno TSV 3.2 for the mentions, the XML beside it for paragraphs, written words and POS tags).

const GUM_TYPE: Record<string, string> = { person: "PER", organization: "ORG", place: "LOC" };

function readGum(tsvFile: string, xmlFile: string): Annotated {
  const xml = readFileSync(xmlFile, "utf8");
  const published = /dateCreated="([^"]+)"/.exec(xml)?.[1] ?? null;
  const b = new TextBuilder();
  const toks: Tok[] = [];
  let inWord = false;
  let wordStarted = false;
  for (const line of xml.split("\n")) {
    if (line.startsWith("<")) {
      if (/^<\/(p|head|item|caption|figure)>/.test(line) || /^<(p|head|item|caption)[ >]/.test(line)) b.breakLine(true);
      else if (line.startsWith("<w>")) {
        inWord = true;
        wordStarted = false;
      } else if (line.startsWith("</w>")) inWord = false;
      continue;
    }
    const cols = line.split("\t");
    if (cols.length < 5) continue;
    const word = cols[0] as string;
    const glue = inWord && wordStarted;
    wordStarted = true;
    const { start, end } = b.add(word, glue);
    toks.push({ text: word, proper: cols[4] === "PROPN" || /^NPS?$/.test(cols[1] as string), start, end });
  }
  const spans = new Map<string, { type: string; toks: Tok[] }>();
  let k = 0;
  for (const line of readFileSync(tsvFile, "utf8").split("\n")) {
    if (!/^\d+-\d+\t/.test(line)) continue;
    const tok = toks[k++];
    if (!tok) throw new Error(`${tsvFile}: more tokens than ${xmlFile}`);
    const entity = line.split("\t")[3] as string;
    if (entity === "_") continue;
    for (const [i, e] of entity.split("|").entries()) {
      const m = /^([a-z]+)(?:\[(\d+)\])?$/.exec(e);
      if (!m) continue;
      const key = m[2] ?? `single:${k}:${i}`;
      const span = spans.get(key) ?? { type: m[1] as string, toks: [] };
      span.toks.push(tok);
      spans.set(key, span);
    }
  }
  if (k !== toks.length) throw new Error(`${tsvFile}: ${k} tokens, ${xmlFile}: ${toks.length}`);
  const gold: Gold[] = [];
  for (const { type, toks: t } of spans.values()) {
    const name = nameIn(t);
    if (name) gold.push({ ...name, type: GUM_TYPE[type] ?? type });
  }
  return {
    id: basename(tsvFile, ".tsv"),
    text: b.text,
    published,
    gold: unique(gold),
    ignore: [],
    until: b.text.length,
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

function report(name: string, docs: number, r: ReturnType<typeof score>): string {
  const pct = (x: number) => (x * 100).toFixed(1).padStart(6);
  const lines = [
    `${name}: ${docs} documents (${r.seconds.toFixed(1)} s, ${Math.round(r.chars / 1000 / r.seconds)} kchar/s)`,
    `type │  gold  pred │ exact P     R    F1 │ overlap P   R    F1`,
  ];
  for (const [k, c] of r.counts) {
    const e = prf(c.exact, c.predicted, c.gold);
    const o = prf(c.overlap, c.predicted, c.gold);
    lines.push(
      `${k.padEnd(5)}│${String(c.gold).padStart(6)}${String(c.predicted).padStart(6)} │${pct(e.precision)}${pct(e.recall)}${pct(e.f1)} │${pct(o.precision)}${pct(o.recall)}${pct(o.f1)}`,
    );
  }
  const cols = ["PER", "ORG", "LOC", "OTHER", "NORP", "none"];
  lines.push(`confusion (gold name → type given to the overlapping name): ${cols.join(" ")}`);
  for (const [row, m] of [...r.confusion].sort()) {
    const extra = [...m.keys()].filter((k) => !cols.includes(k));
    lines.push(
      `  ${row.padEnd(6)} ${cols.map((c) => String(m.get(c) ?? 0).padStart(c.length)).join(" ")}${extra.length ? `  ${extra.map((k) => `${k}:${m.get(k)}`).join(" ")}` : ""}`,
    );
  }
  return lines.join("\n");
}

function printTop(title: string, map: Map<string, number>, n: number): void {
  process.stdout.write(`\n${title}:\n`);
  for (const [key, count] of [...map].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, n))
    process.stdout.write(`  ${String(count).padStart(4)}  ${key}\n`);
}

function meantimeDocs(): Annotated[] {
  const root = join(CORPORA, "meantime", "intra_cross-doc_annotation");
  return readdirSync(root)
    .sort()
    .flatMap((topic) =>
      readdirSync(join(root, topic))
        .filter((f) => f.endsWith(".xml"))
        .sort()
        .map((f) => readMeantime(join(root, topic, f))),
    );
}

function gumDocs(): Annotated[] {
  const root = join(CORPORA, "gum-news");
  return readdirSync(join(root, "tsv"))
    .filter((f) => f.endsWith(".tsv"))
    .sort()
    .map((f) => readGum(join(root, "tsv", f), join(root, "xml", f.replace(/\.tsv$/, ".xml"))));
}

function main(): void {
  const { values } = parseArgs({
    options: {
      corpus: { type: "string", default: "both" },
      misses: { type: "string" },
      spurious: { type: "string" },
      json: { type: "boolean", default: false },
      dump: { type: "string" },
    },
  });
  const which = values.corpus as string;
  const sets: [string, Annotated[]][] = [];
  if (which === "meantime" || which === "both") sets.push(["MEANTIME (sentences 0-5)", meantimeDocs()]);
  if (which === "gum" || which === "both") sets.push(["GUM news", gumDocs()]);
  if (sets.length === 0) fail(`--corpus must be meantime, gum or both, not "${which}"`);
  const summary: Record<string, unknown> = {};
  for (const [name, docs] of sets) {
    if (values.dump) {
      const d = docs.find((x) => x.id.includes(values.dump as string));
      if (d) {
        process.stdout.write(`${d.text}\n`);
        for (const g of d.gold) process.stdout.write(`${g.type} ${d.text.slice(g.start, g.end)}\n`);
      }
      continue;
    }
    const misses = new Map<string, number>();
    const spurious = new Map<string, number>();
    const r = score(docs, misses, spurious);
    process.stdout.write(`${report(name, docs.length, r)}\n`);
    if (values.misses) printTop("commonest mistyped or missed gold names", misses, Number(values.misses));
    if (values.spurious)
      printTop("commonest names no gold name of that type overlaps", spurious, Number(values.spurious));
    const round = (x: number) => +x.toFixed(4);
    summary[name] = Object.fromEntries(
      [...r.counts].map(([k, c]) => [
        k,
        {
          ...c,
          exactF1: round(prf(c.exact, c.predicted, c.gold).f1),
          overlapF1: round(prf(c.overlap, c.predicted, c.gold).f1),
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

main();
