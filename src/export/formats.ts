import { exportAnnotations } from "./annotations.js";
import { exportClaimsJsonLd } from "./claims-jsonld.js";
import { exportCsv } from "./csv-export.js";
import type { Exporter } from "./format.js";
import { exportFtm } from "./ftm.js";
import { exportGeoJson } from "./geojson.js";

/** Every export format by its name on the command line. */
export const FORMATS = {
  ftm: exportFtm,
  "claims-jsonld": exportClaimsJsonLd,
  annotations: exportAnnotations,
  csv: exportCsv,
  geojson: exportGeoJson,
} satisfies Record<string, Exporter>;

export type FormatName = keyof typeof FORMATS;

export const FORMAT_NAMES = Object.keys(FORMATS) as FormatName[];

export function isFormat(name: string): name is FormatName {
  return Object.hasOwn(FORMATS, name);
}
