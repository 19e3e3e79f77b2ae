import type { Claim, Entity, EntityType } from "../article/analysis.js";
import type { EventContext } from "./context.js";
import { mentionAt } from "./entity-index.js";
import { isSpace } from "./words.js";

const FIRST_PERSON = new Set(["i", "me", "my"]);
const PERSONAL: Record<string, readonly EntityType[]> = {
  i: ["PERSON"],
  me: ["PERSON"],
  my: ["PERSON"],
  he: ["PERSON"],
  him: ["PERSON"],
  his: ["PERSON"],
  she: ["PERSON"],
  her: ["PERSON"],
  it: ["GPE", "ORG"],
  its: ["GPE", "ORG"],
};

/**
 * The entity a third-person pronoun stands for, when the entities layer left it unlinked. Only two safe
 * cases: the pronoun opens the words of a claim ("the ministry said it saw …", "admitted that its soldiers
 * …"), where it is the speaker; or an entity of a fitting type stands just before it in the sentence with
 * no other noun between ("Russia said its troops …"). Otherwise no guess: "the ship … and its crew".
 */
export function resolvePronoun(ctx: EventContext, k: number, claim: Claim | null): Entity | null {
  const t = ctx.tokens[k];
  const types = t ? PERSONAL[t.normal] : undefined;
  if (!t || !types) return null;
  // "I", "me", "my" inside reported words are the speaker, wherever they stand.
  if (FIRST_PERSON.has(t.normal) && claim?.source?.entity && inside(t, claim)) {
    const source = ctx.entities.list.find((m) => m.entity.id === claim.source?.entity)?.entity;
    return source?.type === "PERSON" ? source : null;
  }
  if (claim?.source?.entity && opensClaim(ctx, k, claim)) {
    const source = ctx.entities.list.find((m) => m.entity.id === claim.source?.entity)?.entity;
    if (source && types.includes(source.type)) return source;
  }
  const s = ctx.sentences[t.sentence];
  for (let j = k - 1; s && j >= s.firstToken; j--) {
    const u = ctx.tokens[j];
    if (!u || isSpace(u)) continue;
    const m = mentionAt(ctx.entities, j);
    if (m) return types.includes(m.entity.type) ? m.entity : null;
    if (u.pos === "NOUN" || u.pos === "PROPN" || u.pos === "PRON") return null;
  }
  return null;
}

function inside(t: { start: number; end: number }, claim: Claim): boolean {
  return t.start >= claim.content.start && t.end <= claim.content.end;
}

/** The pronoun is the first word of the claim's content (after an opening quote or "that"). */
function opensClaim(ctx: EventContext, k: number, claim: Claim): boolean {
  const t = ctx.tokens[k];
  if (!t || t.start < claim.content.start || t.end > claim.content.end) return false;
  const before = ctx.text.slice(claim.content.start, t.start).toLowerCase();
  return /^[\s"“'‘]*(?:that\s+)?$/.test(before);
}
