import { skipBlank } from "./seed.js";
import type { ArticleFields } from "./types.js";

/**
 * Plain text, optionally opened by header lines (`title: …`, `date: …`, `published: …`, `url: …`,
 * `source: …`, `id: …`; keys case-insensitive). The header ends at the first blank or non-header line;
 * the body is the rest, less its leading blank space. The first value of a key wins; `date` and
 * `published` are the same key.
 */
const HEADER = /^[ \t]*(date|published|title|url|source|id)[ \t]*:[ \t]*(.*?)[ \t\r]*$/i;

const FIELD: Record<string, keyof Omit<ArticleFields, "text">> = {
  date: "published",
  published: "published",
  title: "title",
  url: "url",
  source: "source",
  id: "externalId",
};

export function isHeaderLine(line: string): boolean {
  return HEADER.test(line);
}

/** The header fields and where the body starts. */
export function splitHeaders(text: string): { fields: Omit<ArticleFields, "text">; bodyStart: number } {
  const fields: Omit<ArticleFields, "text"> = {};
  let at = skipBlank(text, 0);
  while (at < text.length) {
    const end = text.indexOf("\n", at);
    const line = text.slice(at, end < 0 ? text.length : end);
    const m = HEADER.exec(line);
    if (!m?.[1]) break;
    const key = FIELD[m[1].toLowerCase()];
    if (key && fields[key] == null && m[2]) fields[key] = m[2];
    at = end < 0 ? text.length : end + 1;
  }
  return { fields, bodyStart: skipBlank(text, at) };
}

export function readPlainText(text: string): ArticleFields {
  const { fields, bodyStart } = splitHeaders(text);
  return { ...fields, text: text.slice(bodyStart) };
}
