const NEGATING_PREFIXES = ["in", "un", "non", "non-"];

/** How many words after a modifier its noun may stand ("direct nuclear talks"). */
const MODIFIER_REACH = 2;

function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}-]+/gu) ?? [];
}

/**
 * "direct talks" against "indirect nuclear talks": the same noun under a modifier one side negates with a prefix
 * names another thing, so the two claims are not about one happening.
 */
export function contrasting(a: string, b: string): boolean {
  const negates = (x: string[], y: string[]) =>
    x.some((m, i) => {
      if (m.length < 4) return false;
      const heads = x.slice(i + 1, i + 1 + MODIFIER_REACH);
      return y.some(
        (w, j) =>
          NEGATING_PREFIXES.some((p) => w === p + m) &&
          y.slice(j + 1, j + 1 + MODIFIER_REACH).some((h) => heads.includes(h)),
      );
    });
  const [x, y] = [wordsOf(a), wordsOf(b)];
  return negates(x, y) || negates(y, x);
}
