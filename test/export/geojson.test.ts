import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { type Fixture, openFixture } from "./fixture.js";

interface Feature {
  type: string;
  id: string;
  geometry: { type: string; coordinates: number[] };
  properties: Record<string, unknown>;
}

let fx: Fixture;
let fc: { type: string; features: Feature[] };
before(async () => {
  fx = await openFixture();
  fc = JSON.parse(await fx.run("geojson"));
});
after(() => fx.store.close());

test("a valid FeatureCollection of points in range, [lon, lat]", () => {
  assert.equal(fc.type, "FeatureCollection");
  assert.ok(fc.features.length > 0);
  for (const f of fc.features) {
    assert.equal(f.type, "Feature");
    assert.equal(f.geometry.type, "Point");
    assert.equal(f.geometry.coordinates.length, 2);
    const [lon, lat] = f.geometry.coordinates as [number, number];
    assert.ok(lon >= -180 && lon <= 180, `lon ${lon}`);
    assert.ok(lat >= -90 && lat <= 90, `lat ${lat}`);
    for (const k of ["name", "type", "country", "mentions", "documents", "firstSeen", "lastSeen"])
      assert.ok(k in f.properties, k);
    assert.ok(f.properties.type === "GPE" || f.properties.type === "LOC");
  }
});

test("coordinates are the article's, longitude first", async () => {
  // Every place located by an analysis: its first coordinates appear in the feature, lon before lat.
  const located = new Map<string, { lat: number; lon: number }>();
  for await (const d of fx.store.exportDocuments({ analysis: true }))
    for (const e of d.analysis?.entities ?? []) {
      const kb = d.entities.find((x) => x.local === e.id);
      if (e.geo && kb && !located.has(kb.entity.name)) located.set(kb.entity.name, e.geo);
    }
  assert.ok(located.size > 0);
  const byName = new Map(fc.features.map((f) => [f.properties.name as string, f]));
  for (const [name, geo] of located) {
    const f = byName.get(name);
    assert.ok(f, `${name} is a feature`);
    assert.deepEqual(f.geometry.coordinates, [geo.lon, geo.lat]);
  }
  const people = (await fx.store.entities({ type: "PERSON", limit: 5 })).map((e) => e.name);
  for (const p of people) assert.ok(!byName.has(p), "people are not places");
});
