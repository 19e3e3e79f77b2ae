/**
 * The content words of a claim, stemmed crudely so that "troops" meets "troop" and "deployments" meets
 * "deploy": what two claims must share to be about the same thing. Function words, reporting and hedging
 * words and negations are left out, since they say how a thing is claimed, not what.
 */
const STOP = new Set(
  (
    "a an the this that these those it its it's they them their he him his she her we our you your i me my " +
    "and or but nor so yet if then than as of to in on at by for from with without about into onto over under " +
    "after before since during until while between among against through across per via " +
    "is are was were be been being am has have had having do does did done will would shall should can could " +
    "may might must ought not no never none n't also only just even still already again very too " +
    "who whom whose which what when where why how there here all any some each every both either neither " +
    "said say says saying told tell according added noted claimed reported stated believed " +
    "sign signs evidence indication indications proof possibly probably likely perhaps maybe reportedly " +
    "allegedly purportedly currently now further more additional other another new such one"
  ).split(" "),
);

const SUFFIXES: [string, string][] = [
  ["ments", ""],
  ["ment", ""],
  ["ings", ""],
  ["ing", ""],
  ["ies", "y"],
  ["ied", "y"],
  ["ed", ""],
  ["es", ""],
  ["s", ""],
];

export function stem(word: string): string {
  for (const [suffix, replace] of SUFFIXES) {
    if (word.length - suffix.length >= 4 && word.endsWith(suffix)) return word.slice(0, -suffix.length) + replace;
  }
  return word;
}

export function contentWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const raw of text.toLowerCase().split(/[^\p{L}\p{N}]+/u)) {
    if (raw.length < 2 || STOP.has(raw)) continue;
    out.add(stem(raw));
  }
  return out;
}

export function shared(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let n = 0;
  for (const w of a) if (b.has(w)) n++;
  return n;
}
