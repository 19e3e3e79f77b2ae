import type { Parser } from "../candidate.js";
import { directionOf, occurrence } from "../cycles.js";
import { fromSeasonIndex, SEASON_ORDER, seasonIndexOf } from "../seasons.js";
import { seasonValue } from "../timex-value.js";
import { yearSpanAt } from "./year-number.js";

/** Words before "spring" or "fall" that show the season is meant (not the verb, not a water spring). */
const SEASON_CONTEXT = new Set([
  "this",
  "last",
  "next",
  "the",
  "in",
  "early",
  "late",
  "mid",
  "during",
  "since",
  "until",
  "by",
  "past",
  "coming",
  "-",
  "of",
  "that",
  "previous",
  "following",
]);

/**
 * Seasons ("summer", "last winter", "the fall of 2024", "spring 2025"): TIMEX3 2025-SU. Without a year,
 * the current or latest season of that name, or the next one when the clause speaks of the future.
 */
export const seasonsParser: Parser = {
  name: "seasons",
  triggers: (lex) => lex.seasons.keys(),
  match(ctx, i) {
    const { w, words, lex } = ctx;
    const word = words[i];
    const lower = w(i) as string;
    if (!word || word.pos === "VERB" || word.pos === "AUX") return null;
    const season = lex.seasons.get(lower);
    if (!season) return null;
    const prev = w(i - 1);
    let yAt = i + 1;
    if (w(yAt) === "of") yAt++;
    const year = yearSpanAt(ctx, yAt);
    if (lex.seasonsNeedContext.has(lower)) {
      if (!SEASON_CONTEXT.has(prev ?? "") && year === null && w(i + 1) !== "'") return null;
      if (w(i + 1) === "of" && year === null) return null; // "the fall of Saigon"
    }
    // A capitalised season inside a name ("Summer Olympics", "Winter Palace").
    if (word.capital && words[i + 1]?.capital && i > 0 && words[i - 1]?.kind !== "punct") return null;
    if (year !== null)
      return {
        first: i,
        last: year.last,
        type: "DATE",
        kind: "season",
        mod: null,
        rule: "season-year",
        fixed: { value: seasonValue(year.year, season), stated: ["year", "season"] },
      };
    const step = prev === "following" ? undefined : lex.relative.get(prev ?? "");
    return {
      first: step !== undefined ? i - 1 : i,
      last: i,
      type: "DATE",
      kind: "season",
      mod: null,
      rule: "season",
      resolve: (c) => {
        const index = occurrence(
          seasonIndexOf(c.ref),
          4,
          SEASON_ORDER.indexOf(season),
          directionOf(step, c.tense() ?? "past"),
        );
        const s = fromSeasonIndex(index);
        return { value: seasonValue(s.year, s.season), stated: ["season"] };
      },
    };
  },
};
