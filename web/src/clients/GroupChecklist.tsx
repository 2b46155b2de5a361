import { errorMessage } from "../api/problem";
import { useGroups } from "../groups/queries";
import { ChecklistPicker } from "../shell/ChecklistPicker";
import { Loading } from "../shell/Loading";
import type { ChecklistItem } from "../shell/checklist";

interface Props {
  selected: readonly string[];
  onChange: (selected: string[]) => void;
  describedBy?: string;
}

/** The groups a client may be granted, as a searchable checklist. */
export function GroupChecklist({ selected, onChange, describedBy }: Props) {
  const list = useGroups();
  const items: ChecklistItem[] = (list.data?.data ?? []).map((group) => ({
    id: String(group.id),
    label: group.name ?? String(group.id),
    detail: group.is_active === false ? "inactive" : undefined,
  }));
  const status = list.isLoading ? <Loading label="Loading groups…" />
    : list.error ? <p role="alert" className="error">{errorMessage(list.error)}</p>
    : undefined;
  return (
    <ChecklistPicker legend="Groups" items={items} selected={selected} onChange={onChange} status={status}
      emptyText="There are no groups yet." describedBy={describedBy} />
  );
}
