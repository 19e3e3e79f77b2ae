/** A view into an article's text: UTF-16 offsets, `end` exclusive, `text === source.slice(start, end)`. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

/** Makes a span over `source`; the text is always sliced, never passed in, so it cannot drift. */
export function span(source: string, start: number, end: number): Span {
  return { start, end, text: source.slice(start, end) };
}

/** Shrinks a range past leading/trailing whitespace and the given extra characters. */
export function trimmedSpan(source: string, start: number, end: number, extra = ""): Span {
  let s = start;
  let e = end;
  const skip = (c: string | undefined) => c !== undefined && (/\s/.test(c) || extra.includes(c));
  while (s < e && skip(source[s])) s++;
  while (e > s && skip(source[e - 1])) e--;
  return span(source, s, e);
}

export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

export function contains(outer: { start: number; end: number }, inner: { start: number; end: number }): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}
