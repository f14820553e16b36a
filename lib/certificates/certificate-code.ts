// Verification codes: 100 random bits in Crockford's base32 (no I, L, O or U), in four groups of five, so a
// code is unguessable and can be read aloud or typed from paper. Typed codes are normalised before lookup.
import { randomBytes } from "node:crypto";

const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const LENGTH = 20;
export const CODE_PATTERN = /^[0-9A-HJKMNP-TV-Z]{5}(-[0-9A-HJKMNP-TV-Z]{5}){3}$/;

export function newCertificateCode(): string {
  const bytes = randomBytes(LENGTH);
  // 256 is a multiple of 32, so taking each byte modulo 32 keeps every symbol equally likely.
  const symbols = Array.from(bytes, (byte) => ALPHABET[byte % 32]).join("");
  return symbols.match(/.{5}/g)!.join("-");
}

/** The canonical form of a typed code (case, spaces, dashes, and the letters Crockford reads as digits), or null. */
export function normaliseCertificateCode(input: string): string | null {
  const symbols = input.toUpperCase().replace(/[\s-]/g, "").replace(/[IL]/g, "1").replace(/O/g, "0");
  if (symbols.length !== LENGTH) return null;
  const code = symbols.match(/.{5}/g)!.join("-");
  return CODE_PATTERN.test(code) ? code : null;
}
