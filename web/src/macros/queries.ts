import { useQuery } from "@tanstack/react-query";
import { useApi } from "../api/ApiContext";
import type { components } from "../api/schema";
import type { Macro } from "./macroDraft";

type MacroList = components["schemas"]["ListResponseOfMacroResponse"];

/** The query key of the macro list; saving, publishing or deleting a macro invalidates it. */
export const macrosKey = ["macros"] as const;

/** The query key of one macro (its draft and published state). */
export function macroKey(id: number | string): readonly unknown[] {
  return ["macros", String(id)];
}

/** Every macro the user may read. */
export function useMacros() {
  const api = useApi();
  return useQuery({
    queryKey: macrosKey,
    queryFn: () => api.get<MacroList>("/api/v1/macros?page_size=500"),
  });
}

/** One macro by id. */
export function useMacro(id: string | null) {
  const api = useApi();
  return useQuery({
    queryKey: macroKey(id ?? "new"),
    queryFn: () => api.get<Macro>(`/api/v1/macros/${id}`),
    enabled: id !== null,
  });
}
