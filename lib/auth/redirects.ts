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

/** Pages anyone may open, where staff may return after sign-in. */
const PUBLIC_PATHS = ["/", "/join"];

/** Pages outside their space where members may return after sign-in: the booking form. */
const MEMBER_RETURN_PATTERN = /^\/catalogue\/[^/]+\/book$/;

function isUnder(pathname: string, base: string) {
  if (base === "/") return pathname === "/";
  return pathname === base || pathname.startsWith(`${base}/`);
}

/**
 * Returns whether `role` may open `path`: members their space (/account…)
 * and an offer's booking form, staff and admins the back office (/admin…)
 * and the public pages. Dot segments are resolved first, as the browser will, so
 * "/account/../admin" counts as /admin.
 */
export function canRoleOpen(role: Role, path: string): boolean {
  const { pathname } = new URL(path, "http://localhost");
  if (role === "MEMBER") {
    return isUnder(pathname, "/account") || MEMBER_RETURN_PATTERN.test(pathname);
  }
  return isUnder(pathname, "/admin") || PUBLIC_PATHS.some((base) => isUnder(pathname, base));
}

/**
 * Returns where to go after sign-in: `callbackUrl` when it is a path on this
 * site that the role may open, else the role's home, so a member sent to
 * /login?callbackUrl=/admin does not land on a 404.
 */
export function postLoginPath(role: Role, callbackUrl: string | null | undefined): string {
  const callbackPath = safeCallbackPath(callbackUrl);
  if (callbackPath && canRoleOpen(role, callbackPath)) return callbackPath;
  return homePathForRole(role);
}
