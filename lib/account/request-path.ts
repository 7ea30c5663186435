/** Request header that proxy.ts sets to the path and query of an account or back-office page. */
export const REQUEST_PATH_HEADER = "x-entraide-request-path";

/**
 * Returns the path to come back to after login. The header comes from the
 * client when proxy.ts did not run, so only an account path is kept:
 * anything else could send the user to another site after login.
 */
export function accountCallbackPath(headerValue: string | null) {
  return headerValue && /^\/account(?:[/?]|$)/.test(headerValue) ? headerValue : "/account";
}

/** Returns the back-office path to come back to after login, on the same terms as accountCallbackPath. */
export function adminCallbackPath(headerValue: string | null) {
  return headerValue && /^\/admin(?:[/?]|$)/.test(headerValue) ? headerValue : "/admin";
}
