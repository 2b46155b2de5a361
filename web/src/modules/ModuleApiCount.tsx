import { Link } from "react-router";
import { useModuleApiCount } from "./queries";

/** How many APIs a module holds, linking to the API list filtered to it. */
export function ModuleApiCount({ id, name }: { id: number | string | undefined; name: string }) {
  const count = useModuleApiCount(id);
  if (count.error) return <span className="muted">unknown</span>;
  if (count.data === undefined) return <span className="muted">{count.isLoading ? "…" : "—"}</span>;
  const text = count.data === 1 ? "1 API" : `${count.data} APIs`;
  return <Link to={`/apis?module=${id}`} aria-label={`${text} in ${name}`}>{text}</Link>;
}
