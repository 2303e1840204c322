import type { Metadata } from "next";
import { ImportForm } from "@/components/import/import-form";

export const metadata: Metadata = { title: "Import a part list" };

export default function ImportPage() {
  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <h1 className="text-2xl font-bold tracking-tight">Import a part list</h1>
        <p className="text-zinc-600 dark:text-zinc-400">
          Bring a PCPartPicker list (or a JSON export from this site): each line is matched to the catalog, and anything without a confident match stays a custom part with its name and price.
        </p>
      </header>
      <ImportForm />
    </div>
  );
}
