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
import queue
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
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


IN_FLIGHT = 64  # inputs sent ahead to one worker, so it never waits while the parent writes


@dataclass
class _Worker:
    proc: Any
    conn: Connection
    tasks: deque[tuple[int, Any]] = field(default_factory=deque)  # sent, in the order sent
    started: float = 0.0  # when the worker began the first of ``tasks``


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


def _dispatch(
    ctx: Any,
    fn: Callable[[Any], Any],
    todo: deque[tuple[int, Any]],
    workers: list[_Worker],
    budget: float | None,
    out: queue.Queue[tuple[int, Any]],
    stop: threading.Event,
) -> None:
    """Keep every worker supplied with inputs and drain its results into ``out`` as they come
    (a thread of the parent, so workers never wait while the parent writes to the store)."""
    try:
        while not stop.is_set() and (todo or any(w.tasks for w in workers)):
            for w in workers:
                while todo and len(w.tasks) < IN_FLIGHT:
                    if not w.tasks:
                        w.started = time.monotonic()
                    task = todo.popleft()
                    w.tasks.append(task)
                    w.conn.send(task[1])
            busy = [w for w in workers if w.tasks]
            timeout = 0.2  # how soon a stop request is seen
            if budget is not None:
                now = time.monotonic()
                timeout = min(timeout, max(0.0, min(w.started + budget for w in busy) - now))
            ready = wait([w.conn for w in busy], timeout=timeout)
            now = time.monotonic()
            for i, w in enumerate(workers):
                if not w.tasks:
                    continue
                if w.conn in ready:
                    try:
                        while w.tasks and w.conn.poll():
                            result = w.conn.recv()
                            out.put((w.tasks.popleft()[0], result))
                            w.started = time.monotonic()
                        continue
                    except (EOFError, OSError):
                        w.proc.join(timeout=5)
                        code = w.proc.exitcode
                        how = f"signal {-code}" if code is not None and code < 0 else f"exit {code}"
                        reason = f"the worker reading it died ({how}); skipped"
                elif budget is not None and now - w.started > budget:
                    reason = f"took longer than {budget:g} s; skipped"
                else:
                    continue
                # the first input sent is the one that failed; the others go out again
                out.put((w.tasks.popleft()[0], Timeout(reason)))
                todo.extendleft(reversed(w.tasks))
                w.tasks.clear()
                _stop(w, kill=True)
                workers[i] = _start(ctx, fn)
    except BaseException as exc:  # handed to the consumer, which raises it
        out.put((-1, exc))
    finally:
        for w in workers:
            _stop(w, kill=bool(w.tasks))


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
    (the caller writes what it holds meanwhile). ``fn`` must be a module-level function.
    Each worker has up to ``IN_FLIGHT`` inputs queued, and a thread of the parent collects
    results while the caller works on earlier ones."""
    todo = deque(enumerate(items))
    if not todo:
        return
    ctx = multiprocessing.get_context("fork")
    workers = [_start(ctx, fn) for _ in range(max(1, min(jobs, len(todo))))]
    total = len(todo)
    out: queue.Queue[tuple[int, Any]] = queue.Queue()
    stop = threading.Event()
    thread = threading.Thread(
        target=_dispatch,
        args=(ctx, fn, todo, workers, budget, out, stop),
        name="ingest-dispatch",
        daemon=True,
    )
    thread.start()
    done: dict[int, Any] = {}
    following = 0
    try:
        while following < total:
            if following in done:
                yield done.pop(following)
                following += 1
                continue
            try:
                index, result = out.get(timeout=wait_after)
            except queue.Empty:
                if on_wait is not None:
                    on_wait()
                if not thread.is_alive() and out.empty():
                    raise RuntimeError(
                        "the ingest workers stopped before every input was read"
                    ) from None
                continue
            if index < 0:
                raise result
            done[index] = result
    finally:
        stop.set()
        thread.join()
