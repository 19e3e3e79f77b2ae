import assert from "node:assert/strict";
import { test } from "node:test";
import type { Entity, EntityType } from "../../src/article/analysis.js";
import {
  aliasCompatible,
  dominantNamesake,
  entityIdentity,
  localEntityKey,
  nameParts,
} from "../../src/kb/entity-key.js";
import { normaliseName, normaliseOrgName, normalisePersonName } from "../../src/kb/normalise.js";

function entity(type: EntityType, name: string, extra: Partial<Entity> = {}): Entity {
  return { id: "e1", type, name, mentions: [], ...extra };
}

test("names fold case, diacritics, hyphens, apostrophes and a leading 'the'", () => {
  assert.equal(normaliseName("Kim Jong-un"), normaliseName("KIM JONG UN"));
  assert.equal(normaliseName("José Müller"), "jose muller");
  assert.equal(normaliseName("The Red Cross"), "red cross");
  assert.equal(normaliseName("O'Neill"), "oneill");
  assert.equal(normalisePersonName("Dr. Anna M. Keller"), "anna keller");
  assert.equal(normalisePersonName("Mr Smith"), "smith");
});

test("a country is keyed by its code when its name names the country, under any of its names", () => {
  assert.equal(entityIdentity(entity("GPE", "Norway", { country: "NO" })).key, "place:cc:NO");
  assert.equal(entityIdentity(entity("GPE", "Kingdom of Norway", { country: "no" })).key, "place:cc:NO");
  assert.equal(entityIdentity(entity("GPE", "DPRK", { country: "KP" })).key, "place:cc:KP");
});

test("a city carrying its country's code is keyed by its own name, not the country's", () => {
  assert.equal(entityIdentity(entity("GPE", "Bergen", { country: "NO" })).key, "place:bergen");
  assert.equal(entityIdentity(entity("LOC", "Bergen")).key, "place:bergen", "GPE and LOC are one family");
});

test("a full person name is a key; one word alone is not (surnames are shared)", () => {
  const full = entityIdentity(entity("PERSON", "Anna Keller", { roles: ["Defence Minister"] }));
  assert.equal(full.key, "person:anna keller");
  assert.equal(full.partial, false);
  assert.deepEqual(full.roles, ["defence minister"]);
  const lone = entityIdentity(entity("PERSON", "Keller"));
  assert.equal(lone.key, null);
  assert.equal(lone.partial, true);
  assert.notEqual(
    entityIdentity(entity("PERSON", "Marco Keller")).key,
    full.key,
    "two people sharing a surname have different keys",
  );
});

test("an organ of a state is keyed by name and country: each country's defence ministry is another body", () => {
  const no = entityIdentity(entity("ORG", "defence ministry", { country: "NO" })).key;
  const fi = entityIdentity(entity("ORG", "Defence Ministry", { country: "FI" })).key;
  assert.notEqual(no, fi);
  assert.equal(no, "org:defence ministry@NO");
});

test("any other organisation is keyed by name alone: a country guessed in one article does not split it", () => {
  const here = entityIdentity(entity("ORG", "Halvorsen Shipping", { country: "NO" })).key;
  const there = entityIdentity(entity("ORG", "Halvorsen Shipping")).key;
  assert.equal(here, there);
  assert.equal(entityIdentity(entity("ORG", "Red Cross")).key, "org:red cross");
});

test("groups key by country when known, else by name", () => {
  assert.equal(entityIdentity(entity("NORP", "Finnish", { country: "FI" })).key, "group:cc:FI");
  assert.equal(entityIdentity(entity("NORP", "Finns", { country: "FI" })).key, "group:cc:FI");
  assert.equal(entityIdentity(entity("NORP", "Sunni")).key, "group:sunni");
});

test("an empty name has no key", () => {
  assert.equal(entityIdentity(entity("ORG", "—")).key, null);
});

test("local keys are per document; name parts are the first and last word of a full name", () => {
  const lone = entityIdentity(entity("PERSON", "Keller"));
  assert.notEqual(localEntityKey("sha256:a", lone), localEntityKey("sha256:b", lone));
  assert.deepEqual(nameParts("lee seong kweun"), ["lee", "kweun"]);
  assert.deepEqual(nameParts("keller"), []);
});

test("alias matches merge only within a family and with compatible countries", () => {
  const place = { family: "place" as const, country: null, norm: "bergen" };
  assert.equal(aliasCompatible(place, { family: "place", country: "NO" }), true);
  assert.equal(
    aliasCompatible({ family: "place", country: "FI", norm: "turku" }, { family: "place", country: "NO" }),
    false,
  );
  const ministry = { family: "org" as const, country: null, norm: "foreign ministry" };
  assert.equal(aliasCompatible(ministry, { family: "org", country: "NO" }), false);
  const firm = { family: "org" as const, country: null, norm: "halvorsen shipping" };
  assert.equal(aliasCompatible(firm, { family: "org", country: "NO" }), true);
  assert.equal(aliasCompatible({ ...firm, country: "NO" }, { family: "person", country: "NO" }), false);
});

test("a company is one organisation with or without its legal form, but a name is never folded to nothing", () => {
  const key = (name: string) => entityIdentity(entity("ORG", name)).key;
  assert.equal(key("Halvorsen Shipping ASA"), key("Halvorsen Shipping"));
  assert.equal(key("Ford Motor Co."), key("Ford Motor Company"));
  assert.equal(normaliseOrgName("Acme Holdings Inc."), "acme holdings");
  assert.equal(normaliseOrgName("Company"), "company");
  assert.notEqual(key("Co-operative Bank"), key("Bank"), "a legal-form word inside a name stays");
  assert.equal(normaliseOrgName("Co-operative Bank"), "co operative bank");
});

test("a lone surname means the namesake who stands out: many mentions, ten times the next", () => {
  assert.equal(
    dominantNamesake([
      { id: 684, mentions: 47 },
      { id: 5, mentions: 4609 },
    ]),
    5,
  );
  assert.equal(
    dominantNamesake([
      { id: 5, mentions: 400 },
      { id: 684, mentions: 47 },
    ]),
    null,
  );
  assert.equal(dominantNamesake([{ id: 5, mentions: 120 }]), 5);
});

test("must not fire: no namesake, too few mentions, or two well-known namesakes", () => {
  assert.equal(dominantNamesake([]), null);
  assert.equal(dominantNamesake([{ id: 1, mentions: 12 }]), null);
  assert.equal(
    dominantNamesake([
      { id: 1, mentions: 300 },
      { id: 2, mentions: 90 },
    ]),
    null,
  );
});
