import { useEffect, useState } from "react";
import { useApi } from "../api/ApiContext";

// Renew this long before the access token expires, so calls rarely meet a 401.
const leadMs = 60_000;
const minDelayMs = 5_000;

/** Rotates the tokens in the background shortly before the access token expires. */
export function useTokenRefresh(): void {
  const api = useApi();
  const [round, setRound] = useState(0);
  useEffect(() => {
    const expiresAt = api.expiresAt;
    if (expiresAt === null) return;
    const delay = Math.max(minDelayMs, expiresAt - Date.now() - leadMs);
    const timer = window.setTimeout(() => {
      void api.refresh().then((renewed) => {
        if (renewed) setRound((n) => n + 1);
      });
    }, delay);
    return () => window.clearTimeout(timer);
  }, [api, round]);
}
