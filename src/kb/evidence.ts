import type { Span } from "../article/span.js";

// A sentence longer than this either way is cut: evidence stays readable and the scan stays bounded.
const MAX_REACH = 400;

/**
 * The sentence around a span (an event trigger), as evidence to show when no claim reports the event.
 * Scans at most MAX_REACH characters either way.
 */
export function sentenceAround(text: string, at: { start: number; end: number }): Span {
  let start = at.start;
  const floor = Math.max(0, at.start - MAX_REACH);
  while (start > floor && !/[.!?\n]/.test(text[start - 1] ?? "")) start--;
  let end = at.end;
  const ceiling = Math.min(text.length, at.end + MAX_REACH);
  while (end < ceiling && !/[.!?\n]/.test(text[end] ?? "")) end++;
  if (end < text.length && /[.!?]/.test(text[end] ?? "")) end++;
  while (start < end && /\s/.test(text[start] ?? "")) start++;
  while (end > start && /\s/.test(text[end - 1] ?? "")) end--;
  return { start, end, text: text.slice(start, end) };
}
