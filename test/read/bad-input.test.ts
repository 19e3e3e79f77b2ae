import assert from "node:assert/strict";
import { createWriteStream } from "node:fs";
import { join } from "node:path";
import { Readable } from "node:stream";
import { test } from "node:test";
import { readAll, readOne, tempDir, tempFile } from "./helpers.js";

test("an empty or blank file is an input error saying there is nothing to analyse", async () => {
  for (const [name, content] of [
    ["empty.txt", ""],
    ["blank.txt", "  \n\n\t \r\n"],
  ] as const) {
    const path = tempFile(name, content);
    await assert.rejects(readAll(path), { name: "InputError", message: `${path} is empty: nothing to analyse` });
  }
  await assert.rejects(readAll("-", {}, Readable.from([])), { message: "stdin is empty: nothing to analyse" });
});

test("a header or date line with no body is an input error", async () => {
  await assert.rejects(readAll(tempFile("hdr.txt", "title: x\ndate: 2024-01-01\n\n  \n")), {
    message: /has no article text after its header lines/,
  });
  await assert.rejects(readAll(tempFile("seed.txt", "date 2024-01-01   \n")), {
    message: /has no article text after its date line/,
  });
});

test("a binary file is an input error naming the formats dossier reads", async () => {
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
  await assert.rejects(readAll(tempFile("image.txt", png)), {
    name: "InputError",
    message: /is not text .*HTML pages, RSS\/Atom feeds, JSON or JSON lines/,
  });
  // No NUL byte, but mostly invalid UTF-8.
  const noise = Buffer.from(Array.from({ length: 4000 }, (_, i) => 0x80 + ((i * 37) % 0x40)));
  await assert.rejects(readAll(tempFile("noise.bin", noise)), { message: /is not text \(\d+% of it is not UTF-8/ });
  const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("Hello", "utf16le")]);
  await assert.rejects(readAll(tempFile("u16.txt", utf16)), { message: /UTF-16.*convert it/ });
});

test("a Windows-1252 file (no valid UTF-8 sequences, a few high bytes) is decoded, not refused", async () => {
  const bytes = Buffer.from("The caf\xe9 in Li\xe8ge said \x93yes\x94 on Monday.", "latin1");
  const article = await readOne("cp1252.txt", bytes);
  assert.equal(article.text, "The café in Liège said “yes” on Monday.");
});

test("a missing file or a directory is a clear input error", async () => {
  const missing = join(tempDir(), "nope.txt");
  await assert.rejects(readAll(missing), { name: "InputError", message: `${missing} not found` });
  await assert.rejects(readAll(tempDir()), { name: "InputError", message: /is a directory: give a file/ });
});

test("a 20 MB article is refused by its size, with what to do, without reading it whole", async () => {
  const path = join(tempDir(), "huge.txt");
  const out = createWriteStream(path);
  out.write("title: A very long report\n\n");
  const paragraph = `${"The committee heard evidence from ports, insurers and unions on Thursday. ".repeat(40)}\n\n`;
  for (let bytes = 0; bytes < 20 * 1024 * 1024; bytes += paragraph.length) {
    if (!out.write(paragraph)) await new Promise<void>((resolve) => out.once("drain", () => resolve()));
  }
  await new Promise<void>((resolve) => out.end(() => resolve()));
  const { articles, failures } = await readAll(path);
  assert.equal(articles.length, 0);
  assert.equal(failures.length, 1);
  assert.equal(
    failures[0]?.reason,
    "article is 20.0 MB; dossier reads articles up to 5 MB; split it or raise --max-article-mb",
  );
  // The limit is an option: raised, the same body is read.
  const raised = await readAll(path, { maxArticleBytes: 25 * 1024 * 1024 });
  assert.equal(raised.articles.length, 1);
  assert.equal(raised.articles[0]?.title, "A very long report");
});

test("an oversized article from stdin is refused the same way", async () => {
  const chunk = Buffer.alloc(1024 * 1024, "word ");
  const stdin = Readable.from(Array.from({ length: 3 }, () => chunk));
  const { failures } = await readAll("-", { maxArticleBytes: 2 * 1024 * 1024 }, stdin);
  assert.equal(failures[0]?.origin, "stdin");
  assert.match(failures[0]?.reason ?? "", /^article is 3\.0 MB; dossier reads articles up to 2 MB/);
});
