import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

const ONLY_LIB_DB = {
  group: ["**/db/generated/*", "**/db/client", "@/lib/db/client", "@/lib/db/generated/*"],
  message: "Use forTenant(), asPlatform() or registry from lib/db.",
};
// Pages link through components/ui/link.tsx, which does not prefetch (docs/conventions.md).
const ONE_LINK = { name: "next/link", message: "Use Link from @/components/ui/link." };

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    ignores: [
      ".next/**",
      ".data/**",
      "lib/db/generated/**",
      "node_modules/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
    ],
  },
  {
    // Only lib/db may talk to the raw Prisma client (docs/decisions/0002-tenant-isolation.md).
    files: ["**/*.{ts,tsx,mjs}"],
    ignores: ["lib/db/**", "prisma/**", "tests/**", "scripts/**"],
    rules: {
      "no-restricted-imports": ["error", { paths: [ONE_LINK], patterns: [ONLY_LIB_DB] }],
    },
  },
  {
    files: ["components/ui/link.tsx"],
    rules: { "no-restricted-imports": ["error", { patterns: [ONLY_LIB_DB] }] },
  },
];

export default config;
