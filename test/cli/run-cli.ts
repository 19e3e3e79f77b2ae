import { type SpawnSyncReturns, spawn, spawnSync } from "node:child_process";

/** Runs the CLI from source (no build needed), as a user would, and returns what it printed and its exit code. */
export function runCli(args: string[], input?: string): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, ["--import", "tsx", "src/cli/main.ts", ...args], {
    encoding: "utf8",
    input,
    env: { ...process.env, DOSSIER_DB: "" },
    timeout: 120_000,
  });
}

export function startCli(args: string[]) {
  return spawn(process.execPath, ["--import", "tsx", "src/cli/main.ts", ...args], {
    stdio: ["ignore", "pipe", "pipe"],
  });
}

export function json<T = unknown>(result: SpawnSyncReturns<string>): T {
  if (result.status !== 0) throw new Error(`exit ${result.status}: ${result.stderr}`);
  return JSON.parse(result.stdout) as T;
}
