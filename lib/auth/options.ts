import "server-only";

import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";

import { authenticate } from "@/lib/auth/authenticate";
import { clientIp } from "@/lib/auth/client-ip";
import { encodeSignInError } from "@/lib/auth/sign-in-error";
import { isDomainError } from "@/lib/errors";
import { logger } from "@/lib/logger";

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
        try {
          const user = await authenticate({
            email: credentials?.email ?? "",
            password: credentials?.password ?? "",
            ip: clientIp(request?.headers ?? {}),
          });
          return {
            id: user.id,
            name: user.displayName,
            role: user.role,
            sectors: user.sectors,
            sessionVersion: user.sessionVersion,
          };
        } catch (error) {
          throw signInFailure(error);
        }
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        token.userId = user.id;
        token.role = user.role;
        token.sectors = user.sectors;
        token.sessionVersion = user.sessionVersion;
      }
      return token;
    },
    async session({ session, token }) {
      session.user = {
        ...session.user,
        id: token.userId,
        role: token.role,
        sectors: token.sectors,
        sessionVersion: token.sessionVersion,
      };
      return session;
    },
  },
};

/**
 * Maps what authenticate() threw to the error whose message next-auth sends
 * to the login form. Only known codes cross: any other error could carry a
 * database message, so it is logged here and sent as `unexpected`.
 */
function signInFailure(error: unknown): Error {
  if (
    isDomainError(error) &&
    (error.code === "invalid_credentials" || error.code === "rate_limited")
  ) {
    return new Error(encodeSignInError(error.code, error.options.params));
  }
  logger.error({ err: error }, "sign-in failed unexpectedly");
  return new Error(encodeSignInError("unexpected"));
}
