import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";

// The CLI runs from source through tsx, so these tests need no build.
const dir = mkdtempSync(join(tmpdir(), "dossier-cli-"));
after(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function extract(args: string[], stdin?: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", "src/cli/main.ts", "extract", ...args], {
      stdio: ["pipe", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => {
      stdout += d;
    });
    child.stderr.on("data", (d) => {
      stderr += d;
    });
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin ?? "");
  });
}

/** One line per problem, never a stack trace. */
function assertCleanStderr(run: Run) {
  assert.ok(!/^\s+at /m.test(run.stderr), `stack trace on stderr:\n${run.stderr}`);
}

test("one article with --json prints one object, and exits 0", async () => {
  const run = await extract(["examples/kestrel-wire.txt", "--json"]);
  assert.equal(run.code, 0, run.stderr);
  assert.equal(run.stderr, "");
  const analysis = JSON.parse(run.stdout);
  assert.ok(!Array.isArray(analysis));
  assert.equal(analysis.document.published, "2025-03-04");
  assert.ok(analysis.document.text.startsWith("HELSINKI"));
});

test("several articles: --json prints an array, --jsonl one object per line", async () => {
  const json = await extract(["examples/meridian-newswire.jsonl", "--json"]);
  assert.equal(json.code, 0, json.stderr);
  const array = JSON.parse(json.stdout);
  assert.ok(Array.isArray(array));
  assert.equal(array.length, 2);
  const jsonl = await extract(["examples/harbour-monitor.xml", "--jsonl"]);
  assert.equal(jsonl.code, 0, jsonl.stderr);
  const lines = jsonl.stdout.trim().split("\n");
  assert.equal(lines.length, 2);
  assert.deepEqual(
    lines.map((l) => JSON.parse(l).document.source),
    ["Harbour Monitor", "Harbour Monitor"],
  );
});

test("broken lines are reported as `dossier: ORIGIN: REASON`; the others are analysed; exit 0", async () => {
  const path = file(
    "mixed.jsonl",
    '{"text":"The port of Genoa reopened on Monday.","published":"2024-09-02"}\n{oops\n',
  );
  const run = await extract([path, "--jsonl"]);
  assert.equal(run.code, 0);
  assert.equal(run.stdout.trim().split("\n").length, 1);
  assert.match(run.stderr, new RegExp(`^dossier: ${path.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: line 2: not JSON: `));
  assertCleanStderr(run);
});

test("nothing analysable: failures on stderr and exit 1", async () => {
  const path = file(
    "small.txt",
    `title: Budget\n\n${"The finance ministry in Lisbon published its budget on Friday. ".repeat(5)}`,
  );
  const run = await extract([path, "--max-article-mb", "0.0001"]);
  assert.equal(run.code, 1);
  assert.equal(run.stdout, "");
  assert.match(
    run.stderr,
    /: article is 0\.3 KB; dossier reads articles up to 0\.1 KB; split it or raise --max-article-mb\n/,
  );
  assertCleanStderr(run);
});

test("unusable input or options: one line on stderr, exit 2, no stack trace", async () => {
  const cases: [string[], RegExp][] = [
    [[file("empty.txt", "")], /is empty: nothing to analyse\n$/],
    [[file("bin.dat", Buffer.from([1, 2, 0, 0, 255, 0, 9]))], /is not text/],
    [[join(dir, "missing.txt")], /missing\.txt not found\n$/],
    [[dir], /is a directory/],
    [["examples/kestrel-wire.txt", "--published", "2025-02-30"], /--published "2025-02-30" is not a real date/],
    [["examples/kestrel-wire.txt", "--max-article-mb", "-3"], /--max-article-mb "-3" is not a positive number/],
    [["examples/kestrel-wire.txt", "--override-published"], /--override-published needs --published DATE/],
  ];
  const runs = await Promise.all(cases.map(([args]) => extract(args)));
  runs.forEach((run, i) => {
    const [args, message] = cases[i] ?? [[], /./];
    assert.equal(run.code, 2, `${args.join(" ")}: ${run.stderr}`);
    assert.match(run.stderr, message);
    assert.equal(run.stderr.trim().split("\n").length, 1, run.stderr);
    assertCleanStderr(run);
  });
});

test("stdin: text piped in is sniffed and analysed; --published fills in a missing date", async () => {
  const run = await extract(["-", "--json", "--published", "2024-09-03"], "The port of Genoa reopened on Monday.");
  assert.equal(run.code, 0, run.stderr);
  assert.equal(JSON.parse(run.stdout).document.published, "2024-09-03");
});

test("undated, impossibly dated and non-English articles are analysed, each with its warning", async () => {
  const path = file(
    "odd.jsonl",
    [
      { text: "The port of Genoa reopened on Monday after a two-day strike, the union said." },
      { text: "The port of Genoa reopened on Monday after a two-day strike.", published: "2025-02-30" },
      {
        published: "2024-09-02",
        text: "El puerto de Génova reabrió sus puertas el lunes tras una huelga de dos días, según informó el sindicato de estibadores. Los buques esperaban desde hace una semana frente a la costa ligur.",
      },
    ]
      .map((o) => JSON.stringify(o))
      .join("\n"),
  );
  const run = await extract([path, "--jsonl"]);
  assert.equal(run.code, 0, run.stderr);
  const rules = run.stdout
    .trim()
    .split("\n")
    .map((l) => (JSON.parse(l).messages as { rule: string }[]).map((m) => m.rule));
  assert.ok(rules[0]?.includes("no-publication-date"));
  assert.ok(rules[1]?.includes("bad-publication-date"));
  assert.ok(rules[2]?.includes("not-english"));
  assert.ok(!rules[0]?.includes("not-english"));
});
