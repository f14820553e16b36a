import { issueLaunchToken, LAUNCH_TOKEN_SECONDS, verifyLaunchToken } from "./launch-token";

describe("SCORM launch tokens", () => {
  beforeAll(() => {
    process.env.AUTH_SECRET = "a-test-secret-that-is-long-enough-for-hmac";
  });
  const claims = {
    key: "scorm/0b0e7a52-6f2a-4d1e-9a55-3f1d2c4b5a69",
    origin: "http://ke.localhost:3000",
    attemptId: "6a1f0e2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b",
    userId: "7b2e1f3c-4d5e-4f6a-9b0c-1d2e3f4a5b6c",
    tenantId: "8c3f2a4d-5e6f-4a7b-8c1d-2e3f4a5b6c7d",
    audience: "CUSTOMS" as const,
  };

  it("carries its claims until it expires", () => {
    const now = Date.UTC(2026, 10, 23);
    const token = issueLaunchToken(claims, now);
    expect(verifyLaunchToken(token, now)).toMatchObject(claims);
    expect(verifyLaunchToken(token, now + (LAUNCH_TOKEN_SECONDS + 1) * 1000)).toBeNull();
  });

  it("refuses a token whose claims or signature were changed", () => {
    const token = issueLaunchToken(claims);
    const [payload, signature] = token.split(".");
    const forged = Buffer.from(
      JSON.stringify({ ...claims, key: "scorm/11111111-2222-3333-4444-555555555555", exp: 9e9 }),
    ).toString("base64url");
    expect(verifyLaunchToken(`${forged}.${signature}`)).toBeNull();
    expect(verifyLaunchToken(`${payload}.${signature.slice(0, -2)}xx`)).toBeNull();
    expect(verifyLaunchToken(`${payload}`)).toBeNull();
    expect(verifyLaunchToken("")).toBeNull();
  });
});
