import { type AnyFeed, parseFeed } from "feedsmith";
import { InputError } from "../article/errors.js";
import { buildArticle, failure, type Place } from "./build-article.js";
import { htmlFragmentToText } from "./html.js";
import type { ArticleFields, ReadItem, ReadOptions } from "./types.js";

type Parsed = AnyFeed<string>;

/** Loose item fields common to every feed flavour, before HTML is turned into text. */
interface FeedItem {
  html: string | null;
  plain: string | null;
  published: string | null | undefined;
  title: string | null | undefined;
  titleIsHtml?: boolean;
  url: string | null | undefined;
  id: string | null | undefined;
}

/**
 * An RSS 2.0, RSS 1.0 (RDF), Atom or JSON Feed document: every item is an article. The text is the fullest
 * content the item carries (content:encoded, Atom content, then description/summary), HTML turned into
 * paragraphs; the source is the feed's title. An item without text is a failure; the others go on.
 */
export function* readFeed(document: string | object, input: string, options: ReadOptions): Generator<ReadItem> {
  let parsed: Parsed;
  try {
    parsed = parseFeed(document);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    throw new InputError(`${input} is not a readable RSS/Atom feed (${why.replace(/\.$/, "")})`, input);
  }
  const { source, items } = feedItems(parsed);
  if (items.length === 0) return;
  let n = 0;
  for (const item of items) {
    n++;
    const place: Place = { input, item: { label: `item ${n}`, origin: `${input}#${n}` } };
    const text = item.html != null && item.html.trim() !== "" ? htmlFragmentToText(item.html) : (item.plain ?? "");
    if (text.trim() === "") {
      yield failure(place, "no text (the item has no content, description or summary)");
      continue;
    }
    const fields: ArticleFields = {
      text,
      published: item.published ?? null,
      title: item.title && item.titleIsHtml ? htmlFragmentToText(item.title) : item.title,
      url: item.url,
      source,
      externalId: item.id,
    };
    yield buildArticle(fields, options, place);
  }
}

function feedItems(parsed: Parsed): { source: string | null; items: FeedItem[] } {
  switch (parsed.format) {
    case "rss":
    case "rdf": {
      const feed = parsed.feed;
      return {
        source: feed.title ?? null,
        items: (feed.items ?? []).map((item) => ({
          html: item.content?.encoded ?? item.description ?? null,
          plain: null,
          published: ("pubDate" in item ? item.pubDate : undefined) ?? item.dc?.dates?.[0] ?? item.atom?.published,
          title: item.title,
          url: item.link,
          id: ("guid" in item ? item.guid?.value : undefined) ?? item.link,
        })),
      };
    }
    case "atom": {
      const feed = parsed.feed;
      return {
        source: feed.title?.value ?? null,
        items: (feed.entries ?? []).map((entry) => {
          const content = entry.content?.value ? entry.content : entry.summary;
          const isText = content?.type === undefined || content.type === "text";
          const link = entry.links?.find((l) => !l.rel || l.rel === "alternate") ?? entry.links?.[0];
          return {
            html: isText ? null : (content?.value ?? null),
            plain: isText ? (content?.value ?? null) : null,
            published: entry.published ?? entry.updated ?? entry.dc?.dates?.[0],
            title: entry.title?.value,
            titleIsHtml: entry.title?.type === "html" || entry.title?.type === "xhtml",
            url: link?.href,
            id: entry.id,
          };
        }),
      };
    }
    case "json": {
      const feed = parsed.feed;
      return {
        source: feed.title ?? null,
        items: (feed.items ?? []).map((item) => ({
          html: item.content_html ?? null,
          plain: item.content_text ?? item.summary ?? null,
          published: item.date_published,
          title: item.title,
          url: item.url ?? item.external_url,
          id: item.id,
        })),
      };
    }
  }
}
