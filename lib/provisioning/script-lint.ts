// Static checks for the bug classes that broke the 2017 script and that neither `bash -n` nor
// every shellcheck version reports. Run by the tests on every generated script.

import { trimEndChars } from "../text/trim";

export interface LintFinding {
  line: number;
  rule: "apt-get-subcommand" | "constant-test" | "continuation-space" | "heredoc" | "trailing-space";
  text: string;
}

const APT_GET_COMMANDS = new Set([
  "update", "upgrade", "install", "reinstall", "remove", "purge", "autoremove", "dist-upgrade",
  "full-upgrade", "clean", "autoclean", "check", "download", "source", "build-dep", "satisfy",
]);

function aptGetWithoutCommand(code: string): boolean {
  for (const match of code.matchAll(/(?:^|[\s;&|(])apt-get((?:\s+\S+)*)/g)) {
    const words = (match[1] ?? "").trim().split(/\s+/).map((w) => w.replace(/^['"]|['"]$/g, ""));
    const command = words.find((w) => !w.startsWith("-"));
    if (!command || !APT_GET_COMMANDS.has(command)) return true;
  }
  return false;
}

export function lintScript(script: string): LintFinding[] {
  const findings: LintFinding[] = [];
  script.split("\n").forEach((text, index) => {
    const line = index + 1;
    const add = (rule: LintFinding["rule"]) => findings.push({ line, rule, text });
    const trimmed = trimEndChars(text, " \t");
    if (trimmed !== text) add(trimmed.endsWith("\\") ? "continuation-space" : "trailing-space");
    if (/^\s*#/.test(text)) return;
    // A heredoc terminator with a stray space swallows the rest of the file; we write none.
    if (/(?<!<)<<(?!<)/.test(text)) add("heredoc");
    if (aptGetWithoutCommand(text)) add("apt-get-subcommand");
    // `[[ word == ... ]]` compares a literal, not a variable: always true or always false.
    if (/\[\[\s+(?:!\s*)?[A-Za-z_][A-Za-z0-9_]*\s+(==|!=|=)\s/.test(text)) add("constant-test");
  });
  return findings;
}
