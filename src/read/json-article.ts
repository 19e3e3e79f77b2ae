import { buildArticle, failure, type Place } from "./build-article.js";
import type { ArticleFields, ReadItem, ReadOptions } from "./types.js";

/** The shape one article takes in JSON and JSON lines inputs. */
export const JSON_ARTICLE_SHAPE = `{"text": "…", "published": "YYYY-MM-DD", "title"?, "url"?, "source"?, "id"?}`;

const STRING_FIELDS = ["published", "date", "title", "url", "source"] as const;

/** One parsed JSON value as an article: `text` is required, the rest optional; wrong types are reported. */
export function articleFromJson(value: unknown, options: ReadOptions, place: Place): ReadItem {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return failure(place, `not an article object: expected ${JSON_ARTICLE_SHAPE}`);
  }
  const record = value as Record<string, unknown>;
  if (typeof record.text !== "string") {
    return failure(
      place,
      record.text === undefined ? `no "text" field: expected ${JSON_ARTICLE_SHAPE}` : `"text" is not a string`,
    );
  }
  if (record.text.trim() === "") return failure(place, `"text" is empty: nothing to analyse`);
  for (const key of STRING_FIELDS) {
    const v = record[key];
    if (v !== undefined && v !== null && typeof v !== "string") return failure(place, `"${key}" is not a string`);
  }
  const id = record.id;
  if (id !== undefined && id !== null && typeof id !== "string" && typeof id !== "number") {
    return failure(place, `"id" is not a string or number`);
  }
  const str = (v: unknown) => (typeof v === "string" ? v : null);
  const fields: ArticleFields = {
    text: record.text,
    published: str(record.published) ?? str(record.date),
    title: str(record.title),
    url: str(record.url),
    source: str(record.source),
    externalId: id == null ? null : String(id),
  };
  return buildArticle(fields, options, place);
}
