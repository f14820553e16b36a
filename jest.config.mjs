import nextJest from "next/jest.js";

const createJestConfig = nextJest({ dir: "./" });

/** @type {import("jest").Config} */
const shared = {
  testEnvironment: "node",
  moduleNameMapper: { "^@/(.*)$": "<rootDir>/$1" },
};

export default async function config() {
  return {
    projects: [
      await createJestConfig({ ...shared, displayName: "unit", testMatch: ["<rootDir>/{lib,components,app}/**/*.test.{ts,tsx}", "<rootDir>/tests/unit/**/*.test.{ts,tsx}"] })(),
      await createJestConfig({
        ...shared,
        displayName: "integration",
        testMatch: ["<rootDir>/tests/integration/**/*.test.ts"],
        globalSetup: "<rootDir>/tests/setup/global-setup.mjs",
        globalTeardown: "<rootDir>/tests/setup/global-teardown.mjs",
        testTimeout: 30_000,
      })(),
    ],
  };
}
