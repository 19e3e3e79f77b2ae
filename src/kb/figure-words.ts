/**
 * Small word lists behind figure comparison across articles. Plain data, in the style of term-words.ts; extend
 * as needed.
 */

/**
 * Counted words that make a figure a part of a total, not the total: "15 crew left, while eight others stayed",
 * "200 more troops". A claim holding one gives parts, and parts are not compared with totals.
 */
export const PART_UNITS: ReadonlySet<string> = new Set(
  "others other more another remaining rest additional further extra".split(" "),
);

/**
 * Units whose figures say nothing without a fuller frame than a clause: shares ("59 percent of voters view her
 * unfavourably" against "72 percent of voters said it bothered them"), multiples, and words that count no thing.
 * Money is left out by the quantities stage's rule ("number+money"): sums in one story are mostly different sums.
 */
export const FRAMELESS_UNITS: ReadonlySet<string> = new Set(
  "percent per cent % percentage point percentage points point points basis points times time thing things way ways px".split(
    " ",
  ),
);

/** Readings of the quantities stage whose figures are not compared across articles (see FRAMELESS_UNITS). */
export const FRAMELESS_RULES = /money|percent/;

/** Abbreviated and American spellings of units, folded to one form before stemming ("km" = "kilometres"). */
export const UNIT_SPELLINGS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    km: "kilometre",
    kms: "kilometre",
    kilometer: "kilometre",
    kilometers: "kilometre",
    m: "metre",
    meter: "metre",
    meters: "metre",
    mi: "mile",
    nm: "nautical mile",
    kg: "kilogram",
    kgs: "kilogram",
    t: "tonne",
    tons: "tonne",
    ton: "tonne",
    tonnes: "tonne",
    mw: "megawatt",
    gw: "gigawatt",
    kw: "kilowatt",
    l: "litre",
    liter: "litre",
    liters: "litre",
    "%": "percent",
    pct: "percent",
    "per cent": "percent",
  }),
);

/** Words between a number and its noun that say nothing of what is counted ("600 of the soldiers"). */
export const COUNTED_FILLERS: ReadonlySet<string> = new Set("of the a an its their his her our".split(" "));

/** Characters that end a clause inside a claim: the words around a figure are read up to them. */
export const CLAUSE_BREAKS = /[,;:()[\]—–]/u;
