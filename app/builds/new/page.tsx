import type { Metadata } from "next";
import { Builder } from "@/components/builder/builder";
import { EMPTY_STATE } from "@/components/builder/draft-state";

export const metadata: Metadata = { title: "New build" };

export default function NewBuildPage() {
  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <h1 className="text-2xl font-bold tracking-tight">New build</h1>
        <p className="text-zinc-600 dark:text-zinc-400">Add parts slot by slot; compatibility, power and the total update as you go.</p>
      </header>
      <Builder mode={{ kind: "new" }} initialState={EMPTY_STATE} initialAnalysis={null} />
    </div>
  );
}
