import { PlaceholderPage } from "../shell/PlaceholderPage";

/** The Audit section of the dashboard. */
export function AuditPage() {
  return <PlaceholderPage title="Audit" />;
}
