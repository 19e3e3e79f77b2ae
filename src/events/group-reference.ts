import type { Entity } from "../article/analysis.js";
import { countries } from "../lexicon/countries.js";
import type { EventContext } from "./context.js";
import type { NounPhrase } from "./noun-phrases.js";

const NUMBERS: Record<string, number> = { two: 2, both: 2, three: 3, four: 4 };
const STATE_NOUNS = new Set(["countries", "nations", "states", "neighbours", "neighbors"]);
// Mentions that only say who is speaking ("Oslo's foreign ministry said") make a country no topic.
const SOURCE_WEIGHT = 0.3;
// Mentions after the phrase still tell what the article is about, less than the ones before it.
const LATER_WEIGHT = 0.5;

/** A country as such, not one of its cities: its name is the country's name or alias. */
function isCountry(e: Entity): boolean {
  if (e.type !== "GPE" || !e.country) return false;
  const c = countries().get(e.country);
  return c !== undefined && (c.name === e.name || c.aliases.includes(e.name));
}

/**
 * "the two countries", "both sides", "the three companies": the entities of the fitting type that the
 * article is about. Every mention counts; earlier ones count more, and more the closer they are
 * (1 + 1 / (1 + sentences back)); mentions inside a claim's source ("Oslo's foreign ministry said")
 * count little. For countries, cities give way to states when the article names states.
 */
export function resolveGroup(ctx: EventContext, np: NounPhrase): Entity[] {
  const head = ctx.tokens[np.head];
  const types = head ? ctx.vocab.groupNouns.get(head.normal) : undefined;
  if (!head || !types) return [];
  let count = 0;
  for (let k = np.first; k < np.head; k++) count = Math.max(count, NUMBERS[ctx.tokens[k]?.normal ?? ""] ?? 0);
  if (count === 0) return [];
  const sources: { start: number; end: number }[] = [];
  for (const c of ctx.claims) {
    for (const ref of [c.source, ...c.via]) if (ref?.span) sources.push(ref.span);
  }
  const here = head.sentence;
  const salience = new Map<Entity, number>();
  for (const m of ctx.entities.list) {
    if (!types.includes(m.entity.type)) continue;
    if (m.first >= np.first && m.first < np.end) continue;
    const first = ctx.tokens[m.first];
    if (!first) continue;
    let weight = m.first < np.first ? 1 + 1 / (1 + here - first.sentence) : LATER_WEIGHT;
    if (sources.some((s) => s.start <= first.start && first.start < s.end)) weight *= SOURCE_WEIGHT;
    salience.set(m.entity, (salience.get(m.entity) ?? 0) + weight);
  }
  let ranked = [...salience.entries()].sort((a, b) => b[1] - a[1]).map(([e]) => e);
  if (STATE_NOUNS.has(head.normal)) {
    const states = ranked.filter(isCountry);
    if (states.length >= count) ranked = states;
  }
  return ranked.length >= count ? ranked.slice(0, count) : [];
}
