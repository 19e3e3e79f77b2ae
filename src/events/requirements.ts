import type { Arguments } from "./arguments.js";
import type { EventContext } from "./context.js";
import { mentionAt } from "./entity-index.js";
import type { Frame } from "./frames.js";
import { phraseWords } from "./noun-phrases.js";
import type { Sense } from "./vocabulary.js";

/**
 * The first reading whose requirements the arguments meet: "send" deploys only with troops or ships
 * near it, "kill" is no killing when it kills a bill, "acquire" is a takeover only of an organisation.
 */
export function pickSense(ctx: EventContext, frame: Frame, args: Arguments): Sense | null {
  const undergoer = args.passive ? args.subject : args.object;
  const undergoerHead = undergoer ? ctx.tokens[undergoer.head] : undefined;
  for (const sense of frame.senses) {
    if (sense.patientHeads) {
      const words = new Set<string>();
      const phrases = [args.object, args.nounPhrase, args.passive || !args.object ? args.subject : null];
      for (const p of args.preps) if (p.prep === "of") phrases.push(p.np);
      for (const np of phrases) if (np) for (const w of phraseWords(ctx, np)) words.add(w);
      if (![...words].some((w) => sense.patientHeads?.has(w))) continue;
    }
    if (undergoerHead && (sense.objectNot.has(undergoerHead.normal) || sense.objectNot.has(undergoerHead.lemma))) {
      continue;
    }
    if (sense.objectTypes) {
      const m = undergoer ? mentionAt(ctx.entities, undergoer.head) : undefined;
      if (!m || !sense.objectTypes.has(m.entity.type)) continue;
    }
    if (sense.subjectNotTypes && args.subject && !args.passive) {
      const m = mentionAt(ctx.entities, args.subject.head);
      if (m && sense.subjectNotTypes.has(m.entity.type)) continue;
    }
    if (sense.needsSupport && !(frame.verb !== null && frame.noun !== null)) continue;
    return sense;
  }
  return null;
}
