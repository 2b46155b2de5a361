import { useQuery } from "@tanstack/react-query";
import { useApi } from "../api/ApiContext";
import type { Resource } from "../auth/permissions";
import { useCurrentUser } from "../auth/session";

/** A record a list route answers with, as far as a picker needs it. */
interface Named {
  id?: number | string;
  name?: string | null;
  username?: string | null;
}

interface Props {
  id: string;
  /** The kind of record, for the read permission the picker needs. */
  resource: Resource;
  /** The list route, e.g. `/api/v1/apis`. */
  path: string;
  value: string;
  onChange: (value: string) => void;
  /** Ties the control to its error message (from `errorProps`). */
  errorAttributes?: Record<string, unknown>;
}

/** Picks a record by name and gives its id; a user who may not list those records (or when the
 * list fails) types the id instead. */
export function RecordSelect({ id, resource, path, value, onChange, errorAttributes = {} }: Props) {
  const api = useApi();
  const { can } = useCurrentUser();
  const list = useQuery({
    queryKey: [path.replace(/^\/api\/v1\//, ""), "choices"],
    queryFn: () => api.get<{ data?: Named[] }>(`${path}?page_size=500`),
    enabled: can(resource, "read"),
    staleTime: 60_000,
  });
  const rows = list.data?.data ?? [];
  if (list.isPending && list.fetchStatus === "fetching") {
    return <select id={id} value="" disabled><option value="">Loading…</option></select>;
  }
  if (!list.data) {
    return <input id={id} inputMode="numeric" placeholder="Any (id)" value={value} onChange={(e) => onChange(e.target.value)} {...errorAttributes} />;
  }
  const known = rows.some((row) => String(row.id) === value);
  return (
    <select id={id} value={value} onChange={(e) => onChange(e.target.value)} {...errorAttributes}>
      <option value="">Any</option>
      {value !== "" && !known && <option value={value}>#{value}</option>}
      {rows.map((row) => (
        <option key={String(row.id)} value={String(row.id)}>{row.name ?? row.username ?? `#${row.id}`}</option>
      ))}
    </select>
  );
}
