import Link from "next/link";

export default function NotFound() {
  return (
    <div className="mx-auto max-w-md space-y-3 py-16 text-center">
      <h1 className="text-2xl font-bold">Not found</h1>
      <p className="text-zinc-600 dark:text-zinc-400">That page, part or build does not exist, or it was deleted.</p>
      <Link href="/" className="font-medium text-brand-700 hover:underline dark:text-brand-500">Go to the home page</Link>
    </div>
  );
}
