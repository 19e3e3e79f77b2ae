import assert from "node:assert/strict";
import { test } from "node:test";
import { entityWith, read, texts } from "./read.js";

test("a bare surname joins the full name named before it, also at the start of a sentence", () => {
  const text =
    "Finnish Prime Minister Petteri Orpo met union leaders. Orpo said wages would rise. " +
    "Later, Orpo left for Stockholm.";
  const { entities } = read(text);
  const orpo = entityWith(entities, "Petteri Orpo");
  assert.deepEqual(texts(orpo), ["Petteri Orpo", "Orpo", "Orpo"]);
  assert.equal(orpo?.country, "FI");
  assert.deepEqual(orpo?.roles, ["Prime Minister"]);
});

test("must not fire: two people sharing a surname stay two entities", () => {
  const text =
    "Kim Jong Un inspected a factory with his sister Kim Yo Jong. Later Kim Yo Jong issued a statement " +
    "criticising Seoul.";
  const { entities } = read(text);
  const leader = entityWith(entities, "Kim Jong Un");
  const sister = entityWith(entities, "Kim Yo Jong");
  assert.ok(leader && sister);
  assert.notEqual(leader, sister);
  assert.deepEqual(texts(sister), ["Kim Yo Jong", "Kim Yo Jong"]);
});

test("a given name and surname inside a longer name join it; a different given name does not", () => {
  const text = "Anna Lindqvist and her brother Erik Lindqvist ran the firm. Anna Maria Lindqvist later sold it.";
  const { entities } = read(text);
  assert.notEqual(entityWith(entities, "Anna Lindqvist"), entityWith(entities, "Erik Lindqvist"));
});

test("the bare surname of two people goes to the one mentioned most", () => {
  const text =
    "Marta Kovac won the vote. Marta Kovac thanked supporters, and her cousin Ivan Kovac congratulated her. " +
    "Kovac will be sworn in on Friday.";
  const { entities } = read(text);
  const marta = entityWith(entities, "Marta Kovac");
  assert.ok(texts(marta).includes("Kovac"));
  assert.ok(!texts(entityWith(entities, "Ivan Kovac")).includes("Kovac"));
});

test("a person named by office only joins the one who holds that office", () => {
  const text = "Belgian Prime Minister Lotte Claes arrived late. The Belgian prime minister then left before the vote.";
  const { entities } = read(text);
  const claes = entityWith(entities, "Lotte Claes");
  assert.ok(
    texts(claes).some((t) => t.toLowerCase().includes("prime minister")),
    texts(claes).join("|"),
  );
});

test("must not fire: a description with nothing to refer back to is dropped", () => {
  const { entities } = read("Officials said the ministry would review the case.");
  assert.equal(entityWith(entities, "the ministry"), undefined);
  assert.equal(
    entities.some((e) => e.type === "ORG"),
    false,
  );
});

test("metonyms, names and demonyms of one state are one entity; another state's stay apart", () => {
  const text =
    "Beijing said the drills were routine. China's navy sailed near Taiwan, and Chinese warships " +
    "stayed for a week. Taipei protested.";
  const { entities } = read(text);
  const china = entityWith(entities, "China");
  assert.ok(texts(china).includes("Beijing"), texts(china).join("|"));
  assert.ok(texts(china).includes("Chinese"), texts(china).join("|"));
  assert.ok(!texts(china).includes("Taipei"));
  assert.equal(entityWith(entities, "Taipei")?.name, "Taiwan");
});

test('"the country" refers back to the state that was the subject just before', () => {
  const text = "Officials said Hungary was blocking the package, noting that the country depends on Russian gas.";
  const { entities } = read(text);
  assert.ok(texts(entityWith(entities, "Hungary")).includes("the country"));
});

test("an organization and its acronym are one entity", () => {
  const text = "The Federal Maritime Commission opened an inquiry. The FMC said it would report in May.";
  const { entities } = read(text);
  const fmc = entityWith(entities, "Federal Maritime Commission");
  assert.ok(texts(fmc).includes("FMC"), texts(fmc).join("|"));
});

test("entity ids run in order of first mention, and every mention span points into the text", () => {
  const text = "Volvo and Scania said on Tuesday that Sweden's government should cut fuel taxes.";
  const { entities } = read(text);
  assert.deepEqual(
    entities.map((e) => e.id),
    entities.map((_, i) => `e${i + 1}`),
  );
  for (const e of entities) for (const m of e.mentions) assert.equal(text.slice(m.start, m.end), m.text);
});

test("an office in apposition is the person's role, and the office named later finds the person", () => {
  const text = "Mette Lund, the Danish foreign minister, met her counterparts. The minister said Denmark would help.";
  const { entities } = read(text);
  const lund = entityWith(entities, "Mette Lund");
  assert.deepEqual(lund?.roles, ["foreign minister"]);
  assert.equal(lund?.country, "DK");
  assert.ok(texts(lund).includes("The minister"), texts(lund).join("|"));
});

test("a description in apposition to an organization's name is that organization, and later short forms join it", () => {
  const { entities } = read(
    "The money could be spent with Velcor Group, the regional shipping alliance that runs the ferries. The alliance met on Friday.",
  );
  const velcor = entities.find((e) => e.name === "Velcor Group");
  assert.deepEqual(
    velcor?.mentions.map((m) => m.text),
    ["Velcor Group", "the regional shipping alliance", "The alliance"],
  );
  assert.equal(entities.filter((e) => e.type === "ORG").length, 1);
});

test("must not fire: a description after a person's name and a comma is no organization of theirs", () => {
  const { entities } = read("Ingrid Solberg, the shipping alliance's chief, said the ferries would run.");
  assert.ok(!entities.some((e) => e.name === "Ingrid Solberg" && e.mentions.some((m) => /alliance/.test(m.text))));
});

test("'the Journal', 'the Times' after a paper named in full are that paper", () => {
  const { entities } = read(
    "The Harbor Valley Journal reported the sale on Monday. The Journal said talks went on. The Times of Lagos disagreed.",
  );
  const paper = entityWith(entities, "Harbor Valley Journal");
  assert.ok(texts(paper).includes("Journal"), JSON.stringify(entities.map((e) => e.name)));
});

test("a name owning a campaign after its possessive, past a year and an adjective, is a person ('Wexley's 2024 presidential campaign')", () => {
  const { entities } = read("Hackers targeted Wexley's 2024 presidential campaign. Wexley said the attack failed.");
  assert.equal(entityWith(entities, "Wexley")?.type, "PERSON");
});

test("a state's possessive before a capitalised organ of state owns it, and its description said before the name joins it", () => {
  const { entities } = read(
    "Moldova's defence ministry released footage on Wednesday. Video released by Moldova’s Defence Ministry showed an officer.",
  );
  const ministry = entityWith(entities, "Defence Ministry");
  assert.equal(ministry?.country, "MD");
  assert.ok(texts(ministry).includes("Moldova's defence ministry"), JSON.stringify(entities.map((e) => e.name)));
});

test("must not fire: two states' ministries stay apart ('Moldova's defence ministry … Romania's Defence Ministry')", () => {
  const { entities } = read(
    "Moldova's defence ministry released footage on Wednesday. Video released by Romania's Defence Ministry showed an officer.",
  );
  const ministry = entityWith(entities, "Defence Ministry");
  assert.equal(ministry?.country, "RO");
  assert.equal(texts(ministry).includes("Moldova's defence ministry"), false);
});

test("'the group' goes to the nearest fitting organization before it, never to the outlet of a dateline ('(KTV) — … a Hamas commander … the group's raids')", () => {
  const { entities } = read(
    "(KTV) — A drone hit a Hamas commander who led the group's raids, officials told KTV on Monday.",
  );
  assert.deepEqual(texts(entityWith(entities, "Hamas")), ["Hamas", "the group"]);
  assert.deepEqual(texts(entityWith(entities, "KTV")), ["KTV", "KTV"]);
});

test("must not fire: an outlet named only in the dateline is no antecedent ('(KTV) — The group's leaders met')", () => {
  const { entities } = read("(KTV) — The group's leaders met on Monday, officials said.");
  assert.deepEqual(
    entities.map((e) => texts(e)),
    [["KTV"]],
  );
});

test("a place the gazetteer names is one entity with the same name read without it ('in Mobile' … 'Mobile's health office')", () => {
  const { entities } = read(
    "A clinic in Mobile said two died. The director of Mobile's health office said the storm hit a school.",
  );
  const places = entities.filter((e) => e.name === "Mobile");
  assert.equal(places.length, 1, JSON.stringify(entities.map((e) => e.name)));
  assert.equal(places[0]?.type, "GPE");
  assert.equal(places[0]?.mentions.length, 2);
});

test("a place alone is not the organ of state named for it ('Zarqan health officials' … 'the Zarqan Health Directorate')", () => {
  const { entities } = read(
    "Zarqan health officials said three people died. Clinics in Zarqan were full. The Zarqan Health Directorate said more may die.",
  );
  assert.deepEqual(texts(entityWith(entities, "Zarqan Health Directorate")), ["Zarqan Health Directorate"]);
  assert.deepEqual(texts(entityWith(entities, "Zarqan")), ["Zarqan", "Zarqan"]);
});

test("a description after a name's comma that runs into its own verb is the next clause's subject, not the name", () => {
  const { entities } = read("Israel vowed to destroy Hamas, the health ministry in the Hamas-run territory has said.");
  assert.deepEqual(texts(entityWith(entities, "Hamas")), ["Hamas", "Hamas"]);
  const nato = read("NATO, the military alliance that Finland joined, said it would act.").entities;
  assert.deepEqual(texts(entityWith(nato, "NATO")), ["NATO", "the military alliance"]);
});

test("news outlets the dictionary knows are organizations, also before a possessive ('Al Jazeera's correspondent')", () => {
  const { entities } = read(
    "Al Jazeera's Mohammad al-Bahrani, reporting from Tehran, said the police had arrested dozens.",
  );
  assert.equal(entityWith(entities, "Al Jazeera")?.type, "ORG");
});

test("an office opening the sentence or abbreviated is the person's role ('President John Smith …', 'Sen. Jo Lee … the senator')", () => {
  const opening = read("President John Smith was charged on Monday. Later, the president denied the charges.").entities;
  assert.deepEqual(texts(entityWith(opening, "John Smith")), ["John Smith", "the president"]);
  const abbreviated = read("Sen. Jo Lee was charged. The senator said it was wrong.").entities;
  assert.deepEqual(texts(entityWith(abbreviated, "Jo Lee")), ["Jo Lee", "The senator"]);
  // "Follow Pam Key on Twitter": a verb before a first name is still no title.
  assert.equal(entityWith(read("Follow Pam Key on Twitter.").entities, "Pam Key")?.type, "PERSON");
});

test("'the Hamas leader', 'The Houthi leader': an office of a named group refers back to the person who holds it", () => {
  const leaders: [string, string][] = [
    ["Hamas", "Yahya Sinwar"],
    ["Houthi", "Abdul-Malik al-Houthi"],
  ];
  for (const [group, name] of leaders) {
    const { entities } = read(
      `${group} leader ${name} said the attacks would go on. The ${group} leader added that talks were over.`,
    );
    assert.ok(
      texts(entityWith(entities, name)).includes(`The ${group} leader`),
      `${group}: ${JSON.stringify(entities.map((e) => e.mentions.map((m) => m.text)))}`,
    );
  }
});

test("a state's organ described by the state's name and by its demonym is one organization ('Peru health ministry' … 'the Peruvian health ministry')", () => {
  const text =
    "Peru health ministry says four hurt in blast\n\nLIMA: The Peruvian health ministry said four miners were hurt. Chile's health ministry sent doctors.";
  const { entities } = read(text);
  const peru = entityWith(entities, "The Peruvian health ministry");
  assert.ok(texts(peru).includes("Peru health ministry"), texts(peru).join(" | "));
  assert.ok(!texts(peru).some((t) => t.includes("Chile")));
});

test("a state's organ named in either word order is one organization ('the Chilean Health Ministry' … 'Chile's Ministry of Health')", () => {
  const text =
    "The Chilean Health Ministry said ten died. Chile's Ministry of Health later said 12. The Ministry of Public Works said roads were shut.";
  const { entities } = read(text);
  const health = entityWith(entities, "Chilean Health Ministry");
  assert.ok(texts(health).includes("Ministry of Health"), texts(health).join(" | "));
  assert.ok(!texts(health).includes("Ministry of Public Works"));
});

test("a state's organ named with the state's name or its adjective is one organization ('the Philippine Coast Guard' … 'the Philippines Coast Guard')", () => {
  const text =
    "The Philippine Coast Guard condemned the move. Beijing accused the Philippines Coast Guard of trespassing. The Chinese Coast Guard denied it.";
  const { entities } = read(text);
  const pcg = entityWith(entities, "Philippine Coast Guard");
  assert.ok(texts(pcg).includes("Philippines Coast Guard"), texts(pcg).join(" | "));
  assert.ok(!texts(pcg).includes("Chinese Coast Guard"));
});
