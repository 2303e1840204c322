import { describe, expect, it } from "vitest";
import { buildChecklist, NO_GPU_NOTE } from "./build-checklist";
import { CPU_ONLY_BUILD, EXAMPLE_BUILD, hostileBuild } from "./fixtures/builds";
import { escapeMarkdown, renderChecklistMarkdown } from "./render-markdown";

const meta = { generatedAt: new Date("2026-11-20T10:00:00Z") };

describe("renderChecklistMarkdown", () => {
  it("writes one unchecked GitHub checkbox per item under each section heading", () => {
    const checklist = buildChecklist(EXAMPLE_BUILD, { driverBranch: "580" });
    const md = renderChecklistMarkdown(EXAMPLE_BUILD, checklist, meta);
    const items = checklist.sections.flatMap((s) => s.items);
    expect(md.match(/^- \[ \] /gm)).toHaveLength(items.length);
    expect(md.match(/^## /gm)?.length).toBe(checklist.sections.length);
    expect(md).toContain("# Verification checklist: Deep learning box (2017)");
    expect(md).toContain("Generated 2026-11-20T10:00:00.000Z");
    expect(md).toContain("- [ ] **GPU 0 PCIe width** <!-- os.pcie-width.gpu0 -->");
    expect(md).toContain("  - Expect: At least 378 MB/s (70% of 540; rated 540 MB/s, SATA ceiling about 550).");
    expect(md).toContain("  - Reference: K80, one GK210: 1.18 s/epoch (estimate)");
  });

  it("puts a CPU-only build's note above the sections", () => {
    const md = renderChecklistMarkdown(CPU_ONLY_BUILD, buildChecklist(CPU_ONLY_BUILD), meta);
    expect(md).toContain(`> **Note:** ${NO_GPU_NOTE}`);
    expect(md.indexOf("> **Note:**")).toBeLessThan(md.indexOf("## "));
    expect(md).not.toMatch(/nvidia-smi|MNIST/);
  });

  it("escapes build and part names so they cannot inject links, HTML or code", () => {
    const build = { ...hostileBuild("/tmp/x"), name: "<script>alert(1)</script> [link](http://x) `code`\n# heading" };
    const md = renderChecklistMarkdown(build, buildChecklist(build), meta);
    const title = md.split("\n")[0];
    expect(title).toBe("# Verification checklist: \\<script\\>alert(1)\\</script\\> \\[link\\](http://x) \\`code\\` # heading");
    expect(md).not.toContain("<script>");
    expect(escapeMarkdown("a*b_c|d")).toBe("a\\*b\\_c\\|d");
  });
});
