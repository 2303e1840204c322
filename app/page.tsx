import Link from "next/link";
import { BuildPartsTable } from "@/components/builds/build-parts-table";
import { StatusBadge } from "@/components/builds/status-badge";
import { CategoryGrid } from "@/components/parts/category-grid";
import { getDb } from "@/lib/db/client";
import { loadHome } from "@/lib/services/home";

export const dynamic = "force-dynamic";

const STEPS = [
  { title: "Pick real parts", body: "A catalog with the specs that matter for training: VRAM, compute capability, bandwidth, board power, lengths and connectors." },
  { title: "Check it", body: "Every fit and power check a builder expects, plus the deep-learning ones: RAM vs VRAM, PCIe lanes per GPU, framework support." },
  { title: "Set it up", body: "A provisioning script for Ubuntu matched to the build's GPUs: the right driver branch, CUDA and framework wheels." },
  { title: "Verify it", body: "A benchmark checklist with the numbers this build should reach, and a script that measures them." },
];

export default async function HomePage() {
  const { example, counts } = await loadHome(getDb());
  return (
    <div className="space-y-12">
      <section className="space-y-4">
        <h1 className="max-w-3xl text-3xl font-bold tracking-tight sm:text-4xl">Plan your deep-learning box, from parts to first training run.</h1>
        <p className="max-w-2xl text-lg text-zinc-600 dark:text-zinc-400">
          Tired of the cloud GPU bill? Assemble a build from real parts, catch incompatibilities and power problems before you order,
          then get a setup script and a benchmark checklist made for exactly that hardware.
        </p>
        <div className="flex flex-wrap gap-3">
          <Link href="/builds/new" className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-600">Start a build</Link>
          <Link href="/parts" className="rounded-md border border-zinc-300 px-4 py-2 font-medium hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-800">Browse the catalog</Link>
        </div>
      </section>

      <section aria-labelledby="steps" className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <h2 id="steps" className="sr-only">How it works</h2>
        {STEPS.map((step, i) => (
          <div key={step.title} className="rounded-lg border border-zinc-200 p-4 dark:border-zinc-800">
            <p className="text-sm font-semibold text-brand-700 dark:text-brand-500">Step {i + 1}</p>
            <h3 className="mt-1 font-semibold">{step.title}</h3>
            <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">{step.body}</p>
          </div>
        ))}
      </section>

      {example ? (
        <section aria-labelledby="example" className="space-y-4 rounded-xl border border-zinc-200 p-5 dark:border-zinc-800" data-testid="example-build">
          <div className="flex flex-wrap items-center justify-between gap-3">
            <div>
              <p className="text-sm text-zinc-600 dark:text-zinc-400">Example build</p>
              <h2 id="example" className="text-xl font-semibold">{example.build.name}</h2>
            </div>
            <div className="flex items-center gap-3">
              <StatusBadge status={example.analysis.status} />
              <Link href={`/b/${example.build.id}`} className="text-sm font-medium text-brand-700 hover:underline dark:text-brand-500">Open build →</Link>
            </div>
          </div>
          {example.build.notes ? <p className="text-sm text-zinc-600 dark:text-zinc-400">{example.build.notes}</p> : null}
          <BuildPartsTable cost={example.analysis.cost} links={example.links} caption={`Parts of ${example.build.name}`} />
          <p className="text-sm text-zinc-600 dark:text-zinc-400">
            Estimated load {example.analysis.power.estimatedW} W · recommended PSU {example.analysis.power.recommendedPsuW} W
          </p>
        </section>
      ) : null}

      <section aria-labelledby="catalog" className="space-y-4">
        <h2 id="catalog" className="text-xl font-semibold">Browse the catalog</h2>
        <CategoryGrid counts={counts} />
      </section>
    </div>
  );
}
