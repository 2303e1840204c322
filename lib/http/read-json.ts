import type { z } from "zod";
import { AppError, tooLarge } from "../errors";
import { parseUntrustedJson, UnsafeJsonError } from "../json/untrusted-json";

export const DEFAULT_BODY_LIMIT_BYTES = 256 * 1024;

// application/json or a +json type. Requiring it also keeps cross-site HTML forms, which can
// only send form and text types without a CORS preflight, away from JSON endpoints.
const JSON_TYPE = /^application\/(?:[a-z0-9.!#$&^_-]+\+)?json$/;

/** Reads a JSON body with a size cap (checked while streaming, not trusting Content-Length). */
export async function readJson<T extends z.ZodType>(request: Request, schema: T, limitBytes = DEFAULT_BODY_LIMIT_BYTES): Promise<z.infer<T>> {
  const type = (request.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  if (!JSON_TYPE.test(type)) throw new AppError("unsupported", "Send the body as JSON with Content-Type: application/json");
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > limitBytes) throw tooLarge(limitBytes);
  const text = await readText(request, limitBytes);
  let value: unknown;
  try {
    value = parseUntrustedJson(text);
  } catch (error) {
    if (error instanceof UnsafeJsonError) throw new AppError("invalid", `Request body refused: ${error.message}`);
    throw new AppError("invalid", "Request body is not valid JSON");
  }
  return schema.parse(value);
}

export async function readText(request: Request, limitBytes: number): Promise<string> {
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limitBytes) {
      await reader.cancel();
      throw tooLarge(limitBytes);
    }
    chunks.push(value);
  }
  // Invalid UTF-8 is refused rather than silently turned into U+FFFD and stored.
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(Buffer.concat(chunks));
  } catch {
    throw new AppError("invalid", "Request body is not valid UTF-8");
  }
}
