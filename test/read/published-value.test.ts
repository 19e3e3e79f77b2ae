import assert from "node:assert/strict";
import { test } from "node:test";
import { publishedValue } from "../../src/read/published-value.js";

test("feed dates keep the outlet's own offset, so the calendar day does not shift to UTC's", () => {
  assert.equal(publishedValue("Thu, 06 Mar 2025 01:15:00 +0200"), "2025-03-06T01:15:00+02:00");
  assert.equal(publishedValue("Tue, 2 Apr 2024 10:00 GMT"), "2024-04-02T10:00:00Z");
  assert.equal(publishedValue("Mon, 01 Jul 2024 23:30:00 EDT"), "2024-07-01T23:30:00-04:00");
  assert.equal(publishedValue("6 March 2025"), "2025-03-06");
});

test("impossible dates are kept as given, never rolled over into the next month", () => {
  assert.equal(publishedValue("2025-02-30"), "2025-02-30");
  assert.equal(publishedValue("Sun, 30 Feb 2025 10:00:00 +0000"), "Sun, 30 Feb 2025 10:00:00 +0000");
  assert.equal(publishedValue("31 Apr 2025"), "31 Apr 2025");
});

test("valid ISO values pass unchanged; blank means none; loose forms go through normalisePublished", () => {
  assert.equal(publishedValue(" 2024-05-06T07:08:09+03:00 "), "2024-05-06T07:08:09+03:00");
  assert.equal(publishedValue("   "), null);
  assert.equal(publishedValue(undefined), null);
  assert.equal(publishedValue("March 5, 2025"), "2025-03-05T00:00:00.000Z");
  assert.equal(publishedValue("yesterday"), "yesterday");
});
