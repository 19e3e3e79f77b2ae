import type { Claim, Factuality } from "../article/analysis.js";
import { hedgeLexicon } from "../claims/lexicon.js";
import type { Token } from "../pipeline/layers.js";
import { tokenIndexAt } from "../pipeline/token-index.js";
import type { EventContext } from "./context.js";
import type { Frame } from "./frames.js";
import { FRAMING_PREPOSITIONS } from "./framing.js";
import type { FactualityCue } from "./vocabulary.js";
import { isIngForm, nextWord, prevWord } from "./words.js";

// The strongest cue wins: a denial outweighs a hedge, a hedge outweighs tense.
const RANK: Record<Factuality, number> = {
  negated: 6,
  unverified: 5,
  possible: 4,
  probable: 3,
  future: 2,
  asserted: 1,
};
const FROM_CERTAINTY: Record<Claim["certainty"], Factuality> = {
  certain: "asserted",
  probable: "probable",
  possible: "possible",
  unverified: "unverified",
};
const OBJECT_WORDS = new Set(["NOUN", "PROPN", "PRON", "DET", "ADJ", "SPACE"]);
const NOMINAL = new Set(["NOUN", "PROPN"]);
const SUBJECTS = new Set(["i", "you", "he", "she", "it", "we", "they"]);
const NO_OBJECT = new Set(["no", "nobody", "none", "neither", "nothing"]);
// Adverbs of this kind qualify the whole clause, wherever they stand in it.
const CLAUSE_ADVERBS = new Set(["ADV"]);

function stronger(a: Factuality, b: Factuality): Factuality {
  return RANK[b] > RANK[a] ? b : a;
}

/** Is there a reporting verb earlier in the sentence ("said the army would withdraw": future in the past)? */
function reportedBefore(ctx: EventContext, k: number): boolean {
  const s = ctx.sentences[ctx.tokens[k]?.sentence ?? 0];
  for (let j = k - 1; s && j >= s.firstToken; j--) {
    const t = ctx.tokens[j] as Token;
    if (t.pos === "VERB" && ctx.vocab.reportingVerbs.has(t.lemma.toLowerCase())) return true;
  }
  return false;
}

/**
 * A sentence that opens with an auxiliary and ends with a question mark: "Did the army shell the town?", "Have
 * over 2,000 civilians died?". A question with a question word ("Why did troops kill …?") takes its event for granted.
 */
function yesNoQuestion(ctx: EventContext, sentence: number): boolean {
  const s = ctx.sentences[sentence];
  if (!s) return false;
  const first = ctx.tokens[nextWord(ctx.tokens, s.firstToken - 1, s.endToken)];
  let last = s.endToken - 1;
  while (
    last > s.firstToken &&
    (ctx.tokens[last]?.pos === "SPACE" || /^[\u201d"')\]]$/.test(ctx.tokens[last]?.normal ?? ""))
  )
    last--;
  return first?.pos === "AUX" && ctx.tokens[last]?.normal === "?";
}

/** "no signs that …", "no evidence of …": a negated evidential noun just before the clause. */
function deniedEvidence(ctx: EventContext, segStart: number, sentenceStart: number): boolean {
  const { tokens, vocab } = ctx;
  if (tokens[segStart]?.normal !== "that") return false;
  let p = prevWord(tokens, segStart, sentenceStart);
  while (p >= 0 && tokens[p]?.pos === "PUNCT") p = prevWord(tokens, p, sentenceStart);
  if (p < 0 || !vocab.evidentialNouns.has(tokens[p]?.normal ?? "")) return false;
  for (let j = p - 1, hops = 0; j >= sentenceStart && hops < 3; j--, hops++) {
    const t = tokens[j] as Token;
    // "did not mention reports that …": a negated report of the reports leaves what they say as it was.
    if (t.pos === "VERB" && vocab.reportingVerbs.has(t.lemma.toLowerCase())) return false;
    if (vocab.negators.has(t.normal) || t.lemma === "not") return true;
  }
  return false;
}

/** Predicates of truth: "it is not true that …" denies the clause; "it is untrue that …" too. */
const TRUE_WORDS = new Set(["true", "correct", "accurate", "case"]);
const UNTRUE_WORDS = new Set(["untrue", "false", "incorrect", "baseless", "inaccurate", "wrong"]);

/**
 * "It is not true that P", "It is false that P", "It is not the case that P": the clause after "that" is denied. The
 * tagger often reads this "that" as a determiner, so it is looked for back from the event, past its auxiliaries.
 */
function deniedTruth(ctx: EventContext, first: number, sentenceStart: number): boolean {
  const { tokens, vocab } = ctx;
  let that = -1;
  for (let j = first - 1; j >= sentenceStart && that < 0; j--) {
    const t = tokens[j] as Token;
    if (t.normal === "that") that = j;
    else if (t.pos === "VERB") return false;
  }
  if (that < 0) return false;
  const p = prevWord(tokens, that, sentenceStart);
  const word = tokens[p]?.normal ?? "";
  if (p < 0) return false;
  if (UNTRUE_WORDS.has(word)) return true;
  if (!TRUE_WORDS.has(word)) return false;
  for (let j = p - 1, hops = 0; j >= sentenceStart && hops < 3; j--, hops++) {
    if (vocab.negators.has(tokens[j]?.normal ?? "") || tokens[j]?.lemma === "not") return true;
  }
  return false;
}

interface Cues {
  negated: boolean;
  hedged: Factuality;
}

/** Cues left of a verb or event noun within its clause: negation, modals, raising verbs, hedges. */
function governorOf(ctx: EventContext, t: Token | undefined): FactualityCue | undefined {
  if (!t) return undefined;
  const g = ctx.vocab.governors;
  const found = g.get(t.lemma.toLowerCase()) ?? g.get(t.normal);
  if (found || !t.normal.endsWith("ing")) return found;
  // wink sometimes tags an -ing verb as a noun ("telling others to vote"): try its stem.
  const stem = t.normal.slice(0, -3);
  return g.get(stem) ?? g.get(`${stem}e`);
}

/** The words before "to" are a bare noun phrase opening the sentence: "GM to cut 10,000 jobs". */
function headlineSubject(ctx: EventContext, to: number): boolean {
  const { tokens } = ctx;
  const s = ctx.sentences[tokens[to]?.sentence ?? 0];
  if (!s) return false;
  let k = prevWord(tokens, to, s.firstToken);
  if (k < 0 || !NOMINAL.has(tokens[k]?.pos ?? "")) return false;
  while (k >= 0 && NOMINAL.has(tokens[k]?.pos ?? "")) k = prevWord(tokens, k, s.firstToken);
  return k < 0;
}

/** "telling others to vote", "urged the army to withdraw": a short object, then "to", before the trigger. */
function objectThenTo(tokens: readonly Token[], from: number, trigger: number): boolean {
  for (let k = from, hops = 0; k >= 0 && k < trigger && hops < 4; k++, hops++) {
    const t = tokens[k] as Token;
    if (t.normal === "to") return hops > 0;
    if (!OBJECT_WORDS.has(t.pos)) return false;
  }
  return false;
}

/** A negator among the few words before the verb at `v` ("did not report", "have not yet reported"). */
function negatedBefore(ctx: EventContext, v: number, limit: number): boolean {
  let k = prevWord(ctx.tokens, v, limit);
  for (let hops = 0; k >= 0 && hops < 4; hops++) {
    const t = ctx.tokens[k] as Token;
    if (ctx.vocab.negators.has(t.normal) || t.lemma === "not") return true;
    if (t.pos !== "AUX" && t.pos !== "ADV" && t.pos !== "PART") return false;
    k = prevWord(ctx.tokens, k, limit);
  }
  return false;
}

function hasVerb(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (tokens[k]?.pos === "VERB" || tokens[k]?.pos === "AUX") return true;
  return false;
}

/**
 * Nouns whose "of" phrase is what a governing verb is about: "denied reports of attacks", "plans of a strike",
 * "ruled out the possibility of talks". After other nouns ("the results of the elections") it is not.
 */
const OF_TRANSPARENT = new Set([
  "reports",
  "report",
  "claims",
  "claim",
  "allegations",
  "allegation",
  "accusations",
  "accusation",
  "rumours",
  "rumors",
  "signs",
  "sign",
  "evidence",
  "possibility",
  "prospect",
  "threat",
  "plans",
  "plan",
  "idea",
  "notion",
  "risk",
  "chance",
  "likelihood",
]);

function applyGovernor(out: Cues, governor: FactualityCue): void {
  if (governor === "negated") out.negated = true;
  else out.hedged = stronger(out.hedged, governor);
}

/**
 * Cues left of a verb or event noun within its clause: negation, modals, raising verbs ("plans to
 * attack", "denied attacking"), verbs that take the event noun as object ("plans an event"), hedges.
 */
function verbGroupCues(ctx: EventContext, first: number, segStart: number, noun: boolean): Cues {
  const { tokens, vocab } = ctx;
  const out: Cues = { negated: false, hedged: "asserted" };
  let k = prevWord(tokens, first, segStart);
  // "GM to cut 10,000 jobs": an infinitive after a noun, with no verb governing it, is yet to happen.
  if (!noun && tokens[k]?.normal === "to" && tokens[k]?.pos === "PART" && headlineSubject(ctx, k))
    out.hedged = "future";
  // "rejected the results of elections": the event noun sits in another noun's "of" phrase, not in the verb's object.
  let embedded = false;
  for (let hops = 0; k >= 0 && hops < 8; hops++) {
    const t = tokens[k] as Token;
    const w = t.normal;
    // "canceled due to the drone attack", "fled after the strike": a noun after a preposition other than "of" is
    // no object of the verbs before it; their negation and plans are not its.
    if (noun && t.pos === "ADP" && w !== "of" && !vocab.hedges.has(w)) break;
    if (noun && w === "of") {
      const owner = tokens[prevWord(tokens, k, segStart)];
      if (owner?.pos === "NOUN" && !OF_TRANSPARENT.has(owner.normal)) embedded = true;
    }
    if ((vocab.negators.has(w) || t.lemma.toLowerCase() === "not") && !boundNotNegation(tokens, k)) out.negated = true;
    const cue = vocab.hedges.get(w);
    if (cue && !modifiesParticipant(tokens, k, first)) out.hedged = stronger(out.hedged, cue);
    if (w === "would") out.hedged = stronger(out.hedged, reportedBefore(ctx, k) ? "future" : "possible");
    // "cannot bring themselves to vote": a reflexive between a verb and its "to" is transparent.
    let n = nextWord(tokens, k, first + 1);
    if (n >= 0 && /sel(?:f|ves)$/.test(tokens[n]?.normal ?? "")) n = nextWord(tokens, n, first + 1);
    const next = tokens[n];
    const governor = governorOf(ctx, t);
    const governs =
      next?.normal === "to" ||
      (hops === 0 && isIngForm(tokens[first])) ||
      (noun && t.pos === "VERB" && !embedded) ||
      (governor !== undefined && objectThenTo(tokens, n, first));
    if (governor && governs) applyGovernor(out, governor);
    // A full verb of its own, or a new subject, ends the verb group ("said they attacked"); a verb that passes its
    // negation to the event noun it takes does not ("did not sustain any injuries").
    const passes = noun && hops > 0 && vocab.passThrough.has(t.lemma.toLowerCase());
    if (t.pos === "VERB" && !governor && next?.normal !== "to" && !passes) break;
    if (t.pos === "VERB" && governor && (noun || !governs)) break;
    if (t.pos === "PRON" && SUBJECTS.has(w)) break;
    // A comma closes the group too: "If X wasn't enough, the vote serves …".
    if (w === "," && hops > 0) break;
    k = prevWord(tokens, k, segStart);
  }
  return out;
}

/**
 * "suspected gang members were killed": a hedge whose noun phrase ends before the trigger doubts who, not
 * whether; "the alleged Russian drone strike" hedges the strike.
 */
function modifiesParticipant(tokens: readonly Token[], k: number, first: number): boolean {
  const t = tokens[k] as Token;
  if (t.pos !== "ADJ" && t.pos !== "VERB") return false;
  const next = nextWord(tokens, k, first);
  if (next < 0 || !PHRASE_WORDS.has(tokens[next]?.pos ?? "")) return false;
  for (let n = next; n >= 0 && n < first; n = nextWord(tokens, n, first)) {
    if (!PHRASE_WORDS.has(tokens[n]?.pos ?? "")) return true;
  }
  return false;
}

const PHRASE_WORDS = new Set(["NOUN", "PROPN", "ADJ", "NUM"]);

/**
 * "no fewer than 12 bodies", "would not hesitate to strike": a negated phrase that denies nothing, from the same
 * list the claims stage reads (lexicon/hedges.json, polarity.notNegating).
 */
function boundNotNegation(tokens: readonly Token[], k: number): boolean {
  const first = tokens[k]?.normal === "n't" ? "not" : (tokens[k]?.normal ?? "");
  for (const phrase of hedgeLexicon().notNegating.get(first) ?? []) {
    let at = k;
    let ok = true;
    for (const word of phrase.slice(1)) {
      at = nextWord(tokens, at, tokens.length);
      if (at < 0 || (tokens[at]?.normal !== word && tokens[at]?.lemma !== word)) {
        ok = false;
        break;
      }
    }
    if (ok) return true;
  }
  return false;
}

/** The first verb of a coordination whose second verb opens this clause ("address … or meet"); -1 when none. */
function firstConjunct(ctx: EventContext, segStart: number, first: number, sentenceStart: number): number {
  const { tokens } = ctx;
  if (tokens[segStart]?.pos !== "CCONJ" || first - segStart > 3) return -1;
  for (let k = segStart - 1, hops = 0; k >= sentenceStart && hops < 15; k--, hops++) {
    if (tokens[k]?.pos === "VERB") return k;
    // wink tags some infinitives as nouns ("to either visit Kabul"): a noun right after "to" or "either".
    const before = tokens[prevWord(tokens, k, sentenceStart)]?.normal;
    if (tokens[k]?.pos === "NOUN" && (before === "to" || before === "either")) return k;
  }
  return -1;
}

/**
 * Whether the event is said to have happened: negated ("did not attack", "no signs of deployments"),
 * hedged ("possibly", "may"), reported without confirmation ("reportedly"), future ("will send", "plans
 * to") or asserted. Cues are looked for in the event's clause; the reporting claim's polarity and
 * certainty count too.
 */
export function factualityOf(ctx: EventContext, frame: Frame, claim: Claim | null): Factuality {
  const { tokens, vocab } = ctx;
  const head = tokens[frame.trigger.head] as Token;
  const s = ctx.sentences[head.sentence];
  const sStart = s?.firstToken ?? 0;
  const segStart = Math.min(
    ctx.segments.start[frame.first] ?? frame.first,
    ctx.segments.start[frame.trigger.head] ?? frame.first,
  );
  const segEnd = ctx.segments.end[frame.trigger.head] ?? frame.end;
  const nounFirst = frame.noun !== null && frame.first === frame.trigger.first;
  const own = verbGroupCues(ctx, frame.first, segStart, nounFirst);
  // "announced 10,000 job cuts": a reporting verb just before the clause may take the event noun as object.
  if (nounFirst) {
    const p = prevWord(tokens, segStart, sStart);
    const verb = tokens[p];
    // "announced the deaths of 24 soldiers": what already happened to people is reported, not planned.
    const outcome = vocab.reportedOutcomes.has(head.normal);
    const governor = governorOf(ctx, verb);
    const governs = governor !== undefined && !(outcome && governor === "future");
    if (governs && verb?.pos === "VERB" && !hasVerb(tokens, segStart, frame.first)) applyGovernor(own, governor);
    // "Police did not report any deaths": a verb that passes its negation to the event noun it takes.
    const passes = verb?.pos === "VERB" && vocab.passThrough.has(verb.lemma.toLowerCase());
    if (passes && !hasVerb(tokens, segStart, frame.first) && negatedBefore(ctx, p, sStart)) own.negated = true;
  }
  let result: Factuality = own.negated ? "negated" : "asserted";
  let hedged: Factuality = own.hedged;
  let ownNegator = own.negated;
  // "no plans to either address the conference or meet with him": a second verb shares the first's cues, but for a
  // negation across a contrast ("has not verified his account, but confirmed the reports").
  const conjunct = firstConjunct(ctx, segStart, frame.first, sStart);
  if (conjunct >= 0) {
    const shared = verbGroupCues(ctx, conjunct, ctx.segments.start[conjunct] ?? sStart, false);
    const negated = shared.negated && !vocab.contrastive.has(tokens[segStart]?.normal ?? "");
    if (negated) result = "negated";
    hedged = stronger(hedged, shared.hedged);
    ownNegator ||= negated;
  }
  // Between an event noun and its participle: "the treaty was not signed", "the vote will be held".
  if (frame.participle && frame.verb !== null) {
    for (let j = frame.trigger.end; j < frame.verb; j++) {
      const t = tokens[j] as Token;
      if (vocab.negators.has(t.normal) || t.lemma === "not") {
        result = stronger(result, "negated");
        ownNegator = true;
      }
      const cue = vocab.hedges.get(t.normal);
      if (cue) hedged = stronger(hedged, cue);
      // "an event to be held on October 12"
      if (t.normal === "to") hedged = stronger(hedged, "future");
    }
  }
  // Right of the trigger: "killed no one"; clause adverbs such as "possibly as early as this month".
  const after = tokens[nextWord(tokens, frame.end - 1, segEnd)];
  if (frame.noun === null && after && NO_OBJECT.has(after.normal)) {
    result = stronger(result, "negated");
    ownNegator = true;
  }
  for (let j = frame.end, hops = 0; j < segEnd && hops < 14; j++, hops++) {
    const t = tokens[j] as Token;
    if (!CLAUSE_ADVERBS.has(t.pos)) continue;
    const cue = vocab.hedges.get(t.normal);
    if (cue && cue !== "future") hedged = stronger(hedged, cue);
  }
  // "Have over 2,000 civilians died?": a yes-no question asks whether it happened, it does not say so.
  if (yesNoQuestion(ctx, head.sentence)) hedged = stronger(hedged, "possible");
  if (deniedEvidence(ctx, segStart, sStart) || deniedTruth(ctx, frame.first, sStart)) {
    result = stronger(result, "negated");
    ownNegator = true;
  }
  if (claim) {
    // A claim denied as a whole ("denied that …", "sees no signs that …") negates what it reports,
    // unless the negation is inside the reported words, where the local cues above have seen it.
    if (claim.polarity === "negative" && !ownNegator && !negatorInside(ctx, claim) && !presupposed(ctx, claim, frame))
      result = stronger(result, "negated");
    if (hedged === "asserted" || hedged === "future") hedged = stronger(hedged, FROM_CERTAINTY[claim.certainty]);
  }
  return stronger(result, hedged);
}

/**
 * "Hamas denied that any of the Palestinians killed in the attack were militants": an event named inside the
 * subject of the denied clause, before its first auxiliary, is taken for granted; what is denied is the predicate.
 */
function presupposed(ctx: EventContext, claim: Claim, frame: Frame): boolean {
  const { tokens } = ctx;
  const head = frame.trigger.head;
  if (frame.noun !== null && definiteAfterPreposition(ctx, frame)) return true;
  let k = tokenIndexAt(tokens, claim.content.start);
  if (k >= tokens.length || head < k) return false;
  if (tokens[k]?.normal === "that") k++;
  const first = k;
  for (; k < tokens.length && (tokens[k]?.start ?? Infinity) < claim.content.end; k++) {
    const t = tokens[k] as Token;
    if (t.pos === "AUX")
      return head < k && head > first && !RELATIVES.has(tokens[prevWord(tokens, k, first)]?.normal ?? "");
    // A finite verb before any auxiliary ("denied that its forces killed civilians"): the trigger is the predicate.
    if (t.pos === "VERB" && k <= head && !/(?:ed|en)$/.test(t.normal)) return false;
  }
  return false;
}

const RELATIVES = new Set(["who", "which", "that"]);

const NOUN_MODIFIERS = new Set(["ADJ", "PROPN", "NOUN"]);

/**
 * "denied that the refinery was targeted in the Israeli attack": an event noun made definite inside an adjunct is
 * taken for granted; the denial is of what the clause says about it.
 */
function definiteAfterPreposition(ctx: EventContext, frame: Frame): boolean {
  const { tokens } = ctx;
  let k = prevWord(tokens, frame.trigger.first, 0);
  // "in the Israeli attack", "in the enemy drone strike": modifiers of the event noun, names and nouns too.
  for (let hops = 0; k >= 0 && hops < 3 && NOUN_MODIFIERS.has(tokens[k]?.pos ?? ""); hops++) k = prevWord(tokens, k, 0);
  if (tokens[k]?.normal !== "the") return false;
  return FRAMING_PREPOSITIONS.has(tokens[prevWord(tokens, k, 0)]?.normal ?? "");
}

function negatorInside(ctx: EventContext, claim: Claim): boolean {
  const words = claim.content.text
    .toLowerCase()
    .replace(/[\u2019\u02bc]/g, "'")
    .split(/[^a-z']+/);
  return words.some((w) => ctx.vocab.negators.has(w) || w.endsWith("n't"));
}
