/**
 * Builds an absolute URL to a page of the app, for links in e-mails, from
 * NEXTAUTH_URL (or APP_URL), the address users reach the app at.
 */
export function appUrl(path: string): string {
  const base = process.env.NEXTAUTH_URL ?? process.env.APP_URL;
  if (!base) {
    throw new Error(
      "NEXTAUTH_URL is not set: set it (or APP_URL) to the public address of the app, e.g. https://cos.example.fr.",
    );
  }
  // Resolved as a relative path, so a base with a path ("https://host/cos")
  // keeps it.
  const relativePath = path.replace(/^\/+/, "");
  return new URL(relativePath, base.endsWith("/") ? base : `${base}/`).toString();
}
