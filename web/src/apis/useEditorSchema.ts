import { useQuery } from "@tanstack/react-query";
import { useApi } from "../api/ApiContext";
import { schemaKey } from "../datasources/queries";
import type { DatabaseSchema } from "../editor/CodeEditor";
import { dialectOfProduct, type Dialect } from "../editor/dialects";
import { useDatasourceChoices } from "./queries";

/** The SQL dialect and the tables of the datasource an API runs on, for the editor's highlighting
 * and completion; both null until a datasource is chosen (or when its schema cannot be read). */
export function useEditorSchema(datasourceId: number | null): { dialect: Dialect | null; schema: DatabaseSchema | null } {
  const api = useApi();
  const datasources = useDatasourceChoices();
  const datasource = datasources.data?.data?.find((d) => String(d.id) === String(datasourceId));
  const schema = useQuery({
    queryKey: schemaKey(datasourceId ?? ""),
    queryFn: () => api.get<DatabaseSchema>(`/api/v1/datasources/${datasourceId}/schema`),
    enabled: datasourceId !== null,
    staleTime: 5 * 60_000,
  });
  return { dialect: dialectOfProduct(datasource?.product_type), schema: schema.data ?? null };
}
