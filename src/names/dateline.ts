import type { Mention } from "../pipeline/layers.js";

// "(CNN) —", "GAZA CITY (Reuters) -": capitals and an opening bracket from the line's start, a bracket and a dash after.
const OPENING = /^[\p{Lu}\s.,'’-]*\(\s*$/u;
const CLOSING = /^\s*\)\s*[—–-]/;

/**
 * A mention in a wire dateline names who filed the story, not what it is about: no description in the story
 * refers back to it ("the group" is never the outlet).
 */
export function inDateline(text: string, m: Pick<Mention, "start" | "end">): boolean {
  const lineStart = text.lastIndexOf("\n", m.start - 1) + 1;
  return OPENING.test(text.slice(lineStart, m.start)) && CLOSING.test(text.slice(m.end, m.end + 8));
}
