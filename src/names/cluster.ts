import type { Entity, EntityType } from "../article/analysis.js";
import { type Actor, actorDictionary } from "../lexicon/actors.js";
import { countries } from "../lexicon/countries.js";
import { fold } from "../lexicon/fold.js";
import { heads } from "../lexicon/org-heads.js";
import type { Mention, Token } from "../pipeline/layers.js";
import { tokenIndexAt } from "../pipeline/token-index.js";
import { inDateline } from "./dateline.js";
import { isNamePart, nameWords, sameFullName } from "./person-names.js";

/** One entity while mentions are being clustered. */
interface Cluster {
  key?: string;
  mentions: Mention[];
  /** PERSON: the fullest name's words. */
  words?: string[];
  heads: Set<string>;
  owner?: string;
  modifiers: Set<string>;
  /** Folded roles' last words ("minister" for "Culture Minister"), for "the minister". */
  roleHeads: Set<string>;
  country?: string;
  /** Positions of the first and the latest mention. */
  first: number;
  last: number;
}

export interface ClusterInput {
  text: string;
  tokens: readonly Token[];
  mentions: readonly Mention[];
}

/** The clusters of one article and the indexes that find them in constant time. */
class Clusters {
  readonly all: Cluster[] = [];
  private readonly byKey = new Map<string, Cluster>();
  private readonly byName = new Map<string, Cluster>();
  private readonly byText = new Map<string, Cluster>();
  /** People by the first and the last word of their fullest name. */
  private readonly byNameWord = new Map<string, Set<Cluster>>();
  /** Organizations by the first word of a multi-word name, and by its initials. */
  private readonly orgByFirst = new Map<string, Set<Cluster>>();
  private readonly orgByInitials = new Map<string, Cluster>();
  /** Newspapers by the last word of their name ("Journal" of "The Wall Street Journal"). */
  private readonly orgByMasthead = new Map<string, Set<Cluster>>();
  /** Organizations by a head noun inside their name ("Observatory" of "Syrian Observatory for Human Rights"). */
  private readonly orgByHeadWord = new Map<string, Set<Cluster>>();
  readonly byHead = new Map<string, Set<Cluster>>();
  readonly byRoleHead = new Map<string, Set<Cluster>>();

  open(key?: string): Cluster {
    const c: Cluster = {
      key,
      mentions: [],
      words: undefined,
      heads: new Set(),
      owner: undefined,
      modifiers: new Set(),
      roleHeads: new Set(),
      country: undefined,
      first: Number.POSITIVE_INFINITY,
      last: -1,
    };
    this.all.push(c);
    if (key) this.byKey.set(key, c);
    return c;
  }

  keyed(key: string): Cluster {
    return this.byKey.get(key) ?? this.open(key);
  }

  named(name: string): Cluster | undefined {
    return this.byName.get(name);
  }

  nameAs(name: string, c: Cluster): void {
    if (!this.byName.has(name)) this.byName.set(name, c);
  }

  withText(text: string): Cluster | undefined {
    return this.byText.get(text);
  }

  join(c: Cluster, m: Mention): void {
    c.mentions.push(m);
    const text = fold(m.text);
    if (!this.byText.has(text)) this.byText.set(text, c);
    c.first = Math.min(c.first, m.start);
    c.last = Math.max(c.last, m.start);
    if (m.head) {
      c.heads.add(m.head);
      add(this.byHead, m.head, c);
    }
    // "the group" for Hamas: the heads the dictionary gives an actor, as if the article had named it so.
    for (const h of (m.actor ? actorDictionary().actors.get(m.actor)?.heads : undefined) ?? []) {
      c.heads.add(h);
      add(this.byHead, h, c);
    }
    for (const w of m.modifiers ?? []) c.modifiers.add(w);
    if (m.owner && !c.owner) c.owner = m.owner;
    if (m.country && !c.country) c.country = m.country;
    if (m.role) {
      const head = fold(m.role).split(" ").pop() as string;
      c.roleHeads.add(head);
      add(this.byRoleHead, head, c);
    }
    if (m.type === "PERSON" && m.kind === "name") {
      const words = nameWords(m.text);
      if (!c.words || words.length > c.words.length) {
        c.words = words;
        if (words.length > 1) {
          add(this.byNameWord, words[0] as string, c);
          add(this.byNameWord, words[words.length - 1] as string, c);
        }
      }
    }
    if (m.type === "ORG" && m.kind === "name" && /\s/.test(text)) {
      // An organ of state goes by its place's name only as that place ("Gaza" of "Gaza Health Ministry").
      if (!(m.head && heads().org.get(m.head)?.state)) add(this.orgByFirst, text.slice(0, text.indexOf(" ")), c);
      const last = text.slice(text.lastIndexOf(" ") + 1);
      if (heads().org.get(last)?.masthead) add(this.orgByMasthead, last, c);
      for (const w of text.split(" ").slice(1)) if (heads().org.has(w)) add(this.orgByHeadWord, w, c);
      // "the Bank of England … the bank said": a description by an organization head its name opens with.
      const first = text.slice(0, text.indexOf(" "));
      if (heads().org.get(first)?.nominal && !c.heads.has(first)) {
        c.heads.add(first);
        add(this.byHead, first, c);
      }
      const initials = initialsOf(m.text);
      if (!this.orgByInitials.has(initials)) this.orgByInitials.set(initials, c);
    }
  }

  /** The person whose multi-word name this multi-word name is part of, or the other way round. */
  fullName(words: readonly string[]): Cluster | undefined {
    const pool = new Set([
      ...(this.byNameWord.get(words[0] as string) ?? []),
      ...(this.byNameWord.get(words[words.length - 1] as string) ?? []),
    ]);
    return latest([...pool].filter((c) => c.words && sameFullName(words, c.words)));
  }

  /** The person cluster a single name word belongs to: the one whose first or last name word it is. */
  surnameOwner(word: string, at: number): Cluster | undefined {
    const owners = [...(this.byNameWord.get(word) ?? [])].filter((c) => c.words && isNamePart([word], c.words));
    if (owners.length <= 1) return owners[0];
    // Several people share the word: the most mentioned before this point, then the most recent.
    const count = (c: Cluster) => c.mentions.filter((m) => m.start < at).length;
    return owners.sort((x, y) => count(y) - count(x) || y.last - x.last)[0];
  }

  /** An organization whose name's initials are this acronym ("KCTV" for "Korean Central Television"). */
  acronymOwner(text: string): Cluster | undefined {
    return /^[A-Z]{2,6}$/.test(text) ? this.orgByInitials.get(text) : undefined;
  }

  /** The one organization whose name starts with this single word ("Apple" for "Apple Computer"). */
  shortOrg(text: string): Cluster | undefined {
    const owners = this.orgByFirst.get(fold(text)) ?? this.orgByMasthead.get(fold(text));
    if (owners) return owners.size === 1 ? [...owners][0] : undefined;
    // "the Observatory" after "the Syrian Observatory for Human Rights": the one organization named with that head.
    const headed = this.orgByHeadWord.get(fold(text));
    return headed?.size === 1 ? [...headed][0] : undefined;
  }
}

/** Last words of a region's name that the region drops when it goes by its name alone ("Abia State" → "Abia"). */
const REGION_WORDS = new Set(["state", "province", "region", "county", "oblast", "governorate", "prefecture"]);

/**
 * The name before a lower-case head of its kind that was read into it ("United Opposition" of "United Opposition
 * coalition", names/org-phrases.ts; lexicon/org-heads.json kindNouns), folded; only a name of several words, not one
 * the dictionary knows.
 */
function descriptorStem(m: Mention): string | undefined {
  if (m.type !== "ORG" || m.kind !== "name" || m.actor || m.weak || !m.head) return undefined;
  const cut = m.text.lastIndexOf(" ");
  const last = m.text.slice(cut + 1);
  if (cut < 0 || last !== m.head || !/^\p{Ll}/u.test(last) || !heads().kindNouns.has(last)) return undefined;
  const stem = fold(m.text.slice(0, cut)).replace(/^the /, "");
  return stem.includes(" ") ? stem : undefined;
}

/**
 * Words that join an organ's name and say nothing of which organ it is, and words for the national level of
 * government ("Union Home Ministry" in India, "Federal Interior Ministry" in Germany: the Home, the Interior Ministry).
 */
const ORGAN_GLUE = new Set(["of", "the", "for", "and", "&", "union", "federal", "central", "national"]);

/**
 * "Lebanese Health Ministry", "Lebanon's Ministry of Health": a state's organ named in either word order is one
 * organ. Its words are its name less the state's own names and the glue, in order of the alphabet ("defense
 * ministry"); its key is its state and those words, when the article gives it a state. Undefined for other names.
 */
function organName(m: Mention): { key: string | undefined; words: string } | undefined {
  if (m.type !== "ORG" || !m.head || !heads().org.get(m.head)?.state) return undefined;
  const state = m.owner?.replace(/^norp:/, "") ?? m.country;
  const country = state ? countries().get(state) : undefined;
  if (state && !country) return undefined;
  const own = new Set(country ? [country.name, ...country.demonyms].map((w) => fold(w)) : []);
  // "Philippine" as well as "Philippines": any one-word name the dictionary gives the state.
  const owns = (w: string) =>
    state !== undefined &&
    (own.has(w) ||
      actorDictionary()
        .phrases.candidates(w)
        .some((p) => p.folded === w && p.values.some((v) => v.actor === state)));
  const words = fold(m.text)
    .replace(/^the /, "")
    .split(" ")
    .filter((w) => !ORGAN_GLUE.has(w) && !owns(w));
  if (words.length <= 1) return undefined;
  const sorted = words.sort().join(" ");
  return { key: state ? `organ:${state}:${sorted}` : undefined, words: sorted };
}

/** The first letters of a name's words, less the glue ("TPLF" of "Tigray People's Liberation Front"). */
function initialsOf(name: string): string {
  return name
    .split(/\s+/)
    .filter((w) => !/^(of|the|and|for|de|du|des|la|le)$/i.test(w))
    .map((w) => w[0])
    .join("")
    .toUpperCase();
}

/**
 * An organization's name the dictionary does not know, right before a known acronym in brackets whose letters
 * are its initials ("the Tigray People Liberation Front (TPLF)"), with the acronym's actor key.
 */
function spelledOutPairs(text: string, mentions: readonly Mention[]): [Mention, string][] {
  const pairs: [Mention, string][] = [];
  for (let k = 1; k < mentions.length; k++) {
    const long = mentions[k - 1] as Mention;
    const short = mentions[k] as Mention;
    if (!short.actor || short.weak || long.actor || long.type !== "ORG" || long.kind !== "name") continue;
    if (!/^\s*\($/.test(text.slice(long.end, short.start)) || text[short.end] !== ")") continue;
    if (/^\p{Lu}{2,6}$/u.test(short.text) && initialsOf(long.text.replace(/^the /i, "")) === short.text)
      pairs.push([long, short.actor]);
  }
  return pairs;
}

/** The organization's name right before the bracketed acronym m that its initials spell, if any. */
function acronymInBrackets(text: string, mentions: readonly Mention[], m: Mention): Mention | undefined {
  if (!/^\p{Lu}{2,6}$/u.test(m.text) || text[m.end] !== ")") return undefined;
  const long = mentions.find((x) => x.end < m.start && /^\s*\($/.test(text.slice(x.end, m.start)));
  if (long?.type !== "ORG" || long.kind !== "name") return undefined;
  return initialsOf(long.text.replace(/^the /i, "")) === m.text ? long : undefined;
}

function lastWord(name: string): string {
  return name.slice(name.lastIndexOf(" ") + 1);
}

function add<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, new Set([value]));
}

/**
 * Clusters one article's mentions into entities. Dictionary keys first (a country, its metonyms and the
 * demonyms that stand for it); then people by their names (a surname joins the full name it belongs to,
 * never two people on a shared word alone); then descriptions ("the ministry", "the North Korean leader",
 * "the country") join the most recent entity they fit, or are dropped when they fit none.
 */
export function clusterMentions(input: ClusterInput): Entity[] {
  const mentions = [...input.mentions].sort((x, y) => x.start - y.start || y.end - x.end);
  const set = new Clusters();

  // A place the dictionary knows is what its name means wherever it was read without the dictionary ("in Gaza" …
  // "Gaza's health ministry"), before or after: one name, one place.
  for (const m of mentions)
    if (m.actor && !m.weak && m.kind === "name" && (m.type === "GPE" || m.type === "LOC"))
      set.nameAs(fold(m.text), set.keyed(m.actor));

  // "Abia State", "Borno Province": a region no gazetteer knows goes by its name alone too ("in Abia"), before or
  // after; a known one's stem may be another place ("New York State", "New York").
  const unknownRegion = (m: Mention, name: string) =>
    m.kind === "name" &&
    !m.weak &&
    m.type === "GPE" &&
    !m.actor &&
    !m.country &&
    name.includes(" ") &&
    REGION_WORDS.has(lastWord(name));
  for (const m of mentions) {
    const name = fold(m.text);
    if (!unknownRegion(m, name) || set.named(name)) continue;
    const c = set.open();
    set.nameAs(name, c);
    set.nameAs(name.slice(0, name.lastIndexOf(" ")), c);
  }

  // "the Ogaden Unity Front (OUF)": a name spelled out before the known acronym in brackets is that actor, even
  // written otherwise than the dictionary writes it ("People Liberation" for "People's Liberation").
  for (const [long, short] of spelledOutPairs(input.text, mentions)) set.nameAs(fold(long.text), set.keyed(short));

  // "the United Opposition coalition" … "the United Opposition": a name with the descriptor noun it was written with
  // is the same organization as the bare name, before or after.
  for (const m of mentions) {
    const stem = descriptorStem(m);
    if (!stem) continue;
    const c = set.named(fold(m.text)) ?? set.named(stem) ?? set.open();
    set.nameAs(fold(m.text), c);
    set.nameAs(stem, c);
  }

  // Pass 1: what identifies itself — dictionary keys, full names of people, names of organizations and places.
  const later: Mention[] = [];
  // "the Defense Ministry" and "the Russian Defense Ministry": an organ named without its state is the one organ of
  // that name the article gives a state (null once two states have one).
  const organsByWords = new Map<string, Cluster | null>();
  const stateless = new Map<string, Cluster>();
  const organOf = new Map<Cluster, string>();
  // "Taleb Abdallah, also known as Abu Taleb. … Abu Taleb said": an alias written again in full is that person.
  const aliasOf = new Map<string, number>();
  for (const m of mentions) if (m.kind === "alias" && m.apposedTo !== undefined) aliasOf.set(fold(m.text), m.apposedTo);
  const holding = (start: number | undefined) =>
    start === undefined ? undefined : set.all.find((c) => c.mentions.some((x) => x.start === start));
  for (const m of mentions) {
    if (m.actor && !m.weak) {
      set.join(set.keyed(m.actor), m);
    } else if (m.type === "PERSON" && m.kind === "name" && nameWords(m.text).length > 1) {
      const named = set.fullName(nameWords(m.text)) ?? holding(aliasOf.get(fold(m.text)));
      set.join(named ?? set.open(), m);
    } else if (m.kind === "name" && !m.weak && m.type !== "PERSON" && !(m.type === "ORG" && /^\S+$/.test(m.text))) {
      const name = fold(m.text);
      const parts = organName(m);
      const organ = parts?.key;
      const words = parts?.words;
      // ("Union Home Ministry" then "Home Ministry", both with no state named: the same words, one organ.)
      const sameOrgan = words
        ? organ
          ? stateless.get(words)
          : (organsByWords.get(words) ?? stateless.get(words))
        : undefined;
      // "Russia's Defense Ministry and Ukraine's Defense Ministry": the same words with another state's organ.
      const byName = set.named(name);
      const otherState = organ !== undefined && byName !== undefined && (organOf.get(byName) ?? organ) !== organ;
      const c =
        (otherState ? undefined : byName) ??
        (organ ? set.named(organ) : undefined) ??
        set.acronymOwner(m.text) ??
        sameOrgan ??
        set.open();
      set.nameAs(name, c);
      if (organ) {
        set.nameAs(organ, c);
        organOf.set(c, organ);
      }
      if (words && organ) {
        const known = organsByWords.get(words);
        organsByWords.set(words, known === undefined || known === c ? c : null);
      } else if (words && !stateless.has(words)) stateless.set(words, c);
      set.join(c, m);
    } else {
      later.push(m);
    }
  }

  // Pass 2, in text order: bare surnames, unsupported single words, descriptions.
  for (const m of later) {
    // "Chérizier, who is also known as Barbecue": another name of the person or organization named right before.
    if (m.kind === "alias" && m.apposedTo !== undefined) {
      const named = set.all.find((c) => c.mentions.some((x) => x.start === m.apposedTo && x.kind !== "nominal"));
      if (named) {
        const owner = namesakeByAlias(set, named, m) ?? named;
        set.nameAs(fold(m.text), owner);
        set.join(owner, m);
        continue;
      }
    }
    // "the Church" after "the Church of Scientology": a short name found by its head, as a description is.
    const headed = m.kind === "alias" && m.head !== undefined && m.type === "ORG" && m.weak === true;
    if ((m.kind === "name" || m.kind === "alias") && !headed) {
      const words = nameWords(m.text);
      // An acronym is nobody's surname ("GM"); a speaker label in capitals is ("PENCE:", typed a person before).
      const acronym = m.type !== "PERSON" && /^\p{Lu}{2,}$/u.test(m.text);
      // A word the article shows to be an organization on its own evidence ("Ford's shares") is no surname,
      // even beside a person of that name ("William Clay Ford").
      const company = m.type === "ORG" && !m.weak;
      const person =
        words.length === 1 && !acronym && !company ? set.surnameOwner(words[0] as string, m.start) : undefined;
      if (person) {
        set.join(person, m);
        continue;
      }
      const name = fold(m.text);
      // "the Sweden Democrats (SD)": an acronym in brackets is the name right before it that it spells, before any
      // other organization of the same initials ("Social Democrats").
      const spelled = acronymInBrackets(input.text, mentions, m);
      const owner = spelled ? set.all.find((c) => c.mentions.includes(spelled)) : undefined;
      const org =
        m.type === "ORG" || m.weak
          ? (owner ?? (acronym ? set.named(name) : undefined) ?? set.acronymOwner(m.text) ?? set.shortOrg(m.text))
          : undefined;
      // An unsupported word written like a name found elsewhere is that name ("Dartmouth" the city, twice).
      const same = org ?? set.named(name) ?? (m.weak ? set.withText(name) : undefined);
      const c = same ?? set.open();
      set.nameAs(name, c);
      set.join(c, m);
      continue;
    }
    if (m.kind === "nominal" && m.apposedTo !== undefined) {
      const named = set.all.find((c) => c.mentions.some((x) => x.start === m.apposedTo && x.kind !== "nominal"));
      if (named) {
        set.join(named, m);
        continue;
      }
    }
    if (m.kind === "nominal" || headed) {
      const fit =
        nearestBefore(
          candidates(set, m).filter((c) => fits(c, m, input)),
          m,
          input.text,
        ) ?? namedLater(set, m);
      if (fit) set.join(fit, m);
      else if (!m.weak) set.join(set.open(), m);
      continue;
    }
    if (!m.weak) set.join(set.open(), m);
  }

  // City names that are a person's name word too ("Jackson") belong to the person.
  for (const c of set.all) {
    if (!c.key?.startsWith("city:") || c.mentions.some((m) => m.kind === "metonym")) continue;
    const words = c.mentions.map((m) => nameWords(m.text));
    if (!words.every((w) => w.length === 1)) continue;
    const person = set.surnameOwner((words[0] as string[])[0] as string, Number.POSITIVE_INFINITY);
    if (person) {
      for (const m of c.mentions) set.join(person, m);
      c.mentions = [];
    }
  }
  // A capital read as its state that is also the surname of a person named in full before ("Valeska Paris …
  // Paris said") is the person: nobody introduces a person by full name and then means a state by that word.
  for (const c of set.all) {
    if (!c.key || c.key.startsWith("city:")) continue;
    const moved = c.mentions.filter((m) => m.kind === "metonym" && !/\s/.test(m.text) && personBefore(set, m));
    if (moved.length === 0) continue;
    for (const m of moved) set.join(personBefore(set, m) as Cluster, m);
    c.mentions = c.mentions.filter((m) => !moved.includes(m));
  }
  return toEntities(set.all.filter((c) => c.mentions.length > 0));
}

/**
 * "Mr. Bush, known as Jeb": a surname that went to one namesake, whose alias is the first name of another (Jeb Bush),
 * belongs with its alias to that other one. The surname's mention moves there too.
 */
function namesakeByAlias(set: Clusters, named: Cluster, alias: Mention): Cluster | undefined {
  const mention = named.mentions.find((x) => x.start === alias.apposedTo);
  if (alias.type !== "PERSON" || !mention || nameWords(mention.text).length !== 1) return undefined;
  const words = nameWords(alias.text);
  if (words.length !== 1) return undefined;
  const surname = nameWords(mention.text)[0] as string;
  const other = set.surnameOwner(words[0] as string, alias.start);
  if (!other || other === named || other.words?.[0] !== words[0] || !other.words?.includes(surname)) return undefined;
  named.mentions = named.mentions.filter((x) => x !== mention);
  set.join(other, mention);
  return other;
}

/** The person whose full name, mentioned before m, ends on m's one word. */
function personBefore(set: Clusters, m: Mention): Cluster | undefined {
  const words = nameWords(m.text);
  if (words.length !== 1) return undefined;
  const person = set.surnameOwner(words[0] as string, m.start);
  return person && person.first < m.start && (person.words?.length ?? 0) > 1 ? person : undefined;
}

/**
 * "Russia's defence ministry … Russia's Defence Ministry": a description of a state's organ, said before the organ
 * is named, is that organ when the name holds its head and modifiers and belongs to the same state.
 */
function namedLater(set: Clusters, m: Mention): Cluster | undefined {
  if (m.weak || !m.country || m.type !== "ORG") return undefined;
  const words = [...(m.modifiers ?? []), m.head];
  return candidates(set, m).find(
    (c) =>
      c.first > m.start &&
      c.country === m.country &&
      c.mentions.some(
        (x) =>
          x.kind === "name" &&
          words.every((w) =>
            fold(x.text)
              .split(" ")
              .includes(w as string),
          ),
      ),
  );
}

/** "The Lebanese health ministry" and "the Lebanon health ministry" have one owner: the demonym's state is the state. */
function ownerState(owner: string): string {
  return owner.startsWith("norp:") ? owner.slice(5) : owner;
}

/** The clusters a description could refer to, found by its head word. */
function candidates(set: Clusters, m: Mention): Cluster[] {
  if (!m.head) return [];
  if (m.type === "ORG") return heads().org.get(m.head)?.any ? set.all : [...(set.byHead.get(m.head) ?? [])];
  if (m.type === "PERSON") return [...(set.byRoleHead.get(m.head) ?? [])];
  return set.all;
}

/** Whether a description fits an entity: same head word and no clash of owner, modifiers, role or country. */
function fits(c: Cluster, m: Mention, input: ClusterInput): boolean {
  if (m.type === "ORG") {
    if (!m.head || !c.mentions.some((x) => x.type === "ORG")) return false;
    if (!c.heads.has(m.head)) {
      // "the company", "the U.S. company": any organization named before, of that country if one is said.
      const definite = /^the\s/i.test(m.text) || m.owner !== undefined;
      if (!definite || !heads().org.get(m.head)?.any || !c.mentions.some((x) => x.kind === "name")) return false;
      // Not a public body the dictionary knows (the EU, the Pentagon) nor a ministry: "the company" is a business
      // (one of lexicon/companies.json is one).
      const publicBody = c.key !== undefined && !c.key.startsWith("company:");
      if (publicBody || [...c.heads].some((h) => heads().org.get(h)?.state)) return false;
      // "… contracted by Acme. An employee of a cleaning company … the company": the indefinite description said in
      // between introduced the company "the company" refers to, not the one named before it.
      if (introducedBetween(c, m, input)) return false;
      return !m.country || !c.country || m.country === c.country;
    }
    if (m.owner && c.owner && ownerState(m.owner) !== ownerState(c.owner)) return false;
    const mods = m.modifiers ?? [];
    if (mods.length && c.modifiers.size && !mods.every((w) => c.modifiers.has(w))) return false;
    return true;
  }
  if (m.type === "PERSON") {
    if (!c.words || !m.head || !c.roleHeads.has(m.head)) return false;
    return !m.country || !c.country || m.country === c.country;
  }
  if (m.head === "country") {
    if (!c.key || !actorDictionary().actors.get(c.key)?.isCountry) return false;
    return subjectBefore(c, m, input) || nearInPhrase(c, m, input);
  }
  return false;
}

/**
 * "… launched drones at Ukraine overnight, targeting the south of the country": after a preposition, "the country"
 * is a state named earlier in its own sentence (the nearest such wins), not only one that was a subject.
 */
function nearInPhrase(c: Cluster, m: Mention, input: ClusterInput): boolean {
  const k = tokenIndexAt(input.tokens, m.start);
  const before = input.tokens[k - 1];
  if (before?.pos !== "ADP") return false;
  const here = input.tokens[k]?.sentence ?? -1;
  return c.mentions.some(
    (x) =>
      x.start < m.start && x.kind !== "demonym" && input.tokens[tokenIndexAt(input.tokens, x.start)]?.sentence === here,
  );
}

/**
 * An indefinite noun phrase with the description's head ("a cleaning company", "an oil firm") stands between the
 * cluster's last mention before m and m, in m's sentence or the one before (further back it is as often generic:
 * "when a company moves abroad").
 */
// What stands between a name and an indefinite that describes it: "X, a group", "X in Tarbes, a group", "X is a firm".
const APPOSED = /^[^.;!?"\u201c]*?(?:,|\(|\bis|\bwas|\bbecame|\bremains)\s*$/;

function introducedBetween(c: Cluster, m: Mention, input: ClusterInput): boolean {
  let last = -1;
  for (const x of c.mentions) if (x.end <= m.start && x.end > last) last = x.end;
  if (last < 0 || !m.head) return false;
  const head = m.head.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const indefinite = new RegExp(`\\b(?:a|an|another)\\s+(?:[\\p{Ll}-]+\\s+){0,3}${head}\\b`, "gu");
  const sentenceOf = (at: number) => input.tokens[tokenIndexAt(input.tokens, at)]?.sentence ?? -9;
  const here = sentenceOf(m.start);
  const between = input.text.slice(last, m.start);
  for (const hit of between.matchAll(indefinite)) {
    // "Working America, a labor-affiliated group, found …": an apposition or predicate describes the name itself.
    if (APPOSED.test(between.slice(0, hit.index))) continue;
    if (here - sentenceOf(last + hit.index) <= 1) return true;
  }
  return false;
}

/** "… that North Korea is preparing …, noting that the country …": the state that was the subject just before. */
function subjectBefore(c: Cluster, m: Mention, input: ClusterInput): boolean {
  const here = input.tokens[tokenIndexAt(input.tokens, m.start)]?.sentence ?? 0;
  const mentions = c.mentions.filter((x) => x.start < m.start && x.kind !== "demonym");
  const last = mentions[mentions.length - 1];
  if (!last) return false;
  const k = tokenIndexAt(input.tokens, last.end);
  const next = input.tokens[k];
  const sentence = input.tokens[tokenIndexAt(input.tokens, last.start)]?.sentence ?? -9;
  return here - sentence <= 1 && next !== undefined && (next.pos === "AUX" || next.pos === "VERB");
}

/**
 * The cluster named last before m: a description refers back to the nearest fitting name, not to the one
 * mentioned most recently anywhere in the article. A wire dateline's outlet is no antecedent.
 */
function nearestBefore(clusters: readonly Cluster[], m: Mention, text: string): Cluster | undefined {
  let best: Cluster | undefined;
  let at = -1;
  for (const c of clusters) {
    if (c.first >= m.start) continue;
    for (const x of c.mentions)
      if (x.start < m.start && x.start > at && !inDateline(text, x)) {
        best = c;
        at = x.start;
      }
  }
  return best;
}

function latest(clusters: readonly Cluster[]): Cluster | undefined {
  let best: Cluster | undefined;
  for (const c of clusters) if (!best || c.last > best.last) best = c;
  return best;
}

function toEntities(clusters: readonly Cluster[]): Entity[] {
  const dict = actorDictionary();
  const ordered = [...clusters].sort((x, y) => firstStart(x) - firstStart(y));
  return ordered.map((c, i) => {
    const actor = c.key ? dict.actors.get(c.key) : undefined;
    const mentions = [...c.mentions].sort((x, y) => x.start - y.start);
    const type = typeOf(c, actor);
    const entity: Entity = {
      id: `e${i + 1}`,
      type,
      name: nameOf(c, actor, type),
      mentions: mentions.map((m) => ({ start: m.start, end: m.end, text: m.text })),
    };
    const country = actor?.country ?? majority(mentions.map((m) => m.country ?? m.owner));
    if (country && /^[A-Z]{2}$/.test(country)) entity.country = country;
    const geo = actor?.geo ?? mentions.find((m) => m.geo)?.geo;
    if (geo && (type === "GPE" || type === "LOC")) entity.geo = geo;
    const roles = uniqueFolded(mentions.flatMap((m) => (m.role ? [m.role] : [])));
    if (roles.length) entity.roles = roles;
    return entity;
  });
}

/** Each role once, as first written ("Judge" and "judge" are one role; "minister" is in "foreign minister"). */
function uniqueFolded(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const unique = values.filter((v) => !seen.has(fold(v)) && seen.add(fold(v)) !== undefined);
  const folded = unique.map((v) => fold(v));
  return unique.filter((_, i) => !folded.some((f, j) => j !== i && f.endsWith(` ${folded[i]}`)));
}

function firstStart(c: Cluster): number {
  let first = Number.POSITIVE_INFINITY;
  for (const m of c.mentions) if (m.start < first) first = m.start;
  return first;
}

/** The dictionary's type where it knows the actor; else the commonest type among the names. */
function typeOf(c: Cluster, actor: Actor | undefined): EntityType {
  if (actor) return actor.type;
  if (c.key?.startsWith("city:")) return "GPE";
  if (c.key?.startsWith("norp:")) return "NORP";
  // Products, and things the article says are things ("the cruise ship Freewinds"): never an organization.
  if (c.key?.startsWith("product:") || c.key?.startsWith("thing:")) return "OTHER";
  if (c.words) return "PERSON";
  // An unknown single word named again and again is more often an organization than anything else.
  if (
    c.mentions.length >= 2 &&
    c.mentions.every((m) => m.type === "OTHER" && m.kind === "name" && !/\s/.test(m.text))
  ) {
    return "ORG";
  }
  const votes = c.mentions.filter((m) => m.type !== "OTHER" || c.mentions.every((x) => x.type === "OTHER"));
  return (majority(votes.map((m) => m.type)) as EntityType | undefined) ?? "OTHER";
}

function nameOf(c: Cluster, actor: Actor | undefined, type: EntityType): string {
  if (actor) return actor.name;
  const named = c.mentions.filter((m) => m.kind === "name" || m.kind === "alias");
  const canonical = c.mentions.find((m) => m.canonical)?.canonical;
  if (canonical && (c.key?.startsWith("city:") || type === "NORP")) return canonical;
  if (named.length) {
    const pool = type === "PERSON" ? named.filter((m) => m.type === "PERSON") : named;
    // "United Opposition" over "United Opposition coalition": the name without the noun it was described with.
    const bare = pool.filter((m) => !descriptorStem(m));
    return longest(bare.length ? bare : pool.length ? pool : named).replace(/^the\s+/i, "");
  }
  // Only descriptions: name the organization by its owner and head ("South Korean defence ministry").
  const m = c.mentions[0] as Mention;
  const owner = m.owner ? actorDictionary().actors.get(m.owner) : undefined;
  if (owner && m.head) return [owner.demonym ?? owner.name, ...(m.modifiers ?? []), m.head].join(" ");
  return m.text.replace(/^(the|a|an)\s+/i, "");
}

function longest(mentions: readonly Mention[]): string {
  let best = "";
  for (const m of mentions) if (m.text.length > best.length) best = m.text;
  return best;
}

function majority(values: readonly (string | undefined)[]): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | undefined;
  let n = 0;
  for (const [v, k] of counts) if (k > n) [best, n] = [v, k];
  return best;
}
