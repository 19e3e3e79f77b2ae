import type { Analysis } from "../../src/article/analysis.js";
import { AnalysisBuilder, type Where } from "./builder.js";

/*
 * Namesakes for the lone-surname rule: a person the store comes to know well (many mentions), a second person of
 * that surname known a little, and later articles naming only the surname.
 */

/** "Dana Whitcombe" named in full, then by surname `times - 1` more times: one entity with `times` mentions. */
export function wellKnown(first: string, times: number, published: string): Analysis {
  const sentences = [`${first} Whitcombe spoke in Arlen on Monday.`];
  for (let i = 1; i < times; i++) sentences.push(`Whitcombe made point ${i}.`);
  const text = sentences.join(" ");
  // Each surname mention is the k-th "Whitcombe" after the full name's.
  const spans: Where[] = [
    `${first} Whitcombe`,
    ...Array.from({ length: times - 1 }, (_, i): Where => ["Whitcombe", i + 2]),
  ];
  return new AnalysisBuilder(text, { published, source: "Arlen Post" })
    .entity("e1", "PERSON", `${first} Whitcombe`, spans)
    .build();
}

/** An article naming only "Whitcombe". */
export function surnameOnly(published: string, words = "Whitcombe said the vote would go ahead."): Analysis {
  return new AnalysisBuilder(words, { published, source: "Coast Daily" })
    .entity("e1", "PERSON", "Whitcombe", ["Whitcombe"])
    .build();
}
