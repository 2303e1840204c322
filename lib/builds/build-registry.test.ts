import { describe, expect, it } from "vitest";
import { forgetEntry, MAX_VISITED, ownerKeysFile, parseRegistry, touchEntry, type RegistryEntry } from "./build-registry";
import { parseOwnerKeysFile } from "./owner-keys-file";

const id = (n: number) => `build${String(n).padStart(17, "0")}`;
const entry = (n: number, name = `Build ${n}`): RegistryEntry => ({ id: id(n), name, lastOpenedAt: `2026-12-0${(n % 9) + 1}T00:00:00.000Z` });

describe("build registry", () => {
  it("moves an opened build to the front with its latest name, once", () => {
    const list = [entry(1), entry(2)];
    const next = touchEntry(list, entry(2, "Renamed"), () => false);
    expect(next.map((e) => [e.id, e.name])).toEqual([[id(2), "Renamed"], [id(1), "Build 1"]]);
  });

  it("trims only builds opened, never builds owned here", () => {
    let list: RegistryEntry[] = [];
    const owned = new Set([id(0), id(1)]);
    for (let n = 0; n < MAX_VISITED + 20; n++) list = touchEntry(list, entry(n), (x) => owned.has(x));
    expect(list).toHaveLength(MAX_VISITED + 2);
    expect(list.map((e) => e.id)).toEqual(expect.arrayContaining([id(0), id(1)]));
    expect(list.map((e) => e.id)).not.toContain(id(2));
  });

  it("reads back only well-formed entries and survives any stored value", () => {
    const raw = JSON.stringify([entry(1), { id: "../x", name: "bad", lastOpenedAt: "" }, entry(1), 42, entry(2)]);
    expect(parseRegistry(raw).map((e) => e.id)).toEqual([id(1), id(2)]);
    for (const bad of [null, "", "{", "{}", "null", "x".repeat(2_000_000)]) expect(parseRegistry(bad)).toEqual([]);
  });

  it("forgets one build", () => {
    expect(forgetEntry([entry(1), entry(2)], id(1)).map((e) => e.id)).toEqual([id(2)]);
  });
});

describe("owner keys file", () => {
  const keys = [{ id: id(1), name: "Box", token: "tok_en-1" }];

  it("round-trips through export and import", () => {
    const text = ownerKeysFile(keys, new Date("2026-12-01T10:00:00Z"), "http://localhost:3000");
    expect(JSON.parse(text)).toMatchObject({ format: "dlbox-owner-keys", version: 1, exportedAt: "2026-12-01T10:00:00.000Z" });
    expect(parseOwnerKeysFile(text)).toEqual({ ok: true, keys });
  });

  it("says why a file is not an owner-keys file", () => {
    expect(parseOwnerKeysFile("not json")).toMatchObject({ ok: false, error: expect.stringContaining("not JSON") });
    expect(parseOwnerKeysFile("{}")).toMatchObject({ ok: false, error: expect.stringContaining("Not an owner-keys file") });
    const badToken = JSON.stringify({ format: "dlbox-owner-keys", version: 1, builds: [{ id: id(1), token: "has space" }] });
    expect(parseOwnerKeysFile(badToken)).toMatchObject({ ok: false, error: expect.stringContaining("builds.0.token") });
    expect(parseOwnerKeysFile(" ".repeat(1_000_001))).toMatchObject({ ok: false, error: expect.stringContaining("larger") });
  });

  it("keeps the first key of a build listed twice", () => {
    const text = JSON.stringify({ format: "dlbox-owner-keys", version: 1, builds: [keys[0], { ...keys[0], token: "other" }] });
    expect(parseOwnerKeysFile(text)).toEqual({ ok: true, keys });
  });
});
