import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { ChartDay } from "./traffic";

/** Requests per day, answered (below 400) and failed stacked. Loaded lazily: Recharts is most
 * of the overview's weight, and the first route's budget has no room for it. */
export default function RequestsChart({ days }: { days: ChartDay[] }) {
  return (
    <div className="requests-chart">
      <ResponsiveContainer width="100%" height={240}>
        <BarChart data={days} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
          <CartesianGrid vertical={false} />
          <XAxis dataKey="day" tickFormatter={(day: string) => day.slice(5)} />
          <YAxis allowDecimals={false} width={48} />
          <Tooltip
            cursor={{ fillOpacity: 0.1 }}
            contentStyle={{ background: "var(--surface)", border: "1px solid var(--border)" }}
            labelStyle={{ color: "var(--text)" }}
            itemStyle={{ color: "var(--text)" }}
          />
          <Legend />
          <Bar dataKey="successes" name="Answered" stackId="requests" className="bar-answered" isAnimationActive={false} />
          <Bar dataKey="failures" name="Failed (4xx/5xx)" stackId="requests" className="bar-failed" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
