type HeaderRecord = Record<string, string | string[] | undefined>;

/**
 * Returns the client's IP address for rate limiting, or "unknown".
 *
 * Takes the last entry of X-Forwarded-For: the address that the nearest
 * reverse proxy saw, which the client cannot forge. Without a proxy, Next.js
 * fills the header with the socket address when the request has none.
 */
// NOTE: this assumes exactly one reverse proxy that appends to the header
// (nginx's $proxy_add_x_forwarded_for). Behind a chain of proxies the last
// entry is a proxy's address, and every client would share one IP limit.
export function clientIp(headers: HeaderRecord): string {
  const forwarded = headers["x-forwarded-for"];
  const value = Array.isArray(forwarded) ? forwarded.join(",") : forwarded;
  const last = value?.split(",").at(-1)?.trim();
  return last || "unknown";
}
