/** The query key of the datasource list; saving or deleting one invalidates it. */
export const datasourcesKey = ["datasources"] as const;

/** The query key of one datasource's schema. */
export function schemaKey(id: number | string): readonly unknown[] {
  return ["datasources", id, "schema"];
}
