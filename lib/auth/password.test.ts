import { hashPassword, verifyAgainstDecoy, verifyPassword } from "./password";

describe("password hashing", () => {
  it("uses argon2id with at least OWASP's minimum cost", async () => {
    const hash = await hashPassword("correct horse battery staple");
    const [, algorithm, , params] = hash.split("$");
    expect(algorithm).toBe("argon2id");
    const cost = Object.fromEntries(params.split(",").map((kv) => kv.split("=")));
    expect(Number(cost.m)).toBeGreaterThanOrEqual(19_456);
    expect(Number(cost.t)).toBeGreaterThanOrEqual(2);
    expect(Number(cost.p)).toBeGreaterThanOrEqual(1);
  });

  it("verifies the right password only", async () => {
    const hash = await hashPassword("correct horse battery staple");
    await expect(verifyPassword(hash, "correct horse battery staple")).resolves.toBe(true);
    await expect(verifyPassword(hash, "Correct horse battery staple")).resolves.toBe(false);
    await expect(verifyPassword("not a hash", "anything")).resolves.toBe(false);
    await expect(verifyAgainstDecoy("anything")).resolves.toBe(false);
  });
});
