import { useQuery } from "@tanstack/react-query";
import { useApi } from "../api/ApiContext";
import type { components } from "../api/schema";

type ClientList = components["schemas"]["ListResponseOfClientResponse"];

/** The query key of the client list; saving, rotating or deleting a client invalidates it. */
export const clientsKey = ["clients"] as const;

/** The clients (one page of the server's largest size); the list never carries secrets. */
export function useClients(enabled = true) {
  const api = useApi();
  return useQuery({
    queryKey: clientsKey,
    queryFn: () => api.get<ClientList>("/api/v1/clients?page_size=500"),
    enabled,
  });
}
