import { CODE_PATTERN, newCertificateCode, normaliseCertificateCode } from "./certificate-code";

describe("certificate codes", () => {
  it("are four groups of five Crockford symbols, different every time", () => {
    const codes = new Set(Array.from({ length: 1000 }, () => newCertificateCode()));
    expect(codes.size).toBe(1000);
    for (const code of codes) expect(code).toMatch(CODE_PATTERN);
  });

  it("accept what people type: lower case, spaces, no dashes, and O/I/L for 0/1", () => {
    const code = "0A1BC-DEF23-45678-9VWXY";
    expect(normaliseCertificateCode("0a1bc def23 45678 9vwxy")).toBe(code);
    expect(normaliseCertificateCode("OAIBCDEF23456789VWXY")).toBe(code);
    expect(normaliseCertificateCode("oalbc-def23-45678-9vwxy")).toBe(code);
  });

  it("refuse anything else", () => {
    expect(normaliseCertificateCode("")).toBeNull();
    expect(normaliseCertificateCode("0A1BC-DEF23-45678")).toBeNull();
    expect(normaliseCertificateCode("0A1BC-DEF23-45678-9VWXU")).toBeNull();
    expect(normaliseCertificateCode("../../etc/passwd")).toBeNull();
  });
});
