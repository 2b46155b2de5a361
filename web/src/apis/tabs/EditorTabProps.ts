import type { ApiError } from "../../api/problem";
import type { ApiDraft, ApiRecord } from "../model";

/** What every tab of the API editor receives from the page that owns the draft. */
export interface EditorTabProps {
  /** The saved API, or null while a new one has not been saved yet. */
  api: ApiRecord | null;
  /** The draft as edited, saved or not. */
  draft: ApiDraft;
  /** Changes the draft (the page marks it unsaved). */
  change: (update: (draft: ApiDraft) => ApiDraft) => void;
  /** The draft differs from what is saved. */
  dirty: boolean;
  /** Saves the draft; the refusal, if any, lands in `saveError`. Resolves to the saved API or null. */
  save: () => Promise<ApiRecord | null>;
  /** Why the last save was refused (field errors, template errors), or null. */
  saveError: ApiError | null;
  /** The user may not change this API: inputs are read-only, actions hidden. */
  readOnly: boolean;
  /** Increments on every Ctrl/Cmd+Enter: the debug tab runs when it changes. */
  runSignal: number;
}
