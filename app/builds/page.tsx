import type { Metadata } from "next";
import { MyBuilds } from "@/components/my-builds/my-builds";

export const metadata: Metadata = { title: "My builds", referrer: "no-referrer" };

export default function MyBuildsPage() {
  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <h1 className="text-2xl font-bold tracking-tight">My builds</h1>
        <p className="max-w-2xl text-zinc-600 dark:text-zinc-400">
          Builds you saved, forked or opened in this browser. The list and the owner keys live only here: export the keys to a file to edit your builds from another browser.
        </p>
      </header>
      <MyBuilds />
    </div>
  );
}
