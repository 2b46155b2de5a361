import { useId } from "react";
import { FilterField, errorProps } from "../records/FilterField";
import { FilterForm } from "../records/FilterForm";
import { RecordSelect } from "../records/RecordSelect";
import { TimeInput } from "../records/TimeInput";
import type { FilterValues } from "../records/filters";
import { methods, outcomes, type AccessLogFilterKey } from "./accessLogFilters";

interface Props {
  values: FilterValues<AccessLogFilterKey>;
  /** The server's reasons per filter, from a refused list request. */
  errors: Record<string, string[]>;
  onApply: (values: FilterValues<AccessLogFilterKey>) => void;
}

const labels: Record<AccessLogFilterKey, string> = {
  path: "Path contains", method: "Method", success: "Outcome", status: "Status code", api_id: "API", module_id: "Module",
  group_id: "Group", client_id: "Client id", ip: "IP address", request_id: "Request id", from: "From", to: "Until",
};

/** Every filter of the access log. */
export function AccessLogFilterForm({ values, errors, onApply }: Props) {
  const prefix = useId();
  return (
    <FilterForm label="Access log filters" values={values} onApply={onApply}>
      {(draft, set) => {
        const field = (key: AccessLogFilterKey) => ({ id: `${prefix}-${key}`, label: labels[key], messages: errors[key] });
        const attributes = (key: AccessLogFilterKey) => errorProps(`${prefix}-${key}`, errors[key]);
        const text = (key: AccessLogFilterKey, extra: { inputMode?: "numeric"; placeholder?: string } = {}) => (
          <FilterField {...field(key)}>
            <input id={`${prefix}-${key}`} value={draft[key]} onChange={(e) => set(key, e.target.value)} {...extra} {...attributes(key)} />
          </FilterField>
        );
        const record = (key: AccessLogFilterKey, resource: "api" | "module" | "group", path: string) => (
          <FilterField {...field(key)}>
            <RecordSelect id={`${prefix}-${key}`} resource={resource} path={path} value={draft[key]} onChange={(value) => set(key, value)}
              errorAttributes={attributes(key)} />
          </FilterField>
        );
        return (
          <>
            {text("path", { placeholder: "e.g. products" })}
            <FilterField {...field("method")}>
              <select id={`${prefix}-method`} value={draft.method} onChange={(e) => set("method", e.target.value)} {...attributes("method")}>
                <option value="">Any</option>
                {methods.map((method) => <option key={method} value={method}>{method}</option>)}
              </select>
            </FilterField>
            <FilterField {...field("success")}>
              <select id={`${prefix}-success`} value={draft.success} onChange={(e) => set("success", e.target.value)} {...attributes("success")}>
                {outcomes.map((outcome) => <option key={outcome.value} value={outcome.value}>{outcome.label}</option>)}
              </select>
            </FilterField>
            {text("status", { inputMode: "numeric", placeholder: "e.g. 404" })}
            {record("api_id", "api", "/api/v1/apis")}
            {record("module_id", "module", "/api/v1/modules")}
            {record("group_id", "group", "/api/v1/groups")}
            {text("client_id")}
            {text("ip")}
            {text("request_id")}
            <FilterField {...field("from")}>
              <TimeInput id={`${prefix}-from`} value={draft.from} onChange={(iso) => set("from", iso)} errorAttributes={attributes("from")} />
            </FilterField>
            <FilterField {...field("to")}>
              <TimeInput id={`${prefix}-to`} value={draft.to} onChange={(iso) => set("to", iso)} errorAttributes={attributes("to")} />
            </FilterField>
          </>
        );
      }}
    </FilterForm>
  );
}
