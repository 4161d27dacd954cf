"""Per-document time budget (config ``time-budget``, seconds): a document that takes longer is reported as an
error entry and the batch goes on.  Uses SIGALRM where available (the main thread of each process); the
exception derives from BaseException so that a rule's own error handling cannot swallow it."""
from __future__ import annotations

import contextlib
import signal
import threading


class BudgetExceeded(BaseException):
    pass


@contextlib.contextmanager
def time_budget(seconds: float):
    usable = (seconds and seconds > 0 and hasattr(signal, "setitimer")
              and threading.current_thread() is threading.main_thread())
    if not usable:
        yield
        return

    def on_alarm(signum, frame):
        raise BudgetExceeded()

    old = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)
