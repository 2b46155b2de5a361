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
import { navigation } from "./shell/navigation";
import { OverviewPage } from "./overview/OverviewPage";
import "./styles.css";

// Pages other than login and overview load when first visited, keeping the first load small.
const DatasourcesPage = lazy(() => import("./datasources/DatasourcesPage").then((m) => ({ default: m.DatasourcesPage })));
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
      { path: "datasources/*", element: <DatasourcesPage /> },
      ...navigation.filter((entry) => entry.path !== "/").map((entry) => ({
        path: `${entry.path.slice(1)}/*`,
        element: <PlaceholderPage title={entry.label} />,
      })),
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
