"""The batch path on Dask distributed: many inputs over the workers of a cluster.

`--cluster local[:N]` (what `--jobs N` means) starts a `LocalCluster` of N worker processes on
this machine; `--cluster tcp://HOST:8786` uses a running scheduler (`dask scheduler`, then
`dask worker tcp://HOST:8786` on each machine; see README), so the same command scales from a
laptop to many machines.

- Each worker loads the models once (`ModelsPlugin`), torch on one thread (claims.nlp).
- A task is a batch of inputs (`claims.work.run_inputs`); workers write to the shared database,
  one transaction per article, idempotent by text hash. A worker that dies mid-task loses only
  that task's unstored articles: Dask runs the task again elsewhere, and stored articles are
  skipped there (or by a rerun of the command).
- An input that failed for a reason other than itself (the database, a worker that died, a bug)
  is tried once more, alone, so an input that kills workers is found and charged alone; then
  it is reported with its reason. Bad input is reported at once.
- After every input is done, the cross-article pass runs in tasks too, each article compared
  with the articles before it in the batch's order, never in finish order
  (`claims.store.cross_check_batch`).
- Local workers end with this process: the `dask_setup` preload starts `claims.lifeline` in each
  worker before it even connects, so a `kill -9` of the command leaves none behind.
"""
from __future__ import annotations

import logging
import math
import os
import re
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Callable, Iterator, Sequence

from distributed.diagnostics.plugin import WorkerPlugin

from . import work
from .errors import ClaimsError, ClusterError, display_name
from .ingest import RawDocument

PARENT_ENV = "CLAIMS_BATCH_PARENT"  # the pid local workers watch
MAX_TASK_INPUTS = 16  # a task parses all its sentences in one call; more tasks than workers keeps them all busy
TASKS_PER_WORKER = 4  # at least this many tasks per worker, so a slow one does not hold up the end
PASS_TASK_ARTICLES = 50
_LOCAL = re.compile(r"local(?::(\d+))?")
_REMOTE = re.compile(r"(tcp|tls)://[^\s/]+:\d{1,5}")


@dataclass(frozen=True)
class ClusterSpec:
    address: str | None = None  # a running scheduler; None starts a LocalCluster
    workers: int = 1  # LocalCluster only

    def __str__(self) -> str:
        return self.address or f"local:{self.workers}"


def parse_spec(spec: str) -> ClusterSpec:
    """`local`, `local:N` or `tcp://HOST:PORT` (ClusterError otherwise)."""
    spec = spec.strip()
    m = _LOCAL.fullmatch(spec)
    if m:
        n = int(m.group(1)) if m.group(1) else (os.cpu_count() or 1)
        if not 1 <= n <= 256:
            raise ClusterError(f"--cluster {spec}: between 1 and 256 local workers")
        return ClusterSpec(None, n)
    if _REMOTE.fullmatch(spec):
        return ClusterSpec(spec)
    raise ClusterError(f"--cluster {display_name(spec)}: use local, local:N or tcp://HOST:PORT")


class ModelsPlugin(WorkerPlugin):
    """Loads the models once in each worker, before its first task (and in a worker that joins
    later). Idempotent: a second batch on the same long-running workers finds them loaded."""

    name = "claims-models"
    idempotent = True

    def __init__(self, lang: str = "vi"):
        self.lang = lang

    async def setup(self, worker) -> None:
        import asyncio

        # off the worker's event loop: it keeps answering the scheduler while the models load
        await asyncio.get_running_loop().run_in_executor(None, work.load_models, self.lang)


def dask_setup(worker) -> None:
    """Dask preload (`preload=["claims.batch"]`), run in each local worker process before it
    connects to the scheduler: the worker ends when the batch's process does."""
    parent = os.environ.get(PARENT_ENV, "")
    if parent.isdigit():
        from .lifeline import watch_parent

        watch_parent(int(parent))


@contextmanager
def open_client(spec: ClusterSpec, lang: str = "vi") -> Iterator:
    """A Dask client on the cluster `spec`, with the models loaded on every worker."""
    import dask
    from distributed import Client, LocalCluster

    cluster = client = None
    try:
        with dask.config.set({"distributed.scheduler.allowed-failures": 3}):
            if spec.address is None:
                cluster = LocalCluster(n_workers=spec.workers, threads_per_worker=1, processes=True,
                                       dashboard_address=None, silence_logs=logging.ERROR, preload=["claims.batch"],
                                       env={PARENT_ENV: str(os.getpid())})
                client = Client(cluster)
            else:
                # how long to try: Dask's own setting (distributed.comm.timeouts.connect, 30 s;
                # $DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT)
                client = Client(spec.address, timeout=dask.config.get("distributed.comm.timeouts.connect"))
        try:
            client.register_plugin(ModelsPlugin(lang))
        except ClaimsError:
            raise
        except Exception as exc:  # most often workers started where `claims` cannot be imported
            raise ClusterError(f"the workers cannot load the checker ({type(exc).__name__}: {exc}); start them in "
                               "this checkout with PYTHONPATH set to it (README, Batches on Dask)") from None
        yield client
    except (OSError, TimeoutError) as exc:
        if client is None:
            where = f"the Dask scheduler at {spec.address}" if spec.address else "a local Dask cluster"
            raise ClusterError(f"cannot reach {where} ({type(exc).__name__}: {exc})") from None
        raise
    finally:
        if client is not None:
            client.close()
        if cluster is not None:
            cluster.close()


def task_size(inputs: int, workers: int, largest: int | None = None) -> int:
    """Inputs per task: enough tasks to keep every worker busy to the end, at most MAX_TASK_INPUTS."""
    size = math.ceil(inputs / max(1, workers * TASKS_PER_WORKER))
    return max(1, min(largest or MAX_TASK_INPUTS, size))


def analyse(client, inputs: Sequence[str | RawDocument], options: work.Options, size: int | None = None,
            progress: Callable[[int], None] = lambda n: None) -> list[work.InputResult]:
    """Run every input on the cluster; results in input order. `progress(n)` when n more are done."""
    from distributed import as_completed

    workers = max(1, sum(client.nthreads().values()))
    size = size or task_size(len(inputs), workers)
    names = [i if isinstance(i, str) else i.name for i in inputs]
    pending: dict = {}
    done: dict[int, work.InputResult] = {}
    tries: dict[int, int] = {}

    def submit(indexes: list[int]) -> object:
        for i in indexes:
            tries[i] = tries.get(i, 0) + 1
        fut = client.submit(work.run_inputs, [inputs[i] for i in indexes], options, pure=False)
        pending[fut] = indexes
        return fut

    queue = as_completed([submit(list(ix)) for ix in work.chunks(range(len(inputs)), size)])
    for fut in queue:
        indexes = pending.pop(fut)
        try:
            results = fut.result()
        except Exception as exc:  # the task itself failed: its workers died, or a bug outside any input
            reason = f"{type(exc).__name__}: {exc}".strip()
            results = [work.InputResult(names[i], error=f"{display_name(names[i])}: the batch worker failed on it "
                                                           f"({reason})", exit_code=ClusterError.exit_code, retry=True)
                       for i in indexes]
        for i, res in zip(indexes, results):
            if res.error and res.retry and tries[i] < 2:
                queue.add(submit([i]))  # once more, alone
                continue
            done[i] = res
            progress(1)
    return [done[i] for i in range(len(inputs))]


def cross_pass(client, order: dict[str, int], db_url: str, keep: bool = True) -> dict:
    """The closing pass over the cluster (hash -> that article's conflicts with others, or their
    number when `keep` is False)."""
    if not order:
        return {}
    [shared] = client.scatter([order], broadcast=True)  # one copy per worker, not one per task
    futures = [client.submit(work.cross_check, part, shared, db_url, keep, pure=False)
               for part in work.chunks(list(order), PASS_TASK_ARTICLES)]
    found: dict[str, list] = {}
    for part in client.gather(futures):
        found.update(part)
    return found
