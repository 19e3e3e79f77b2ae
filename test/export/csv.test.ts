import assert from "node:assert/strict";
import { test } from "node:test";
import { csvField, csvRecord } from "../../src/export/csv.js";
import { parseCsv } from "./rfc4180.js";

test("fields with commas, quotes and line breaks are quoted and read back whole", () => {
  const values = ['said "no", twice', "line one\nline two", "cr\r\nlf", "plain", "", " padded "];
  const text = csvRecord(values) + csvRecord(["a", "b", "c", "d", "e", "f"]);
  assert.ok(text.endsWith("\r\n"));
  assert.deepEqual(parseCsv(text), [values, ["a", "b", "c", "d", "e", "f"]]);
});

test("plain fields are left unquoted and nulls are empty", () => {
  assert.equal(csvField("Tallinn"), "Tallinn");
  assert.equal(csvField(12), "12");
  assert.equal(csvField(false), "false");
  assert.equal(csvField(null), "");
  assert.equal(csvRecord(["a", null, "b"]), "a,,b\r\n");
});

test("the test reader rejects what RFC 4180 forbids", () => {
  assert.throws(() => parseCsv('a,"b\r\n'));
  assert.throws(() => parseCsv('a,b"c"\r\n'));
});
