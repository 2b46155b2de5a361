import { sideLabel, type Side, type VersionedKind } from "./model";
import { useVersion, useVersionedRecord } from "./queries";

/** What one side of a comparison holds. */
export interface SideContent {
  label: string;
  content: string;
  params: unknown;
}

/** The content (and an API's params) of a version, fetched by id, or of the saved draft. */
export function useSideContent(kind: VersionedKind, id: number, side: Side) {
  const version = useVersion(kind, id, side.kind === "version" ? side.id : null);
  const record = useVersionedRecord(kind, id);
  const source = side.kind === "version" ? version : record;
  const data = source.data as { content?: string; params?: unknown } | undefined;
  const content: SideContent | undefined = data ? { label: sideLabel(side), content: data.content ?? "", params: data.params ?? [] } : undefined;
  return { content, isLoading: source.isLoading, error: source.error };
}
