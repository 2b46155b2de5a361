import { PlaceholderPage } from "../shell/PlaceholderPage";

/** The Access logs section of the dashboard. */
export function AccessLogsPage() {
  return <PlaceholderPage title="Access logs" />;
}
