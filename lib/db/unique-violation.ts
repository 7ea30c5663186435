import { Prisma } from "@/lib/generated/prisma/client";

/**
 * Returns the columns of the unique constraint that a write violated
 * (Prisma error P2002), or null for any other error. Through a driver
 * adapter, Prisma 6.19 reports the columns under
 * `meta.driverAdapterError.cause.constraint.fields` instead of
 * `meta.target`, so both places are read.
 */
export function uniqueViolationFields(error: unknown): string[] | null {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError) || error.code !== "P2002") {
    return null;
  }
  const meta = error.meta as
    | {
        target?: unknown;
        driverAdapterError?: { cause?: { constraint?: { fields?: unknown; index?: unknown } } };
      }
    | undefined;
  if (Array.isArray(meta?.target)) return meta.target.map(String);
  if (typeof meta?.target === "string") return [meta.target];

  const constraint = meta?.driverAdapterError?.cause?.constraint;
  if (Array.isArray(constraint?.fields)) {
    return constraint.fields.map((field) => String(field).replaceAll('"', ""));
  }
  if (typeof constraint?.index === "string") return [constraint.index];
  return [];
}
