import type { Sink } from "./sink.js";

/**
 * Writes one JSON document whose one big array is streamed, item by item, one per line. The array sits at the end
 * of a chain of objects: `[{a: 1}, "list"]` gives {"a":1,"list":[…]}; `[{a: 1}, "page", {type: "P"}, "items"]`
 * gives {"a":1,"page":{"type":"P","items":[…]}}. The document is valid JSON however many items come, even none.
 */
export class JsonArrayWriter {
  private count = 0;
  private readonly opening: string;
  private readonly closing: string;

  /** `chain` alternates objects and the key that holds the next level; its last key holds the array. */
  constructor(
    private readonly sink: Sink,
    chain: (Record<string, unknown> | string)[],
  ) {
    let opening = "";
    let depth = 0;
    for (const link of chain) {
      if (typeof link === "string") opening += `${JSON.stringify(link)}:`;
      else {
        const json = JSON.stringify(link);
        // The object without its closing brace, so the next key joins it as its last.
        opening += json === "{}" ? "{" : `${json.slice(0, -1)},`;
        depth++;
      }
    }
    this.opening = `${opening}[\n`;
    this.closing = `\n]${"}".repeat(depth)}\n`;
  }

  async open(): Promise<void> {
    await this.sink.write(this.opening);
  }

  async item(value: unknown): Promise<void> {
    await this.sink.write(`${this.count === 0 ? "" : ",\n"}${JSON.stringify(value)}`);
    this.count++;
  }

  /** Ends the document; returns how many items it holds. */
  async close(): Promise<number> {
    await this.sink.write(this.closing);
    return this.count;
  }
}

/** Drops keys whose value is null, undefined or an empty array, so records carry only what is known. */
export function compact<T extends Record<string, unknown>>(value: T): Partial<T> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    if (v === null || v === undefined) continue;
    if (Array.isArray(v) && v.length === 0) continue;
    out[k] = v;
  }
  return out as Partial<T>;
}
