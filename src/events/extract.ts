import type { Event } from "../article/analysis.js";
import { span } from "../article/span.js";
import { startsAfter } from "./after-publication.js";
import { anniversaryTime, type Timed } from "./anniversary.js";
import { type Arguments, findArguments } from "./arguments.js";
import { claimFor } from "./claim-link.js";
import { type EventContext, type EventInput, eventContext } from "./context.js";
import { countOf } from "./count.js";
import { nearestTime, speechTimes, timeDistance } from "./event-time.js";
import { factualityOf } from "./factuality.js";
import { buildFrames } from "./frames.js";
import { locationOf } from "./location.js";
import { participantsOf } from "./participants.js";
import { pickSense } from "./requirements.js";
import { retype } from "./retype.js";
import { findTriggers } from "./triggers.js";
import type { Sense } from "./vocabulary.js";
import { lookupKeys } from "./words.js";

// A weak trigger's time must sit this close to count as its own ("an event on Sunday").
const WEAK_TIME_REACH = 6;

/** Events of the article: triggers from the vocabulary, with participants, time, place, count and factuality. */
export function extractEvents(input: EventInput): Event[] {
  const ctx = eventContext(input);
  const frames = buildFrames(ctx, findTriggers(ctx));
  const speech = speechTimes(ctx, input.claims);
  const events: Event[] = [];
  const timed: Timed[] = [];
  const typeOf = new Map(input.entities.map((e) => [e.id, e.type]));
  for (const frame of frames) {
    const first = ctx.tokens[frame.trigger.first];
    const last = ctx.tokens[frame.trigger.end - 1];
    if (!first || !last) continue;
    const claim = claimFor(input.claims, first.start, last.end);
    const args = findArguments(ctx, frame);
    const sense = pickSense(ctx, frame, args);
    if (!sense) continue;
    const found = participantsOf(ctx, frame, args, sense.type, claim);
    const location = locationOf(ctx, frame, args, found, claim, sense.type.type);
    const type = retype(ctx, frame, sense, found.participants, location !== null, typeOf);
    if (!type) continue;
    const near = nearestTime(ctx, frame, speech);
    const fromAnniversary = anniversaryTime(ctx, frame, speech, timed);
    const time = fromAnniversary === undefined ? (near?.item.value ?? null) : fromAnniversary;
    if (sense.weak) {
      const supported = frame.verb !== null && frame.noun !== null;
      const closeTime = near !== null && timeDistance(near, frame) <= WEAK_TIME_REACH;
      if (!supported && !found.participants.length && !location && !closeTime && !countedSubject(ctx, args, sense))
        continue;
    }
    const event: Event = {
      id: `v${events.length + 1}`,
      type: type.type,
      trigger: span(input.text, first.start, last.end),
      participants: found.participants,
      time: time ? { value: time } : null,
      location: location?.id ?? null,
      count: type.counted ? countOf(ctx, frame, args, sense) : null,
      factuality: afterPublication(factualityOf(ctx, frame, claim), time, input.published),
      claim: claim?.id ?? null,
    };
    const cameo = type === sense.type ? sense.cameo : type.cameo;
    if (cameo) event.cameo = cameo;
    events.push(event);
    if (time && /^\d{4}/.test(time)) timed.push({ sentence: first.sentence, value: time });
  }
  return events;
}

/**
 * "50,000 protesters marched": the subject is one of the type's own count words ("protesters" for a protest), which
 * anchors a weak verb as a participant would ("2,000 troops marched" is no protest).
 */
function countedSubject(ctx: EventContext, args: Arguments, sense: Sense): boolean {
  const head = args.subject ? ctx.tokens[args.subject.head] : undefined;
  if (!head) return false;
  return lookupKeys(head).some((key) =>
    (ctx.vocab.senses.get(key) ?? []).some((other) => other.form === "count" && other.type.type === sense.type.type),
  );
}

/**
 * "He faces 15 years in prison when he is sentenced in June", in a story of April: an event the text asserts, dated
 * after the publication day, is still to come.
 */
function afterPublication(
  factuality: Event["factuality"],
  time: string | null,
  published?: Date | null,
): Event["factuality"] {
  return factuality === "asserted" && time && published && startsAfter(time, published) ? "future" : factuality;
}
