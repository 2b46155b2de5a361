import { useState } from "react";
import { errorMessage } from "../api/problem";
import { Loading } from "../shell/Loading";
import { Pager } from "../records/Pager";
import { RefreshButton } from "../records/RefreshButton";
import { hasFilters } from "../records/filters";
import { useListView } from "../records/useListView";
import { useRecordList } from "../records/useRecordList";
import { AuditDrawer } from "./AuditDrawer";
import { AuditFilterForm } from "./AuditFilterForm";
import { AuditTable } from "./AuditTable";
import { VerifyChain } from "./VerifyChain";
import { auditFilterKeys, type AuditEntry, type AuditFilterKey } from "./auditFilters";
import "../records/records.css";

/** `/audit`: the tamper-evident trail of changes and sign-ins, filtered and paged from the
 * address, each entry's summary and hashes in a side panel, and the check of the hash chain. */
export function AuditPage() {
  const view = useListView(auditFilterKeys);
  const { list, rows, total, fieldErrors, generalError } = useRecordList<AuditEntry, AuditFilterKey>("/api/v1/audit", view.filters, view.paging);
  const [open, setOpen] = useState<AuditEntry | null>(null);
  const filtered = hasFilters(view.filters);

  return (
    <section>
      <div className="section-header">
        <h1>Audit</h1>
        <RefreshButton busy={list.isFetching} onRefresh={() => void list.refetch()} />
      </div>
      <VerifyChain />
      <AuditFilterForm key={view.search} values={view.filters} errors={fieldErrors} onApply={view.applyFilters} />
      {list.isLoading && <Loading />}
      {generalError && <p role="alert" className="error">{errorMessage(generalError)}</p>}
      {list.data && rows.length === 0 && total === 0 && (
        <p className="muted">{filtered ? "No audit entries match these filters." : "The audit log is empty."}</p>
      )}
      {rows.length > 0 && <AuditTable rows={rows} onOpen={setOpen} />}
      {list.data && <Pager label="Audit log" paging={view.paging} total={total} shown={rows.length} onChange={view.changePaging} />}
      {open && <AuditDrawer entry={open} onClose={() => setOpen(null)} />}
    </section>
  );
}
