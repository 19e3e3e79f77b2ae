import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { type Fixture, openFixture } from "./fixture.js";

/*
 * schema.org terms a Claim (a CreativeWork, a Thing) may carry, from schema.org's definitions of Claim,
 * CreativeWork and Thing; and those of the nodes it points at.
 */
const CLAIM_PROPERTIES = new Set([
  "@type",
  "@id",
  "appearance",
  "firstAppearance",
  "claimInterpreter",
  "about",
  "author",
  "citation",
  "dateCreated",
  "datePublished",
  "hasPart",
  "isBasedOn",
  "isPartOf",
  "keywords",
  "mentions",
  "text",
  "identifier",
  "name",
  "url",
  "sameAs",
  "description",
]);
const ARTICLE_PROPERTIES = new Set(["@type", "@id", "identifier", "url", "headline", "datePublished", "publisher"]);
const AGENT_TYPES = new Set(["Person", "Organization", "GovernmentOrganization", "NewsMediaOrganization"]);
const ISO = /^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?)?)?$/;

type Node = Record<string, unknown>;

let fx: Fixture;
let doc: { "@context": unknown; "@graph": Node[] };
before(async () => {
  fx = await openFixture();
  doc = JSON.parse(await fx.run("claims-jsonld"));
});
after(() => fx.store.close());

function checkArticle(a: unknown): void {
  const node = a as Node;
  assert.equal(node["@type"], "NewsArticle");
  assert.match(String(node["@id"]), /^urn:dossier:document:/);
  assert.ok(node.url || node.identifier, "an appearance says where it is");
  for (const k of Object.keys(node)) assert.ok(ARTICLE_PROPERTIES.has(k), `NewsArticle.${k}`);
  if (node.datePublished) assert.match(String(node.datePublished), ISO);
}

function checkClaim(c: Node): void {
  assert.equal(c["@type"], "Claim");
  assert.match(String(c["@id"]), /^urn:dossier:(claim|report):[0-9a-f]{32}$/);
  assert.ok(typeof c.text === "string" && c.text !== "", "a claim has its text");
  for (const k of Object.keys(c)) assert.ok(CLAIM_PROPERTIES.has(k), `Claim.${k} is not a schema.org term`);
  const author = c.author as Node;
  assert.ok(AGENT_TYPES.has(String(author["@type"])), `author type ${author["@type"]}`);
  assert.ok(typeof author.name === "string" && author.name !== "");
  const appearances = Array.isArray(c.appearance) ? c.appearance : [c.appearance];
  assert.ok(appearances.length > 0 && appearances[0], "it appears somewhere");
  for (const a of appearances) checkArticle(a);
  for (const k of ["dateCreated", "datePublished"]) if (c[k]) assert.match(String(c[k]), ISO);
}

test("one JSON-LD document with the schema.org context and a Claim per knowledge-base claim", () => {
  assert.equal(doc["@context"], "https://schema.org");
  assert.equal(doc["@graph"].length, fx.stats.claims);
  const ids = new Set(doc["@graph"].map((c) => c["@id"]));
  assert.equal(ids.size, doc["@graph"].length, "claim ids are unique");
  for (const c of doc["@graph"]) {
    checkClaim(c);
    checkArticle(c.firstAppearance);
    assert.ok((c.keywords as string[]).some((k) => /^polarity:(positive|negative)$/.test(k)));
  }
});

test("each report is a part with the article's own wording, taken from the stored analysis", async () => {
  const parts = doc["@graph"].flatMap((c) => c.hasPart as Node[]);
  assert.equal(parts.length, fx.stats.claimReports);
  for (const part of parts) {
    checkClaim(part);
    const [docId, local] = String(part.identifier).split("#") as [string, string];
    const analysis = await fx.store.analysis(docId);
    const claim = analysis?.claims.find((x) => x.id === local);
    assert.ok(claim, `report ${part.identifier} is in its article`);
    assert.equal(part.text, claim.content.text);
    assert.ok((part.keywords as string[]).includes(`certainty:${claim.certainty}`));
  }
});

test("whom a source cites travels as citation, nearest first", () => {
  const parts = doc["@graph"].flatMap((c) => c.hasPart as Node[]);
  const cited = parts.filter((p) => Array.isArray(p.citation));
  assert.ok(cited.length > 0, "the examples hold attribution chains");
  for (const p of cited) {
    for (const c of p.citation as unknown[]) {
      if (typeof c === "string") assert.ok(c.length > 0);
      else assert.equal((c as Node)["@type"], "CreativeWork");
    }
  }
  const uncited = parts.filter((p) => !("citation" in p));
  assert.ok(uncited.length > 0, "a claim without a chain gets no citation");
});
