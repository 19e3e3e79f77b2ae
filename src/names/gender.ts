import type { Entity } from "../article/analysis.js";
import { type Gender, genderLexicon } from "../lexicon/genders.js";

const WORD_BEFORE = /(\p{L}+)\.?\s+$/u;

/**
 * Each person's gender where the article shows it and all it shows agrees: an honorific or a role or kin noun
 * before a mention ("Mrs. Houchins", "spokesman Dmitry Peskov", "his wife Melania"), a first name that is as good
 * as always one gender ("Tina Houchins"), or a mention that is such a noun ("the congresswoman"). Used so that a
 * pronoun does not stand for someone of the other gender; people with no or mixed evidence are left out.
 */
export function personGenders(text: string, entities: readonly Entity[]): Map<string, Gender> {
  const lex = genderLexicon();
  const genders = new Map<string, Gender>();
  for (const entity of entities) {
    if (entity.type !== "PERSON") continue;
    const seen = new Set<Gender>();
    const vote = (g: Gender | undefined) => {
      if (g) seen.add(g);
    };
    for (const m of entity.mentions) {
      const words = m.text
        .toLowerCase()
        .replace(/['\u2019]s?$/u, "")
        .split(/\s+/)
        .map((w) => w.replace(/\.$/, ""));
      const first = words[0] ?? "";
      const last = words[words.length - 1] ?? "";
      if (words.length >= 2) vote(lex.honorifics.get(first) ?? lex.givenNames.get(first));
      if (/^\p{Ll}/u.test(last) || words[0] === "the") vote(lex.nouns.get(last));
      const before = WORD_BEFORE.exec(text.slice(Math.max(0, m.start - 24), m.start))?.[1]?.toLowerCase();
      if (before) vote(lex.honorifics.get(before) ?? lex.nouns.get(before));
    }
    if (seen.size === 1) genders.set(entity.id, [...seen][0] as Gender);
  }
  return genders;
}
