/** Words that negate inside a claim's own words ("no signs", "did not", "neither … nor"). */
export const NEGATION = /\b(?:no|not|never|none|nobody|nothing|without|neither|nor)\b|n['\u2019]t\b/iu;
