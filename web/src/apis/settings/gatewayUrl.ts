/** The address the gateway serves an API's path at (the path as typed, without outer slashes). */
export function gatewayUrl(origin: string, path: string): string {
  return `${origin}/api/${path.trim().replace(/^\/+|\/+$/g, "")}`;
}
