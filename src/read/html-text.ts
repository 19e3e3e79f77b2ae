/**
 * Turns a DOM subtree into article text: paragraphs separated by blank lines, line breaks kept inside
 * them, blank space folded. Scripts, styles, frames, forms and media contribute nothing. The walk is a
 * loop, not recursion, so hostile nesting cannot overflow the stack.
 */

// Elements that end a paragraph before and after them.
const BLOCK = new Set(
  "address article aside blockquote body caption center dd details dir div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr html li main menu nav ol p pre section summary table tbody thead tfoot tr ul".split(
    " ",
  ),
);

// Elements whose content is never article text (code, styling, embedded documents, controls, media).
const SKIP = new Set(
  "script style noscript template iframe frame frameset object embed applet svg math canvas head title meta link base button select option datalist textarea input audio video source track map area dialog".split(
    " ",
  ),
);

// Page furniture skipped when there is no extracted article to walk.
export const CHROME = new Set(["nav", "aside", "footer", "header", "menu"]);

export function domToText(root: Node, skip: ReadonlySet<string> = SKIP): string {
  const paragraphs: string[] = [];
  let current = "";
  let preDepth = 0;
  const flush = () => {
    const text = preDepth > 0 ? current.replace(/^\n+|\s+$/g, "") : tidy(current);
    if (text !== "") paragraphs.push(text);
    current = "";
  };
  const enter = (el: Element): boolean => {
    const name = el.localName;
    if (skip.has(name) || SKIP.has(name) || hidden(el)) return false;
    if (name === "br") current += "\n";
    else if (name === "td" || name === "th") current += " ";
    else if (name === "pre") {
      flush();
      preDepth++;
    } else if (BLOCK.has(name)) flush();
    return true;
  };
  const leave = (el: Element) => {
    const name = el.localName;
    if (name === "pre") {
      flush();
      preDepth--;
    } else if (BLOCK.has(name)) flush();
  };

  let node: Node | null = root.firstChild;
  while (node) {
    let descend = false;
    if (node.nodeType === 3) {
      const data = (node as Text).data;
      current += preDepth > 0 ? data : data.replace(/[ \t\n\r\f]+/g, " ");
    } else if (node.nodeType === 1) {
      descend = enter(node as Element);
    }
    if (descend && node.firstChild) {
      node = node.firstChild;
      continue;
    }
    if (descend) leave(node as Element);
    // Climb until a next sibling, leaving every element on the way up.
    while (node && node !== root && !node.nextSibling) {
      node = node.parentNode;
      if (node && node !== root && node.nodeType === 1) leave(node as Element);
    }
    node = node && node !== root ? node.nextSibling : null;
  }
  flush();
  return paragraphs.join("\n\n");
}

/** Text a reader never sees is not article text (and is a classic place to hide injected content). */
function hidden(el: Element): boolean {
  if (el.hasAttribute("hidden")) return true;
  const style = el.getAttribute("style");
  return style !== null && /(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style);
}

/** Folds spaces, trims each line, drops characters that only break words (soft hyphens, zero-width spaces). */
function tidy(text: string): string {
  return text
    .replace(/[\u00ad\u200b\u2060\ufeff]/g, "")
    .replace(/\u00a0/g, " ")
    .split("\n")
    .map((line) => line.replace(/ {2,}/g, " ").trim())
    .join("\n")
    .replace(/\n{2,}/g, "\n")
    .trim();
}
