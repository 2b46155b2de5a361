import { useId } from "react";
import { FilterField, errorProps } from "../records/FilterField";
import { FilterForm } from "../records/FilterForm";
import { RecordSelect } from "../records/RecordSelect";
import { TimeInput } from "../records/TimeInput";
import type { FilterValues } from "../records/filters";
import { commonActions, type AuditFilterKey } from "./auditFilters";

interface Props {
  values: FilterValues<AuditFilterKey>;
  /** The server's reasons per filter, from a refused list request. */
  errors: Record<string, string[]>;
  onApply: (values: FilterValues<AuditFilterKey>) => void;
}

const labels: Record<AuditFilterKey, string> = {
  user_id: "User", action: "Action", resource_type: "Resource type", resource_id: "Resource id", from: "From", to: "Until",
};

/** Every filter of the audit trail. */
export function AuditFilterForm({ values, errors, onApply }: Props) {
  const prefix = useId();
  const actionsId = `${prefix}-actions`;
  return (
    <FilterForm label="Audit log filters" values={values} onApply={onApply}>
      {(draft, set) => {
        const id = (key: AuditFilterKey) => `${prefix}-${key}`;
        const field = (key: AuditFilterKey) => ({ id: id(key), label: labels[key], messages: errors[key] });
        const attributes = (key: AuditFilterKey) => errorProps(id(key), errors[key]);
        const text = (key: AuditFilterKey, list?: string) => (
          <FilterField {...field(key)}>
            <input id={id(key)} list={list} value={draft[key]} onChange={(e) => set(key, e.target.value)} {...attributes(key)} />
          </FilterField>
        );
        return (
          <>
            <FilterField {...field("user_id")}>
              <RecordSelect id={id("user_id")} resource="user" path="/api/v1/users" value={draft.user_id}
                onChange={(value) => set("user_id", value)} errorAttributes={attributes("user_id")} />
            </FilterField>
            {text("action", actionsId)}
            <datalist id={actionsId}>
              {commonActions.map((action) => <option key={action} value={action} />)}
            </datalist>
            {text("resource_type")}
            {text("resource_id")}
            <FilterField {...field("from")}>
              <TimeInput id={id("from")} value={draft.from} onChange={(iso) => set("from", iso)} errorAttributes={attributes("from")} />
            </FilterField>
            <FilterField {...field("to")}>
              <TimeInput id={id("to")} value={draft.to} onChange={(iso) => set("to", iso)} errorAttributes={attributes("to")} />
            </FilterField>
          </>
        );
      }}
    </FilterForm>
  );
}
