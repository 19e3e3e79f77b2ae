/**
 * Small word lists behind content signatures: function words that carry no proposition, negators (polarity is
 * kept apart from the words), and irregular verb forms folded to one stem. Plain data; extend as needed.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    "a an the this that these those there here it its it's they them their theirs he him his she her hers we us our " +
    "you your i me my mine who whom whose which what when where why how and or but if then than so as of at by for " +
    "from in into on onto to with within about over under after before during since until up down out off again " +
    "further once all any both each few more most other some such only own same too very can could will would shall " +
    "should may might must be is am are was were been being have has had having do does did doing just also yet " +
    "still even already said says say saying told according reportedly allegedly"
  ).split(" "),
);

/** Words that deny; dropped from signatures so "sent troops" and "did not send troops" match with opposite polarity. */
export const NEGATORS: ReadonlySet<string> = new Set(
  "no not never none nor neither nobody nothing nowhere without cannot n't dont doesnt didnt wont isnt arent wasnt werent hasnt havent hadnt".split(
    " ",
  ),
);

/** Irregular forms → the stem the suffix rules give the base form. */
export const IRREGULAR: ReadonlyMap<string, string> = new Map(
  Object.entries({
    sent: "send",
    struck: "strike",
    fought: "fight",
    went: "go",
    gone: "go",
    began: "begin",
    begun: "begin",
    met: "meet",
    led: "lead",
    left: "leave",
    held: "hold",
    took: "take",
    taken: "take",
    gave: "give",
    given: "give",
    made: "make",
    seen: "see",
    saw: "see",
    shot: "shoot",
    won: "win",
    lost: "lose",
    fled: "flee",
    caught: "catch",
    brought: "bring",
    bought: "buy",
    sold: "sell",
    paid: "pay",
    spent: "spend",
    built: "build",
    broke: "break",
    broken: "break",
    chose: "choose",
    chosen: "choose",
    rose: "rise",
    risen: "rise",
    fell: "fall",
    fallen: "fall",
    drove: "drive",
    driven: "drive",
    flew: "fly",
    flown: "fly",
    wrote: "write",
    written: "write",
    ran: "run",
    came: "come",
    became: "become",
    knew: "know",
    known: "know",
    thought: "think",
    found: "find",
    kept: "keep",
    slain: "slay",
    dead: "die",
    died: "die",
    deaths: "die",
    death: "die",
    men: "man",
    women: "woman",
    children: "child",
    people: "person",
  }),
);

/**
 * Words that say who did something rather than what was done ("denied any involvement in the damage", "was behind
 * the attack"): set apart when a denial of involvement is matched against what the denier is said to have done.
 */
export const AGENCY_WORDS: ReadonlySet<string> = new Set(
  (
    "involvement involved involve involving role responsibility responsible behind link links linked connection " +
    "connected blame blamed cause caused orchestrated orchestrate"
  ).split(" "),
);
