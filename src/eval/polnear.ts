import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Article } from "../article/article.js";
import { type Fragment, parseBrat } from "./brat.js";
import { codePointToUtf16 } from "./code-points.js";

/**
 * PolNeAR (political news attribution relations): brat standoff .ann files next to the raw .txt articles,
 * `<split>/text/<name>.txt` and `<split>/attributions/<name>_<annotator>.ann`, plus metadata.tsv at the root.
 */

/** One gold attribution with UTF-16 offsets into the article text. Empty `source` = none annotated. */
export interface GoldAttribution {
  id: string;
  source: Fragment[];
  cue: Fragment[];
  content: Fragment[];
}

export interface PolnearDocument {
  name: string;
  textPath: string;
  /** The annotation used: the first by file name when several annotators did the article. */
  annPath: string;
  annotator: string;
  /** How many annotation files the article has (several for the agreement articles). */
  annotations: number;
}

export interface PolnearMetadata {
  published: string | null;
  title: string | null;
  publisher: string | null;
}

/** Reads metadata.tsv: file name (without .txt) → publication date, title, publisher. */
export function readPolnearMetadata(path: string): Map<string, PolnearMetadata> {
  const lines = readFileSync(path, "utf8").split(/\r?\n/);
  const header = (lines[0] ?? "").split("\t");
  const col = (name: string) => header.indexOf(name);
  const [file, date, title, publisher] = [col("filename"), col("publication_date"), col("title"), col("publisher")];
  const out = new Map<string, PolnearMetadata>();
  if (file < 0) return out;
  for (const line of lines.slice(1)) {
    if (line.trim() === "") continue;
    const cells = line.split("\t");
    const value = (i: number) => (i >= 0 && cells[i] && cells[i] !== "None" ? (cells[i] as string) : null);
    const name = value(file);
    if (name) out.set(name, { published: value(date), title: value(title), publisher: value(publisher) });
  }
  return out;
}

/** Lists a split's articles, each with one annotation file chosen deterministically (sorted name first). */
export function listPolnearDocuments(root: string, split: string): PolnearDocument[] {
  const textDir = join(root, split, "text");
  const annDir = join(root, split, "attributions");
  const anns = new Map<string, string[]>();
  for (const f of readdirSync(annDir).sort()) {
    const m = /^(.*)_([^_]+)\.ann$/.exec(f);
    if (!m) continue;
    const list = anns.get(m[1] as string) ?? [];
    list.push(f);
    anns.set(m[1] as string, list);
  }
  const docs: PolnearDocument[] = [];
  for (const f of readdirSync(textDir).sort()) {
    if (!f.endsWith(".txt")) continue;
    const name = f.slice(0, -4);
    const files = anns.get(name);
    const first = files?.[0];
    if (!files || !first) continue;
    docs.push({
      name,
      textPath: join(textDir, f),
      annPath: join(annDir, first),
      annotator: first.slice(name.length + 1, -4),
      annotations: files.length,
    });
  }
  return docs;
}

/** The whole .txt is the article text, so brat offsets need no shifting, only code point → UTF-16. */
export function readPolnearDocument(
  doc: PolnearDocument,
  metadata: Map<string, PolnearMetadata> = new Map(),
): { article: Article; gold: GoldAttribution[] } {
  const text = readFileSync(doc.textPath, "utf8");
  const meta = metadata.get(doc.name);
  const article: Article = {
    text,
    published: meta?.published ?? null,
    title: meta?.title ?? null,
    url: null,
    source: meta?.publisher ?? null,
    origin: doc.textPath,
  };
  return { article, gold: goldAttributions(readFileSync(doc.annPath, "utf8"), text) };
}

/**
 * Turns the brat events of one .ann file into attributions. Roles are Source, Cue and Content (Content2…
 * are more content fragments); when an event has no Cue argument its trigger stands for the cue.
 */
export function goldAttributions(ann: string, text: string): GoldAttribution[] {
  const brat = parseBrat(ann);
  const toUtf16 = codePointToUtf16(text);
  const convert = (fragments: Fragment[]) => fragments.map((f) => ({ start: toUtf16(f.start), end: toUtf16(f.end) }));
  const out: GoldAttribution[] = [];
  for (const event of brat.events) {
    if (!event.type.startsWith("Attribution")) continue;
    const roles: Record<"source" | "cue" | "content", Fragment[]> = { source: [], cue: [], content: [] };
    for (const arg of event.args) {
      const bound = brat.textBounds.get(arg.ref);
      const role = arg.role.replace(/\d+$/, "").toLowerCase();
      if (!bound || (role !== "source" && role !== "cue" && role !== "content")) continue;
      roles[role].push(...convert(bound.fragments));
    }
    if (roles.cue.length === 0) {
      const trigger = brat.textBounds.get(event.trigger);
      if (trigger) roles.cue.push(...convert(trigger.fragments));
    }
    if (roles.cue.length === 0 && roles.content.length === 0) continue;
    out.push({ id: event.id, ...roles });
  }
  return out;
}
