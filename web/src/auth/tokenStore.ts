/** The tokens of the signed-in session. */
export interface SessionTokens {
  accessToken: string;
  refreshToken: string;
  /** When the access token expires, in epoch milliseconds. */
  expiresAt: number;
}

/** Where the session's tokens are kept between page loads. */
export interface TokenStore {
  read(): SessionTokens | null;
  write(tokens: SessionTokens): void;
  clear(): void;
}

const key = "sluice.session";

/**
 * Keeps the tokens in localStorage so a reload (or a second tab) stays signed in without a
 * server-side cookie session, which the management API does not have: it takes bearer tokens.
 * The risk of script access is held down by a strict Content-Security-Policy (scripts only from
 * this origin, no inline scripts), short-lived access tokens and single-use refresh tokens whose
 * reuse revokes the whole session on the server.
 */
export function browserTokenStore(storage: Storage = window.localStorage): TokenStore {
  return {
    read() {
      const raw = storage.getItem(key);
      if (!raw) return null;
      try {
        const value = JSON.parse(raw) as Partial<SessionTokens>;
        return typeof value.accessToken === "string" && typeof value.refreshToken === "string" && typeof value.expiresAt === "number"
          ? { accessToken: value.accessToken, refreshToken: value.refreshToken, expiresAt: value.expiresAt }
          : null;
      } catch {
        return null;
      }
    },
    write(tokens) {
      storage.setItem(key, JSON.stringify(tokens));
    },
    clear() {
      storage.removeItem(key);
    },
  };
}

/** A store held in memory only (tests). */
export function memoryTokenStore(initial: SessionTokens | null = null): TokenStore {
  let tokens = initial;
  return {
    read: () => tokens,
    write: (value) => {
      tokens = value;
    },
    clear: () => {
      tokens = null;
    },
  };
}
