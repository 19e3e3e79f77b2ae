import { descriptors } from "../lexicon/descriptors.js";
import { titles } from "../lexicon/titles.js";
import { cueLexicon } from "./lexicon.js";
import type { Phrase } from "./phrases.js";
import { pos, type View } from "./view.js";

/**
 * Can the phrase speak: a name, a title ("the rebel spokesman"), a person or organisation noun ("a resident",
 * "the group"), or a head the claims lexicon cites as a source ("officials", "police")? "a $100,000 fee" cannot.
 */
export function speakerHead(view: View, np: Phrase): boolean {
  if (pos(view, np.head) === "PROPN") return true;
  const low = view.low[np.head] as string;
  const one = low.endsWith("s") ? low.slice(0, -1) : low;
  if (cueLexicon().viaSources.has(low)) return true;
  const title = titles().heads.get(low) ?? titles().heads.get(one);
  if (title && title !== "kin") return true;
  const described = descriptors().words.get(low) ?? descriptors().words.get(one);
  return described === "PERSON" || described === "ORG";
}
