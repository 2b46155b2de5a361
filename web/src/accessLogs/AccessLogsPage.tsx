import { useState } from "react";
import { errorMessage } from "../api/problem";
import { Loading } from "../shell/Loading";
import { Pager } from "../records/Pager";
import { RefreshButton } from "../records/RefreshButton";
import { hasFilters } from "../records/filters";
import { useListView } from "../records/useListView";
import { useRecordList } from "../records/useRecordList";
import { AccessLogDrawer } from "./AccessLogDrawer";
import { AccessLogFilterForm } from "./AccessLogFilterForm";
import { AccessLogTable } from "./AccessLogTable";
import { accessLogFilterKeys, type AccessLogEntry, type AccessLogFilterKey } from "./accessLogFilters";
import "../records/records.css";

/** `/access-logs`: gateway requests, newest first, filtered and paged from the address, with
 * each request's details in a side panel. */
export function AccessLogsPage() {
  const view = useListView(accessLogFilterKeys);
  const { list, rows, total, fieldErrors, generalError } = useRecordList<AccessLogEntry, AccessLogFilterKey>(
    "/api/v1/access-logs", view.filters, view.paging);
  const [open, setOpen] = useState<AccessLogEntry | null>(null);
  const filtered = hasFilters(view.filters);

  return (
    <section>
      <div className="section-header">
        <h1>Access logs</h1>
        <RefreshButton busy={list.isFetching} onRefresh={() => void list.refetch()} />
      </div>
      <AccessLogFilterForm key={view.search} values={view.filters} errors={fieldErrors} onApply={view.applyFilters} />
      {list.isLoading && <Loading />}
      {generalError && <p role="alert" className="error">{errorMessage(generalError)}</p>}
      {list.data && rows.length === 0 && total === 0 && (
        <p className="muted">{filtered ? "No requests match these filters." : "No gateway requests recorded yet."}</p>
      )}
      {rows.length > 0 && <AccessLogTable rows={rows} onOpen={setOpen} />}
      {list.data && (
        <Pager label="Access logs" paging={view.paging} total={total} shown={rows.length} onChange={view.changePaging} />
      )}
      {open && <AccessLogDrawer entry={open} onClose={() => setOpen(null)} />}
    </section>
  );
}
