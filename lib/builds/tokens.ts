import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

/** 128 random bits: unguessable share ids that still fit comfortably in a URL. */
export function newBuildId(): string {
  return randomBytes(16).toString("base64url");
}

/** 256 random bits; only its hash is stored. */
export function newEditToken(): string {
  return randomBytes(32).toString("base64url");
}

export function hashEditToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** Constant-time comparison of a presented token against the stored hash. */
export function tokenMatches(token: string, storedHash: string): boolean {
  const presented = Buffer.from(hashEditToken(token), "hex");
  const stored = Buffer.from(storedHash, "hex");
  return presented.length === stored.length && timingSafeEqual(presented, stored);
}

export { BUILD_ID_PATTERN } from "./id-format";
