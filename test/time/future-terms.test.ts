import assert from "node:assert/strict";
import { test } from "node:test";
import { valueAt } from "./run-times.js";

test("the near term, the short term and the long term point at the future", () => {
  assert.equal(valueAt("Prospects in the near term look good.", "the near term"), "FUTURE_REF");
  assert.equal(valueAt("The cut will hurt in the short term.", "the short term"), "FUTURE_REF");
  assert.equal(valueAt("The deal secures the plant for the long term.", "the long term"), "FUTURE_REF");
});

test("a reference phrase before a noun modifies it and is no time", () => {
  assert.equal(valueAt("The firm cut the long term debt it carried.", "long term"), undefined);
  assert.equal(valueAt("Rates are at present levels.", "present"), undefined);
  // Before a time unit it still is one.
  assert.equal(valueAt("The loss cuts tax in future quarters.", "future"), "FUTURE_REF");
});

test("a planning verb after its subject leaves the planned day on either side", () => {
  // Published on a Wednesday: the Friday just past, not the one ahead.
  assert.equal(
    valueAt("On Friday, the government planned to pay the first claims.", "Friday", "1998-09-30"),
    "1998-09-25",
  );
  assert.equal(valueAt("A vigil planned for Saturday was cancelled.", "Saturday", "1999-10-24"), "1999-10-23");
  // Still the future after a form of be.
  assert.equal(valueAt("The vote is scheduled for Friday.", "Friday", "1998-09-30"), "1998-10-02");
  assert.equal(valueAt("Talks before the planned vote on Friday stalled.", "Friday", "1998-09-30"), "1998-10-02");
});

test("named days: historic ones are that day, shopping days follow Thanksgiving", () => {
  assert.equal(valueAt("Markets marked the anniversary of Black Monday.", "Black Monday", "2007-10-20"), "1987-10-19");
  assert.equal(valueAt("Stores opened early on Black Friday.", "Black Friday", "2009-12-01"), "2009-11-27");
  assert.equal(valueAt("Online sales peaked on Cyber Monday.", "Cyber Monday", "2009-12-01"), "2009-11-30");
  // A plain weekday is still a weekday.
  assert.equal(valueAt("Markets fell on Monday.", "Monday", "2007-10-20"), "2007-10-15");
});
