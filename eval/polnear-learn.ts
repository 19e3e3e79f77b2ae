// Learns from PolNeAR's TRAIN split (never dev: dev is for measuring) which cues the corpus annotates, how often
// dossier already finds them, and which attribution shapes it misses. Its tables are what lexicon/cues.json's
// learned entries came from.
// Usage: node --import tsx eval/polnear-learn.ts [--limit N] [--top N] [--min N] [--root DIR]
//        [--examples KEY] (print missed attributions whose cue has this key) [--shape NAME] (missed examples of a shape)
//        [--why other-content|known-silent|unknown] (missed examples for one reason)
//        [--wrong HEAD] (print dossier claims whose cue is no gold cue, for a cue head or "" for all) [--count N]
import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Claim } from "../src/article/analysis.js";
import { cueLexicon } from "../src/claims/lexicon.js";
import { normaliseFragments, overlapLength } from "../src/eval/attribution-score.js";
import type { Fragment } from "../src/eval/brat.js";
import {
  type GoldAttribution,
  listPolnearDocuments,
  readPolnearDocument,
  readPolnearMetadata,
} from "../src/eval/polnear.js";
import { scriptArgs } from "../src/eval/script-args.js";
import type { Token } from "../src/pipeline/layers.js";
import { pipeline } from "../src/pipeline/stages.js";

const DEFAULT_ROOT = fileURLToPath(new URL("../../shared/corpora/polnear", import.meta.url));
const SPLIT = "train";

/** Parts of speech that carry a cue's meaning; auxiliaries, negation, adverbs and determiners are its entourage. */
const CORE = new Set(["VERB", "NOUN", "ADJ", "ADP", "PROPN", "SCONJ", "PUNCT"]);

interface Tally {
  gold: number;
  found: number;
}

interface Miss {
  doc: string;
  text: string;
  gold: GoldAttribution;
  key: string;
  shape: string;
  /** dossier's claims whose cue lies in the example's stretch of text. */
  near?: Claim[];
  why?: "other-content" | "known-silent" | "unknown";
}

function main(): void {
  const values = scriptArgs(import.meta.url, {
    limit: { type: "string" },
    top: { type: "string", default: "80" },
    min: { type: "string", default: "3" },
    root: { type: "string", default: DEFAULT_ROOT },
    examples: { type: "string" },
    shape: { type: "string" },
    wrong: { type: "string" },
    why: { type: "string" },
    count: { type: "string", default: "15" },
  });
  const root = values.root as string;
  if (!existsSync(join(root, SPLIT, "text"))) fail(`no PolNeAR ${SPLIT}/text under ${root} (use --root)`);
  const limit = values.limit === undefined ? Number.POSITIVE_INFINITY : Number(values.limit);
  const top = Number(values.top);
  const min = Number(values.min);
  const metaPath = join(root, "metadata.tsv");
  const metadata = existsSync(metaPath) ? readPolnearMetadata(metaPath) : new Map();
  const docs = listPolnearDocuments(root, SPLIT).slice(0, limit);

  const byKey = new Map<string, Tally>();
  const byHead = new Map<string, Tally>();
  const byShape = new Map<string, Tally>();
  /** Per head of a dossier cue: how many claims, how many of them overlap a gold cue (found = correct). */
  const predicted = new Map<string, Tally>();
  const wrong: Miss[] = [];
  const misses: Miss[] = [];
  /** Why gold attributions were missed: the cue found with another content, a known cue word that did not fire, an unknown cue. */
  const why = { otherContent: 0, knownSilent: 0, unknown: 0 };
  const lex = cueLexicon();
  const knownWord = (t: Token) =>
    lex.verbs.has(lemma(t)) ||
    lex.verbPhrases.has(lemma(t)) ||
    lex.phrases.has(t.lower) ||
    lex.nouns.has(t.lower) ||
    lex.seenAs.has(lemma(t));
  /** Missed attributions by reason and cue key. */
  const silent = new Map<string, Tally>();
  let gold = 0;
  let found = 0;
  for (const doc of docs) {
    const { article, gold: attributions } = readPolnearDocument(doc, metadata);
    const run = pipeline.run(article);
    const tokens = run.tokens ?? [];
    const claims = run.claims ?? [];
    const text = article.text;
    for (const g of attributions) {
      const cueTokens = tokensIn(tokens, g.cue);
      const key = cueKey(text, cueTokens);
      const head = cueHead(cueTokens);
      const shape = shapeOf(text, tokens, g);
      const hit = foundBy(text, g, claims);
      gold++;
      if (hit) found++;
      for (const [map, k] of [
        [byKey, key],
        [byHead, head],
        [byShape, shape],
      ] as const) {
        const t = map.get(k) ?? { gold: 0, found: 0 };
        t.gold++;
        if (hit) t.found++;
        map.set(k, t);
      }
      if (!hit) {
        const cue = normaliseFragments(text, g.cue);
        const reason = claims.some((c) => overlapLength(cue, [{ start: c.cue.start, end: c.cue.end }]) > 0)
          ? "other-content"
          : cueTokens.some(knownWord)
            ? "known-silent"
            : "unknown";
        if (reason === "other-content") why.otherContent++;
        else if (reason === "known-silent") why.knownSilent++;
        else why.unknown++;
        misses.push({ doc: doc.name, text, gold: g, key, shape, near: nearby(g, claims), why: reason });
        const t = silent.get(`${reason}: ${key}`) ?? { gold: 0, found: 0 };
        t.gold++;
        silent.set(`${reason}: ${key}`, t);
      }
    }
    const goldCues = attributions.map((g) => normaliseFragments(text, g.cue));
    for (const c of claims) {
      const cue = [{ start: c.cue.start, end: c.cue.end }];
      const head = cueHead(tokensIn(tokens, cue));
      const right = goldCues.some((g) => overlapLength(g, cue) > 0);
      const t = predicted.get(head) ?? { gold: 0, found: 0 };
      t.gold++;
      if (right) t.found++;
      predicted.set(head, t);
      if (!right) {
        const asGold = { id: c.id, source: c.source?.span ? [c.source.span] : [], cue, content: [c.content] };
        wrong.push({ doc: doc.name, text, gold: asGold, key: head, shape: "predicted" });
      }
    }
  }

  if (values.wrong !== undefined) {
    const wanted = wrong.filter((m) => values.wrong === "" || m.key === values.wrong);
    for (const m of wanted.slice(0, Number(values.count))) process.stdout.write(`${example(m)}\n\n`);
    process.stdout.write(`${wanted.length} claims whose cue is no gold cue\n`);
    return;
  }

  if (values.examples !== undefined || values.shape !== undefined || values.why !== undefined) {
    const wanted = misses.filter(
      (m) =>
        (values.examples === undefined || m.key === values.examples) &&
        (values.shape === undefined || m.shape === values.shape) &&
        (values.why === undefined || m.why === values.why),
    );
    for (const m of wanted.slice(0, Number(values.count))) process.stdout.write(`${example(m)}\n\n`);
    process.stdout.write(`${wanted.length} missed\n`);
    return;
  }

  const known = (head: string) =>
    lex.verbs.has(head) || lex.phrases.has(head.split(" ")[0] as string) || lex.seenAs.has(head);
  const out: string[] = [
    `PolNeAR ${SPLIT}: ${docs.length} articles, ${gold} gold attributions, ${found} found by a dossier claim ` +
      `(cue and content overlap) = ${pct(found, gold)}`,
    `Missed: ${why.otherContent} with the cue found but another content, ${why.knownSilent} whose cue word the ` +
      `lexicon knows but no claim came of, ${why.unknown} with a cue word the lexicon does not know.`,
    "",
    "Cue heads (the first verb lemma of the gold cue, else its first noun, adposition or mark): gold, found, share,",
    "and whether lexicon/cues.json knows the word.",
    table(byHead, top, min, known),
    "",
    "Cue keys (lemmas of the cue's verbs, nouns, adjectives and adpositions; auxiliaries, negation and adverbs left out):",
    table(byKey, top, min),
    "",
    "Missed attributions by reason and cue key (other-content: the cue was found with another content;",
    "known-silent: the lexicon knows a word of the cue but no claim came of it; unknown: it knows none):",
    table(silent, top, min),
    "",
    "Shapes of the gold attributions (see shapeOf in this script):",
    table(byShape, top, 1),
    "",
    "dossier's claims by cue head: claims, claims whose cue overlaps a gold cue, share (precision by cue):",
    table(predicted, top, min),
  ];
  process.stdout.write(`${out.join("\n")}\n`);
}

/** Did a claim's cue and content overlap the gold cue and content (the eval's attribution overlap)? */
function foundBy(text: string, g: GoldAttribution, claims: readonly Claim[]): boolean {
  const cue = normaliseFragments(text, g.cue);
  const content = normaliseFragments(text, g.content);
  return claims.some(
    (c) =>
      overlapLength(cue, [{ start: c.cue.start, end: c.cue.end }]) > 0 &&
      (content.length === 0 || overlapLength(content, [{ start: c.content.start, end: c.content.end }]) > 0),
  );
}

/** Word tokens inside the fragments (binary search: tokens are in text order). */
function tokensIn(tokens: readonly Token[], fragments: readonly Fragment[]): Token[] {
  const out: Token[] = [];
  for (const f of fragments) {
    let lo = 0;
    let hi = tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((tokens[mid] as Token).end <= f.start) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < tokens.length; i++) {
      const t = tokens[i] as Token;
      if (t.start >= f.end) break;
      if (t.pos !== "SPACE") out.push(t);
    }
  }
  return out;
}

const lemma = (t: Token) => (t.pos === "PROPN" ? t.lower : t.lemma.toLowerCase());

function cueKey(text: string, tokens: readonly Token[]): string {
  const core = tokens.filter((t) => CORE.has(t.pos) && !(t.pos === "PUNCT" && !/[:\u2014\u2013-]/.test(t.lower)));
  if (core.length === 0) return tokens.map((t) => text.slice(t.start, t.end).toLowerCase()).join(" ") || "(none)";
  return core.map(lemma).join(" ");
}

function cueHead(tokens: readonly Token[]): string {
  const verb = tokens.find((t) => t.pos === "VERB");
  if (verb) return lemma(verb);
  const noun = tokens.find((t) => t.pos === "NOUN" || t.pos === "ADJ");
  if (noun) return `${lemma(noun)} (n)`;
  const adp = tokens.find((t) => t.pos === "ADP" || t.pos === "PUNCT" || t.pos === "SCONJ");
  return adp ? `${adp.lower} (${adp.pos.toLowerCase()})` : "(other)";
}

const PRONOUNS = new Set(["he", "she", "they", "it", "we", "i", "you", "his", "her", "their", "its", "our", "my"]);
const QUOTE = /["\u201c\u201d]/;

/**
 * A coarse shape of a gold attribution, for seeing what kind dossier misses: where the cue stands against
 * its content, whether the source is missing or a pronoun, whether the content is a quotation, spans sentences.
 */
function shapeOf(text: string, tokens: readonly Token[], g: GoldAttribution): string {
  const cue = g.cue[0];
  const content = normaliseFragments(text, g.content);
  const first = content[0];
  const parts: string[] = [];
  if (!cue || !first) return "no-content";
  const last = content[content.length - 1] as Fragment;
  parts.push(cue.end <= first.start ? "cue-first" : cue.start >= last.end ? "cue-after" : "cue-inside");
  if (g.source.length === 0) parts.push("no-source");
  else {
    const src = tokensIn(tokens, g.source);
    if (src.length === 1 && PRONOUNS.has((src[0] as Token).lower)) parts.push("pronoun-source");
  }
  const words = content.map((f) => text.slice(f.start, f.end)).join(" ");
  if (QUOTE.test(words)) parts.push("quoted");
  const cueTokens = tokensIn(tokens, g.cue);
  if (!cueTokens.some((t) => t.pos === "VERB")) parts.push("no-verb-cue");
  return parts.join(" ");
}

function table(map: Map<string, Tally>, top: number, min: number, known?: (k: string) => boolean): string {
  const rows = [...map.entries()].filter(([, t]) => t.gold >= min).sort((a, b) => b[1].gold - a[1].gold);
  const lines = rows
    .slice(0, top)
    .map(
      ([k, t]) =>
        `  ${k.padEnd(34)} ${String(t.gold).padStart(5)} ${String(t.found).padStart(5)} ${pct(t.found, t.gold).padStart(6)}` +
        (known ? (known(k) ? "  known" : "") : ""),
    );
  const missedTotal = rows.reduce((n, [, t]) => n + t.gold - t.found, 0);
  lines.push(`  (${rows.length} rows with ≥ ${min}; ${missedTotal} of their attributions missed)`);
  return lines.join("\n");
}

/** The claims whose cue falls in the stretch of the gold attribution. */
function nearby(g: GoldAttribution, claims: readonly Claim[]): Claim[] {
  const spans = [...g.source, ...g.cue, ...g.content];
  const from = Math.min(...spans.map((f) => f.start));
  const to = Math.max(...spans.map((f) => f.end));
  return claims.filter((c) => c.cue.end > from && c.cue.start < to);
}

function example(m: Miss): string {
  const spans = [...m.gold.source, ...m.gold.cue, ...m.gold.content];
  const from = Math.max(0, Math.min(...spans.map((f) => f.start)) - 40);
  const to = Math.min(m.text.length, Math.max(...spans.map((f) => f.end)) + 20);
  const show = (fs: Fragment[]) => fs.map((f) => m.text.slice(f.start, f.end)).join(" … ");
  return [
    `[${m.doc}] ${m.key} | ${m.shape}`,
    `  …${m.text.slice(from, to).replace(/\s+/g, " ")}…`,
    `  source: ${show(m.gold.source)} | cue: ${show(m.gold.cue)} | content: ${show(m.gold.content).slice(0, 160)}`,
    ...(m.near ?? []).map(
      (c) => `  dossier: ${c.source?.text ?? "-"} | ${c.cue.text} | ${c.content.text.slice(0, 120)}`,
    ),
  ].join("\n");
}

const pct = (a: number, b: number) => (b > 0 ? `${((100 * a) / b).toFixed(1)}%` : "-");

function fail(message: string): never {
  process.stderr.write(`eval/polnear-learn: ${message}\n`);
  process.exit(2);
}

main();
