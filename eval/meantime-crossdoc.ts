// Scores cross-document linking on MEANTIME: within each topic (airbus, apple, gm, stock) the articles are read in
// publication order and ingested, topic by topic, into a new SQLite store of its own: the links scored are the
// knowledge base's own (Store.documentLinks), as `dossier ingest` makes them. The gold is
// MEANTIME's cross-document instances: every entity or event mention linked to an instance, in every sentence.
//
// Matching rule: a gold entity mention takes a dossier entity mention that covers its head word (the last word
// of its first chunk, which ends before a preposition, relative word, comma or bracket: "website" in "Apple's
// website", "EADS" in "Airbus parent EADS"; MEANTIME leaves its head attribute empty), preferring the same span,
// then one whose entity type fits the gold type (PER-PERSON, ORG-ORG, LOC-GPE/LOC), then the longer overlap, then
// the shorter mention, then text order; a gold event mention takes the dossier event whose trigger overlaps it
// (same span first, then longer overlap). Several gold mentions may take one dossier mention (a name inside a
// longer annotated mention). Only matched gold mentions are scored, each in the cluster of its dossier entity or
// event; how many were matched is reported beside the scores.
//
// Scores: B-cubed, MUC, CEAF-e and their CoNLL average (src/eval/coref-metrics.ts), pooled over the topics
// (clusters never cross a topic), for all matched mentions, per gold type, and for "shared" instances only (those
// mentioned in two documents or more). "within documents" is the same prediction without cross-article linking
// (each article's entities kept apart): what linking adds is the difference.
// Usage: node --import tsx eval/meantime-crossdoc.ts [--root DIR] [--misses N] [--json]

import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Analysis, EntityType } from "../src/article/analysis.js";
import type { Article } from "../src/article/article.js";
import { type CorefScores, corefScores } from "../src/eval/coref-metrics.js";
import { isMain } from "../src/eval/is-main.js";
import { type MeantimeDocument, readMeantimeCorpus } from "../src/eval/meantime.js";
import { scriptArgs } from "../src/eval/script-args.js";
import { printTop } from "../src/eval/tally.js";
import { analyse } from "../src/pipeline/analyse.js";
import type { Store } from "../src/store/contract.js";
import { SqliteStore } from "../src/store/sqlite/sqlite-store.js";

const DEFAULT_ROOT = fileURLToPath(
  new URL("../../shared/corpora/meantime/intra_cross-doc_annotation", import.meta.url),
);

export interface CrossdocOptions {
  /** MEANTIME's intra_cross-doc_annotation folder. */
  root?: string;
  /** How many of the worst split and merged instances to list (default 15). */
  misses?: number;
}

export interface LinkingScore {
  /** Gold mentions of cross-document instances, and those matched to a dossier mention. */
  goldMentions: number;
  matched: number;
  /** Gold instances among the matched mentions, and those mentioned in two documents or more. */
  instances: number;
  sharedInstances: number;
  linked: CorefScores;
  withinDocuments: CorefScores;
  /** The same on mentions of shared instances only. */
  shared: { linked: CorefScores; withinDocuments: CorefScores; mentions: number };
}

export interface CrossdocScore {
  documents: number;
  topics: string[];
  entities: LinkingScore;
  /** Entities per gold type (PER, ORG, LOC, PRO, FIN, MIX). */
  entityTypes: Record<string, LinkingScore>;
  events: LinkingScore;
  /** Gold instances whose matched mentions fell into several dossier clusters: "name ×clusters". */
  splits: { key: string; count: number }[];
  /** dossier clusters holding mentions of several gold instances. */
  merges: { key: string; count: number }[];
  seconds: number;
}

/** One scored gold mention: its item key, gold instance, predicted clusters (linked and per document). */
interface Item {
  key: string;
  instance: string;
  type: string;
  doc: string;
  text: string;
  linked: string | null;
  local: string | null;
}

const FITS: Record<string, readonly EntityType[]> = { PER: ["PERSON"], ORG: ["ORG"], LOC: ["GPE", "LOC"] };

interface Candidate {
  start: number;
  end: number;
  type: EntityType | null;
  linked: string;
  local: string;
}

const CHUNK_END = new Set(
  "of in at on for from with by to about after before during under over who whom which that whose where when , ( ) : ; –".split(
    " ",
  ),
);

/** The head word of a mention (see the matching rule): its place in the text. */
export function headOf(tokens: readonly { text: string; start: number; end: number }[]) {
  let end = 1;
  while (end < tokens.length && !CHUNK_END.has((tokens[end] as { text: string }).text.toLowerCase())) end++;
  let head = end - 1;
  while (head > 0 && /^[^\p{L}\p{N}]+$/u.test((tokens[head] as { text: string }).text)) head--;
  return tokens[head];
}

/** The best candidate for a gold span under the matching rule above, or null. */
function bestMatch(
  gold: { start: number; end: number },
  head: { start: number; end: number },
  goldType: string,
  cands: readonly Candidate[],
) {
  let best: Candidate | null = null;
  let bestRank: number[] = [];
  for (const c of cands) {
    if (c.start >= head.end || head.start >= c.end) continue;
    const shared = Math.min(gold.end, c.end) - Math.max(gold.start, c.start);
    if (shared <= 0) continue;
    const rank = [
      Number(c.start === gold.start && c.end === gold.end),
      Number(c.type !== null && (FITS[goldType]?.includes(c.type) ?? false)),
      shared,
      -(c.end - c.start),
      -c.start,
    ];
    if (!best || greater(rank, bestRank)) {
      best = c;
      bestRank = rank;
    }
  }
  return best;
}

function greater(a: readonly number[], b: readonly number[]): boolean {
  for (let i = 0; i < a.length; i++)
    if ((a[i] as number) !== (b[i] as number)) return (a[i] as number) > (b[i] as number);
  return false;
}

/** Publication order (undated last), then name: the order a news stream would bring them in. */
function byPublication(a: MeantimeDocument, b: MeantimeDocument): number {
  const x = a.published ?? "\uffff";
  const y = b.published ?? "\uffff";
  return x < y ? -1 : x > y ? 1 : a.name.localeCompare(b.name);
}

/** One topic's articles ingested into a new store of their own, as a news stream brings them. */
async function topicItems(
  topic: string,
  docs: readonly MeantimeDocument[],
): Promise<{ entities: Item[]; events: Item[] }> {
  const dir = mkdtempSync(join(tmpdir(), "dossier-crossdoc-"));
  const store = SqliteStore.open(join(dir, "topic.db"));
  try {
    return await linkTopic(topic, docs, store);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function linkTopic(
  topic: string,
  docs: readonly MeantimeDocument[],
  store: Store,
): Promise<{ entities: Item[]; events: Item[] }> {
  const entities: Item[] = [];
  const events: Item[] = [];
  for (const doc of [...docs].sort(byPublication)) {
    const article: Article = { text: doc.text, published: doc.published, title: null, url: doc.url, source: null };
    const analysis: Analysis = analyse(article);
    await store.addAnalysis(analysis);
    const linked = (await store.documentLinks(analysis.document.id)) ?? { entities: new Map(), events: new Map() };
    const entityCands: Candidate[] = analysis.entities.flatMap((e) =>
      e.mentions.map((m) => ({
        start: m.start,
        end: m.end,
        type: e.type,
        linked: `${topic}:e${linked.entities.get(e.id)}`,
        local: `${doc.name}:${e.id}`,
      })),
    );
    const eventCands: Candidate[] = analysis.events.map((v) => ({
      start: v.trigger.start,
      end: v.trigger.end,
      type: null,
      linked: `${topic}:v${linked.events.get(v.id)}`,
      local: `${doc.name}:${v.id}`,
    }));
    for (const [list, mentions, cands] of [
      [entities, doc.entityMentions, entityCands],
      [events, doc.eventMentions, eventCands],
    ] as const) {
      for (const m of mentions) {
        if (!m.instance) continue;
        const type = "type" in m ? (m.type ?? "none") : (m.eventClass ?? "none");
        const toks = m.tokens.map((k) => doc.tokens[k] as MeantimeDocument["tokens"][number]);
        // Event mentions are their trigger words already.
        const head = list === entities ? (headOf(toks) ?? m) : m;
        const c = bestMatch(m, head, type, cands);
        list.push({
          key: `${doc.name}#${m.id}`,
          instance: `${topic}:${m.instance}`,
          type,
          doc: doc.name,
          text: m.text,
          linked: c?.linked ?? null,
          local: c?.local ?? null,
        });
      }
    }
  }
  return { entities, events };
}

function linkingScore(items: readonly Item[]): LinkingScore {
  const matched = items.filter((i) => i.linked !== null);
  const docsOf = new Map<string, Set<string>>();
  for (const i of matched) docsOf.set(i.instance, (docsOf.get(i.instance) ?? new Set()).add(i.doc));
  const shared = matched.filter((i) => (docsOf.get(i.instance)?.size ?? 0) >= 2);
  const score = (list: readonly Item[], which: "linked" | "local") =>
    corefScores(new Map(list.map((i) => [i.key, i.instance])), new Map(list.map((i) => [i.key, i[which] as string])));
  return {
    goldMentions: items.length,
    matched: matched.length,
    instances: docsOf.size,
    sharedInstances: [...docsOf.values()].filter((d) => d.size >= 2).length,
    linked: score(matched, "linked"),
    withinDocuments: score(matched, "local"),
    shared: { linked: score(shared, "linked"), withinDocuments: score(shared, "local"), mentions: shared.length },
  };
}

/** The commonest text among a group's mentions: a readable name for an instance or a cluster. */
function nameOf(items: readonly Item[]): string {
  const counts = new Map<string, number>();
  for (const i of items) counts.set(i.text, (counts.get(i.text) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? "";
}

function groupBy(items: readonly Item[], key: (i: Item) => string): Map<string, Item[]> {
  const out = new Map<string, Item[]>();
  for (const i of items) out.set(key(i), [...(out.get(key(i)) ?? []), i]);
  return out;
}

/** Links MEANTIME's articles topic by topic and scores the clusters against its cross-document instances. */
export async function scoreMeantimeCrossdoc(options: CrossdocOptions = {}): Promise<CrossdocScore> {
  const docs = readMeantimeCorpus(options.root ?? DEFAULT_ROOT);
  const topics = [...new Set(docs.map((d) => d.topic))];
  const t0 = performance.now();
  const entities: Item[] = [];
  const events: Item[] = [];
  for (const topic of topics) {
    const items = await topicItems(
      topic,
      docs.filter((d) => d.topic === topic),
    );
    entities.push(...items.entities);
    events.push(...items.events);
  }
  const seconds = (performance.now() - t0) / 1000;
  const matched = entities.filter((i) => i.linked !== null);
  const n = options.misses ?? 15;
  const splits = [...groupBy(matched, (i) => i.instance).values()]
    .map((group) => ({ key: `${nameOf(group)} (${group[0]?.type})`, count: new Set(group.map((i) => i.linked)).size }))
    .filter((x) => x.count > 1)
    .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key))
    .slice(0, n);
  const merges = [...groupBy(matched, (i) => i.linked as string).values()]
    .map((group) => {
      const instances = groupBy(group, (i) => i.instance);
      return { key: [...instances.values()].map(nameOf).join(" + "), count: instances.size };
    })
    .filter((x) => x.count > 1)
    .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key))
    .slice(0, n);
  return {
    documents: docs.length,
    topics,
    entities: linkingScore(entities),
    entityTypes: Object.fromEntries(
      [...groupBy(entities, (i) => i.type)].sort().map(([type, list]) => [type, linkingScore(list)]),
    ),
    events: linkingScore(events),
    splits,
    merges,
    seconds,
  };
}

function report(r: CrossdocScore): string {
  const pct = (x: number) => (x * 100).toFixed(1).padStart(6);
  const row = (name: string, s: CorefScores) =>
    `  ${name.padEnd(24)}${pct(s.bCubed.precision)}${pct(s.bCubed.recall)}${pct(s.bCubed.f1)} │${pct(s.muc.f1)}${pct(s.ceafE.f1)}${pct(s.conll)}`;
  const block = (title: string, s: LinkingScore) => [
    `${title}: ${s.matched} of ${s.goldMentions} gold mentions matched (${pct(s.goldMentions ? s.matched / s.goldMentions : 0).trim()}%), ` +
      `${s.instances} instances, ${s.sharedInstances} in 2+ documents (${s.shared.mentions} mentions)`,
    `  ${"".padEnd(24)}  B3 P     R    F1 │   MUC CEAFe CoNLL`,
    row("linked", s.linked),
    row("within documents", s.withinDocuments),
    row("linked, shared only", s.shared.linked),
    row("within docs, shared only", s.shared.withinDocuments),
  ];
  const lines = [
    `MEANTIME cross-document linking: ${r.documents} documents in ${r.topics.length} topics (${r.seconds.toFixed(1)} s)`,
    "",
    ...block("entities", r.entities),
    "",
    ...block("events", r.events),
    "",
    "entities by gold type (B3 P R F1 linked │ within documents; matched/gold):",
  ];
  for (const [type, s] of Object.entries(r.entityTypes)) {
    const l = s.linked.bCubed;
    const w = s.withinDocuments.bCubed;
    lines.push(
      `  ${type.padEnd(6)}${pct(l.precision)}${pct(l.recall)}${pct(l.f1)} │${pct(w.precision)}${pct(w.recall)}${pct(w.f1)}   ${s.matched}/${s.goldMentions}`,
    );
  }
  return lines.join("\n");
}

async function main(): Promise<void> {
  const values = scriptArgs(import.meta.url, {
    root: { type: "string", default: DEFAULT_ROOT },
    misses: { type: "string" },
    json: { type: "boolean", default: false },
  });
  const misses = values.misses === undefined ? 0 : Number(values.misses);
  const r = await scoreMeantimeCrossdoc({ root: values.root as string, misses });
  if (r.documents === 0) fail(`no MEANTIME documents under ${values.root} (use --root)`);
  process.stdout.write(`${report(r)}\n`);
  if (misses > 0) {
    printTop("gold entity instances split over several dossier entities (clusters)", r.splits);
    printTop("dossier entities joining several gold instances (instances)", r.merges);
  }
  if (values.json) {
    const { splits, merges, ...rest } = r;
    process.stdout.write(`${JSON.stringify(rest, (_, v) => (typeof v === "number" ? +v.toFixed(4) : v))}\n`);
  }
}

function fail(message: string): never {
  process.stderr.write(`eval/meantime-crossdoc: ${message}\n`);
  process.exit(2);
}

if (isMain(import.meta.url)) await main();
