import { PlaceholderPage } from "../shell/PlaceholderPage";

/** The Roles section of the dashboard. */
export function RolesPage() {
  return <PlaceholderPage title="Roles" />;
}
