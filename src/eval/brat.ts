/** A half-open range of offsets; brat fragments count code points until converted. */
export interface Fragment {
  start: number;
  end: number;
}

/** A brat text-bound annotation (`T` line): a type over one or more fragments (discontinuous spans). */
export interface TextBound {
  id: string;
  type: string;
  fragments: Fragment[];
  /** The text brat stored (fragments joined by a space); for checking only. */
  text: string;
}

/** A brat event (`E` line): a trigger plus role:id arguments ("Source:T1", "Content2:T5"). */
export interface BratEvent {
  id: string;
  type: string;
  trigger: string;
  args: { role: string; ref: string }[];
}

/** A brat relation (`R` line): a type joining two annotations. */
export interface BratRelation {
  id: string;
  type: string;
  args: { role: string; ref: string }[];
}

export interface BratDocument {
  textBounds: Map<string, TextBound>;
  events: BratEvent[];
  relations: BratRelation[];
}

const TEXT_BOUND = /^(T\d+)\t(\S+) ([\d ;]+)\t(.*)$/;
const EVENT = /^(E\d+)\t(.*)$/;
const RELATION = /^(R\d+)\t(\S+) (.*)$/;

/**
 * Parses a brat standoff .ann file. Lines it does not know (notes `#`, attributes, and the continuation
 * lines brat leaves when a span's stored text holds a line break) are skipped, not errors.
 */
export function parseBrat(ann: string): BratDocument {
  const textBounds = new Map<string, TextBound>();
  const events: BratEvent[] = [];
  const relations: BratRelation[] = [];
  for (const line of ann.split(/\r?\n/)) {
    const t = TEXT_BOUND.exec(line);
    if (t) {
      const fragments = (t[3] ?? "").split(";").flatMap((part) => {
        const [s, e] = part.trim().split(/\s+/).map(Number);
        return s !== undefined && e !== undefined && Number.isInteger(s) && Number.isInteger(e) && e >= s
          ? [{ start: s, end: e }]
          : [];
      });
      if (fragments.length > 0) {
        textBounds.set(t[1] as string, { id: t[1] as string, type: t[2] as string, fragments, text: t[4] ?? "" });
      }
      continue;
    }
    const e = EVENT.exec(line);
    if (e) {
      const [head, ...rest] = (e[2] ?? "").trim().split(/\s+/).filter(Boolean).map(splitArg);
      if (head) events.push({ id: e[1] as string, type: head.role, trigger: head.ref, args: rest });
      continue;
    }
    const r = RELATION.exec(line);
    if (r) relations.push({ id: r[1] as string, type: r[2] as string, args: (r[3] ?? "").split(/\s+/).map(splitArg) });
  }
  return { textBounds, events, relations };
}

function splitArg(arg: string): { role: string; ref: string } {
  const colon = arg.lastIndexOf(":");
  return colon < 0 ? { role: arg, ref: "" } : { role: arg.slice(0, colon), ref: arg.slice(colon + 1) };
}
