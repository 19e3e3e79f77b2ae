import { isCommonWord } from "../lexicon/common-words.js";
import { givenNames } from "../lexicon/given-names.js";
import { heads } from "../lexicon/org-heads.js";
import { type TitleKind, titles } from "../lexicon/titles.js";
import { dictionaryAt } from "./dictionary.js";
import { nextToken, prevToken, type TextView } from "./text-view.js";

/** A title found inside a capitalised run ("Russian Culture Minister Olga Lyubimova"), token indexes. */
export interface RunTitle {
  /** First token of the title ("Culture"); tokens of the run before it name its owner ("Russian"). */
  start: number;
  /** One past the title's last token ("Minister"), i.e. where the name starts; the run's end when no name follows. */
  end: number;
  kind: TitleKind | "honorific";
}

/** The token after the run [.., b) is a lower-case noun the run's capitals modify ("… Nutrition study"). */
function modifiesNounAfter(view: TextView, b: number): boolean {
  const n = nextToken(view, b);
  return n < view.tokens.length && view.gap[n] === true && !view.cap[n] && view.tokens[n]?.pos === "NOUN";
}

/** A title just before a name, in lower case ("South Korean lawmaker Lee", "Apple chief executive Tim Cook"). */
export interface TitleBefore {
  start: number;
  end: number;
  kind: TitleKind;
}

const DASHES = new Set(["-", "\u2010", "\u2011"]);
// Portfolio words that say nothing alone: "of the" before a name is no portfolio.
const GLUE = new Set(["the", "and", "for"]);

/** The folded word without a final full stop ("Gen." → "gen"). */
export function bare(view: TextView, i: number): string {
  const f = view.folded[i] as string;
  return f.endsWith(".") ? f.slice(0, -1) : f;
}

/**
 * The first title in the run [a, b) that a name follows, or that ends the run. Null when the words after
 * the would-be title make an organization, place or event ("General Motors", "Justice Department").
 */
export function titleInRun(view: TextView, a: number, b: number): RunTitle | null {
  const lex = titles();
  for (let h = a; h < b; h++) {
    const f = bare(view, h);
    if (lex.honorifics.has(f) && h + 1 < b) {
      let n = h + 1;
      if (view.raw[n] === "." && n + 1 < b) n++;
      // "Lt. Gen. Kolifou Mody", "Lt. Col. …": a rank written in two abbreviations is one honorific.
      while (n + 1 < b && lex.honorifics.has(bare(view, n)) && !givenNames().has(view.folded[n] as string)) {
        n++;
        if (view.raw[n] === "." && n + 1 < b) n++;
      }
      // "former Miss Universe Alicia Machado": a common word between the honorific and a first name is a title's.
      const word = view.folded[n] as string;
      if (n + 2 < b && isCommonWord(word) && !givenNames().has(word) && givenNames().has(view.folded[n + 1] as string))
        n++;
      return { start: h, end: n, kind: "honorific" };
    }
    const kind = lex.heads.get(f);
    if (!kind || kind === "kin") continue;
    let n = h + 1;
    // "Deputy Pentagon Press Secretary Sabrina Singh": a known body between title words; the title after it is the one
    // the name follows, the body its owner.
    const body = n < b ? dictionaryAt(view, n, b) : null;
    if (body && body.b < b && (lex.heads.has(bare(view, body.b)) || lex.modifiers.has(bare(view, body.b)))) continue;
    // A title goes on over further heads and modifiers: "Chief Executive Officer", "Secretary General".
    while (n < b - 1 && (lex.heads.has(bare(view, n)) || lex.modifiers.has(bare(view, n)))) n++;
    for (;;) {
      if (n < b && lex.continuations.has(bare(view, n))) n++;
      else if (
        n + 1 < b &&
        DASHES.has(view.raw[n] as string) &&
        !view.gap[n] &&
        lex.continuations.has(bare(view, n + 1))
      )
        n += 2;
      else break;
    }
    let ofOwner = false;
    // "Special Envoy for Syria", "Deputy Commissioner for Humanitarian Aid": the title goes on over what it is for.
    const domain = n + 1 < b && view.folded[n] === "for";
    if (domain) n = domainEnd(view, n + 1, b);
    else if (n < b && view.folded[n] === "of") {
      let m = n + 1;
      let portfolio = false;
      while (m < b && lex.portfolios.has(view.folded[m] as string)) {
        if (!GLUE.has(view.folded[m] as string)) portfolio = true;
        m++;
      }
      // "Secretary of State" goes on over its portfolio; "President of Acme Motors" ends before "of". Capitals
      // that modify a lower-case noun after the run are no person's name: "Director of the National Iodine
      // Nutrition study" is a director of the study.
      if (portfolio && !modifiesNounAfter(view, b)) n = m;
      else ofOwner = true;
    }
    if (!ofOwner && !domain && n < b && endsWithHead(view, n, b)) return null;
    let start = h;
    const titleWord = (i: number) => i >= a && (lex.modifiers.has(bare(view, i)) || lex.heads.has(bare(view, i)));
    for (;;) {
      if (titleWord(start - 1)) start--;
      // "Major-General", "Vice-Admiral": a title word hyphened to the head.
      else if (DASHES.has(view.raw[start - 1] as string) && !view.gap[start - 1] && titleWord(start - 2)) start -= 2;
      else break;
    }
    if (ofOrganization(view, a, start)) return null;
    return { start, end: n, kind };
  }
  return null;
}

/**
 * An office after an organization's head and "of (the)" names the organization, not a person: "Office of the Prime
 * Minister", "Office of the High Commissioner for Human Rights".
 */
function ofOrganization(view: TextView, a: number, start: number): boolean {
  let p = start - 1;
  if (p > a && view.folded[p] === "the") p--;
  return p > a && view.folded[p] === "of" && heads().org.has(view.folded[p - 1] as string);
}

/** Where the word ending at token `end` - 1 starts: tokens glued without a space are one word ("Al-Daem"). */
function wordStart(view: TextView, end: number, a: number): number {
  let k = end - 1;
  while (k > a && view.gap[k] === false) k--;
  return k;
}

/**
 * Where what a title is for ends in the run [from, b): at the run's end ("Commissioner for Humanitarian Aid"), or
 * before a person's name closing the run, read as its last two words ("Special Envoy for Syria Geir Pedersen"). The
 * run ends on a name where its last word is no common word, or the word before it a first name.
 */
function domainEnd(view: TextView, from: number, b: number): number {
  const last = wordStart(view, b, from);
  const first = last > from ? wordStart(view, last, from) : from;
  if (first <= from) return b;
  const named = !isCommonWord(view.folded[b - 1] as string) || givenNames().has(view.folded[first] as string);
  return named ? first : b;
}

/** A lower-case title right before token a (with its modifiers: "chief executive", "former foreign minister"). */
export function titleBefore(view: TextView, a: number): TitleBefore | null {
  const lex = titles();
  const k = prevToken(view, a);
  if (k < 0 || view.cap[k] || !view.word[k]) return null;
  const kind = lex.heads.get(view.folded[k] as string);
  if (!kind) return null;
  let start = k;
  for (let steps = 0; steps < 4; steps++) {
    const p = prevToken(view, start);
    if (p < 0 || view.cap[p] || !view.word[p]) break;
    const f = view.folded[p] as string;
    if (!lex.modifiers.has(f) && !lex.heads.has(f)) break;
    start = p;
  }
  return { start, end: k + 1, kind };
}

/** The words [n, b) end on a head word that makes them an organization, place or event ("Air India" too). */
export function endsWithHead(view: TextView, n: number, b: number): boolean {
  const last = bare(view, b - 1);
  const lex = heads();
  if (lex.org.has(last) || lex.loc.has(last) || lex.gpe.has(last) || lex.other.has(last)) return true;
  if (b - n > 1 && lex.prefixes.has(bare(view, n))) return true;
  for (let k = n; k < b; k++) {
    const f = bare(view, k);
    const next = view.folded[k + 1];
    if ((lex.org.has(f) || lex.loc.has(f)) && (next === "of" || next === "for")) return true;
  }
  return false;
}
