import { readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { TextBuilder, type TextRange } from "./detokenize.js";

/**
 * GUM in two files per document: the mentions in WebAnno TSV 3.2 (`tsv/`: one token a line with its entity
 * annotations, coreference links and Wikipedia identity) and the same tokens in a TEI-like XML (`xml/`: one token
 * a line with its POS tags, inside paragraph and heading elements; `<w>` groups the parts of one written word;
 * the root carries `dateCreated`).
 *
 * The TSV's offsets count UTF-16 code units (WebAnno is Java) of its own text: the `#Text=` lines joined by line
 * breaks. That text has a space between every two tokens and no paragraphs, so the article is rebuilt from the
 * XML instead (paragraphs kept, parts of a word glued) and the nth TSV token is the nth XML token; the reader
 * checks that both spell it alike and reports where they do not.
 */

export interface GumToken extends TextRange {
  /** The token as written (in both files). */
  text: string;
  /** Where the TSV puts it: UTF-16 offsets into the TSV's own text (`#Text=` lines). */
  tsv: TextRange;
  /** The TSV's sentence-token address ("3-14"). */
  address: string;
  /** Penn Treebank tag (second XML column) and Universal POS (fifth), "" when the XML has none. */
  xpos: string;
  upos: string;
}

export interface GumMention extends TextRange {
  /** The TSV's annotation id (the number in brackets), or a made-up one for an unbracketed one-token span. */
  id: string;
  /** person, organization, place, event, abstract, object, time, plant, animal, substance, quantity. */
  type: string;
  /** The Wikipedia identity ("Barack_Obama"), or null. */
  identity: string | null;
  /** Coreference chain: mentions joined by the TSV's coreference links share it (the smallest id in the chain). */
  chain: string;
  /** Indexes into the document's tokens, in text order. */
  tokens: number[];
  text: string;
}

/** What the TSV says, before the text is rebuilt. */
export interface WebAnnoTsv {
  /** The TSV's own text: the `#Text=` lines joined by line breaks (what its offsets count). */
  text: string;
  tokens: { address: string; text: string; start: number; end: number }[];
  mentions: Omit<GumMention, "start" | "end" | "text">[];
}

export interface GumDocument {
  id: string;
  text: string;
  /** `dateCreated` from the XML: the publication date. */
  published: string | null;
  tokens: GumToken[];
  mentions: GumMention[];
  /** Tokens the two files spell differently (each "n: tsv ≠ xml"); empty when they agree. */
  problems: string[];
}

/** Column layout from the `#T_SP=` (span layers) and `#T_RL=` (relation layers) header lines. */
interface Columns {
  entity: number;
  identity: number;
  /** The relation column that points at the other end of a coreference link (`BT_…`). */
  link: number;
}

function columns(lines: readonly string[]): Columns {
  // Columns 0-2 are the address, the offsets and the token; each layer's features follow in header order.
  let next = 3;
  const found: Columns = { entity: -1, identity: -1, link: -1 };
  for (const line of lines) {
    const m = /^#T_(SP|CH|RL)=([^|]*)\|?(.*)$/.exec(line);
    if (!m) {
      if (!line.startsWith("#")) break;
      continue;
    }
    const layer = m[2] as string;
    const features = (m[3] as string) === "" ? [] : (m[3] as string).split("|");
    // A span layer without features still takes one column.
    if (features.length === 0) next++;
    for (const f of features) {
      if (/Referent$/i.test(layer) && f === "entity") found.entity = next;
      if (/Referent$/i.test(layer) && f === "identity") found.identity = next;
      if (m[1] === "RL" && /coref/i.test(layer) && f.startsWith("BT_")) found.link = next;
      next++;
    }
  }
  if (found.entity < 0) found.entity = 3;
  return found;
}

/** `person[12]` → type person, id 12; `place` → one-token span without an id. */
const LABEL = /^([^[\]]+?)(?:\[(\d+)\])?$/;
/** `4-17[31_2]`: the other end at token 4-17, ids there and here (0 when that end is an unbracketed span). */
const LINK = /^(\d+-\d+)(?:\[(\d+)_(\d+)\])?$/;

/** Parses a WebAnno TSV 3.2 file: tokens with their offsets, entity spans with type, identity and chain. */
export function parseWebAnnoTsv(tsv: string): WebAnnoTsv {
  const lines = tsv.split(/\r?\n/);
  const col = columns(lines);
  const sentences: string[] = [];
  const tokens: WebAnnoTsv["tokens"] = [];
  const spans = new Map<string, { type: string; identity: string | null; tokens: number[] }>();
  const singles = new Map<string, string[]>();
  const links: [string, string][] = [];
  for (const line of lines) {
    if (line.startsWith("#Text=")) {
      sentences.push(line.slice("#Text=".length));
      continue;
    }
    // Sub-token lines ("3-14.1") carry nothing this reader needs.
    if (!/^\d+-\d+\t/.test(line)) continue;
    const cells = line.split("\t");
    const [s, e] = (cells[1] ?? "").split("-").map(Number);
    const k = tokens.length;
    const address = cells[0] as string;
    tokens.push({ address, text: cells[2] ?? "", start: s ?? 0, end: e ?? 0 });
    const entity = cells[col.entity] ?? "_";
    if (entity === "_" || entity === "") continue;
    const identities = (col.identity >= 0 ? (cells[col.identity] ?? "_") : "_").split("|");
    for (const [i, label] of entity.split("|").entries()) {
      const m = LABEL.exec(label);
      if (!m) continue;
      const id = m[2] ?? `${address}:${i}`;
      if (!m[2]) singles.set(address, [...(singles.get(address) ?? []), id]);
      const span = spans.get(id) ?? { type: m[1] as string, identity: null, tokens: [] };
      span.tokens.push(k);
      const identity = identities.find((x) => x.endsWith(`[${id}]`))?.replace(/\[\d+\]$/, "");
      if (identity && identity !== "_") span.identity = identity;
      else if (!m[2] && identities.length === 1 && identities[0] && identities[0] !== "_" && !/\]$/.test(identities[0]))
        span.identity = identities[0];
      spans.set(id, span);
    }
    const link = col.link >= 0 ? (cells[col.link] ?? "_") : "_";
    if (link === "_" || link === "") continue;
    for (const ref of link.split("|")) {
      const m = LINK.exec(ref);
      if (!m) continue;
      const there = m[2] && m[2] !== "0" ? m[2] : singles.get(m[1] as string)?.[0];
      const here = m[3] && m[3] !== "0" ? m[3] : singles.get(address)?.[0];
      if (there && here) links.push([there, here]);
    }
  }
  const chain = chains([...spans.keys()], links);
  const mentions = [...spans].map(([id, s]) => ({ id, ...s, chain: chain.get(id) ?? id }));
  return { text: sentences.join("\n"), tokens, mentions };
}

/** Joins linked ids into chains, each named by its smallest id (numeric ids before made-up ones). */
function chains(ids: readonly string[], links: readonly [string, string][]): Map<string, string> {
  const parent = new Map(ids.map((id) => [id, id]));
  const find = (x: string): string => {
    let r = x;
    while (parent.get(r) !== r && parent.has(r)) r = parent.get(r) as string;
    parent.set(x, r);
    return r;
  };
  const before = (a: string, b: string) => {
    const [x, y] = [Number(a), Number(b)];
    if (Number.isFinite(x) && Number.isFinite(y)) return x < y;
    return Number.isFinite(x) || (!Number.isFinite(y) && a < b);
  };
  for (const [a, b] of links) {
    if (!parent.has(a) || !parent.has(b)) continue;
    const [ra, rb] = [find(a), find(b)];
    if (ra === rb) continue;
    if (before(ra, rb)) parent.set(rb, ra);
    else parent.set(ra, rb);
  }
  return new Map(ids.map((id) => [id, find(id)]));
}

const XML_ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
const unescapeXml = (s: string) => s.replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => XML_ENTITIES[e] ?? "");

interface XmlToken {
  text: string;
  xpos: string;
  upos: string;
  range: TextRange;
}

/** Rebuilds the article from GUM's XML: paragraphs, headings, list items and captions as paragraphs. */
function rebuildFromXml(xml: string): { text: string; tokens: XmlToken[]; published: string | null } {
  const published = /dateCreated="([^"]+)"/.exec(xml)?.[1] ?? null;
  const b = new TextBuilder();
  const tokens: XmlToken[] = [];
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
    const word = unescapeXml(cols[0] as string);
    // Parts of one written word ("all-girl" as all, -, girl) are glued together.
    const glue = inWord && wordStarted;
    wordStarted = true;
    tokens.push({ text: word, xpos: cols[1] ?? "", upos: cols[4] ?? "", range: b.add(word, glue) });
  }
  return { text: b.text, tokens, published };
}

/** One GUM document from its TSV and XML texts; `id` names it. */
export function parseGum(id: string, tsv: string, xml: string): GumDocument {
  const parsed = parseWebAnnoTsv(tsv);
  const rebuilt = rebuildFromXml(xml);
  const problems: string[] = [];
  if (parsed.tokens.length !== rebuilt.tokens.length)
    throw new Error(`${id}: the TSV has ${parsed.tokens.length} tokens, the XML ${rebuilt.tokens.length}`);
  const tokens = parsed.tokens.map((t, k): GumToken => {
    const x = rebuilt.tokens[k] as XmlToken;
    if (x.text !== t.text) problems.push(`${k}: ${t.text} ≠ ${x.text}`);
    return {
      text: rebuilt.text.slice(x.range.start, x.range.end),
      start: x.range.start,
      end: x.range.end,
      tsv: { start: t.start, end: t.end },
      address: t.address,
      xpos: x.xpos,
      upos: x.upos,
    };
  });
  const mentions = parsed.mentions.map((m): GumMention => {
    const sorted = [...m.tokens].sort((a, b) => a - b);
    const start = (tokens[sorted[0] as number] as GumToken).start;
    const end = (tokens[sorted[sorted.length - 1] as number] as GumToken).end;
    return { ...m, tokens: sorted, start, end, text: rebuilt.text.slice(start, end) };
  });
  return { id, text: rebuilt.text, published: rebuilt.published, tokens, mentions, problems };
}

/** Reads `tsv/<name>.tsv` with `xml/<name>.xml` under a GUM folder. */
export function readGumFile(tsvFile: string, xmlFile: string): GumDocument {
  return parseGum(basename(tsvFile, ".tsv"), readFileSync(tsvFile, "utf8"), readFileSync(xmlFile, "utf8"));
}

/** Every document of a GUM folder (`tsv/` and `xml/` side by side), sorted by name. */
export function readGumCorpus(root: string): GumDocument[] {
  return readdirSync(join(root, "tsv"))
    .filter((f) => f.endsWith(".tsv"))
    .sort()
    .map((f) => readGumFile(join(root, "tsv", f), join(root, "xml", f.replace(/\.tsv$/, ".xml"))));
}
