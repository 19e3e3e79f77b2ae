import type { Sentence, Token } from "../pipeline/layers.js";
import { isVerb, nextWord, RELATIVES } from "./words.js";

/**
 * Cuts sentences into clause-like segments, so a time, a place or a number attaches to the event of its own
 * clause: "Lee said last week | that the North will send troops …, possibly as early as this month | , citing …".
 * A segment starts at a subordinator, a relative pronoun, a ';' or ':', a comma that opens a participle or
 * subordinate clause, a conjunction joining two verbs, and after a reporting verb.
 */
export interface Segments {
  /** First token of the segment each token belongs to. */
  start: Int32Array;
  /** One past the last token of that segment. */
  end: Int32Array;
}

// "either … or": the first word of a pair opens no clause of its own.
const CORRELATIVES = new Set(["either", "neither", "both", "whether"]);
const CLAUSE_OPENERS = new Set(["as", "while", "whereas", "although", "though", "because", "but", "after", "before"]);

/** "after losing", "after the company agreed": a verb follows before any punctuation or preposition. */
function opensClause(tokens: readonly Token[], k: number, limit: number): boolean {
  let j = k;
  for (let hops = 0; hops < 5; hops++) {
    j = nextWord(tokens, j, limit);
    const t = tokens[j];
    if (j < 0 || !t || t.pos === "PUNCT" || t.pos === "ADP") return false;
    if (t.pos === "VERB" || t.pos === "AUX") return true;
  }
  return false;
}

export function segment(
  tokens: readonly Token[],
  sentences: readonly Sentence[],
  reporting: ReadonlySet<string>,
): Segments {
  const n = tokens.length;
  const cut = new Uint8Array(n + 1);
  for (const s of sentences) {
    cut[s.firstToken] = 1;
    cut[s.endToken] = 1;
    for (let k = s.firstToken; k < s.endToken; k++) {
      const t = tokens[k] as Token;
      if (t.pos === "SPACE") continue;
      // The next word is looked for only by the two rules that need it (after a comma, a conjunction).
      if (t.normal === ";" || t.normal === ":") cut[k + 1] = 1;
      else if (t.pos === "SCONJ") cut[k] = 1;
      else if (t.pos === "ADP" && CLAUSE_OPENERS.has(t.normal) && opensClause(tokens, k, s.endToken)) cut[k] = 1;
      else if (RELATIVES.has(t.normal) || (t.normal === "that" && t.pos === "PRON")) cut[k] = 1;
      else if (t.normal === "," && nextWord(tokens, k, s.endToken) >= 0) {
        const after = tokens[nextWord(tokens, k, s.endToken)] as Token;
        if (isVerb(after) || after.pos === "SCONJ" || RELATIVES.has(after.normal) || CLAUSE_OPENERS.has(after.normal))
          cut[k] = 1;
      } else if (t.pos === "CCONJ" && nextWord(tokens, k, s.endToken) >= 0 && !CORRELATIVES.has(t.normal)) {
        const next = nextWord(tokens, k, s.endToken);
        // "arrested and jailed": a conjunction joining two verbs starts the second verb's clause.
        let v = next;
        while (v >= 0 && tokens[v]?.pos === "ADV") v = nextWord(tokens, v, s.endToken);
        const verb = v < 0 ? undefined : tokens[v];
        if (verb && (verb.pos === "VERB" || verb.pos === "AUX")) cut[k] = 1;
      } else if (t.pos === "VERB" && reporting.has(t.lemma.toLowerCase())) cut[k + 1] = 1;
    }
  }
  const start = new Int32Array(n);
  const end = new Int32Array(n);
  let from = 0;
  for (let k = 0; k < n; k++) {
    if (cut[k]) from = k;
    start[k] = from;
  }
  let to = n;
  for (let k = n - 1; k >= 0; k--) {
    if (cut[k + 1]) to = k + 1;
    end[k] = to;
  }
  return { start, end };
}
