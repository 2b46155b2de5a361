import { useQuery } from "@tanstack/react-query";
import { useApi } from "../../api/ApiContext";
import type { components } from "../../api/schema";

export type Client = components["schemas"]["ClientResponse"];
type ClientList = components["schemas"]["ListResponseOfClientResponse"];

/** What `POST /api/v1/clients/{id}/try-token` answers: a gateway token for the client, short-lived. */
export interface TryToken {
  access_token: string;
  token_type: string;
  expires_in: number;
}

/** The query key of the client list (the clients page uses the same). */
export const clientsKey = ["clients"] as const;

/** Every client the user may read (for the try-it picker). */
export function useClients(enabled: boolean) {
  const api = useApi();
  return useQuery({
    queryKey: clientsKey,
    queryFn: () => api.get<ClientList>("/api/v1/clients?page_size=500"),
    enabled,
  });
}

/** The active clients split into those granted the API directly and the others (which may hold it
 * through a group), each sorted by name. */
export function clientChoices(clients: readonly Client[], apiId: number | string): { granted: Client[]; others: Client[] } {
  const active = clients.filter((client) => client.is_active).sort((a, b) => (a.name ?? "").localeCompare(b.name ?? ""));
  const isGranted = (client: Client) => (client.api_ids ?? []).some((id) => String(id) === String(apiId));
  return { granted: active.filter(isGranted), others: active.filter((client) => !isGranted(client)) };
}
