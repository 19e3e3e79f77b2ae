import { foldDiacritics } from "../kb/normalise.js";

/*
 * Which organisations are state organs, for FollowTheMoney's PublicBody schema. A name-word heuristic: an
 * organisation whose name holds one of these words or phrases ("Finnish police", "Russian foreign ministry",
 * "Estonian navy", "coast guard") is a public body; others stay Organization, which every FtM reader accepts too.
 * Phrases are matched on whole words of the folded name.
 */
const PUBLIC_BODY_WORDS = [
  "ministry",
  "ministries",
  "government",
  "police",
  "navy",
  "army",
  "military",
  "armed forces",
  "air force",
  "coast guard",
  "coastguard",
  "border guard",
  "parliament",
  "senate",
  "congress",
  "court",
  "prosecutor",
  "prosecutors",
  "central bank",
  "customs",
  "security service",
  "intelligence service",
  "commission",
  "authority",
  "municipality",
  "city council",
  "cabinet",
  "presidency",
  "embassy",
];

// Words that make an otherwise public-sounding name private ("news agency", "court reporter").
const PRIVATE_WORDS = ["news", "press", "ltd", "inc", "plc", "gmbh", "company", "corp", "corporation"];

const fold = (name: string) =>
  ` ${foldDiacritics(name)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()} `;

export function isPublicBody(name: string): boolean {
  const folded = fold(name);
  if (PRIVATE_WORDS.some((w) => folded.includes(` ${w} `))) return false;
  return PUBLIC_BODY_WORDS.some((w) => folded.includes(` ${w} `));
}
