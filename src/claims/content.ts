import { datelineEnd } from "./dateline.js";
import type { CueKind } from "./lexicon.js";
import { cueLexicon } from "./lexicon.js";
import { ARTICLES, type Phrase, phraseAfter, timeHeadsPhrase } from "./phrases.js";
import { isTitle } from "./quoted-titles.js";
import { isQuoteMark } from "./quotes.js";
import { finiteForm, glued, lemmaOf, pos, type SentenceRange, type View, verbAhead, wordText } from "./view.js";

/** How the content after a cue is introduced. */
export type Complement = "that" | "colon" | "quote" | "bare" | "to" | "question";

/** Words that open an indirect question: the content of "asked whether …", "knows how …". */
const QUESTION_WORDS = new Set(["whether", "if", "how", "why", "what", "when", "where", "who", "which", "whom"]);

export interface ForwardStart {
  start: number;
  complement: Complement;
  /** Time words met between the cue and the content ("said Tuesday that …"). */
  times: number[];
}

const ADVERBIAL_PREPS = new Set([
  "about",
  "of",
  "in",
  "on",
  "at",
  "to",
  "during",
  "via",
  "from",
  "with",
  "after",
  "before",
  "through",
  // Places and occasions: "told reporters outside a polling station in Leeds that …".
  "outside",
  "inside",
  "near",
  "amid",
  "following",
  "throughout",
  "across",
  "around",
  "for",
  "between",
  "among",
]);
/** "a Friday evening rally": an article, a time inside the phrase, then its noun. */
function timedPhrase(view: View, w: number, limit: number): { to: number; head: number } | null {
  if (pos(view, w) !== "DET" || view.timeOf[w + 1] === -1) return null;
  let r = w + 1;
  while (r < limit && view.timeOf[r] !== -1) r++;
  return pos(view, r) === "NOUN" ? (phraseAfter(view, r, limit) ?? null) : null;
}

/** Prepositions of a time phrase after a cue ("said after the vote he …"). */
const TIME_PREPS = new Set(["after", "before", "following", "during", "since"]);
const TRAILING = new Set([".", ",", ";", ":", "!", "?", "-", "--", "\u2014", "\u2013", "(", ")"]);
const FUTURE = new Set(["will", "'ll", "shall", "would"]);

export function isOpenQuote(view: View, w: number): boolean {
  return view.quotes.openAt.has(w);
}

/** "in a statement the army would …": the phrase of how it was said ends at its noun; an article opens the clause. */
function channelOnly<P extends { to: number; head: number }>(view: View, np: P, from: number): P {
  const adjuncts = cueLexicon().adjuncts;
  for (let k = from + 1; k < np.to; k++) {
    if (!adjuncts.has(view.low[k - 1] as string) || pos(view, k - 1) !== "NOUN") continue;
    if (pos(view, k) === "DET" && ARTICLES.has(view.low[k] as string)) return { ...np, to: k, head: k - 1 };
  }
  return np;
}

/** "before attending the town hall", "in posing the question": an -ing verb and its object after a preposition. */
export function gerundPhrase(view: View, w: number, limit: number): Phrase | null {
  if (w >= limit || pos(view, w) !== "VERB" || !(view.low[w] as string).endsWith("ing")) return null;
  const object = phraseAfter(view, w + 1, limit);
  return { from: w, to: object?.to ?? w + 1, head: w };
}

/**
 * Where the content of a forward cue starts: past times, a hearer ("told reporters"), phrases saying how it
 * was said ("in a statement", "on Twitter") when "that", a colon or a quotation follows them, and "that" or a
 * colon themselves. Null when the cue has nothing after it in the sentence.
 */
export function forwardStart(view: View, s: SentenceRange, cueEnd: number, kind: CueKind): ForwardStart | null {
  const times: number[] = [];
  let q = cueEnd;
  let addressed = false;
  for (let guard = 0; q < s.to && guard < 16; guard++) {
    const low = view.low[q] as string;
    // "said each year of education yields …": a time before "of" heads the subject, not when it was said.
    if (view.timeOf[q] !== -1 && !timeHeadsPhrase(view, q, s.to)) {
      times.push(q);
      q++;
      continue;
    }
    // "said half of the votes were lost": an adverb before "of" is the subject's share, not how it was said.
    if (pos(view, q) === "ADV" && q + 1 < s.to && view.low[q + 1] !== "of") {
      // "said earlier on Friday that …", "said again that …"; not "said possibly …" or "said none of …" (content).
      const next = q + 1;
      const adverbial = pos(view, next) === "ADP" && ADVERBIAL_PREPS.has(view.low[next] as string);
      if (introducer(view, next, s.to) || view.timeOf[next] !== -1 || adverbial) {
        q++;
        continue;
      }
    }
    if (pos(view, q) === "ADP" && view.timeOf[q + 1] !== -1 && view.low[q] !== "that") {
      // "said on Friday that …"
      const time = view.timeOf[q + 1];
      q++;
      while (q < s.to && view.timeOf[q] === time) times.push(q++);
      continue;
    }
    if (kind.addressee && !addressed) {
      const hearer = phraseAfter(view, q, s.to);
      if (hearer) {
        q = hearerEnd(view, hearer, s.to);
        addressed = true;
        continue;
      }
    }
    // "said shortly after that 20 projectiles were …": a preposition with no object of its own before "that" and a
    // clause is an adverb; "that" opens the content.
    if (
      pos(view, q) === "ADP" &&
      view.low[q + 1] === "that" &&
      pos(view, q + 2) !== "NOUN" &&
      (isClause(view, q + 2, s.to) || isOpenQuote(view, q + 2))
    ) {
      q++;
      continue;
    }
    if (pos(view, q) === "ADP" && ADVERBIAL_PREPS.has(low)) {
      let np =
        phraseAfter(view, q + 1, s.to) ?? demonstrativePhrase(view, q + 1, s.to) ?? gerundPhrase(view, q + 1, s.to);
      // "said during a Friday evening rally …", "wrote in a March 3, 2019 email": the time inside the occasion is when
      // it was said.
      np ??= timedPhrase(view, q + 1, s.to);
      for (let t = q + 1; np && t < np.to; t++) if (view.timeOf[t] !== -1) times.push(t);
      // 'in an interview with “The Daily Show,” that …': a title right after the preposition.
      const bareTitle = np ? -1 : titleAfter(view, q + 1, s.to);
      if (bareTitle > 0) {
        q = bareTitle;
        continue;
      }
      if (np) np = channelOnly(view, np, q + 1);
      if (np) {
        let r = np.to;
        while (r < s.to && view.timeOf[r] !== -1) r++;
        // "during a Friday evening rally in Michigan that …": a time inside the phrase, which goes on after it.
        if (r > np.to && pos(view, r) === "NOUN") r = phraseAfter(view, r, s.to)?.to ?? r;
        // "said after the convention he would not …": a time phrase, then the clause with its subject.
        if (TIME_PREPS.has(low) && r < s.to && pos(view, r) === "PRON" && isClause(view, r, s.to)) {
          for (let t = np.to; t < r; t++) if (view.timeOf[t] !== -1) times.push(t);
          q = r;
          break;
        }
        // "after his victory in the South Carolina primary that …": a last noun the tagger read as an adjective.
        if (pos(view, r) === "ADJ" && introducer(view, r + 1, s.to)) r++;
        // 'said Sunday on Fox News Channel's “Sunday Morning Futures,” Clinton's judgment …': the show's title.
        const title = titleAfter(view, r, s.to);
        if (title > 0) {
          q = title;
          continue;
        }
        // "responded to accusations that Cambodia attacked", "pointed to reports that …": after the verb's own "to",
        // the clause is the accusation's, not the response ("said in response to the report that …" is the saying's).
        const ownTo = low === "to" && q === cueEnd && r === np.to && view.low[r] === "that";
        if (
          ownTo &&
          cueLexicon()
            .nouns.get(view.low[np.head] as string)
            ?.links.has("that")
        )
          break;
        if (introducer(view, r, s.to) || (pos(view, r) === "ADP" && ADVERBIAL_PREPS.has(view.low[r] as string))) {
          for (let t = np.to; t < r; t++) if (view.timeOf[t] !== -1) times.push(t);
          q = r;
          continue;
        }
        // "said on the stump and inside the White House that …": a second phrase joined by "and".
        const joined = (view.low[r] === "and" || view.low[r] === "or") && pos(view, r + 1) === "ADP";
        if (joined && ADVERBIAL_PREPS.has(view.low[r + 1] as string)) {
          for (let t = np.to; t < r; t++) if (view.timeOf[t] !== -1) times.push(t);
          q = r + 1;
          continue;
        }
        // "says at a campaign stop in Toledo, Ohio, that …": the place goes on past commas up to "that".
        const that = thatAfterPlace(view, r, s.to);
        if (that > 0) {
          for (let t = r; t < that; t++) if (view.timeOf[t] !== -1) times.push(t);
          q = that;
          continue;
        }
        // "decided after a long review not to …": an infinitive right after the phrase is the content.
        if (kind.infinitive && infinitiveNext(view, r, s.to)) {
          for (let t = np.to; t < r; t++) if (view.timeOf[t] !== -1) times.push(t);
          q = r;
          break;
        }
        // "said in a statement (released by the campaign) Thursday the report …": a clause right after how it
        // was said, with no "that".
        const clause = occasionEnd(view, np, r, s.to);
        if (clause > 0) {
          for (let t = np.to; t < clause; t++) if (view.timeOf[t] !== -1) times.push(t);
          q = clause;
          continue;
        }
      }
      break;
    }
    if (low === "," && (isOpenQuote(view, q + 1) || view.low[q + 1] === "that")) {
      q++;
      continue;
    }
    const aside = dashAside(view, q, s.to);
    if (aside > 0) {
      q = aside;
      continue;
    }
    if (low === ",") {
      // "claimed, without providing evidence, that …": an aside between commas before "that".
      const aside = commaAside(view, q, s.to);
      if (aside > 0) {
        q = aside;
        continue;
      }
      // "told a town hall in Salem, New Hampshire on Monday that …": more place before "that".
      const that = thatAfterComma(view, q, s.to);
      if (that > 0) {
        for (let t = q; t < that; t++) if (view.timeOf[t] !== -1) times.push(t);
        q = that;
        continue;
      }
      // "tells the crowd, he's been known …", "says, win or lose, he's staying": a clause after the comma.
      // Not for strict cues: "you know, …" and "I think, …" comment on what follows rather than report it.
      if (
        !kind.strict &&
        !kind.attitude &&
        q + 1 < s.to &&
        (isClause(view, q + 1, s.to) || hasFiniteVerb(view, q + 1, s.to))
      ) {
        q++;
        continue;
      }
    }
    break;
  }
  if (q >= s.to) return null;
  const low = view.low[q] as string;
  // The complementizer stays in the content, as attribution corpora mark it ("said that the plan failed").
  // "that" read as a determiner still opens a clause when a subject and its verb follow ("that turnout looked …").
  if (low === "that" && (pos(view, q) !== "DET" || isClause(view, q + 1, s.to) || frontedComma(view, q + 1, s.to) > 0))
    return { start: q, complement: "that", times };
  if (low === ":") return { start: q + 1, complement: "colon", times };
  if (isOpenQuote(view, q)) return { start: q, complement: "quote", times };
  return { start: q, complement: "bare", times };
}

const POSSESSIVE_DETERMINERS = new Set(["his", "her", "its", "their", "our", "my", "your"]);

/**
 * "told CNN the location had been shared", "told reporters his team won": the phrase read after the cue runs on
 * into the subject of the clause told; the hearer ends where a determiner after its noun opens a clause.
 */
function hearerEnd(view: View, hearer: Phrase, limit: number): number {
  for (let k = hearer.from + 1; k < hearer.to; k++) {
    const before = pos(view, k - 1);
    if (before !== "NOUN" && before !== "PROPN") continue;
    const opens = pos(view, k) === "DET" || POSSESSIVE_DETERMINERS.has(view.low[k] as string);
    if (opens && isClause(view, k, limit)) return k;
    // "told Reuters Hamas is expected to …": a one-word hearer, then a name that opens the clause.
    const named = k === hearer.from + 1 && before === "PROPN" && pos(view, k) === "PROPN";
    if (named && isClause(view, k, limit)) return k;
  }
  return hearer.to;
}

/** "…, New Hampshire on Monday that …": the "that" a few words after a comma, with no verb before it; -1 when none. */
function thatAfterComma(view: View, q: number, limit: number): number {
  for (let c = q + 1; c < Math.min(limit, q + PLACE_WORDS + 2); c++) {
    const p = pos(view, c);
    // "that" read as a determiner still opens a clause when a subject and its verb follow ("that women should …");
    // right after a common noun and before a verb it opens a relative clause on it ("…, in a blockade that had").
    if (relativeThat(view, c)) return -1;
    if (view.low[c] === "that" && (p !== "DET" || isClause(view, c + 1, limit))) return c;
    if (p === "VERB" || p === "AUX") return -1;
  }
  return -1;
}

const ASIDE_LEADS = new Set(["without", "despite", "again", "however", "though", "once", "repeatedly"]);

/**
 * The comma that closes an aside opened at the comma `q` ("claimed, without providing evidence, that …", "said,
 * however, that …"), when "that" or a quotation follows it; -1 otherwise. No finite verb inside.
 */
function commaAside(view: View, q: number, limit: number): number {
  // "reported, citing an unnamed official, that …": whom the source cites (read as its via by the claim).
  const lead = view.low[q + 1] as string;
  if (ASIDE_LEADS.has(lead) || cueLexicon().viaMarkers.has(lead)) {
    for (let c = q + 2; c < Math.min(limit - 1, q + PLACE_WORDS); c++) {
      if (view.low[c] === ",") return view.low[c + 1] === "that" || isOpenQuote(view, c + 1) ? c : -1;
      const p = pos(view, c);
      if (p === "AUX" || (p === "VERB" && !(view.low[c] as string).endsWith("ing"))) return -1;
    }
    return -1;
  }
  return participleAside(view, q, limit) ?? phraseAsideBeforeQuote(view, q, limit);
}

/**
 * "told the council, called by Cambodia and held behind closed doors, that …": a past participle's phrase set off by
 * commas after the hearer, up to the comma before "that" or a quotation. Only past forms and adverbs may be verbs
 * inside. null when no participle opens it, -1 when it does not close so.
 */
function participleAside(view: View, q: number, limit: number): number | null {
  const lead = view.low[q + 1] as string;
  if (pos(view, q + 1) !== "VERB" || lead === lemmaOf(view, q + 1) || pos(view, q + 2) !== "ADP") return null;
  for (let c = q + 2; c < Math.min(limit - 1, q + PHRASE_ASIDE_WORDS); c++) {
    const low = view.low[c] as string;
    if (low === ",") return view.low[c + 1] === "that" || isOpenQuote(view, c + 1) ? c : -1;
    const p = pos(view, c);
    if (p === "AUX" || low === ";" || low === ":" || isQuoteMark(view.quotes, c)) return -1;
    if (p === "VERB" && (low === lemmaOf(view, c) || low.endsWith("s") || low.endsWith("ing"))) return -1;
  }
  return -1;
}

/** How far a prepositional aside, with its own appositions, may run before the quotation. */
const PHRASE_ASIDE_WORDS = 20;

/**
 * 'said on Twitter, in reference to her first child, a girl born in 2014, “…”': an aside opening with a preposition,
 * its commas and all, up to the comma before a quotation; no auxiliary or present-tense verb inside. -1 when none.
 */
function phraseAsideBeforeQuote(view: View, q: number, limit: number): number {
  if (pos(view, q + 1) !== "ADP" || view.low[q + 1] === "that") return -1;
  for (let c = q + 2; c < Math.min(limit - 1, q + PHRASE_ASIDE_WORDS); c++) {
    if (view.low[c] === "," && isOpenQuote(view, c + 1)) return c;
    const p = pos(view, c);
    const low = view.low[c] as string;
    if (p === "AUX" || low === ";" || low === ":" || isQuoteMark(view.quotes, c)) return -1;
    if (p === "VERB" && (low === lemmaOf(view, c) || low.endsWith("s"))) return -1;
  }
  return -1;
}

/** A relative "that" at `c`: right after a common noun, with the verb of its clause next ("a town that lost jobs"). */
function relativeThat(view: View, c: number): boolean {
  return view.low[c] === "that" && pos(view, c - 1) === "NOUN" && verbAhead(view, c + 1);
}

/** How many words the rest of a place may run before ", that". */
const PLACE_WORDS = 12;

/**
 * Where "that" comes after the rest of a place phrase that a comma interrupts: "at a campaign stop in Toledo,
 * Ohio, that …" (the tagger may read "stop" as a verb), "in Madison, Wisconsin, that …". Only a comma right
 * before "that" counts: it marks the end of an aside, not a relative clause ("a plan that …"). No auxiliary,
 * pronoun, quotation or finite verb may come between: those are the start of another clause. -1 when none.
 */
function thatAfterPlace(view: View, r: number, limit: number): number {
  if (view.low[r] === ",") {
    const that = thatAfterComma(view, r, limit);
    if (that > 0) return that;
  }
  for (let c = r; c < Math.min(limit - 1, r + PLACE_WORDS); c++) {
    const low = view.low[c] as string;
    if (low === "," && view.low[c + 1] === "that" && c > r) return c + 1;
    // "in Dayton, a town that lost jobs, that …": a relative clause on the place's noun, up to its comma.
    if (relativeThat(view, c)) {
      while (c + 1 < limit - 1 && view.low[c + 1] !== "," && c - r < PLACE_WORDS) c++;
      continue;
    }
    const p = pos(view, c);
    if (p === "AUX" || p === "PRON" || p === "SCONJ" || low === ";" || low === ":" || isQuoteMark(view.quotes, c))
      return -1;
    // A verb with no ending of its own after a noun is a noun the tagger misread ("a campaign stop").
    if (p === "VERB" && (low !== lemmaOf(view, c) || !/^(?:NOUN|PROPN)$/.test(pos(view, c - 1)))) return -1;
  }
  return -1;
}

/** "that case", "this week": a demonstrative and its noun, which phraseAfter leaves alone ("that" may open a clause). */
function demonstrativePhrase(view: View, w: number, limit: number): { to: number; head: number } | null {
  if (!DEMONSTRATIVES.has(view.low[w] as string) || pos(view, w) !== "DET") return null;
  const rest = phraseAfter(view, w + 1, limit);
  return rest && { to: rest.to, head: rest.head };
}

const DEMONSTRATIVES = new Set(["that", "this", "those", "these"]);

/**
 * Where the clause after a quoted title starts: 'on Fox News Channel's “Sunday Morning Futures,” the senator …'.
 * The quotation holds a few words in title case and a comma ends it; -1 when `r` opens no such title or no
 * clause follows it.
 */
function titleAfter(view: View, r: number, limit: number): number {
  const index = view.quotes.openAt.get(r);
  const pair = index === undefined ? undefined : view.quotes.pairs[index];
  if (!pair?.closed || pair.close >= limit || !isTitle(view, pair)) return -1;
  let after = pair.close + 1;
  const commaInside = view.low[pair.close - 1] === ",";
  if (!commaInside && view.low[after] !== ",") return -1;
  if (view.low[after] === ",") after++;
  if (after >= limit) return -1;
  return introducer(view, after, limit) || isClause(view, after, limit) || hasFiniteVerb(view, after, limit)
    ? after
    : -1;
}

/** "to vote", "not to recommend": an infinitive starts at `w`. */
function infinitiveNext(view: View, w: number, limit: number): boolean {
  const to = view.low[w] === "not" ? w + 1 : w;
  return view.low[to] === "to" && infinitiveAt(view, to + 1, limit);
}

/**
 * Where a clause starts after a phrase about the occasion of saying ("in a statement", "in an interview"),
 * past a participle with its agent ("released by the campaign") and times; -1 when no clause follows there.
 */
function occasionEnd(view: View, np: { head: number; to: number }, r: number, limit: number): number {
  if (!cueLexicon().adjuncts.has(view.low[np.head] as string)) return -1;
  let q = r;
  if (pos(view, q) === "VERB" && /(?:ed|en)$/.test(view.low[q] as string) && view.low[q + 1] === "by") {
    const agent = phraseAfter(view, q + 2, limit);
    if (!agent) return -1;
    q = agent.to;
  }
  while (q < limit && view.timeOf[q] !== -1) q++;
  return q < limit && isClause(view, q, limit) ? q : -1;
}

const ASIDE_DASHES = new Set(["\u2014", "\u2013", "--"]);
/** How many words an aside between dashes may hold. */
const ASIDE_WORDS = 20;

/**
 * "said — on Twitter, as it happens — that …": an aside between two dashes right after the cue, followed by
 * what introduces the content. Returns the word after the closing dash, or -1.
 */
function dashAside(view: View, q: number, limit: number): number {
  if (!ASIDE_DASHES.has(view.low[q] as string)) return -1;
  for (let c = q + 1; c < limit && c - q <= ASIDE_WORDS; c++) {
    if (!ASIDE_DASHES.has(view.low[c] as string)) continue;
    return c > q + 1 && introducer(view, c + 1, limit) ? c + 1 : -1;
  }
  return -1;
}

/** "that", a colon, a quotation or a comma before one: what may follow the phrases after a cue. */
function introducer(view: View, w: number, limit: number): boolean {
  if (w >= limit) return false;
  const low = view.low[w] as string;
  return low === "that" || low === ":" || isOpenQuote(view, w) || (low === "," && isOpenQuote(view, w + 1));
}

/**
 * Does a clause start at `q`: a subject followed by a finite verb ("it saw …", "the North will …", "the
 * emails it received were …")?
 */
/** Words that may open a subject before its noun phrase: "about half of the votes", "most of them". */
const SHARE_LEADS = new Set(["about", "nearly", "almost", "roughly", "approximately", "only", "just", "half", "most"]);

/** The middle words of "as many as", "as few as". */
const AS_BOUNDS = new Set(["many", "much", "few", "little"]);

/** Words that bound a number after them: "over 40", "around 600". */
const COUNT_BOUNDS = new Set(["over", "under", "around"]);

/** "said over 40 drones were …", "said at least 12 died": how many words bound the count at `w` (0 when none). */
function countLead(view: View, w: number): number {
  if (view.low[w] === "at" && (view.low[w + 1] === "least" || view.low[w + 1] === "most")) return 2;
  // "as many as 30 percent", "as much as half": a bound of three words.
  if (view.low[w] === "as" && AS_BOUNDS.has(view.low[w + 1] as string) && view.low[w + 2] === "as") {
    const next = w + 3;
    return pos(view, next) === "NUM" || SHARE_LEADS.has(view.low[next] as string) ? 3 : 0;
  }
  // "more than 50 soldiers died", "fewer than 100", "up to 300": a bound of two words.
  const pair = `${view.low[w]} ${view.low[w + 1]}`;
  if (TWO_WORD_BOUNDS.has(pair) && pos(view, w + 2) === "NUM") return 2;
  return COUNT_BOUNDS.has(view.low[w] as string) && pos(view, w + 1) === "NUM" ? 1 : 0;
}

const TWO_WORD_BOUNDS = new Set(["more than", "fewer than", "less than", "up to", "upwards of"]);

/** A past participle with its agent or place after a comma: "led by X", "based in Y", "backed by Z". */
function participleInsertion(view: View, w: number): boolean {
  const low = view.low[w] as string;
  return pos(view, w) === "VERB" && /(?:ed|en|led|held|run)$/.test(low) && pos(view, w + 1) === "ADP";
}

/** Past tenses that are also nouns or adjectives, which the tagger often reads so after a subject. */
const PAST_TENSES = new Set([
  "left",
  "hit",
  "cut",
  "set",
  "put",
  "struck",
  "kept",
  "led",
  "won",
  "lost",
  "fell",
  "sent",
]);
const OBJECT_OPENERS = new Set(["DET", "NUM", "PRON", "ADJ", "PROPN"]);

export function isClause(view: View, q: number, limit: number): boolean {
  let lead = q + countLead(view, q);
  while (lead < limit && lead - q < 3 && SHARE_LEADS.has(view.low[lead] as string) && pos(view, lead) !== "VERB")
    lead++;
  if (lead > q && view.low[lead] === "of") lead++;
  // "no single soldier was killed": a denied subject is a subject.
  if (lead === q && view.low[lead] === "no" && pos(view, lead) === "DET") lead++;
  const np = phraseAfter(view, lead, limit, true);
  if (!np) return false;
  let r = np.to;
  // "the attack on June 28 left …": a time inside the subject.
  if (pos(view, r) === "ADP" && view.timeOf[r + 1] !== -1) {
    r++;
    // "on Monday last week": times one after another.
    while (r < limit && view.timeOf[r] !== -1) r++;
  }
  while (r < limit && pos(view, r) === "ADV") r++;
  // "he and Trump differ …"
  if (view.low[r] === "and") {
    const more = phraseAfter(view, r + 1, limit, true);
    if (more) r = more.to;
  }
  // "his band and Brian Burton, AKA Danger Mouse, wrote …": an inserted description between commas.
  if (view.low[r] === "," && participleInsertion(view, r + 1)) {
    // "a delegation, led by X, the group's deputy chief, would …": a participle's phrase, appositions and all, up to
    // the comma after which the clause's verb comes.
    for (let c = r + 2; c < Math.min(limit, r + 24); c++) {
      if (view.low[c] !== ",") continue;
      let v = c + 1;
      while (v < limit && pos(view, v) === "ADV") v++;
      if (pos(view, v) === "AUX" || (pos(view, v) === "VERB" && !(view.low[v] as string).endsWith("ing"))) {
        r = c + 1;
        break;
      }
    }
  } else if (view.low[r] === ",") {
    const relative = view.low[r + 1] === "who" || view.low[r + 1] === "which";
    for (let c = r + 1; c < Math.min(limit, r + 14); c++) {
      const p = pos(view, c);
      if (!relative && (p === "VERB" || p === "AUX")) break;
      if (view.low[c] === ",") {
        r = c + 1;
        break;
      }
    }
  }
  // A relative clause without "that" inside the subject: "the emails it received were …".
  if (pos(view, r) === "PRON" && pos(view, r + 1) === "VERB") {
    for (let v = r + 2; v < Math.min(limit, r + 8); v++) {
      if (pos(view, v) === "AUX") return true;
      if (pos(view, v) === "PUNCT") break;
    }
  }
  if (r >= limit) return false;
  // 'said Obama's words "amount to …"': a quotation takes over after the subject.
  if (isOpenQuote(view, r)) return true;
  const low = view.low[r] as string;
  const p = pos(view, r);
  if (p === "AUX") return true;
  if (p === "VERB") return !low.endsWith("ing");
  // "the attack on June 28 left two people dead": a past tense the tagger read as a noun, an object after it.
  if (p === "NOUN" && PAST_TENSES.has(low) && OBJECT_OPENERS.has(pos(view, r + 1))) return true;
  // "women in the South disliked her": a past tense read as an adjective, a pronoun or determiner object after it.
  const object = pos(view, r + 1);
  if (p === "ADJ" && low.endsWith("ed") && (object === "PRON" || object === "DET" || object === "PROPN")) return true;
  return low === "who" || low === "which" || low === "that";
}

/**
 * A looser test for "say"-like verbs, whose object is nearly always a clause: a finite verb comes before
 * the next comma ("says running for president is tough", "says the polls showing him second are wrong").
 * "added a new feature" and "continued to fight" have none.
 */
function hasFiniteVerb(view: View, q: number, limit: number): boolean {
  for (let w = q; w < Math.min(limit, q + 24); w++) {
    const low = view.low[w] as string;
    // "the upside of using him, particularly in the general election, would …": an adverbial insertion is skipped.
    if (low === ",") {
      const close = adverbialInsertionEnd(view, w, limit);
      if (close > 0) {
        w = close;
        continue;
      }
    }
    if (low === "," || low === ";" || low === ":" || low === ".") return false;
    // "recalled its ambassador on Monday and announced …": a verb after "and" is the subject's next predicate.
    // ("win or lose …, he's staying", "from becoming … and winning …": a base form or a gerund goes on the phrase.)
    if (pos(view, w) === "CCONJ" && finiteForm(view, w + 1)) return false;
    // A closing mark ends the search, unless its quotation opened after q ('the “extraordinary measures” she used were …').
    const closing = view.quotes.closeAt.get(w);
    if (closing !== undefined && (view.quotes.pairs[closing]?.open ?? -1) < q) return false;
    const p = pos(view, w);
    if (p === "AUX" && low !== "to") return true;
    if (p !== "VERB" || low.endsWith("ing") || view.low[w - 1] === "to") continue;
    const before = pos(view, w - 1);
    if (before === "DET" || before === "ADJ") continue;
    if (w > q) return true;
  }
  return false;
}

/** How many words an adverbial insertion between commas may hold. */
const INSERTION_WORDS = 10;

/**
 * The closing comma of an adverbial insertion opened by the comma at `comma` (", particularly in the general
 * election,", ", for now,"): it starts with an adverb or preposition and holds no verb. -1 when there is none.
 */
function adverbialInsertionEnd(view: View, comma: number, limit: number): number {
  const first = pos(view, comma + 1);
  if (first !== "ADV" && first !== "ADP") return -1;
  for (let c = comma + 2; c < Math.min(limit, comma + 2 + INSERTION_WORDS); c++) {
    if (view.low[c] === ",") return c;
    const p = pos(view, c);
    if (p === "VERB" || p === "AUX" || p === "PUNCT" || p === "SCONJ") return -1;
  }
  return -1;
}

/** Pronouns that can be the object of "called her “third-rate”". */
const OBJECT_PRONOUNS = new Set(["him", "her", "them", "it", "me", "us", "you", "himself", "herself", "themselves"]);

const PARTICLES = new Set(["for", "on", "off", "up", "out", "back", "in", "to", "into", "over", "away", "down"]);

/**
 * "called Trump “an orange buffoon”", "called the report outrageous", "described the plan as a gamble": an
 * object, then what the source calls it. "called for a prosecutor", "called him on Friday" are no claims.
 */
const POSSESSIVES = new Set(["his", "her", "its", "their", "our", "my", "your"]);

function predicate(view: View, s: SentenceRange, start: ForwardStart, how: "bare" | "as"): boolean {
  if (start.complement !== "bare") return false;
  if (how === "as" && view.low[start.start] === "as") return objectAfterAs(view, start.start + 1, s.to);
  if (how === "bare" && quotedPredicateAhead(view, start.start, s.to)) return true;
  // "called her a liar" (her is the object) but "called her mother" (her owns the object).
  const owner =
    view.low[start.start] === "her" && (pos(view, start.start + 1) === "NOUN" || pos(view, start.start + 1) === "ADJ");
  const object =
    OBJECT_PRONOUNS.has(view.low[start.start] as string) && !owner
      ? { from: start.start, to: start.start + 1 }
      : (shareObject(view, start.start, s.to) ??
        phraseAfter(view, start.start, s.to) ??
        (how === "as" ? gerundPhrase(view, start.start, s.to) : null));
  if (!object) return false;
  let r = appositionEnd(view, object.to, s.to);
  // "calling Christmas a sham", "calls Ohio her home": the object ends where a determiner opens what it is called.
  for (let w = object.from + 1; w < object.to; w++) {
    const before = pos(view, w - 1);
    const opens = pos(view, w) === "DET" || POSSESSIVES.has(view.low[w] as string);
    if (opens && (before === "NOUN" || before === "PROPN")) {
      r = w;
      break;
    }
  }
  if (how === "as") {
    const as = asAfterObject(view, r, s.to);
    if (as < 0) return false;
    r = as + 1;
    // "described waking his family as their house shook": a clause after "as" makes it a conjunction of time (not a
    // phrase with a quotation after it: 'as a political decision “taken for …”').
    const subject = phraseAfter(view, r, s.to);
    if (subject && (pos(view, subject.to) === "AUX" || finiteForm(view, subject.to))) return false;
  }
  if (r >= s.to || PARTICLES.has(view.low[r] as string) || view.timeOf[r] !== -1) return false;
  const p = pos(view, r);
  // "as most unfair", 'as largely “peaceful”': an adverb before the adjective or the quotation.
  const graded = p === "ADV" && (pos(view, r + 1) === "ADJ" || participle(view, r + 1) || isOpenQuote(view, r + 1));
  // "sees him as captured by …", "saw the move as posing a risk", "described it as beset by …", "as being …": a
  // participle after "as".
  if (how === "as" && (participle(view, r) || p === "VERB" || view.low[r] === "being")) return true;
  const owned = POSSESSIVES.has(view.low[r] as string) && pos(view, r + 1) !== "VERB";
  return (
    isOpenQuote(view, r) ||
    graded ||
    owned ||
    p === "ADJ" ||
    p === "DET" ||
    p === "NOUN" ||
    p === "PROPN" ||
    p === "NUM"
  );
}

/** How far adjuncts after the object may run before its "as". */
const AS_ADJUNCT_WORDS = 10;

/**
 * Where the "as" of "described X as Y" stands when the object ends at `r`: right there, or after adjuncts of the
 * verb's ("described the group during an interview as …", "describes himself on his website as …", 'described
 * winning the race “as a series of steps”'). -1 when a clause, a conjunction or a comma comes first.
 */
function asAfterObject(view: View, r: number, limit: number): number {
  for (let c = r; c < Math.min(limit - 1, r + AS_ADJUNCT_WORDS); c++) {
    const low = view.low[c] as string;
    if (low === "as") return c;
    if (isOpenQuote(view, c) && view.low[c + 1] === "as") return c + 1;
    const p = pos(view, c);
    if (p === "CCONJ" || p === "AUX" || p === "SCONJ" || p === "PUNCT" || OBJECT_CLAUSES.has(low)) return -1;
    if ((p === "PRON" && !POSSESSIVES.has(low)) || (p === "VERB" && !verbInObject(view, c))) return -1;
  }
  return -1;
}

/**
 * A verb that belongs to a long object rather than opening a clause: a participle ("the elections held Sunday"), an
 * infinitive ("the gap in the race to date") or a noun the tagger misread after its owner ("the minister's push").
 */
function verbInObject(view: View, c: number): boolean {
  const low = view.low[c] as string;
  if (/(?:ing|ed|en)$/.test(low) || view.low[c - 1] === "to") return true;
  if (view.low[c - 1] === "'s" || view.low[c - 1] === "\u2019s" || POSSESSIVES.has(view.low[c - 1] as string))
    return true;
  return pos(view, c - 1) === "NOUN" && low !== lemmaOf(view, c);
}

/** Words that open a clause inside the stretch: what follows them is another verb's ("the office where the clerk …"). */
const OBJECT_CLAUSES = new Set(["where", "when", "who", "which", "that", "what", "while", "whose"]);
/** How far a long object may run before the quotation that says what it is called. */
const LONG_OBJECT_WORDS = 16;

/**
 * "called Ford's plans to open a plant in Mexico “an absolute disgrace”", "called Trump's remarks about a judge
 * ''racist''": a long object, then the quotation of what it is called. The object holds no finite verb of its
 * own (only infinitives and participles), no pronoun that could start a clause and no conjunction ("called
 * the office and the clerk answered “no”").
 */
function quotedPredicateAhead(view: View, w: number, limit: number): boolean {
  for (let c = w; c < Math.min(limit, w + LONG_OBJECT_WORDS); c++) {
    if (isOpenQuote(view, c)) return c > w + 1;
    const low = view.low[c] as string;
    const p = pos(view, c);
    if (p === "CCONJ" || p === "AUX" || p === "SCONJ" || low === ";" || low === ":" || low === "." || low === "(")
      return false;
    if ((p === "PRON" && !POSSESSIVES.has(low)) || OBJECT_CLAUSES.has(low)) return false;
    // A capitalised "verb" is a name the tagger misread ("called Ford's plans …").
    const name = /^\p{Lu}/u.test(wordText(view, c));
    if (p === "VERB" && !name && view.low[c - 1] !== "to" && !/(?:ing|ed|en)$/.test(low)) return false;
  }
  return false;
}

/** Words for a part of a group that "of" and the group follow: "called half of his rivals …". */
const SHARE_WORDS = new Set(["half", "most", "some", "many", "all", "much", "several", "few", "both", "each"]);

/** "half of Donald Trump's supporters", "most of them": a share and its group, read as one object. */
function shareObject(view: View, w: number, limit: number): { from: number; to: number } | null {
  const share = SHARE_WORDS.has(view.low[w] as string) || pos(view, w) === "NUM";
  if (!share || view.low[w + 1] !== "of") return null;
  if (OBJECT_PRONOUNS.has(view.low[w + 2] as string)) return { from: w, to: w + 3 };
  const group = phraseAfter(view, w + 2, limit);
  return group && { from: w, to: group.to };
}

/**
 * "is describing as “unhinged” a tweet …", "described as reckless the plan to …": what the thing is called
 * comes first, then the thing. A quotation or adjectives after "as", then a noun phrase.
 */
function objectAfterAs(view: View, w: number, limit: number): boolean {
  let r = w;
  if (isOpenQuote(view, r)) {
    const pair = view.quotes.pairs[view.quotes.openAt.get(r) as number];
    if (!pair?.closed || pair.close >= limit) return false;
    r = pair.close + 1;
  } else {
    while (r < limit && (pos(view, r) === "ADV" || pos(view, r) === "ADJ")) r++;
    if (r === w || pos(view, r - 1) !== "ADJ") return false;
    // "as reckless the plan": a determiner opens the thing; "comments seen as insulting women" and "people seen
    // as likely disrupters" run on in one phrase.
    if (pos(view, r) !== "DET" && !POSSESSIVES.has(view.low[r] as string)) return false;
  }
  const p = pos(view, r);
  const opens = p === "DET" || p === "PROPN" || POSSESSIVES.has(view.low[r] as string);
  return opens && phraseAfter(view, r, limit) !== null;
}

/**
 * "called Clinton, his rival, a “co-founder”": an apposition between commas after the object; returns the word
 * after its closing comma, or `r` when there is none.
 */
function appositionEnd(view: View, r: number, limit: number): number {
  if (view.low[r] !== "," || pos(view, r + 1) === "VERB") return r;
  const apposition = phraseAfter(view, r + 1, limit);
  return apposition && view.low[apposition.to] === "," ? apposition.to + 1 : r;
}

/** A verb form that describes rather than asserts: "captured", "wasted", "posing". */
function participle(view: View, w: number): boolean {
  return pos(view, w) === "VERB" && /(?:ed|en|ing)$/.test(view.low[w] as string);
}

/** Skips "the claims that" after a denial verb ("denied reports that …"); returns where the content starts, or -1. */
export function denialObject(view: View, q: number, limit: number): number {
  const lex = cueLexicon();
  let w = deniedNoun(view, q, limit);
  if (w < 0) return -1;
  const whole = lex.wholeDenialObjects.has(view.low[w] as string);
  w++;
  // "a recent media report and the speculations about …": another denied noun joined to the first.
  if (view.low[w] === "and") {
    const next = deniedNoun(view, w + 1, limit);
    if (next > w) w = next + 1;
  }
  // "media reports claiming that …", "reports saying …": a participle of saying leads to what they say.
  if (pos(view, w) === "VERB" && (view.low[w] as string).endsWith("ing") && lex.verbs.has(lemmaOf(view, w) as string)) {
    const after = w + 1;
    if (view.low[after] === "that") return after;
    if (isClause(view, after, limit)) return after;
  }
  // "claims by opposition websites that …": who made them, between the noun and its content.
  if (view.low[w] === "by" || view.low[w] === "from") {
    const agent = phraseAfter(view, w + 1, limit);
    if (agent && view.low[agent.to] === "that") w = agent.to;
  }
  // "reports in a section of the media that …", "reports in the media about the deaths …": where the reports ran.
  if (view.low[w] === "in" || view.low[w] === "on") {
    const where = phraseAfter(view, w + 1, limit);
    if (where && REPORT_LINKS.has(view.low[where.to] as string)) w = where.to;
  }
  // "reports that appeared on Monday": "that" and a verb open a relative clause about the reports, not what they say.
  if (view.low[w] === "that") return pos(view, w + 1) === "VERB" || pos(view, w + 1) === "AUX" ? -1 : w;
  if (REPORT_LINKS.has(view.low[w] as string) && !whole) return w + 1;
  // "denying reports they died in an air strike": the clause without its "that".
  if (!whole && w < limit && pos(view, w) === "PRON" && isClause(view, w, limit)) return w;
  return -1;
}

/** Words after a denied noun that lead to what it says: "reports that …", "reports of …", "reports about …". */
const REPORT_LINKS = new Set(["that", "of", "about"]);

/**
 * Where the noun of a denied report stands after a denial verb's start ("reports" of "media reports that …", "results"
 * of 'what he called the "fake results"'), or -1.
 */
function deniedNoun(view: View, q: number, limit: number): number {
  const lex = cueLexicon();
  let w = q;
  // "dismissed what he called the fake results": the source's own naming of what it denies.
  // The naming verbs are the cues that take an object and what it is called ("call", "describe" …).
  const naming = lex.verbs.get(lemmaOf(view, w + 2) as string)?.predicative !== undefined;
  if (view.low[w] === "what" && pos(view, w + 1) === "PRON" && naming) {
    w += 3;
    if (view.low[w] === "as") w++;
  }
  if (view.quotes.openAt.has(w)) w++;
  if (pos(view, w) === "DET") w++;
  // "Israel's claim of …", "the army's claims that …", "their claims": whose they are, before the noun.
  w = pastOwner(view, w, limit);
  if (view.quotes.openAt.has(w)) w++;
  // "media reports that …", "unconfirmed news reports of …": modifiers before the denied noun.
  for (let n = 0; n < 3 && w < limit && !lex.denialObjects.has(view.low[w] as string); n++) {
    const p = pos(view, w);
    // "the rigged results": a participle before the noun modifies it.
    const participle = p === "VERB" && /ed$/.test(view.low[w] as string);
    if (p !== "ADJ" && p !== "NOUN" && !participle) break;
    w++;
  }
  return lex.denialObjects.has(view.low[w] as string) ? w : -1;
}

/** Past an owner before a noun ("Israel's", "the Russian army's", "their"): where the owned phrase starts. */
function pastOwner(view: View, w: number, limit: number): number {
  if (POSSESSIVE_DETERMINERS.has(view.low[w] as string)) return w + 1;
  for (let k = w; k < limit && k - w < 4; k++) {
    const low = view.low[k] as string;
    // "the rebels' claims": an apostrophe glued to a plural marks the owner too.
    const plural = (low === "'" || low === "\u2019") && (view.low[k - 1] as string).endsWith("s");
    if ((low === "'s" || low === "\u2019s" || plural) && k > w) return k + 1;
    const p = pos(view, k);
    if (p !== "PROPN" && p !== "NOUN" && p !== "ADJ") return w;
  }
  return w;
}

/** 'dismissed what he called the "fake results" of the vote': figures or results denied as a whole, the object itself. */
export function wholeDenial(view: View, q: number, limit: number): boolean {
  const w = deniedNoun(view, q, limit);
  return w >= 0 && w > q && cueLexicon().wholeDenialObjects.has(view.low[w] as string);
}

const ANAPHORIC = new Set(["the", "these", "those", "this", "that", "such"]);
const AFTER_ANAPHORIC = new Set([".", ",", ";", "as", "and", "but", "!"]);

/**
 * "the accusation", "these latest claims", "such reports": a definite denied noun that points back to what another
 * source said, closing its clause (a full stop, a comma, "as baseless", "and …").
 */
export function anaphoricDenial(view: View, q: number, limit: number): boolean {
  if (!ANAPHORIC.has(view.low[q] as string)) return false;
  let w = q + 1;
  for (let n = 0; n < 2 && w < limit && !cueLexicon().denialObjects.has(view.low[w] as string); n++) {
    const p = pos(view, w);
    if (p !== "ADJ" && p !== "NOUN") return false;
    w++;
  }
  if (!cueLexicon().denialObjects.has(view.low[w] as string)) return false;
  return w + 1 >= limit || AFTER_ANAPHORIC.has(view.low[w + 1] as string);
}

/** Where content that comes before its cue starts: the sentence start, or the quotation the sentence is inside. */
export function backwardStart(view: View, s: SentenceRange, end: number = s.to): number {
  const inside = view.quotes.inside[s.from] ?? -1;
  if (inside >= 0) return view.quotes.pairs[inside]?.open ?? s.from;
  let w = s.from;
  while (w < s.to - 1 && (pos(view, w) === "CCONJ" || view.low[w] === "however")) w++;
  if (view.low[w] === ",") w++;
  // 'McCaskill scolded him: “The community is against you,” she said.': the words after the colon are the content
  // (a colon after the content, '…,” he said, and then predicted: “…”', opens another's).
  for (let c = w; c < Math.min(end, s.to - 1); c++)
    if (view.low[c] === ":" && view.quotes.inside[c] === -1 && isOpenQuote(view, c + 1)) return c + 1;
  return w;
}

/**
 * A content holding an opening quotation mark runs to its closing mark, even past the sentence end: the
 * quoted speech goes on ('said: "A. B. C."', 'said that given …: "A. B."').
 */
export function quoteEnd(view: View, start: number, to: number): number {
  let end = to;
  for (let w = start; w < to; w++) {
    const pair = view.quotes.openAt.get(w);
    if (pair === undefined) continue;
    const quote = view.quotes.pairs[pair];
    // ''…'': the mark of two apostrophes closes one word after the pair's inner half.
    const close = quote ? quote.close + (quote.doubled && quote.closed ? 1 : 0) : to;
    if (close + 1 > end) end = close + 1;
  }
  return end;
}

/** Drops punctuation at both ends, keeping a closing quotation mark whose opening mark is kept. */
/** Words after a comma that open the writer's contrast, not the source's words: ", while 9 percent …". */
const CONTRASTS = new Set(["while", "whereas"]);
/** Gerunds after ", without" that say the source gave nothing more ("without elaborating", "without citing evidence"). */
const UNSUPPORTED = new Set([
  "elaborating",
  "giving",
  "providing",
  "offering",
  "citing",
  "specifying",
  "naming",
  "identifying",
  "explaining",
  "presenting",
  "disclosing",
  "detailing",
  "saying",
  "commenting",
]);
const CONTRAST_DASHES = new Set(["--", "-", "\u2014", "\u2013"]);

/**
 * Where a forward content gives way to the writer's comparison: ", while others …", ", whereas …",
 * ", compared with 41 percent …". Quoted words stay whole: inside a quotation they are the source's.
 */
export function contrastEnd(view: View, from: number, to: number): number {
  for (let w = from + 1; w < to - 1; w++) {
    if (view.quotes.inside[w] !== -1) continue;
    const next = view.low[w + 1] as string;
    // "… on Wednesday -- however it did not elaborate": a dash before the writer's "however" or "but".
    const dash = CONTRAST_DASHES.has(view.low[w] as string) && !glued(view, w, w + 1);
    if (dash && (next === "however" || (next === "but" && isClause(view, w + 2, to)))) return w;
    if (view.low[w] !== ",") continue;
    if (CONTRASTS.has(next)) return w;
    // "reported a strike on the road, without elaborating": how the source spoke, in the writer's words.
    if (next === "without" && UNSUPPORTED.has(view.low[w + 2] as string)) return w;
    if (next === "but" && isClause(view, w + 2, to)) return w;
    if ((next === "compared" || next === "comparing") && (view.low[w + 2] === "with" || view.low[w + 2] === "to"))
      return w;
  }
  return to;
}

/** Words that open a subordinate clause fronted before the main one ("After X declared …, Y …"); not "as". */
const SUBORDINATE_OPENERS = new Set([
  "after",
  "before",
  "since",
  "until",
  "when",
  "while",
  "once",
  "if",
  "although",
  "though",
]);
/** A measure of time before "after"/"before" ("Hours after", "Two days before", "Shortly after"). */
const LEAD_UNITS = new Set([
  "minutes",
  "hours",
  "days",
  "weeks",
  "months",
  "years",
  "moments",
  "shortly",
  "soon",
  "just",
]);

/**
 * "Hours after the commission declared Mnangagwa the winner, the opposition leader dismissed the results": a cue
 * inside a subordinate clause that opens the sentence reports up to the comma that closes that clause, where the
 * main clause starts with its subject and verb.
 */
export function frontedClauseEnd(view: View, s: SentenceRange, cueFrom: number, from: number, to: number): number {
  let w = s.from;
  while (w < cueFrom && w < s.from + 3 && !SUBORDINATE_OPENERS.has(view.low[w] as string)) {
    const low = view.low[w] as string;
    if (!LEAD_UNITS.has(low) && pos(view, w) !== "NUM") return to;
    w++;
  }
  if (w >= cueFrom || !SUBORDINATE_OPENERS.has(view.low[w] as string)) return to;
  for (let c = w + 1; c < cueFrom; c++) if (view.low[c] === "," && view.quotes.inside[c] === -1) return to;
  for (let c = from + 1; c < to - 1; c++) {
    if (view.quotes.inside[c] !== -1) continue;
    if (view.low[c] === "," && (isClause(view, c + 1, to) || subjectThenVerb(view, c + 1, to))) return c;
  }
  return to;
}

const SUBJECT_STARTS = new Set(["DET", "PRON", "PROPN", "NOUN", "ADJ", "NUM"]);

/** A short phrase, then an auxiliary or a finite verb, no punctuation between: "her rival has come out …". */
function subjectThenVerb(view: View, w: number, to: number): boolean {
  if (!SUBJECT_STARTS.has(pos(view, w))) return false;
  for (let k = w + 1; k < to && k <= w + 6; k++) {
    const p = pos(view, k);
    if (p === "PUNCT") return false;
    if (p === "AUX") return true;
    const low = view.low[k] as string;
    if (p === "VERB") return !low.endsWith("ing") && low !== lemmaOf(view, k);
  }
  return false;
}

export function trimContent(view: View, from: number, to: number): { from: number; to: number } {
  let a = datelineEnd(view, from, to, true);
  let b = to;
  while (a < b && TRAILING.has(view.low[a] as string)) a++;
  for (;;) {
    if (b <= a) break;
    const last = b - 1;
    const low = view.low[last] as string;
    if (TRAILING.has(low)) {
      b--;
      continue;
    }
    if (isQuoteMark(view.quotes, last) && view.quotes.closeAt.has(last)) {
      const pair = view.quotes.pairs[view.quotes.closeAt.get(last) as number];
      if (pair && pair.open < a) {
        b--;
        continue;
      }
    }
    break;
  }
  // A lone opening mark at the start whose closing mark is cut off goes too.
  if (a < b && view.quotes.openAt.has(a)) {
    const pair = view.quotes.pairs[view.quotes.openAt.get(a) as number];
    if (pair && pair.close >= b && pair.closed && b - a > 1 && pair.close > b) a++;
  }
  return { from: a, to: b };
}

/** Does the content speak of the future ("will send", "would attend")? */
export function speaksOfFuture(view: View, from: number, to: number): boolean {
  for (let w = from; w < to; w++) {
    const low = view.low[w] as string;
    if (FUTURE.has(low) || (low === "going" && view.low[w + 1] === "to")) return true;
  }
  return false;
}

/**
 * The forward start, checked against what the cue needs: a clause after "say"-like verbs, a noun phrase at
 * least after "confirm"-like ones, "claims that" after "reject"-like ones. Null when the cue reports nothing.
 */
export function checkedStart(view: View, s: SentenceRange, cueEnd: number, kind: CueKind): ForwardStart | null {
  const start = forwardStart(view, s, cueEnd, kind);
  if (!start) return null;
  // "saw that Obama could win", "described that …": a clause after "that" reports, whatever else the cue takes.
  if (kind.predicative && start.complement === "that" && start.start + 1 < s.to) return start;
  if (kind.predicative) return predicate(view, s, start, kind.predicative) ? start : null;
  if (start.complement !== "bare") return start.start < s.to || start.complement === "colon" ? start : null;
  // "wants to run", "refused to endorse him": an infinitive. "declined to comment" and "refused to say who …"
  // keep a proposition back rather than take a stand on one.
  // "told residents not to drink the water": a negated infinitive.
  const to = view.low[start.start] === "not" && view.low[start.start + 1] === "to" ? start.start + 1 : start.start;
  // "who asked not to be named", "who declined to be identified": a request for anonymity reports nothing.
  if (view.low[to] === "to" && view.low[to + 1] === "be" && cueLexicon().anonymity.has(view.low[to + 2] as string))
    return null;
  if (kind.infinitive && view.low[to] === "to" && infinitiveAt(view, to + 1, s.to)) {
    if (kind.polarity === "negative" && speechAt(view, to + 1, s.to)) return null;
    return { ...start, complement: "to" };
  }
  // "asked whether …", "knows how …": an indirect question.
  if (kind.questions && QUESTION_WORDS.has(view.low[start.start] as string) && start.start + 1 < s.to)
    return { ...start, complement: "question" };
  let denied = kind.polarity === "negative" ? denialObject(view, start.start, s.to) : -1;
  // "dismissed as blatant lie, media reports that …", "rejected as false reports that …": the verdict comes first.
  if (denied < 0 && kind.polarity === "negative" && view.low[start.start] === "as") {
    for (let r = start.start + 2; r < Math.min(s.to, start.start + 8) && denied < 0; r++) {
      if (view.low[r] === "that" || pos(view, r) === "AUX") break;
      denied = denialObject(view, view.low[r] === "," ? r + 1 : r, s.to);
    }
  }
  // "rejected Israel's claim of targeting a command center": after "of" or "about", a phrase, which ends at its own end.
  const phrasal = denied > 0 && (view.low[denied - 1] === "of" || view.low[denied - 1] === "about");
  if (denied >= 0) return { ...start, start: denied, complement: phrasal ? "bare" : "that" };
  // "rejected the accusation", "dismissed these claims as baseless": a denial of what was said before.
  if (kind.needsDenialObject)
    return anaphoricDenial(view, start.start, s.to) || wholeDenial(view, start.start, s.to) ? start : null;
  // "says despite being an alumna, she will root for Iowa", "believe if they win there, he has a shot".
  if (!kind.strict && frontedComma(view, start.start, s.to) > 0) return start;
  // "…, Lane told his advisers as he worked": after the hearer, an adverbial clause is when or why it was said, no
  // content.
  if (kind.addressee && start.start > cueEnd && ADVERBIAL_LEADS.has(view.low[start.start] as string)) {
    // "told reporters before he left that …", "has told friends since the spring, at fundraisers, that …".
    const that = thatAfterOccasion(view, start.start, s.to);
    return that < 0 ? null : { ...start, start: that, complement: "that" };
  }
  // "was reported by …", "say goodbye": no content.
  const first = pos(view, start.start);
  // "said about half of the loans were bad": a hedged share opens the clause.
  const share =
    (SHARE_LEADS.has(view.low[start.start] as string) || countLead(view, start.start) > 0) &&
    isClause(view, start.start, s.to);
  // "said down-ballot races …": a preposition hyphened to the next word opens a compound, not a phrase.
  const compound = view.low[start.start + 1] === "-" && glued(view, start.start, start.start + 1);
  if ((first === "ADP" && !share && !compound) || first === "INTJ") return null;
  // "Similar demands were made …": a noun the tagger read as a cue verb, its own verb after it; no clause opens so.
  const nounRead =
    pos(view, cueEnd - 1) === "NOUN" || pos(view, cueEnd - 2) === "ADJ" || pos(view, cueEnd - 2) === "DET";
  if (first === "AUX" && nounRead && BE_HAVE.has(view.low[start.start] as string)) return null;
  if (isClause(view, start.start, s.to)) return start;
  if (!kind.strict && hasFiniteVerb(view, start.start, s.to)) return start;
  // "expect it to raise rates", "want them to win": an object pronoun, then the infinitive it is to do.
  const pronoun = OBJECT_PRONOUNS.has(view.low[start.start] as string) && view.low[start.start + 1] === "to";
  if (kind.infinitive && pronoun && infinitiveAt(view, start.start + 2, s.to)) return start;
  if (kind.object) {
    // "reported no arrests": a denied object is an object.
    const denied =
      view.low[start.start] === "no" && pos(view, start.start) === "DET" && REPORTED_ABSENCE.has(kind.name);
    const object = phraseAfter(view, denied ? start.start + 1 : start.start, s.to);
    // "said nothing new", "said the same thing", "said a prayer": an object that reports nothing.
    // "put the number of dead at 40": a figure after the object says what it is.
    const figured =
      object !== null && kind.name === "estimate" && view.low.slice(object.from, object.to + 1).includes("at");
    if (object && (figured || !cueLexicon().emptyObjects.has(view.low[object.head] as string))) return start;
    if (gerundObject(view, start.start, s.to) || quotedObject(view, start.start, s.to)) return start;
    // "a video shows her clutching her phone", "polls show him leading": a pronoun and what it is seen doing.
    if (OBJECT_PRONOUNS.has(view.low[start.start] as string) && gerundObject(view, start.start + 1, s.to)) return start;
  }
  return null;
}

/** How far a clause or phrase about the occasion may run, after the hearer, before "that". */
const OCCASION_WORDS = 16;

/** The "that" opening a reported clause after the occasion starting at `w`; -1 when none or a quotation comes first. */
function thatAfterOccasion(view: View, w: number, limit: number): number {
  for (let c = w + 1; c < Math.min(limit - 1, w + OCCASION_WORDS); c++) {
    const low = view.low[c] as string;
    if (low === ";" || low === ":" || isQuoteMark(view.quotes, c)) return -1;
    if (low === "that" && isClause(view, c + 1, limit)) return c;
  }
  return -1;
}

/** Conjunctions that open an adverbial clause of time or reason, no reported one (past a fronted comma). */
const ADVERBIAL_LEADS = new Set([
  "as",
  "because",
  "since",
  "although",
  "though",
  "whereas",
  "until",
  "while",
  "when",
  "before",
  "after",
  "once",
]);

/** Kinds that report an absence as a fact ("reported no arrests"); "showed no sign", "offered no proof" do not. */
const REPORTED_ABSENCE = new Set(["report", "say", "announce", "confirm", "state", "reveal"]);

const BE_HAVE = new Set(["is", "are", "was", "were", "has", "have", "had", "been"]);

/** Words that open an adverbial phrase or clause put before the subject of a reported clause. */
const FRONTING = new Set([
  "despite",
  "if",
  "when",
  "whenever",
  "after",
  "before",
  "because",
  "although",
  "though",
  "while",
  "since",
  "unless",
  "once",
  "given",
  "without",
  "for",
  // "that contrary to media reports, no soldier was …", "that in 2016, he …": a phrase, its comma, then the clause.
  "contrary",
  "unlike",
  "amid",
  "during",
  "in",
  "on",
  "under",
]);
/** How far the fronted part may run before its comma. */
const FRONTED_WORDS = 16;

/**
 * The comma that ends an adverbial put before a reported clause starting at `w`, or -1: "despite being a Stanford
 * alumna, she plans …", "if they can do that, he'll have a shot" (an adverbial phrase or clause, a comma, then a
 * clause with its subject).
 */
export function frontedComma(view: View, w: number, limit: number): number {
  if (!FRONTING.has(view.low[w] as string)) return -1;
  for (let c = w + 2; c < Math.min(limit - 1, w + FRONTED_WORDS); c++) {
    const low = view.low[c] as string;
    if (low === ";" || low === ":" || isOpenQuote(view, c)) return -1;
    // '…, “no single soldier was killed”': the clause may open with a quotation mark.
    if (low === ",") return isClause(view, isOpenQuote(view, c + 1) ? c + 2 : c + 1, limit) ? c : -1;
  }
  return -1;
}

/** "called for denying entry", "backs raising the tax": a gerund with words after it is an object too. */
function gerundObject(view: View, w: number, limit: number): boolean {
  return (
    pos(view, w) === "VERB" && (view.low[w] as string).endsWith("ing") && w + 1 < limit && pos(view, w + 1) !== "PUNCT"
  );
}

/** 'a “Medicare for all” plan', '“Medicare for all”': an object phrase that holds a quotation of several words after its determiner. */
function quotedObject(view: View, w: number, limit: number): boolean {
  const q = pos(view, w) === "DET" || pos(view, w) === "ADJ" ? w + 1 : w;
  if (!isOpenQuote(view, q)) return false;
  const pair = view.quotes.pairs[view.quotes.openAt.get(q) as number];
  // A quoted single word is a scare quote ('loved the “bold” staging'), no name of what the source backs.
  return pair?.closed === true && pair.close < limit && !pair.single && pair.close - pair.open > 2;
}

/** Kinds of cue that take a stand rather than speak: "refused to endorse him" is a claim, "refused to comment" not. */
const STANDS = new Set(["stance", "want", "decide", "promise", "fear", "know", "believe"]);

/** Is the verb at `w` (past adverbs) one of saying ("comment", "say", "discuss")? */
function speechAt(view: View, w: number, limit: number): boolean {
  const lex = cueLexicon();
  let a = w;
  while (a < limit && pos(view, a) === "ADV") a++;
  const lemma = lemmaOf(view, a) as string;
  const kind = lex.verbs.get(lemma) ?? lex.verbPhrases.get(lemma)?.[0]?.kind;
  return kind !== undefined && !STANDS.has(kind.name);
}

/** A verb after "to", past adverbs ("to quickly repeal"). */
function infinitiveAt(view: View, w: number, limit: number): boolean {
  // 'to “go out and vote”': the quotation opens on the verb.
  let a = isOpenQuote(view, w) ? w + 1 : w;
  while (a < limit && pos(view, a) === "ADV") a++;
  const p = pos(view, a);
  return a < limit && (p === "VERB" || p === "AUX");
}

/** A content before its cue must say something: hold a verb, or be a quotation ("On November 24, X's show" is neither). */
export function statesSomething(view: View, from: number, to: number): boolean {
  for (let w = from; w < to; w++) {
    const p = pos(view, w);
    if (p === "VERB" || p === "AUX" || view.quotes.openAt.has(w) || (view.quotes.inside[w] ?? -1) >= 0) return true;
  }
  return false;
}
