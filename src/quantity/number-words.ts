import { gluedNext, type TokenView, wordAt } from "./token-view.js";

export interface NumberWords {
  value: number;
  /** One past the last token. */
  end: number;
  /** A scale word was used ("two hundred", "a million"). */
  scaled: boolean;
}

type Last = "none" | "article" | "tens" | "unit" | "scale";

/**
 * Reads numbers written in words from token i: "twenty-five", "two hundred and fifty", "a dozen",
 * "half a million", "one and a half million". Null when token i does not start one.
 */
export function parseNumberWords(v: TokenView, i: number, sentence: number): NumberWords | null {
  const { units, tens, scales, oneArticles, half } = v.lex;
  let total = 0;
  let current = 0;
  let last: Last = "none";
  let lastScale = Number.POSITIVE_INFINITY;
  let scaled = false;
  let j = i;

  // "a million", "half a dozen": the article stands for one (or a half) only before a scale word.
  const first = wordAt(v, j, sentence) ?? "";
  if (oneArticles.has(first) && scales.has(wordAt(v, j + 1, sentence) ?? "")) {
    current = 1;
    last = "article";
    j += 1;
  } else if (
    half.has(first) &&
    oneArticles.has(wordAt(v, j + 1, sentence) ?? "") &&
    scales.has(wordAt(v, j + 2, sentence) ?? "")
  ) {
    current = 0.5;
    last = "article";
    j += 2;
  }

  for (;;) {
    const word = wordAt(v, j, sentence);
    if (word === undefined) break;
    const ten = tens.get(word);
    const unit = units.get(word);
    const scale = scales.get(word);
    if (ten !== undefined && (last === "none" || last === "scale")) {
      current += ten;
      last = "tens";
      j += 1;
      // "twenty-five": the hyphen joins a tens word and a unit written against it.
      const after = units.get(wordAt(v, j + 1, sentence) ?? "");
      if (
        wordAt(v, j, sentence) === "-" &&
        gluedNext(v, j - 1) &&
        gluedNext(v, j) &&
        after !== undefined &&
        after > 0 &&
        after < 10
      ) {
        current += after;
        last = "unit";
        j += 2;
      }
      continue;
    }
    if (unit !== undefined && (last === "none" || last === "scale" || (last === "tens" && unit > 0 && unit < 10))) {
      current += unit;
      last = "unit";
      j += 1;
      continue;
    }
    if (
      scale !== undefined &&
      (last === "unit" || last === "tens" || last === "article" || (last === "scale" && scale > lastScale))
    ) {
      if (scale < 1000) current = (current || 1) * scale;
      else if (last === "scale" && current === 0)
        total *= scale; // "a thousand million"
      else {
        total += (current || 1) * scale;
        current = 0;
      }
      last = "scale";
      lastScale = scale;
      scaled = true;
      j += 1;
      continue;
    }
    // "two hundred and fifty"
    if (
      word === "and" &&
      last === "scale" &&
      (tens.has(wordAt(v, j + 1, sentence) ?? "") || units.has(wordAt(v, j + 1, sentence) ?? ""))
    ) {
      j += 1;
      continue;
    }
    // "one and a half million"
    if (
      word === "and" &&
      (last === "unit" || last === "tens") &&
      oneArticles.has(wordAt(v, j + 1, sentence) ?? "") &&
      half.has(wordAt(v, j + 2, sentence) ?? "")
    ) {
      current += 0.5;
      j += 3;
      continue;
    }
    break;
  }
  if (last === "none" || last === "article") return null;
  return { value: total + current, end: j, scaled };
}
