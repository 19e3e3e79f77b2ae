#!/usr/bin/env node
// Runs the compiled CLI (built by `npm install`/`npm run build` into dist/).
import "../dist/cli/main.js";
