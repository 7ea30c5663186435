// Calls a Next.js server action over HTTP as the browser does: a POST to the
// page with a `Next-Action` header naming the action and its arguments
// encoded as JSON. The server responds with a React Server Components
// (flight) stream.
import { readFileSync } from "node:fs";
import path from "node:path";

import { httpRequest } from "./bench-http";

export type ServerActionReference = {
  id: string;
  /** A page that imports the action, as a route pattern such as `/catalogue/[slug]/book`. */
  pagePattern: string;
};

type ReferenceManifest = {
  node: Record<
    string,
    { workers: Record<string, unknown>; filename?: string; exportedName?: string }
  >;
};

/**
 * Finds the id of the action exported as `exportedName` from `filename`
 * (relative to the project, e.g. `app/join/actions.ts`) in the production
 * build's server-reference-manifest.json.
 */
export function findServerAction(filename: string, exportedName: string): ServerActionReference {
  const manifestPath = path.join(".next", "server", "server-reference-manifest.json");
  const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as ReferenceManifest;
  for (const [id, entry] of Object.entries(manifest.node)) {
    if (entry.filename !== filename || entry.exportedName !== exportedName) continue;
    const worker = Object.keys(entry.workers).find((name) => name.endsWith("/page"));
    if (!worker) break;
    // "app/(auth)/login/page" is served at /login: route groups leave the URL.
    const segments = worker
      .split("/")
      .slice(1, -1)
      .filter((segment) => !/^\(.*\)$/.test(segment));
    return { id, pagePattern: `/${segments.join("/")}` };
  }
  throw new Error(
    `No server action ${exportedName} from ${filename} on a page in ${manifestPath}. ` +
      "Rebuild with `npm run build` after merging the branch that exports it.",
  );
}

export type ServerActionResponse = {
  status: number;
  /** The action's return value, or undefined when none was found in the response. */
  result: unknown;
  /** Target URL of the action's redirect() call, when it made one. */
  redirect?: string;
};

/**
 * Returns the action's return value from a flight response. Each row is
 * `<id>:<JSON>`. Row 0 describes the response and points at the row that
 * contains the return value with a reference such as "$@1".
 */
export function parseActionResult(body: string): unknown {
  const rows = new Map<string, string>();
  for (const line of body.split("\n")) {
    const separator = line.indexOf(":");
    if (separator > 0) rows.set(line.slice(0, separator), line.slice(separator + 1));
  }
  const head = rows.get("0");
  if (!head) return undefined;
  const { a: reference } = JSON.parse(head) as { a?: unknown };
  if (typeof reference !== "string" || !reference.startsWith("$@")) return undefined;
  const row = rows.get(reference.slice(2));
  return row === undefined ? undefined : JSON.parse(row);
}

export async function callServerAction(options: {
  baseUrl: string;
  action: ServerActionReference;
  pagePath: string;
  argument: unknown;
  cookie: string;
}): Promise<ServerActionResponse> {
  const response = await httpRequest(`${options.baseUrl}${options.pagePath}`, {
    method: "POST",
    headers: {
      accept: "text/x-component",
      "content-type": "text/plain;charset=UTF-8",
      "next-action": options.action.id,
      // Next.js rejects an action whose Origin differs from the Host.
      origin: options.baseUrl,
      cookie: options.cookie,
    },
    body: JSON.stringify([options.argument]),
  });
  const redirect = response.headers["x-action-redirect"];
  const isFlight = String(response.headers["content-type"]).startsWith("text/x-component");
  return {
    status: response.status,
    result: response.status === 200 && isFlight ? parseActionResult(response.body) : undefined,
    redirect: typeof redirect === "string" ? redirect : undefined,
  };
}
