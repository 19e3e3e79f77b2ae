/** A figure, maybe a noun and a verb, then a place: "11 drones were shot down over the Belgorod Region", "28 over Voronezh". */
const FIGURE_BY_PLACE = /\b\d[\d,.]*(?:\s+\p{Ll}+){0,4}\s+(?:over|in|across|near|from)\s+(?:the\s+)?\p{Lu}/gu;

/** Does a claim give its figures place by place (two or more), a breakdown of a total? */
export function breakdown(text: string): boolean {
  return (text.match(FIGURE_BY_PLACE)?.length ?? 0) >= 2;
}
