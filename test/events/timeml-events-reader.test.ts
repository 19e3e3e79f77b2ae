import assert from "node:assert/strict";
import { test } from "node:test";
import { readTimemlEvents, tallyByType } from "../../eval/event-triggers.js";

test("the TimeML reader keeps EVENT spans as offsets into the stripped text", () => {
  const xml =
    '<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="1998-02-06">19980206</TIMEX3></DCT><TEXT>' +
    'Shares <EVENT eid="e1" class="OCCURRENCE">fell</EVENT> &amp; a <EVENT eid="e2">strike</EVENT> ' +
    '<TIMEX3 tid="t1" value="1998-02-05">yesterday</TIMEX3>.</TEXT></TimeML>';
  const doc = readTimemlEvents("x", xml);
  assert.equal(doc.dct, "1998-02-06");
  assert.equal(doc.text, "Shares fell & a strike yesterday.");
  assert.deepEqual(
    doc.events.map((e) => doc.text.slice(e.start, e.end)),
    ["fell", "strike"],
  );
});

test("firings are tallied by type, with matches counted only where the corpus annotates events", () => {
  const base = { doc: "d", trigger: "t", factuality: "asserted", sentence: "s" };
  const tally = tallyByType([
    { ...base, type: "CRASH", gold: true },
    { ...base, type: "CRASH", gold: false },
    { ...base, type: "CRASH", gold: null },
  ]);
  assert.deepEqual(tally.get("CRASH"), { fired: 3, matched: 1, annotated: 2 });
});
