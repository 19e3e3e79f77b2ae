import { readdir, stat } from "node:fs/promises";
import { join, resolve, sep } from "node:path";
import { InputError } from "../article/errors.js";

/** One thing to read: a file, a URL (page or feed), or standard input. */
export type Input = { kind: "file"; path: string } | { kind: "url"; url: string } | { kind: "stdin" };

const READABLE = /\.(txt|text|html?|xhtml|xml|rss|atom|jsonl|ndjson|json)$/i;

/**
 * Expands command-line arguments into inputs: files as given, folders recursively (files with a known
 * extension), globs (`*`, `**`, `?`), http(s) URLs and `-` for stdin. Yields lazily so a huge folder streams.
 */
export async function* expandInputs(args: readonly string[]): AsyncGenerator<Input> {
  for (const arg of args) {
    if (arg === "-") yield { kind: "stdin" };
    else if (/^https?:\/\//i.test(arg)) yield { kind: "url", url: arg };
    else if (/[*?[]/.test(arg)) {
      let any = false;
      for await (const path of glob(arg)) {
        any = true;
        yield { kind: "file", path };
      }
      if (!any) throw new InputError(`no file matches ${arg}`);
    } else {
      const info = await stat(arg).catch(() => null);
      if (!info) throw new InputError(`${arg} does not exist: give a file, a folder, a glob, a URL or - for stdin`);
      if (info.isDirectory()) for await (const path of walk(arg)) yield { kind: "file", path };
      else yield { kind: "file", path: arg };
    }
  }
}

async function* walk(dir: string): AsyncGenerator<string> {
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
  for (const e of entries) {
    if (e.name.startsWith(".") || e.name === "node_modules") continue;
    const path = join(dir, e.name);
    if (e.isDirectory()) yield* walk(path);
    else if (e.isFile() && READABLE.test(e.name)) yield path;
  }
}

/** A small glob: the static prefix is walked, the rest matched as a pattern (`**` crosses folders). */
async function* glob(pattern: string): AsyncGenerator<string> {
  const parts = pattern.split(/[\\/]/);
  const firstMagic = parts.findIndex((p) => /[*?[]/.test(p));
  const base = parts.slice(0, firstMagic).join(sep) || ".";
  const regex = globToRegExp(resolve(pattern));
  const info = await stat(base).catch(() => null);
  if (!info?.isDirectory()) return;
  for await (const path of walkAll(base)) if (regex.test(resolve(path))) yield path;
}

async function* walkAll(dir: string): AsyncGenerator<string> {
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
  for (const e of entries) {
    const path = join(dir, e.name);
    if (e.isDirectory()) {
      if (e.name !== "node_modules" && !e.name.startsWith(".")) yield* walkAll(path);
    } else if (e.isFile()) yield path;
  }
}

export function globToRegExp(pattern: string): RegExp {
  let out = "";
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i] as string;
    if (c === "*" && pattern[i + 1] === "*") {
      // "**/" matches any number of folders, including none.
      out += pattern[i + 2] === "/" ? "(?:.*/)?" : ".*";
      i += pattern[i + 2] === "/" ? 2 : 1;
    } else if (c === "*") out += "[^/]*";
    else if (c === "?") out += "[^/]";
    else if (c === "[") {
      const close = pattern.indexOf("]", i);
      if (close < 0) out += "\\[";
      else {
        out += `[${pattern.slice(i + 1, close).replace(/^!/, "^")}]`;
        i = close;
      }
    } else out += c.replace(/[.+^${}()|\\]/g, "\\$&");
  }
  return new RegExp(`^${out}$`);
}
