import { tooLarge } from "../errors";
import { readText } from "./read-json";

/**
 * readText for file uploads, refusing a declared Content-Length over the limit before reading a
 * byte. Cancelling a half-read body drops the connection, and keep-alive clients then fail their
 * next request with a reset; an unread body is drained by the server and the connection lives on.
 */
export async function readUpload(request: Request, limitBytes: number): Promise<string> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > limitBytes) throw tooLarge(limitBytes);
  return readText(request, limitBytes);
}
