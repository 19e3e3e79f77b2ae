/** Size limits of the readers, and the one-line messages that explain them. */

const MB = 1024 * 1024;

/** Largest article body analysed by default: far above any real article, small enough to stay fast. */
export const DEFAULT_MAX_ARTICLE_BYTES = 5 * MB;

/** HTML pages carry markup around the text; a page may be this many times the article limit. */
export const HTML_PAGE_FACTOR = 4;

/** Feeds and JSON documents are parsed whole; above this, JSON lines (streamed) is the way. */
export const WHOLE_DOCUMENT_MAX_BYTES = 64 * MB;

export function maxArticleBytes(option: number | undefined): number {
  return option !== undefined && option > 0 ? option : DEFAULT_MAX_ARTICLE_BYTES;
}

/** A measured size: always one decimal ("20.0 MB"); kilobytes under a tenth of a megabyte ("3.2 KB"). */
export function size(bytes: number): string {
  return bytes < MB / 10 ? `${(bytes / 1024).toFixed(1)} KB` : `${(bytes / MB).toFixed(1)} MB`;
}

/** A limit: whole numbers stay whole ("5 MB"), others get one decimal. */
export function limit(bytes: number): string {
  const [value, unit] = bytes < MB / 10 ? [bytes / 1024, "KB"] : [bytes / MB, "MB"];
  return Number.isInteger(value) ? `${value} ${unit}` : `${value.toFixed(1)} ${unit}`;
}

export function articleTooBig(bytes: number, max: number): string {
  return `article is ${size(bytes)}; dossier reads articles up to ${limit(max)}; split it or raise --max-article-mb`;
}

export function pageTooBig(bytes: number, max: number): string {
  return `page is ${size(bytes)}; dossier reads HTML pages up to ${limit(max * HTML_PAGE_FACTOR)} (${HTML_PAGE_FACTOR}× the article limit); save the article text or raise --max-article-mb`;
}

/** For inputs parsed whole (feeds, JSON documents): `what` is "feed" or "JSON document". */
export function documentTooBig(bytes: number, what: string): string {
  return `${what} is ${size(bytes)}; dossier reads a ${what} whole, up to ${limit(WHOLE_DOCUMENT_MAX_BYTES)}; give one article per line (JSON lines) to stream bigger collections`;
}
