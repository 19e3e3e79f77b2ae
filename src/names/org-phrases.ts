import { actorDictionary } from "../lexicon/actors.js";
import { heads } from "../lexicon/org-heads.js";
import { titles } from "../lexicon/titles.js";
import { descriptorType } from "./descriptors.js";
import { type Draft, type Drafts, newDraft } from "./draft.js";
import { isPossessive } from "./metonymy.js";
import { nextToken, prevToken, type TextView, tokenSpan } from "./text-view.js";

const DETERMINERS = new Set(["the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our"]);
const INDEFINITE = new Set(["a", "an", "another", "any", "some", "every", "each", "no"]);
const MODIFIER_POS = new Set(["NOUN", "ADJ", "PROPN", "VERB"]);
// Modifiers that rank or count but do not say which organization ("the other party", "the second front").
const UNSPECIFIC = new Set(
  "other same first second third fourth last next new own many several various such whole entire".split(" "),
);

/** Where a noun phrase ending on a head word starts, what owns it and how it is determined. */
interface PhraseLeft {
  start: number;
  modifiers: string[];
  owner?: Draft;
  determiner?: string;
}

/** A description's span takes in a "the" right before it ("the ministry said"), as a name's would. */
function withThe(view: TextView, left: PhraseLeft): number {
  const k = prevToken(view, left.start);
  return k >= 0 && view.folded[k] === "the" ? k : left.start;
}

/** Walks left from the head over lower-case modifiers to an owner ("Seoul's", "South Korean") or a determiner. */
function leftOf(view: TextView, drafts: Drafts, head: number): PhraseLeft {
  const modifiers: string[] = [];
  let start = head;
  for (let steps = 0; steps < 3; steps++) {
    const k = prevToken(view, start);
    if (k < 0 || view.tokens[k]?.sentence !== view.tokens[head]?.sentence) break;
    const f = view.folded[k] as string;
    const pos = view.tokens[k]?.pos ?? "";
    // "Dubai-based", "so-called": the word glued by a hyphen belongs to the modifier, capitalised or not.
    if (view.raw[k] === "-" && !view.gap[k] && !view.gap[k + 1] && modifiers.length > 0) {
      const left = k - 1;
      if (left < 0 || view.gap[k] || !view.word[left] || drafts.at(left)?.type === "PERSON") break;
      modifiers[0] = `${view.folded[left]}-${modifiers[0]}`;
      start = left;
      continue;
    }
    if (view.cap[k] || !view.word[k] || DETERMINERS.has(f) || !MODIFIER_POS.has(pos)) break;
    if (pos === "VERB" && !/(ing|ed)$/.test(f)) break;
    if (drafts.at(k)) break;
    modifiers.unshift(f);
    start = k;
  }
  const k = prevToken(view, start);
  if (k >= 0 && isPossessive(view, k)) {
    const owner = drafts.endingAt(k);
    if (owner) return { start: owner.a, modifiers, owner };
  }
  const adjacent = k >= 0 ? drafts.endingAt(k + 1) : undefined;
  if (adjacent && adjacent.b === start && (adjacent.type !== "PERSON" || adjacent.kind !== "name")) {
    return { start: adjacent.a, modifiers, owner: adjacent };
  }
  const det = k >= 0 ? (view.folded[k] as string) : undefined;
  return det && DETERMINERS.has(det) ? { start, modifiers, determiner: det } : { start, modifiers };
}

/**
 * Organizations named by a lower-case head word: "Seoul's defence ministry", "the South Korean defence
 * ministry", "the state news agency KCNA", and "the ministry" that refers back (weak: kept only if it links).
 */
const SIDES = new Set([
  "east",
  "west",
  "north",
  "south",
  "eastern",
  "western",
  "northern",
  "southern",
  "left",
  "right",
  "far",
  "opposite",
]);

/** "the eastern bank of the Dnipro", "the left bank": the side of a river, not a lender. */
function riverBank(view: TextView, drafts: Drafts, h: number, modifiers: readonly string[]): boolean {
  if (view.folded[h] !== "bank" && view.folded[h] !== "banks") return false;
  if (modifiers.some((m) => SIDES.has(m))) return true;
  const of = nextToken(view, h + 1);
  if (view.folded[of] !== "of") return false;
  let k = nextToken(view, of + 1);
  if (view.folded[k] === "the") k = nextToken(view, k + 1);
  const place = drafts.startingAt(k);
  return place?.type === "LOC";
}

/**
 * "the movement of goods", "the group of villagers": a head before "of" and a lower-case plural is what moves or
 * gathers there, no organization named before.
 */
function ofPlural(view: TextView, of: number): boolean {
  if (view.folded[of] !== "of") return false;
  const k = nextToken(view, of + 1);
  const f = view.folded[k] ?? "";
  return !view.cap[k] && view.tokens[k]?.pos === "NOUN" && (/[^s]s$/.test(f) || f === "people");
}

export function orgNominals(view: TextView, drafts: Drafts): Draft[] {
  const lex = heads();
  const out: Draft[] = [];
  let fullHeads: Set<string> | undefined;
  for (let h = 0; h < view.tokens.length; h++) {
    // In a headline every word is capitalised: a capitalised head there says nothing of a name before it.
    if (!view.word[h] || (view.cap[h] && (view.initial[h] || view.headline[h])) || drafts.at(h)) continue;
    const head = lex.org.get(view.folded[h] as string);
    if (!head || head.caps) continue;
    // "the aircraft carrier", "a bulk carrier": a two-word descriptor of something else than an organization.
    const described = descriptorType(view, h);
    if (described && described !== "ORG" && described !== "PERSON") continue;
    // wink may tag the head a verb after a name ("the Ipsos institute"); the name decides then.
    if (view.tokens[h]?.pos !== "NOUN" && !view.cap[h] && !view.cap[prevToken(view, h)]) continue;
    if (rankAfterName(view, h)) continue;
    const named = namedBefore(view, drafts, h);
    if (named) {
      out.push(named);
      continue;
    }
    // A head followed by another noun is a modifier ("party members", "agency chief").
    const after = nextToken(view, h + 1);
    if (view.tokens[after]?.pos === "NOUN" && !view.cap[after]) continue;
    if (view.tokens[h]?.pos !== "NOUN" && !view.cap[h]) continue;
    if (ofPlural(view, after)) continue;
    const left = leftOf(view, drafts, h);
    if (left.determiner && INDEFINITE.has(left.determiner) && !left.owner) continue;
    if (riverBank(view, drafts, h, left.modifiers)) continue;
    if (restates(view, left, head.any, h)) continue;
    const name = after < view.tokens.length && view.cap[after] ? drafts.startingAt(after) : undefined;
    const apposed = name && (name.type === "ORG" || name.type === "OTHER") && name.kind === "name" ? name : undefined;
    // A person's possession is no name for it ("Scholz's coalition"): it only refers back.
    const owned = left.owner !== undefined && left.owner.type !== "PERSON";
    // Modifiers make a description specific only after "the" ("the defence ministry"); bare or after a pronoun
    // ("mining company", "its regulatory authority", "the other party") they name a kind, not an organization.
    const specific = left.modifiers.some((m) => !UNSPECIFIC.has(m));
    const strong = owned || apposed !== undefined || (specific && left.determiner === "the");
    if (!strong && (left.determiner !== "the" || !head.nominal)) continue;
    const owner = left.owner;
    const from = withThe(view, left);
    const draft = newDraft(tokenSpan(view, from, h + 1), from, h + 1, "ORG", "nominal");
    draft.head = view.folded[h];
    if (left.modifiers.length) draft.modifiers = left.modifiers;
    if (owned) {
      draft.owner = owner?.actor;
      draft.country = owner?.country ?? owner?.nation;
    }
    if (!strong) draft.weak = true;
    // "the Church", "the Court" in capitals inside a sentence, after a name with that head ("the Church of
    // Scientology"): a short name of that organization, not a description (still linked by its head).
    if (!strong && view.cap[h] && !view.initial[h]) {
      fullHeads ??= namedHeads(drafts);
      if (fullHeads.has(draft.head as string)) draft.kind = "alias";
    }
    // "the state news agency KCNA": the name and the description are one organization.
    if (apposed) {
      const key = apposed.actor ?? `org@${apposed.start}`;
      apposed.actor = key;
      apposed.type = "ORG";
      apposed.weak = false;
      draft.actor = key;
    }
    out.push(draft);
  }
  return out;
}

/**
 * "the Wichita Fire Department battalion chief", "Harbour Police division commander": a lower-case head between
 * a name that already ends on an organization's head and a title word is a rank in that organization, part of
 * the title of the person after it, not another organization.
 */
function rankAfterName(view: TextView, h: number): boolean {
  const k = prevToken(view, h);
  if (k < 0 || !view.cap[k] || !heads().org.has(view.folded[k] as string)) return false;
  const next = nextToken(view, h + 1);
  return next < view.tokens.length && !view.cap[next] && titles().heads.has(view.folded[next] as string);
}

/** Head words of the organizations named in full ("church" of "the Church of Scientology"). */
function namedHeads(drafts: Drafts): Set<string> {
  const out = new Set<string>();
  for (const d of drafts.list) if (d.kind === "name" && d.type === "ORG" && d.head && d.b - d.a > 1) out.add(d.head);
  return out;
}

const NAME_JOINERS = new Set(["and", "for", "of", "&"]);
const FUNCTION_POS = new Set(["DET", "PRON", "ADP", "CCONJ", "SCONJ", "AUX", "PART", "INTJ", "ADV", "NUM"]);

/**
 * A capitalised name right before a lower-case head is the organization's name: "the Law and Justice
 * party", "the Ipsos institute". Not when the capitalised words are a place, a nationality or a person
 * ("the Russian company", "Seoul's ministry" are owners, read by leftOf). The words it takes in are dropped.
 */
/**
 * "the Islamic State group", "the Hamas militant group", "the Samsung group": a head any organization may take
 * ("group", "company"), right after an organization's name, says what that organization is; it names no other.
 * So does a head the dictionary gives that organization ("the Hamas movement"), and any head after a name the
 * dictionary does not know ("Sputnik news agency": the head is what typed it). A known name before another head
 * owns another body ("the Hamas health ministry"); after a possessive it always does ("Alphabet's insurer").
 */
function restates(view: TextView, left: PhraseLeft, any: boolean, h: number): boolean {
  const owner = left.owner;
  if (owner?.type !== "ORG" || owner.kind !== "name") return false;
  const known = owner.actor === undefined ? undefined : actorDictionary().actors.get(owner.actor);
  const head = view.folded[h] as string;
  if (!any && owner.actor !== undefined && !known?.heads?.includes(head)) return false;
  const between = view.text.slice(view.tokens[owner.b - 1]?.end ?? 0, view.tokens[h]?.start ?? 0);
  return !/['\u2019]/.test(between);
}

function namedBefore(view: TextView, drafts: Drafts, h: number): Draft | undefined {
  const k = prevToken(view, h);
  const nameWord = (i: number) =>
    i >= 0 &&
    view.cap[i] === true &&
    view.word[i] === true &&
    view.tokens[i]?.sentence === view.tokens[h]?.sentence &&
    (view.tokens[i]?.pos === "PROPN" || (!view.initial[i] && !FUNCTION_POS.has(view.tokens[i]?.pos ?? "")));
  if (!nameWord(k)) return undefined;
  let start = k;
  for (;;) {
    const p = prevToken(view, start);
    if (p < 0 || view.tokens[p]?.sentence !== view.tokens[h]?.sentence) break;
    if (nameWord(p)) start = p;
    else if (NAME_JOINERS.has(view.folded[p] as string) && view.cap[prevToken(view, p)]) start = prevToken(view, p);
    else break;
  }
  const inside: Draft[] = [];
  for (let i = start; i <= k; i++) {
    const d = drafts.at(i);
    if (!d || inside.includes(d)) continue;
    if (d.a < start) return undefined;
    const known = d.actor !== undefined && !d.weak;
    if (known || (d.type === "PERSON" && !d.weak) || d.type === "GPE" || d.type === "NORP") return undefined;
    inside.push(d);
  }
  for (const d of inside) d.dropped = true;
  const draft = newDraft(tokenSpan(view, start, h + 1), start, h + 1, "ORG", "name");
  draft.head = view.folded[h];
  return draft;
}

/**
 * People named by their office only: "the North Korean leader", "Russia's foreign minister", "the minister".
 * Always weak: they join a person named before with that role, or are dropped.
 */
/** Types of a name before an office that make it the office's group ("the Hamas leader"). */
const GROUP_OWNERS = new Set(["ORG", "NORP"]);

export function personNominals(view: TextView, drafts: Drafts): Draft[] {
  const lex = titles();
  const out: Draft[] = [];
  for (let h = 0; h < view.tokens.length; h++) {
    if (!view.word[h] || view.tokens[h]?.pos !== "NOUN" || drafts.at(h)) continue;
    const kind = lex.heads.get(view.folded[h] as string);
    if (!kind || kind === "kin" || kind === "job") continue;
    const after = nextToken(view, h + 1);
    if (after < view.tokens.length && (view.cap[after] || view.tokens[after]?.pos === "NOUN")) continue;
    const left = leftOf(view, drafts, h);
    if (left.determiner !== "the" && !left.owner?.possessive) {
      // "the North Korean leader", "the Hamas leader", "the Houthi leader": a nation's or a group's.
      if (!left.owner?.nation && !(left.owner && GROUP_OWNERS.has(left.owner.type))) continue;
      // "the North Korean leader": the determiner stands before the demonym.
      // "The Houthi leader": the owner's mention may hold the determiner itself.
      const d = view.folded[left.owner.a] === "the" ? left.owner.a : prevToken(view, left.owner.a);
      if (d < 0 || view.folded[d] !== "the") continue;
    }
    const role = [...left.modifiers.filter((m) => lex.modifiers.has(m) || lex.heads.has(m)), view.folded[h] as string];
    const from = withThe(view, left);
    const d = newDraft(tokenSpan(view, from, h + 1), from, h + 1, "PERSON", "nominal");
    d.head = view.folded[h];
    d.role = role.join(" ");
    d.weak = true;
    d.country = left.owner?.country ?? left.owner?.nation;
    out.push(d);
  }
  return out;
}
