// Prints each built chunk's gzipped size and fails when the JavaScript the first page loads
// (the entry script and the chunks index.html preloads with it) exceeds the budget. Pages
// loaded lazily are listed but not counted.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

const budgetKb = 250;
const dist = new URL("../dist/", import.meta.url).pathname;
const gzipKb = (file) => gzipSync(readFileSync(join(dist, file))).length / 1024;

const html = readFileSync(join(dist, "index.html"), "utf8");
const firstRoute = new Set(
  [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="\/([^"]+\.js)"/g)].map((m) => m[1]),
);

let total = 0;
for (const name of readdirSync(join(dist, "assets")).sort()) {
  const file = `assets/${name}`;
  const kb = gzipKb(file);
  const eager = firstRoute.has(file);
  if (eager) total += kb;
  console.log(`${kb.toFixed(1).padStart(8)} KB gzip  ${eager ? "first route" : file.endsWith(".js") ? "lazy       " : "not counted"}  ${file}`);
}
console.log(`first-route JavaScript: ${total.toFixed(1)} KB gzip (budget ${budgetKb} KB)`);
if (firstRoute.size === 0) {
  console.error("budget: found no entry script in dist/index.html");
  process.exit(1);
}
if (total > budgetKb) {
  console.error(`budget: the first route's JavaScript is ${total.toFixed(1)} KB gzipped, over the ${budgetKb} KB budget; load more pages lazily.`);
  process.exit(1);
}
