import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { ftmEntity } from "../../src/export/ftm.js";
import type { ExportEntity } from "../../src/store/contract.js";
import { buildStore, type Fixture, openFixture } from "./fixture.js";

/*
 * The FollowTheMoney schemata this export may write, with their parents and their own settable properties, as
 * FtM's model defines them (followthemoney 3.8, defaultModel.json; reverse "stub" properties left out).
 */
const MODEL: Record<string, { extends: string[]; required?: string[]; properties: string }> = {
  Thing: {
    extends: [],
    required: ["name"],
    properties:
      "address addressEntity alephUrl alias country createdAt description indexText keywords modifiedAt name notes previousName program programId proof publisher publisherUrl retrievedAt sourceUrl summary topics weakAlias wikidataId wikipediaUrl",
  },
  LegalEntity: {
    extends: ["Thing"],
    properties:
      "bvdId classification dissolutionDate dunsCode email icijId idNumber incorporationDate innCode jurisdiction legalForm leiCode licenseNumber mainCountry npiCode ogrnCode okpoCode opencorporatesUrl parent phone registrationNumber sector status swiftBic taxNumber taxStatus uniqueEntityId vatCode website",
  },
  Person: {
    extends: ["LegalEntity"],
    properties:
      "appearance birthCountry birthDate birthPlace citizenship deathDate education ethnicity eyeColor fatherName firstName gender hairColor height lastName middleName motherName nameSuffix nationality passportNumber political position religion secondName socialSecurityNumber spokenLanguage title weight",
  },
  Organization: { extends: ["LegalEntity"], properties: "cageCode giiNumber imoNumber permId" },
  PublicBody: { extends: ["Organization"], properties: "" },
  Address: {
    extends: ["Thing"],
    properties:
      "city country full googlePlaceId latitude longitude osmId postOfficeBox postalCode region remarks state street street2",
  },
  Analyzable: {
    extends: [],
    properties:
      "companiesMentioned detectedCountry detectedLanguage emailMentioned ibanMentioned ipMentioned locationMentioned namesMentioned peopleMentioned phoneMentioned",
  },
  Document: {
    extends: ["Analyzable", "Thing"],
    required: ["fileName"],
    properties:
      "ancestors author authoredAt bodyText contentHash crawler date encoding extension fileName fileSize generator language messageId mimeType parent processedAt processingAgent processingError processingStatus publishedAt title translatedLanguage translatedText",
  },
  Article: { extends: ["Document"], properties: "" },
  Interval: {
    extends: [],
    properties:
      "alephUrl date description endDate indexText modifiedAt namesMentioned publisher publisherUrl recordId retrievedAt sourceUrl startDate summary",
  },
  Interest: { extends: ["Interval"], properties: "role status" },
  Documentation: { extends: ["Interest"], required: ["document", "entity"], properties: "document entity" },
  Event: { extends: ["Analyzable", "Interval", "Thing"], properties: "country important involved location organizer" },
};

function allowed(schema: string): { properties: Set<string>; required: Set<string> } {
  const def = MODEL[schema];
  assert.ok(def, `unknown schema ${schema}`);
  const properties = new Set(def.properties.split(" ").filter((p) => p !== ""));
  const required = new Set(def.required ?? []);
  for (const parent of def.extends) {
    const p = allowed(parent);
    for (const x of p.properties) properties.add(x);
    for (const x of p.required) required.add(x);
  }
  return { properties, required };
}

// Properties holding references to other entities, and properties whose type FtM checks by form.
const REFERENCES = new Set(["document", "entity", "involved", "addressEntity", "proof", "parent"]);
const DATE = /^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2})?)?)?)?$/;

interface FtmLine {
  id: string;
  schema: string;
  properties: Record<string, unknown>;
}

let fx: Fixture;
let lines: FtmLine[];
before(async () => {
  fx = await openFixture();
  lines = (await fx.run("ftm"))
    .split("\n")
    .filter((l) => l !== "")
    .map((l) => JSON.parse(l) as FtmLine);
});
after(() => fx.store.close());

test("every line is an FtM entity of an allowed schema, with only that schema's properties as string arrays", () => {
  assert.ok(lines.length > 0);
  const ids = new Set<string>();
  for (const e of lines) {
    assert.match(e.id, /^[a-z0-9-]+$/, "an id FtM accepts");
    assert.ok(!ids.has(e.id), `id ${e.id} repeated`);
    ids.add(e.id);
    const { properties, required } = allowed(e.schema);
    for (const [name, values] of Object.entries(e.properties)) {
      assert.ok(properties.has(name), `${e.schema} has no property ${name}`);
      assert.ok(Array.isArray(values) && values.length > 0, `${e.schema}.${name} is a non-empty array`);
      for (const v of values) assert.equal(typeof v, "string", `${e.schema}.${name} holds strings`);
    }
    for (const name of required) assert.ok(e.properties[name], `${e.schema} ${e.id} lacks required ${name}`);
  }
});

test("references point at entities in the same export, and typed values have FtM's form", () => {
  const byId = new Map(lines.map((e) => [e.id, e]));
  for (const e of lines) {
    for (const [name, values] of Object.entries(e.properties) as [string, string[]][]) {
      if (REFERENCES.has(name)) for (const v of values) assert.ok(byId.has(v), `${e.schema}.${name} → ${v} missing`);
      if (name === "country") for (const v of values) assert.match(v, /^[a-z]{2}$/, "ISO 3166 alpha-2, lower case");
      if (name === "date" || name === "publishedAt") for (const v of values) assert.match(v, DATE);
      if (name === "latitude") for (const v of values) assert.ok(Math.abs(Number(v)) <= 90);
      if (name === "longitude") for (const v of values) assert.ok(Math.abs(Number(v)) <= 180);
    }
  }
  const docs = lines.filter((e) => e.schema === "Documentation");
  assert.ok(docs.length > 0);
  for (const d of docs) {
    assert.equal(byId.get((d.properties.document as string[])[0] as string)?.schema, "Article");
  }
});

test("people, organisations, places and articles are all there, one article per stored document", () => {
  const count = (schema: string) => lines.filter((e) => e.schema === schema).length;
  assert.equal(count("Article"), fx.stats.articles);
  assert.ok(count("Person") > 0 && count("Address") > 0);
  assert.ok(count("Organization") + count("PublicBody") > 0);
  const located = lines.filter((e) => e.schema === "Address" && e.properties.latitude);
  assert.ok(located.length > 0, "places carry the coordinates their articles gave");
  const article = lines.find((e) => e.schema === "Article" && e.properties.sourceUrl);
  assert.ok(article?.properties.bodyText && article.properties.publishedAt && article.properties.title);
});

test("article bodies are left out on request", async () => {
  const text = await fx.run("ftm", { text: false });
  assert.ok(!text.includes('"bodyText"'));
});

test("state organs are PublicBody, companies Organization, nationalities are left out", () => {
  const entity = (type: ExportEntity["type"], name: string): ExportEntity => ({
    id: 1,
    key: `k:${name}`,
    name,
    type,
    country: "FR",
    local: false,
    mentions: 1,
    documents: 1,
    firstSeen: null,
    lastSeen: null,
    aliases: [{ text: name, count: 1 }],
    roles: [],
    geo: null,
  });
  assert.equal(ftmEntity(entity("ORG", "French interior ministry"))?.schema, "PublicBody");
  assert.equal(ftmEntity(entity("ORG", "Lyon Shipping Company"))?.schema, "Organization");
  assert.equal(ftmEntity(entity("ORG", "Agence France-Presse news agency"))?.schema, "Organization");
  assert.equal(ftmEntity(entity("NORP", "French")), null);
  assert.deepEqual(ftmEntity(entity("GPE", "Lyon"))?.properties.country, ["fr"]);
});

test("ids are the same when the same articles are ingested in another order", async () => {
  const smaller = await openFixture(buildStore(["examples/meridian-newswire.jsonl", "examples/kestrel-wire.txt"]));
  try {
    const other = (await smaller.run("ftm")).split("\n").filter((l) => l !== "");
    const ids = new Set(lines.map((e) => e.id));
    const shared = other.map((l) => (JSON.parse(l) as FtmLine).id).filter((id) => ids.has(id));
    // The smaller store's people and articles are all found, under the same ids, in the full one.
    const people = other
      .map((l) => JSON.parse(l) as FtmLine)
      .filter((e) => e.schema === "Person" || e.schema === "Article");
    assert.ok(people.length > 0);
    for (const p of people) assert.ok(ids.has(p.id), `${p.schema} ${JSON.stringify(p.properties.name)} has another id`);
    assert.ok(shared.length > people.length);
  } finally {
    await smaller.store.close();
  }
});
