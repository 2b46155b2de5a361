import { PlaceholderPage } from "../shell/PlaceholderPage";

/** The Macros section of the dashboard. */
export function MacrosPage() {
  return <PlaceholderPage title="Macros" />;
}
