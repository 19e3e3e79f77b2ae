import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

/**
 * The engine's garbage collector, so passes start from the same heap and memory samples compare like with like.
 * `npm run bench` cannot pass --expose-gc, so the flag is set at run time; null if the engine refuses.
 */
export function exposeGc(): (() => void) | null {
  const existing = (globalThis as { gc?: () => void }).gc;
  if (typeof existing === "function") return existing;
  try {
    setFlagsFromString("--expose-gc");
    const gc = runInNewContext("gc") as unknown;
    return typeof gc === "function" ? (gc as () => void) : null;
  } catch {
    return null;
  }
}
