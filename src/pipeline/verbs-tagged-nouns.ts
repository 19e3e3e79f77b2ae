import { once, readLexicon } from "../lexicon/read-lexicon.js";
import type { Token } from "./layers.js";
import { nextWordIndex, previousWordIndex } from "./token-index.js";

interface TaggerRepairsFile {
  verbsTaggedNouns: Record<string, string>;
  neverNouns: { entries: Record<string, string> };
  beforeAuxiliary: { entries: Record<string, string> };
}

/** A verb form the tagger reads as a noun: its lemma, and whether it has no noun reading at all ("retaken"). */
interface Repair {
  lemma: string;
  neverNoun: boolean;
}

/** lexicon/tagger-repairs.json: verb forms the tagger reads as nouns, with their lemma. */
const repairs = once((): ReadonlyMap<string, Repair> => {
  const file = readLexicon<TaggerRepairsFile>("tagger-repairs.json");
  const map = new Map<string, Repair>();
  for (const [form, lemma] of Object.entries(file.verbsTaggedNouns)) map.set(form, { lemma, neverNoun: false });
  for (const [form, lemma] of Object.entries(file.neverNouns.entries)) map.set(form, { lemma, neverNoun: true });
  return map;
});

/** lexicon/tagger-repairs.json `beforeAuxiliary`: verbs of saying read as nouns in a relative clause's gap. */
const gapVerbs = once(
  (): ReadonlyMap<string, string> =>
    new Map(Object.entries(readLexicon<TaggerRepairsFile>("tagger-repairs.json").beforeAuxiliary.entries)),
);

/** Before a gap verb: its subject ("critics", "Moscow", "they"). */
const GAP_SUBJECTS = new Set(["NOUN", "PROPN", "PRON"]);

/** Before the word: what opens a noun phrase ("a shot", "warning shots", "his shot", "two shots"). */
const NOUN_OPENERS = new Set(["DET", "ADJ", "NUM", "PART"]);
/** After the word: what a verb takes ("shot a soldier", "shot down", "shot dead", "shot and killed"). */
const VERB_FOLLOWERS = new Set(["DET", "NUM", "PRON", "PROPN", "ADP", "CCONJ", "ADJ"]);

/**
 * Sets right the tags of verb forms wink reads as nouns in every position ("Police shot dead two men" has no verb
 * for it), so claims find a clause and events a trigger. A word stays a noun when a noun phrase opens before it
 * or a verb follows ("a shot rang out"), or a bare noun follows a form that may be a noun ("shot glass"; "had
 * retaken control" is a verb). Changes the tokens in place.
 */
export function repairVerbsTaggedNouns(tokens: Token[]): void {
  const known = repairs();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.pos !== "NOUN") continue;
    const repair = known.get(t.lower);
    if (repair === undefined) {
      gapVerb(tokens, i);
      continue;
    }
    const before = tokens[previousWordIndex(tokens, i)];
    const after = tokens[nextWordIndex(tokens, i)];
    if (!before || NOUN_OPENERS.has(before.pos) || before.lower === "'s" || POSSESSIVES.has(before.lower)) continue;
    // A bare noun after a form that may be a noun makes a compound ("shot glass"); after one that may not, an object.
    const follows = after && (VERB_FOLLOWERS.has(after.pos) || (repair.neverNoun && after.pos === "NOUN"));
    if (!follows) continue;
    t.pos = "VERB";
    t.lemma = repair.lemma;
  }
}

const POSSESSIVES = new Set(["my", "your", "his", "her", "its", "our", "their"]);

/** Relative words that open a clause with a gap. */
const RELATIVES = new Set(["which", "that", "who", "whom"]);
/** Tags of the words of a gap verb's subject ("which even the harshest critics say"). */
const SUBJECT_WORDS = new Set(["NOUN", "PROPN", "PRON", "ADJ", "DET", "ADV", "NUM"]);
/** How many words a gap verb's subject may have ("which even the harshest critics say"). */
const GAP_SUBJECT_WORDS = 5;

/** A relative word before the subject of the word at `i`, across the subject's own words only. */
function afterRelative(tokens: readonly Token[], i: number): boolean {
  let k = previousWordIndex(tokens, i);
  for (let n = 0; k >= 0 && n <= GAP_SUBJECT_WORDS; n++, k = previousWordIndex(tokens, k)) {
    const w = tokens[k] as Token;
    if (RELATIVES.has(w.lower)) return n > 0;
    if (!SUBJECT_WORDS.has(w.pos)) return false;
  }
  return false;
}

/**
 * "a plan which critics say was rushed": a verb of saying right after its subject and before the auxiliary of the
 * clause it reports, with the subject's own phrase not opened by a determiner right before ("the claim is" stays).
 */
function gapVerb(tokens: Token[], i: number): void {
  const t = tokens[i] as Token;
  const lemma = gapVerbs().get(t.lower);
  if (lemma === undefined) return;
  const before = tokens[previousWordIndex(tokens, i)];
  const after = tokens[nextWordIndex(tokens, i)];
  if (!before || !after || after.pos !== "AUX" || !GAP_SUBJECTS.has(before.pos)) return;
  if (POSSESSIVES.has(before.lower) || !afterRelative(tokens, i)) return;
  t.pos = "VERB";
  t.lemma = lemma;
}
