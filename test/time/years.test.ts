import assert from "node:assert/strict";
import { test } from "node:test";
import { valueAt } from "./run-times.js";

test("a bare year is a year", () => {
  assert.equal(valueAt("The mine closed in 2024.", "2024"), "2024");
  assert.equal(valueAt("Profit in fiscal 2023 fell.", "fiscal 2023"), "2023");
});

test("numbers that only look like years are not years", () => {
  assert.equal(valueAt("The army sent 2,000 troops.", "2,000"), undefined);
  assert.equal(valueAt("Inflation hit 12.5% in May.", "12.5"), undefined);
  assert.equal(valueAt("About 1500 people fled.", "1500"), undefined);
  assert.equal(valueAt("It sent 2000 troops north.", "2000"), undefined);
  assert.equal(valueAt("Tickets cost $1999 each.", "1999"), undefined);
  assert.equal(valueAt("Around 600 soldiers were killed.", "600"), undefined);
});

test("early, mid and late years, and the final months of a year", () => {
  assert.equal(valueAt("The line opens in late 2024.", "late 2024"), "2024/END");
  assert.equal(valueAt("The line opened in early 2023.", "early 2023"), "2023/START");
  assert.equal(valueAt("The line opened in mid-2022.", "mid-2022"), "2022/MID");
  assert.equal(valueAt("Orders were issued in the final months of 2024.", "the final months of 2024"), "2024/END");
});

test("decades and centuries", () => {
  assert.equal(valueAt("Growth was fast in the 1990s.", "1990s"), "199");
  assert.equal(valueAt("The band was big in the '80s.", "'80s"), "198");
  assert.equal(valueAt("It was built in the late 1970s.", "the late 1970s"), "197/END");
  assert.equal(valueAt("The treaty shaped the 20th century.", "20th century"), "19");
});
