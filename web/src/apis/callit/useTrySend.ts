import { useRef } from "react";
import { useMutation } from "@tanstack/react-query";
import { useApi } from "../../api/ApiContext";
import type { TryToken } from "./clients";
import type { RequestPlan } from "./requestPlan";
import { fetchInit, notableHeaders, readBody, type TryResult } from "./tryIt";

/** A try-it token kept until shortly before it expires, per client. */
interface HeldToken {
  clientId: string;
  token: string;
  expiresAt: number;
}

/** Sends a plan to the gateway from the browser, as the chosen client for a private API (with a
 * try-it token from the server, reused while it lives). */
export function useTrySend() {
  const api = useApi();
  const held = useRef<HeldToken | null>(null);

  async function tokenFor(clientId: string): Promise<string> {
    const now = Date.now();
    if (held.current && held.current.clientId === clientId && held.current.expiresAt > now + 15_000) return held.current.token;
    const answer = await api.post<TryToken>(`/api/v1/clients/${clientId}/try-token`);
    held.current = { clientId, token: answer.access_token, expiresAt: now + answer.expires_in * 1000 };
    return answer.access_token;
  }

  return useMutation({
    mutationFn: async ({ plan, clientId }: { plan: RequestPlan; clientId: string | null }): Promise<TryResult> => {
      const token = clientId ? await tokenFor(clientId) : null;
      const started = performance.now();
      const response = await fetch(plan.url, fetchInit(plan, token));
      const text = await response.text();
      const elapsedMs = performance.now() - started;
      const headers = notableHeaders
        .map((name) => [name, response.headers.get(name)] as const)
        .filter((entry): entry is [string, string] => entry[1] !== null);
      return { status: response.status, statusText: response.statusText, elapsedMs, headers, ...readBody(text) };
    },
  });
}
