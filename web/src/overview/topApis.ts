import type { components } from "../api/schema";

/** One API's traffic as `GET /api/v1/overview/top-apis` answers it. */
export type ApiTraffic = components["schemas"]["ApiTraffic"];
