import { PlaceholderPage } from "../shell/PlaceholderPage";

/** The Clients section of the dashboard. */
export function ClientsPage() {
  return <PlaceholderPage title="Clients" />;
}
