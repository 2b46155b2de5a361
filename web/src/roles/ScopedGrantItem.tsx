import { resources } from "./permissionMatrix";
import type { Grant } from "./types";
import { useRecordOptions } from "./useRecordOptions";

interface Props {
  grant: Grant;
  /** Set when a checked matrix cell already grants this on every resource of the type. */
  covered: boolean;
  onRemove?: () => void;
}

/** One grant on a single resource, named by the resource's name when the user may list them. */
export function ScopedGrantItem({ grant, covered, onRemove }: Props) {
  const options = useRecordOptions(grant.resource_type);
  const type = resources.find((r) => r.value === grant.resource_type)?.label ?? grant.resource_type;
  const record = options.data?.find((o) => o.id === grant.resource_id)?.label;
  const target = record ?? `#${grant.resource_id}${options.isSuccess ? " (no longer exists)" : ""}`;
  const text = `${grant.action} ${grant.resource_type} ${record ?? grant.resource_id}`;
  return (
    <li>
      <span><strong>{grant.action}</strong> on {type}: {target}</span>
      {covered && <span className="muted"> — already granted on every {type.toLowerCase()} by the matrix</span>}
      {onRemove && <button type="button" aria-label={`Remove ${text}`} onClick={onRemove}>Remove</button>}
    </li>
  );
}
