import { createHash } from "node:crypto";
import type { ClaimIdentity } from "../store/contract.js";

/*
 * Stable identifiers: hashes of what makes a thing the same in any store built from the same articles (an entity's
 * cross-article key, a document's id, a claim's source + polarity + proposition), never of row ids, which depend on
 * ingest order. The same article set exported twice, or from two stores, gives the same ids.
 */

function hash(...parts: string[]): string {
  // A separator that cannot occur in keys, so ("a b", "c") and ("a", "b c") differ.
  return createHash("sha1").update(parts.join("\u0000")).digest("hex").slice(0, 32);
}

export const entityHash = (key: string): string => hash("entity", key);
export const documentHash = (docId: string): string => hash("document", docId);
export const claimHash = (c: ClaimIdentity): string => hash("claim", c.source, c.polarity, c.proposition);
/** A report is `document.id#claim.id` (or `#event.id`): already stable. */
export const reportHash = (reportId: string): string => hash("report", reportId);
export const eventHash = (identity: string): string => hash("event", identity);
export const sourceHash = (key: string): string => hash("source", key);

const IRI = "urn:dossier:";

export const entityIri = (key: string): string => `${IRI}entity:${entityHash(key)}`;
/** Document ids (sha256:…) are kept readable in their IRI so a reader can find the article again. */
export const documentIri = (docId: string): string => `${IRI}document:${iriSafe(docId)}`;
export const claimIri = (c: ClaimIdentity): string => `${IRI}claim:${claimHash(c)}`;
export const reportIri = (reportId: string): string => `${IRI}report:${reportHash(reportId)}`;
export const sourceIri = (key: string): string => `${IRI}source:${sourceHash(key)}`;
export const annotationIri = (...parts: string[]): string => `${IRI}annotation:${hash("annotation", ...parts)}`;

/** Percent-encodes what may not stand in a URN's specific string (RFC 8141 pchar without "/" and "?"). */
function iriSafe(text: string): string {
  return text.replace(/[^A-Za-z0-9\-._~:@!$&'()*+,;=]/g, (c) =>
    [...Buffer.from(c, "utf8")].map((b) => `%${b.toString(16).toUpperCase().padStart(2, "0")}`).join(""),
  );
}
