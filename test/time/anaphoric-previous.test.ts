import assert from "node:assert/strict";
import { test } from "node:test";
import { valueAt } from "./run-times.js";

test("the previous month counts back from the month just talked about", () => {
  const text = "In March 2021, ferry traffic fell 8% from the previous month.";
  assert.equal(valueAt(text, "the previous month", "2021-05-02"), "2021-02");
});

test("the previous year counts back from a year in the sentence before", () => {
  const text = "Orchards shipped 400 tonnes in 2019. That was twice the previous year.";
  assert.equal(valueAt(text, "the previous year", "2022-06-10"), "2018");
});

test("the previous month with nothing before it counts from the publication date", () => {
  assert.equal(valueAt("Rents rose 3% over the previous month.", "the previous month", "2021-05-02"), "2021-04");
});

test("the following month and that month still count from the month just talked about", () => {
  const text = "The mill closed in June 2020 and reopened the following month.";
  assert.equal(valueAt(text, "the following month", "2022-01-01"), "2020-07");
});
