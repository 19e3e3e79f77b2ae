// The accuracy scoreboard: every task's headline figures as rows, shown as one terminal table, kept as JSON
// (eval/results.json), and checked against floors so that accuracy cannot fall without a test failing.

/** One measured figure: a share in [0, 1]. */
export interface ScoreRow {
  /** "times", "entities", "attribution", "events", "cross-document". */
  task: string;
  corpus: string;
  /** What is measured, as the task's literature names it: "value F1", "source F1 (exact)". */
  metric: string;
  value: number;
  /** What the issue asks for, when it names a figure. */
  target?: number;
  /** A published figure to compare with, and whose it is. */
  reference?: { value: number; by: string };
  /** Shown for comparison only (what a trivial answer would score): not dossier's result, so it gets no floor. */
  baseline?: boolean;
}

/** A task's run: its rows, its size and time, and the misses that say what to improve next. */
export interface TaskReport {
  task: string;
  corpus: string;
  documents: number;
  seconds: number;
  rows: ScoreRow[];
  /** The commonest misses, "what → how often", worst first. */
  misses: { key: string; count: number }[];
}

export interface Scoreboard {
  measuredAt: string;
  commit: string | null;
  /** "full" or "fast" (the CI subset: fewer documents, so figures differ from the full run). */
  scope: string;
  tasks: TaskReport[];
}

/** A minimum for one row, matched by task, corpus and metric. */
export interface Floor {
  task: string;
  corpus: string;
  metric: string;
  min: number;
}

const pct = (x: number): string => (x * 100).toFixed(1);

/** The scoreboard as a terminal table: one line per figure, its target and reference beside it. */
export function renderScoreboard(board: Scoreboard): string {
  const rows = board.tasks.flatMap((t) => t.rows);
  const head = ["task", "corpus", "metric", "score", "target", "met", "published"];
  const cells = rows.map((r) => [
    r.task,
    r.corpus,
    r.metric,
    pct(r.value),
    r.target === undefined ? "" : pct(r.target),
    r.target === undefined ? "" : r.value >= r.target ? "yes" : "no",
    r.reference ? `${pct(r.reference.value)} ${r.reference.by}` : "",
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => (c[i] ?? "").length)));
  const numeric = new Set([3, 4]);
  const line = (c: string[]) =>
    c
      .map((x, i) => (numeric.has(i) ? x.padStart(widths[i] ?? 0) : x.padEnd(widths[i] ?? 0)))
      .join("  ")
      .trimEnd();
  const out = [
    `dossier accuracy (${board.scope}), ${board.measuredAt}${board.commit ? ` at ${board.commit}` : ""}`,
    "",
    line(head),
    widths.map((w) => "─".repeat(w)).join("  "),
    ...cells.map(line),
    "",
    board.tasks.map((t) => `${t.task} / ${t.corpus}: ${t.documents} documents in ${t.seconds.toFixed(1)} s`).join("\n"),
  ];
  return out.join("\n");
}

/** The worst misses of every task, a few lines each: where the next improvement is. */
export function renderMisses(board: Scoreboard, perTask = 8): string {
  const out: string[] = [];
  for (const t of board.tasks) {
    if (t.misses.length === 0) continue;
    out.push(`${t.task} / ${t.corpus}, commonest misses:`);
    for (const m of t.misses.slice(0, perTask)) out.push(`  ${String(m.count).padStart(4)}  ${m.key}`);
  }
  return out.join("\n");
}

/** Rows under their floor, and floors no row answers (a renamed metric must not silently drop its floor). */
export function checkFloors(board: Scoreboard, floors: readonly Floor[]): string[] {
  const problems: string[] = [];
  const rows = board.tasks.flatMap((t) => t.rows);
  for (const f of floors) {
    const row = rows.find((r) => r.task === f.task && r.corpus === f.corpus && r.metric === f.metric);
    if (!row) problems.push(`no figure for ${f.task} / ${f.corpus} / ${f.metric}`);
    else if (row.value < f.min)
      problems.push(`${f.task} / ${f.corpus} / ${f.metric}: ${pct(row.value)} is below its floor ${pct(f.min)}`);
  }
  return problems;
}
