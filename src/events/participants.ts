import type { Claim, Entity, EventParticipant } from "../article/analysis.js";
import { descriptors } from "../lexicon/descriptors.js";
import type { Token } from "../pipeline/layers.js";
import type { Arguments } from "./arguments.js";
import type { EventContext } from "./context.js";
import { type MentionRef, mentionAt } from "./entity-index.js";
import type { Frame } from "./frames.js";
import { resolveGroup } from "./group-reference.js";
import { type NounPhrase, phraseEndingAt, phraseStartingAt } from "./noun-phrases.js";
import { resolvePronoun } from "./pronouns.js";
import type { EventType, Role, Slot } from "./vocabulary.js";
import { isPossessiveMark, nextWord, prevWord } from "./words.js";

const PLACE_TYPES = new Set(["GPE", "LOC"]);

/** "Russian" in "Russian troops" stands for the state as an actor, not for a place. */
export function isDemonym(ctx: EventContext, m: MentionRef): boolean {
  if (m.kind) return m.kind === "demonym";
  const first = ctx.tokens[m.first];
  const last = ctx.tokens[m.end - 1];
  if (!first || !last) return false;
  const text = ctx.text.slice(first.start, last.end);
  return text !== m.entity.name && /(?:an|ese|ish|ic|i)$/.test(text);
}

/** The type a descriptor noun gives the phrase it heads ("city", "port city", "airport"), if any. */
function descriptorOf(ctx: EventContext, np: NounPhrase): string | undefined {
  const lex = descriptors();
  const head = ctx.tokens[np.head] as Token;
  const before = np.head > np.first ? ctx.tokens[prevWord(ctx.tokens, np.head, np.first)] : undefined;
  return (
    (before && lex.pairs.get(`${before.normal} ${head.normal}`)) ??
    lex.words.get(head.normal) ??
    lex.words.get(head.lemma.toLowerCase())
  );
}

/** A place named in a phrase headed by a place noun, and the kind of place that noun says. */
export interface NamedPlace {
  mention: MentionRef;
  kind: string;
}

/**
 * The place a phrase headed by a place noun names: before the noun ("Goma city", "Goma airport") or in an "of"
 * phrase right after it ("the town of Goma", "the port of Odesa"). A demonym names no place ("the Russian city").
 */
export function namedPlace(ctx: EventContext, np: NounPhrase): NamedPlace | undefined {
  const { tokens } = ctx;
  if (mentionAt(ctx.entities, np.head)) return undefined;
  const kind = descriptorOf(ctx, np);
  if (kind !== "GPE" && kind !== "LOC") return undefined;
  const place = (m: MentionRef | undefined) => m !== undefined && PLACE_TYPES.has(m.entity.type) && !isDemonym(ctx, m);
  for (let k = np.first; k < np.head; k++) {
    const m = mentionAt(ctx.entities, k);
    if (m && place(m)) return { mention: m, kind };
  }
  const limit = ctx.sentences[tokens[np.head]?.sentence ?? 0]?.endToken ?? tokens.length;
  const of = nextWord(tokens, np.end - 1, limit);
  if (of < 0 || tokens[of]?.normal !== "of") return undefined;
  let n = nextWord(tokens, of, limit);
  if (tokens[n]?.pos === "DET") n = nextWord(tokens, n, limit);
  const m = n >= 0 ? mentionAt(ctx.entities, n) : undefined;
  return m && m.first === n && place(m) ? { mention: m, kind } : undefined;
}

/**
 * The thing a phrase headed by its own kind's noun names: "the Marlin Luanda tanker" is the tanker Marlin Luanda,
 * "the Orbis company" the company Orbis. The name stands right before the noun (or its two-word descriptor: "the
 * Marlin Luanda cargo ship") and the noun says the name's own type; "the Maersk ship" (a company before a ship's
 * noun) or "the Russian ship" name the owner, not the thing.
 */
export function namedThing(ctx: EventContext, np: NounPhrase): MentionRef | undefined {
  if (mentionAt(ctx.entities, np.head)) return undefined;
  const kind = descriptorOf(ctx, np);
  if (kind !== "OTHER" && kind !== "ORG") return undefined;
  const before = prevWord(ctx.tokens, np.head, np.first);
  const pair = before >= 0 && descriptors().pairs.has(`${ctx.tokens[before]?.normal} ${ctx.tokens[np.head]?.normal}`);
  const last = pair ? prevWord(ctx.tokens, before, np.first) : before;
  const m = last >= 0 ? mentionAt(ctx.entities, last) : undefined;
  return m && m.end === last + 1 && m.entity.type === kind && !isDemonym(ctx, m) ? m : undefined;
}

/** A modifier of a phrase: "Ghanaian" in "Ghanaian soldiers", "its" in "its soldiers". */
export interface Modifier {
  entity: Entity;
  /** A place named as such ("the Kigali ceremony"), rather than a state acting or owning. */
  place: boolean;
}

/** Who is named in a phrase: the entity it is headed by, and entities that only modify it. */
export interface PhraseEntities {
  head: Entity[];
  modifiers: Modifier[];
}

/**
 * The phrase's head is one of `heads`, alone or with the word before it: a force or an office ("troops", "air defence
 * systems"), an attack or a weapon ("air strike", "missile attack"; by lemma too).
 */
function headIn(ctx: EventContext, np: NounPhrase, heads: ReadonlySet<string>, byLemma = false): boolean {
  const head = ctx.tokens[np.head] as Token;
  if (heads.has(head.normal) || (byLemma && heads.has(head.lemma.toLowerCase()))) return true;
  const before = np.head > np.first ? ctx.tokens[prevWord(ctx.tokens, np.head, np.first)] : undefined;
  return before !== undefined && heads.has(`${before.normal} ${head.normal}`);
}

/** The entities a noun phrase stands for, following "and" lists, pronouns and "the two countries". */
export function phraseEntities(ctx: EventContext, np: NounPhrase, claim: Claim | null): PhraseEntities {
  const head: Entity[] = [];
  const modifiers: Modifier[] = [];
  // "Goma city", "the town of Goma": the place noun's phrase stands for the place it names; and
  // "the Marlin Luanda tanker": a thing's phrase stands for the thing its name names.
  const headMention = mentionAt(ctx.entities, np.head) ?? namedPlace(ctx, np)?.mention ?? namedThing(ctx, np);
  const seen = new Set<MentionRef>();
  for (let k = np.first; k < np.end; k++) {
    const m = mentionAt(ctx.entities, k);
    if (m && m !== headMention && !seen.has(m)) {
      seen.add(m);
      // "Ukraine's air defences": a state that owns the head acts through it, as a demonym's does.
      const owner = isPossessiveMark(ctx.tokens[nextWord(ctx.tokens, m.end - 1, np.end)]?.normal);
      modifiers.push({ entity: m.entity, place: PLACE_TYPES.has(m.entity.type) && !isDemonym(ctx, m) && !owner });
    } else if (!m && k !== np.head && ctx.tokens[k]?.pos === "PRON") {
      const owner = resolvePronoun(ctx, k, claim);
      if (owner) modifiers.push({ entity: owner, place: false });
    }
  }
  const word = ctx.tokens[np.head] as Token;
  if (headMention) head.push(headMention.entity);
  else if (word.pos === "PRON") {
    const e = resolvePronoun(ctx, np.head, claim);
    if (e) head.push(e);
  } else {
    head.push(...resolveGroup(ctx, np));
    // "Russian troops", "Oslo's foreign ministry": forces and offices act for the state or body named.
    if (!head.length && headIn(ctx, np, ctx.vocab.actorHeads)) {
      head.push(...modifiers.filter((m) => !m.place).map((m) => m.entity));
      if (head.length) modifiers.length = 0;
    }
  }
  return { head, modifiers };
}

/** Entities listed with "and" or commas after (or before) a phrase: "Iran and Oman", "Russia and China signed". */
function coordinated(ctx: EventContext, np: NounPhrase, claim: Claim | null, rightward: boolean): Entity[] {
  const out: Entity[] = [];
  const s = ctx.sentences[(ctx.tokens[np.head] as Token).sentence];
  if (!s) return out;
  let cur: NounPhrase | null = np;
  for (let hops = 0; cur && hops < 4; hops++) {
    const j = rightward ? nextWord(ctx.tokens, cur.end - 1, s.endToken) : prevWord(ctx.tokens, cur.first, s.firstToken);
    const w = ctx.tokens[j]?.normal;
    if (j < 0 || (w !== "and" && w !== ",")) break;
    const k: number = rightward ? nextWord(ctx.tokens, j, s.endToken) : prevWord(ctx.tokens, j, s.firstToken);
    if (k < 0) break;
    const next: NounPhrase | null = rightward
      ? phraseStartingAt(ctx, k, s.endToken)
      : phraseEndingAt(ctx, k, s.firstToken);
    if (!next) break;
    const found = phraseEntities(ctx, next, claim).head;
    if (!found.length) break;
    out.push(...found);
    cur = next;
  }
  return out;
}

export interface ParticipantResult {
  participants: EventParticipant[];
  /** A place the syntax puts in participant position: "visited Beijing". */
  place: Entity | null;
  /** Places among the event noun's modifiers: "the Kigali ceremony". */
  modifierPlace: Entity | null;
}

/** Turns an event's arguments into participants with roles from the vocabulary. */
export function participantsOf(
  ctx: EventContext,
  frame: Frame,
  args: Arguments,
  type: EventType,
  claim: Claim | null,
): ParticipantResult {
  const roles: Record<Slot, Role> = { ...type.roles };
  const verbRoles: Record<Slot, Role> = frame.supportRoles ? { ...roles, ...frame.supportRoles } : roles;
  const out: EventParticipant[] = [];
  const seen = new Set<string>();
  let place: Entity | null = null;
  let modifierPlace: Entity | null = null;
  const add = (entity: Entity, role: Role | undefined) => {
    if (!role || seen.has(entity.id)) return;
    seen.add(entity.id);
    out.push({ role, entity: entity.id });
  };
  /** `owned`: the phrase's owners ("Israeli" in "an Israeli strike") take its role too. */
  const addPhrase = (np: NounPhrase | null, role: Role | undefined, rightward: boolean, owned = false) => {
    if (!np || !role) return;
    const found = phraseEntities(ctx, np, claim);
    const head = found.head.length ? [...found.head, ...coordinated(ctx, np, claim, rightward)] : [];
    for (const e of head) add(e, role);
    const ownerRole = owned && !head.length ? role : "other";
    for (const m of found.modifiers) if (!m.place) add(m.entity, ownerRole);
  };
  if (args.subject) {
    // "An Israeli air strike killed ten people": who owns the attack does what the attack does.
    const owned =
      !args.passive && ctx.vocab.attackEffects.has(type.type) && headIn(ctx, args.subject, ctx.vocab.attackHeads, true);
    addPhrase(args.subject, args.passive ? verbRoles.passiveSubject : verbRoles.subject, false, owned);
  }
  if (args.object) {
    const found = phraseEntities(ctx, args.object, claim);
    const first = found.head[0];
    if (type.objectIsPlace && first && PLACE_TYPES.has(first.type)) place = first;
    else addPhrase(args.object, verbRoles.object, true);
  }
  for (const { prep, np } of args.preps) {
    // "by" names the doer only in the passive or after an event noun; "of" belongs to nouns ("arrest of").
    if (prep === "by" && !args.passive && frame.noun === null) continue;
    if (prep === "of" && frame.noun === null) continue;
    if (ctx.vocab.placePrepositions.has(prep)) continue;
    if (prep === "to" && ctx.vocab.destinationTypes.has(type.type)) {
      const dest = phraseEntities(ctx, np, claim).head[0];
      if (dest && PLACE_TYPES.has(dest.type)) {
        place ??= dest;
        add(dest, roles.to);
        continue;
      }
    }
    addPhrase(np, prep === "by" ? verbRoles.by : roles[prep], true);
  }
  if (args.nounPhrase && frame.noun !== null) {
    const { tokens } = ctx;
    for (let k = args.nounPhrase.first; k < frame.noun; k++) {
      const m = mentionAt(ctx.entities, k);
      if (!m || m.first !== k) continue;
      const after = tokens[nextWord(tokens, m.end - 1, frame.noun + 1)];
      if (isPossessiveMark(after?.normal) || isDemonym(ctx, m) || !PLACE_TYPES.has(m.entity.type)) {
        add(m.entity, roles.possessor);
      } else modifierPlace ??= m.entity;
    }
  }
  return { participants: out, place, modifierPlace };
}
