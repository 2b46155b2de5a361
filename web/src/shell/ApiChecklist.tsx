import { useQuery } from "@tanstack/react-query";
import { useApi } from "../api/ApiContext";
import { errorMessage } from "../api/problem";
import { apisKey } from "../apis/queries";
import { ChecklistPicker } from "./ChecklistPicker";
import { Loading } from "./Loading";
import { apiChoices, type ApiSummary } from "./apiChoices";

interface Props {
  selected: readonly string[];
  onChange: (selected: string[]) => void;
  readOnly?: boolean;
  describedBy?: string;
}

/** The private APIs as a searchable checklist (method and path beside each name), for granting
 * them to a client or putting them in a group. */
export function ApiChecklist({ selected, onChange, readOnly, describedBy }: Props) {
  const api = useApi();
  // The same query as the API list, so both share one cached answer.
  const list = useQuery({
    queryKey: apisKey,
    queryFn: () => api.get<{ data?: ApiSummary[]; total?: number | string }>("/api/v1/apis?page_size=500"),
  });
  const status = list.isLoading ? <Loading label="Loading APIs…" />
    : list.error ? <p role="alert" className="error">{errorMessage(list.error)}</p>
    : undefined;
  return (
    <ChecklistPicker legend="APIs" items={apiChoices(list.data?.data ?? [], selected)} selected={selected} onChange={onChange}
      status={status} emptyText="There are no private APIs to grant." readOnly={readOnly} describedBy={describedBy} />
  );
}
