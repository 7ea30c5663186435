import "server-only";

import { AsyncLocalStorage } from "node:async_hooks";

import { PrismaPg } from "@prisma/adapter-pg";

import { PrismaClient } from "@/lib/generated/prisma/client";

export type { Prisma } from "@/lib/generated/prisma/client";

function createPrismaClient() {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) {
    throw new Error(
      "DATABASE_URL is not set: start the app with `npm run demo` or set it to a PostgreSQL URL.",
    );
  }
  const adapter = new PrismaPg({
    connectionString,
    max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
  });
  return new PrismaClient({ adapter });
}

// Next.js reloads modules in development; one client per process keeps the
// number of connections bounded.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

function getPrismaClient() {
  globalForPrisma.prisma ??= createPrismaClient();
  return globalForPrisma.prisma;
}

const scopedClient = new AsyncLocalStorage<PrismaClient>();

/**
 * Runs `body` with `db` bound to `client` instead of the DATABASE_URL
 * client, so a script can call the domain functions on another database
 * (the demo seed does, on the database it seeds).
 */
export function withDatabaseClient<T>(client: PrismaClient, body: () => Promise<T>): Promise<T> {
  return scopedClient.run(client, body);
}

// Created on first use, so that importing this module (as `next build`
// does) needs no database.
export const db = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const client = scopedClient.getStore() ?? getPrismaClient();
    const value = Reflect.get(client, property);
    return typeof value === "function" ? value.bind(client) : value;
  },
});

/** The client or an interactive transaction, for functions that accept either. */
export type DbClient = Omit<
  PrismaClient,
  "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends"
>;
