import type { Role, StaffSector } from "@/lib/generated/prisma/enums";

declare module "next-auth" {
  interface User {
    role: Role;
    sectors: StaffSector[];
    sessionVersion: number;
  }

  interface Session {
    user: {
      id: string;
      name?: string | null;
      email?: string | null;
      role: Role;
      sectors: StaffSector[];
      /** User.sessionVersion at sign-in; undefined in tokens issued before it existed. */
      sessionVersion: number | undefined;
    };
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    userId: string;
    role: Role;
    sectors: StaffSector[];
    sessionVersion: number | undefined;
  }
}
