/**
 * GPU matmul, bandwidth and MNIST MLP in Python, fed to python3 through a quoted heredoc.
 * Each framework is optional: PyTorch first, then CuPy, then JAX for matmul and bandwidth; the
 * MNIST MLP needs PyTorch. Records go to the script's records file, logs to stderr.
 */
const PY_BODY = String.raw`
import sys, time

plan_path, mode, rec_path, miss_path = sys.argv[1:5]
QUICK = mode != "full"
SECONDS = SECONDS_QUICK if QUICK else SECONDS_FULL
KINDS = ("fp32-matmul", "fp16-matmul", "gpu-bandwidth", "mnist-mlp")


def log(msg):
    sys.stderr.write("[dl-box] %s\n" % msg)
    sys.stderr.flush()


def emit(row, status, value=None, note=""):
    text = " ".join(str(note).split())[:900]
    cell = "" if value is None else "%.3f" % value
    with open(rec_path, "a") as f:
        f.write("\t".join([row["id"], status, cell, row["unit"], text]) + "\n")


def missing(tool):
    with open(miss_path, "a") as f:
        f.write(tool + "\n")


def timed(step, wait):
    wait(step())
    t = time.perf_counter()
    wait(step())
    one = max(time.perf_counter() - t, 1e-6)
    n = max(3, min(500, int(SECONDS / one)))
    t = time.perf_counter()
    out = None
    for _ in range(n):
        out = step()
    wait(out)
    return n, time.perf_counter() - t


def matmul_size(total_bytes):
    return 8192 if total_bytes >= 4 << 30 else 4096


def copy_elems(total_bytes):
    return (1 << 28) if total_bytes >= 4 << 30 else (1 << 26)


def torch_backend():
    import torch
    if not torch.cuda.is_available():
        raise RuntimeError("PyTorch %s sees no CUDA/ROCm GPU" % torch.__version__)
    torch.backends.cuda.matmul.allow_tf32 = False

    def count():
        return torch.cuda.device_count()

    def run(kind, i):
        dev = torch.device("cuda", i)
        total = torch.cuda.get_device_properties(i).total_memory
        wait = lambda _out: torch.cuda.synchronize(dev)
        if kind == "gpu-bandwidth":
            x = torch.ones(copy_elems(total), device=dev)
            y = torch.empty_like(x)
            n, s = timed(lambda: y.copy_(x), wait)
            return 2 * x.numel() * 4 * n / s / 1e9, "torch copy of %d MiB" % (x.numel() * 4 >> 20)
        size = matmul_size(total)
        dtype = torch.float32 if kind == "fp32-matmul" else torch.float16
        a = torch.randn(size, size, device=dev, dtype=dtype)
        b = torch.randn(size, size, device=dev, dtype=dtype)
        n, s = timed(lambda: torch.matmul(a, b), wait)
        return 2 * size ** 3 * n / s / 1e12, "torch %s matmul %d^2 %s" % (torch.__version__, size, dtype)

    return "torch", count, run


def cupy_backend():
    import cupy as cp
    if cp.cuda.runtime.getDeviceCount() == 0:
        raise RuntimeError("CuPy sees no GPU")

    def run(kind, i):
        with cp.cuda.Device(i) as d:
            total = d.mem_info[1]
            wait = lambda _out: d.synchronize()
            if kind == "gpu-bandwidth":
                x = cp.ones(copy_elems(total), dtype=cp.float32)
                y = cp.empty_like(x)
                n, s = timed(lambda: cp.copyto(y, x), wait)
                return 2 * x.nbytes * n / s / 1e9, "cupy copy of %d MiB" % (x.nbytes >> 20)
            size = matmul_size(total)
            dtype = cp.float32 if kind == "fp32-matmul" else cp.float16
            a = cp.random.standard_normal((size, size), dtype=cp.float32).astype(dtype)
            b = cp.random.standard_normal((size, size), dtype=cp.float32).astype(dtype)
            n, s = timed(lambda: cp.matmul(a, b), wait)
            return 2 * size ** 3 * n / s / 1e12, "cupy matmul %d^2 %s" % (size, dtype.__name__)

    return "cupy", cp.cuda.runtime.getDeviceCount, run


def jax_backend():
    import jax
    import jax.numpy as jnp
    jax.config.update("jax_default_matmul_precision", "highest")
    gpus = [d for d in jax.devices() if d.platform in ("gpu", "cuda", "rocm")]
    if not gpus:
        raise RuntimeError("JAX sees no GPU")

    def run(kind, i):
        d = gpus[i]
        total = (d.memory_stats() or {}).get("bytes_limit", 8 << 30)
        wait = lambda out: out.block_until_ready()
        if kind == "gpu-bandwidth":
            x = jax.device_put(jnp.ones(copy_elems(total), jnp.float32), d)
            f = jax.jit(lambda v: v + 1.0)
            n, s = timed(lambda: f(x), wait)
            return 2 * x.nbytes * n / s / 1e9, "jax read+write of %d MiB" % (x.nbytes >> 20)
        size = matmul_size(total)
        dtype = jnp.float32 if kind == "fp32-matmul" else jnp.float16
        # Random operands: constant ones draw less power and can clock higher than real data.
        a = jax.device_put(jax.random.normal(jax.random.PRNGKey(0), (size, size), jnp.float32).astype(dtype), d)
        b = jax.device_put(jax.random.normal(jax.random.PRNGKey(1), (size, size), jnp.float32).astype(dtype), d)
        f = jax.jit(jnp.matmul)
        n, s = timed(lambda: f(a, b), wait)
        return 2 * size ** 3 * n / s / 1e12, "jax matmul %d^2" % size

    return "jax", lambda: len(gpus), run
`;

const PY_TAIL = String.raw`

def mnist(i):
    import torch
    import torch.nn as nn
    dev = torch.device("cuda", i)
    torch.manual_seed(0)
    x = torch.rand(60000, 784, device=dev)
    y = torch.randint(0, 10, (60000,), device=dev)
    xt = torch.rand(10000, 784, device=dev)
    model = nn.Sequential(
        nn.Linear(784, 512), nn.ReLU(), nn.Dropout(0.2),
        nn.Linear(512, 512), nn.ReLU(), nn.Dropout(0.2),
        nn.Linear(512, 10),
    ).to(dev)
    # Keras RMSprop defaults: learning rate 0.001, rho 0.9, epsilon 1e-7.
    opt = torch.optim.RMSprop(model.parameters(), lr=0.001, alpha=0.9, eps=1e-7)
    loss_fn = nn.CrossEntropyLoss()
    times = []
    for _ in range(EPOCHS_QUICK if QUICK else EPOCHS_FULL):
        torch.cuda.synchronize(dev)
        t = time.perf_counter()
        model.train()
        perm = torch.randperm(60000, device=dev)
        for s in range(0, 60000, 128):
            idx = perm[s:s + 128]
            opt.zero_grad(set_to_none=True)
            loss_fn(model(x[idx]), y[idx]).backward()
            opt.step()
        model.eval()
        with torch.no_grad():
            for s in range(0, 10000, 128):
                model(xt[s:s + 128]).argmax(1)
        torch.cuda.synchronize(dev)
        times.append(time.perf_counter() - t)
    timed_epochs = times[1:] or times
    note = "torch %s, mean of %d epochs after the first (first %.2f s)" % (torch.__version__, len(timed_epochs), times[0])
    return sum(timed_epochs) / len(timed_epochs), note


def main():
    rows = []
    with open(plan_path) as f:
        for line in f:
            p = line.rstrip("\n").split("\t")
            if len(p) >= 4 and p[1] in KINDS:
                rows.append({"id": p[0], "kind": p[1], "gpu": int(p[2]) if p[2].isdigit() else 0, "unit": p[3]})
    backend, reasons = None, []
    for load in (torch_backend, cupy_backend, jax_backend):
        try:
            backend = load()
            break
        except Exception as e:  # ImportError, or a framework without a working GPU
            reasons.append("%s: %s" % (load.__name__.replace("_backend", ""), str(e).splitlines()[0] if str(e) else type(e).__name__))
    if backend is None:
        missing("pytorch, cupy or jax with GPU support")
    elif backend[0] != "torch" and any(r["kind"] == "mnist-mlp" for r in rows):
        missing("pytorch")
    for row in rows:
        if backend is None or (row["kind"] == "mnist-mlp" and backend[0] != "torch"):
            emit(row, "not_measured", None, "; ".join(reasons) or "no GPU framework")
            continue
        name, count, run = backend
        if row["gpu"] >= count():
            emit(row, "not_measured", None, "GPU %d not visible to %s" % (row["gpu"], name))
            continue
        log("%s on GPU %d (%s)" % (row["kind"], row["gpu"], name))
        try:
            value, note = mnist(row["gpu"]) if row["kind"] == "mnist-mlp" else run(row["kind"], row["gpu"])
            emit(row, "measured", value, note)
        except Exception as e:  # out of memory, or no kernel image for this GPU (Kepler)
            emit(row, "failed", None, "%s: %s" % (type(e).__name__, str(e).splitlines()[0] if str(e) else ""))


main()
`;

export interface PythonGpuConfig {
  secondsQuick: number;
  secondsFull: number;
  epochsQuick: number;
  epochsFull: number;
}

export function pythonGpuProgram(c: PythonGpuConfig): string {
  const head =
    `SECONDS_QUICK = ${c.secondsQuick}\nSECONDS_FULL = ${c.secondsFull}\n` +
    `EPOCHS_QUICK = ${c.epochsQuick}\nEPOCHS_FULL = ${c.epochsFull}\n`;
  return head + PY_BODY + PY_TAIL;
}
