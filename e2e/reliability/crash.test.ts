import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startAppServer, type AppServer } from "./support/app-server";
import { catalogPartIds, createBuild, draftFor, fingerprint, inPool, readBuild, updateBuild, type Draft } from "./support/build-api";

// Kill -9 of the production server while writes are in flight, then a restart on the same
// database: every acknowledged write must be there, whole, and an interrupted one is either
// fully applied or not at all.
//
// Why this holds: the server answers 2xx only after its transaction committed. On SQLite the
// database runs in WAL mode (lib/db/migrate-sqlite.ts); a commit is a single append of the
// transaction's pages plus a commit frame to the WAL, and SIGKILL ends the process but not the
// kernel, which still holds every write() the process made, so committed frames survive. On the
// next open SQLite replays the WAL up to the last commit frame and ignores a trailing partial
// transaction, so an interrupted write leaves no trace: an edit is one transaction (header update,
// item delete and insert, lib/db/builds.ts) and so is a create with its items (Prisma runs a
// nested create in one transaction). On PostgreSQL a commit returns only once its WAL record is
// flushed (synchronous_commit on), and a transaction whose backend's client dies before COMMIT
// is rolled back, so again only whole transactions exist after the restart.

const WRITERS = 8;
const KILL_AFTER_MS = 8_000;

let server: AppServer;
let partIds: string[];

beforeAll(async () => {
  server = await startAppServer({ port: 3231, env: { WRITE_RATE_LIMIT_PER_MINUTE: "1000000" } });
  partIds = await catalogPartIds(server.baseUrl);
});

afterAll(async () => {
  await server?.stop();
});

interface Tracked {
  id: string;
  token: string;
  acknowledged: { version: number; fingerprint: string };
  /** The edit sent but not answered when the server died, if any. */
  inFlight: { version: number; fingerprint: string } | null;
}

describe("SIGKILL during writes", () => {
  it("keeps every acknowledged write and never half-applies an interrupted one", async () => {
    const builds: Tracked[] = [];
    let stopping = false;
    let sequence = 0;
    let createsInFlight = 0;
    let editsInFlight = 0;
    let editsAcknowledged = 0;
    const rejected: string[] = [];

    // Each writer creates a build now and then and otherwise edits one of its own, until a
    // request fails because the server is gone.
    const writer = async (index: number) => {
      const mine: Tracked[] = [];
      while (!stopping) {
        const draft: Draft = draftFor(partIds, `w${index}-${++sequence}`);
        if (mine.length === 0 || Math.random() < 0.3) {
          createsInFlight += 1;
          const created = await createBuild(server.baseUrl, draft).catch(() => null);
          createsInFlight -= 1;
          if (!created) return;
          if (created.status !== 201) rejected.push(`POST ${created.status}`);
          else {
            const build = { id: created.body.id, token: created.body.editToken, acknowledged: { version: 1, fingerprint: fingerprint(draft) }, inFlight: null };
            mine.push(build);
            builds.push(build);
          }
          continue;
        }
        const build = mine[Math.floor(Math.random() * mine.length)]!;
        const version = build.acknowledged.version;
        build.inFlight = { version: version + 1, fingerprint: fingerprint(draft) };
        editsInFlight += 1;
        const updated = await updateBuild(server.baseUrl, build.id, build.token, version, draft).catch(() => null);
        editsInFlight -= 1;
        if (!updated) return; // Connection lost: inFlight stays recorded for the check below.
        if (updated.status !== 200) rejected.push(`PUT ${updated.status}`);
        else {
          build.acknowledged = build.inFlight;
          editsAcknowledged += 1;
        }
        build.inFlight = null;
      }
    };

    const writers = Array.from({ length: WRITERS }, (_, index) => writer(index));
    await new Promise((resolve) => setTimeout(resolve, KILL_AFTER_MS));
    const inFlightAtKill = createsInFlight + editsInFlight;
    const acknowledgedBeforeKill = builds.length;
    await server.kill("SIGKILL");
    // Every writer ends on its first failed request; none may still be writing after this.
    const ended = await Promise.race([Promise.all(writers).then(() => true), new Promise((resolve) => setTimeout(() => resolve(false), 30_000))]);
    stopping = true;
    expect(ended, "writers did not notice the killed server").toBe(true);
    expect(rejected).toEqual([]);
    expect(inFlightAtKill, "the kill should land while writes are in flight").toBeGreaterThan(0);
    expect(acknowledgedBeforeKill).toBeGreaterThan(WRITERS);

    await server.restart();

    const outcomes = { atAcknowledged: 0, interruptedApplied: 0, interruptedLost: 0 };
    const broken: string[] = [];
    await inPool(builds, 16, async (build) => {
      const read = await readBuild(server.baseUrl, build.id);
      if (read.status !== 200) return void broken.push(`${build.id}: GET ${read.status} (acknowledged v${build.acknowledged.version})`);
      const stored = { version: read.body.version, fingerprint: fingerprint(read.body) };
      const same = (state: { version: number; fingerprint: string } | null) => state !== null && state.version === stored.version && state.fingerprint === stored.fingerprint;
      if (same(build.acknowledged)) {
        outcomes[build.inFlight ? "interruptedLost" : "atAcknowledged"] += 1;
      } else if (same(build.inFlight)) {
        outcomes.interruptedApplied += 1;
      } else {
        broken.push(`${build.id}: stored v${stored.version} ${stored.fingerprint}; acknowledged ${JSON.stringify(build.acknowledged)}, in flight ${JSON.stringify(build.inFlight)}`);
      }
    });
    expect(broken).toEqual([]);

    // Healthy again: health answers, and new writes and the version check work as before.
    expect((await fetch(`${server.baseUrl}/api/health`)).status).toBe(200);
    const fresh = draftFor(partIds, "after-restart");
    const created = await createBuild(server.baseUrl, fresh);
    expect(created.status).toBe(201);
    const edit = draftFor(partIds, "after-restart-edit");
    expect((await updateBuild(server.baseUrl, created.body.id, created.body.editToken, 1, edit)).status).toBe(200);
    expect((await updateBuild(server.baseUrl, created.body.id, created.body.editToken, 1, fresh)).status).toBe(409);
    const reread = await readBuild(server.baseUrl, created.body.id);
    expect(reread.body.version).toBe(2);
    expect(fingerprint(reread.body)).toBe(fingerprint(edit));

    console.log(
      JSON.stringify({
        test: "sigkill-during-writes",
        writers: WRITERS,
        killAfterMs: KILL_AFTER_MS,
        buildsAcknowledged: builds.length,
        editsAcknowledged,
        writesInFlightAtKill: inFlightAtKill,
        ...outcomes,
      }),
    );
  });
});
