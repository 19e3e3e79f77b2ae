// `npm run eval`: every accuracy task on the public corpora in ../shared/corpora, as one scoreboard on the terminal,
// the same in eval/results.json, and the commonest misses per task. `--fast` runs the CI subset (fewer documents);
// `--check` runs it and compares the figures with eval/floors.json, exiting 1 when one fell below its floor.
// `--write-floors` sets the floors from a fast run.
// Usage: node --import tsx eval/run.ts [--fast] [--check] [--write-floors] [--json] [--out FILE] [--misses N]
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { prf as attributionPrf, charPrf } from "../src/eval/attribution-score.js";
import { isMain } from "../src/eval/is-main.js";
import {
  checkFloors,
  type Floor,
  renderMisses,
  renderScoreboard,
  type Scoreboard,
  type ScoreRow,
  type TaskReport,
} from "../src/eval/scoreboard.js";
import { scriptArgs } from "../src/eval/script-args.js";
import type { Counted as Miss } from "../src/eval/tally.js";
import { scoreEntities } from "./entities.js";
import { scoreMeantimeCrossdoc } from "./meantime-crossdoc.js";
import { scoreMeantimeEvents } from "./meantime-events.js";
import { scoreMeantimeTimes } from "./meantime-times.js";
import { scorePolnear } from "./polnear.js";
import { scoreTimebank } from "./timebank.js";

export const FLOORS_FILE = fileURLToPath(new URL("./floors.json", import.meta.url));
const RESULTS_FILE = fileURLToPath(new URL("./results.json", import.meta.url));

/** How many documents each task reads in the fast (CI) scope; the full scope reads every document. */
const FAST = { timebank: 80, polnear: 40, events: 40 };

// Figures the issue asks for, and published figures to compare with (../shared/corpora/README.md).
const TARGET = { timexValue: 0.85, names: 0.85, source: 0.8, cue: 0.85, contentOverlap: 0.8, certainty: 0.85 };
const HEIDELTIME = { value: 0.776, by: "HeidelTime, TempEval-3" };
const CITRON = {
  source: { value: 0.82, by: "citron, PARC 3.0" },
  cue: { value: 0.823, by: "citron, PARC 3.0" },
  contentExact: { value: 0.593, by: "citron, PARC 3.0" },
  contentOverlap: { value: 0.833, by: "citron, PARC 3.0" },
};

export interface RunOptions {
  fast?: boolean;
  misses?: number;
}

type RowMaker = (metric: string, value: number, extra?: Partial<ScoreRow>) => ScoreRow;

/** One task's report: its run's size and time, its rows (made with `row("value F1", 0.82, { target })`), its misses. */
function taskReport(
  task: string,
  corpus: string,
  run: { documents: number; seconds: number },
  rows: (row: RowMaker) => ScoreRow[],
  misses: Miss[],
): TaskReport {
  const row: RowMaker = (metric, value, extra = {}) => ({ task, corpus, metric, value, ...extra });
  return { task, corpus, documents: run.documents, seconds: run.seconds, rows: rows(row), misses };
}

/** Several lists of misses as one, each key marked with its list's label, commonest first. */
function worst(n: number | undefined, lists: [label: string, misses: readonly Miss[]][]): Miss[] {
  return lists
    .flatMap(([label, misses]) => misses.map((m) => ({ key: label ? `${label}: ${m.key}` : m.key, count: m.count })))
    .sort((a, b) => b.count - a.count)
    .slice(0, n ?? 20);
}

function timesTask(o: RunOptions): TaskReport {
  const r = scoreTimebank({ limit: o.fast ? FAST.timebank : undefined, misses: o.misses });
  return taskReport(
    "times",
    "TimeBank+AQUAINT",
    r,
    (row) => [
      row("TIMEX3 value F1", r.scores.value.f1, { target: TARGET.timexValue, reference: HEIDELTIME }),
      row("TIMEX3 strict span F1", r.scores.strict.f1),
      row("TIMEX3 relaxed span F1", r.scores.relaxed.f1),
      row("TIMEX3 type accuracy", r.scores.typeAccuracy),
    ],
    worst(o.misses, [
      ["", r.worstMisses],
      ["spurious", r.worstSpurious],
    ]),
  );
}

function meantimeTimesTask(o: RunOptions): TaskReport {
  const r = scoreMeantimeTimes({ misses: o.misses });
  return taskReport(
    "times",
    "MEANTIME",
    r,
    (row) => [
      row("TIMEX3 value F1", r.value.f1, { target: TARGET.timexValue }),
      row("TIMEX3 strict span F1", r.strict.f1),
      row("TIMEX3 relaxed span F1", r.relaxed.f1),
    ],
    r.worstMisses,
  );
}

function entityTasks(o: RunOptions): TaskReport[] {
  return scoreEntities({ misses: o.misses }).corpora.map((c) => {
    return taskReport(
      "entities",
      c.name,
      c,
      (row) => [
        row("names F1 (exact)", c.types.ALL.exactPrf.f1, { target: TARGET.names }),
        row("names F1 (overlap)", c.types.ALL.overlapPrf.f1),
        ...(["PER", "ORG", "LOC"] as const).map((k) => row(`${k} F1 (exact)`, c.types[k].exactPrf.f1)),
      ],
      worst(o.misses, [
        ["", c.worstMisses],
        ["spurious", c.worstSpurious],
      ]),
    );
  });
}

function attributionTask(o: RunOptions): TaskReport {
  const r = scorePolnear({ split: "dev", limit: o.fast ? FAST.polnear : undefined, misses: o.misses });
  const c = r.counts;
  return taskReport(
    "attribution",
    "PolNeAR dev",
    r,
    (row) => [
      row("source F1 (exact)", attributionPrf(c.source.exact).f1, { target: TARGET.source, reference: CITRON.source }),
      row("source F1 (overlap)", attributionPrf(c.source.overlap).f1),
      row("cue F1 (exact)", attributionPrf(c.cue.exact).f1, { target: TARGET.cue, reference: CITRON.cue }),
      row("cue F1 (overlap)", attributionPrf(c.cue.overlap).f1),
      row("content F1 (exact)", attributionPrf(c.content.exact).f1, { reference: CITRON.contentExact }),
      row("content F1 (overlap)", attributionPrf(c.content.overlap).f1, {
        target: TARGET.contentOverlap,
        reference: CITRON.contentOverlap,
      }),
      row("content F1 (characters)", charPrf(c.content.chars).f1),
    ],
    worst(o.misses, [["missed cue", r.worstMisses]]),
  );
}

function eventTask(o: RunOptions): TaskReport {
  const r = scoreMeantimeEvents({ limit: o.fast ? FAST.events : undefined, misses: o.misses });
  return taskReport(
    "events",
    "MEANTIME",
    r,
    (row) => [
      row("certainty accuracy", r.certaintyAccuracy.all, { target: TARGET.certainty }),
      row("certainty accuracy if always CERTAIN", r.baseline.certainty, { baseline: true }),
      row("polarity accuracy", r.polarityAccuracy.all, { target: TARGET.certainty }),
      row("polarity accuracy if always POS", r.baseline.polarity, { baseline: true }),
      row("event mentions found", r.coverage),
    ],
    worst(o.misses, [
      ["wrong", r.worstMisses],
      ["not found", r.uncovered],
    ]),
  );
}

async function crossdocTask(o: RunOptions): Promise<TaskReport> {
  const r = await scoreMeantimeCrossdoc({ misses: o.misses });
  return taskReport(
    "cross-document",
    "MEANTIME",
    r,
    (row) => [
      row("entity linking B3 F1", r.entities.linked.bCubed.f1),
      row("entity linking CoNLL F1", r.entities.linked.conll),
      row("entity mentions matched", r.entities.goldMentions ? r.entities.matched / r.entities.goldMentions : 0),
      row("event linking B3 F1", r.events.linked.bCubed.f1),
    ],
    worst(o.misses, [
      ["split", r.splits],
      ["merged", r.merges],
    ]),
  );
}

function currentCommit(): string | null {
  try {
    const cwd = fileURLToPath(new URL("..", import.meta.url));
    const head = execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd, encoding: "utf8" }).trim();
    const dirty = execFileSync("git", ["status", "--porcelain", "--untracked-files=no"], { cwd, encoding: "utf8" });
    return dirty.trim() === "" ? head : `${head}+changes`;
  } catch {
    return null;
  }
}

/** Runs every task and gathers the scoreboard. */
export async function runScoreboard(o: RunOptions = {}): Promise<Scoreboard> {
  const tasks = [
    timesTask(o),
    meantimeTimesTask(o),
    ...entityTasks(o),
    attributionTask(o),
    eventTask(o),
    await crossdocTask(o),
  ];
  return {
    measuredAt: new Date().toISOString().slice(0, 10),
    commit: currentCommit(),
    scope: o.fast ? "fast" : "full",
    tasks,
  };
}

const FLOOR_MARGIN = 0.02;
const FLOORS_ABOUT = [
  "Minimum figures of `npm run eval -- --fast`, checked by test/eval/accuracy-floors.test.ts in CI.",
  `Written by \`npm run eval -- --write-floors\`: each figure of the fast scope less ${FLOOR_MARGIN * 100} points.`,
  "Raise them after an improvement; never lower one to make a change pass without saying why in its commit.",
];

/** Floors a little under the figures just measured: room for small shifts from unrelated changes, none for a fall. */
function floorsOf(board: Scoreboard): Floor[] {
  return board.tasks.flatMap((t) =>
    t.rows
      .filter((r) => !r.baseline)
      .map((r) => ({
        task: r.task,
        corpus: r.corpus,
        metric: r.metric,
        min: Math.max(0, Math.floor((r.value - FLOOR_MARGIN) * 1000) / 1000),
      })),
  );
}

export function readFloors(path = FLOORS_FILE): Floor[] {
  return (JSON.parse(readFileSync(path, "utf8")) as { floors: Floor[] }).floors;
}

async function main(): Promise<void> {
  const values = scriptArgs(import.meta.url, {
    fast: { type: "boolean", default: false },
    check: { type: "boolean", default: false },
    json: { type: "boolean", default: false },
    out: { type: "string" },
    misses: { type: "string", default: "8" },
    "write-floors": { type: "boolean", default: false },
  });
  const misses = Number(values.misses);
  if (!(misses >= 0)) throw new Error(`--misses must be a number, not "${values.misses}"`);
  // The floors are set on the fast scope, so --check runs it.
  const fast = values.fast || values.check || values["write-floors"];
  const board = await runScoreboard({ fast, misses: Math.max(misses, 20) });
  const out = values.out ?? (fast ? null : RESULTS_FILE);
  if (out) writeFileSync(out, `${JSON.stringify(board, null, 2)}\n`);
  if (values.json) process.stdout.write(`${JSON.stringify(board)}\n`);
  else {
    process.stdout.write(`${renderScoreboard(board)}\n\n${renderMisses(board, misses)}\n`);
    if (out) process.stdout.write(`\nwritten to ${out}\n`);
  }
  if (values["write-floors"]) {
    writeFileSync(FLOORS_FILE, `${JSON.stringify({ about: FLOORS_ABOUT, floors: floorsOf(board) }, null, 2)}\n`);
    process.stdout.write(`floors written to ${FLOORS_FILE}\n`);
  }
  if (values.check) {
    const problems = checkFloors(board, readFloors());
    for (const p of problems) process.stderr.write(`below floor: ${p}\n`);
    if (problems.length > 0) process.exitCode = 1;
  }
}

if (isMain(import.meta.url)) await main();
