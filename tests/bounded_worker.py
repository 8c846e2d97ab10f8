"""Analyse inputs under a memory cap (for tests/test_limits.py): one JSON request per line on
stdin ({"data": base64, "name": ..., "suffix": ...}), one JSON answer per line on stdout.

The cap is the address-space limit of this process (`resource.RLIMIT_AS`), so an input that
needs more memory fails here with MemoryError instead of taking the machine down."""
import base64
import json
import os
import resource
import sys
import time

os.environ.setdefault("OMP_NUM_THREADS", "1")
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def main() -> None:
    cap = int(sys.argv[1]) * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
    from claims import nlp
    from claims.analyze import analyze_document
    from claims.errors import ClaimsError
    from claims.ingest import read_bytes

    nlp.get_pipeline("vi", pretokenized=True)
    print(json.dumps({"ready": True}), flush=True)
    for line in sys.stdin:
        req = json.loads(line)
        data = base64.b64decode(req["data"])
        started = time.perf_counter()
        try:
            reports = analyze_document(read_bytes(data, req["name"], suffix=req.get("suffix")))
            out = {"ok": True, "sentences": sum(len(r.sentences) for r in reports)}
        except ClaimsError as exc:
            out = {"ok": False, "error": str(exc)}
        except MemoryError:
            out = {"crash": "MemoryError"}
        except Exception as exc:  # what the test is looking for: anything but a clear error
            out = {"crash": f"{type(exc).__name__}: {exc}"}
        out["seconds"] = time.perf_counter() - started
        out["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(json.dumps(out), flush=True)


if __name__ == "__main__":
    main()
