import type { EntityType } from "../article/analysis.js";
import type { Span } from "../article/span.js";
import type { City } from "../lexicon/gazetteer.js";
import type { Mention, MentionKind } from "../pipeline/layers.js";

/** A mention while the article is being read: the Mention plus what the later passes still need. */
export interface Draft extends Mention {
  /** Token indexes [a, b). */
  a: number;
  b: number;
  /** Followed by a possessive ("Seoul's"). */
  possessive?: boolean;
  /** Dictionary conditions, checked once the whole article is read. */
  context?: string[];
  /** The owner and country hold only when the article names one of these ("Republican" owns only in a US story). */
  ownerContext?: string[];
  from?: string;
  until?: string;
  /** Gazetteer candidates, chosen once the countries the article names are known. */
  cities?: City[];
  /** A capital city that may stand for this state; `reading` says which it does here. */
  capitalOf?: string;
  reading?: "state" | "city";
  /** The country a demonym names (also when it does not stand for the state). */
  nation?: string;
  /** First word of its sentence and known from nowhere else: kept only if it links to a name. */
  initial?: boolean;
  /** A small city with no place word around it: a city only if the article names its country. */
  tentative?: boolean;
  /** Typed by default, without evidence of its own (a capitalised pair taken for a person): settleTypes may retype it. */
  guess?: boolean;
  /** Taken into a longer mention found later ("Law" in "the Law and Justice party"). */
  dropped?: boolean;
  /** A name inside a longer name ("Canada" in "Fan Expo Canada"): kept only on evidence of its own. */
  inside?: boolean;
}

/**
 * A draft with every field present (most undefined), so all drafts share one object shape: property reads in
 * the later passes stay fast (objects built by conditional spreads are several times slower to read).
 */
export function newDraft(span: Span, a: number, b: number, type: EntityType, kind: MentionKind): Draft {
  return {
    start: span.start,
    end: span.end,
    text: span.text,
    type,
    kind,
    canonical: undefined,
    actor: undefined,
    country: undefined,
    geo: undefined,
    role: undefined,
    owner: undefined,
    head: undefined,
    modifiers: undefined,
    weak: undefined,
    apposedTo: undefined,
    a,
    b,
    possessive: undefined,
    context: undefined,
    ownerContext: undefined,
    from: undefined,
    until: undefined,
    cities: undefined,
    capitalOf: undefined,
    reading: undefined,
    nation: undefined,
    initial: undefined,
    tentative: undefined,
    dropped: undefined,
    guess: undefined,
    inside: undefined,
  };
}

/** The drafts of one article, findable by the tokens they start and end on (constant time). */
export class Drafts {
  readonly list: Draft[] = [];
  private readonly byEnd = new Map<number, Draft>();
  private readonly byStart = new Map<number, Draft>();
  private readonly covered: Int32Array;

  constructor(tokenCount: number) {
    this.covered = new Int32Array(tokenCount).fill(-1);
  }

  add(d: Draft): Draft {
    this.list.push(d);
    // The outermost mention wins the lookups ("Seoul's spy agency" over "Seoul" for an owner search).
    const end = this.byEnd.get(d.b);
    if (!end || end.a > d.a) this.byEnd.set(d.b, d);
    const start = this.byStart.get(d.a);
    if (!start || start.b < d.b) this.byStart.set(d.a, d);
    for (let i = d.a; i < d.b; i++) if (this.covered[i] === -1) this.covered[i] = this.list.length - 1;
    return d;
  }

  endingAt(b: number): Draft | undefined {
    return this.byEnd.get(b);
  }

  startingAt(a: number): Draft | undefined {
    return this.byStart.get(a);
  }

  /** The first draft that covers token i. */
  at(i: number): Draft | undefined {
    const k = this.covered[i] ?? -1;
    return k < 0 ? undefined : this.list[k];
  }
}
