import { StrictMode, lazy } from "react";
import { createRoot } from "react-dom/client";
import { createBrowserRouter, RouterProvider } from "react-router";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { ApiClient } from "./api/client";
import { ApiContext } from "./api/ApiContext";
import { ApiError } from "./api/problem";
import { browserTokenStore } from "./auth/tokenStore";
import { LoginPage } from "./auth/LoginPage";
import { RequireSession } from "./auth/RequireSession";
import { loginPath } from "./auth/session";
import { AppShell } from "./shell/AppShell";
import { OverviewPage } from "./overview/OverviewPage";
import "./styles.css";

// Pages other than login and overview load when first visited, keeping the first load small.
const ApisPage = lazy(() => import("./apis/ApisPage").then((m) => ({ default: m.ApisPage })));
const DatasourcesPage = lazy(() => import("./datasources/DatasourcesPage").then((m) => ({ default: m.DatasourcesPage })));
const ModulesPage = lazy(() => import("./modules/ModulesPage").then((m) => ({ default: m.ModulesPage })));
const MacrosPage = lazy(() => import("./macros/MacrosPage").then((m) => ({ default: m.MacrosPage })));
const ClientsPage = lazy(() => import("./clients/ClientsPage").then((m) => ({ default: m.ClientsPage })));
const GroupsPage = lazy(() => import("./groups/GroupsPage").then((m) => ({ default: m.GroupsPage })));
const AccessLogsPage = lazy(() => import("./accessLogs/AccessLogsPage").then((m) => ({ default: m.AccessLogsPage })));
const AuditPage = lazy(() => import("./audit/AuditPage").then((m) => ({ default: m.AuditPage })));
const UsersPage = lazy(() => import("./users/UsersPage").then((m) => ({ default: m.UsersPage })));
const RolesPage = lazy(() => import("./roles/RolesPage").then((m) => ({ default: m.RolesPage })));
const PlaceholderPage = lazy(() => import("./shell/PlaceholderPage").then((m) => ({ default: m.PlaceholderPage })));

const queries = new QueryClient({
  defaultOptions: {
    queries: {
      // A refusal (4xx) will not change by asking again; network trouble may.
      retry: (count, error) => !(error instanceof ApiError && error.status < 500) && count < 2,
      refetchOnWindowFocus: false,
    },
  },
});

const router = createBrowserRouter([
  { path: "/login", element: <LoginPage /> },
  {
    path: "/",
    element: (
      <RequireSession>
        <AppShell />
      </RequireSession>
    ),
    children: [
      { index: true, element: <OverviewPage /> },
      { path: "apis/*", element: <ApisPage /> },
      { path: "datasources/*", element: <DatasourcesPage /> },
      { path: "modules/*", element: <ModulesPage /> },
      { path: "macros/*", element: <MacrosPage /> },
      { path: "clients/*", element: <ClientsPage /> },
      { path: "groups/*", element: <GroupsPage /> },
      { path: "access-logs/*", element: <AccessLogsPage /> },
      { path: "audit/*", element: <AuditPage /> },
      { path: "users/*", element: <UsersPage /> },
      { path: "roles/*", element: <RolesPage /> },
      { path: "*", element: <PlaceholderPage title="Page not found" /> },
    ],
  },
]);

const api = new ApiClient({
  tokens: browserTokenStore(),
  onSessionLost: () => {
    queries.clear();
    const here = window.location.pathname + window.location.search;
    if (!here.startsWith("/login")) void router.navigate(loginPath(here), { replace: true });
  },
});

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <ApiContext value={api}>
      <QueryClientProvider client={queries}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </ApiContext>
  </StrictMode>,
);
