// Destinations after sign-in. Pure functions, so the login form (client) and
// the login page (server) share them.

export type Role = "MEMBER" | "STAFF" | "ADMIN";

/** Returns the home of each role: members have their space, staff and admins the back office. */
export function homePathForRole(role: Role): string {
  return role === "MEMBER" ? "/account" : "/admin";
}

/**
 * Returns `callbackUrl` when it is a path on this site ("/…" but not "//…"
 * or "/\…", which browsers read as another host), and null otherwise, so a
 * crafted link cannot send the user to another site after sign-in.
 */
export function safeCallbackPath(callbackUrl: string | null | undefined): string | null {
  if (!callbackUrl || !callbackUrl.startsWith("/")) return null;
  if (callbackUrl.startsWith("//") || callbackUrl.startsWith("/\\")) return null;
  // Browsers drop tabs and line breaks from URLs, which would turn "/\t/host" into "//host".
  if (/[\u0000-\u001f\u007f]/.test(callbackUrl)) return null;
  return callbackUrl;
}

export function postLoginPath(role: Role, callbackUrl: string | null | undefined): string {
  return safeCallbackPath(callbackUrl) ?? homePathForRole(role);
}
