// Reads what the event vocabulary fires on real text, type by type, to check its precision.
// TimeBank and AQUAINT (TempEval-3) mark every event word with an EVENT tag: a dossier event whose trigger
// overlaps none is a likely false alarm (TimeML annotates verbs, nouns and adjectives that name something
// happening, so a wrong sense of a trigger word usually overlaps no EVENT; a right one usually does).
// PolNeAR has no event annotation: its events are listed for reading. With --type, every firing of the
// listed types is printed with its sentence, unmatched ones first.
// Usage: node --import tsx eval/event-triggers.ts [--corpus timebank|polnear|both] [--limit N]
//          [--type T,T…] [--samples N] [--list] [--json]
// --list prints every firing as one tab-separated line (corpus, document, type, trigger, factuality, gold,
// sentence), for diffing two versions of the vocabulary.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Event } from "../src/article/analysis.js";
import type { Article } from "../src/article/article.js";
import { isMain } from "../src/eval/is-main.js";
import { listPolnearDocuments, readPolnearDocument, readPolnearMetadata } from "../src/eval/polnear.js";
import { scriptArgs } from "../src/eval/script-args.js";
import { analyse } from "../src/pipeline/analyse.js";

const CORPORA = fileURLToPath(new URL("../../shared/corpora", import.meta.url));
const TIMEBANK_FOLDERS = ["TimeBank", "AQUAINT"];

interface Range {
  start: number;
  end: number;
}

/** A TimeML document's plain text and its EVENT spans (offsets into that text). */
export interface TimemlEvents {
  id: string;
  dct: string | null;
  text: string;
  events: Range[];
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
const decode = (s: string) => s.replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => ENTITIES[e] ?? "");

/** Strips the tags of a TimeML document's TEXT element, keeping where each EVENT starts and ends. */
export function readTimemlEvents(id: string, xml: string): TimemlEvents {
  const dct = /<DCT>\s*<TIMEX3\b[^>]*\bvalue="([^"]*)"/.exec(xml)?.[1]?.slice(0, 10) ?? null;
  const open = xml.indexOf("<TEXT>");
  const close = xml.indexOf("</TEXT>");
  const body = open >= 0 && close > open ? xml.slice(open + "<TEXT>".length, close) : "";
  let text = "";
  let at = 0;
  let eventStart = -1;
  const events: Range[] = [];
  for (const m of body.matchAll(/<(\/?)(\w+)[^>]*?\/?>/g)) {
    text += decode(body.slice(at, m.index));
    at = m.index + m[0].length;
    if (m[2] !== "EVENT") continue;
    if (m[1] === "") eventStart = text.length;
    else if (eventStart >= 0) {
      events.push({ start: eventStart, end: text.length });
      eventStart = -1;
    }
  }
  text += decode(body.slice(at));
  return { id, dct, text, events };
}

/** One firing of the vocabulary, with its sentence for reading. */
export interface Firing {
  doc: string;
  type: string;
  trigger: string;
  factuality: string;
  /** Whether a gold EVENT overlaps the trigger (null where the corpus has no event annotation). */
  gold: boolean | null;
  sentence: string;
}

export interface TypeTally {
  fired: number;
  /** Firings a gold EVENT overlaps, of those in annotated text. */
  matched: number;
  annotated: number;
}

function sentenceAround(text: string, r: Range): string {
  const from = Math.max(text.lastIndexOf(". ", r.start) + 2, text.lastIndexOf("\n", r.start) + 1, r.start - 160);
  let to = text.indexOf(". ", r.end);
  const nl = text.indexOf("\n", r.end);
  if (to < 0 || (nl >= 0 && nl < to)) to = nl;
  if (to < 0 || to > r.end + 160) to = Math.min(text.length, r.end + 160);
  const s = `${text.slice(from, r.start)}[[${text.slice(r.start, r.end)}]]${text.slice(r.end, to + 1)}`;
  return s.replace(/\s+/g, " ").trim();
}

function firings(doc: string, text: string, events: readonly Event[], gold: readonly Range[] | null): Firing[] {
  return events.map((e) => ({
    doc,
    type: e.type,
    trigger: e.trigger.text,
    factuality: e.factuality,
    gold: gold ? gold.some((g) => g.start < e.trigger.end && e.trigger.start < g.end) : null,
    sentence: sentenceAround(text, e.trigger),
  }));
}

const article = (text: string, published: string | null): Article => ({
  text,
  published,
  title: null,
  url: null,
  source: null,
});

/** Runs the pipeline over TimeBank and AQUAINT and compares each event's trigger with the EVENT tags. */
export function timebankFirings(limit = Number.POSITIVE_INFINITY, root = join(CORPORA, "timebank")): Firing[] {
  const files: string[] = [];
  for (const folder of TIMEBANK_FOLDERS) {
    const dir = join(root, folder);
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).sort()) if (f.endsWith(".tml")) files.push(join(dir, f));
  }
  const out: Firing[] = [];
  for (const path of files.slice(0, limit)) {
    const doc = readTimemlEvents(path, readFileSync(path, "utf8"));
    const analysis = analyse(article(doc.text, doc.dct));
    out.push(...firings(doc.id.split("/").pop() ?? doc.id, doc.text, analysis.events, doc.events));
  }
  return out;
}

/** Runs the pipeline over PolNeAR's train articles (no event gold: for reading). */
export function polnearFirings(limit = Number.POSITIVE_INFINITY, root = join(CORPORA, "polnear")): Firing[] {
  const metaPath = join(root, "metadata.tsv");
  const metadata = existsSync(metaPath) ? readPolnearMetadata(metaPath) : new Map();
  const out: Firing[] = [];
  for (const d of listPolnearDocuments(root, "train").slice(0, limit)) {
    const { article: a } = readPolnearDocument(d, metadata);
    out.push(...firings(d.name, a.text, analyse(a).events, null));
  }
  return out;
}

export function tallyByType(list: readonly Firing[]): Map<string, TypeTally> {
  const out = new Map<string, TypeTally>();
  for (const f of list) {
    const t = out.get(f.type) ?? { fired: 0, matched: 0, annotated: 0 };
    t.fired++;
    if (f.gold !== null) {
      t.annotated++;
      if (f.gold) t.matched++;
    }
    out.set(f.type, t);
  }
  return out;
}

function report(title: string, list: readonly Firing[], types: ReadonlySet<string> | null, samples: number): void {
  const tally = [...tallyByType(list)].sort((a, b) => b[1].fired - a[1].fired);
  process.stdout.write(`\n${title}: ${list.length} events\n`);
  for (const [type, t] of tally) {
    const precision = t.annotated ? ` ${((100 * t.matched) / t.annotated).toFixed(0).padStart(4)}% on EVENT tags` : "";
    process.stdout.write(`  ${type.padEnd(16)}${String(t.fired).padStart(5)}${precision}\n`);
  }
  if (!types) return;
  const shown = list.filter((f) => types.has(f.type)).sort((a, b) => Number(a.gold) - Number(b.gold));
  for (const f of shown.slice(0, samples)) {
    const mark = f.gold === null ? "?" : f.gold ? "+" : "-";
    process.stdout.write(`${mark} ${f.type} ${f.factuality}: ${f.sentence}\n`);
  }
}

function main(): void {
  const values = scriptArgs(import.meta.url, {
    corpus: { type: "string", default: "both" },
    limit: { type: "string" },
    type: { type: "string" },
    samples: { type: "string", default: "60" },
    json: { type: "boolean", default: false },
    list: { type: "boolean", default: false },
  });
  const limit = values.limit === undefined ? undefined : Number(values.limit);
  const types = values.type ? new Set(values.type.split(",")) : null;
  const samples = Number(values.samples);
  const result: Record<string, Firing[]> = {};
  if (values.corpus !== "polnear") result.timebank = timebankFirings(limit);
  if (values.corpus !== "timebank") result.polnear = polnearFirings(limit);
  if (values.json) {
    const summary = Object.fromEntries(Object.entries(result).map(([k, v]) => [k, Object.fromEntries(tallyByType(v))]));
    process.stdout.write(`${JSON.stringify(summary)}\n`);
    return;
  }
  if (values.list) {
    for (const [name, list] of Object.entries(result))
      for (const f of list) {
        const gold = f.gold === null ? "?" : f.gold ? "+" : "-";
        process.stdout.write(`${[name, f.doc, f.type, f.trigger, f.factuality, gold, f.sentence].join("\t")}\n`);
      }
    return;
  }
  for (const [name, list] of Object.entries(result)) report(name, list, types, samples);
}

if (isMain(import.meta.url)) main();
