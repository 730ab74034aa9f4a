"""A time bound on one stage of one article: a pathological input becomes an error, not a hang.

Every walk in the pipeline is bounded by construction; this is the second line of defence, for the
input nobody foresaw (a regular expression that backtracks on a 1 MB line, a quadratic pass over a
page of ten thousand blocks). In the main thread, where MkDocs builds (``serve`` included), an
interval timer's signal interrupts the stage, regular expressions included. In any other thread a
watchdog raises the same exception in the stage's thread at its next Python instruction.
"""

from __future__ import annotations

import ctypes
import signal
import threading
from contextlib import contextmanager
from typing import Iterator

# Seconds one stage of one article may take by default (the slowest real page takes well under 3 s).
DEFAULT_SECONDS = 30.0


class StageTimeout(Exception):
    """A stage ran past its time limit."""


@contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Raise ``StageTimeout`` in the enclosed block once it has run ``seconds``; no bound for 0 or None."""
    if not seconds or seconds <= 0:
        yield
    elif threading.current_thread() is threading.main_thread():
        with _alarm(seconds):
            yield
    else:
        with _watchdog(seconds):
            yield


def _raise_timeout(signum, frame):
    raise StageTimeout


@contextmanager
def _alarm(seconds: float) -> Iterator[None]:
    previous = signal.signal(signal.SIGALRM, _raise_timeout)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _set_async_exception(thread_id: int, exception: type[BaseException] | None) -> None:
    ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(thread_id),
                                               ctypes.py_object(exception) if exception else None)


@contextmanager
def _watchdog(seconds: float) -> Iterator[None]:
    thread_id = threading.get_ident()
    lock = threading.Lock()
    state = {"done": False, "fired": False}

    def fire() -> None:
        with lock:
            if not state["done"]:
                state["fired"] = True
                _set_async_exception(thread_id, StageTimeout)

    timer = threading.Timer(seconds, fire)
    timer.daemon = True
    timer.start()
    try:
        yield
    finally:
        timer.cancel()
        with lock:
            state["done"] = True
        if state["fired"]:
            # The exception may still be pending (the block ended between the two): take it back
            # and raise it here, so that it cannot surface later in code that has no limit.
            _set_async_exception(thread_id, None)
            raise StageTimeout
