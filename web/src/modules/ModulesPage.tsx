import { PlaceholderPage } from "../shell/PlaceholderPage";

/** The Modules section of the dashboard. */
export function ModulesPage() {
  return <PlaceholderPage title="Modules" />;
}
