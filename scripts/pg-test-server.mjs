#!/usr/bin/env node
// A throwaway PostgreSQL cluster for tests: initdb into a fresh temp dir (trust auth, C locale), listening on
// 127.0.0.1 on a free port, started with pg_ctl -w, one database created; stopped and deleted at the end.
//
//   import { startPgServer, findPgBin } from "./pg-test-server.mjs";
//   const server = await startPgServer(); … server.url … await server.stop();
//
// CLI: `node scripts/pg-test-server.mjs` prints the URL and runs until interrupted;
//      `node scripts/pg-test-server.mjs -- <command …>` runs the command with DOSSIER_TEST_PG set, then stops.
import { spawn, spawnSync } from "node:child_process";
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

/**
 * The server binaries: $PG_BIN when set (null when it holds no initdb), else the newest
 * /usr/lib/postgresql/<version>/bin; null when none is installed.
 */
export function findPgBin(env = process.env) {
  if (env.PG_BIN) return existsSync(join(env.PG_BIN, "initdb")) ? env.PG_BIN : null;
  const root = "/usr/lib/postgresql";
  if (!existsSync(root)) return null;
  const versions = readdirSync(root)
    .filter((v) => existsSync(join(root, v, "bin", "initdb")))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? join(root, versions[0], "bin") : null;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

function userIds(name) {
  const uid = spawnSync("id", ["-u", name], { encoding: "utf8" });
  const gid = spawnSync("id", ["-g", name], { encoding: "utf8" });
  if (uid.status !== 0 || gid.status !== 0) return null;
  return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
}

/**
 * Starts a cluster. As root, initdb refuses to run: the cluster then belongs to the `postgres` user, and every
 * server command runs through `runuser -u postgres --`.
 */
export async function startPgServer({ bin = findPgBin(), database = "dossier", quiet = true } = {}) {
  if (!bin) throw new Error("no PostgreSQL server binaries found (install the postgresql package, or set PG_BIN)");
  const asRoot = process.getuid?.() === 0;
  const owner = asRoot ? userIds("postgres") : null;
  if (asRoot && !owner) throw new Error("running as root, but there is no postgres user to own the cluster");
  const dir = mkdtempSync(join(tmpdir(), "dossier-pg-"));
  const data = join(dir, "data");
  if (owner) {
    chownSync(dir, owner.uid, owner.gid);
    chmodSync(dir, 0o700);
  }
  const run = (tool, args) => {
    const command = owner ? "runuser" : join(bin, tool);
    const argv = owner ? ["-u", "postgres", "--", join(bin, tool), ...args] : args;
    const result = spawnSync(command, argv, { encoding: "utf8" });
    if (result.status !== 0)
      throw new Error(`${tool} failed (${result.status}): ${result.stderr || result.stdout || result.error}`);
    return result.stdout;
  };
  let started = false;
  const stop = () => {
    if (started) {
      started = false;
      try {
        run("pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"]);
      } catch (error) {
        if (!quiet) console.error(String(error));
      }
    }
    rmSync(dir, { recursive: true, force: true });
  };
  // A crashed test process still takes its cluster down with it.
  const onExit = () => stop();
  process.once("exit", onExit);
  try {
    run("initdb", ["-D", data, "-A", "trust", "-U", "postgres", "-E", "UTF8", "--locale=C", "--no-sync"]);
    const port = await freePort();
    const options = [
      `-p ${port}`,
      "-c listen_addresses=127.0.0.1",
      `-c unix_socket_directories=${dir}`,
      // A throwaway cluster: durability is not wanted, speed is.
      "-c fsync=off",
      "-c synchronous_commit=off",
      "-c full_page_writes=off",
    ].join(" ");
    run("pg_ctl", ["-D", data, "-o", options, "-l", join(dir, "server.log"), "-w", "-t", "60", "start"]);
    started = true;
    const admin = `postgres://postgres@127.0.0.1:${port}/postgres`;
    const pg = (await import("pg")).default;
    const client = new pg.Client({ connectionString: admin });
    await client.connect();
    try {
      await client.query(`CREATE DATABASE ${quoteIdent(database)}`);
    } finally {
      await client.end();
    }
    const url = `postgres://postgres@127.0.0.1:${port}/${database}`;
    return {
      url,
      admin,
      port,
      dir,
      async stop() {
        process.off("exit", onExit);
        stop();
      },
    };
  } catch (error) {
    process.off("exit", onExit);
    stop();
    throw error;
  }
}

function quoteIdent(name) {
  return `"${String(name).replace(/"/g, '""')}"`;
}

async function main(argv) {
  const dash = argv.indexOf("--");
  const command = dash >= 0 ? argv.slice(dash + 1) : [];
  const server = await startPgServer({ quiet: false });
  if (command.length === 0) {
    console.log(server.url);
    const finish = async () => {
      await server.stop();
      process.exit(0);
    };
    process.on("SIGINT", finish);
    process.on("SIGTERM", finish);
    setInterval(() => {}, 1 << 30);
    return;
  }
  const [program, ...args] = command;
  const child = spawn(program, args, {
    stdio: "inherit",
    env: { ...process.env, DOSSIER_TEST_PG: server.url },
  });
  child.on("exit", async (code, signal) => {
    await server.stop();
    process.exit(code ?? (signal ? 1 : 0));
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  main(process.argv.slice(2)).catch((error) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  });
}
