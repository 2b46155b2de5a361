import { describe, expect, it } from "vitest";
import { ApiClient } from "./client";
import { ApiError } from "./problem";
import { memoryTokenStore } from "../auth/tokenStore";

/** A stand-in for the management API's token rules: one valid access token at a time,
 * single-use refresh tokens, and a record of every call. */
class TokenServer {
  access = "a1";
  refresh = "r1";
  generation = 1;
  refreshCalls = 0;
  refreshRefused = false;
  calls: string[] = [];
  private pendingRefresh: (() => void) | null = null;
  holdRefresh = false;

  fetch: typeof fetch = async (input, init) => {
    const path = String(input);
    const auth = new Headers(init?.headers).get("Authorization");
    this.calls.push(`${init?.method ?? "GET"} ${path} ${auth ?? "-"}`);
    if (path === "/api/v1/login/refresh") {
      this.refreshCalls++;
      if (this.holdRefresh) await new Promise<void>((resolve) => (this.pendingRefresh = resolve));
      const body = JSON.parse(String(init?.body)) as { refresh_token: string };
      if (this.refreshRefused || body.refresh_token !== this.refresh) {
        return problem(401, "The refresh token is invalid or expired; log in again.");
      }
      this.generation++;
      this.access = `a${this.generation}`;
      this.refresh = `r${this.generation}`;
      return json(200, { access_token: this.access, token_type: "bearer", expires_in: 900, refresh_token: this.refresh });
    }
    if (auth !== `Bearer ${this.access}`) return problem(401, "The access token is invalid or expired.");
    return json(200, { path });
  };

  releaseRefresh() {
    this.pendingRefresh?.();
  }

  /** Expires the current access token (a1 is refused from now on), as time passing would. */
  expire() {
    this.access = "expired";
  }
}

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json" } });
}

function problem(status: number, detail: string): Response {
  return new Response(JSON.stringify({ title: "Unauthorized", status, detail }), {
    status,
    headers: { "Content-Type": "application/problem+json" },
  });
}

function signedIn(server: TokenServer) {
  const tokens = memoryTokenStore({ accessToken: server.access, refreshToken: server.refresh, expiresAt: 0 });
  let lost = 0;
  const client = new ApiClient({ tokens, fetch: server.fetch, onSessionLost: () => lost++, now: () => 1_000 });
  return { client, tokens, lost: () => lost };
}

describe("ApiClient", () => {
  it("sends the access token", async () => {
    const server = new TokenServer();
    const { client } = signedIn(server);
    await expect(client.get("/api/v1/users/me")).resolves.toEqual({ path: "/api/v1/users/me" });
    expect(server.calls).toEqual(["GET /api/v1/users/me Bearer a1"]);
  });

  it("refreshes once on a 401 and retries the call with the new token", async () => {
    const server = new TokenServer();
    const { client, tokens, lost } = signedIn(server);
    server.expire();
    await expect(client.get("/api/v1/apis")).resolves.toEqual({ path: "/api/v1/apis" });
    expect(server.refreshCalls).toBe(1);
    expect(server.calls.filter((c) => c.startsWith("GET /api/v1/apis"))).toEqual([
      "GET /api/v1/apis Bearer a1",
      "GET /api/v1/apis Bearer a2",
    ]);
    expect(tokens.read()).toEqual({ accessToken: "a2", refreshToken: "r2", expiresAt: 1_000 + 900_000 });
    expect(lost()).toBe(0);
  });

  it("shares one refresh between concurrent 401s", async () => {
    const server = new TokenServer();
    const { client, lost } = signedIn(server);
    server.expire();
    server.holdRefresh = true;
    const calls = [client.get("/api/v1/apis"), client.get("/api/v1/modules"), client.get("/api/v1/clients")];
    // All three have met their 401 and wait on the single refresh in flight.
    await waitFor(() => server.refreshCalls === 1 && server.calls.length === 4);
    server.releaseRefresh();
    await expect(Promise.all(calls)).resolves.toEqual([
      { path: "/api/v1/apis" }, { path: "/api/v1/modules" }, { path: "/api/v1/clients" },
    ]);
    expect(server.refreshCalls).toBe(1);
    expect(lost()).toBe(0);
  });

  it("goes to login when the refresh is refused", async () => {
    const server = new TokenServer();
    const { client, tokens, lost } = signedIn(server);
    server.expire();
    server.refreshRefused = true;
    const failure = await client.get("/api/v1/apis").catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ApiError);
    expect((failure as ApiError).status).toBe(401);
    expect(server.refreshCalls).toBe(1);
    expect(lost()).toBe(1);
    expect(tokens.read()).toBeNull();
  });

  it("turns a refused login into the server's message", async () => {
    const fetch: typeof globalThis.fetch = async () => problem(401, "Incorrect username or password.");
    const client = new ApiClient({ tokens: memoryTokenStore(), fetch, onSessionLost: () => {} });
    await expect(client.login("admin", "wrong")).rejects.toThrow("Incorrect username or password.");
    expect(client.isSignedIn).toBe(false);
  });
});

async function waitFor(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 1000 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 0));
  expect(condition()).toBe(true);
}
