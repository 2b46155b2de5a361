import { PlaceholderPage } from "../shell/PlaceholderPage";

/** The Groups section of the dashboard. */
export function GroupsPage() {
  return <PlaceholderPage title="Groups" />;
}
