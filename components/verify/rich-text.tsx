import { splitCodeSpans } from "@/lib/benchmark/code-spans";

/** Checklist template text with its `command` spans shown as code. */
export function RichText({ text }: { text: string }) {
  return (
    <>
      {splitCodeSpans(text).map((span, i) =>
        span.code ? <code key={i} className="break-all rounded bg-zinc-100 px-1 py-0.5 font-mono text-xs dark:bg-zinc-900">{span.text}</code> : <span key={i}>{span.text}</span>,
      )}
    </>
  );
}
