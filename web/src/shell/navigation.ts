import type { Resource } from "../auth/permissions";

/** One entry of the main navigation, shown to users who may read its resource. */
export interface NavEntry {
  path: string;
  label: string;
  resource: Resource;
}

export const navigation: readonly NavEntry[] = [
  { path: "/", label: "Overview", resource: "overview" },
  { path: "/apis", label: "APIs", resource: "api" },
  { path: "/datasources", label: "Datasources", resource: "datasource" },
  { path: "/modules", label: "Modules", resource: "module" },
  { path: "/macros", label: "Macros", resource: "macro" },
  { path: "/clients", label: "Clients", resource: "client" },
  { path: "/groups", label: "Groups", resource: "group" },
  { path: "/access-logs", label: "Access logs", resource: "access_log" },
  { path: "/audit", label: "Audit", resource: "audit" },
  { path: "/users", label: "Users", resource: "user" },
  { path: "/roles", label: "Roles", resource: "role" },
];
