import { ApiError, problemToError } from "./problem";
import type { SessionTokens, TokenStore } from "../auth/tokenStore";
import type { components } from "./schema";

/** What the login and refresh routes answer (every field is present on success). */
type TokenResponse = Required<components["schemas"]["TokenResponse"]>;

export interface ApiClientOptions {
  tokens: TokenStore;
  /** Called once the session is gone (refresh refused): the app goes to the login page. */
  onSessionLost: () => void;
  fetch?: typeof fetch;
  now?: () => number;
}

type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/** The management API client: one fetch wrapper that adds the bearer token, refreshes it once on a
 * 401 (concurrent 401s share that one refresh) and turns refusals into {@link ApiError}s. */
export class ApiClient {
  private readonly tokens: TokenStore;
  private readonly onSessionLost: () => void;
  private readonly fetchImpl: typeof fetch;
  private readonly now: () => number;
  private refreshing: Promise<boolean> | null = null;

  constructor(options: ApiClientOptions) {
    this.tokens = options.tokens;
    this.onSessionLost = options.onSessionLost;
    this.fetchImpl = options.fetch ?? ((input, init) => window.fetch(input, init));
    this.now = options.now ?? Date.now;
  }

  get isSignedIn(): boolean {
    return this.tokens.read() !== null;
  }

  /** When the current access token expires (epoch ms), or null without a session. */
  get expiresAt(): number | null {
    return this.tokens.read()?.expiresAt ?? null;
  }

  get<T>(path: string): Promise<T> {
    return this.request<T>("GET", path);
  }

  post<T>(path: string, body?: unknown): Promise<T> {
    return this.request<T>("POST", path, body);
  }

  patch<T>(path: string, body?: unknown): Promise<T> {
    return this.request<T>("PATCH", path, body);
  }

  delete<T>(path: string): Promise<T> {
    return this.request<T>("DELETE", path);
  }

  /** Signs in; the server's refusal (wrong password, locked out…) comes back as an ApiError. */
  async login(username: string, password: string): Promise<void> {
    const response = await this.send("POST", "/api/v1/login/access-token", { username, password }, null);
    this.store(await this.read<TokenResponse>(response));
  }

  /** Ends the session on the server (best effort) and forgets the tokens. */
  async logout(): Promise<void> {
    const tokens = this.tokens.read();
    this.tokens.clear();
    if (tokens) {
      try {
        await this.send("POST", "/api/v1/logout", undefined, tokens.accessToken);
      } catch {
        // The tokens are gone locally; an unreachable server cannot keep the user signed in.
      }
    }
  }

  /**
   * Exchanges the refresh token for a new pair. Concurrent callers share one exchange, since
   * each refresh token is single-use and a second use would revoke the session.
   */
  refresh(): Promise<boolean> {
    this.refreshing ??= this.exchange().finally(() => {
      this.refreshing = null;
    });
    return this.refreshing;
  }

  async request<T>(method: Method, path: string, body?: unknown): Promise<T> {
    const sent = this.tokens.read();
    let response = await this.send(method, path, body, sent?.accessToken ?? null);
    if (response.status === 401 && sent) {
      // Another call may have refreshed already; then only retry with the newer token.
      const current = this.tokens.read();
      const renewed = current && current.accessToken !== sent.accessToken ? true : await this.refresh();
      if (!renewed) {
        throw await this.fail(response);
      }
      response = await this.send(method, path, body, this.tokens.read()?.accessToken ?? null);
      if (response.status === 401) {
        this.loseSession();
      }
    } else if (response.status === 401) {
      this.loseSession();
    }
    return this.read<T>(response);
  }

  private async exchange(): Promise<boolean> {
    const tokens = this.tokens.read();
    if (!tokens) return false;
    let response: Response;
    try {
      response = await this.send("POST", "/api/v1/login/refresh", { refresh_token: tokens.refreshToken }, null);
    } catch {
      return false;
    }
    if (!response.ok) {
      this.loseSession();
      return false;
    }
    this.store((await response.json()) as TokenResponse);
    return true;
  }

  private loseSession(): void {
    this.tokens.clear();
    this.onSessionLost();
  }

  private async fail(response: Response): Promise<ApiError> {
    return problemToError(response.status, await bodyOf(response));
  }

  private store(answer: TokenResponse): void {
    const tokens: SessionTokens = {
      accessToken: answer.access_token,
      refreshToken: answer.refresh_token,
      expiresAt: this.now() + Number(answer.expires_in) * 1000,
    };
    this.tokens.write(tokens);
  }

  private send(method: Method, path: string, body: unknown, accessToken: string | null): Promise<Response> {
    const headers: Record<string, string> = { Accept: "application/json" };
    if (body !== undefined) headers["Content-Type"] = "application/json";
    if (accessToken) headers["Authorization"] = `Bearer ${accessToken}`;
    return this.fetchImpl(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  }

  private async read<T>(response: Response): Promise<T> {
    if (!response.ok) throw await this.fail(response);
    if (response.status === 204) return undefined as T;
    return (await bodyOf(response)) as T;
  }
}

async function bodyOf(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text.length === 0) return null;
  const type = response.headers.get("Content-Type") ?? "";
  if (type.includes("json")) {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      return text;
    }
  }
  return text;
}
