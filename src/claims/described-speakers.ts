import { heads } from "../lexicon/org-heads.js";
import type { Draft } from "./draft.js";
import type { MentionIndex } from "./resolve.js";

/** How far back (in characters) an organ's last named speaker goes on. */
const REACH = 2500;

/**
 * Definite descriptions that name no entity themselves but the speaker named before them, read once every claim's
 * source is resolved (drafts in text order): an organ of state and a person described by age.
 */
export function describedSpeakers(drafts: Draft[], index: MentionIndex): void {
  organsGoOn(drafts);
  agesGoOn(drafts, index);
}

/** "the 62-year-old", "the 45-year-old mother of three": a person described by age. */
const AGED = /^the\s+\d+[-\s]year[-\s]old\b/i;

/**
 * '"…," the 62-year-old alleged': a person described by age is the person who spoke last before, in the claims
 * before it within reach.
 */
function agesGoOn(drafts: Draft[], index: MentionIndex): void {
  drafts.forEach((d, i) => {
    if (d.source?.entity || !AGED.test(d.source?.text ?? "")) return;
    goOnFrom(drafts, i, (before) => index.types.get(before.entity) === "PERSON");
  });
}

/**
 * Gives draft i the entity of the nearest source before it within reach that `fits`; a source with no entity or
 * no span ends nothing, one beyond reach ends the search.
 */
function goOnFrom(drafts: Draft[], i: number, fits: (before: { entity: string; text: string }) => boolean): void {
  const d = drafts[i] as Draft;
  const source = d.source;
  if (!source?.span) return;
  for (let j = i - 1; j >= 0; j--) {
    const before = (drafts[j] as Draft).source;
    if (!before?.span || source.span.start - before.span.end > REACH) return;
    if (before.entity && fits({ entity: before.entity, text: before.text })) {
      d.source = { ...source, entity: before.entity };
      return;
    }
  }
}

/**
 * "The Israeli military said … the army said": a definite organ with no owner of its own ("the army", "the
 * military", "the police") speaks for the one named before it as the same organ, when the article names no other;
 * so does a definite description with the head of a speaker before it ("An Iranian government spokesman … the
 * spokesman").
 * Runs once every claim's source is resolved; drafts are in text order.
 */
function organsGoOn(drafts: Draft[]): void {
  const organ = heads().sameOrgan;
  // An organ's group, else the head word itself: "the spokesman" after "An Iranian government spokesman said".
  const groupOf = (text: string): number | string | undefined => {
    const words = text.toLowerCase().split(/\s+/);
    const last = words[words.length - 1] as string;
    return organ.get(words.slice(-2).join(" ")) ?? organ.get(last) ?? (/^\p{L}+$/u.test(last) ? last : undefined);
  };
  drafts.forEach((d, i) => {
    const source = d.source;
    if (!source || source.entity || !/^the\s+\S+(?:\s+\S+)?$/i.test(source.text)) return;
    const group = groupOf(source.text);
    if (group !== undefined) goOnFrom(drafts, i, (before) => groupOf(before.text) === group);
  });
}
