// A small HTTP client for the benchmark: keep-alive sockets, cookies and the
// next-auth credentials sign-in, with as little client-side work as possible
// so that the load generator takes little CPU from the server it measures.
import http, { type IncomingHttpHeaders } from "node:http";

export type HttpResponse = {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
};

export type HttpRequestOptions = {
  method?: "GET" | "POST";
  headers?: Record<string, string>;
  body?: string;
};

// One pool of keep-alive sockets for every request: each load worker reuses
// its connection, as a browser does.
const agent = new http.Agent({ keepAlive: true, maxSockets: Infinity });

export function httpRequest(url: string, options: HttpRequestOptions = {}): Promise<HttpResponse> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { ...options.headers };
    if (options.body !== undefined) {
      headers["content-length"] = String(Buffer.byteLength(options.body));
    }
    const request = http.request(
      url,
      { method: options.method ?? "GET", headers, agent },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("error", reject);
        response.on("end", () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: Buffer.concat(chunks).toString("utf8"),
          }),
        );
      },
    );
    request.on("error", reject);
    if (options.body !== undefined) request.write(options.body);
    request.end();
  });
}

/** Closes the idle keep-alive sockets, so the process can exit. */
export function closeConnections() {
  agent.destroy();
}

/** Returns the `name=value` pairs of a response's Set-Cookie headers. */
export function responseCookies(headers: IncomingHttpHeaders): Map<string, string> {
  const cookies = new Map<string, string>();
  for (const line of headers["set-cookie"] ?? []) {
    const pair = line.split(";", 1)[0];
    const separator = pair.indexOf("=");
    if (separator > 0) cookies.set(pair.slice(0, separator), pair.slice(separator + 1));
  }
  return cookies;
}

// Cookie of next-auth 4's JWT session over plain HTTP. Over HTTPS its name
// starts with "__Secure-".
const SESSION_COOKIE = "next-auth.session-token";
const CSRF_COOKIE = "next-auth.csrf-token";

/**
 * Signs in through next-auth's credentials flow (CSRF token, then the
 * callback) and returns the Cookie header of the session. `clientIp` is sent
 * as X-Forwarded-For, which lib/auth/client-ip.ts reads for the sign-in
 * rate limits.
 */
export async function signIn(
  baseUrl: string,
  credentials: { email: string; password: string; clientIp: string },
): Promise<string> {
  const forwarded = { "x-forwarded-for": credentials.clientIp };
  const csrf = await httpRequest(`${baseUrl}/api/auth/csrf`, { headers: forwarded });
  if (csrf.status !== 200) {
    throw new Error(`GET /api/auth/csrf returned HTTP ${csrf.status}.`);
  }
  const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
  const csrfCookie = responseCookies(csrf.headers).get(CSRF_COOKIE);
  if (!csrfCookie) throw new Error("GET /api/auth/csrf set no CSRF cookie.");

  const form = new URLSearchParams({
    csrfToken,
    email: credentials.email,
    password: credentials.password,
    callbackUrl: baseUrl,
    json: "true",
  });
  const callback = await httpRequest(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    headers: {
      ...forwarded,
      "content-type": "application/x-www-form-urlencoded",
      cookie: `${CSRF_COOKIE}=${csrfCookie}`,
    },
    body: form.toString(),
  });
  const session = responseCookies(callback.headers).get(SESSION_COOKIE);
  if (!session) {
    throw new Error(
      `Sign-in of ${credentials.email} failed: HTTP ${callback.status}, ` +
        `response ${callback.body.slice(0, 200) || String(callback.headers.location)}.`,
    );
  }
  return `${SESSION_COOKIE}=${session}`;
}
