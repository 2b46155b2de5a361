import type { EditorTabProps } from "./EditorTabProps";

/** The API editor's Settings tab: name, path, method, datasource, module, access, limits, pagination, identifiers, description. */
export function SettingsTab(_props: EditorTabProps) {
  return <p className="muted">Coming soon.</p>;
}
