"""Store work in processes that can be killed: a small pool for the endpoint.

Oxigraph cannot cancel a query from Python, and its parser can crash the process (SIGSEGV)
on hostile input. So every request that touches the store runs in a worker process: at the
time limit the worker is killed (its work ends with it) and replaced; a crash takes only that
worker. Workers are forked from a ``forkserver`` that has already imported the store, so a
replacement is ready in tens of milliseconds (benchmarks/README.md). In update mode one more
process, the writer, owns the live database; after each update it publishes a snapshot that
the readers reopen.

The server side is asyncio: :meth:`Pool.run` waits for an idle worker (at most ``queue``
requests wait; more are refused with :class:`Busy`), sends the job down a pipe and waits for
the answer in a thread, so the event loop stays free.
"""

from __future__ import annotations

import asyncio
import contextlib
import ctypes
import multiprocessing
import os
import signal
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

__all__ = ["Busy", "Crashed", "Pool", "Stopping", "TimedOut", "WorkerError"]


class Busy(Exception):
    """Every worker is busy and the queue is full."""


class TimedOut(Exception):
    """The job ran into the time limit; its worker was killed."""


class Crashed(Exception):
    """The worker died while running the job (the engine crashed)."""


class Stopping(Exception):
    """The pool is closing (the server is stopping)."""


@dataclass
class WorkerError(Exception):
    """The job raised an error in the worker (``kind`` is the exception's class name)."""

    kind: str
    message: str

    def __str__(self) -> str:
        return self.message


_CONTEXT = multiprocessing.get_context("forkserver")
_CONTEXT.set_forkserver_preload(["intgraph.serve.jobs"])


def _die_with_parent() -> None:
    """Linux: the kernel kills this process when its parent (the forkserver) exits."""
    with contextlib.suppress(Exception):
        libc = ctypes.CDLL("libc.so.6", use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG


def _worker_main(conn: Connection, store: str, writable: bool, options: dict[str, Any]) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the server's to handle
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    _die_with_parent()
    from intgraph.serve import jobs

    worker = jobs.Worker(Path(store), writable=writable, options=options)
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        try:
            answer: tuple = ("ok", worker.run(*job))
        except Exception as exc:
            answer = ("error", type(exc).__name__, str(exc))
        try:
            conn.send(answer)
        except (OSError, ValueError):
            return


class _Worker:
    def __init__(self, store: Path, writable: bool, options: dict[str, Any]) -> None:
        here, there = _CONTEXT.Pipe()
        self.conn = here
        self.process = _CONTEXT.Process(
            target=_worker_main, args=(there, str(store), writable, options), daemon=True
        )
        self.process.start()
        there.close()

    def kill(self) -> None:
        with contextlib.suppress(Exception):
            self.process.kill()
        with contextlib.suppress(Exception):
            self.conn.close()
        with contextlib.suppress(Exception):
            self.process.join(timeout=2)

    def exchange(self, job: tuple, timeout: float) -> tuple:
        """Send ``job`` and wait for the answer (runs in a thread)."""
        self.conn.send(job)
        if not self.conn.poll(timeout):
            raise TimedOut
        return self.conn.recv()


class Pool:
    """``size`` workers over one store (plus a writer when ``writable``), and ``spares`` started
    workers that wait to replace a killed one."""

    def __init__(
        self,
        store: Path,
        *,
        size: int,
        queue: int,
        writable: bool,
        options: dict[str, Any] | None = None,
        spares: int = 1,
    ) -> None:
        self.store = store
        self.size = size
        self.spares = spares
        self._spares: list[_Worker] = []
        self.queue = queue
        self.writable = writable
        self.options = options or {}
        self._idle: asyncio.Queue[_Worker] | None = None
        self._writer: asyncio.Queue[_Worker] | None = None
        self._waiting = 0
        self._closed = False
        self._all: set[_Worker] = set()
        self._lock = threading.Lock()
        # one thread per worker waits on its pipe; a few more start replacements
        self._threads = ThreadPoolExecutor(size + 6, thread_name_prefix="intgraph-pool")

    # -------------------------------------------------------------- life cycle
    async def start(self) -> None:
        loop = asyncio.get_running_loop()
        self._idle = asyncio.Queue()
        if self.writable:
            self._writer = asyncio.Queue()
            w = await loop.run_in_executor(self._threads, self._spawn, True)
            await loop.run_in_executor(self._threads, self._ready, w)
            self._writer.put_nowait(w)
        workers = await asyncio.gather(
            *(
                loop.run_in_executor(self._threads, self._spawn, False)
                for _ in range(self.size + self.spares)
            )
        )
        for i, w in enumerate(workers):
            await loop.run_in_executor(self._threads, self._ready, w)
            if i < self.size:
                self._idle.put_nowait(w)
            else:
                self._spares.append(w)

    def _spawn(self, writable: bool) -> _Worker:
        w = _Worker(self.store, writable, self.options)
        with self._lock:
            self._all.add(w)
        return w

    @staticmethod
    def _ready(w: _Worker) -> None:
        """Wait until the worker has opened the store (answers a ping)."""
        answer = w.exchange(("ping",), 60)
        if answer[0] != "ok":
            raise WorkerError(answer[1], answer[2])

    def close(self) -> None:
        """Kill every worker (safe to call more than once, also from a signal handler)."""
        self._closed = True
        with self._lock:
            workers = list(self._all)
            self._all.clear()
        for w in workers:
            with contextlib.suppress(Exception):
                w.process.kill()
        for w in workers:
            w.kill()
        self._threads.shutdown(wait=False, cancel_futures=True)

    # -------------------------------------------------------------- jobs
    async def run(self, job: tuple, *, timeout: float, write: bool = False) -> Any:
        """Run ``job`` in a worker (the writer when ``write``) and return its answer.

        Raises:
            Busy: no worker became free in time and the queue is full.
            TimedOut: the job took longer than ``timeout`` seconds (its worker was killed).
            Crashed: the worker died.
            WorkerError: the job raised an error.
        """
        queue = self._writer if write else self._idle
        assert queue is not None, "Pool.start() first"
        if self._closed:
            raise Stopping
        if self._waiting >= self.queue:
            raise Busy
        started = time.monotonic()
        self._waiting += 1
        try:
            worker = await asyncio.wait_for(queue.get(), timeout=timeout)
        except TimeoutError:
            raise Busy from None
        finally:
            self._waiting -= 1
        left = max(0.05, timeout - (time.monotonic() - started))
        loop = asyncio.get_running_loop()
        try:
            answer = await loop.run_in_executor(self._threads, worker.exchange, job, left)
        except TimedOut:
            self._replace(worker, queue, write)
            if self._closed:
                raise Stopping from None
            raise
        except (EOFError, OSError, BrokenPipeError):
            self._replace(worker, queue, write)
            if self._closed:
                raise Stopping from None
            raise Crashed from None
        except asyncio.CancelledError:  # the client went away: the worker may still be busy
            self._replace(worker, queue, write)
            raise
        queue.put_nowait(worker)
        if answer[0] == "ok":
            return answer[1]
        raise WorkerError(answer[1], answer[2])

    def _replace(self, worker: _Worker, queue: asyncio.Queue[_Worker], write: bool) -> None:
        """Kill ``worker``; a ready spare takes its place at once (a killed query does not
        leave the next request waiting for a new process), and a new one is started."""
        with self._lock:
            self._all.discard(worker)
        worker.kill()
        if self._closed:
            return
        if not write and self._spares:
            queue.put_nowait(self._spares.pop())
            self._start_one(queue, write, spare=True)
        else:
            self._start_one(queue, write, spare=False)

    def _start_one(self, queue: asyncio.Queue[_Worker], write: bool, *, spare: bool) -> None:
        loop = asyncio.get_running_loop()

        def spawn() -> _Worker:
            w = self._spawn(write)
            self._ready(w)
            return w

        def done(f: asyncio.Future[_Worker]) -> None:
            if self._closed:
                if f.exception() is None:
                    f.result().kill()
                return
            if f.exception() is not None:  # try again a moment later
                loop.call_later(1.0, lambda: self._start_one(queue, write, spare=spare))
            elif spare:
                self._spares.append(f.result())
            else:
                queue.put_nowait(f.result())

        loop.run_in_executor(self._threads, spawn).add_done_callback(done)

    @property
    def pids(self) -> list[int]:
        with self._lock:
            return [w.process.pid for w in self._all if w.process.pid is not None]


def default_size() -> int:
    """Workers by default: the number of CPUs, at least 2, at most 8."""
    return max(2, min(8, os.cpu_count() or 2))
