/** Domain failures; lib/http/errors.ts is the one place that turns them into HTTP answers. */
export class AppError extends Error {
  constructor(
    readonly code: "invalid" | "unauthorized" | "forbidden" | "not_found" | "conflict" | "too_large" | "unsupported" | "unprocessable" | "rate_limited",
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
  }
}

export class ValidationError extends AppError {
  constructor(readonly fieldErrors: Record<string, string[]>, message = "Some fields are invalid") {
    super("invalid", message, { fieldErrors });
  }
}

export const notFound = (what: string) => new AppError("not_found", `${what} not found`);
export const conflict = (message: string, details?: Record<string, unknown>) => new AppError("conflict", message, details);
export const unauthorized = (message: string) => new AppError("unauthorized", message);
export const forbidden = (message: string) => new AppError("forbidden", message);
export const tooLarge = (limitBytes: number) => new AppError("too_large", `Request body is larger than ${limitBytes} bytes`);
/** Too many writes from one client; the caller may retry after `retryAfterSeconds`. */
export const rateLimited = (retryAfterSeconds: number) =>
  new AppError("rate_limited", `Too many changes in a short time; try again in ${retryAfterSeconds} s`, { retryAfterSeconds });
