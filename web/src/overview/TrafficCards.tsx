import type { components } from "../api/schema";
import { totals, type ChartDay } from "./traffic";

type CatalogCounts = components["schemas"]["CatalogCounts"];

const catalogCards: { key: keyof CatalogCounts; label: string }[] = [
  { key: "apis", label: "APIs" },
  { key: "apis_published", label: "Published APIs" },
  { key: "datasources", label: "Datasources" },
  { key: "modules", label: "Modules" },
  { key: "clients", label: "Clients" },
  { key: "groups", label: "Groups" },
];

/** The figures at the top of the overview: the range's requests and failures, then what the
 * catalog holds. Either part may still be loading. */
export function TrafficCards({ days, counts }: { days?: ChartDay[]; counts?: CatalogCounts }) {
  const sum = days ? totals(days) : undefined;
  const cards: { label: string; value: number | string }[] = [
    ...(sum ? [{ label: "Requests", value: sum.requests }, { label: "Failed requests", value: sum.failures }] : []),
    ...(counts ? catalogCards.map((card) => ({ label: card.label, value: counts[card.key] })) : []),
  ];
  if (cards.length === 0) return null;
  return (
    <ul className="cards" aria-label="Figures">
      {cards.map((card) => (
        <li key={card.label} className="card" aria-label={`${card.label}: ${card.value}`}>
          <span className="card-value">{card.value}</span>
          <span className="card-label">{card.label}</span>
        </li>
      ))}
    </ul>
  );
}
