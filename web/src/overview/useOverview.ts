import { useQuery } from "@tanstack/react-query";
import { useApi } from "../api/ApiContext";
import { trafficQuery, type TimeRange } from "./timeRange";

/** How often the overview asks again, so the figures follow live traffic. */
export const refreshMs = 30_000;

/** One overview route, refreshed every 30 s while the page is open; `range` (when the route
 * takes one) is part of the key, so picking another range asks again. */
export function useOverview<T>(route: string, enabled: boolean, range?: TimeRange, limit?: number) {
  const api = useApi();
  const query = range ? trafficQuery(range, limit) : limit !== undefined ? `?limit=${limit}` : "";
  return useQuery({
    queryKey: ["overview", route, range?.days ?? null, limit ?? null],
    queryFn: () => api.get<T>(`/api/v1/overview/${route}${query}`),
    enabled,
    refetchInterval: refreshMs,
  });
}
