import type { Cue } from "./cues.js";
import type { CueKind } from "./lexicon.js";
import { cueLexicon } from "./lexicon.js";
import { type Phrase, phraseAfter, phraseBefore } from "./phrases.js";
import { glued, pos, type SentenceRange, type View } from "./view.js";

const POSSESSIVE = new Set(["his", "her", "their", "its", "our", "my", "your"]);
/** Words that may stand between an owner and its cue noun: "Trump's controversial immigration plan". */
const MODIFIERS = new Set(["ADJ", "NOUN", "PROPN", "ADV", "NUM"]);
const MAX_MODIFIERS = 3;
const FINDING_REACH = 14;

/**
 * The owner of the noun at `w`: a possessive pronoun or a phrase ending in "'s" before it, past a few
 * modifiers ("his claim", "Trump's controversial immigration plan", "the senators' demand").
 */
function ownerBefore(view: View, s: SentenceRange, w: number): Phrase | null {
  let b = w - 1;
  while (b >= s.from && w - b <= MAX_MODIFIERS && MODIFIERS.has(pos(view, b)) && !isPossessive(view, b)) b--;
  if (b < s.from) return null;
  const low = view.low[b] as string;
  if (POSSESSIVE.has(low)) return { from: b, to: b + 1, head: b };
  if (!isPossessive(view, b)) return null;
  const owner = phraseBefore(view, b + 1, s.from);
  return owner && owner.to === b + 1 && owner.from < b ? owner : null;
}

/** "'s" or an apostrophe glued to a plural ("the senators' demand"). */
function isPossessive(view: View, w: number): boolean {
  const low = view.low[w] as string;
  return low === "'s" || (low === "'" && glued(view, w - 1, w) && (view.low[w - 1] as string).endsWith("s"));
}

/**
 * A cue noun with its owner and a link to its content: "his claim that …", "Trump's plan to deport …",
 * "her support for the bill", "their words: …". Without an owner a noun is no cue: "the claim that …"
 * attributes nothing to anyone the sentence names.
 */
/** Prepositions that name a noun cue's owner after it: "claims by the opposition that …". */
const AGENT_LINKS = new Set(["by", "from"]);

export function nounCueAt(view: View, s: SentenceRange, w: number): Cue | null {
  const entry = cueLexicon().nouns.get(view.low[w] as string);
  if (!entry || pos(view, w) !== "NOUN") return null;
  // "claims by opposition websites that …": the owner after the noun, then the content.
  const agent = AGENT_LINKS.has(view.low[w + 1] as string) ? phraseAfter(view, w + 2, s.to) : null;
  const after = agent && view.low[agent.to] === "that" && entry.links.has("that") ? agent : null;
  const link = after ? after.to : w + 1;
  const low = view.low[link] as string;
  if (link >= s.to - 1 || !entry.links.has(low)) return null;
  const next = pos(view, link + 1);
  // "his statement that was released": "that" opens a relative clause, not the content.
  if (low === "that" && (next === "VERB" || next === "AUX")) return null;
  // "his plan to Congress": "to" links an infinitive only where the kind wants one.
  if (low === "to" && (next === "VERB" || next === "AUX") !== entry.kind.infinitive && entry.kind.name !== "stance")
    return null;
  const owner = after ?? ownerBefore(view, s, w);
  if (!owner) return null;
  const preposition = low !== "that" && low !== "to" && low !== ":";
  // "her criticism on Tuesday": a time after the preposition says when, not what.
  if (preposition && view.timeOf[link + 1] !== -1) return null;
  const to = after ? w + 1 : preposition ? link + 1 : link;
  return { from: w, to, kind: entry.kind, noun: { owner, link } };
}

/**
 * "In a poll released Monday, Clinton led …" (a text or count whose finding is the rest of the sentence)
 * and "in his view, …", "in the eyes of many voters, …" (a holder and his view), at `w` = "in".
 */
export function findingAt(view: View, s: SentenceRange, w: number): Cue | null {
  const lex = cueLexicon();
  let b = w - 1;
  while (b >= s.from && (pos(view, b) === "CCONJ" || pos(view, b) === "ADV")) b--;
  const initial = b < s.from;
  const np = phraseAfter(view, w + 1, s.to);
  if (!np) return null;
  const head = view.low[np.head] as string;
  const kind = lex.kinds.get("according") as CueKind;
  // "Trump has a decisive lead in the polls (ahead of the vote).": a count at the end of a clause that speaks of
  // standings found the rest; "He voted in the polls" speaks of none.
  if (!initial && (lex.trailingFindings.has(head) || lex.trailingFindings.has(view.low[np.to - 1] as string))) {
    let end = np.to;
    while (end < s.to && !/^[.!?;,]$/.test(view.low[end] as string)) {
      const p = pos(view, end);
      // "in the latest poll released Wednesday": a participle right after the poll describes it.
      const describes = end === np.to && p === "VERB" && /(?:ed|en)$/.test(view.low[end] as string);
      if ((p === "VERB" || p === "AUX") && !describes) return null;
      end++;
    }
    let standing = false;
    for (let a = s.from; a < w && !standing; a++) standing = lex.standings.has(view.low[a] as string);
    return standing ? { from: w, to: w + 1, kind, finding: { source: np, comma: -1 } } : null;
  }
  if (!initial && view.low[w - 1] !== ",") return null;
  if (lex.viewpoints.has(head)) {
    const source = holder(view, np);
    if (!source) return null;
    const comma = view.low[np.to] === "," ? np.to : -1;
    if (comma < 0 && np.to < s.to && !/^[.!?]$/.test(view.low[np.to] as string)) return null;
    return { from: w, to: np.head + 1, kind, finding: { source, comma } };
  }
  const pair = `${view.low[np.head - 1]} ${head}`;
  if (!initial || !(lex.findings.has(head) || lex.findings.has(pair))) return null;
  for (let c = np.to; c < s.to && c - np.to <= FINDING_REACH; c++) {
    if (view.low[c] === ",")
      return c + 1 < s.to ? { from: w, to: w + 1, kind, finding: { source: np, comma: c } } : null;
    if (view.quotes.openAt.has(c) || view.low[c] === ";") return null;
  }
  return null;
}

/** "In a CNN poll released Monday, …": a poll or survey opening the sentence up to its comma. */
export function pollOpener(view: View, cue: Cue): boolean {
  const finding = cue.finding;
  if (!finding || finding.comma < 0 || cue.from !== finding.source.from - 1) return false;
  return cueLexicon().trailingFindings.has(view.low[finding.source.head] as string);
}

/** Who holds a viewpoint: "his (view)", "Mr. Connolly's (view)", "(the eyes) of many voters". */
function holder(view: View, np: Phrase): Phrase | null {
  if (POSSESSIVE.has(view.low[np.from] as string)) return { from: np.from, to: np.from + 1, head: np.from };
  for (let w = np.from + 1; w < np.head; w++) {
    if (isPossessive(view, w)) {
      const owner = phraseBefore(view, w + 1, np.from);
      if (owner) return owner;
    }
  }
  if (view.low[np.head + 1] === "of" && np.head + 2 < np.to) {
    const tail = phraseAfter(view, np.head + 2, np.to);
    if (tail) return tail;
  }
  return null;
}
