"""The desk's analysis queue (claims.jobs): work runs off the caller's thread, one job at a time,
in order, with progress the caller can poll at any moment, and a bounded queue."""
import threading

import pytest

from claims.errors import BusyError, InputError
from claims.jobs import AnalysisQueue


def blocked_work(release: threading.Event, started: threading.Event, value):
    def work(job):
        job.update("Đang phân tích cú pháp…", 0.4)
        started.set()
        assert release.wait(timeout=30)
        return value
    return work


def test_a_long_job_never_blocks_the_caller_or_the_next_editor():
    queue = AnalysisQueue(workers=1, max_waiting=4)
    release, started = threading.Event(), threading.Event()
    first = queue.submit(blocked_work(release, started, "bài A"))
    assert started.wait(timeout=30)
    # the first job is stuck in its work, yet submitting and polling return at once
    second = queue.submit(lambda job: "bài B")
    p1, p2 = first.progress(), second.progress()
    assert (p1.stage, p1.fraction, p1.waiting_before, p1.done) == ("Đang phân tích cú pháp…", 0.4, 0, False)
    assert (p2.waiting_before, p2.done) == (1, False) and p2.stage.startswith("Đang chờ")
    assert queue.busy() == (1, 1)
    release.set()
    assert first.result() == "bài A" and second.result() == "bài B"
    assert first.progress().done and first.progress().fraction == 1.0
    assert queue.busy() == (0, 0)
    queue.shutdown()


def test_errors_come_back_to_the_caller():
    queue = AnalysisQueue()

    def bad(job):
        raise InputError("bài dán", "is empty")
    job = queue.submit(bad)
    with pytest.raises(InputError, match="is empty"):
        job.result()
    assert queue.submit(lambda job: 1).result() == 1  # the worker survives
    queue.shutdown()


def test_the_queue_is_bounded():
    queue = AnalysisQueue(workers=1, max_waiting=2)
    release, started = threading.Event(), threading.Event()
    queue.submit(blocked_work(release, started, 0))
    assert started.wait(timeout=30)
    queue.submit(lambda job: 1)
    queue.submit(lambda job: 2)
    with pytest.raises(BusyError, match="2 bài đang chờ"):
        queue.submit(lambda job: 3)
    release.set()
    queue.shutdown()
