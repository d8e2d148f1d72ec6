"""The solver's graph is built row by row as ``allocate._solve`` documents it (issue 17: built from per-slot
templates in one pass now); the same graph means the same choices by the solver, hence the same seats."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from include.matching.allocate import WEIGHT_OFFSET, _seat_graph


def row_by_row(applicant, weight, count, seat_slot, n):
    """The definition: copy ``k`` of slot ``s`` lists slot ``s``'s edges in order, then its own empty column."""
    first = np.concatenate([[0], np.cumsum(count)[:-1]])
    indptr, indices, data = [0], [], []
    for k, s in enumerate(seat_slot.tolist()):
        edges = range(first[s], first[s] + count[s])
        indices += [int(applicant[e]) for e in edges] + [n + k]
        data += [float(weight[e]) for e in edges] + [WEIGHT_OFFSET]
        indptr.append(len(indices))
    return np.array(indptr), np.array(indices, dtype=np.int64), np.array(data)


@settings(max_examples=80, deadline=None)
@given(st.integers(0, 10**6), st.integers(1, 40), st.integers(1, 25))
def test_seat_graph_equals_the_row_by_row_layout(seed, n, n_slots):
    rng = np.random.default_rng(seed)
    count = rng.integers(0, n + 1, n_slots)  # a slot may have no edge in this group
    applicant = np.concatenate([np.sort(rng.choice(n, c, replace=False)) for c in count]).astype(np.int64)
    weight = rng.integers(800, 1000, len(applicant)) - rng.random(len(applicant))
    seat_slot = np.repeat(np.arange(n_slots), rng.integers(0, 4, n_slots))  # 0 to 3 copies per slot

    graph = _seat_graph(applicant, weight, count, seat_slot, n)

    indptr, indices, data = row_by_row(applicant, weight, count, seat_slot, n)
    assert graph.shape == (len(seat_slot), n + len(seat_slot))
    assert np.array_equal(graph.indptr, indptr)
    assert np.array_equal(graph.indices, indices)
    assert np.array_equal(graph.data, data)
