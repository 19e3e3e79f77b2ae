import { parsePublished } from "../article/published.js";
import { articleTooBig, maxArticleBytes } from "./limits.js";
import { publishedValue } from "./published-value.js";
import type { ArticleFields, ReadItem, ReadOptions } from "./types.js";

/** Where an article came from: the input, and for multi-article inputs which item ("line 17", "item 3"). */
export interface Place {
  input: string;
  item?: { label: string; origin: string };
}

/**
 * Which publication date an article gets. The article's own real date (made ISO by publishedValue) wins;
 * `options.published` fills in when the article has none or one that is not a real date (the flag is the
 * user's fix), and wins outright with `overridePublished`. An own impossible date with no flag is kept, so
 * the reference stage reports it.
 */
export function choosePublished(own: string | null | undefined, options: ReadOptions): string | null {
  const given = publishedValue(own);
  const flag = options.published?.trim() ? options.published.trim() : null;
  if (flag && options.overridePublished) return flag;
  if (given && parsePublished(given)) return given;
  return flag ?? given;
}

/** A failure at a place: the reason starts with the item ("line 17: …") when there is one. */
export function failure(place: Place, reason: string): ReadItem {
  return { failed: true, origin: place.input, reason: place.item ? `${place.item.label}: ${reason}` : reason };
}

/** Turns the fields an input gave into an Article, or a failure when the body is over the size limit. */
export function buildArticle(fields: ArticleFields, options: ReadOptions, place: Place): ReadItem {
  const max = maxArticleBytes(options.maxArticleBytes);
  // Cheap bound first: UTF-8 takes at most 3 bytes per UTF-16 unit, so most texts skip the byte count.
  if (fields.text.length * 3 > max) {
    const bytes = Buffer.byteLength(fields.text, "utf8");
    if (bytes > max) return failure(place, articleTooBig(bytes, max));
  }
  return {
    text: fields.text,
    published: choosePublished(fields.published, options),
    title: oneLine(fields.title),
    url: oneLine(fields.url),
    source: oneLine(fields.source),
    origin: place.item?.origin ?? place.input,
    externalId: oneLine(fields.externalId),
  };
}

/** Metadata is one line of text: whitespace folded, empty means absent. */
function oneLine(value: string | null | undefined): string | null {
  if (value == null) return null;
  const folded = value.replace(/\s+/g, " ").trim();
  return folded === "" ? null : folded;
}
