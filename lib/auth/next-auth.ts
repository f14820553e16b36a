// Auth.js (next-auth v5) configuration: credentials sign-in with JWT sessions. The token carries only the
// user's id and session version; currentViewer() re-checks both against the database on every request.
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { parseHost } from "@/lib/tenancy/host";
import { siteForAddress } from "@/lib/tenancy/site";
import { authenticate, type SignInRefusal } from "./authenticate";
import { clientAddress } from "./client-address";
import { SESSION_COOKIE } from "./session-token";

export class SignInRefused extends CredentialsSignin {
  constructor(refusal: SignInRefusal) {
    super();
    this.code = refusal;
  }
}

const SESSION_MAX_AGE_SECONDS = 12 * 60 * 60;

export const { handlers, auth, signIn, signOut } = NextAuth({
  // Every site of the platform has its own host, so the host of each request is trusted (not AUTH_URL).
  trustHost: true,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/sign-in" },
  logger: {
    // A refused sign-in is an expected outcome, answered to the user; anything else is logged.
    error(error) {
      if (error instanceof CredentialsSignin) return;
      console.error(error);
    },
  },
  cookies: {
    sessionToken: {
      name: SESSION_COOKIE,
      options: {
        httpOnly: true,
        sameSite: "lax",
        path: "/",
        secure: process.env.SESSION_COOKIE_SECURE === "1",
        // Host-only unless a parent domain is configured (docs/decisions/0004-sessions.md).
        ...(process.env.SESSION_COOKIE_DOMAIN ? { domain: process.env.SESSION_COOKIE_DOMAIN } : {}),
      },
    },
  },
  providers: [
    Credentials({
      credentials: { identifier: {}, password: {} },
      async authorize(credentials, request) {
        const site = await siteForAddress(parseHost(request.headers.get("host")));
        if (!site) throw new SignInRefused("wrong_site");
        const result = await authenticate({
          identifier: String(credentials.identifier ?? ""),
          password: String(credentials.password ?? ""),
          address: clientAddress(request.headers),
          site,
        });
        if (!result.ok) throw new SignInRefused(result.refusal);
        return { id: result.user.id, sessionVersion: result.user.sessionVersion };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) token.sv = (user as { sessionVersion?: number }).sessionVersion ?? 0;
      return token;
    },
    session({ session, token }) {
      return {
        ...session,
        user: { ...session.user, id: token.sub ?? "" },
        sessionVersion: token.sv as number | undefined,
      };
    },
  },
});
