import type { ApiDraft } from "./model";

/** What an empty API switched to the script engine starts with: `execute(params)` reading one row. */
export const scriptStarter = `// The value execute returns is the answer's data.
// db, tx, http, cache, env, log and response are at hand (Ctrl+Space lists them).
async function execute(params) {
  const row = await db.queryOne("SELECT * FROM products WHERE id = $1", [params.id]);
  if (row === null) throw new HttpError(404, "No product has that id.");
  return row;
}
`;

/** The draft on another engine: an empty draft switched to script gets the starter, and the
 * untouched starter goes again when it is switched back to SQL; any other text is kept. */
export function withEngine(draft: ApiDraft, engine: ApiDraft["execute_engine"]): ApiDraft {
  if (engine === draft.execute_engine) return draft;
  if (engine === "script" && draft.content.trim() === "") return { ...draft, execute_engine: engine, content: scriptStarter };
  if (engine === "sql" && draft.content === scriptStarter) return { ...draft, execute_engine: engine, content: "" };
  return { ...draft, execute_engine: engine };
}
