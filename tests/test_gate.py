"""The search gate: at most N at once, and waiters admitted in the order they came."""

from __future__ import annotations

import threading
import time

import pytest

from councilsearch.index.gate import FairGate


def _run(gate: FairGate, n_threads: int, queue_in_order: bool) -> tuple[list[int], int]:
    inside = 0
    most = 0
    order: list[int] = []
    lock = threading.Lock()

    def worker(n: int) -> None:
        nonlocal inside, most
        with gate.held():
            with lock:
                inside += 1
                most = max(most, inside)
                order.append(n)
            time.sleep(0.005)
            with lock:
                inside -= 1

    threads = []
    for n in range(n_threads):
        t = threading.Thread(target=worker, args=(n,))
        t.start()
        threads.append(t)
        while queue_in_order and gate.waiting < n + 1:  # n is in the queue before n + 1 starts
            time.sleep(0.001)
    for t in threads:
        t.join(10)
    return order, most


def test_waiters_are_admitted_in_arrival_order() -> None:
    gate = FairGate(2)
    gate.acquire()
    gate.acquire()  # both slots held: every thread below queues
    releaser = threading.Timer(0.2, gate.release)  # frees one slot; the other stays held
    releaser.start()
    order, most = _run(gate, 8, queue_in_order=True)
    releaser.join()
    assert order == list(range(8))  # one slot: strictly first come, first served
    assert most == 1
    gate.release()
    assert gate.waiting == 0


def test_no_more_than_the_slots_at_once() -> None:
    gate = FairGate(2)
    order, most = _run(gate, 12, queue_in_order=False)
    assert sorted(order) == list(range(12))
    assert most == 2


def test_gate_needs_a_slot() -> None:
    with pytest.raises(ValueError):
        FairGate(0)
