import { parseDay } from "../calendar.js";
import type { Parser } from "../candidate.js";
import { DIGITS } from "../candidate.js";
import { clockValue } from "../timex-value.js";

/** Zone names after a four-digit clock time that say it is universal time ("0800 UTC", "1430 GMT"). */
const UNIVERSAL = new Set(["utc", "gmt", "z"]);

/**
 * Four-digit clock times in universal time, as wire copy writes them ("At 0800 UTC, the banks ...", "1430 GMT"):
 * TIMEX3 marks them with Z. A bare four-digit number is left to the year rules: only the zone makes it a time.
 */
export const utcClockParser: Parser = {
  name: "utc-clock",
  triggers: () => [DIGITS],
  match(ctx, i) {
    const digits = ctx.w(i);
    if (digits?.length !== 4 || !UNIVERSAL.has(ctx.w(i + 1) ?? "") || !/^\d{4}$/.test(digits)) return null;
    const hour = Number(digits.slice(0, 2));
    const minute = Number(digits.slice(2));
    if (!(hour <= 23 && minute <= 59)) return null;
    return {
      first: i,
      last: i + 1,
      type: "TIME",
      kind: "time",
      mod: null,
      rule: "utc-clock",
      clockOnly: true,
      resolve: (c) => ({
        value: `${clockValue(parseDay(c.previous("day")) ?? c.ref, hour, minute)}Z`,
        stated: ["hour", "minute"],
      }),
    };
  },
};
