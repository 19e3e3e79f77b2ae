import type { Analysis, Quantity, TimeExpression } from "../../src/article/analysis.js";
import { AnalysisBuilder, type Where } from "../store/builder.js";

/** A quantity for a test: its words in the text, and the counted noun written after it (if any). */
export interface QuantitySpec {
  at: Where;
  value: number | null;
  approximate?: boolean;
  min?: number | null;
  max?: number | null;
  exclusive?: true;
  /** The head noun, found in the text after the amount ("members" of "19 crew members"). */
  unit?: string;
  rule?: string;
}

/** Adds quantities (spans found by phrase, the unit word after the amount) and times to a built analysis. */
export function withFigures(
  b: AnalysisBuilder,
  quantities: readonly QuantitySpec[],
  times: readonly { at: Where; value: string }[] = [],
): Analysis {
  const a = b.build();
  const qs: Quantity[] = quantities.map((q) => {
    const span = b.span(q.at);
    const unitAt = q.unit ? b.text.indexOf(q.unit, span.end) : -1;
    return {
      ...span,
      value: q.value,
      min: q.min ?? null,
      max: q.max ?? null,
      approximate: q.approximate ?? false,
      unit: q.unit ?? null,
      ...(q.unit && unitAt >= 0 ? { unitSpan: { start: unitAt, end: unitAt + q.unit.length, text: q.unit } } : {}),
      ...(q.exclusive ? { exclusive: true as const } : {}),
      ...(q.rule ? { rule: q.rule } : {}),
    };
  });
  const ts: TimeExpression[] = times.map((t) => ({ ...b.span(t.at), type: "DATE", value: t.value, mod: null }));
  return { ...a, quantities: qs, times: ts };
}

export { AnalysisBuilder };
