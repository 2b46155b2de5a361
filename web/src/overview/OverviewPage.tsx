import { Suspense, lazy, useId, useState } from "react";
import type { components } from "../api/schema";
import { useCurrentUser } from "../auth/session";
import { Loading } from "../shell/Loading";
import { Panel } from "./Panel";
import { TrafficCards } from "./TrafficCards";
import { RecentAccess } from "./RecentAccess";
import { RecentCommits } from "./RecentCommits";
import { StatusBreakdown } from "./StatusBreakdown";
import { TopApis } from "./TopApis";
import { TopPaths } from "./TopPaths";
import { defaultRange, rangeOf, timeRanges } from "./timeRange";
import type { ApiTraffic } from "./topApis";
import { fillDays, totals } from "./traffic";
import { useOverview } from "./useOverview";

type Schemas = components["schemas"];

// Recharts loads with the chart, not with the first route.
const RequestsChart = lazy(() => import("./RequestsChart"));

/** The landing page: gateway traffic over a chosen range and what the catalog holds,
 * refreshed every 30 seconds. */
export function OverviewPage() {
  const { can, user } = useCurrentUser();
  const allowed = user !== undefined && can("overview", "read");
  const [range, setRange] = useState(defaultRange);
  const pickerId = useId();

  const stats = useOverview<Schemas["CatalogCounts"]>("stats", allowed);
  const byDay = useOverview<Schemas["DayTraffic"][]>("requests-by-day", allowed, range);
  const statuses = useOverview<Schemas["StatusCount"][]>("status-breakdown", allowed, range);
  const topPaths = useOverview<Schemas["PathTraffic"][]>("top-paths", allowed, range, 10);
  const topApis = useOverview<ApiTraffic[]>("top-apis", allowed, range, 10);
  const access = useOverview<Schemas["AccessLogEntry"][]>("recent-access", allowed, undefined, 10);
  const commits = useOverview<Schemas["RecentCommit"][]>("recent-commits", allowed, undefined, 10);
  const days = byDay.data ? fillDays(byDay.data, range.days) : undefined;

  return (
    <section className="overview">
      <div className="overview-header">
        <h1>Overview</h1>
        {allowed && (
          <div className="range-picker">
            <label htmlFor={pickerId}>Time range</label>
            <select id={pickerId} value={range.days} onChange={(event) => setRange(rangeOf(event.target.value))}>
              {timeRanges.map((option) => (
                <option key={option.days} value={option.days}>{option.label}</option>
              ))}
            </select>
          </div>
        )}
      </div>
      {user && !allowed && <p className="muted">You have no permission to see the overview figures.</p>}
      {allowed && (
        <>
          <TrafficCards days={days} counts={stats.data} />
          <Panel title="Requests by day" query={byDay} isEmpty={() => days !== undefined && totals(days).requests === 0}
            empty="No gateway requests in this range.">
            {() => (
              <figure role="img" aria-label="Requests by day" className="chart">
                <Suspense fallback={<Loading label="Loading chart…" />}>
                  <RequestsChart days={days ?? []} />
                </Suspense>
              </figure>
            )}
          </Panel>
          <div className="overview-grid">
            <Panel title="Status breakdown" query={statuses} isEmpty={(rows) => rows.length === 0} empty="No requests in this range.">
              {(rows) => <StatusBreakdown rows={rows} />}
            </Panel>
            <Panel title="Top paths" query={topPaths} isEmpty={(rows) => rows.length === 0} empty="No requests in this range.">
              {(rows) => <TopPaths rows={rows} />}
            </Panel>
          </div>
          <Panel title="Top APIs" query={topApis} isEmpty={(rows) => rows.length === 0} empty="No API served a request in this range.">
            {(rows) => <TopApis rows={rows} />}
          </Panel>
          <Panel title="Recent access" query={access} isEmpty={(rows) => rows.length === 0} empty="No gateway requests yet.">
            {(rows) => <RecentAccess rows={rows} />}
          </Panel>
          <Panel title="Recent commits" query={commits} isEmpty={(rows) => rows.length === 0} empty="Nothing committed yet.">
            {(rows) => <RecentCommits rows={rows} />}
          </Panel>
        </>
      )}
    </section>
  );
}
