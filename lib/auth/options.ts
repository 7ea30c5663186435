import "server-only";

import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";

import { authenticate } from "@/lib/auth/authenticate";

export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

// Sessions are signed JWTs in a cookie, so any instance behind the load
// balancer can read them without shared memory.
export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/login" },
  providers: [
    CredentialsProvider({
      name: "E-mail",
      credentials: {
        email: { label: "E-mail", type: "email" },
        password: { label: "Mot de passe", type: "password" },
      },
      async authorize(credentials, request) {
        const forwarded = request?.headers?.["x-forwarded-for"];
        const ip = (Array.isArray(forwarded) ? forwarded[0] : forwarded)
          ?.split(",")[0]
          ?.trim();
        const user = await authenticate({
          email: credentials?.email ?? "",
          password: credentials?.password ?? "",
          ip: ip || "unknown",
        });
        return { id: user.id, name: user.displayName, role: user.role, sectors: user.sectors };
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        token.userId = user.id;
        token.role = user.role;
        token.sectors = user.sectors;
      }
      return token;
    },
    async session({ session, token }) {
      session.user = {
        ...session.user,
        id: token.userId,
        role: token.role,
        sectors: token.sectors,
      };
      return session;
    },
  },
};
