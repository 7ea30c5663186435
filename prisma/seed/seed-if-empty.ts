// Placeholder replaced by the demo seed: see prisma/seed/README.md.
export async function seedDemoIfEmpty(_databaseUrl: string) {}
