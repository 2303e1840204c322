import type { Verdict } from "@/lib/benchmark";

export const muted = "text-zinc-600 dark:text-zinc-400";

// Text, not colour alone, carries the verdict; the colours only repeat it.
export const VERDICT_TEXT: Record<Verdict, string> = {
  pass: "text-emerald-800 dark:text-emerald-300",
  below: "text-red-700 dark:text-red-400",
  not_measured: muted,
};

export const VERDICT_BAR: Record<Verdict, string> = {
  pass: "bg-emerald-600 dark:bg-emerald-500",
  below: "bg-red-600 dark:bg-red-500",
  not_measured: "bg-zinc-400",
};

export const button = "rounded-md border border-zinc-300 px-3 py-1.5 text-sm hover:bg-zinc-100 disabled:opacity-60 dark:border-zinc-700 dark:hover:bg-zinc-800";
