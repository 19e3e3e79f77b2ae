import {
  ANALYSIS_SCHEMA,
  type Analysis,
  type Claim,
  type Entity,
  type EntityType,
  type Event,
} from "../../src/article/analysis.js";
import { documentId } from "../../src/article/article.js";

/*
 * Synthetic analyses for load and crash tests: deterministic for an index (the same i always gives the same
 * analysis), ~2 kB of text, ~12 entities, ~6 claims, ~5 events, drawn from pools small enough that people,
 * places, claims and events recur across articles (so merging, corroboration and conflicts all happen).
 */

function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST =
  "Anna Marco Lena Pavel Ines Tomas Greta Omar Leila Jonas Mira Karl Sofia Ivan Nadia Felix Hana Luca Rosa Emil Vera Aaron Clara Dmitri Elsa Farid Gita Hugo Irma Jan".split(
    " ",
  );
const LAST =
  "Keller Novak Berg Laine Costa Moreau Weber Haas Olsen Rossi Kovac Lind Meyer Dahl Sato Varga Horn Nagy Quint Falk Roth Stein Marin Vogel Brandt Ekström Salo Petrov Lucas Ortega".split(
    " ",
  );
const ROLES = [
  "defence minister",
  "foreign minister",
  "spokesperson",
  "lawmaker",
  "mayor",
  "governor",
  "general",
  "analyst",
];
const COUNTRIES: [string, string, string][] = [
  ["Norway", "NO", "Norwegian"],
  ["Finland", "FI", "Finnish"],
  ["Sweden", "SE", "Swedish"],
  ["Denmark", "DK", "Danish"],
  ["Estonia", "EE", "Estonian"],
  ["Latvia", "LV", "Latvian"],
  ["Poland", "PL", "Polish"],
  ["Germany", "DE", "German"],
  ["France", "FR", "French"],
  ["Spain", "ES", "Spanish"],
  ["Portugal", "PT", "Portuguese"],
  ["Italy", "IT", "Italian"],
  ["Greece", "GR", "Greek"],
  ["Romania", "RO", "Romanian"],
  ["Hungary", "HU", "Hungarian"],
  ["Austria", "AT", "Austrian"],
];
const ORGS = ["foreign ministry", "defence ministry", "army", "police", "central bank", "electoral commission"];
const SYLLABLES = "ar bel cor dan el fen gor hal is jor kel lun mar nor ost pel quin ros sar tel".split(" ");
const OUTLETS =
  "Harbour Wire,Coast Daily,Northern Post,Valley Times,Capital Herald,Morning Ledger,Evening Star,River Gazette".split(
    ",",
  );
const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const FILLER = [
  "Residents said the streets were quiet in the evening and shops reopened slowly.",
  "The talks are expected to continue next week, according to people familiar with the plans.",
  "Officials have not given details of the arrangements, and several questions remain open.",
  "Markets moved little on the news, with traders waiting for further statements.",
  "The region has seen repeated tensions over the past year, with both sides trading accusations.",
];

function placeName(n: number): string {
  const a = SYLLABLES[n % SYLLABLES.length] as string;
  const b = SYLLABLES[Math.floor(n / SYLLABLES.length) % SYLLABLES.length] as string;
  return `${a.charAt(0).toUpperCase()}${a.slice(1)}${b}`;
}

function day(offset: number): string {
  return new Date(Date.UTC(2023, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);
}

class TextBuilder {
  text = "";
  readonly entities = new Map<string, Entity>();

  put(s: string): void {
    this.text += s;
  }

  /** Appends a name as a mention of the entity keyed `key`, creating the entity on first use. */
  mention(key: string, type: EntityType, name: string, written = name, extra: Partial<Entity> = {}): string {
    const start = this.text.length;
    this.text += written;
    let e = this.entities.get(key);
    if (!e) {
      e = { id: `e${this.entities.size + 1}`, type, name, mentions: [], ...extra };
      this.entities.set(key, e);
    }
    e.mentions.push({ start, end: this.text.length, text: written });
    return e.id;
  }
}

/** The synthetic analysis number i. `places` and `people` size the pools (smaller pools: more merging). */
export function syntheticAnalysis(i: number, pools: { people?: number; places?: number } = {}): Analysis {
  const r = rng(i * 2654435761 + 17);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const peopleCount = pools.people ?? FIRST.length * LAST.length;
  const placeCount = pools.places ?? 400;
  const published = day(Math.floor(i / 100) + Math.floor(r() * 5));
  const outlet = pick(OUTLETS);
  const b = new TextBuilder();
  const claims: Claim[] = [];
  const events: Event[] = [];
  b.put(`Dispatch ${i} from ${outlet}. `);

  const person = () => {
    const n = Math.floor(r() * peopleCount);
    const first = FIRST[n % FIRST.length] as string;
    const last = LAST[Math.floor(n / FIRST.length) % LAST.length] as string;
    return { key: `p${n}`, name: `${first} ${last}`, last, role: ROLES[n % ROLES.length] as string };
  };
  const country = () => pick(COUNTRIES);
  const place = () => placeName(Math.floor(r() * placeCount));
  const said = (
    content: string,
    sourceId: string,
    sourceText: string,
    contentStart: number,
    extra: Partial<Claim> = {},
  ) => {
    const cueAt = b.text.lastIndexOf(" said ", contentStart) + 1;
    const claim: Claim = {
      id: `c${claims.length + 1}`,
      content: { start: contentStart, end: contentStart + content.length, text: content },
      cue: { start: cueAt, end: cueAt + 4, text: "said" },
      source: { entity: sourceId, text: sourceText },
      via: [],
      reportedAt: { value: published },
      polarity: "positive",
      certainty: "certain",
      quote: false,
      ...extra,
    };
    claims.push(claim);
    return claim;
  };

  const sentences = 5 + Math.floor(r() * 3);
  for (let s = 0; s < sentences; s++) {
    const kind = Math.floor(r() * 5);
    if (kind === 0) {
      // A toll, stated by a named official: the same place and week recur, with differing figures.
      const p = person();
      const [, cc, demonym] = country();
      const where = place();
      const toll = pick([40, 60, 100, 600, 1000]);
      b.put(`${p.role.charAt(0).toUpperCase()}${p.role.slice(1)} `);
      const src = b.mention(p.key, "PERSON", p.name, p.name, { roles: [p.role] });
      b.put(" said ");
      const start = b.text.length;
      b.put(`${toll} `);
      const dem = b.mention(`n${cc}`, "NORP", demonym, demonym, { country: cc });
      b.put(" soldiers were killed in ");
      const loc = b.mention(`l${where}`, "GPE", where);
      const content = b.text.slice(start);
      b.put(` on ${pick(WEEKDAYS)}. `);
      const claim = said(content, src, p.name, start);
      const trigger = b.text.indexOf("killed", start);
      events.push({
        id: `v${events.length + 1}`,
        type: "KILL",
        trigger: { start: trigger, end: trigger + 6, text: "killed" },
        participants: [{ role: "patient", entity: dem }],
        time: { value: day(Math.floor(i / 100) - 1) },
        location: loc,
        count: { value: toll, approximate: false },
        factuality: "asserted",
        claim: claim.id,
      });
    } else if (kind === 1) {
      // Troops sent or not: assertions and denials by different ministries.
      const [cname, cc] = country();
      const [tname, tc] = country();
      const org = pick(ORGS);
      const deny = r() < 0.3;
      b.put(`${cname}'s `);
      const src = b.mention(`o${org}${cc}`, "ORG", org, org, { country: cc });
      b.put(" said ");
      const start = b.text.length;
      const agent = b.mention(`g${tc}`, "GPE", tname, tname, { country: tc });
      b.put(deny ? " did not send troops to the border" : " sent troops to the border");
      const content = b.text.slice(start);
      b.put(". ");
      const claim = said(content, src, `${cname}'s ${org}`, start, { polarity: deny ? "negative" : "positive" });
      const trigger = b.text.indexOf(deny ? "send" : "sent", start);
      events.push({
        id: `v${events.length + 1}`,
        type: "DEPLOY",
        trigger: { start: trigger, end: trigger + 4, text: b.text.slice(trigger, trigger + 4) },
        participants: [{ role: "agent", entity: agent }],
        time: null,
        location: null,
        count: null,
        factuality: deny ? "negated" : "asserted",
        claim: claim.id,
      });
    } else if (kind === 2) {
      // A meeting told in the article's own voice.
      const a = person();
      const c = person();
      const where = place();
      const pa = b.mention(a.key, "PERSON", a.name);
      b.put(" met ");
      const pc = b.mention(c.key, "PERSON", c.name);
      b.put(" in ");
      const loc = b.mention(`l${where}`, "GPE", where);
      b.put(` on ${pick(WEEKDAYS)}. `);
      const trigger = b.text.lastIndexOf(" met ") + 1;
      events.push({
        id: `v${events.length + 1}`,
        type: "MEET",
        trigger: { start: trigger, end: trigger + 3, text: "met" },
        participants: [
          { role: "agent", entity: pa },
          { role: "other", entity: pc },
        ],
        time: { value: day(Math.floor(i / 100) - 2) },
        location: loc,
        count: null,
        factuality: "asserted",
        claim: null,
      });
    } else if (kind === 3) {
      // A surname alone, sometimes with a role: joins a full name only with that role.
      const p = person();
      const where = place();
      const withRole = r() < 0.5;
      const src = b.mention(`s${p.key}`, "PERSON", p.last, p.last, withRole ? { roles: [p.role] } : {});
      if (withRole) b.put(`, the ${p.role},`);
      b.put(" said ");
      const start = b.text.length;
      b.put("the talks in ");
      b.mention(`l${where}`, "GPE", where);
      b.put(" would resume");
      const content = b.text.slice(start);
      b.put(". ");
      said(content, src, p.last, start, {
        via: r() < 0.5 ? [{ entity: null, text: "aides" }] : [],
        certainty: "probable",
      });
    } else {
      b.put(`${pick(FILLER)} ${pick(FILLER)} `);
    }
  }
  while (b.text.length < 1800) b.put(`${pick(FILLER)} `);
  const text = b.text.trimEnd();
  return {
    schema: ANALYSIS_SCHEMA,
    document: { id: documentId(text), published, title: `Dispatch ${i}`, source: outlet, url: null, text },
    entities: [...b.entities.values()],
    times: [],
    quantities: [],
    claims,
    events,
    conflicts: [],
    messages: [],
  };
}
