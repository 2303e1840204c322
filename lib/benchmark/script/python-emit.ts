import { MAX_STRING, RESULT_SCHEMA_NAME, RESULT_SCHEMA_VERSION, UNIT_MAX } from "../result-schema";

/**
 * Writes the result document from the script's scratch files with Python's json module, so
 * quotes, backslashes and odd bytes in model names cannot break the JSON. Values outside the
 * schema's bounds become "failed" rather than an invalid document.
 */
const PY_EMIT = String.raw`
import json, math, sys

work, mode, started, finished = sys.argv[1:5]


def rows(name):
    try:
        with open(work + "/" + name, encoding="utf-8", errors="replace") as f:
            return [line.rstrip("\n").split("\t") for line in f if line.strip()]
    except OSError:
        return []


def text(value):
    return str(value)[:MAX_STRING]


def num(value, lo=0.0, hi=1e9, integer=False):
    try:
        v = float(value)
    except (TypeError, ValueError):
        return None
    if not math.isfinite(v) or v < lo or v > hi:
        return None
    return int(round(v)) if integer or v.is_integer() else round(v, 3)


def cell(row, i):
    return row[i] if len(row) > i else ""


meta = {r[0]: cell(r, 1) for r in rows("meta.tsv")}
gpus = [
    {"index": num(cell(g, 0), 0, 99, True), "name": text(cell(g, 1)), "vramMb": num(cell(g, 2), 0, 1048576),
     "driver": text(cell(g, 3)) or None, "pcieGen": num(cell(g, 4), 1, 10, True), "pcieWidth": num(cell(g, 5), 1, 32, True)}
    for g in rows("gpus.tsv")
]
drives = [
    {"name": text(cell(d, 0)), "model": text(cell(d, 1)), "sizeGb": num(cell(d, 2), 0, 1e6),
     "rotational": {"1": True, "0": False}.get(cell(d, 3)), "transport": text(cell(d, 4) or "unknown")}
    for d in rows("drives.tsv")
]
records = {}
for r in rows("records.tsv"):
    records[cell(r, 0)] = r
measurements = []
for p in rows("plan.tsv"):
    r = records.get(p[0], [p[0], "not_measured", "", cell(p, 3), "not run"])
    status, unit, note = cell(r, 1), text(cell(p, 3)), text(cell(r, 4))
    value = num(cell(r, 2), 0, UNIT_MAX.get(unit, 1e9)) if status == "measured" else None
    if status == "measured" and value is None:
        status, note = "failed", text("implausible value %r; %s" % (cell(r, 2), note))
    if status not in ("measured", "not_measured", "failed"):
        status, value = "failed", None
    m = {"id": p[0], "value": value, "unit": unit, "status": status}
    if note:
        m["note"] = note
    measurements.append(m)
missing_tools = []
for (tool,) in (r[:1] for r in rows("missing.txt")):
    if tool not in missing_tools:
        missing_tools.append(text(tool))
machine = {
    "cpu": {"model": text(meta.get("cpuModel") or "unknown"), "cores": num(meta.get("cpuCores"), 1, 4096, True),
            "threads": num(meta.get("cpuThreads"), 1, 16384, True)},
    "memory": {"totalGb": num(meta.get("memTotalGb"), 0, 1048576), "speedMts": num(meta.get("memSpeedMts"), 1, 100000, True)},
    "gpus": [g for g in gpus if g["index"] is not None][:100],
    "drives": drives[:256],
    "os": text(meta.get("os") or "unknown"),
}
for key in ("driver", "cuda"):
    if meta.get(key):
        machine[key] = text(meta[key])
doc = {"schema": SCHEMA, "schemaVersion": VERSION, "mode": mode, "startedAt": started, "finishedAt": finished,
       "machine": machine, "measurements": measurements, "missingTools": missing_tools[:100]}
print(json.dumps(doc, indent=2, ensure_ascii=False))
`;

export function pythonEmitProgram(): string {
  const head =
    `SCHEMA = ${JSON.stringify(RESULT_SCHEMA_NAME)}\nVERSION = ${RESULT_SCHEMA_VERSION}\n` +
    `MAX_STRING = ${MAX_STRING}\nUNIT_MAX = ${JSON.stringify(UNIT_MAX)}\n`;
  return head + PY_EMIT;
}
