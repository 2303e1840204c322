import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { load, round } from "../../bench/support/stats";
import { startAppServer, type AppServer } from "./support/app-server";
import { catalogPartIds, createBuild, draftFor, fingerprint, inPool, readBuild, updateBuild, type Draft } from "./support/build-api";

// Many clients writing at once must never lose an acknowledged write or store half of one:
// every 2xx is recorded with the content that was sent, and the database is checked against
// that ledger afterwards. Only HTTP and the AppServer object are used, so the same test runs
// on SQLite and PostgreSQL (DLBOX_TEST_DB).

const CLIENTS = 32;
const SECONDS = 30;
const CONTENDERS = 16;
const ROUNDS = 40;

let server: AppServer;
let partIds: string[];

beforeAll(async () => {
  server = await startAppServer({ port: 3230, env: { WRITE_RATE_LIMIT_PER_MINUTE: "1000000" } });
  partIds = await catalogPartIds(server.baseUrl);
});

afterAll(async () => {
  await server?.stop();
});

interface Owned {
  id: string;
  token: string;
  /** Last acknowledged version and the fingerprint of the content sent with it. */
  version: number;
  fingerprint: string;
}

describe("concurrent writers", () => {
  it(`${CLIENTS} clients creating, editing and reading their builds for ${SECONDS} s lose nothing`, async () => {
    const owned: Owned[][] = Array.from({ length: CLIENTS }, () => []);
    const statuses = new Map<string, number>();
    const problems: string[] = [];
    const counts = { creates: 0, edits: 0, reads: 0 };
    let sequence = 0;
    const note = (what: string, status: number) => statuses.set(`${what} ${status}`, (statuses.get(`${what} ${status}`) ?? 0) + 1);
    const problem = (message: string) => {
      if (problems.length < 20) problems.push(message);
      return false;
    };

    const step = async (client: number): Promise<boolean> => {
      const mine = owned[client]!;
      const dice = Math.random();
      const tag = `c${client}-${++sequence}`;
      if (mine.length === 0 || dice < 0.25) {
        const draft = draftFor(partIds, tag);
        const created = await createBuild(server.baseUrl, draft);
        note("POST", created.status);
        if (created.status !== 201) return problem(`POST ${created.status} ${JSON.stringify(created.body)}`);
        mine.push({ id: created.body.id, token: created.body.editToken, version: 1, fingerprint: fingerprint(draft) });
        counts.creates += 1;
        return true;
      }
      const build = mine[Math.floor(Math.random() * mine.length)]!;
      if (dice < 0.85) {
        const draft: Draft = draftFor(partIds, tag);
        const updated = await updateBuild(server.baseUrl, build.id, build.token, build.version, draft);
        note("PUT", updated.status);
        // Only this client edits this build, with the version it was last given: anything but 200 is a bug.
        if (updated.status !== 200) return problem(`PUT ${build.id} v${build.version}: ${updated.status} ${JSON.stringify(updated.body)}`);
        if (updated.body.version !== build.version + 1) return problem(`PUT ${build.id} answered version ${updated.body.version} after ${build.version}`);
        if (fingerprint(updated.body) !== fingerprint(draft)) return problem(`PUT ${build.id} answered content other than what was sent`);
        build.version += 1;
        build.fingerprint = fingerprint(draft);
        counts.edits += 1;
        return true;
      }
      const read = await readBuild(server.baseUrl, build.id);
      note("GET", read.status);
      counts.reads += 1;
      if (read.status !== 200) return problem(`GET ${build.id}: ${read.status}`);
      // Read-your-writes: the writer's own last acknowledged state, never an older or mixed one.
      if (read.body.version !== build.version || fingerprint(read.body) !== build.fingerprint) {
        return problem(`GET ${build.id}: v${read.body.version} ${fingerprint(read.body)}, acknowledged v${build.version} ${build.fingerprint}`);
      }
      return true;
    };

    const run = await load(CLIENTS, SECONDS * 1000, step);
    const elapsedS = run.requests / run.rps;
    const acknowledged = counts.creates + counts.edits;

    // Afterwards every acknowledged build holds exactly its last acknowledged version's content.
    const all = owned.flat();
    const mismatches: string[] = [];
    await inPool(all, 16, async (build) => {
      const read = await readBuild(server.baseUrl, build.id);
      if (read.status !== 200) mismatches.push(`${build.id}: GET ${read.status}`);
      else if (read.body.version !== build.version) mismatches.push(`${build.id}: stored v${read.body.version}, acknowledged v${build.version}`);
      else if (fingerprint(read.body) !== build.fingerprint) mismatches.push(`${build.id} v${build.version}: stored content differs from the acknowledged content`);
    });

    console.log(
      JSON.stringify({
        test: "concurrent-writers",
        clients: CLIENTS,
        seconds: round(elapsedS),
        acknowledgedWrites: acknowledged,
        creates: counts.creates,
        edits: counts.edits,
        reads: counts.reads,
        writesPerSecond: round(acknowledged / elapsedS),
        requestP95Ms: round(run.p95Ms),
        buildsChecked: all.length,
        statuses: Object.fromEntries(statuses),
      }),
    );
    expect(problems).toEqual([]);
    expect(run.errors).toBe(0);
    expect([...statuses.keys()].filter((key) => / 5\d\d$/.test(key))).toEqual([]);
    expect(mismatches).toEqual([]);
    expect(all.length).toBe(counts.creates);
    // A run that barely wrote would prove little; 2 cores manage far more than this.
    expect(counts.edits).toBeGreaterThan(CLIENTS * 5);
  });

  it(`${CONTENDERS} clients editing one build at the same version: exactly one wins each of ${ROUNDS} rounds`, async () => {
    const first = draftFor(partIds, "contended-start");
    const created = await createBuild(server.baseUrl, first);
    expect(created.status).toBe(201);
    const { id, editToken } = created.body;
    const tally = { ok: 0, conflict: 0 };

    for (let version = 1; version <= ROUNDS; version++) {
      const drafts = Array.from({ length: CONTENDERS }, (_, contender) => draftFor(partIds, `contended-v${version}-${contender}`));
      const answers = await Promise.all(drafts.map((draft) => updateBuild(server.baseUrl, id, editToken, version, draft)));
      const winners = answers.flatMap((answer, contender) => (answer.status === 200 ? [contender] : []));
      const losers = answers.filter((answer) => answer.status === 409);
      expect(winners, `round ${version}`).toHaveLength(1);
      expect(losers, `round ${version}: statuses ${answers.map((a) => a.status).join(",")}`).toHaveLength(CONTENDERS - 1);
      for (const loser of losers) expect(loser.body.currentVersion).toBe(version + 1);
      const winner = winners[0]!;
      expect(answers[winner]!.body.version).toBe(version + 1);

      // The stored content is the winner's, whole: none of the losers' items or header leaked in.
      const stored = await readBuild(server.baseUrl, id);
      expect(stored.body.version).toBe(version + 1);
      expect(fingerprint(stored.body)).toBe(fingerprint(drafts[winner]!));
      tally.ok += 1;
      tally.conflict += losers.length;
    }

    const final = await readBuild(server.baseUrl, id);
    expect(final.body.version).toBe(ROUNDS + 1);
    console.log(JSON.stringify({ test: "contended-edits", contenders: CONTENDERS, rounds: ROUNDS, accepted: tally.ok, conflicts: tally.conflict, finalVersion: final.body.version }));
  });
});
