import type { TimexMod, TimexType } from "../article/analysis.js";

/** A gold TIMEX3 of a TimeML document, with offsets into the document's plain text. */
export interface GoldTimex {
  start: number;
  end: number;
  text: string;
  type: TimexType;
  value: string;
  mod: TimexMod | null;
}

export interface TimemlDocument {
  id: string;
  /** The document creation time's date (YYYY-MM-DD): the reference for relative times. */
  dct: string | null;
  /** The TEXT element's content with every tag removed and entities decoded. */
  text: string;
  timexes: GoldTimex[];
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
const decode = (s: string) => s.replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => ENTITIES[e] ?? "");
const attrs = (s: string) => Object.fromEntries([...s.matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));

/**
 * Reads a TimeML inline XML document (TempEval-3 .tml): strips the tags of its TEXT element to plain text,
 * keeping where each TIMEX3 starts and ends in it, and takes the DCT's value as the reference date.
 */
export function readTimeml(id: string, xml: string): TimemlDocument {
  const dctValue = /<DCT>\s*<TIMEX3\b([^>]*)>/.exec(xml)?.[1];
  const dct = dctValue ? (attrs(dctValue).value ?? "").slice(0, 10) || null : null;
  const open = xml.indexOf("<TEXT>");
  const close = xml.indexOf("</TEXT>");
  const body = open >= 0 && close > open ? xml.slice(open + "<TEXT>".length, close) : "";
  let text = "";
  const timexes: GoldTimex[] = [];
  let openTimex: { start: number; a: Record<string, string | undefined> } | null = null;
  let at = 0;
  for (const m of body.matchAll(/<(\/?)(\w+)([^>]*?)\/?>/g)) {
    text += decode(body.slice(at, m.index));
    at = m.index + m[0].length;
    if (m[2] !== "TIMEX3") continue;
    if (m[1] === "") openTimex = { start: text.length, a: attrs(m[3] ?? "") };
    else if (openTimex) {
      const { start, a } = openTimex;
      timexes.push({
        start,
        end: text.length,
        text: text.slice(start, text.length),
        type: (a.type ?? "DATE") as TimexType,
        value: a.value ?? "",
        mod: (a.mod ?? null) as TimexMod | null,
      });
      openTimex = null;
    }
  }
  text += decode(body.slice(at));
  return { id, dct, text, timexes };
}
