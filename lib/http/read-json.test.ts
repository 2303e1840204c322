import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AppError } from "../errors";
import { errorResponse } from "./errors";
import { readJson } from "./read-json";

const schema = z.strictObject({ name: z.string() });

function post(body: BodyInit, contentType: string | null = "application/json") {
  const headers = contentType ? { "content-type": contentType } : undefined;
  return new Request("http://x/", { method: "POST", body, headers });
}

async function statusOf(request: Request, limit?: number): Promise<number> {
  try {
    await readJson(request, schema, limit);
    return 200;
  } catch (error) {
    return errorResponse(error).status;
  }
}

describe("readJson", () => {
  it("reads a JSON body sent as application/json or a +json type", async () => {
    expect(await readJson(post('{"name":"box"}'), schema)).toEqual({ name: "box" });
    expect(await readJson(post('{"name":"box"}', "application/vnd.api+json; charset=utf-8"), schema)).toEqual({ name: "box" });
  });

  it.each([["text/plain"], ["application/x-www-form-urlencoded"], ["multipart/form-data; boundary=x"], ["text/json"], [null]])(
    "refuses Content-Type %s with 415",
    async (type) => {
      // A Uint8Array body, so the Request adds no content type of its own.
      expect(await statusOf(post(new TextEncoder().encode('{"name":"box"}'), type))).toBe(415);
    },
  );

  it.each([
    ["NUL", '{"name":"a\\u0000b"}'],
    ["lone surrogate", '{"name":"\\udc00"}'],
    ["__proto__ key", '{"name":"a","__proto__":{"x":1}}'],
    ["not JSON", '{"name":'],
  ])("refuses %s with 400", async (_label, body) => {
    expect(await statusOf(post(body))).toBe(400);
  });

  it("refuses bytes that are not UTF-8 instead of storing replacement characters", async () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('{"name":"'), 0xff, 0xfe, ...new TextEncoder().encode('"}')]);
    const error = await readJson(post(bytes), schema).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).message).toBe("Request body is not valid UTF-8");
  });

  it("answers 413 over the limit, by Content-Length or while streaming", async () => {
    const big = JSON.stringify({ name: "x".repeat(2000) });
    expect(await statusOf(post(big), 1000)).toBe(413);
    const stream = new ReadableStream({
      start(c) {
        c.enqueue(new TextEncoder().encode(big));
        c.close();
      },
    });
    const chunked = new Request("http://x/", { method: "POST", body: stream, headers: { "content-type": "application/json" }, duplex: "half" } as RequestInit);
    expect(chunked.headers.get("content-length")).toBeNull();
    expect(await statusOf(chunked, 1000)).toBe(413);
  });
});
