"use client";

import Link from "next/link";
import { forgetBuild } from "@/components/builder/build-registry-store";
import { MyBuildRow } from "./my-build-row";
import { OwnerKeysControls } from "./owner-keys-controls";
import { useMyBuilds, type MyBuild } from "./use-my-builds";

/** Every build this browser owns or has opened, kept in this browser only. */
export function MyBuilds() {
  const { builds, error, reload } = useMyBuilds();

  function forget(build: MyBuild) {
    const name = build.summary?.name ?? (build.name || "this build");
    const question = build.owned
      ? `Forget “${name}” in this browser? Its owner key is removed from here: without the owner link or an exported key file, you cannot edit it from this browser again. The build itself is not deleted.`
      : `Remove “${name}” from this list? The build itself is not changed.`;
    if (!window.confirm(question)) return;
    forgetBuild(build.id);
    void reload();
  }

  if (builds === null) return <p className="text-sm text-zinc-600 dark:text-zinc-400">Loading…</p>;
  return (
    <div className="space-y-6">
      <OwnerKeysControls builds={builds} onImported={() => void reload()} />
      {error ? <p role="alert" className="text-sm text-red-700 dark:text-red-400">Could not load the builds: {error}</p> : null}
      {builds.length === 0 ? (
        <div className="rounded-lg border border-dashed border-zinc-300 p-6 text-center dark:border-zinc-700" data-testid="my-builds-empty">
          <p className="font-medium">No builds in this browser yet.</p>
          <p className="text-sm text-zinc-600 dark:text-zinc-400">
            <Link href="/builds/new" className="underline">Start a build</Link>, open a shared one, or import owner keys exported from another browser.
          </p>
        </div>
      ) : (
        <ul className="divide-y divide-zinc-200 rounded-lg border border-zinc-200 px-4 dark:divide-zinc-800 dark:border-zinc-800" data-testid="my-builds">
          {builds.map((b) => <MyBuildRow key={b.id} build={b} onForget={forget} />)}
        </ul>
      )}
    </div>
  );
}
