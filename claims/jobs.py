"""Analyses of the desk run off the Streamlit script threads, on a small pool of worker threads
shared by every session of the server, so that one editor's long article never holds up the
others: the models are loaded once and are not safe to run twice at the same moment, the CPU
is shared, and a bounded queue says "busy" instead of piling work up. Each job reports its
stage and fraction for the progress bar; the script only polls it."""
from __future__ import annotations

import itertools
import os
import threading
import time
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Callable

from .errors import BusyError


@dataclass(frozen=True)
class Progress:
    stage: str
    fraction: float  # 0..1
    waiting_before: int  # jobs queued ahead of this one (0 once it runs)
    elapsed: float  # seconds since it was submitted
    done: bool


class Job:
    def __init__(self, queue: "AnalysisQueue", number: int) -> None:
        self._queue = queue
        self.number = number
        self._lock = threading.Lock()
        self._stage, self._fraction = "Đang chờ lượt phân tích…", 0.0
        self._started_at = time.monotonic()
        self.future: Future | None = None

    def update(self, stage: str, fraction: float) -> None:
        """Called from the worker thread."""
        with self._lock:
            self._stage, self._fraction = stage, max(0.0, min(1.0, fraction))

    def progress(self) -> Progress:
        with self._lock:
            stage, fraction = self._stage, self._fraction
        done = self.future is not None and self.future.done()
        return Progress(stage, 1.0 if done else fraction, self._queue.waiting_before(self),
                        time.monotonic() - self._started_at, done)

    def result(self) -> Any:
        """The job's value; a ClaimsError raised by the work is raised again here."""
        assert self.future is not None
        return self.future.result()


class AnalysisQueue:
    def __init__(self, workers: int = 1, max_waiting: int = 8) -> None:
        self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="claims-analysis")
        self._workers = workers
        self._max_waiting = max_waiting
        self._lock = threading.Lock()
        self._pending: list[Job] = []  # submitted and not started, in order
        self._running: set[int] = set()
        self._numbers = itertools.count(1)

    def submit(self, work: Callable[[Job], Any]) -> Job:
        """Queue `work(job)`; it may call job.update(stage, fraction). Refused with BusyError
        when `max_waiting` jobs are already waiting."""
        with self._lock:
            if len(self._pending) >= self._max_waiting:
                raise BusyError(f"{len(self._pending)} bài đang chờ phân tích; máy chủ bận, thử lại sau ít phút")
            job = Job(self, next(self._numbers))
            self._pending.append(job)
        job.future = self._pool.submit(self._run, job, work)
        return job

    def _run(self, job: Job, work: Callable[[Job], Any]) -> Any:
        with self._lock:
            self._pending.remove(job)
            self._running.add(job.number)
        job.update("Bắt đầu phân tích…", 0.02)
        try:
            return work(job)
        finally:
            with self._lock:
                self._running.discard(job.number)

    def waiting_before(self, job: Job) -> int:
        with self._lock:
            if job not in self._pending:
                return 0
            return self._pending.index(job) + len(self._running)

    def busy(self) -> tuple[int, int]:
        """(running, waiting) right now."""
        with self._lock:
            return len(self._running), len(self._pending)

    def shutdown(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)


@lru_cache(maxsize=1)
def shared_queue() -> AnalysisQueue:
    """The one queue of this server process, shared by every desk session
    ($CLAIMS_DESK_WORKERS analyses at a time, 1 by default: the models are not run twice at once)."""
    return AnalysisQueue(workers=max(1, int(os.environ.get("CLAIMS_DESK_WORKERS", "1"))), max_waiting=8)
