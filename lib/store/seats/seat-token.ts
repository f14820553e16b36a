// Seat invitations carry a random token; the seat keeps only its SHA-256.
import { createHash, randomBytes } from "node:crypto";

export const hashSeatToken = (token: string) => createHash("sha256").update(token).digest("hex");

export function newSeatToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashSeatToken(token) };
}

export const SEAT_TOKEN = /^[A-Za-z0-9_-]{20,100}$/;
