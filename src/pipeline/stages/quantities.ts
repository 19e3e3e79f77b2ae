import { defineStage } from "../stage.js";

/** Numbers, approximations, bounds, money and percentages with the counted noun. */
export const quantitiesStage = defineStage({
  name: "quantities",
  reads: ["tokens", "times"],
  writes: ["quantities"],
  run() {
    return { quantities: [] };
  },
});
