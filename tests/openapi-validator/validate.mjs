// Validates one OpenAPI document (a JSON file) against the official OpenAPI JSON Schema of
// its version (3.0 or 3.1). Exits 0 when valid; otherwise prints each error and exits 1
// (2 when the file cannot be read).
//
//   node validate.mjs <document.json>
import { readFile } from "node:fs/promises";
import { Validator } from "@seriousme/openapi-schema-validator";

const file = process.argv[2];
if (!file) {
  console.error("usage: node validate.mjs <document.json>");
  process.exit(2);
}
let document;
try {
  document = JSON.parse(await readFile(file, "utf8"));
} catch (error) {
  console.error(`cannot read ${file}: ${error.message}`);
  process.exit(2);
}
const validator = new Validator();
const result = await validator.validate(document);
if (result.valid) {
  console.log(`valid OpenAPI ${validator.version}`);
  process.exit(0);
}
console.log(`invalid OpenAPI ${validator.version ?? "(unknown version)"}:`);
for (const error of [].concat(result.errors ?? [])) {
  console.log(typeof error === "string" ? error : JSON.stringify(error));
}
process.exit(1);
