import { useMutation } from "@tanstack/react-query";
import { useApi } from "../api/ApiContext";
import { errorMessage } from "../api/problem";
import { count } from "../overview/traffic";
import { verificationMessage, type AuditVerification } from "./auditFilters";

/** The "Verify chain" button and what the check found, announced in a status region. */
export function VerifyChain() {
  const api = useApi();
  const verify = useMutation({
    mutationFn: async () => {
      // The check answers valid or where it breaks, not how many entries it walked; the trail's
      // size just before is how many it covered at least.
      const before = await api.get<{ total?: number | string }>("/api/v1/audit?page_size=1");
      const result = await api.get<AuditVerification>("/api/v1/audit/verify");
      return { result, checked: count(before.total) };
    },
  });
  const message = verify.data ? verificationMessage(verify.data.result, verify.data.checked) : null;
  return (
    <div className="verify-chain">
      <button type="button" onClick={() => verify.mutate()} disabled={verify.isPending}>
        {verify.isPending ? "Verifying…" : "Verify chain"}
      </button>
      <p role="status" className={verify.data && !verify.data.result.valid ? "error" : undefined}>
        {verify.isPending ? "Checking the audit chain…" : message}
      </p>
      {verify.error && <p role="alert" className="error">{errorMessage(verify.error)}</p>}
    </div>
  );
}
