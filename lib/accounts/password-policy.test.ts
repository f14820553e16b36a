import { passwordProblem } from "./password-policy";

describe("passwordProblem", () => {
  it("accepts a long, uncommon password", () => {
    expect(passwordProblem("tariff-lines-and-salt-42")).toBeNull();
  });

  it("refuses short, common and personal passwords", () => {
    expect(passwordProblem("Short1!")).toBe("passwordTooShort");
    expect(passwordProblem("password1234")).toBe("passwordCommon");
    expect(passwordProblem("PASSWORD1234")).toBe("passwordCommon");
    expect(passwordProblem("amina.wanjiru-2026", { username: "amina.wanjiru" })).toBe("passwordPersonal");
    expect(passwordProblem("x".repeat(300))).toBe("passwordTooLong");
  });
});
