/** One API's traffic as `GET /api/v1/overview/top-apis` answers it (64-bit counts may come as
 * strings). Declared here until the generated schema includes the route. */
export interface ApiTraffic {
  api_id: number | string;
  /** Null when the API has been deleted since. */
  name: string | null;
  method: string | null;
  /** The path under `/api/`. */
  path: string | null;
  requests: number | string;
  failures: number | string;
  mean_ms: number | string;
  p95_ms: number | string;
}
