import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { Store } from "../../src/store/contract.js";
import { surnameOnly, wellKnown } from "./namesakes.js";
import { articleA, articleB, articleC, articleD, articleE, articleF, articleG } from "./story.js";

/** A fresh, empty store and how to dispose of it. */
export type MakeStore = () => Promise<{ store: Store; dispose: () => Promise<void> }>;

/**
 * The behaviour every Store implementation must show, on a small hand-built story (test/store/story.ts).
 * SQLite runs it in sqlite.test.ts; a PostgreSQL store calls it with its own factory.
 */
export function runStoreContract(name: string, makeStore: MakeStore): void {
  describe(`store contract: ${name}`, () => {
    describe("ingest is idempotent by document id", () => {
      let store: Store;
      let dispose: () => Promise<void>;
      before(async () => ({ store, dispose } = await makeStore()));
      after(async () => dispose());

      test("the same article twice is one document and changes nothing", async () => {
        assert.deepEqual(await store.addAnalysis(articleA()), { added: 1, known: 0 });
        const once = await store.stats();
        assert.deepEqual(await store.addAnalysis(articleA()), { added: 0, known: 1 });
        assert.deepEqual(await store.stats(), once);
        assert.equal(once.articles, 1);
      });

      test("a batch repeating an article, and one already stored, adds only what is new", async () => {
        const result = await store.addAnalyses([articleB(), articleB(), articleA()]);
        assert.deepEqual(result, { added: 1, known: 2 });
        assert.equal((await store.stats()).articles, 2);
        assert.equal(await store.hasDocument(articleB().document.id), true);
        assert.equal(await store.hasDocument("sha256:unknown"), false);
      });

      test("the stored analysis comes back whole, text included", async () => {
        const a = articleA();
        assert.deepEqual(await store.analysis(a.document.id), a);
        assert.equal(await store.analysis("sha256:unknown"), null);
      });
    });

    describe("across articles", () => {
      let store: Store;
      let dispose: () => Promise<void>;
      before(async () => {
        ({ store, dispose } = await makeStore());
        await store.addAnalyses([articleA(), articleB()]);
        await store.addAnalysis(articleC());
        await store.addAnalysis(articleD());
      });
      after(async () => dispose());

      test("stats count knowledge-base objects, not reports", async () => {
        const s = await store.stats();
        assert.deepEqual(
          { articles: s.articles, entities: s.entities, claims: s.claims, events: s.events, conflicts: s.conflicts },
          { articles: 4, entities: 8, claims: 6, events: 4, conflicts: 3 },
        );
        assert.equal(s.claimReports, 7);
        assert.equal(s.eventReports, 8);
      });

      test("a surname with a shared role joins the full name; aliases, mentions and dates gather", async () => {
        const anna = await store.entity("Anna Keller");
        assert.ok(anna);
        assert.equal(anna.type, "PERSON");
        assert.equal(anna.local, false);
        assert.deepEqual(anna.aliases.map((a) => a.text).sort(), ["Anna Keller", "Keller"]);
        assert.equal(anna.mentions, 2);
        assert.equal(anna.documents, 2);
        assert.equal(anna.firstSeen, "2025-03-12");
        assert.equal(anna.lastSeen, "2025-03-13");
        assert.deepEqual(
          anna.roles.map((r) => r.role),
          ["defence minister"],
        );
      });

      test("a second person sharing the surname stays apart, and a lone surname without evidence joins no one", async () => {
        const marco = await store.entity("Marco Keller");
        assert.ok(marco);
        const anna = await store.entity("Anna Keller");
        assert.notEqual(marco.id, anna?.id);
        assert.equal(marco.mentions, 1);
        const kellers = await store.entities({ match: "Keller", type: "PERSON" });
        assert.equal(kellers.length, 3);
        const lone = kellers.find((k) => k.local);
        assert.ok(lone, "the role-less Keller of article C is an entity of its own");
        assert.equal(lone.documents, 1);
        assert.deepEqual(
          (await store.claims({ by: "Marco Keller" })).map((c) => c.content),
          ["Norway sent troops to the border"],
        );
        const bySurname = await store.entity("Keller");
        assert.equal(bySurname?.name, "Anna Keller", "the surname is an alias of hers, seen with her role");
        assert.deepEqual(
          bySurname?.otherMatches.map((e) => [e.name, e.local]),
          [
            ["Marco Keller", false],
            ["Keller", true],
          ],
          "others it may mean: a full name with that surname, then the lone Keller",
        );
      });

      test("each article's local entities and events map to the knowledge base's", async () => {
        const [a, b] = [articleA(), articleB()];
        const links = await store.documentLinks(a.document.id);
        const other = await store.documentLinks(b.document.id);
        assert.ok(links && other);
        assert.deepEqual([...links.entities.keys()].sort(), a.entities.map((e) => e.id).sort());
        assert.deepEqual([...links.events.keys()].sort(), a.events.map((v) => v.id).sort());
        const anna = await store.entity("Anna Keller");
        const localAnna = (x: typeof a) => x.entities.find((e) => /Keller/.test(e.name))?.id ?? "";
        assert.equal(links.entities.get(localAnna(a)), anna?.id);
        assert.equal(other.entities.get(localAnna(b)), anna?.id);
        assert.equal(await store.documentLinks("sha256:unknown"), null);
      });

      test("every mention keeps its article and span", async () => {
        const anna = await store.entity("Anna Keller");
        assert.ok(anna);
        assert.equal(anna.mentionSamples.length, 2);
        for (const m of anna.mentionSamples) {
          const a = await store.analysis(m.article);
          assert.equal(a?.document.text.slice(m.span.start, m.span.end), m.span.text);
        }
      });

      test("a country is one entity by its code across articles, and entities filter by type and name", async () => {
        const norway = await store.entity("Norway");
        assert.ok(norway);
        assert.equal(norway.key, "place:cc:NO");
        assert.equal(norway.mentions, 4);
        const orgs = await store.entities({ type: "ORG" });
        assert.deepEqual(orgs.map((o) => o.name).sort(), ["Finnish army", "foreign ministry"]);
        assert.deepEqual(
          (await store.entities({ match: "Port Arl" })).map((e) => e.name),
          ["Port Arlen"],
          "the last word of a match is a prefix",
        );
        assert.equal(await store.entity("Nobody Here"), null);
      });

      test("the same source saying the same thing in two articles is one claim with two reports", async () => {
        const claims = await store.claims({ by: "Anna Keller" });
        assert.equal(claims.length, 1);
        const [claim] = claims;
        assert.ok(claim);
        assert.equal(claim.reportCount, 2);
        assert.equal(claim.said, "2025-03-12");
        assert.deepEqual(claim.reports.map((r) => r.article.source).sort(), ["Coast Daily", "Harbour Wire"]);
        for (const r of claim.reports) {
          const a = await store.analysis(r.article.id);
          assert.equal(a?.document.text.slice(r.content.start, r.content.end), r.content.text);
          assert.ok(r.id.startsWith(`${r.article.id}#`));
        }
      });

      test("the same proposition from another source is corroboration, listed with the claim", async () => {
        const [claim] = await store.claims({ by: "Marco Keller" });
        assert.ok(claim);
        assert.deepEqual(
          claim.corroboratedBy.map((c) => c.source.name),
          ["Finnish army"],
        );
        const [denial] = await store.claims({ by: "foreign ministry" });
        assert.equal(denial?.corroboratedBy.length, 0, "a denial does not corroborate an assertion");
      });

      test("claims filter by what they are about and by when they were said", async () => {
        const aboutNorway = await store.claims({ about: "Norway" });
        assert.equal(aboutNorway.length, 3);
        const since = await store.claims({ about: "Port Arlen", since: "2025-03-13" });
        assert.deepEqual(
          since.map((c) => c.source.name),
          ["Finnish army"],
        );
        const until = await store.claims({ about: "Port Arlen", until: "2025-03-12" });
        assert.deepEqual(
          until.map((c) => c.source.name),
          ["Anna Keller"],
        );
        const both = await store.claims({ by: "Finnish army", about: "Norway" });
        assert.deepEqual(
          both.map((c) => c.content),
          ["Norway sent troops to the border"],
        );
        assert.deepEqual(await store.claims({ by: "Nobody Here" }), []);
      });

      test("reports of one event from two articles are one event; an older attack on the same place is another", async () => {
        const port = await store.entity("Port Arlen");
        assert.ok(port);
        const kills = port.events.filter((e) => e.type === "KILL");
        assert.deepEqual(kills.map((e) => e.time).sort(), ["2025-01-05", "2025-03-08", "2025-03-09"]);
        const march9 = kills.find((e) => e.time === "2025-03-09");
        assert.equal(march9?.reportCount, 3);
        assert.deepEqual(
          new Set(march9?.reports.map((r) => r.article.source)),
          new Set(["Harbour Wire", "Coast Daily"]),
        );
        assert.equal(march9?.location?.name, "Port Arlen");
        assert.deepEqual(
          march9?.participants.map((p) => [p.role, p.entity.name]),
          [["patient", "Finnish"]],
        );
      });

      test("600 against about 1,000 killed by different sources is one quantity conflict with both sides' evidence", async () => {
        const conflicts = await store.conflicts({ kind: "quantity" });
        assert.equal(conflicts.length, 1);
        const [c] = conflicts;
        assert.ok(c);
        assert.equal(c.sides.length, 2);
        const bySide = c.sides.map((side) => [...new Set(side.map((e) => e.source))]);
        assert.deepEqual(bySide.flat().sort(), ["Anna Keller", "Finnish army"]);
        const all = c.sides.flat();
        for (const e of all) {
          assert.ok(e.content.length > 0);
          assert.ok(e.article.id.startsWith("sha256:"));
          assert.ok(e.reportedAt);
        }
        const keller = all.filter((e) => e.source === "Anna Keller");
        assert.deepEqual(keller.map((e) => e.article.source).sort(), ["Coast Daily", "Harbour Wire"]);
        assert.ok(all.some((e) => e.count === 600) && all.some((e) => e.count === 1000));
        assert.ok(c.claims.every((id) => id.includes("#")));
        assert.deepEqual(c.evidenceCounts, [2, 1], "Keller's two reports, the army's one");
      });

      test("sources saying it happened against one saying it did not: one conflict, asserting side and denying side", async () => {
        const conflicts = await store.conflicts({ kind: "polarity" });
        assert.equal(conflicts.length, 1);
        const [c] = conflicts;
        assert.ok(c);
        assert.equal(c.sides.length, 2);
        const [asserting, denying] = c.sides;
        assert.deepEqual(asserting?.map((e) => e.source).sort(), ["Finnish army", "Marco Keller"]);
        assert.ok(asserting?.every((e) => e.polarity === "positive"));
        assert.deepEqual(
          denying?.map((e) => [e.source, e.content, e.reportedAt]),
          [["foreign ministry", "Norway did not send troops to the border", "2025-03-13"]],
        );
        assert.deepEqual(
          asserting?.map((e) => [e.source, e.reportedAt]).sort(),
          [
            ["Finnish army", "2025-03-13"],
            ["Marco Keller", "2025-03-12"],
          ],
          "without a stated date, a claim counts as said on its article's publication day",
        );
        assert.equal(c.claims.length, 3);
      });

      test("the same attack dated a day apart by another outlet is a time conflict; a month apart is not", async () => {
        const conflicts = await store.conflicts({ kind: "time" });
        assert.equal(conflicts.length, 1);
        const evidence = conflicts[0]?.sides.flat() ?? [];
        assert.deepEqual(evidence.map((e) => e.article.source).sort(), ["Harbour Wire", "Northern Post"]);
        const own = evidence.find((e) => e.claim === null);
        assert.equal(
          own?.content,
          "Finnish soldiers died in Saturday's attack on Port Arlen, officials at the port said.",
        );
      });

      test("conflicts filter by the entity they concern", async () => {
        assert.equal((await store.conflicts({ about: "Norway" })).length, 1);
        assert.equal((await store.conflicts({ about: "Port Arlen" })).length, 2);
        assert.equal((await store.conflicts({ about: "Marco Keller" })).length, 1);
        assert.deepEqual(await store.conflicts({ about: "Nobody Here" }), []);
      });

      test("the timeline puts events by when they happened and claims by when they were said", async () => {
        const items = await store.timeline({ about: "Port Arlen" });
        const rows = items.map((i) => [i.when, i.kind === "event" ? i.event.type : i.claim.source.name]);
        assert.deepEqual(rows, [
          ["2025-01-05", "KILL"],
          ["2025-03-08", "KILL"],
          ["2025-03-09", "KILL"],
          ["2025-03-12", "Anna Keller"],
          ["2025-03-13", "Finnish army"],
        ]);
        const recent = await store.timeline({ about: "Port Arlen", limit: 2 });
        assert.deepEqual(
          recent.map((i) => i.when),
          ["2025-03-12", "2025-03-13"],
          "a limit keeps the latest items, oldest first",
        );
        const topic = await store.timeline({ about: "troops border" });
        assert.ok(
          topic.some((i) => i.kind === "claim" && i.claim.polarity === "negative"),
          "a topic searches claims",
        );
        const all = await store.timeline({ since: "2025-03-09", until: "2025-03-09" });
        assert.deepEqual(
          all.map((i) => i.kind),
          ["event"],
        );
      });

      test("the entity profile gathers claims by it, claims about it, events and a timeline", async () => {
        const norway = await store.entity("Norway");
        assert.ok(norway);
        assert.equal(norway.claimsBy.length, 0);
        assert.equal(norway.claimsAbout.length, 3);
        assert.deepEqual(
          norway.events.map((e) => e.type),
          ["DEPLOY"],
        );
        assert.equal(norway.events[0]?.reportCount, 3);
        const anna = await store.entity("Anna Keller");
        assert.equal(anna?.claimsBy.length, 1);
        assert.ok((anna?.timeline.length ?? 0) >= 1);
      });

      test("full-text search finds articles and claims with highlighted snippets", async () => {
        const hits = await store.search("Arlen");
        assert.equal(hits.documents.length, 4);
        assert.ok(hits.documents.every((d) => d.snippet.includes("«Arlen»")));
        assert.ok(hits.claims.length >= 2);
        assert.ok(hits.claims.every((c) => c.snippet.includes("«Arlen»") && c.report.startsWith(c.article.id)));
        assert.deepEqual((await store.search("troops border")).claims.length, 3);
        assert.deepEqual(await store.search("zzzz-nothing"), { documents: [], claims: [] });
        assert.deepEqual(
          await store.search('" OR ('),
          { documents: [], claims: [] },
          "user text is never an FTS error",
        );
        assert.equal((await store.search('"Arlen on Sunday"')).documents.length, 1, "a quoted phrase");
        assert.equal((await store.search("Arl*")).documents.length, 4, "a prefix");
        assert.equal((await store.search("Saturday OR reopen")).documents.length, 2, "either word");
        assert.equal((await store.search("Saturday reopen")).documents.length, 0, "both words");
      });

      test("sources: who says how much, and who is cited by whom", async () => {
        const sources = await store.sources({ limit: 50 });
        const army = sources.find((s) => s.source.name === "Finnish army");
        assert.equal(army?.claims, 2);
        assert.deepEqual(
          army?.cites.map((c) => [c.source.name, c.count]),
          [["field commanders", 1]],
        );
        const commanders = sources.find((s) => s.source.name === "field commanders");
        assert.equal(commanders?.cited, 1);
        assert.deepEqual(
          commanders?.citedBy.map((c) => c.source.name),
          ["Finnish army"],
        );
      });
    });

    describe("claims without events", () => {
      let store: Store;
      let dispose: () => Promise<void>;
      before(async () => {
        ({ store, dispose } = await makeStore());
        await store.addAnalyses([articleE(), articleF(), articleG()]);
      });
      after(async () => dispose());

      test("the same proposition asserted by one source and denied by another is a polarity conflict", async () => {
        const conflicts = await store.conflicts({ kind: "polarity" });
        assert.equal(conflicts.length, 1);
        assert.deepEqual(
          conflicts[0]?.sides.map((side) => side.map((e) => [e.source, e.polarity])),
          [[["Greta Olsen", "positive"]], [["city council", "negative"]]],
        );
        assert.equal((await store.conflicts({ about: "Elm Street bridge" })).length, 1);
      });

      test("different figures for the same thing said within days are a quantity conflict; a later update is not", async () => {
        const conflicts = await store.conflicts({ kind: "quantity" });
        assert.equal(conflicts.length, 1);
        assert.deepEqual(
          conflicts[0]?.sides.map((side) => side.map((e) => e.source)),
          [["Officials"], ["Red Cross"]],
          "sides ordered by figure: 40, then 75",
        );
        assert.equal((await store.stats()).conflicts, 2);
      });
    });

    describe("a lone surname and the namesake the store knows best", () => {
      test("joins the one person far better known than any other of that name", async () => {
        const { store, dispose } = await makeStore();
        try {
          await store.addAnalyses([wellKnown("Dana", 60, "2025-04-01")]);
          await store.addAnalyses([surnameOnly("2025-04-02")]);
          const dana = await store.entity("Dana Whitcombe");
          assert.equal(dana?.documents, 2);
          assert.equal(dana?.mentions, 61);
          assert.ok(!(await store.entities({ match: "Whitcombe", type: "PERSON" })).some((e) => e.local));
        } finally {
          await dispose();
        }
      });

      test("must not fire: two well-known namesakes, or one known too little", async () => {
        const { store, dispose } = await makeStore();
        try {
          await store.addAnalyses([wellKnown("Dana", 60, "2025-04-01"), wellKnown("Lars", 20, "2025-04-01")]);
          await store.addAnalyses([surnameOnly("2025-04-02")]);
          assert.equal((await store.entity("Dana Whitcombe"))?.documents, 1);
          assert.ok((await store.entities({ match: "Whitcombe", type: "PERSON" })).some((e) => e.local));
        } finally {
          await dispose();
        }
        const second = await makeStore();
        try {
          await second.store.addAnalyses([wellKnown("Dana", 12, "2025-04-01")]);
          await second.store.addAnalyses([surnameOnly("2025-04-02")]);
          assert.equal((await second.store.entity("Dana Whitcombe"))?.documents, 1);
        } finally {
          await second.dispose();
        }
      });
    });

    describe("batches sent at once", () => {
      let store: Store;
      let dispose: () => Promise<void>;
      before(async () => ({ store, dispose } = await makeStore()));
      after(async () => dispose());

      test("are written one after another: the same article twice is added once, conflicts form as in turn", async () => {
        const results = await Promise.all([
          store.addAnalyses([articleE()]),
          store.addAnalyses([articleE(), articleF()]),
          store.addAnalyses([articleG()]),
        ]);
        assert.deepEqual(results, [
          { added: 1, known: 0 },
          { added: 1, known: 1 },
          { added: 1, known: 0 },
        ]);
        const stats = await store.stats();
        assert.equal(stats.articles, 3);
        assert.equal(stats.conflicts, 2);
        assert.deepEqual((await store.conflicts()).map((c) => c.kind).sort(), ["polarity", "quantity"]);
      });
    });
  });
}
