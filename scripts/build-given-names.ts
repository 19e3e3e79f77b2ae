// Builds lexicon/given-names.json: words seen as the first name of a person in the development corpora's running
// text, derived by a rule, never copied (only single words are kept, no text around them).
// A capitalised pair "A B" counts when, in the same article, B alone is a person's surname: it follows an
// honorific ("Mr. B", "Ms B") or speaks ("B said", "said B", "B told"). A is kept when it is the first name of
// at least two different surnames, and is not a title, month, country word or other non-name.
// Reads PolNeAR and TimeBank/AQUAINT only (MEANTIME and GUM are kept for measuring: no leak into their scores).
// Usage: node --import tsx scripts/build-given-names.ts [--out lexicon/given-names.json]
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const CORPORA = join(ROOT, "../shared/corpora");
const MIN_SURNAMES = 2;

function texts(): string[] {
  const out: string[] = [];
  for (const split of ["train", "dev"]) {
    const dir = join(CORPORA, "polnear", split, "text");
    for (const f of safeList(dir)) if (f.endsWith(".txt")) out.push(readFileSync(join(dir, f), "utf8"));
  }
  for (const folder of ["TimeBank", "AQUAINT"]) {
    const dir = join(CORPORA, "timebank", folder);
    for (const f of safeList(dir)) {
      if (!f.endsWith(".tml")) continue;
      const xml = readFileSync(join(dir, f), "utf8");
      const body = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(xml)?.[1] ?? xml;
      out.push(body.replace(/<[^>]+>/g, ""));
    }
  }
  return out;
}

function safeList(dir: string): string[] {
  try {
    return readdirSync(dir).sort();
  } catch {
    return [];
  }
}

/** Words that open a capitalised pair without being anyone's first name. */
function stopWords(): Set<string> {
  const read = (f: string) => JSON.parse(readFileSync(join(ROOT, "lexicon", f), "utf8"));
  const titles = read("titles.json");
  const stop = new Set<string>([
    ...Object.keys(titles.heads).flatMap((h: string) => h.split(" ")),
    ...titles.honorifics,
    ...titles.modifiers.flatMap((m: string) => m.split(" ")),
    ...read("not-names.json").words,
  ]);
  for (const c of read("countries.json").countries as { name: string; demonyms: string[]; aliases: string[] }[]) {
    for (const n of [c.name, ...c.demonyms, ...c.aliases]) for (const w of n.split(/\s+/)) stop.add(w.toLowerCase());
  }
  for (const w of [
    "the",
    "a",
    "an",
    "and",
    "but",
    "or",
    "if",
    "in",
    "on",
    "at",
    "of",
    "for",
    "to",
    "as",
    "by",
    "with",
    "from",
    "this",
    "that",
    "these",
    "those",
    "it",
    "he",
    "she",
    "we",
    "they",
    "i",
    "you",
    "his",
    "her",
    "their",
    "our",
    "when",
    "while",
    "after",
    "before",
    "since",
    "then",
    "so",
    "yet",
    "also",
    "even",
    "not",
    "no",
    "yes",
    "said",
    "says",
    "told",
    "asked",
    "new",
    "old",
    "saint",
    "st",
    "san",
    "santa",
    "fort",
    "port",
    "mount",
    "lake",
    "cape",
    "democrat",
    "democrats",
    "republican",
    "republicans",
    "senate",
    "house",
    "white",
    "supreme",
    "federal",
    "united",
    "national",
    "american",
    "americans",
    "european",
    "congress",
    "court",
    "county",
    "city",
    "state",
    "university",
    "college",
    "school",
    "church",
    "team",
    "party",
    "club",
    "group",
    "company",
    "bank",
    "fund",
  ])
    stop.add(w);
  return stop;
}

function main(): void {
  const { values } = parseArgs({ options: { out: { type: "string", default: "lexicon/given-names.json" } } });
  const stop = stopWords();
  const surnamesOf = new Map<string, Set<string>>();
  const docs = texts();
  // How often each word is written in lower case, and capitalised inside a sentence: a first name is the second.
  const lower = new Map<string, number>();
  const inner = new Map<string, number>();
  for (const text of docs) {
    for (const m of text.matchAll(/(^|[^\s])?(\s*)(\p{L}+)/gu)) {
      const w = m[3] as string;
      const f = w.toLowerCase();
      if (w === f) lower.set(f, (lower.get(f) ?? 0) + 1);
      else if (m[1] && !/[.!?"“”:]/.test(m[1]) && m[2]) inner.set(f, (inner.get(f) ?? 0) + 1);
    }
  }
  // Written after "in" or "near" it is a place ("in Florida"), whatever pairs it opens.
  const place = new Map<string, number>();
  for (const text of docs)
    for (const m of text.matchAll(/\b(?:in|near) (\p{Lu}\p{Ll}+)\b/gu)) {
      const f = (m[1] as string).toLowerCase();
      place.set(f, (place.get(f) ?? 0) + 1);
    }
  for (const text of docs) {
    const surnames = new Set<string>();
    for (const m of text.matchAll(/(?:\b(Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Prof)\.? |\bsaid )(\p{Lu}\p{Ll}+)\b/gu))
      surnames.add(m[2] as string);
    for (const m of text.matchAll(/\b(\p{Lu}\p{Ll}+) (?:said|says|told|added|wrote|argued|noted|insisted|replied)\b/gu))
      surnames.add(m[1] as string);
    for (const m of text.matchAll(
      /(?<!(?:Mr|Mrs|Ms|Dr)\.? )\b(\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?) (?=(\p{Lu}\p{Ll}+)\b)/gu,
    )) {
      const a = m[1] as string;
      const b = m[2] as string;
      if (!surnames.has(b) || a === b) continue;
      const given = a.toLowerCase();
      if (stop.has(given) || given.length < 3) continue;
      const set = surnamesOf.get(given) ?? new Set<string>();
      set.add(b);
      surnamesOf.set(given, set);
    }
  }
  const names = [...surnamesOf]
    .filter(
      ([n, s]) =>
        s.size >= MIN_SURNAMES &&
        (inner.get(n) ?? 0) > 2 * (lower.get(n) ?? 0) &&
        (place.get(n) ?? 0) * 5 < (inner.get(n) ?? 0),
    )
    .map(([n]) => n)
    .sort();
  const file = {
    about: [
      'Given names: a capitalised name whose first word is one of these is a person ("Ville Koskinen" is, "Best Buy" is not).',
      "Derived by scripts/build-given-names.ts from the development corpora (PolNeAR, TimeBank/AQUAINT): a word that is the",
      `first name of at least ${MIN_SURNAMES} different surnames, a surname being a word that follows an honorific or speaks.`,
      "Folded to lower case. Extend freely by hand; rerunning the script replaces the generated list only.",
    ],
    names,
  };
  writeFileSync(resolve(values.out as string), `${JSON.stringify(file, null, 2)}\n`);
  process.stdout.write(`${names.length} given names from ${docs.length} articles → ${values.out}\n`);
}

main();
