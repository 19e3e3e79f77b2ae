import type { Span } from "../article/span.js";
import { titles } from "../lexicon/titles.js";
import type { Mention, Sentence, Token } from "../pipeline/layers.js";
import { readAliases } from "./aliases.js";
import { readAwards } from "./awards.js";
import { capitalPhrases } from "./capital-phrases.js";
import { readCombinedDemonyms } from "./combined-demonyms.js";
import { descriptionAfter, verbAhead } from "./descriptors.js";
import { type Draft, Drafts, newDraft } from "./draft.js";
import { finish } from "./finish.js";
import { readHeadlineRun } from "./headline-runs.js";
import { readNested } from "./nested.js";
import { orgNominals, personNominals } from "./org-phrases.js";
import { readPlaceAdjectives } from "./place-adjectives.js";
import { readProducts } from "./products.js";
import { readQuotedTitles } from "./quoted-titles.js";
import { readRun } from "./read-run.js";
import { capitalisedRuns } from "./runs.js";
import { settleTypes } from "./settle-types.js";
import { sharedReadings } from "./shared-names.js";
import { stateAbbreviations } from "./state-abbreviations.js";
import { readTeams } from "./teams.js";
import { nextToken, prevToken, type TextView, textView, tokenSpan } from "./text-view.js";
import { townsBeforeRegions } from "./towns.js";
import { transcriptSpeakers } from "./transcript-speakers.js";

export interface MentionInput {
  text: string;
  tokens: readonly Token[];
  sentences: readonly Sentence[];
  /** Time expressions: their words are never names ("Tuesday", "April"). */
  times?: readonly Span[];
  /** Publication date (ISO), for dictionary entries that hold only for a period. */
  published?: string | null;
}

/**
 * Every mention of a person, organization, place or nationality in the article, before clustering:
 * capitalised runs read against the actor dictionary, the gazetteer and the title lexicon, then organizations
 * and people named by a head word or office ("Seoul's defence ministry", "the North Korean leader").
 */
export function findMentions(input: MentionInput): Mention[] {
  const view = textView(input.text, input.tokens, input.sentences, [...(input.times ?? [])]);
  view.shared = sharedReadings(view);
  const drafts = new Drafts(view.tokens.length);
  for (const s of view.sentences)
    for (const [a, b] of readAwards(view, drafts, s, capitalisedRuns(view, s)))
      (view.headline[a] ? readHeadlineRun : readRun)(view, drafts, a, b);
  conjoinedCapitals(view, drafts.list);
  transcriptSpeakers(view, drafts);
  settleTypes(view, drafts);
  readCombinedDemonyms(drafts.list);
  readPlaceAdjectives(drafts.list);
  townsBeforeRegions(view, drafts);
  stateAbbreviations(view, drafts);
  for (const d of orgNominals(view, drafts)) drafts.add(d);
  for (const d of personNominals(view, drafts)) drafts.add(d);
  appositiveRoles(view, drafts);
  appositiveDescriptions(view, drafts);
  for (const d of countryNominals(view, drafts)) drafts.add(d);
  for (const d of capitalPhrases(view, drafts)) drafts.add(d);
  readProducts(view, drafts.list);
  readQuotedTitles(view, drafts.list);
  readTeams(view, drafts.list);
  readAliases(view, drafts);
  readNested(view, drafts);
  return finish(drafts.list, input.published ?? null);
}

/** "Washington and Beijing said": a capital joined by "and"/"or" to a state reads as a state too. */
function conjoinedCapitals(view: TextView, drafts: Draft[]): void {
  const byEnd = new Map(drafts.map((d) => [d.b, d]));
  const byStart = new Map(drafts.map((d) => [d.a, d]));
  const isState = (d: Draft | undefined) =>
    d !== undefined && (d.reading === "state" || (d.kind === "name" && d.type === "GPE" && !d.cities && !d.capitalOf));
  for (let round = 0; round < 2; round++) {
    for (const d of drafts) {
      if (d.reading !== "city" || !d.capitalOf) continue;
      const before = prevToken(view, d.a);
      const after = nextToken(view, d.b);
      const joinedBefore = /^(and|or)$/.test(view.folded[before] ?? "")
        ? byEnd.get(prevToken(view, before) + 1)
        : undefined;
      const joinedAfter = /^(and|or)$/.test(view.folded[after] ?? "")
        ? byStart.get(nextToken(view, after + 1))
        : undefined;
      if (isState(joinedBefore) || isState(joinedAfter)) {
        d.reading = "state";
        d.kind = "metonym";
        d.actor = d.capitalOf;
        delete d.cities;
      }
    }
  }
}

/**
 * "Olaf Scholz, the German chancellor, said", "Jane Doe, a spokeswoman for …", "X, chief executive of Y,": the
 * office in apposition is the person's role (and country), so that later "the chancellor" finds him.
 */
function appositiveRoles(view: TextView, drafts: Drafts): void {
  const lex = titles();
  for (const d of drafts.list) {
    if (d.type !== "PERSON" || d.kind !== "name") continue;
    const comma = nextToken(view, d.b);
    if (view.raw[comma] !== ",") continue;
    const next = nextToken(view, comma + 1);
    const office = drafts.startingAt(next);
    if (office?.type === "PERSON" && office.kind === "nominal") {
      d.role ??= office.role;
      d.country ??= office.country;
      continue;
    }
    const said = descriptionAfter(view, d.b);
    if (!said || said.age || said.type !== "PERSON") continue;
    const head = view.folded[said.head] as string;
    const kind = lex.heads.get(head);
    if (!kind || kind === "kin") continue;
    const words: string[] = [];
    let country: string | undefined;
    for (let k = said.start; k < said.head; k++) {
      if (!view.word[k]) continue;
      const owner = drafts.at(k);
      if (owner && owner !== d) country ??= owner.country ?? owner.nation;
      const f = view.folded[k] as string;
      if (!view.cap[k] && (lex.modifiers.has(f) || lex.heads.has(f))) words.push(f);
    }
    if (said.possessive >= 0) {
      const owner = drafts.endingAt(said.possessive);
      country ??= owner?.country ?? owner?.nation;
    }
    d.role ??= [...words, head].join(" ");
    d.country ??= country;
  }
}

/**
 * "NATO, the existing military alliance that …": a description of an organization right after its name and a comma
 * is that organization, whatever its head word (clustering joins them).
 */
function appositiveDescriptions(view: TextView, drafts: Drafts): void {
  for (const d of drafts.list) {
    if (d.type !== "ORG" || d.kind === "nominal" || d.dropped) continue;
    const comma = nextToken(view, d.b);
    if (view.raw[comma] !== ",") continue;
    const described = drafts.startingAt(nextToken(view, comma + 1));
    if (described?.type !== "ORG" || described.kind !== "nominal" || described.owner) continue;
    // "… to destroy Hamas, the ministry said": the subject of the next clause, not a description.
    if (verbAhead(view, nextToken(view, described.b), view.tokens[described.a]?.sentence)) continue;
    described.apposedTo = d.start;
  }
  // "the insurgent group, Jama'at Nusrat al-Islam wal-Muslimin (JNIM), announced …": the description first, then
  // the name set off by commas or a bracket.
  for (const d of drafts.list) {
    if (d.type !== "ORG" || d.kind !== "nominal" || d.dropped || d.apposedTo !== undefined) continue;
    const comma = nextToken(view, d.b);
    if (view.raw[comma] !== ",") continue;
    const named = drafts.startingAt(nextToken(view, comma + 1));
    if (named?.type !== "ORG" || named.kind === "nominal" || named.dropped) continue;
    // "the official Chinese news agency, Xinhua,": an owned description fits only a name of the owner's country.
    if (d.owner && d.owner !== named.country) continue;
    const after = view.raw[nextToken(view, named.b)];
    if (after === "," || after === "(") d.apposedTo = named.start;
  }
}

/** "the country" refers back to a state named before (the entities stage decides which). */
function countryNominals(view: TextView, drafts: Drafts): Draft[] {
  const out: Draft[] = [];
  for (let i = 1; i < view.tokens.length; i++) {
    if (view.folded[i] !== "country" || view.cap[i] || drafts.at(i)) continue;
    const the = prevToken(view, i);
    if (the < 0 || view.folded[the] !== "the") continue;
    const d = newDraft(tokenSpan(view, the, i + 1), the, i + 1, "GPE", "nominal");
    d.head = "country";
    d.weak = true;
    out.push(d);
  }
  return out;
}
