import type { Entity, EntityType } from "../article/analysis.js";
import { heads } from "../lexicon/org-heads.js";
import { namesCountry } from "./countries.js";
import { nameTokens, normaliseName, normaliseOrgName, normalisePersonName } from "./normalise.js";

/** Entity types that may be one real-world thing across articles; GPE and LOC both name places. */
export type EntityFamily = "person" | "org" | "place" | "group" | "other";

export function entityFamily(type: EntityType): EntityFamily {
  switch (type) {
    case "PERSON":
      return "person";
    case "ORG":
      return "org";
    case "GPE":
    case "LOC":
      return "place";
    case "NORP":
      return "group";
    default:
      return "other";
  }
}

/** A name folded as its family is matched: people without courtesy titles, organisations without legal forms. */
export function normaliseFor(family: EntityFamily, name: string): string {
  if (family === "person") return normalisePersonName(name);
  if (family === "org") return normaliseOrgName(name);
  return normaliseName(name);
}

/** How one article's entity can be found again in the knowledge base. */
export interface EntityIdentity {
  family: EntityFamily;
  /** The folded canonical name. */
  norm: string;
  /** Cross-article key, or null when the name alone must not merge across articles (a surname). */
  key: string | null;
  /** A person named by one word ("Hong"): may join a full name only with more evidence (a shared role). */
  partial: boolean;
  country: string | null;
  /** Folded roles and titles ("defence minister"). */
  roles: string[];
}

/**
 * The cross-article key of an entity:
 * - a country by its ISO code when its name names the country ("North Korea", "DPRK" → place:cc:KP);
 * - a nationality/group by its country code when it has one (group:cc:KP), else by name;
 * - an organ of a state by name and country, since "defence ministry" names a different body in each country; any
 *   other organisation by name alone, since a guessed country must not split "General Motors" across articles;
 * - a person by the full folded name, at least two words; a single word gets no key (surnames are shared).
 */
export function entityIdentity(entity: Entity): EntityIdentity {
  const family = entityFamily(entity.type);
  const norm = normaliseFor(family, entity.name);
  const country = entity.country ? entity.country.toUpperCase() : null;
  const roles = [...new Set((entity.roles ?? []).map(normaliseName).filter((r) => r !== ""))];
  const base = { family, norm, country, roles };
  if (norm === "") return { ...base, key: null, partial: false };
  switch (family) {
    case "person": {
      const partial = nameTokens(norm).length < 2;
      return { ...base, key: partial ? null : `person:${norm}`, partial };
    }
    case "place":
      if (country && namesCountry(norm, country)) return { ...base, key: `place:cc:${country}`, partial: false };
      return { ...base, key: `place:${norm}`, partial: false };
    case "group":
      return { ...base, key: country ? `group:cc:${country}` : `group:${norm}`, partial: false };
    case "org":
      return { ...base, key: isStateOrgan(norm) ? `org:${norm}@${country ?? ""}` : `org:${norm}`, partial: false };
    default:
      return { ...base, key: `other:${norm}`, partial: false };
  }
}

/** A name with a head word that makes it an organ of some state ("defence ministry", "Ministry of Finance"). */
export function isStateOrgan(norm: string): boolean {
  const org = heads().org;
  return nameTokens(norm).some((t) => org.get(t)?.state === true);
}

/** Key of an entity known only inside one article (a lone surname without evidence): never shared. */
export function localEntityKey(docId: string, identity: EntityIdentity): string {
  return `${identity.family}~${docId}~${identity.norm}`;
}

/** The words of a person's name that a lone surname may stand for: the first and the last ("Kim" in "Kim Jong Un"). */
export function nameParts(norm: string): string[] {
  const tokens = nameTokens(norm);
  if (tokens.length < 2) return [];
  return [...new Set([tokens[0] as string, tokens[tokens.length - 1] as string])];
}

/**
 * Whether an alias match may merge two entities: the same family, and compatible countries
 * (equal, or for places and groups either unknown). Organs of a state need equal countries.
 */
export function aliasCompatible(
  a: { family: EntityFamily; country: string | null; norm: string },
  b: { family: string; country: string | null },
): boolean {
  if (a.family !== b.family) return false;
  if (a.family === "org") return !isStateOrgan(a.norm) || a.country === b.country;
  return a.country === null || b.country === null || a.country === b.country;
}

// A lone surname stands for the person of that name the knowledge base already knows best only when that person is
// well known here (this many mentions) and far better known than anyone else sharing the word (this many times).
const DOMINANT_MENTIONS = 50;
const DOMINANT_FACTOR = 10;

/**
 * The person a lone surname ("Trump" in an article that never gives a first name) most likely means: among the
 * people already in the knowledge base whose first or last name word it is, one with many mentions and at least ten
 * times those of the next. Null when no one stands out: "Kim" alone stays apart while several Kims are known.
 * The answer depends on what was ingested before, like any reader's prior; the same input in the same order gives
 * the same store.
 */
export function dominantNamesake(candidates: readonly { id: number; mentions: number }[]): number | null {
  const ranked = [...candidates].sort((a, b) => b.mentions - a.mentions || a.id - b.id);
  const [best, next] = ranked;
  if (!best || best.mentions < DOMINANT_MENTIONS) return null;
  if (next && best.mentions < next.mentions * DOMINANT_FACTOR) return null;
  return best.id;
}
