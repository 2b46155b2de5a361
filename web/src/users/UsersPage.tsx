import { PlaceholderPage } from "../shell/PlaceholderPage";

/** The Users section of the dashboard. */
export function UsersPage() {
  return <PlaceholderPage title="Users" />;
}
