/** Cue kinds of words said or written: "X said P, according to Y" passes X's words on through Y. */
export const SPEECH_KINDS: ReadonlySet<string> = new Set([
  "say",
  "tell",
  "write",
  // "One sign read “…”": what a sign or a message reads is its words.
  "read",
  "state",
  "add",
  "note",
  "explain",
  "argue",
  "stress",
  "warn",
  "insist",
  "confirm",
  "admit",
  "announce",
  "report",
  "reveal",
  "claim",
  "accuse",
  "deny",
  "colon",
]);

/** Kinds of speech that disclose, charge or deny: more than saying, and seldom set inside the sentence they report. */
const TELLING = new Set(["confirm", "admit", "announce", "report", "reveal", "claim", "accuse", "deny", "colon"]);

/** Cues of plain speech, the ones a writer sets inside the sentence they report ("The attack, said X, was …"). */
export const PLAIN_SPEECH_KINDS: ReadonlySet<string> = new Set([...SPEECH_KINDS].filter((k) => !TELLING.has(k)));
