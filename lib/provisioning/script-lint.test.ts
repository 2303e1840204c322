import { rmSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { lintScript } from "./script-lint";
import { bashSyntax, shellcheck, tempDir, writeScripts } from "./test-shell";

// The four bugs of the 2017 script, one per snippet: the gates must catch every one of them.
const BUGS = {
  "apt-get.sh": "#!/bin/bash\napt-get x11vnc\n",
  "constant.sh": '#!/bin/bash\ncompile_tensorflow="$1"\n[[ compile_tensorflow == "true" ]] && echo build\necho "$compile_tensorflow"\n',
  "continuation.sh": "#!/bin/bash\necho one \\ \n  two\n",
  "heredoc.sh": "#!/bin/bash\ncat <<EOF > /tmp/x\nhello\nEOF \necho after\n",
};

describe("lintScript", () => {
  it("flags each 2017 bug class", () => {
    expect(lintScript(BUGS["apt-get.sh"]).map((f) => f.rule)).toEqual(["apt-get-subcommand"]);
    expect(lintScript(BUGS["constant.sh"]).map((f) => f.rule)).toEqual(["constant-test"]);
    expect(lintScript(BUGS["continuation.sh"]).map((f) => [f.rule, f.line])).toEqual([["continuation-space", 2]]);
    expect(lintScript(BUGS["heredoc.sh"]).map((f) => [f.rule, f.line])).toEqual([
      ["heredoc", 2],
      ["trailing-space", 4],
    ]);
  });

  it("accepts correct commands, here-strings and comments", () => {
    const clean = [
      "#!/bin/bash",
      "# apt-get x11vnc in a comment is not a command",
      "run env DEBIAN_FRONTEND=noninteractive apt-get install -y curl",
      "apt-get -q update",
      'count=$(grep -c x <<< "$listing")',
      '[[ "$flag" == true ]] && echo yes',
      "echo a \\",
      "  b",
    ].join("\n");
    expect(lintScript(clean)).toEqual([]);
  });
});

describe("shellcheck and bash -n as gates", () => {
  it("report the quoting, continuation and heredoc bugs that bash itself runs silently", () => {
    const dir = tempDir("dlbox-bugs");
    const files = writeScripts(dir, BUGS);
    const all = shellcheck(files);
    const heredoc = bashSyntax(files[3] ?? "");
    rmSync(dir, { recursive: true, force: true });
    const codes = (name: string) => all.filter((f) => f.file.endsWith(name)).map((f) => f.code);
    expect(codes("constant.sh")).toContain(2050);
    expect(codes("continuation.sh")).toContain(1101);
    expect(codes("heredoc.sh")).toContain(1118);
    // bash -n exits 0 here; only its warning on stderr gives the heredoc bug away.
    expect(heredoc.ok).toBe(true);
    expect(heredoc.stderr).toMatch(/here-document .* delimited by end-of-file/);
  });
});
