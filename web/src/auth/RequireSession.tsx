import type { ReactNode } from "react";
import { Navigate, useLocation } from "react-router";
import { useApi } from "../api/ApiContext";
import { loginPath } from "./session";

/** Renders its children with a session, else sends the user to sign in and back here. */
export function RequireSession({ children }: { children: ReactNode }) {
  const api = useApi();
  const location = useLocation();
  if (!api.isSignedIn) {
    return <Navigate to={loginPath(location.pathname + location.search)} replace />;
  }
  return children;
}
