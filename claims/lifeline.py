"""Worker processes end with the process that started them.

A batch's workers each hold the models (about 500 MB); when the parent is killed (`kill -9`,
SIGTERM, a closed terminal) nobody tells them, so each worker watches its parent and leaves as
soon as it is gone (its parent id changes when it is re-parented)."""
from __future__ import annotations

import os
import threading
import time

CHECK_EVERY_S = 0.5


def watch_parent(parent_pid: int | None = None) -> threading.Thread:
    """Start a daemon thread that ends this process once `parent_pid` (default: the current
    parent) is no longer its parent."""
    parent = parent_pid if parent_pid is not None else os.getppid()

    def watch() -> None:
        while True:
            if os.getppid() != parent:
                os._exit(1)  # no clean-up to run: the work of a dead batch has no one to go to
            time.sleep(CHECK_EVERY_S)

    thread = threading.Thread(target=watch, name="claims-lifeline", daemon=True)
    thread.start()
    return thread
