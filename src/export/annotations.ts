import type { Analysis } from "../article/analysis.js";
import type { Span } from "../article/span.js";
import type { ClaimIdentity, ExportDocument, ExportEntityRef, Store } from "../store/contract.js";
import { codePointsAfter, codePointsBefore, utf16ToCodePoint } from "./code-points.js";
import type { ExportOptions, ExportResult } from "./format.js";
import { annotationIri, claimIri, documentIri, entityIri } from "./ids.js";
import { JsonArrayWriter } from "./json-stream.js";
import type { Sink } from "./sink.js";

/*
 * W3C Web Annotation Data Model (https://www.w3.org/TR/annotation-model/): one Annotation per span dossier found.
 * The target is the article (its URL, else urn:dossier:document:<id>) with two selectors for the same stretch:
 * a TextPositionSelector whose start/end count CODE POINTS of the text dossier read (dossier's own offsets count
 * UTF-16 units and are converted), and a TextQuoteSelector (exact text, up to 32 code points of prefix and suffix)
 * that anchors even where the page's text differs. What the span is goes in the body:
 *   entity mention  → motivation identifying: the knowledge-base entity, its name, its type (classifying)
 *   claim content   → describing: who claims it, polarity, certainty, whom they cite; linked to the claim
 *   claim cue       → tagging "attribution cue"; claim source → tagging "claim source"
 *   time expression → tagging with its TIMEX3 value, classifying with its type (DATE, DURATION …)
 *   quantity        → tagging with its value and unit; event trigger → tagging with the event type
 */

const CONTEXT = "http://www.w3.org/ns/anno.jsonld";
const QUOTE_CONTEXT = 32;

type Body = Record<string, unknown>;

export interface Annotation {
  "@context"?: string;
  id: string;
  type: "Annotation";
  motivation: "identifying" | "describing" | "tagging";
  body: Body[];
  target: { source: string; selector: Record<string, unknown>[] };
}

const tag = (value: string, purpose = "tagging"): Body => ({ type: "TextualBody", value, purpose });
const link = (source: string, purpose: string): Body => ({ type: "SpecificResource", source, purpose });

/** Every annotation of one article, in the order its layers list them. */
export function annotateDocument(d: ExportDocument, analysis: Analysis): Annotation[] {
  const text = d.text;
  const toCodePoint = utf16ToCodePoint(text);
  const source = d.article.url ?? documentIri(d.article.id);
  const entities = new Map<string, ExportEntityRef>(d.entities.map((e) => [e.local, e.entity]));
  const claims = new Map<string, ClaimIdentity>(d.claims.map((c) => [c.local, c.identity]));
  const out: Annotation[] = [];

  const add = (kind: string, local: string, span: Span, motivation: Annotation["motivation"], body: Body[]) => {
    // A span that does not fit the text cannot be anchored: it is left out rather than written wrong.
    if (!(span.start >= 0 && span.end > span.start && span.end <= text.length)) return;
    out.push({
      id: annotationIri(d.article.id, kind, local, String(span.start), String(span.end)),
      type: "Annotation",
      motivation,
      body,
      target: {
        source,
        selector: [
          { type: "TextPositionSelector", start: toCodePoint(span.start), end: toCodePoint(span.end) },
          {
            type: "TextQuoteSelector",
            exact: text.slice(span.start, span.end),
            prefix: codePointsBefore(text, span.start, QUOTE_CONTEXT),
            suffix: codePointsAfter(text, span.end, QUOTE_CONTEXT),
          },
        ],
      },
    });
  };

  for (const e of analysis.entities) {
    const kb = entities.get(e.id);
    const body = [
      ...(kb ? [link(entityIri(kb.key), "identifying")] : []),
      tag(kb?.name ?? e.name, "identifying"),
      tag(e.type, "classifying"),
    ];
    for (const m of e.mentions) add("mention", e.id, m, "identifying", body);
  }

  for (const c of analysis.claims) {
    const identity = claims.get(c.id);
    const linked = identity ? [link(claimIri(identity), "linking")] : [];
    const who = c.source?.text ?? d.article.source ?? "the article";
    const via = c.via.length > 0 ? `, citing ${c.via.map((v) => v.text).join(", citing ")}` : "";
    const description = `claim by ${who}: ${c.polarity}, ${c.certainty}${c.quote ? ", quoted" : ""}${via}`;
    add("claim", c.id, c.content, "describing", [
      tag(description, "describing"),
      tag("claim", "classifying"),
      ...linked,
    ]);
    add("cue", c.id, c.cue, "tagging", [tag("attribution cue"), ...linked]);
    if (c.source?.span) add("source", c.id, c.source.span, "tagging", [tag("claim source"), ...linked]);
  }

  for (const [i, t] of analysis.times.entries()) {
    const mod = t.mod ? [tag(`mod:${t.mod}`, "describing")] : [];
    add("time", String(i), t, "tagging", [tag(t.value), tag(t.type, "classifying"), ...mod]);
  }

  for (const [i, q] of analysis.quantities.entries()) {
    const amount = q.value !== null ? String(q.value) : [q.min, q.max].filter((v) => v !== null).join("–");
    const value = [q.approximate ? "about" : "", amount, q.unit ?? ""].filter((s) => s !== "").join(" ");
    if (value !== "") add("quantity", String(i), q, "tagging", [tag(value), tag("quantity", "classifying")]);
  }

  for (const v of analysis.events) {
    add("event", v.id, v.trigger, "tagging", [
      tag(v.type),
      tag("event", "classifying"),
      tag(v.factuality, "describing"),
    ]);
  }
  return out;
}

export async function exportAnnotations(store: Store, sink: Sink, options: ExportOptions): Promise<ExportResult> {
  let records = 0;
  const collection = options.lines
    ? null
    : new JsonArrayWriter(sink, [
        {
          "@context": CONTEXT,
          id: "urn:dossier:annotations",
          type: "AnnotationCollection",
          label: "dossier: entities, claims, times, quantities and events found in the articles",
        },
        "first",
        { type: "AnnotationPage" },
        "items",
      ]);
  await collection?.open();
  for await (const d of store.exportDocuments({ analysis: true })) {
    if (!d.analysis) continue;
    for (const a of annotateDocument(d, d.analysis)) {
      if (collection) await collection.item(a);
      else await sink.write(`${JSON.stringify({ "@context": CONTEXT, ...a })}\n`);
      records++;
    }
  }
  await collection?.close();
  await sink.flush();
  return { records, notes: [] };
}
