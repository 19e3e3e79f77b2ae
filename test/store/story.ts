import type { Analysis } from "../../src/article/analysis.js";
import { AnalysisBuilder } from "./builder.js";

/*
 * A small invented story told by several outlets, built by hand:
 * - an attack on Port Arlen on Sunday 2025-03-09 in which Finnish soldiers were killed: 600 say the defence minister
 *   (named fully in A, by surname and role in B), about 1,000 says the Finnish army (B);
 * - a second Keller, a lawmaker, who must stay a different person;
 * - Norway sent troops to the border, say the lawmaker (A) and the army (B); Norway's foreign ministry denies it (B);
 * - C: a lone "Keller" without any role (must not join anyone), and an older attack on the port (a different event);
 * - D: the same attack dated Saturday by another outlet (a time conflict).
 */

export function articleA(): Analysis {
  const text =
    "Defence Minister Anna Keller said on Wednesday that 600 Finnish soldiers were killed in the attack on Port Arlen on Sunday. " +
    "Marco Keller, a lawmaker, said Norway sent troops to the border.";
  return new AnalysisBuilder(text, { published: "2025-03-12", source: "Harbour Wire", title: "Port attack toll" })
    .entity("e1", "PERSON", "Anna Keller", ["Anna Keller"], { roles: ["Defence Minister"] })
    .entity("e2", "NORP", "Finnish", ["Finnish"], { country: "FI" })
    .entity("e3", "GPE", "Port Arlen", ["Port Arlen"])
    .entity("e4", "PERSON", "Marco Keller", ["Marco Keller"], { roles: ["lawmaker"] })
    .entity("e5", "GPE", "Norway", ["Norway"], { country: "NO" })
    .claim("c1", {
      content: "600 Finnish soldiers were killed in the attack on Port Arlen",
      cue: "said",
      source: "e1",
      sourceText: "Anna Keller",
      reportedAt: "2025-03-12",
    })
    .claim("c2", {
      content: "Norway sent troops to the border",
      cue: ["said", 2],
      source: "e4",
      sourceText: "Marco Keller",
    })
    .event("v1", {
      type: "KILL",
      trigger: "killed",
      participants: [{ role: "patient", entity: "e2" }],
      location: "e3",
      time: "2025-03-09",
      count: { value: 600, approximate: false },
      claim: "c1",
    })
    .event("v2", { type: "DEPLOY", trigger: "sent", participants: [{ role: "agent", entity: "e5" }], claim: "c2" })
    .build();
}

export function articleB(): Analysis {
  const text =
    "Keller, the defence minister, said 600 Finnish soldiers were killed in the attack on Port Arlen. " +
    "The Finnish army said about 1,000 Finnish soldiers were killed in the attack on Port Arlen, citing field commanders. " +
    "The army also said Norway sent troops to the border. " +
    "Norway's foreign ministry said on Thursday Norway did not send troops to the border.";
  return new AnalysisBuilder(text, { published: "2025-03-13", source: "Coast Daily", title: "Toll disputed" })
    .entity("e1", "PERSON", "Keller", ["Keller"], { roles: ["defence minister"] })
    .entity(
      "e2",
      "NORP",
      "Finnish",
      [
        ["Finnish", 1],
        ["Finnish", 3],
      ],
      { country: "FI" },
    )
    .entity("e3", "GPE", "Port Arlen", [
      ["Port Arlen", 1],
      ["Port Arlen", 2],
    ])
    .entity("e4", "ORG", "Finnish army", ["The Finnish army", "The army"], { country: "FI" })
    .entity(
      "e5",
      "GPE",
      "Norway",
      [
        ["Norway", 1],
        ["Norway", 2],
        ["Norway", 3],
      ],
      { country: "NO" },
    )
    .entity("e6", "ORG", "foreign ministry", ["Norway's foreign ministry"], { country: "NO" })
    .claim("c1", {
      content: "600 Finnish soldiers were killed in the attack on Port Arlen",
      cue: "said",
      source: "e1",
      sourceText: "Keller",
    })
    .claim("c2", {
      content: "about 1,000 Finnish soldiers were killed in the attack on Port Arlen",
      cue: ["said", 2],
      source: "e4",
      sourceText: "The Finnish army",
      via: [{ entity: null, text: "field commanders" }],
    })
    .claim("c3", {
      content: "Norway sent troops to the border",
      cue: ["said", 3],
      source: "e4",
      sourceText: "The army",
    })
    .claim("c4", {
      content: "Norway did not send troops to the border",
      cue: ["said", 4],
      source: "e6",
      sourceText: "Norway's foreign ministry",
      reportedAt: "2025-03-13",
      polarity: "negative",
    })
    .event("v1", {
      type: "KILL",
      trigger: ["killed", 1],
      participants: [{ role: "patient", entity: "e2" }],
      location: "e3",
      count: { value: 600, approximate: false },
      claim: "c1",
    })
    .event("v2", {
      type: "KILL",
      trigger: ["killed", 2],
      participants: [{ role: "patient", entity: "e2" }],
      location: "e3",
      count: { value: 1000, approximate: true },
      claim: "c2",
    })
    .event("v3", { type: "DEPLOY", trigger: "sent", participants: [{ role: "agent", entity: "e5" }], claim: "c3" })
    .event("v4", {
      type: "DEPLOY",
      trigger: "send",
      participants: [{ role: "agent", entity: "e5" }],
      factuality: "negated",
      claim: "c4",
    })
    .build();
}

export function articleC(): Analysis {
  const text =
    "Keller said the harbour would reopen next month. " +
    "Two Finnish soldiers were killed at Port Arlen on January 5 in an earlier attack.";
  return new AnalysisBuilder(text, { published: "2025-03-14", source: "Coast Daily" })
    .entity("e1", "PERSON", "Keller", ["Keller"])
    .entity("e2", "NORP", "Finnish", ["Finnish"], { country: "FI" })
    .entity("e3", "GPE", "Port Arlen", ["Port Arlen"])
    .claim("c1", { content: "the harbour would reopen next month", cue: "said", source: "e1", sourceText: "Keller" })
    .event("v1", {
      type: "KILL",
      trigger: "killed",
      participants: [{ role: "patient", entity: "e2" }],
      location: "e3",
      time: "2025-01-05",
      count: { value: 2, approximate: false },
    })
    .build();
}

export function articleD(): Analysis {
  const text = "Finnish soldiers died in Saturday's attack on Port Arlen, officials at the port said.";
  return new AnalysisBuilder(text, { published: "2025-03-15", source: "Northern Post" })
    .entity("e1", "NORP", "Finnish", ["Finnish"], { country: "FI" })
    .entity("e2", "GPE", "Port Arlen", ["Port Arlen"])
    .event("v1", {
      type: "KILL",
      trigger: "died",
      participants: [{ role: "patient", entity: "e1" }],
      location: "e2",
      time: "2025-03-08",
    })
    .build();
}

/* Claims without events: a denial and differing figures are found from the propositions alone. */

export function articleE(): Analysis {
  const text =
    "Greta Olsen, the mayor, said the Elm Street bridge was closed to traffic. " +
    "Officials said 40 houses were damaged by the flood.";
  return new AnalysisBuilder(text, { published: "2025-04-02", source: "Valley Times" })
    .entity("e1", "PERSON", "Greta Olsen", ["Greta Olsen"], { roles: ["mayor"] })
    .entity("e2", "LOC", "Elm Street bridge", ["Elm Street bridge"])
    .claim("c1", {
      content: "the Elm Street bridge was closed to traffic",
      cue: "said",
      source: "e1",
      sourceText: "Greta Olsen",
    })
    .claim("c2", {
      content: "40 houses were damaged by the flood",
      cue: ["said", 2],
      source: null,
      sourceText: "Officials",
    })
    .build();
}

export function articleF(): Analysis {
  const text =
    "The city council said the Elm Street bridge was not closed to traffic. " +
    "The Red Cross said 75 houses were damaged by the flood.";
  return new AnalysisBuilder(text, { published: "2025-04-03", source: "River Gazette" })
    .entity("e1", "ORG", "city council", ["The city council"])
    .entity("e2", "LOC", "Elm Street bridge", ["Elm Street bridge"])
    .entity("e3", "ORG", "Red Cross", ["The Red Cross"])
    .claim("c1", {
      content: "the Elm Street bridge was not closed to traffic",
      cue: "said",
      source: "e1",
      sourceText: "The city council",
      polarity: "negative",
    })
    .claim("c2", {
      content: "75 houses were damaged by the flood",
      cue: ["said", 2],
      source: "e3",
      sourceText: "The Red Cross",
    })
    .build();
}

/** Weeks later, a new figure: an update, not a contradiction of figures said in early April. */
export function articleG(): Analysis {
  const text = "The Red Cross said 300 houses were damaged by the flood.";
  return new AnalysisBuilder(text, { published: "2025-05-30", source: "River Gazette" })
    .entity("e1", "ORG", "Red Cross", ["The Red Cross"])
    .claim("c1", {
      content: "300 houses were damaged by the flood",
      cue: "said",
      source: "e1",
      sourceText: "The Red Cross",
    })
    .build();
}
