import { Suspense } from "react";
import { NavLink, Outlet } from "react-router";
import { useCurrentUser } from "../auth/session";
import { useTokenRefresh } from "../auth/useTokenRefresh";
import { errorMessage } from "../api/problem";
import { AccountMenu } from "./AccountMenu";
import { ThemeSwitch } from "./ThemeSwitch";
import { navigation } from "./navigation";
import { Loading } from "./Loading";

/** The frame of every signed-in page: sidebar navigation, top bar, the page. */
export function AppShell() {
  useTokenRefresh();
  const { user, can, error } = useCurrentUser();
  return (
    <div className="shell">
      <aside className="sidebar">
        <div className="brand">Sluice</div>
        <nav aria-label="Main">
          <ul>
            {user && navigation.filter((entry) => can(entry.resource, "read")).map((entry) => (
              <li key={entry.path}>
                <NavLink to={entry.path} end={entry.path === "/"}>{entry.label}</NavLink>
              </li>
            ))}
          </ul>
        </nav>
      </aside>
      <div className="main-column">
        <header className="topbar">
          <ThemeSwitch />
          <AccountMenu username={user?.username} />
        </header>
        <main className="page">
          {error ? <p role="alert" className="error">{errorMessage(error)}</p> : null}
          <Suspense fallback={<Loading />}>
            <Outlet />
          </Suspense>
        </main>
      </div>
    </div>
  );
}
