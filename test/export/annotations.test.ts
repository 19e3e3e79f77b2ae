import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { codePointSlice } from "../../src/export/code-points.js";
import { documentIri } from "../../src/export/ids.js";
import { ASTRAL_URL, type Fixture, openFixture } from "./fixture.js";

interface Selector {
  type: string;
  start?: number;
  end?: number;
  exact?: string;
  prefix?: string;
  suffix?: string;
}
interface Annotation {
  "@context"?: string;
  id: string;
  type: string;
  motivation: string;
  body: { type: string; value?: string; source?: string; purpose: string }[];
  target: { source: string; selector: Selector[] };
}

const MOTIVATIONS = new Set(["identifying", "describing", "tagging"]);
const PURPOSES = new Set(["identifying", "describing", "tagging", "classifying", "linking"]);

let fx: Fixture;
let collection: { "@context": string; type: string; first: { type: string; items: Annotation[] } };
/** Article text by annotation target source (URL, else document IRI). */
const texts = new Map<string, string>();
before(async () => {
  fx = await openFixture();
  collection = JSON.parse(await fx.run("annotations"));
  for await (const d of fx.store.exportDocuments()) texts.set(d.article.url ?? documentIri(d.article.id), d.text);
});
after(() => fx.store.close());

function check(a: Annotation): void {
  assert.equal(a.type, "Annotation");
  assert.match(a.id, /^urn:dossier:annotation:[0-9a-f]{32}$/);
  assert.ok(MOTIVATIONS.has(a.motivation), a.motivation);
  assert.ok(a.body.length > 0);
  for (const b of a.body) {
    assert.ok(PURPOSES.has(b.purpose), b.purpose);
    if (b.type === "TextualBody") assert.ok(typeof b.value === "string" && b.value !== "");
    else assert.equal(b.type, "SpecificResource");
  }
  const text = texts.get(a.target.source);
  assert.ok(text !== undefined, `target ${a.target.source} is a stored article`);
  const position = a.target.selector.find((s) => s.type === "TextPositionSelector");
  const quote = a.target.selector.find((s) => s.type === "TextQuoteSelector");
  assert.ok(position && quote);
  const start = position.start as number;
  const end = position.end as number;
  assert.ok(Number.isInteger(start) && Number.isInteger(end) && start < end);
  // The selectors agree: the code-point slice is the quoted text, and the context surrounds it.
  assert.equal(codePointSlice(text, start, end), quote.exact);
  assert.equal(codePointSlice(text, start - [...(quote.prefix ?? "")].length, start), quote.prefix);
  assert.equal(codePointSlice(text, end, end + [...(quote.suffix ?? "")].length), quote.suffix);
}

test("an AnnotationCollection whose every annotation's position and quote select the same text", () => {
  assert.equal(collection["@context"], "http://www.w3.org/ns/anno.jsonld");
  assert.equal(collection.type, "AnnotationCollection");
  assert.equal(collection.first.type, "AnnotationPage");
  const items = collection.first.items;
  assert.ok(items.length > 0);
  for (const a of items) check(a);
  assert.equal(new Set(items.map((a) => a.id)).size, items.length, "annotation ids are unique");
});

test("past astral characters, positions count code points, not UTF-16 units", () => {
  const text = texts.get(ASTRAL_URL) as string;
  const astral = collection.first.items.filter((a) => a.target.source === ASTRAL_URL);
  assert.ok(astral.length > 0);
  const oslo = astral.find((a) => a.target.selector.some((s) => s.exact === "Oslo"));
  assert.ok(oslo, "the place after the emoji is annotated");
  const position = oslo.target.selector.find((s) => s.type === "TextPositionSelector") as Selector;
  const utf16 = text.indexOf("Oslo");
  const before = text.slice(0, utf16);
  const pairs = before.length - [...before].length;
  assert.ok(pairs >= 4, "the test article has astral characters before the name");
  assert.equal(position.start, utf16 - pairs);
  assert.notEqual(position.start, utf16);
});

test("entities, claims with their cue, times and quantities each get their motivation and body", () => {
  const items = collection.first.items;
  const has = (motivation: string, value: string) =>
    items.some((a) => a.motivation === motivation && a.body.some((b) => b.value === value));
  assert.ok(has("identifying", "PERSON"));
  assert.ok(has("describing", "claim"));
  assert.ok(has("tagging", "attribution cue"));
  assert.ok(
    items.some(
      (a) => a.motivation === "tagging" && a.body.some((b) => b.purpose === "classifying" && b.value === "DATE"),
    ),
  );
  const linked = items.filter((a) => a.body.some((b) => b.type === "SpecificResource"));
  assert.ok(linked.some((a) => a.body.some((b) => b.source?.startsWith("urn:dossier:entity:"))));
  assert.ok(linked.some((a) => a.body.some((b) => b.source?.startsWith("urn:dossier:claim:"))));
  // A time's body holds its TIMEX3 value, not its words.
  const time = items.find((a) => a.body.some((b) => b.value === "DATE")) as Annotation;
  assert.match(time.body[0]?.value ?? "", /^\d{4}/);
});

test("as JSON lines, the same annotations each carry the context", async () => {
  const lines = (await fx.run("annotations", { lines: true })).split("\n").filter((l) => l !== "");
  assert.equal(lines.length, collection.first.items.length);
  for (const line of lines) {
    const a = JSON.parse(line) as Annotation;
    assert.equal(a["@context"], "http://www.w3.org/ns/anno.jsonld");
    check(a);
  }
});
