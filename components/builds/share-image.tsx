import { ImageResponse } from "next/og";
import { fontSafe } from "@/lib/builds/preview-text";
import type { SharePreview } from "@/lib/builds/share-preview";
import type { CompatStatus } from "@/lib/compat/types";
import { PREVIEW_IMAGE } from "@/lib/services/share-preview";

const STATUS_COLORS: Record<CompatStatus, { bg: string; fg: string }> = {
  compatible: { bg: "#064e3b", fg: "#a7f3d0" },
  warnings: { bg: "#78350f", fg: "#fde68a" },
  incompatible: { bg: "#7f1d1d", fg: "#fecaca" },
  incomplete: { bg: "#3f3f46", fg: "#e4e4e7" },
};

// A long name without spaces would run off the canvas: it breaks anywhere, on at most two lines,
// and ends with an ellipsis when even that is not enough.
const NAME_STYLE = { display: "block", fontSize: 60, lineHeight: 1.1, maxWidth: 1072, wordBreak: "break-word", lineClamp: 2, overflow: "hidden" } as const;

const GPU_STYLE = { display: "block", fontSize: 36, color: "#d4d4d8", maxWidth: 1072, whiteSpace: "nowrap", overflow: "hidden", textOverflow: "ellipsis" } as const;

const clip = (text: string, max: number) => {
  const safe = fontSafe(text);
  return safe.length > max ? `${safe.slice(0, max - 1)}…` : safe;
};

/**
 * The 1200x630 PNG a pasted /b/<id> link unfurls to. Rendered by next/og with its bundled font
 * (no fontFamily and no fonts option) and only characters that font has (fontSafe), so it needs no
 * network. Satori wants display:flex on every
 * element with more than one child.
 */
export function sharePreviewImage(preview: SharePreview): ImageResponse {
  const status = STATUS_COLORS[preview.status];
  const gpus = preview.gpus.length > 0 ? preview.gpus.slice(0, 3).map((g) => clip(g, 48)) : ["No GPU yet"];
  return new ImageResponse(
    (
      <div style={{ width: "100%", height: "100%", display: "flex", flexDirection: "column", justifyContent: "space-between", padding: 64, background: "#09090b", color: "#fafafa" }}>
        <div style={{ display: "flex", fontSize: 28, color: "#34d399" }}>DL Box Planner · deep-learning build</div>
        <div style={{ display: "flex", flexDirection: "column", gap: 18 }}>
          <div style={NAME_STYLE}>{clip(preview.name, 80)}</div>
          {gpus.map((gpu, i) => <div key={i} style={GPU_STYLE}>{gpu}</div>)}
        </div>
        <div style={{ display: "flex", alignItems: "center", justifyContent: "space-between" }}>
          <div style={{ display: "flex", fontSize: 56 }}>{clip(preview.total, 24)}</div>
          <div style={{ display: "flex", fontSize: 32, padding: "10px 26px", borderRadius: 999, background: status.bg, color: status.fg }}>{clip(preview.statusLabel, 30)}</div>
        </div>
      </div>
    ),
    // The image follows the build's version (in the URL), so a short shared cache is enough.
    { ...PREVIEW_IMAGE, headers: { "Cache-Control": "public, max-age=300" } },
  );
}
