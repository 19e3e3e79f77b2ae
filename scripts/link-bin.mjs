// npm does not link a package's own bin into its node_modules/.bin; do it so `npx dossier` and scripts find it.
import { chmodSync, lstatSync, mkdirSync, rmSync, symlinkSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const binDir = join(root, "node_modules", ".bin");
const link = join(binDir, "dossier");
const target = join(root, "bin", "dossier.js");
mkdirSync(binDir, { recursive: true });
try {
  lstatSync(link);
  rmSync(link);
} catch {
  // no old link
}
symlinkSync(relative(binDir, target), link);
chmodSync(target, 0o755);
