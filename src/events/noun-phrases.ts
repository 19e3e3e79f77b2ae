import type { Token } from "../pipeline/layers.js";
import type { EventContext } from "./context.js";
import { mentionAt } from "./entity-index.js";
import { isIngForm, isPossessiveMark, nextWord, POSSESSIVES, prevWord, RELATIVES } from "./words.js";

/** A noun phrase as a token range [first, end); `head` is its last word. */
export interface NounPhrase {
  first: number;
  end: number;
  head: number;
}

const NP_POS = new Set(["DET", "ADJ", "NUM", "NOUN", "PROPN"]);
const CURRENCY_SIGNS = new Set(["$", "€", "£", "¥"]);
// Words that head a phrase only to count what follows: "thousands of troops", "some of the soldiers".
const PARTITIVES = new Set([
  "thousands",
  "hundreds",
  "dozens",
  "millions",
  "scores",
  "tens",
  "some",
  "many",
  "most",
  "all",
  "several",
  "number",
  "group",
  "part",
  "members",
  "units",
  "loads",
]);

function inPhrase(ctx: EventContext, k: number, first: boolean): boolean {
  const t = ctx.tokens[k] as Token;
  if (mentionAt(ctx.entities, k)) return true;
  if (NP_POS.has(t.pos)) return true;
  if (t.pos === "PART" && isPossessiveMark(t.normal)) return true;
  // A currency sign opens an amount inside the phrase: "a $275 billion proposal".
  if (CURRENCY_SIGNS.has(t.normal)) return true;
  if (t.pos === "PRON") return first || POSSESSIVES.has(t.normal);
  return t.normal === "-";
}

const PARTICIPLE_OPENERS = new Set(["DET", "NUM"]);
const PARTICIPLE_HEADS = new Set(["NOUN", "PROPN", "ADJ"]);

/**
 * "28 suspected gang members", "the wounded soldiers": a past participle the tagger read as a verb, between a
 * number or determiner and a noun, modifies the noun. Any other verb ends the phrase ("police arrested men").
 */
function modifyingParticiple(ctx: EventContext, k: number, from: number, to: number): boolean {
  const t = ctx.tokens[k] as Token;
  if (t.pos !== "VERB" || !t.normal.endsWith("ed")) return false;
  const before = ctx.tokens[prevWord(ctx.tokens, k, from)];
  const after = ctx.tokens[nextWord(ctx.tokens, k, to)];
  return (
    before !== undefined && PARTICIPLE_OPENERS.has(before.pos) && after !== undefined && PARTICIPLE_HEADS.has(after.pos)
  );
}

const GERUND_OPENERS = new Set(["DET", "ADJ"]);

/**
 * "Russia's shelling", "the bombing", "Russian shelling": an -ing form the tagger read as a verb is a noun after a
 * determiner, an adjective, a possessive or a people's adjective ("Russia shelling Kyiv" is a verb).
 */
export function gerundNoun(ctx: EventContext, k: number, limit: number): boolean {
  const t = ctx.tokens[k];
  if (t?.pos !== "VERB" || !isIngForm(t)) return false;
  const p = prevWord(ctx.tokens, k, limit);
  const before = ctx.tokens[p];
  if (!before) return false;
  if (GERUND_OPENERS.has(before.pos) || isPossessiveMark(before.normal) || POSSESSIVES.has(before.normal)) return true;
  const m = mentionAt(ctx.entities, p);
  return m !== undefined && m.end === p + 1 && (m.kind === "demonym" || m.entity.type === "NORP");
}

/** The noun phrase whose last word is at `e`, reaching left no further than `limit`. */
export function phraseEndingAt(ctx: EventContext, e: number, limit: number): NounPhrase | null {
  const t = ctx.tokens[e];
  if (!t || !((inPhrase(ctx, e, true) && t.pos !== "DET" && t.pos !== "ADJ") || gerundNoun(ctx, e, limit))) return null;
  let first = e;
  for (let hops = 0; hops < 10; hops++) {
    const p = prevWord(ctx.tokens, first, limit);
    if (p < 0) break;
    const pt = ctx.tokens[p] as Token;
    // A personal pronoun stands alone; only a possessive one opens a longer phrase ("its soldiers").
    if (pt.pos === "PRON" && !POSSESSIVES.has(pt.normal)) break;
    // A relative word opens the clause, not the phrase: "the election in which president X won".
    if (RELATIVES.has(pt.normal)) break;
    if (!inPhrase(ctx, p, false) && !modifyingParticiple(ctx, p, limit, e + 1)) break;
    first = p;
  }
  return { first, end: e + 1, head: e };
}

/** The noun phrase starting at `s`, reaching right no further than `limit`; "thousands of troops" is one. */
export function phraseStartingAt(ctx: EventContext, s: number, limit: number): NounPhrase | null {
  const t = ctx.tokens[s];
  if (!t || !inPhrase(ctx, s, true)) return null;
  if (t.pos === "PRON" && !POSSESSIVES.has(t.normal)) return { first: s, end: s + 1, head: s };
  let last = s;
  for (let hops = 0; hops < 12; hops++) {
    const n = nextWord(ctx.tokens, last, limit);
    if (n < 0) break;
    const nt = ctx.tokens[n] as Token;
    if (nt.normal === "of" && PARTITIVES.has((ctx.tokens[last] as Token).normal)) {
      const after = nextWord(ctx.tokens, n, limit);
      if (after >= 0 && inPhrase(ctx, after, true)) {
        last = after;
        continue;
      }
      break;
    }
    if (nt.pos === "PRON" || !(inPhrase(ctx, n, false) || modifyingParticiple(ctx, n, s, limit))) break;
    // A time after the phrase is no part of it: "bought Acme last year".
    if (ctx.inTime[n] && !ctx.inTime[s]) break;
    last = n;
  }
  // The phrase ends on a word that can head it, not on a hyphen or possessive marker.
  while (last > s && (ctx.tokens[last]?.normal === "-" || isPossessiveMark(ctx.tokens[last]?.normal))) last--;
  return { first: s, end: last + 1, head: last };
}

/** Words of a phrase in lower case, for look-ups like "does it name troops"; only tokens `keep` accepts. */
export function phraseWords(ctx: EventContext, np: NounPhrase, keep?: (k: number) => boolean): string[] {
  const out: string[] = [];
  for (let k = np.first; k < np.end; k++) {
    const t = ctx.tokens[k] as Token;
    if (t.pos !== "SPACE" && (!keep || keep(k))) out.push(t.normal, t.lemma.toLowerCase());
  }
  return out;
}
