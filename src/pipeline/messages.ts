import type { StageMessage } from "./stage.js";

export function warning(rule: string, text: string, at?: { start: number; end: number }): StageMessage {
  return { level: "warning", rule, text, start: at?.start ?? null, end: at?.end ?? null };
}

export function info(rule: string, text: string, at?: { start: number; end: number }): StageMessage {
  return { level: "info", rule, text, start: at?.start ?? null, end: at?.end ?? null };
}
