import { ZodError } from "zod";
import { AppError } from "../errors";

const STATUS: Record<AppError["code"], number> = {
  invalid: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  too_large: 413,
  unsupported: 415,
  // Well-formed input that cannot be used as asked (e.g. a pasted text that is no part list).
  unprocessable: 422,
  rate_limited: 429,
};

function headersFor(error: AppError): HeadersInit | undefined {
  if (error.code === "unauthorized") return { "WWW-Authenticate": 'Bearer realm="build"' };
  if (error.code === "rate_limited") return { "Retry-After": String(error.details?.retryAfterSeconds ?? 60) };
  return undefined;
}

/** Field path -> messages, in the shape forms display next to their inputs. */
export function zodFieldErrors(error: ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) (out[issue.path.join(".") || "(body)"] ??= []).push(issue.message);
  return out;
}

/** The single mapping from failures to HTTP responses; unexpected errors never leak details. */
export function errorResponse(error: unknown): Response {
  if (error instanceof ZodError) {
    return Response.json({ error: "invalid", message: "Some fields are invalid", fieldErrors: zodFieldErrors(error) }, { status: 400 });
  }
  if (error instanceof AppError) {
    return Response.json({ error: error.code, message: error.message, ...error.details }, { status: STATUS[error.code], headers: headersFor(error) });
  }
  console.error(error);
  return Response.json({ error: "internal", message: "Something went wrong on our side" }, { status: 500 });
}

/** Wraps a route handler so every thrown error goes through errorResponse. */
export function handle<A extends unknown[]>(fn: (...args: A) => Promise<Response>) {
  return async (...args: A): Promise<Response> => {
    try {
      return await fn(...args);
    } catch (error) {
      return errorResponse(error);
    }
  };
}
