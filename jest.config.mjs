import nextJest from "next/jest.js";

const createJestConfig = nextJest({ dir: "./" });

/** @type {import("jest").Config} */
const shared = {
  testEnvironment: "node",
  moduleNameMapper: {
    "^@/(.*)$": "<rootDir>/$1",
    // scorm-again's CommonJS build is a browser script; the sequencing engine (and the launch tests) run its ES modules.
    "^scorm-again/scorm2004$": "<rootDir>/node_modules/scorm-again/dist/esm/scorm2004.js",
    "^scorm-again/scorm12$": "<rootDir>/node_modules/scorm-again/dist/esm/scorm12.js",
    // Its CommonJS build (.cjs, which Jest does not compile) loads react-dom/server with a dynamic import.
    "^@react-email/render$": "<rootDir>/node_modules/@react-email/render/dist/node/index.mjs",
  },
};

// ESM-only packages that Jest (CommonJS on Node 20) must compile like our own code.
const ESM_PACKAGES = ["intl-messageformat", "@formatjs", "scorm-again", "@react-email/render"];

async function project(options) {
  const resolved = await createJestConfig({ ...shared, ...options })();
  return {
    ...resolved,
    transformIgnorePatterns: [
      `/node_modules/(?!(${ESM_PACKAGES.join("|")})/)`,
      ...resolved.transformIgnorePatterns.filter((p) => !p.includes("node_modules")),
    ],
  };
}

export default async function config() {
  return {
    projects: [
      await project({
        displayName: "unit",
        testMatch: [
          "<rootDir>/{lib,components,app,scripts}/**/*.test.{ts,tsx}",
          "<rootDir>/tests/unit/**/*.test.{ts,tsx}",
        ],
      }),
      await project({
        displayName: "integration",
        testMatch: ["<rootDir>/tests/integration/**/*.test.ts"],
        globalSetup: "<rootDir>/tests/setup/global-setup.mjs",
        globalTeardown: "<rootDir>/tests/setup/global-teardown.mjs",
      }),
      // Tests of the production servers on the production build: `npm test` runs them after it builds.
      await project({
        displayName: "servers",
        testMatch: ["<rootDir>/tests/servers/**/*.test.ts"],
        globalSetup: "<rootDir>/tests/setup/global-setup.mjs",
        globalTeardown: "<rootDir>/tests/setup/global-teardown.mjs",
      }),
    ],
    // A global option: Jest ignores it inside a project. Integration tests hash passwords and render PDFs.
    testTimeout: 30_000,
  };
}
