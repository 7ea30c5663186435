import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";

// Prisma's WASM schema engine reads catalog columns of PostgreSQL types such
// as `name` and `char`, which @prisma/adapter-pg 6.19 refuses to
// deserialize. The CLI's adapter reports them as text; run-time queries
// never touch these types, so only migrations use this pool.
const TEXT_OID = 25;
const TEXT_ARRAY_OID = 1009;
const TEXT_LIKE_OIDS = new Set([18, 19, 22, 24, 28, 29, 30, 194, 2205, 2206]);
const TEXT_LIKE_ARRAY_OIDS = new Set([1002, 1003, 1006, 1008, 1011, 1012, 1013]);
const patched = Symbol("textLikeFieldsPatched");

type QueryResultLike = { fields?: { dataTypeID: number }[] };

function reportTextLikeAsText<T>(result: T): T {
  for (const field of (result as QueryResultLike)?.fields ?? []) {
    if (TEXT_LIKE_OIDS.has(field.dataTypeID)) field.dataTypeID = TEXT_OID;
    if (TEXT_LIKE_ARRAY_OIDS.has(field.dataTypeID)) {
      field.dataTypeID = TEXT_ARRAY_OID;
    }
  }
  return result;
}

function patchQuery<T extends { query: (...args: never[]) => unknown }>(target: T) {
  const record = target as T & { [patched]?: boolean };
  if (record[patched]) return target;
  const original = target.query.bind(target) as (...args: unknown[]) => unknown;
  (target as { query: unknown }).query = (...args: unknown[]) => {
    const result = original(...args);
    if (result instanceof Promise) return result.then(reportTextLikeAsText);
    return result;
  };
  record[patched] = true;
  return target;
}

class CatalogSafePool extends pg.Pool {
  constructor(config: pg.PoolConfig) {
    super(config);
    patchQuery(this);
  }

  // pg's own pool.query calls connect with a callback; only the promise
  // form, used by the adapter for transactions, hands out a client to patch.
  connect(): Promise<pg.PoolClient>;
  connect(callback: Parameters<pg.Pool["connect"]>[0]): void;
  connect(callback?: Parameters<pg.Pool["connect"]>[0]): Promise<pg.PoolClient> | void {
    if (callback) return super.connect(callback);
    return super.connect().then((client) => patchQuery(client));
  }
}

/** Returns a migration-aware adapter whose shadow database is `<db>_shadow`, emptied before each use. */
export function createMigrationAdapter(databaseUrl: string) {
  const shadowUrl = new URL(databaseUrl);
  const shadowName = `${shadowUrl.pathname.slice(1)}_shadow`;
  shadowUrl.pathname = `/${shadowName}`;

  const main = new PrismaPg(new CatalogSafePool({ connectionString: databaseUrl }));
  const shadow = new PrismaPg(new CatalogSafePool({ connectionString: shadowUrl.toString() }));

  return Object.assign(main, {
    async connectToShadowDb() {
      const admin = new pg.Client({ connectionString: databaseUrl });
      await admin.connect();
      try {
        await admin.query(`DROP DATABASE IF EXISTS "${shadowName}" WITH (FORCE)`);
        await admin.query(`CREATE DATABASE "${shadowName}"`);
      } finally {
        await admin.end();
      }
      return shadow.connect();
    },
  });
}
