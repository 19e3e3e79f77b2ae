import assert from "node:assert/strict";
import { test } from "node:test";
import { eventAt, eventsOf } from "./fixture.js";

test("verbs, event nouns and phrases trigger typed events across subjects", () => {
  const text =
    "The coast guard seized a cargo ship off Crete. Parliament will hold an election in May. " +
    "Acme completed its takeover of Brightline. Thousands of farmers protested in Lyon. " +
    "The minister stepped down after the scandal. An air strike hit a depot near Kharkiv.";
  const events = eventsOf(text, {
    entities: [
      { id: "crete", type: "LOC", mentions: ["Crete"] },
      { id: "lyon", type: "GPE", mentions: ["Lyon"] },
      { id: "kharkiv", type: "GPE", mentions: ["Kharkiv"] },
    ],
  });
  const types = events.map((e) => `${e.type}:${e.trigger.text}`);
  assert.deepEqual(types, [
    "SEIZE:seized",
    "ELECT:election",
    "MERGE:takeover",
    "PROTEST:protested",
    "RESIGN:stepped down",
    "ATTACK:air strike",
  ]);
  assert.equal(eventAt(events, "seized")?.cameo, "1711");
  assert.equal(eventAt(events, "air strike")?.cameo, "195");
  assert.equal(eventAt(events, "election")?.cameo, undefined, "no CAMEO code fits an election");
});

test("other senses of trigger words do not fire", () => {
  const text =
    "He died of a heart attack. The startup built a killer app. Officers issued attack orders. " +
    "The senate killed the bill. It took a great deal of effort. She suffered cardiac arrest. " +
    "He will send a letter to the board. The data demonstrated that prices rose. The firm met its targets. " +
    "The airline has 149 confirmed orders. Tim Cook will take over as chief executive.";
  const events = eventsOf(text);
  const fired = events.map((e) => e.trigger.text);
  // "prices rose" is a price change of its own; "demonstrated" next to it is no protest.
  assert.deepEqual(
    fired.filter((t) => t !== "died" && t !== "rose"),
    [],
    `unexpected triggers: ${fired.join(", ")}`,
  );
  assert.equal(eventAt(events, "died")?.type, "DIE");
  assert.equal(eventAt(events, "rose")?.type, "PRICE_CHANGE");
});

test("weak event nouns fire only with a time, a place, a participant or a support verb", () => {
  const text =
    "In the event of a war, prices would rise. An event in Oslo on Friday drew crowds. " +
    "The deal was a good one for shareholders. Russia and Belarus signed a deal.";
  const events = eventsOf(text, {
    entities: [
      { id: "oslo", type: "GPE", mentions: ["Oslo"] },
      { id: "ru", type: "GPE", mentions: ["Russia"] },
      { id: "by", type: "GPE", mentions: ["Belarus"] },
    ],
    times: [{ at: "on Friday", value: "2025-06-27" }],
  });
  assert.deepEqual(
    events.map((e) => `${e.type}:${e.trigger.text}`),
    ["PRICE_CHANGE:rise", "CEREMONY:event", "SIGN_AGREEMENT:deal"],
  );
});

test("a support verb and its event noun make one event, not two", () => {
  const text = "Oman and Iran held talks in Muscat. The two leaders signed a treaty. Mourners attended the funeral.";
  const events = eventsOf(text, {
    entities: [
      { id: "om", type: "GPE", mentions: ["Oman"] },
      { id: "ir", type: "GPE", mentions: ["Iran"] },
      { id: "muscat", type: "GPE", mentions: ["Muscat"] },
    ],
  });
  assert.deepEqual(
    events.map((e) => `${e.type}:${e.trigger.text}`),
    ["NEGOTIATE:talks", "SIGN_AGREEMENT:treaty", "CEREMONY:funeral"],
  );
  const talks = eventAt(events, "talks");
  assert.deepEqual(talks?.participants.map((p) => `${p.role}:${p.entity}`).sort(), ["agent:ir", "agent:om"]);
  assert.equal(talks?.location, "muscat");
});

test("send and deploy need forces near them", () => {
  const text = "The navy will send two frigates to the Baltic. The bank sent a warning to investors.";
  const events = eventsOf(text);
  assert.deepEqual(
    events.map((e) => `${e.type}:${e.trigger.text}`),
    ["DEPLOY:send"],
  );
});

test("an attack between people only is criticism; a battle between candidates is no fight", () => {
  const text =
    "Senator Vance attacked Governor Moore over the budget. Rebels attacked Goma. " +
    "Vance and Moore are battling for second place. Critics launched sexist attacks on the mayor.";
  const events = eventsOf(text, {
    entities: [
      { id: "vance", type: "PERSON", mentions: ["Senator Vance", "Vance"] },
      { id: "moore", type: "PERSON", mentions: ["Governor Moore", "Moore"] },
      { id: "goma", type: "GPE", mentions: ["Goma"] },
    ],
  });
  assert.deepEqual(
    events.map((e) => `${e.type}:${e.trigger.text}`),
    ["CRITICIZE:attacked", "ATTACK:attacked", "CRITICIZE:attacks"],
  );
  assert.equal(events[0]?.cameo, "111");
});

test("winning a state is no capture; taking a town is", () => {
  const text = "Senator Cruz captured Texas. Russian forces captured Avdiivka.";
  const events = eventsOf(text, {
    entities: [
      { id: "cruz", type: "PERSON", mentions: ["Senator Cruz"] },
      { id: "tx", type: "GPE", mentions: ["Texas"] },
      { id: "ru", type: "GPE", mentions: ["Russian"], kinds: { Russian: "demonym" } },
      { id: "avd", type: "GPE", mentions: ["Avdiivka"] },
    ],
  });
  assert.deepEqual(
    events.map((e) => `${e.type}:${e.trigger.text}`),
    ["SEIZE:captured"],
  );
  assert.deepEqual(events[0]?.participants, [
    { role: "agent", entity: "ru" },
    { role: "patient", entity: "avd" },
  ]);
});

test("a trigger word inside a date names a time, not an event, while the same word as a verb still fires", async () => {
  const { analyse } = await import("../../src/pipeline/analyse.js");
  const text =
    "March 14, 2025\n\nThe ferry operator cut its timetable on Friday. " +
    "Thousands of dock workers will march through Rotterdam next week.";
  const a = analyse({ text, published: "2025-03-14", title: null, url: null, source: null });
  assert.ok(
    a.times.some((t) => t.text.includes("March 14") && t.value === "2025-03-14"),
    "the date line is read as a time",
  );
  const triggers = a.events.map((e) => `${e.type}:${e.trigger.text}`);
  assert.ok(!triggers.includes("PROTEST:March"), triggers.join(", "));
  assert.ok(triggers.includes("PROTEST:march"), triggers.join(", "));
});

test("water cannon fired at ships and a ramming are attacks; a ram of a budget is not", () => {
  assert.equal(
    eventAt(eventsOf("The coast guard fired water cannon at two fishing boats.", {}), "fired")?.type,
    "ATTACK",
  );
  assert.equal(eventAt(eventsOf("A patrol vessel rammed a supply ship.", {}), "rammed")?.type, "ATTACK");
  assert.equal(eventsOf("The speaker rammed the budget through parliament.", {}).length, 0);
});

test("a state, a force or a weapon that struck something attacked it: the striker acts, what was struck undergoes", () => {
  const entities = [
    { id: "by", type: "GPE" as const, mentions: ["Belarus"] },
    { id: "tr", type: "GPE" as const, mentions: ["Turkish"], kinds: { Turkish: "demonym" as const } },
    { id: "iq", type: "GPE" as const, mentions: ["Iraq"] },
    { id: "tulsa", type: "GPE" as const, mentions: ["Tulsa"] },
    { id: "mk", type: "ORG" as const, mentions: ["Mokra Brigade"] },
    { id: "velka", type: "GPE" as const, mentions: ["Velka"] },
  ];
  const spec = (text: string) => ({ entities: entities.filter((e) => text.includes(e.mentions[0] as string)) });
  const state = "Belarus struck three fuel depots overnight.";
  const byState = eventAt(eventsOf(state, spec(state)), "struck");
  assert.equal(byState?.type, "ATTACK");
  assert.deepEqual(byState?.participants, [{ role: "agent", entity: "by" }]);
  const jets = "Turkish warplanes struck positions in northern Iraq.";
  const byJets = eventAt(eventsOf(jets, spec(jets)), "struck");
  assert.equal(byJets?.type, "ATTACK");
  assert.deepEqual(byJets?.participants, [{ role: "agent", entity: "tr" }]);
  // The verb is the trigger, not a "drone strike" read into "drone struck".
  const drone = "A drone struck a clinic in Tulsa on Friday.";
  assert.deepEqual(
    eventsOf(drone, spec(drone)).map((e) => `${e.type}:${e.trigger.text}`),
    ["ATTACK:struck"],
  );
  const group = "The Mokra Brigade struck Velka at dawn.";
  assert.deepEqual(eventAt(eventsOf(group, spec(group)), "struck")?.participants, [
    { role: "agent", entity: "mk" },
    { role: "patient", entity: "velka" },
  ]);
});

test("a labour strike, and a deal, a chord, a tone or a balance struck, are no attacks", () => {
  const entities = [
    { id: "peru", type: "GPE" as const, mentions: ["Peru"] },
    { id: "chile", type: "GPE" as const, mentions: ["Chile"] },
    { id: "oslo", type: "GPE" as const, mentions: ["Oslo"] },
    { id: "lima", type: "GPE" as const, mentions: ["Lima"] },
  ];
  const spec = (text: string) => ({ entities: entities.filter((e) => text.includes(e.mentions[0] as string)) });
  const typed = (text: string) => eventsOf(text, spec(text)).map((e) => `${e.type}:${e.trigger.text}`);
  assert.deepEqual(typed("Crane drivers went on strike at the harbour."), ["STRIKE:on strike"]);
  assert.deepEqual(typed("Pilots struck for a second day."), ["STRIKE:struck"]);
  assert.deepEqual(typed("Oslo and Lima struck a fishing deal."), ["SIGN_AGREEMENT:deal"]);
  assert.deepEqual(typed("The mayor's plea struck a chord with bakers."), []);
  assert.deepEqual(typed("Peru struck a cautious tone on tariffs."), []);
  assert.deepEqual(typed("Chile struck a balance between growth and thrift."), []);
  // The same verb with a state and a target is an attack.
  assert.deepEqual(typed("Peru struck rebel camps near the border."), ["ATTACK:struck"]);
});

test("taking over or taking control of a place is a seizure; taking over a company stays a merger", () => {
  const entities = [
    { id: "aleppo", type: "GPE" as const, mentions: ["Aleppo"] },
    { id: "acme", type: "ORG" as const, mentions: ["Acme"] },
    { id: "bright", type: "ORG" as const, mentions: ["Brightline"] },
  ];
  const spec = (text: string) => ({ entities: entities.filter((e) => text.includes(e.mentions[0] as string)) });
  const city = "Rebels took over Aleppo on Monday.";
  assert.equal(eventAt(eventsOf(city, spec(city)), "took over")?.type, "SEIZE");
  const firm = "Acme took over Brightline in May.";
  assert.equal(eventAt(eventsOf(firm, spec(firm)), "took over")?.type, "MERGE");
});

test("fighters taking a place, or a town taken by them, is a seizure; taking a bus, or a year taking a city, is none", () => {
  const types = (text: string, entities: { id: string; type: "GPE" | "ORG"; mentions: string[] }[] = []) =>
    eventsOf(text, { entities }).map((e) => e.type);
  assert.deepEqual(types("Russian troops took Velka on Sunday.", [{ id: "velka", type: "GPE", mentions: ["Velka"] }]), [
    "SEIZE",
  ]);
  assert.deepEqual(types("The rebels said they took the town."), ["SEIZE"]);
  assert.deepEqual(types("The town was taken by the rebels on Monday."), ["SEIZE"]);
  assert.deepEqual(types("She took the bus to the city."), []);
  assert.deepEqual(types("It took the city two years to rebuild."), []);
});

test("a place named with its place noun is a place taken over: 'Dorvan city', 'the town of Velka'", () => {
  const named = "Militants battling army units claim taking over Dorvan city which borders Kessia.";
  const seized = eventAt(
    eventsOf(named, {
      entities: [
        { id: "dorvan", type: "GPE", mentions: ["Dorvan"] },
        { id: "kessia", type: "GPE", mentions: ["Kessia"] },
      ],
    }),
    "taking over",
  );
  assert.equal(seized?.type, "SEIZE");
  assert.ok(seized?.participants.some((p) => p.role === "patient" && p.entity === "dorvan"));
  const of = "They took over the town of Velka on Sunday.";
  const town = eventAt(eventsOf(of, { entities: [{ id: "velka", type: "GPE", mentions: ["Velka"] }] }), "took over");
  assert.equal(town?.type, "SEIZE");
  assert.deepEqual(town?.participants, [{ role: "patient", entity: "velka" }]);
});

test("taken over by armed men, or a broadcaster or building taken over, is a seizure; a company's takeover stays a merger", () => {
  const radio = "The army had regained control of state radio, which was earlier Tuesday taken over by the mutineers.";
  const byMutineers = eventsOf(radio, { times: [{ at: "Tuesday", value: "2025-07-01" }] });
  assert.equal(eventAt(byMutineers, "taken over")?.type, "SEIZE");
  assert.equal(eventAt(eventsOf("Demonstrators took over the parliament building."), "took over")?.type, "SEIZE");
  const orbis = [{ id: "orbis", type: "ORG" as const, mentions: ["Orbis"] }];
  const bought = "The broadcaster was taken over by Orbis in 2019.";
  assert.equal(eventAt(eventsOf(bought, { entities: orbis }), "taken over")?.type, "MERGE");
  const buying = "Orbis took over the regional broadcaster.";
  assert.equal(eventAt(eventsOf(buying, { entities: orbis }), "took over")?.type, "MERGE");
});

test("retaking, regaining or recapturing control of a place, or recapturing a town, is a seizure; regaining control of a car or retaking the lead is not", () => {
  const entities = [
    { id: "dorvan", type: "GPE" as const, mentions: ["Dorvan"] },
    { id: "kessia", type: "GPE" as const, mentions: ["Kessia"] },
    { id: "velka", type: "GPE" as const, mentions: ["Velka"] },
    { id: "lind", type: "PERSON" as const, mentions: ["Lind"] },
  ];
  const spec = (text: string) => ({ entities: entities.filter((e) => text.includes(e.mentions[0] as string)) });
  const typed = (text: string) => eventsOf(text, spec(text)).map((e) => `${e.type}:${e.trigger.text}`);
  const retook = "Loyalist units retook control of Dorvan on Friday.";
  const seized = eventAt(eventsOf(retook, spec(retook)), "retook control of");
  assert.equal(seized?.type, "SEIZE");
  assert.deepEqual(seized?.participants, [{ role: "patient", entity: "dorvan" }]);
  assert.deepEqual(typed("The junta had also retaken control of the state broadcaster."), ["SEIZE:retaken control of"]);
  assert.deepEqual(typed("The navy regained control of the harbour checkpoint."), ["SEIZE:regained control of"]);
  assert.deepEqual(typed("Militiamen recaptured control of the bridge."), ["SEIZE:recaptured control of"]);
  assert.deepEqual(typed("Kessia recaptured the town of Velka."), ["SEIZE:recaptured"]);
  assert.deepEqual(typed("The rebels recaptured the town."), ["SEIZE:recaptured"]);
  assert.deepEqual(typed("Lind regained control of the car."), []);
  assert.deepEqual(typed("The visitors retook the lead."), []);
});

test("a place that fell to a force was seized by it: the place undergoes, the force acts ('Aleppo fell to the rebels')", () => {
  const entities = [
    { id: "aleppo", type: "GPE" as const, mentions: ["Aleppo"] },
    { id: "russia", type: "GPE" as const, mentions: ["Russia"] },
  ];
  const fell = eventAt(eventsOf("Aleppo fell to Russia in March.", { entities }), "fell to");
  assert.equal(fell?.type, "SEIZE");
  assert.deepEqual(fell?.participants.map((p) => `${p.role}:${p.entity}`).sort(), ["agent:russia", "patient:aleppo"]);
  assert.equal(eventsOf("Prices fell to a record low.", {}).length, 0);
});

test("'lost their lives', 'lost his life' report deaths; 'lost their jobs' does not", () => {
  assert.equal(eventAt(eventsOf("Two soldiers lost their lives in the clash."), "lost their lives")?.type, "DIE");
  assert.equal(eventAt(eventsOf("The driver lost his life in the crash."), "lost his life")?.type, "DIE");
  assert.equal(
    eventsOf("Thousands lost their jobs.").some((e) => e.type === "DIE"),
    false,
  );
});

test("missiles or forces targeting a ship or a base attack it; a campaign targeting voters does not", () => {
  const types = (text: string) => eventsOf(text, {}).map((e) => e.type);
  assert.deepEqual(types("Two missiles targeted a warship off the coast."), ["ATTACK"]);
  assert.deepEqual(types("The rebels targeted the base overnight."), ["ATTACK"]);
  assert.deepEqual(types("The campaign targeted young voters."), []);
});

test("bombarding is an attack, and a takeover of a country a seizure; a takeover of a company stays a merger", () => {
  const types = (text: string, entities: { id: string; type: "GPE" | "ORG"; mentions: string[] }[] = []) =>
    eventsOf(text, { entities }).map((e) => e.type);
  assert.deepEqual(types("The army bombarded the city."), ["ATTACK"]);
  assert.deepEqual(
    types("Since the group's takeover of Velka in 2021, trade has slowed.", [
      { id: "velka", type: "GPE", mentions: ["Velka"] },
    ]),
    ["SEIZE"],
  );
  assert.deepEqual(
    types("The takeover of Brightline by Acme closed in October.", [
      { id: "bright", type: "ORG", mentions: ["Brightline"] },
      { id: "acme", type: "ORG", mentions: ["Acme"] },
    ]),
    ["MERGE"],
  );
});

test("dropping bombs or grenades is an attack, whatever weight in pounds the bombs have; prices that drop change", () => {
  const types = (text: string) => eventsOf(text, {}).map((e) => e.type);
  assert.deepEqual(types("The junta dropped 500 pound bombs on the village."), ["ATTACK"]);
  assert.deepEqual(types("A drone dropped a grenade on the trench."), ["ATTACK"]);
  assert.deepEqual(types("Prices dropped 5 percent."), ["PRICE_CHANGE"]);
});
