import type { Quantity } from "../article/analysis.js";
import type { Token } from "../pipeline/layers.js";
import type { EventContext, Placed } from "./context.js";
import { lookupKeys, nextWord, prevWord } from "./words.js";

/** Words between an estimating verb and the counted noun: "put the number of", "estimated their". */
const BEFORE_NOUN = new Set(["DET", "ADJ", "PRON", "ADP", "PART"]);
/** Nouns that name the figure rather than the people: "the number of demonstrators", "the protesters' numbers". */
const FIGURE_NOUNS = new Set(["number", "numbers", "count", "total", "turnout", "size", "strength"]);
/** Words between the counted noun and "at": an owner's mark, the figure's noun, an adverb. */
const AFTER_NOUN = new Set(["'", "'s", "\u2019", "\u2019s"]);
const REACH = 6;
/** Words of a phrase on where or when between the counted noun and "at". */
const PHRASE_WORDS = new Set(["DET", "ADJ", "NOUN", "PROPN", "NUM", "PART"]);
/** Prepositions of such a phrase. */
const PHRASE_LINKS = new Set(["in", "from", "during", "at", "by", "of", "on"]);

/**
 * "Police put the number of demonstrators at 30,000", "officials estimated the protesters at 5,000": the figure a
 * verb of estimating (one of `verbs`, lemmas) puts on the people the event noun counts, given after "at". Null when
 * no such verb stands before the noun (tokens [first, end)) or no figure follows "at".
 */
export function estimatedLevel(
  ctx: EventContext,
  first: number,
  end: number,
  verbs: ReadonlySet<string>,
): Placed<Quantity> | null {
  const { tokens } = ctx;
  const sentence = tokens[first]?.sentence ?? 0;
  const s = ctx.sentences[sentence];
  if (!s || !estimatingVerbBefore(tokens, first, s.firstToken, verbs)) return null;
  let k = nextWord(tokens, end - 1, s.endToken);
  let inPhrase = false;
  for (let hops = 0; k >= 0 && hops < REACH * 2; hops++) {
    const t = tokens[k] as Token;
    if (t.normal === "at") {
      const at = nextWord(tokens, k, s.endToken);
      const figure = (ctx.quantitiesIn[sentence] ?? []).find((q) => q.first === at) ?? null;
      // "the death toll from the massacre at Baga … at 150": a place after "at" is part of the phrase.
      if (figure || !inPhrase) return figure;
    }
    // "pegged the deaths in the June 8 operations at around 20": a phrase on where or when, before "at".
    if (t.pos === "ADP" && PHRASE_LINKS.has(t.normal)) inPhrase = true;
    else if (inPhrase && !PHRASE_WORDS.has(t.pos) && !ctx.inTime[k]) return null;
    else if (!inPhrase && !AFTER_NOUN.has(t.normal) && !FIGURE_NOUNS.has(t.normal) && t.pos !== "ADV") return null;
    if (!inPhrase && hops >= REACH) return null;
    k = nextWord(tokens, k, s.endToken);
  }
  return null;
}

function estimatingVerbBefore(tokens: readonly Token[], first: number, limit: number, verbs: ReadonlySet<string>) {
  let k = prevWord(tokens, first, limit);
  for (let hops = 0; k >= 0 && hops < REACH; hops++) {
    const t = tokens[k] as Token;
    if (t.pos === "VERB") return lookupKeys(t).some((key) => verbs.has(key));
    // "put the death toll at 30 and the injuries at 100": the second noun shares the first one's verb.
    if (t.pos === "CCONJ") return earlierConjunct(tokens, k, limit, verbs);
    if (!BEFORE_NOUN.has(t.pos) && !FIGURE_NOUNS.has(t.normal)) return false;
    k = prevWord(tokens, k, limit);
  }
  return false;
}

/** Words of an earlier "the toll at more than 30" conjunct, between the estimating verb and "and". */
const CONJUNCT_WORDS = new Set(["DET", "ADJ", "ADV", "ADP", "NOUN", "NUM", "PRON", "PART"]);

/** Whether the conjunct before "and" at `and` ends in "at" and a figure and hangs on an estimating verb. */
function earlierConjunct(tokens: readonly Token[], and: number, limit: number, verbs: ReadonlySet<string>) {
  let k = prevWord(tokens, and, limit);
  let figure = false;
  for (let hops = 0; k >= 0 && hops < REACH * 2; hops++) {
    const t = tokens[k] as Token;
    if (t.normal === "at") figure = true;
    if (t.pos === "VERB") return figure && lookupKeys(t).some((key) => verbs.has(key));
    if (!CONJUNCT_WORDS.has(t.pos)) return false;
    k = prevWord(tokens, k, limit);
  }
  return false;
}
