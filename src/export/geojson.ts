import type { ExportEntity, Store } from "../store/contract.js";
import type { ExportOptions, ExportResult } from "./format.js";
import { entityIri } from "./ids.js";
import { JsonArrayWriter } from "./json-stream.js";
import type { Sink } from "./sink.js";

/*
 * Places as a GeoJSON FeatureCollection (RFC 7946): one Point per knowledge-base place (GPE, LOC) whose articles
 * gave it coordinates, [longitude, latitude] in WGS 84, with what the knowledge base knows of it as properties.
 * Places no article located are left out (and counted in the notes).
 */

const valid = (lat: number, lon: number) =>
  Number.isFinite(lat) && Number.isFinite(lon) && lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180;

export function placeFeature(e: ExportEntity): Record<string, unknown> | null {
  if (!e.geo || !valid(e.geo.lat, e.geo.lon)) return null;
  return {
    type: "Feature",
    id: entityIri(e.key),
    geometry: { type: "Point", coordinates: [e.geo.lon, e.geo.lat] },
    properties: {
      name: e.name,
      type: e.type,
      country: e.country,
      key: e.key,
      aliases: e.aliases.map((a) => a.text),
      mentions: e.mentions,
      documents: e.documents,
      firstSeen: e.firstSeen,
      lastSeen: e.lastSeen,
    },
  };
}

export async function exportGeoJson(store: Store, sink: Sink, _options: ExportOptions): Promise<ExportResult> {
  const out = new JsonArrayWriter(sink, [{ type: "FeatureCollection" }, "features"]);
  await out.open();
  let unlocated = 0;
  for await (const e of store.exportEntities({ types: ["GPE", "LOC"], geo: true })) {
    const feature = placeFeature(e);
    if (feature) await out.item(feature);
    else unlocated++;
  }
  const records = await out.close();
  await sink.flush();
  return { records, notes: unlocated > 0 ? [`${unlocated} places without coordinates: left out`] : [] };
}
