import { defineStage } from "../stage.js";

/** TIMEX3 times resolved against the publication date. (Filled in by the times work.) */
export const timesStage = defineStage({
  name: "times",
  reads: ["reference", "tokens", "sentences"],
  writes: ["times"],
  run() {
    return { times: [] };
  },
});
