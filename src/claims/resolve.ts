import type { Entity, EntityType } from "../article/analysis.js";
import { descriptors } from "../lexicon/descriptors.js";
import type { Gender } from "../lexicon/genders.js";
import { heads } from "../lexicon/org-heads.js";
import { titles } from "../lexicon/titles.js";
import { personGenders } from "../names/gender.js";
import { cueLexicon } from "./lexicon.js";
import { type Phrase, phraseBefore } from "./phrases.js";
import { lemmaOf, pos, type View } from "./view.js";

/** Every entity mention in text order, for lookups by position. */
export interface MentionIndex {
  items: { start: number; end: number; entity: string; type: EntityType }[];
  /** The longest mention, so a search can start that far back. */
  longest: number;
  /** People whose gender the article shows, so "she" skips a man. */
  genders: ReadonlyMap<string, Gender>;
  /** Each entity's type. */
  types: ReadonlyMap<string, EntityType>;
}

export function indexMentions(entities: readonly Entity[], text: string): MentionIndex {
  const items: MentionIndex["items"] = [];
  let longest = 0;
  for (const e of entities) {
    for (const m of e.mentions) {
      items.push({ start: m.start, end: m.end, entity: e.id, type: e.type });
      longest = Math.max(longest, m.end - m.start);
    }
  }
  items.sort((a, b) => a.start - b.start || b.end - a.end);
  return {
    items,
    longest,
    genders: personGenders(text, entities),
    types: new Map(entities.map((e) => [e.id, e.type])),
  };
}

/** Index of the first mention starting at or after `offset`. */
function lowerBound(index: MentionIndex, offset: number): number {
  let lo = 0;
  let hi = index.items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((index.items[mid]?.start ?? 0) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Mentions overlapping [start, end). */
function overlapping(index: MentionIndex, start: number, end: number): MentionIndex["items"] {
  const out: MentionIndex["items"] = [];
  for (let i = lowerBound(index, start - index.longest); i < index.items.length; i++) {
    const m = index.items[i];
    if (!m || m.start >= end) break;
    if (m.end > start) out.push(m);
  }
  return out;
}

const PRONOUN_TYPES: Record<string, EntityType[]> = {
  he: ["PERSON"],
  him: ["PERSON"],
  she: ["PERSON"],
  her: ["PERSON"],
  it: ["ORG", "GPE"],
  they: ["ORG", "GPE"],
  them: ["ORG", "GPE"],
};
const PRONOUN_GENDERS: Record<string, Gender> = { he: "male", him: "male", she: "female", her: "female" };
/** Links after a mouthpiece to whom it speaks for: "a spokesman for …", "a statement from …". */
const MOUTHPIECE_LINKS = new Set(["for", "of", "from", "at"]);
/** The words of a source phrase before a place it sits in: "… in (the) ", "… at the 14 Brigade, ". */
const PLACED = /\b(?:in\s+(?:the\s+)?|(?:at|in|near|outside)\b[^,]*,\s*)$/i;
/** How far back (in characters) a pronoun looks for the one it stands for. */
const PRONOUN_REACH = 1500;

/** Where a relative clause set off by a comma starts inside the phrase (its comma), or the phrase's end. */
function relativeStart(view: View, phrase: Phrase): number {
  for (let w = phrase.from + 1; w < phrase.to - 1; w++)
    if (view.low[w] === "," && (view.low[w + 1] === "who" || view.low[w + 1] === "whose")) return w;
  return phrase.to;
}

/** Are all the words from w to the character offset `end` capitalised titles ("Brig. Gen.", "Captain")? */
function onlyTitlesBetween(view: View, w: number, end: number): boolean {
  for (let k = w; (view.words[k]?.end ?? end + 1) <= end; k++) {
    const text = view.text.slice(view.words[k]?.start ?? 0, view.words[k]?.end ?? 0);
    if (!/^\p{Lu}/u.test(text) && text !== ".") return false;
  }
  return true;
}

/** The last comma inside a phrase, or -1. */
function lastComma(view: View, phrase: Phrase): number {
  for (let w = phrase.to - 1; w > phrase.from; w--) if (view.low[w] === ",") return w;
  return -1;
}

/**
 * The entity a source phrase names. The head decides: "South Korean lawmaker Lee Seong-kweun" is the
 * person, "Seoul's defence ministry" the ministry, not Seoul. A spokesman or a statement speaks for the
 * entity named beside it ("a Kremlin spokesman", "a statement from the ministry"). A pronoun stands for the
 * nearest compatible entity before it (a person for he/she, an organization or state for it/they). Unnamed
 * sources ("officials", "many analysts") and texts ("captions") resolve to null.
 */
export function resolveSource(view: View, index: MentionIndex, phrase: Phrase): string | null {
  const headToken = view.words[phrase.head];
  const first = view.words[phrase.from];
  const last = view.words[phrase.to - 1];
  if (!headToken || !first || !last || index.items.length === 0) return null;
  const head = view.low[phrase.head] as string;
  if (pos(view, phrase.head) === "PRON") {
    const own = overlapping(index, headToken.start, headToken.end)[0];
    if (own) return own.entity;
    return antecedent(view.text, index, headToken.start, head);
  }
  const inPhrase = overlapping(index, first.start, last.end);
  // "2nd Brigade of the Army in Port Harcourt, Captain Eli Lazarus": a person named in apposition at the end speaks;
  // the words before are where that person serves.
  // "…, Brig. Gen. Texas Chukwu, who confirmed the incident": the apposition ends where a relative clause begins.
  const core = relativeStart(view, phrase);
  const coreLast = view.words[core - 1] ?? last;
  const comma = lastComma(view, { ...phrase, to: core });
  // Not the end of a list ("an ally of Tom Bell, Jo Kim and Bo Li").
  const listed = view.low.slice(comma + 1, core).some((w) => w === "and" || w === "or" || w === "&");
  if (comma > phrase.head && !listed) {
    const after = view.words[comma]?.end ?? last.end;
    // Only a name, maybe after its titles ("Captain Eli Lazarus"), not a description ending on someone else's name
    // ("spokesman for Secretary-General Antonio Guterres").
    const person = inPhrase.find(
      (m) =>
        m.type === "PERSON" &&
        m.end === coreLast.end &&
        m.start >= after &&
        onlyTitlesBetween(view, comma + 1, m.start),
    );
    if (person) return person.entity;
  }
  const onHead = inPhrase.filter((m) => m.start <= headToken.start && headToken.end <= m.end);
  if (onHead.length) {
    // The mention that stays inside the phrase and covers the most of it.
    const inside = onHead.filter((m) => m.start >= first.start && m.end <= last.end);
    const pool = inside.length ? inside : onHead;
    return pool.reduce((a, b) => (b.end - b.start > a.end - a.start ? b : a)).entity;
  }
  // A name cut differently by the mentions stage ("Lee Seong" of "Lee Seong-kweun"): the capitalised run ending at the head.
  let run = phrase.head;
  while (run > phrase.from && /^\p{Lu}/u.test(view.text[view.words[run - 1]?.start ?? 0] ?? "")) run--;
  const runStart = view.words[run]?.start ?? headToken.start;
  if (/^\p{Lu}/u.test(view.text[headToken.start] ?? "")) {
    // "US Secretary of State Antony Blinken": a title's holder named at the end speaks, not the state before it.
    const holds = titles().heads.has(head) || titles().heads.has(head.replace(/s$/, ""));
    const named = inPhrase.filter(
      (m) => m.end > runStart && m.start < headToken.end && m.type !== "NORP" && !(holds && m.type === "GPE"),
    );
    if (named.length) return named.reduce((a, b) => (b.end > a.end ? b : a)).entity;
    // "Leader of Opposition Sushma Swaraj": a capitalised title with its "of" phrase, then the person who holds it.
    // Only after a title: "Organisers of the protest against President George Bush" are not the president.
    const holder = holds
      ? inPhrase.find((m) => m.type === "PERSON" && m.end === last.end && m.start > headToken.end)
      : undefined;
    if (holder) return holder.entity;
  }
  // "the Hamas militant group", "the official IRNA news agency": an organization's name, then lower-case words up to a
  // head that says what it is (the names stage keeps the name alone); not an organ it owns ("the Hamas health
  // ministry", "Alphabet's insurer").
  const named = restatedName(view, index, phrase);
  if (named) return named;
  // "The Israeli military", "Ukraine's air force": an organ the article names no entity for speaks for its state.
  if (heads().org.has(head) && (pos(view, phrase.head) === "NOUN" || pos(view, phrase.head) === "ADJ")) {
    // "The Britain-based monitor" is no organ of Britain: the place is only where it sits.
    const state = inPhrase.filter(
      (m) =>
        m.type === "GPE" && m.end <= headToken.start && !/^-(?:based|headquartered)\b/u.test(view.text.slice(m.end)),
    );
    if (state.length === 1 && state[0]) return state[0].entity;
  }
  if (cueLexicon().mouthpieces.has(head)) {
    const speakers = inPhrase.filter((m) => m.type === "ORG" || m.type === "GPE" || m.type === "PERSON");
    // "a spokesman for the ministry in Oslo": whom the mouthpiece speaks for follows its link. When that is an
    // organization the text does not name, the source is unnamed, not the place it sits in.
    const link = phrase.head + 1;
    if (link < phrase.to && MOUTHPIECE_LINKS.has(view.low[link] as string)) {
      const w = view.low[link + 1] === "the" ? link + 2 : link + 1;
      const word = view.words[w];
      if (word && w < phrase.to) {
        const owner = speakers
          .filter((m) => m.start <= word.start && word.start < m.end)
          .reduce<(typeof speakers)[number] | null>((a, b) => (!a || b.end - b.start > a.end - a.start ? b : a), null);
        if (owner) return owner.entity;
        if (pos(view, w) === "NOUN" || pos(view, w) === "ADJ") return null;
      }
    }
    // "a spokesman in Salem, Oregon", "a source at the 14 Brigade, Ohafia": a place the mouthpiece sits in, right
    // after "in" or after the comma that ends its place phrase, is not whom it speaks for.
    const placedIn = (m: { start: number; type: EntityType }) =>
      m.type === "GPE" && PLACED.test(view.text.slice(first.start, m.start));
    const speaking = speakers.filter((m) => !placedIn(m));
    if (speaking.length) {
      const distance = (m: { start: number; end: number }) =>
        Math.min(Math.abs(m.start - headToken.end), Math.abs(headToken.start - m.end));
      return speaking.reduce((a, b) => (distance(b) < distance(a) ? b : a)).entity;
    }
    // "The ministry released a statement that said …": the statement speaks for whoever issued it.
    const issuer = issuerOf(view, phrase);
    if (issuer) return resolveSource(view, index, issuer);
  }
  return null;
}

function restatedName(view: View, index: MentionIndex, phrase: Phrase): string | null {
  const head = view.low[phrase.head] as string;
  const compound = `${view.low[phrase.head - 1] ?? ""} ${head}`;
  if (pos(view, phrase.head) !== "NOUN" || (heads().org.get(head)?.state && !heads().kindNouns.has(compound)))
    return null;
  const headToken = view.words[phrase.head];
  if (!headToken) return null;
  const first = view.words[phrase.from];
  const org = overlapping(index, first?.start ?? headToken.start, headToken.start)
    .filter((m) => m.type === "ORG" && m.end <= headToken.start)
    .at(-1);
  if (!org) return null;
  const between = view.text.slice(org.end, headToken.start);
  return /^(?:\s+\p{Ll}[\p{Ll}-]*)*\s+$/u.test(between) ? org.entity : null;
}

/** Verbs whose subject issues the text that is their object: "issued/released/posted a statement". */
const ISSUING = new Set(["issue", "release", "publish", "post", "send", "put"]);

/** The subject of the verb a mouthpiece phrase is the object of, when that verb issues it. */
function issuerOf(view: View, phrase: Phrase): Phrase | null {
  const verb = phrase.from - 1;
  if (verb < 0 || pos(view, verb) !== "VERB" || !ISSUING.has(lemmaOf(view, verb) as string)) return null;
  const sentence = view.sentences[view.sentenceOf[phrase.from] ?? -1];
  if (!sentence) return null;
  let end = verb;
  while (end > sentence.from && (pos(view, end - 1) === "AUX" || pos(view, end - 1) === "ADV")) end--;
  return phraseBefore(view, end, sentence.from);
}

/** How much nearer a possessor ("Clinton's leg") must be than an actor to be what a pronoun stands for. */
const POSSESSOR_REACH = 200;

/**
 * The nearest mention before `offset` of one of the types. A possessor ("after examining Clinton's leg, she
 * insisted") is passed over for an earlier mention that is not one close enough before it: the one who acts is
 * more often who "she" is than the one whose leg it was. A person the article shows to be of the other gender is
 * passed over too.
 */
function antecedent(
  text: string,
  index: MentionIndex,
  offset: number,
  pronoun: string,
  said?: SaidAround,
): string | null {
  const types = PRONOUN_TYPES[pronoun];
  if (!types) return null;
  const gender: Gender | undefined = PRONOUN_GENDERS[pronoun];
  const plural = pronoun === "they" || pronoun === "them";
  let possessor: { entity: string; end: number } | null = null;
  let placed: string | null = null;
  const fits = (entity: string, type: EntityType) => {
    const known = gender && index.genders.get(entity);
    return types.includes(type) && !(known && known !== gender);
  };
  const issuer = said?.before;
  if (issuer?.issued && !gender && fits(issuer.speaker, issuer.speakerType)) return issuer.speaker;
  // "…, Ukraine's air force said. … it added": a cue that goes on from the words before has their speaker.
  if (said?.continues && issuer && fits(issuer.speaker, issuer.speakerType)) return issuer.speaker;
  for (let i = lowerBound(index, offset) - 1; i >= 0; i--) {
    const m = index.items[i];
    if (!m) break;
    if (offset - m.end > PRONOUN_REACH) break;
    if (m.end > offset || !types.includes(m.type)) continue;
    if (said && within(m, said.own)) continue;
    const known = gender && index.genders.get(m.entity);
    if (known && known !== gender) continue;
    // "US House Speaker Kevin McCarthy": a body named in a person's title is no antecedent of "it".
    if (m.type !== "PERSON" && inTitle(text, index, i)) continue;
    // "The Aqsa hospital in Gaza said … It said …": a name inside the phrase of the speaker before stands for that
    // speaker, for any pronoun.
    const last = said?.before;
    if (last?.source && within(m, last.source) && fits(last.speaker, last.speakerType)) return last.speaker;
    // Speakers go on: someone spoken of in the claim before gives way to whoever said it, for "she" and "it" alike
    // ('… urged Russia to … "…," it said': the ministry).
    const before = said?.before;
    if (before && within(m, before.content) && fits(before.speaker, before.speakerType)) return before.speaker;
    if (possessor && possessor.end - m.end > POSSESSOR_REACH) return possessor.entity;
    if (!possessor && /^['\u2019]s?\b/.test(text.slice(m.end, m.end + 2))) {
      possessor = { entity: m.entity, end: m.end };
      continue;
    }
    if (plural && peopleAround(text, m.start, offset)) return null;
    // "The council met in Oslo. They said …": a place where something happened is what "it" or "they" stands for
    // only when no organization or state before it acts.
    if (!gender && m.type === "GPE" && LOCATIVE.test(text.slice(Math.max(0, m.start - 12), m.start))) {
      placed ??= m.entity;
      continue;
    }
    return m.entity;
  }
  return possessor?.entity ?? placed;
}

/** A place named right after a preposition of location: "in Oslo", "at the Hague", "near Goma". */
const LOCATIVE = /\b(?:in|at|near|outside|inside|across|around)\s+(?:the\s+)?$/i;

/** Plural nouns for people that are no "-s" plural of a descriptor or of an armed group's members. */
const PEOPLE = new Set(["men", "women", "eyewitnesses"]);

/**
 * "Ismail was among four eyewitnesses and six aid workers interviewed by Reuters. They said …": people named by a
 * plural noun in the sentence of the nearest organization, or after it, are as likely whom "they" stands for; the
 * pronoun then names nobody the article names.
 */
function peopleAround(text: string, mentionStart: number, offset: number): boolean {
  const stop = Math.max(text.lastIndexOf(". ", mentionStart), text.lastIndexOf("\n", mentionStart));
  const words =
    text
      .slice(stop + 1, offset)
      .toLowerCase()
      .match(/\p{L}+/gu) ?? [];
  const { words: described, fighters } = descriptors();
  return words.some((w) => {
    // "rebels", "gunmen": the plural of an armed group's members.
    if (PEOPLE.has(w) || (fighters.has(w) && /(?:s|men)$/.test(w))) return true;
    if (!w.endsWith("s")) return false;
    return described.get(w.slice(0, -1)) === "PERSON" || described.get(w.slice(0, -2)) === "PERSON";
  });
}

/** Is mention i part of a person's title, a person named right after it past capitalised words ("US House Speaker …")? */
function inTitle(text: string, index: MentionIndex, i: number): boolean {
  const m = index.items[i];
  if (!m) return false;
  for (let j = i + 1; j < index.items.length && j <= i + 3; j++) {
    const p = index.items[j];
    if (!p || p.start - m.end > TITLE_REACH) break;
    if (p.type === "PERSON" && TITLE_WORDS.test(text.slice(m.end, p.start))) return true;
  }
  return false;
}

const TITLE_REACH = 40;
const TITLE_WORDS = /^\s+(?:\p{Lu}[\p{L}.-]*\s+){1,3}$/u;

/** What was said around a pronoun source: its own claim's content, and the claim just before it with its speaker. */
export interface SaidAround {
  own: { start: number; end: number };
  /** The pronoun's cue goes on from what was said before ("it added", "she continued"). */
  continues?: boolean;
  before: {
    content: { start: number; end: number };
    /** The phrase that names the speaker, when the text has one. */
    source?: { start: number; end: number };
    speaker: string;
    speakerType: EntityType;
    /** The speaker spoke through a text it issued ("a statement"), which names nobody itself. */
    issued?: boolean;
  } | null;
}

const within = (m: { start: number; end: number }, r: { start: number; end: number }) =>
  r.start <= m.start && m.end <= r.end;

/** Is the source's text a personal pronoun this module resolves ("he", "She", "they")? */
export function isPronounSource(text: string): boolean {
  return PRONOUN_TYPES[text.toLowerCase()] !== undefined;
}

/**
 * The speaker a pronoun source stands for, read with the claims around it: nobody named inside the pronoun's own
 * quotation is its speaker ('“… he (Antony) is on their side,” he said'), and a person named inside what the claim
 * before said is passed over for the one who said it ("She asked Singh to clarify. She said …": speakers go on).
 * Null when it stands for nobody the article names (or is no pronoun this resolves: see isPronounSource).
 */
export function pronounSpeaker(
  text: string,
  index: MentionIndex,
  pronoun: { start: number; end: number },
  said: SaidAround,
): string | null {
  return antecedent(text, index, pronoun.start, text.slice(pronoun.start, pronoun.end).toLowerCase(), said);
}
