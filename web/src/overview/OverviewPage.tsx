import { useQuery } from "@tanstack/react-query";
import { useApi } from "../api/ApiContext";
import { errorMessage } from "../api/problem";
import { useCurrentUser } from "../auth/session";
import { Loading } from "../shell/Loading";
import type { components } from "../api/schema";

/** `GET /api/v1/overview/stats`. */
type CatalogCounts = components["schemas"]["CatalogCounts"];

const cards: { key: keyof CatalogCounts; label: string }[] = [
  { key: "apis", label: "APIs" },
  { key: "apis_published", label: "Published APIs" },
  { key: "datasources", label: "Datasources" },
  { key: "modules", label: "Modules" },
  { key: "clients", label: "Clients" },
  { key: "groups", label: "Groups" },
];

/** The landing page: what the catalog holds. */
export function OverviewPage() {
  const api = useApi();
  const { can, user } = useCurrentUser();
  const allowed = user !== undefined && can("overview", "read");
  const stats = useQuery({
    queryKey: ["overview", "stats"],
    queryFn: () => api.get<CatalogCounts>("/api/v1/overview/stats"),
    enabled: allowed,
  });
  return (
    <section>
      <h1>Overview</h1>
      {user && !allowed && <p className="muted">You have no permission to see the overview figures.</p>}
      {stats.isLoading && <Loading />}
      {stats.error && <p role="alert" className="error">{errorMessage(stats.error)}</p>}
      {stats.data && (
        <ul className="cards" aria-label="Catalog">
          {cards.map((card) => (
            <li key={card.key} className="card">
              <span className="card-value">{stats.data[card.key]}</span>
              <span className="card-label">{card.label}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
