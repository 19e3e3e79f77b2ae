import winkModel from "wink-eng-lite-web-model";
import winkNLP, { type Document, type WinkMethods } from "wink-nlp";

/**
 * wink-nlp adds every out-of-vocabulary word it meets to its lexicon, and from then on its tokenizer treats that
 * word as known: once any earlier article had "Clinton’s" as one unsplit word, later articles keep "Clinton’s" as
 * one token instead of "Clinton" + "’s". An article's analysis would then depend on which articles the process
 * read before it (a re-run after a crash, a worker that started later, a different batch). So after each document
 * the words it added are made unfindable again: every article is read as by a freshly started process.
 *
 * Their data is not freed (wink keeps it in a private array that must stay aligned with the word list), so the
 * instance is replaced once enough has piled up; that is safe because no result depends on what came before.
 */

// Additions (words and feature values) kept before the instance is replaced: ~100 bytes each.
const RENEW_AFTER_ADDITIONS = 300_000;

interface Feature {
  hash?: Record<string, number>;
  list?: unknown[];
  intrinsicSize?: number;
}

/**
 * The annotations dossier reads: sentences, negation and part of speech (with lemmas). wink's own named entities,
 * sentiment and custom entities are never read, and skipping them leaves every token, tag, lemma and sentence as
 * it was while reading a document about a quarter faster.
 */
const PIPE = ["sbd", "negation", "pos"];

type Loader = () => unknown;
const loaders = winkModel as unknown as { core: Loader; metaCER: Loader };
// The custom-entity model loader re-stringifies its own module state on every call (wink-eng-lite-web-model
// 1.8), so a second instance would get a doubly escaped copy: it is loaded once and shared.
const customEntityModel = loaders.metaCER();

class HistoryFreeWink {
  private nlp!: WinkMethods;
  /** Each growable feature of the loaded model with its length once the last document was forgotten. */
  private marks = new Map<Feature, number>();
  private additions = 0;

  constructor() {
    this.load();
  }

  get its(): WinkMethods["its"] {
    return this.nlp.its;
  }

  /** Reads `text` and hands the document to `use`; whatever wink learnt from it is forgotten afterwards. */
  read<T>(text: string, use: (doc: Document) => T): T {
    try {
      return use(this.nlp.readDoc(text));
    } finally {
      this.forget();
    }
  }

  private load(): void {
    let features: Record<string, Feature> = {};
    const model = {
      ...winkModel,
      core: () => {
        const core = loaders.core();
        features = (core as { features: Record<string, Feature> }).features;
        return core;
      },
      metaCER: () => customEntityModel,
    };
    this.nlp = winkNLP(model, PIPE);
    this.marks = new Map();
    this.additions = 0;
    for (const f of Object.values(features))
      if (f.hash && f.list && typeof f.intrinsicSize === "number") this.marks.set(f, f.list.length);
  }

  private forget(): void {
    for (const [f, mark] of this.marks) {
      const list = f.list as unknown[];
      const hash = f.hash as Record<string, number>;
      for (let k = mark; k < list.length; k++) delete hash[list[k] as string];
      this.additions += list.length - mark;
      this.marks.set(f, list.length);
    }
    if (this.additions > RENEW_AFTER_ADDITIONS) this.load();
  }
}

/** The process's wink-nlp: loaded once (~100 ms), history-free across documents. */
export const wink = new HistoryFreeWink();
