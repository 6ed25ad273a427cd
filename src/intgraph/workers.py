"""Worker processes for ingest: each document gets a time budget, and workers die with their
parent.

The last line of defence against a document that no rule foresaw: a worker that takes longer
than the budget on one document is killed and replaced, the document is reported ("took longer
than N s; skipped") and the batch goes on. Results come back in the order of the inputs, so the
store ends up the same whatever the number of workers. Each worker asks the kernel to kill it
when its parent dies (``PR_SET_PDEATHSIG``) and also watches its parent's PID, so a parent killed
with SIGKILL leaves no worker behind.
"""

from __future__ import annotations

import contextlib
import ctypes
import multiprocessing
import os
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from typing import Any

__all__ = ["Timeout", "budgeted_map"]

_PR_SET_PDEATHSIG = 1


@dataclass(frozen=True, slots=True)
class Timeout:
    """The result of an input that took longer than the budget (or whose worker died)."""

    reason: str


def _die_with_parent(parent: int) -> None:
    """Make this process end when ``parent`` does: the kernel's parent-death signal where
    there is one (Linux), and a thread that checks the parent's PID every half second."""
    with contextlib.suppress(OSError, AttributeError):
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    if os.getppid() != parent:  # the parent died before the signal was armed
        os._exit(1)

    def watch() -> None:
        while True:
            time.sleep(0.5)
            if os.getppid() != parent:
                os._exit(1)

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


def _serve(conn: Connection, parent: int, fn: Callable[[Any], Any]) -> None:
    _die_with_parent(parent)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    while True:
        try:
            item = conn.recv()
        except (EOFError, OSError):
            return
        if item is None:
            return
        conn.send(fn(item))


@dataclass
class _Worker:
    proc: Any
    conn: Connection
    task: int | None = None
    started: float = 0.0


def _start(ctx: Any, fn: Callable[[Any], Any]) -> _Worker:
    mine, theirs = ctx.Pipe()
    proc = ctx.Process(target=_serve, args=(theirs, os.getpid(), fn), daemon=True)
    proc.start()
    theirs.close()
    return _Worker(proc, mine)


def _stop(w: _Worker, *, kill: bool = False) -> None:
    if not kill:
        with contextlib.suppress(OSError, BrokenPipeError):
            w.conn.send(None)
        w.proc.join(timeout=2)
    if w.proc.is_alive():
        w.proc.kill()
        w.proc.join(timeout=5)
    w.conn.close()


def budgeted_map(
    fn: Callable[[Any], Any],
    items: Iterable[Any],
    *,
    jobs: int = 1,
    budget: float | None = None,
    on_wait: Callable[[], None] | None = None,
    wait_after: float = 0.5,
) -> Iterator[Any]:
    """``map(fn, items)`` in ``jobs`` worker processes, results in input order; an input that
    takes longer than ``budget`` seconds gives a :class:`Timeout` instead of its result.
    ``on_wait`` is called when the next result has not come within ``wait_after`` seconds
    (the caller writes what it holds meanwhile). ``fn`` must be a module-level function."""
    todo = deque(enumerate(items))
    if not todo:
        return
    ctx = multiprocessing.get_context("fork")
    workers = [_start(ctx, fn) for _ in range(max(1, min(jobs, len(todo))))]
    done: dict[int, Any] = {}
    following = 0
    total = len(todo)
    try:
        while following < total:
            for w in workers:
                if w.task is None and todo:
                    w.task, item = todo.popleft()
                    w.conn.send(item)
                    w.started = time.monotonic()
            if following in done:
                yield done.pop(following)
                following += 1
                continue
            busy = [w for w in workers if w.task is not None]
            now = time.monotonic()
            timeout = wait_after
            if budget is not None:
                timeout = min(timeout, max(0.0, min(w.started + budget for w in busy) - now))
            ready = wait([w.conn for w in busy], timeout=timeout)
            if not ready and on_wait is not None and following not in done:
                on_wait()
            now = time.monotonic()
            for i, w in enumerate(workers):
                if w.task is None:
                    continue
                if w.conn in ready:
                    try:
                        done[w.task] = w.conn.recv()
                        w.task = None
                        continue
                    except (EOFError, OSError):
                        w.proc.join(timeout=5)
                        code = w.proc.exitcode
                        how = f"signal {-code}" if code is not None and code < 0 else f"exit {code}"
                        done[w.task] = Timeout(f"the worker reading it died ({how}); skipped")
                elif budget is not None and now - w.started > budget:
                    done[w.task] = Timeout(f"took longer than {budget:g} s; skipped")
                else:
                    continue
                _stop(w, kill=True)
                workers[i] = _start(ctx, fn)
    finally:
        for w in workers:
            _stop(w, kill=w.task is not None)
