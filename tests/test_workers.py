"""The ingest worker pool: input order, time budget, inputs queued behind a stalled one."""

from __future__ import annotations

import os
import time

from intgraph.workers import IN_FLIGHT, Timeout, budgeted_map


def _square_or_stall(x: int) -> int:
    if x < 0:
        time.sleep(30)
    return x * x


def _die_on_zero(x: int) -> int:
    if x == 0:
        os._exit(7)
    return x


def test_results_come_in_input_order_with_two_workers() -> None:
    items = list(range(3 * IN_FLIGHT))
    assert list(budgeted_map(_square_or_stall, items, jobs=2, budget=30)) == [x * x for x in items]


def test_a_stalled_input_times_out_and_the_inputs_queued_behind_it_are_still_read() -> None:
    items = [1, -1, *range(2, IN_FLIGHT + 10)]
    out = list(budgeted_map(_square_or_stall, items, jobs=1, budget=1.0))
    assert isinstance(out[1], Timeout) and "longer than 1 s" in out[1].reason
    assert out[:1] + out[2:] == [x * x for x in items if x >= 0]


def test_a_worker_that_dies_fails_only_its_own_input() -> None:
    out = list(budgeted_map(_die_on_zero, [3, 0, 4, 5], jobs=2, budget=30))
    assert out[0] == 3 and out[2:] == [4, 5]
    assert isinstance(out[1], Timeout) and "died (exit 7)" in out[1].reason


def test_calls_on_wait_while_the_next_result_is_late() -> None:
    calls: list[float] = []
    out = list(
        budgeted_map(_square_or_stall, [-1, 2], jobs=1, budget=1.2, on_wait=lambda: calls.append(1))
    )
    assert isinstance(out[0], Timeout) and out[1] == 4 and calls
