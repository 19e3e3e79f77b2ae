import { captionLabels } from "../lexicon/not-names.js";
import { heads } from "../lexicon/org-heads.js";
import { titles } from "../lexicon/titles.js";
import type { Sentence } from "../pipeline/layers.js";
import type { TextView } from "./text-view.js";

// Lower-case particles inside names: "Ursula von der Leyen", "Bashar al-Assad", "Bank of the Philippines".
const PARTICLES = new Set([
  "von",
  "van",
  "der",
  "den",
  "de",
  "del",
  "della",
  "di",
  "da",
  "du",
  "la",
  "le",
  "bin",
  "ibn",
  "al",
  "el",
  "dos",
  "das",
  "zu",
  "ter",
  "y",
  "of",
]);
const DASHES = new Set(["-", "\u2010", "\u2011"]);

/**
 * Maximal stretches of capitalised words inside one sentence, with the particles and hyphenated pieces that
 * belong to names ("Lee Seong-kweun", "Jean-Luc Mélenchon"). A run stops at punctuation, a lower-case word,
 * a possessive and a time expression. Token indexes [a, b).
 */
export function capitalisedRuns(view: TextView, s: Sentence): [number, number][] {
  const runs: [number, number][] = [];
  const end = s.endToken;
  let i = s.firstToken;
  while (i < end) {
    if (!startsName(view, i)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < end) {
      if (startsName(view, j) && !view.inTime[j]) {
        j++;
        continue;
      }
      // A hyphen glued to both neighbours joins them, whatever their case ("Seong-kweun", "al-Assad").
      if (
        DASHES.has(view.raw[j] as string) &&
        !view.gap[j] &&
        !view.gap[j + 1] &&
        view.word[j + 1] &&
        !compoundModifier(view, j + 1)
      ) {
        j += 2;
        continue;
      }
      if (view.raw[j] === "&" && j + 1 < end && startsName(view, j + 1)) {
        j += 2;
        continue;
      }
      const particles = particleChain(view, j, end);
      if (particles > 0) {
        j += particles;
        continue;
      }
      break;
    }
    runs.push([i, j]);
    i = j;
  }
  return runs;
}

/**
 * A lower-case participle or adjective glued by a hyphen makes the name a modifier, not part of a longer name:
 * "Dubai-based", "Kremlin-backed", "Panama-flagged", "Russian-born" end the name before the hyphen.
 */
function compoundModifier(view: TextView, k: number): boolean {
  if (view.cap[k]) return false;
  const f = view.folded[k] as string;
  return /(ed|ing|born|made|wide|style|era)$/.test(f) && f.length > 3;
}

function startsName(view: TextView, i: number): boolean {
  if (view.word[i] !== true || view.cap[i] !== true || view.inTime[i]) return false;
  // "Image: Jane Doe", "Photo: Reuters": a caption's label ends the name before it.
  if (view.raw[i + 1] === ":" && captionLabels().has(view.folded[i] as string)) return false;
  // Glued to a number it is a unit or model, not a name ("3G", "F-16").
  return view.gap[i] !== false || i === 0 || !/\d$/.test(view.raw[i - 1] as string);
}

/** How many particle tokens at j lead on to a capitalised word ("of the" before "Congo"), or 0. */
function particleChain(view: TextView, j: number, end: number): number {
  let k = j;
  while (k < end && k - j < 3) {
    const f = view.folded[k] as string;
    const isParticle =
      (PARTICLES.has(f) && (f !== "of" || afterHead(view, k))) || (f === "the" && k > j && view.folded[k - 1] === "of");
    if (!isParticle || view.cap[k]) break;
    k++;
    if (k < end && startsName(view, k)) return k - j;
    // "al-Assad": the particle's hyphen is joined by the caller.
    if (k < end && DASHES.has(view.raw[k] as string) && !view.gap[k]) return k - j;
  }
  return 0;
}

/**
 * "of" joins a name only after a head word ("Bank of England", "Gulf of Aden", "Secretary of State"), so
 * that "Adelle Nazarian of Breitbart News" stays a person and an organization.
 */
function afterHead(view: TextView, k: number): boolean {
  const f = view.folded[k - 1] as string;
  const lex = heads();
  return lex.org.has(f) || lex.loc.has(f) || lex.gpe.has(f) || lex.other.has(f) || titles().heads.has(f);
}
