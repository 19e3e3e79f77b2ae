import { readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { TextBuilder, type TextRange } from "./detokenize.js";

/**
 * NewsReader MEANTIME in CAT XML: the article as tokens (with sentence numbers), then markables anchored to token
 * ids (ENTITY_MENTION, EVENT_MENTION, TIMEX3, VALUE), the entities and events they refer to (ENTITY, EVENT; an
 * `instance_id` marks an instance shared across the documents of a topic), and relations (REFERS_TO joins
 * mentions to what they refer to).
 *
 * The corpus counts no characters: its offsets are token ids. The text is rebuilt from the tokens (title and date
 * line as paragraphs of their own, see detokenize.ts) and every markable gets the UTF-16 offsets of its first and
 * last token in that text.
 *
 * Sentences 0-5 (title, date line, first four sentences) are annotated in full at document level, with
 * attributes (syntactic type, certainty, polarity, tense …); later sentences carry only the bare mentions of
 * cross-document instances, added at corpus level.
 */

/** Sentences annotated in full: the title, the date line and the first four sentences of the body. */
export const MEANTIME_FULL_SENTENCES = 6;

export interface MeantimeToken extends TextRange {
  /** The corpus's own token id (`t_id`). */
  id: string;
  sentence: number;
  /** The token as written in the rebuilt text. */
  text: string;
}

interface Mention extends TextRange {
  /** The markable's id (`m_id`), unique within its document. */
  id: string;
  /** The rebuilt text from the first anchored token to the last (a gap inside stays in). */
  text: string;
  /** Indexes into the document's tokens, in text order. */
  tokens: number[];
  sentence: number;
  /** Annotated with attributes at document level (sentences 0-5), not only linked at corpus level. */
  documentLevel: boolean;
  /** Ids of the ENTITY or EVENT elements it refers to, in file order (rarely more than one). */
  refersTo: string[];
  /** The cross-document instance of the first referent that has one, or null. */
  instance: string | null;
}

export interface MeantimeEntityMention extends Mention {
  /** NAM (a name), NOM, PRO, PRE.NAM, PTV, … or null when the mention has no attributes. */
  syntacticType: string | null;
  /** PER, ORG, LOC, PRO, FIN, MIX from the referent (the last REFERS_TO link when several), or null. */
  type: string | null;
}

export interface MeantimeEventMention extends Mention {
  /** CERTAIN, PROBABLE, POSSIBLE, UNDERSPECIFIED; null when not annotated. */
  certainty: string | null;
  /** POS, NEG, UNDERSPECIFIED; null when not annotated. */
  polarity: string | null;
  /** PAST, PRESENT, FUTURE, INFINITIVE, PRESPART, PASTPART, NONE; null when not annotated. */
  tense: string | null;
  aspect: string | null;
  /** FUTURE or NON_FUTURE: when the event is, relative to the document's time. */
  time: string | null;
  /** VERB, NOUN, OTHER. */
  pos: string | null;
  /** The lemma the annotators gave. */
  pred: string | null;
  /** GEN (generic), COND_IF_CLAUSE, COND_MAIN_CLAUSE, NONE. */
  specialCases: string | null;
  /** The referent's class: OTHER, SPEECH_COGNITIVE, GRAMMATICAL, MIX; null when it refers to nothing. */
  eventClass: string | null;
}

export interface MeantimeTimex extends TextRange {
  id: string;
  text: string;
  tokens: number[];
  type: string;
  value: string;
  /** CREATION_TIME for the document's date, else NONE. */
  functionInDocument: string;
}

export interface MeantimeDocument {
  /** The corpus's `doc_id` (shared by the document's translations). */
  id: string;
  /** The file name without `.xml` (`doc_name`). */
  name: string;
  /** The topic folder: corpus_airbus, corpus_apple, corpus_gm, corpus_stock. */
  topic: string;
  url: string | null;
  text: string;
  /** The creation time's value (the date line): the publication date. */
  published: string | null;
  tokens: MeantimeToken[];
  entityMentions: MeantimeEntityMention[];
  eventMentions: MeantimeEventMention[];
  timexes: MeantimeTimex[];
  /** End of the fully annotated part (sentences 0-5) in the rebuilt text. */
  fullyAnnotatedUntil: number;
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
const unescapeXml = (s: string) => s.replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => ENTITIES[e] ?? "");

/** The attributes of one start tag (values unescaped). */
function attributes(tag: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of tag.matchAll(/([\w:-]+)="([^"]*)"/g)) out.set(m[1] as string, unescapeXml(m[2] as string));
  return out;
}

/** An attribute's value, null when missing or empty (CAT writes "" for what was not annotated). */
const value = (a: Map<string, string>, name: string): string | null => {
  const v = a.get(name);
  return v === undefined || v === "" ? null : v;
};

interface Markable {
  tag: string;
  attrs: Map<string, string>;
  tokens: number[];
}

/** Reads one CAT XML document; `topic` names the folder it came from. */
export function parseMeantime(xml: string, topic = "", fallbackName = ""): MeantimeDocument {
  const head = attributes(/<Document\b([^>]*)>/.exec(xml)?.[1] ?? "");
  const b = new TextBuilder();
  const tokens: MeantimeToken[] = [];
  const tokenIndex = new Map<string, number>();
  let sentence = -1;
  let fullyAnnotatedUntil = 0;
  for (const m of xml.matchAll(/<token\b([^>]*)>([^<]*)<\/token>/g)) {
    const a = attributes(m[1] as string);
    const s = Number(a.get("sentence"));
    // The title and the date line are paragraphs of their own; the body is one paragraph (no breaks are kept).
    if (s !== sentence && (s <= 2 || sentence < 0)) b.breakLine(true);
    sentence = s;
    const range = b.add(unescapeXml(m[2] as string));
    const id = a.get("t_id") ?? String(tokens.length + 1);
    tokenIndex.set(id, tokens.length);
    tokens.push({ id, sentence: s, text: b.text.slice(range.start, range.end), ...range });
    if (s < MEANTIME_FULL_SENTENCES) fullyAnnotatedUntil = range.end;
  }

  const open = xml.indexOf("<Markables>");
  const close = xml.indexOf("</Markables>");
  const markables = open >= 0 && close > open ? xml.slice(open, close) : "";
  const byTag = new Map<string, Markable[]>();
  for (const m of markables.matchAll(/<(ENTITY_MENTION|EVENT_MENTION|TIMEX3)\b([^>]*)>([\s\S]*?)<\/\1>/g)) {
    const anchored = [...(m[3] as string).matchAll(/t_id="([^"]*)"/g)]
      .map((t) => tokenIndex.get(t[1] as string))
      .filter((i): i is number => i !== undefined)
      .sort((x, y) => x - y);
    if (anchored.length === 0) continue;
    const list = byTag.get(m[1] as string) ?? [];
    list.push({ tag: m[1] as string, attrs: attributes(m[2] as string), tokens: anchored });
    byTag.set(m[1] as string, list);
  }
  // What mentions refer to: ENTITY and EVENT elements (self-closing), joined by REFERS_TO.
  const referents = new Map<string, Map<string, string>>();
  for (const m of markables.matchAll(/<(?:ENTITY|EVENT)\s([^>]*?)\/?>/g)) {
    const a = attributes(m[1] as string);
    const id = a.get("m_id");
    if (id) referents.set(id, a);
  }
  const refersTo = new Map<string, string[]>();
  for (const m of xml.matchAll(/<REFERS_TO\b[^>]*>([\s\S]*?)<\/REFERS_TO>/g)) {
    const body = m[1] as string;
    const target = /<target m_id="([^"]*)"/.exec(body)?.[1];
    if (!target) continue;
    for (const s of body.matchAll(/<source m_id="([^"]*)"/g)) {
      const list = refersTo.get(s[1] as string) ?? [];
      list.push(target);
      refersTo.set(s[1] as string, list);
    }
  }

  const base = (k: Markable): Mention => {
    const id = k.attrs.get("m_id") ?? "";
    const first = tokens[k.tokens[0] as number] as MeantimeToken;
    const last = tokens[k.tokens[k.tokens.length - 1] as number] as MeantimeToken;
    const targets = refersTo.get(id) ?? [];
    const instance = targets.map((t) => value(referents.get(t) ?? new Map(), "instance_id")).find((x) => x) ?? null;
    return {
      id,
      start: first.start,
      end: last.end,
      text: b.text.slice(first.start, last.end),
      tokens: k.tokens,
      sentence: first.sentence,
      // Corpus-level mentions carry no attribute but their id.
      documentLevel: k.attrs.size > 1,
      refersTo: targets,
      instance,
    };
  };
  const lastReferent = (m: Mention) => referents.get(m.refersTo[m.refersTo.length - 1] ?? "");

  const entityMentions = (byTag.get("ENTITY_MENTION") ?? []).map((k): MeantimeEntityMention => {
    const m = base(k);
    return {
      ...m,
      syntacticType: value(k.attrs, "syntactic_type"),
      type: value(lastReferent(m) ?? new Map(), "ent_type"),
    };
  });
  const eventMentions = (byTag.get("EVENT_MENTION") ?? []).map((k): MeantimeEventMention => {
    const m = base(k);
    const a = k.attrs;
    return {
      ...m,
      certainty: value(a, "certainty"),
      polarity: value(a, "polarity"),
      tense: value(a, "tense"),
      aspect: value(a, "aspect"),
      time: value(a, "time"),
      pos: value(a, "pos"),
      pred: value(a, "pred"),
      specialCases: value(a, "special_cases"),
      eventClass: value(lastReferent(m) ?? new Map(), "class"),
    };
  });
  const firstToken = (t: MeantimeTimex) => tokens[t.tokens[0] as number] as MeantimeToken;
  const timexes = (byTag.get("TIMEX3") ?? []).map((k): MeantimeTimex => {
    const m = base(k);
    return {
      id: m.id,
      start: m.start,
      end: m.end,
      text: m.text,
      tokens: m.tokens,
      type: k.attrs.get("type") ?? "DATE",
      value: k.attrs.get("value") ?? "",
      functionInDocument: k.attrs.get("functionInDocument") ?? "NONE",
    };
  });
  // Two documents mark their date line's time as NONE, and one writes its creation time day-first ("03-02-2009"
  // for the date line "February 03, 2009"): the date line (sentence 1) is the creation time anyway.
  const isoDay = (t: MeantimeTimex) => /^\d{4}-\d{2}-\d{2}$/.test(t.value);
  const dayFirst = (t: MeantimeTimex) => t.value.replace(/^(\d{2})-(\d{2})-(\d{4})$/, "$3-$2-$1");
  const stated = timexes.find((t) => t.functionInDocument === "CREATION_TIME" && t.value !== "");
  const creation =
    (stated && (isoDay(stated) ? stated : { ...stated, value: dayFirst(stated) })) ??
    timexes.find((t) => firstToken(t).sentence === 1 && isoDay(t));
  return {
    id: head.get("doc_id") ?? fallbackName,
    name: head.get("doc_name") ?? fallbackName,
    topic,
    url: value(head, "url"),
    text: b.text,
    published: creation?.value ?? null,
    tokens,
    entityMentions,
    eventMentions,
    timexes,
    fullyAnnotatedUntil,
  };
}

/** Reads one MEANTIME file; its folder is its topic. */
export function readMeantimeFile(file: string, topic = ""): MeantimeDocument {
  return parseMeantime(readFileSync(file, "utf8"), topic, basename(file, ".xml"));
}

/** Every document under a MEANTIME annotation folder (one sub-folder per topic), topics and files sorted. */
export function readMeantimeCorpus(root: string): MeantimeDocument[] {
  return readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
    .flatMap((topic) =>
      readdirSync(join(root, topic))
        .filter((f) => f.endsWith(".xml"))
        .sort()
        .map((f) => readMeantimeFile(join(root, topic, f), topic)),
    );
}
