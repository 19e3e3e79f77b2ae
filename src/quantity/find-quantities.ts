import type { Span } from "../article/span.js";
import { span } from "../article/span.js";
import { type Amount, amountAt, isNegativeNumeral } from "./amount.js";
import { applyModifiers, approximatorAt, postApproximatorAt, type Reading } from "./approximators.js";
import { type CountedNoun, countedNounAt } from "./counted-noun.js";
import { fractionOfUnitAt, unitAndFractionAt } from "./fractions.js";
import type { Modifier } from "./lexicon.js";
import { measureBeforeAt, startsMeasureBefore } from "./measure-before.js";
import { type CurrencyMark, currencyAt } from "./money.js";
import {
  afterDeterminer,
  beforeName,
  gluedSuffix,
  hyphenCompound,
  isAge,
  isIdentifier,
  isInDigitRun,
  isNameWord,
  isPronounOne,
  isYearLike,
} from "./not-a-count.js";
import { multiply } from "./numerals.js";
import { percentAt } from "./percentages.js";
import { gluedNext, type TokenView, usable, wordAt, wordsOf } from "./token-view.js";
import type { FoundQuantity } from "./types.js";
import { vagueAmountAt } from "./vague-amounts.js";

/** Every quantity in the text, in order. One pass over the tokens; each try looks a few tokens ahead. */
export function findQuantities(v: TokenView): FoundQuantity[] {
  const found: FoundQuantity[] = [];
  const { starters } = v.lex;
  for (let i = 0; i < v.tokens.length; ) {
    const word = v.words[i] ?? "";
    const c = word.charCodeAt(0);
    // Only digits and lexicon words can start a quantity: one lookup rules out most tokens.
    const digit = (c >= 48 && c <= 57) || (c === 46 && word.length > 1) || isNegativeNumeral(word);
    if (!digit && !starters.has(word) && word !== "minus" && !startsMeasureBefore(v, word)) {
      i++;
      continue;
    }
    const hit = quantityAt(v, i);
    if (hit) {
      found.push(hit.quantity);
      i = hit.end;
    } else i++;
  }
  return found;
}

interface Hit {
  quantity: FoundQuantity;
  /** One past the last token of the quantity's span: the walk goes on from there. */
  end: number;
}

/** The quantity whose span starts at token i, or null. */
export function quantityAt(v: TokenView, i: number): Hit | null {
  const sentence = v.tokens[i]?.sentence ?? -1;
  if (!usable(v, i, sentence)) return null;
  // "a quarter of a percentage point", "a point and a half": a fraction of one unit of a rate.
  const part = fractionOfUnitAt(v, i, sentence) ?? unitAndFractionAt(v, i, sentence);
  if (part) {
    const reading: Reading = { value: part.value, min: null, max: null, approximate: false, exclusive: false };
    const unitSpan = tokenSpan(v, part.unitStart, part.unitEnd);
    return { quantity: build(v, i, part.end, reading, part.unit, unitSpan, "fraction+percent"), end: part.end };
  }
  const scale = measureBeforeAt(v, i, sentence);
  if (scale) {
    const reading: Reading = { value: scale.value, min: null, max: null, approximate: false, exclusive: false };
    const q = build(v, i, scale.end, reading, scale.unit, tokenSpan(v, i, i + 1), "measure-before");
    // "magnitude-6.9": the scale word is glued into the number's first token, so the unit's span is that word.
    if (q.unitSpan?.text.includes("-")) q.unitSpan = span(v.text, q.start, q.start + scale.unit.length);
    return { quantity: q, end: scale.end };
  }
  const opener = v.lex.rangeOpeners.longest(wordsOf(v, sentence), i);
  const pre = opener ? null : approximatorAt(v, i, sentence);
  let j = opener?.end ?? pre?.end ?? i;
  const currency = currencyAt(v, j, sentence);
  if (currency) j = currency.end;
  const amount = amountAt(v, j, sentence, currency !== null);
  if (amount)
    return numberAt(v, i, sentence, { opener: opener?.value ?? null, pre: pre?.mod ?? null, currency, amount });
  if (opener || currency) return null;
  // An approximator before a vague amount ("some thousands") adds nothing the amount does not already say.
  return vagueAt(v, i, j, sentence);
}

interface Start {
  /** The joiner a range opener needs ("between" … "and"). */
  opener: string | null;
  pre: Modifier | null;
  currency: CurrencyMark | null;
  amount: Amount;
}

/** A stated number with what surrounds it: currency, percent, range, approximators, counted noun. */
function numberAt(v: TokenView, i: number, sentence: number, start: Start): Hit | null {
  const { opener, pre, amount } = start;
  let currency = start.currency;
  let end = amount.end;
  if (gluedSuffix(v, end, sentence)) return null;
  if (!currency) {
    const after = currencyAt(v, end, sentence);
    if (after) {
      currency = after;
      end = after.end;
    }
  }
  let percent = currency ? null : percentAt(v, end, sentence);
  if (percent) end = percent.end;

  let post = postApproximatorAt(v, end, sentence);
  let range: { min: number; max: number; approximate: boolean } | null =
    amount.upper !== null ? { min: amount.value, max: amount.upper, approximate: false } : null;
  if (!post && !range) {
    const second = rangeEnd(v, i, end, sentence, opener, amount, currency, percent?.unit ?? null);
    if (second) {
      range = second.range;
      end = second.end;
      currency ??= second.currency;
      percent ??= second.percent;
      post = postApproximatorAt(v, end, sentence);
    } else if (opener) return null;
  }
  if (post) end = post.end;

  // A number with nothing that makes it an amount may be a name, an id, an age or a year.
  const bare = !pre && !post && !currency && !percent && !amount.scaled;
  if (bare && (isIdentifier(v, amount, sentence) || isAge(v, amount, sentence) || isNameWord(v, amount))) return null;
  if (!currency && !percent && isInDigitRun(v, amount, sentence)) return null;

  // A hyphenated word after the number: part of a modifier ("a 10-day visit"), unless it still counts ("-strong").
  let nounFrom = end;
  const compound = hyphenCompound(v, end, sentence);
  if (compound === "modifier" && !currency) return null;
  if (compound === "count") nounFrom = end + 2;

  let noun: CountedNoun | null = null;
  if (compound === "unit" && !currency && !percent) {
    // "a 2,640-kilometre border": the unit glued on is what the number measures; the span takes it in.
    noun = { unit: wordAt(v, end + 1, sentence) ?? "", start: end + 1, end: end + 2, currency: false };
    end += 2;
  } else if (!currency && !percent) {
    noun = countedNounAt(v, nounFrom, sentence, {
      allowOf: amount.value !== 1,
      needOf: false,
      scaled: amount.scaled,
      plural: (amount.upper ?? amount.value) > 1,
    });
    if (noun && !noun.currency && v.lex.timeNouns.has(noun.unit)) return null;
  }
  if (isPronounOne(v, amount, sentence) && !pre) return null;
  if (amount.kind === "words" && amount.value === 1 && !noun && !pre) return null;
  // A year the times stage left ("until at least 2007", "below 2005 levels"): news writes counts that large
  // with a separator ("2,000 people"), so only money and percentages keep four plain digits.
  if (isYearLike(v, amount) && !currency && !percent) return null;
  if (bare && !noun && (beforeName(v, end, sentence) || afterDeterminer(v, amount, sentence))) return null;

  const reading: Reading = range
    ? {
        value: null,
        min: range.min,
        max: range.max,
        approximate: range.approximate || !!pre?.approximate,
        exclusive: false,
      }
    : applyModifiers(amount.value, [pre, post?.mod ?? null]);
  const unitMark = currency ?? (percent ? { start: percent.start, end: percent.end } : null);
  const unit = currency?.code ?? percent?.unit ?? noun?.unit ?? null;
  const unitSpan = unitMark
    ? tokenSpan(v, unitMark.start, unitMark.end)
    : noun
      ? tokenSpan(v, noun.start, noun.end)
      : null;
  const rule = [
    range ? "range" : amount.kind === "words" ? "words" : "number",
    currency || noun?.currency ? "money" : percent ? (percent.unit.startsWith("°") ? "measure" : "percent") : null,
  ]
    .filter(Boolean)
    .join("+");
  return { quantity: build(v, i, end, reading, unit, unitSpan, rule), end };
}

/**
 * The second number of a range after the first: "between 500 and 600", "500 to 600", "500-600", "five or six".
 * Not after a change word ("from 5% to 6%": two quantities), and not across different units.
 */
function rangeEnd(
  v: TokenView,
  i: number,
  end: number,
  sentence: number,
  opener: string | null,
  first: Amount,
  currency: CurrencyMark | null,
  percentUnit: string | null,
): {
  range: { min: number; max: number; approximate: boolean };
  end: number;
  currency: CurrencyMark | null;
  percent: { unit: string; start: number; end: number } | null;
} | null {
  let k: number;
  let approximate = false;
  if (opener) {
    if (wordAt(v, end, sentence) !== opener) return null;
    k = end + 1;
  } else {
    const joiner = v.lex.rangeJoiners.longest(wordsOf(v, sentence), end);
    if (!joiner) return null;
    const before = wordAt(v, i - 1, sentence);
    if (joiner.value.phrase === "to" && before !== undefined && v.lex.changeWords.has(before)) return null;
    // "one-two punch", "twenty-five": a hyphen written against number words makes a compound, not a range.
    if (first.kind === "words" && joiner.value.phrase !== "to" && joiner.value.phrase !== "or" && gluedNext(v, end - 1))
      return null;
    k = joiner.end;
    approximate = joiner.value.approximate;
  }
  const secondCurrency = currencyAt(v, k, sentence);
  if (secondCurrency) {
    if (currency && secondCurrency.code !== currency.code) return null;
    k = secondCurrency.end;
  }
  const second = amountAt(v, k, sentence, !!(currency || secondCurrency));
  if (!second || second.upper !== null || second.kind !== first.kind) return null;
  let stop = second.end;
  const percent = percentAt(v, stop, sentence);
  if (percentUnit !== null && percent?.unit !== percentUnit) return null;
  if (percent) stop = percent.end;
  // "between 1 and 2 million": the magnitude written once applies to both ends.
  let min = first.value;
  if (!first.scaled && second.scaled && first.value < second.value / second.factor)
    min = multiply(first.value, second.factor);
  if (!(second.value > min)) return null;
  return {
    range: { min, max: second.value, approximate },
    end: stop,
    currency: secondCurrency,
    percent: percent ? { unit: percent.unit, start: second.end, end: percent.end } : null,
  };
}

/** "thousands", "tens of thousands", "several hundred" with what they count. */
function vagueAt(v: TokenView, i: number, j: number, sentence: number): Hit | null {
  const vague = vagueAmountAt(v, j, sentence);
  if (!vague) return null;
  const noun = countedNounAt(v, vague.end, sentence, {
    allowOf: true,
    needOf: !vague.direct,
    scaled: true,
    plural: true,
  });
  if (noun && !noun.currency && v.lex.timeNouns.has(noun.unit)) return null;
  const reading: Reading = { value: null, min: vague.min, max: null, approximate: true, exclusive: false };
  const unitSpan = noun ? tokenSpan(v, noun.start, noun.end) : null;
  return {
    quantity: build(v, i, vague.end, reading, noun?.unit ?? null, unitSpan, noun?.currency ? "vague+money" : "vague"),
    end: vague.end,
  };
}

function tokenSpan(v: TokenView, from: number, to: number): Span {
  return span(v.text, v.tokens[from]?.start ?? 0, v.tokens[to - 1]?.end ?? 0);
}

function build(
  v: TokenView,
  from: number,
  to: number,
  r: Reading,
  unit: string | null,
  unitSpan: Span | null,
  rule: string,
): FoundQuantity {
  // The span's fields written out, not spread in: spreading made this the stage's costliest line.
  const start = v.tokens[from]?.start ?? 0;
  const end = v.tokens[to - 1]?.end ?? 0;
  const q: FoundQuantity = {
    start,
    end,
    text: v.text.slice(start, end),
    value: r.value,
    min: r.min,
    max: r.max,
    approximate: r.approximate,
    unit,
    rule,
  };
  if (unitSpan) q.unitSpan = unitSpan;
  if (r.exclusive) q.exclusive = true;
  return q;
}
