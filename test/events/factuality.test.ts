import assert from "node:assert/strict";
import { test } from "node:test";
import { analyse } from "../../src/pipeline/analyse.js";
import { eventAt, eventsOf } from "./fixture.js";

const factuality = (text: string, trigger: string, spec = {}) => eventAt(eventsOf(text, spec), trigger)?.factuality;

test("plain past events are asserted", () => {
  assert.equal(factuality("Gunmen kidnapped a priest.", "kidnapped"), "asserted");
});

test("negation before the trigger negates it", () => {
  assert.equal(factuality("The army did not attack the village.", "attack"), "negated");
  assert.equal(factuality("No one was killed in the blast.", "killed"), "negated");
  assert.equal(factuality("The treaty was never ratified.", "treaty"), "negated");
  assert.equal(factuality("The shelling killed no one.", "killed"), "negated");
  assert.equal(factuality("Observers saw no signs of troop deployments.", "deployments"), "negated");
});

test("modal and adverbial hedges make an event possible or probable", () => {
  assert.equal(factuality("Rebels may attack the town.", "attack"), "possible");
  assert.equal(factuality("The navy will possibly deploy more warships next month.", "deploy"), "possible");
  assert.equal(factuality("Voters are likely to elect a new mayor.", "elect"), "probable");
  assert.equal(factuality("It is unclear whether the talks will resume.", "talks"), "possible");
});

test("reports without confirmation are unverified", () => {
  assert.equal(factuality("Militants reportedly seized the port.", "seized"), "unverified");
  assert.equal(factuality("The alleged massacre shocked the region.", "massacre"), "unverified");
});

test("will, plans to and preparing to put an event in the future", () => {
  assert.equal(factuality("The union will strike action next week.", "strike action"), "future");
  assert.equal(
    factuality("The company plans to acquire a rival.", "acquire", {}),
    undefined,
    "no ORG object: no takeover",
  );
  assert.equal(factuality("Parliament plans to hold an election in May.", "election"), "future");
  assert.equal(factuality("Troops are preparing to withdraw from the city.", "withdraw"), "future");
});

test("refusing or failing to do something negates it", () => {
  assert.equal(factuality("The president refused to sign the treaty.", "treaty"), "negated");
  assert.equal(factuality("The army failed to capture the bridge.", "capture"), undefined, "weak: no anchor");
});

test("a claim denied as a whole negates the events it reports", () => {
  const text = "Observers found no evidence that the militia intends to send fighters across the river.";
  const spec = {
    claims: [
      {
        id: "c1",
        content: "the militia intends to send fighters across the river",
        cue: "found",
        sourceText: "Observers",
        polarity: "negative" as const,
      },
    ],
  };
  assert.equal(factuality(text, "send", spec), "negated");
});

test("a claim's certainty carries over to the events it reports", () => {
  const text = "Analysts said the junta could arrest more opposition leaders.";
  const plain = "Analysts said the junta arrested more opposition leaders.";
  const claim = (content: string, certainty: "possible" | "certain") => ({
    claims: [{ id: "c1", content, cue: "said", sourceText: "Analysts", certainty }],
  });
  assert.equal(
    factuality(text, "arrest", claim("the junta could arrest more opposition leaders", "possible")),
    "possible",
  );
  assert.equal(
    factuality(plain, "arrested", claim("the junta arrested more opposition leaders", "certain")),
    "asserted",
  );
  assert.equal(
    factuality(plain, "arrested", {
      claims: [
        {
          id: "c1",
          content: "the junta arrested more opposition leaders",
          cue: "said",
          certainty: "unverified" as const,
        },
      ],
    }),
    "unverified",
  );
});

test("a ceremony that did not take place is negated", () => {
  assert.equal(factuality("No ceremony was held in Kigali.", "ceremony"), "negated");
  assert.equal(factuality("The funeral was not held on Friday.", "funeral"), "negated");
});

test("announced, planned or headline-infinitive events are yet to happen", () => {
  assert.equal(factuality("The carmaker announced 4,000 job cuts.", "job cuts"), "future");
  assert.equal(factuality("Renault to cut 2,000 jobs in France.", "cut"), "future");
  assert.equal(factuality("A memorial service is to be held in Oslo.", "service"), undefined, "no such trigger");
  assert.equal(factuality("A ceremony is to be held in Oslo on Friday.", "ceremony"), "future");
});

test("a cancelled event is negated", () => {
  assert.equal(factuality("The junta cancelled the election.", "election"), "negated");
});

test("a negation before 'either … or' covers both verbs", () => {
  const text = "The minister has no plans to either visit Kabul or meet the Taliban.";
  const entities = {
    entities: [
      { id: "kabul", type: "GPE" as const, mentions: ["Kabul"] },
      { id: "taliban", type: "ORG" as const, mentions: ["the Taliban"] },
    ],
  };
  assert.equal(factuality(text, "visit", entities), "negated");
  assert.equal(factuality(text, "meet", entities), "negated");
  const pope = { entities: [{ id: "pope", type: "PERSON" as const, mentions: ["the pope"] }] };
  assert.equal(factuality("He would be honoured to meet the pope.", "meet", pope), "possible");
});

test("a negation does not reach across 'but' or 'yet' to a verb of its own ('has not verified X, but confirmed Y')", () => {
  const agency = { entities: [{ id: "norpress", type: "ORG" as const, mentions: ["Norpress"] }] };
  const but =
    "Norpress has not independently verified the footage because of the fighting, but confirmed earlier details given by the same source.";
  assert.equal(factuality(but, "confirmed", agency), "asserted");
  const yet = "Norpress has not verified the footage, yet confirmed the earlier details.";
  assert.equal(factuality(yet, "confirmed", agency), "asserted");
  // Without a contrast the second verb still shares the negation.
  assert.equal(factuality("The army did not shell the port or bomb the docks.", "bomb"), "negated");
});

test("urging or telling others to act asserts nothing; being unable to bring oneself to act negates it", () => {
  const spec = { entities: [{ id: "lula", type: "PERSON" as const, mentions: ["Lula"] }] };
  assert.equal(factuality("The bishop urged believers to vote for Lula.", "vote", spec), "possible");
  assert.equal(factuality("Many cannot bring themselves to vote for Lula.", "vote", spec), "negated");
  assert.equal(factuality("Dockers to stage a general strike on Monday.", "general strike"), "future");
});

test("rejecting the results of an election does not deny the election; denying reports of an attack does", () => {
  assert.equal(
    factuality("The opposition leader rejected the results of the legislative elections.", "elections"),
    "asserted",
  );
  assert.equal(factuality("The army denied reports of an attack on the village.", "attack"), "negated");
});

test("a bound on a count does not negate the event it counts ('no fewer than 20 injured')", () => {
  assert.equal(factuality("The clinic treated no fewer than 20 injured people.", "injured"), "asserted");
  assert.equal(factuality("Not more than five soldiers were killed.", "killed"), "asserted");
});

test("a hedge on a participant does not hedge the event ('suspected gang members were killed')", () => {
  assert.equal(factuality("Twenty suspected gang members were killed in the raid.", "killed"), "asserted");
  assert.equal(factuality("An alleged army massacre shocked the region.", "massacre"), "unverified");
});

test("a negated verb that passes to its event noun denies it ('did not sustain any injuries')", () => {
  assert.equal(factuality("The crew did not sustain any injuries.", "injuries"), "negated");
  assert.equal(factuality("The crew sustained injuries.", "injuries"), "asserted");
});

test("a negated claim of an attack says nothing of the attack ('did not immediately claim the attack')", () => {
  assert.equal(factuality("The rebels did not immediately claim the attack.", "attack"), "asserted");
});

test("a phrasal support verb takes its event noun across the particle ('did not carry out the attack')", () => {
  assert.equal(factuality("The army did not carry out the attack.", "attack"), "negated");
  assert.equal(factuality("The army carried out the attack.", "attack"), "asserted");
});

test("an event noun after a preposition is no object of the verbs before it ('canceled due to the drone attack')", () => {
  assert.equal(factuality("Flights were canceled due to the drone attack.", "drone attack"), "asserted");
  assert.equal(factuality("Flights were delayed due to the drone attack.", "drone attack"), "asserted");
  assert.equal(factuality("The army denied reports of an attack.", "attack"), "negated");
});

test("an event in the subject of a denied clause is taken for granted; the predicate is what is denied", () => {
  const denied = (content: string) => ({
    claims: [{ id: "c1", cue: "denied", content, polarity: "negative" as const }],
  });
  const text = "Hamas denied that any of the Palestinians killed in the attack were militants.";
  assert.equal(
    factuality(text, "killed", denied("that any of the Palestinians killed in the attack were militants")),
    "asserted",
  );
  const other = "The army denied that its forces killed civilians.";
  assert.equal(factuality(other, "killed", denied("that its forces killed civilians")), "negated");
});

test("'It is not true that P', 'It is false that P' deny the event of P; 'It is true that P' asserts it", () => {
  assert.equal(factuality("It is not true that soldiers were killed.", "killed"), "negated");
  assert.equal(factuality("It is false that the army attacked the town.", "attacked"), "negated");
  assert.equal(factuality("It is true that soldiers were killed.", "killed"), "asserted");
});

test("announcing what already happened to people reports it, not plans it ('announced the deaths of 24 soldiers', 'the arrest of two men')", () => {
  assert.equal(factuality("Authorities announced the deaths of 24 soldiers.", "deaths"), "asserted");
  assert.equal(factuality("Police announced the arrest of two men.", "arrest"), "asserted");
});

test("an event a noun of trying or capacity points to is possible ('in their quest to hijack', 'its ability to seize', 'in a bid to retake')", () => {
  assert.equal(factuality("The militants attacked in their quest to hijack an oil tanker.", "hijack"), "possible");
  assert.equal(factuality("China staged drills, a test of its ability to seize the island.", "seize"), "possible");
  assert.equal(factuality("The army moved in a bid to retake the town.", "retake"), "possible");
});

test("a reporting verb that passes its negation on denies the event noun it takes ('did not report any deaths', 'have not yet reported any fatalities')", () => {
  assert.equal(factuality("Police did not report any deaths.", "deaths"), "negated");
  assert.equal(factuality("Authorities have not yet reported any fatalities.", "fatalities"), "negated");
  assert.equal(factuality("Police reported two deaths.", "deaths"), "asserted");
});

test("must not fire: not mentioning reports that something happened denies nothing ('did not mention a report that the air force shot down jets')", () => {
  assert.equal(
    factuality("He did not mention a report that the air force shot down two jets.", "shot down"),
    "asserted",
  );
  assert.equal(factuality("There were no signs that troops attacked the town.", "attacked"), "negated");
});

test("a denied clause takes for granted the happening its adjunct names ('denied that the refinery was targeted in the attack')", () => {
  const through = (text: string, trigger: string) =>
    analyse({ text, published: "2024-10-26", title: null, url: null, source: null }).events.find(
      (e) => e.trigger.text === trigger,
    )?.factuality;
  const denied = "The army denied that the refinery was targeted in the Israeli attack.";
  assert.equal(through(denied, "attack"), "asserted");
  assert.equal(through(denied, "targeted"), "negated");
  assert.equal(through("The army denied that the attack took place.", "attack"), "negated");
});

test("a yes-no question asks whether it happened ('Have over 2,000 civilians died?'); a question word takes it for granted", () => {
  assert.equal(factuality("Have over 2,000 civilians died in the siege?", "died"), "possible");
  assert.equal(factuality("Why did troops kill 12 people?", "kill"), "asserted");
});

test("an asserted event dated after the publication day is still to come ('when she is sentenced in August', in April)", () => {
  const through = (text: string, published: string) =>
    analyse({ text, published, title: null, url: null, source: null }).events.find((e) => e.type === "CONVICT")
      ?.factuality;
  assert.equal(through("She faces 10 years in jail when she is sentenced in August.", "2016-04-06"), "future");
  assert.equal(through("Sentencing by the judge is scheduled for Jan. 6.", "2014-09-04"), "future");
  assert.equal(through("He was sentenced in March.", "2016-04-06"), "asserted");
});
