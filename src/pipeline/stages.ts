import { buildPipeline } from "./runner.js";
import type { AnyStage } from "./stage.js";
import { claimsStage } from "./stages/claims.js";
import { conflictsStage } from "./stages/conflicts.js";
import { entitiesStage } from "./stages/entities.js";
import { eventsStage } from "./stages/events.js";
import { languageStage } from "./stages/language.js";
import { mentionsStage } from "./stages/mentions.js";
import { quantitiesStage } from "./stages/quantities.js";
import { referenceStage } from "./stages/reference.js";
import { timesStage } from "./stages/times.js";
import { tokensStage } from "./stages/tokens.js";

/** The whole pipeline, in order. This list is the one place the order lives. */
export const STAGES: readonly AnyStage[] = [
  referenceStage,
  tokensStage,
  languageStage,
  timesStage,
  quantitiesStage,
  mentionsStage,
  entitiesStage,
  claimsStage,
  eventsStage,
  conflictsStage,
] as AnyStage[];

export const pipeline = buildPipeline(STAGES);
