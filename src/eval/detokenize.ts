/**
 * Rebuilds running text from the tokens of a corpus that ships no text with its spacing (MEANTIME, GUM), so the
 * analysis reads ordinary prose and every token gets UTF-16 offsets into the rebuilt text (what dossier's spans
 * count). The spacing rules are English typesetting: no space before closing punctuation and clitics, none after
 * opening brackets and quotes; straight quotes alternate between opening and closing.
 */

const NO_SPACE_BEFORE = new Set([
  ",",
  ".",
  ";",
  ":",
  "!",
  "?",
  "%",
  ")",
  "]",
  "}",
  "'s",
  "'S",
  "’s",
  "n't",
  "’",
  "''",
  "...",
]);
const NO_SPACE_AFTER = new Set(["(", "[", "{", "$", "``", "‘", "“"]);

/** A token's place in the rebuilt text: UTF-16 offsets, end exclusive. */
export interface TextRange {
  start: number;
  end: number;
}

/** Appends tokens to a text with English spacing; `glue` forces no space (parts of one written word). */
export class TextBuilder {
  text = "";
  private prev = "";
  private quoteOpen = false;

  /** Starts a new paragraph (a blank line) or a new line. */
  breakLine(blank: boolean): void {
    if (this.text.length === 0 || this.text.endsWith("\n")) return;
    this.text = this.text.replace(/[ ]+$/, "") + (blank ? "\n\n" : "\n");
    this.prev = "";
  }

  /** Appends one token; PTB quotes (`` and '') are written as straight double quotes. */
  add(token: string, glue = false): TextRange {
    const t = token === "``" || token === "''" ? '"' : token;
    let space = this.text.length > 0 && !this.text.endsWith("\n") && !glue;
    if (NO_SPACE_BEFORE.has(token) || NO_SPACE_AFTER.has(this.prev)) space = false;
    if (t === '"' || t === "'") {
      // Straight quotes: an opening one takes a space before, a closing one none.
      if (this.quoteOpen) space = false;
      this.quoteOpen = !this.quoteOpen;
    } else if ((this.prev === '"' || this.prev === "'") && this.quoteOpen) space = false;
    if (space) this.text += " ";
    const start = this.text.length;
    this.text += t;
    this.prev = t;
    return { start, end: this.text.length };
  }
}
