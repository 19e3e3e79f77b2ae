import { indexWords, searchItems } from "../shared/search-terms.js";

// PostgreSQL keeps at most 256 positions per lexeme and positions up to 16383; lexemes are under 2 KB.
const MAX_POSITIONS = 256;
const MAX_POSITION = 16383;
const MAX_LEXEME = 500;
// A tsvector holds at most 1 MB: a longer article is indexed up to about that much (its start, where the news is).
const MAX_BYTES = 900_000;

function quote(lexeme: string): string {
  return `'${lexeme.replace(/\\/g, "\\\\").replace(/'/g, "''")}'`;
}

/**
 * A text as tsvector input, tokenised here exactly as search text is (letters and digits, folded): no text search
 * parser or dictionary runs on the server, so the index sees the same words in any database locale, and the
 * words match as FTS5's unicode61 tokenizer (remove_diacritics) would match them in the SQLite store.
 */
export function tsvectorText(...texts: string[]): string {
  const positions = new Map<string, number[]>();
  let at = 0;
  let bytes = 0;
  for (const text of texts)
    for (const word of indexWords(text)) {
      at++;
      if (word.length > MAX_LEXEME) continue;
      const list = positions.get(word);
      const pos = Math.min(at, MAX_POSITION);
      if (!list) {
        // Lexeme, entry header and alignment: a safe over-estimate of what the server stores.
        bytes += Buffer.byteLength(word) + 8;
        if (bytes > MAX_BYTES) return render(positions);
        positions.set(word, [pos]);
      } else if (list.length < MAX_POSITIONS && list[list.length - 1] !== pos) {
        bytes += 2;
        list.push(pos);
      }
    }
  return render(positions);
}

function render(positions: Map<string, number[]>): string {
  return [...positions].map(([w, ps]) => `${quote(w)}:${ps.join(",")}`).join(" ");
}

/**
 * User text as a tsquery (cast with ::tsquery, no parser involved) that can never be a syntax error: phrases as
 * <-> chains, prefixes as :*, terms ANDed unless OR stands between them. Null when no word is left.
 */
export function tsQuery(text: string, prefixLast = false): string | null {
  const items = searchItems(text, prefixLast);
  if (items.length === 0) return null;
  const parts: string[] = [];
  for (const [i, item] of items.entries()) {
    if (item === "OR") {
      parts.push("|");
      continue;
    }
    if (i > 0 && items[i - 1] !== "OR") parts.push("&");
    const words = item.words.map((w) => w.normalize("NFKC")).flatMap((w) => indexWords(w));
    if (words.length === 0) {
      // Cannot happen (search words are letters and digits), but a dangling operator must never reach the server.
      parts.pop();
      continue;
    }
    const chain = words.map((w, k) => `${quote(w)}${item.prefix && k === words.length - 1 ? ":*" : ""}`);
    parts.push(chain.length > 1 ? `(${chain.join(" <-> ")})` : (chain[0] as string));
  }
  return parts.join(" ");
}
