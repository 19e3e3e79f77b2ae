import type { ReportedEvent } from "./proposition.js";

/** Event types that report one happening from two sides: "the deaths of soldiers" and "soldiers were killed". */
const KINDS: Readonly<Record<string, string>> = { DIE: "KILL" };

/** The kind of happening an event type reports, for finding two claims about one. */
export function kindOf(type: string): string {
  return KINDS[type] ?? type;
}

/**
 * Can the two events report one happening by their types? The same type, or a death and a killing. A denied
 * killing with a named killer ("the army denied killing them") says nothing of deaths another source reports.
 */
export function sameKind(x: ReportedEvent, y: ReportedEvent): boolean {
  if (x.event.type === y.event.type) return true;
  if (kindOf(x.event.type) !== kindOf(y.event.type)) return false;
  const denied = x.negative ? x : y.negative ? y : null;
  return !(denied && denied.event.type === "KILL" && denied.doer);
}
