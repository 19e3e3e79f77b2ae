import { writeFileSync } from "node:fs";
import type { Command } from "commander";
import type { EntityType } from "../article/analysis.js";
import { InputError } from "../article/errors.js";
import type { Store } from "../store/contract.js";
import { openStore } from "../store/open.js";
import { positiveInt, printJson, withDb } from "./options.js";
import {
  renderClaims,
  renderConflicts,
  renderEntities,
  renderProfile,
  renderSearch,
  renderSources,
  renderStats,
  renderTimeline,
} from "./render.js";
import { timelineSvg } from "./timeline-svg.js";

const TYPES = ["PERSON", "ORG", "GPE", "LOC", "NORP", "OTHER"];

/** Runs one read-only question against the store: JSON with --json, the readable form otherwise. */
async function answer<T>(
  db: string,
  json: boolean | undefined,
  ask: (s: Store) => Promise<T>,
  render: (v: T) => string,
): Promise<void> {
  const store = await openStore(db, { readonly: true });
  try {
    const value = await ask(store);
    if (json) printJson(value);
    else process.stdout.write(`${render(value)}\n`);
    // Asking for something that is not there is a failure a script can see.
    if (value == null) process.exitCode = 1;
  } finally {
    await store.close();
  }
}

function query(program: Command, name: string, description: string): Command {
  return withDb(program.command(name).description(description)).option("--json", "print JSON");
}

export function registerQueries(program: Command): void {
  query(program, "stats", "How many articles, entities, claims, events and conflicts the store holds").action(
    (o: { db: string; json?: boolean }) => answer(o.db, o.json, (s) => s.stats(), renderStats),
  );

  query(program, "search", "Full-text search over articles and claims, with snippets")
    .argument("<text...>", 'words to find (FTS5 syntax: "exact phrase", OR, prefix*)')
    .option("--limit <n>", "how many of each", positiveInt("--limit"), 20)
    .action((text: string[], o: { db: string; json?: boolean; limit: number }) =>
      answer(o.db, o.json, (s) => s.search(text.join(" "), { limit: o.limit }), renderSearch),
    );

  query(program, "entities", "List entities, most mentioned first")
    .option("--type <type>", `one of ${TYPES.join(", ")}`)
    .option("--match <text>", "words of a name or alias")
    .option("--limit <n>", "how many", positiveInt("--limit"), 50)
    .action((o: { db: string; json?: boolean; type?: string; match?: string; limit: number }) => {
      const type = o.type?.toUpperCase();
      if (type && !TYPES.includes(type))
        throw new InputError(`--type takes one of ${TYPES.join(", ")}, not "${o.type}"`);
      return answer(
        o.db,
        o.json,
        (s) => s.entities({ type: type as EntityType | undefined, match: o.match, limit: o.limit }),
        renderEntities,
      );
    });

  query(program, "entity", "One entity's profile: aliases, claims by and about it, events, timeline")
    .argument("<name...>", "a name or alias")
    .action((name: string[], o: { db: string; json?: boolean }) => {
      const wanted = name.join(" ");
      return answer(
        o.db,
        o.json,
        (s) => s.entity(wanted),
        (p) => (p ? renderProfile(p) : `no entity called "${wanted}"`),
      );
    });

  query(program, "claims", "Claims, with who said them, citing whom, and where")
    .option("--by <name>", "claims whose source is this entity")
    .option("--about <name>", "claims that mention this entity")
    .option("--since <date>", "said on or after (YYYY-MM-DD)")
    .option("--until <date>", "said on or before (YYYY-MM-DD)")
    .option("--limit <n>", "how many", positiveInt("--limit"), 50)
    .action(
      (o: { db: string; json?: boolean; by?: string; about?: string; since?: string; until?: string; limit: number }) =>
        answer(
          o.db,
          o.json,
          (s) => s.claims({ by: o.by, about: o.about, since: o.since, until: o.until, limit: o.limit }),
          renderClaims,
        ),
    );

  query(program, "conflicts", "Where sources disagree, with both sides' evidence")
    .option("--about <name>", "conflicts involving this entity")
    .option("--limit <n>", "how many", positiveInt("--limit"), 50)
    .action((o: { db: string; json?: boolean; about?: string; limit: number }) =>
      answer(o.db, o.json, (s) => s.conflicts({ about: o.about, limit: o.limit }), renderConflicts),
    );

  query(program, "timeline", "Events by when they happen, claims by when they were said")
    .option("--about <name>", "an entity, or a topic searched in claims")
    .option("--since <date>", "from (YYYY-MM-DD)")
    .option("--until <date>", "to (YYYY-MM-DD)")
    .option("--limit <n>", "how many", positiveInt("--limit"), 100)
    .option("--svg <file>", "also draw it: an SVG picture, one lane for events and one per source")
    .action(
      (o: {
        db: string;
        json?: boolean;
        about?: string;
        since?: string;
        until?: string;
        limit: number;
        svg?: string;
      }) =>
        answer(
          o.db,
          o.json,
          async (s) => {
            const items = await s.timeline({ about: o.about, since: o.since, until: o.until, limit: o.limit });
            if (o.svg) writeFileSync(o.svg, timelineSvg(items, o.about ? `Timeline: ${o.about}` : "Timeline"));
            return items;
          },
          renderTimeline,
        ),
    );

  query(program, "sources", "Who is cited by whom, how often")
    .option("--limit <n>", "how many", positiveInt("--limit"), 50)
    .action((o: { db: string; json?: boolean; limit: number }) =>
      answer(o.db, o.json, (s) => s.sources({ limit: o.limit }), renderSources),
    );
}
