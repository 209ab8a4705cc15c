"""Packing bars into lanes and overlapping blocks into columns, so that nothing overlaps."""

from __future__ import annotations

from collections.abc import Iterable, Sequence


class LaneGrid:
    """Greedy lane assignment over a row of columns so that bars never overlap.

    Each column keeps the lanes it has used as the bits of an integer, so the lowest lane free
    over a span is the lowest zero bit of the columns' union: a busy week row costs a few
    integer operations per item, not a scan of every lane.
    """

    def __init__(self, columns: int) -> None:
        self.columns = columns
        self._used = [0] * columns

    def place(self, first: int, last: int) -> int:
        """Return the lowest lane free over columns ``first``..``last`` and mark it used."""
        if first == last:  # a timed event in its day: most of a busy page
            used = self._used[first]
            lane = (~used & (used + 1)).bit_length() - 1
            self._used[first] = used | 1 << lane
            return lane
        used = 0
        for column in range(first, last + 1):
            used |= self._used[column]
        lane = (~used & (used + 1)).bit_length() - 1
        for column in range(first, last + 1):
            self._used[column] |= 1 << lane
        return lane


    def used_lanes(self) -> list[int]:
        """Each column's lanes taken so far, as bits (bit ``n`` set: lane ``n`` holds an item there)."""
        return list(self._used)


def pack_columns(intervals: Sequence[tuple[float, float]]) -> list[tuple[int, int]]:
    """Place overlapping intervals side by side: return (column, columns in its cluster) for each.

    Intervals must be sorted by start. A cluster is a run of transitively overlapping
    intervals; every interval of a cluster gets the same width.
    """
    result: list[tuple[int, int]] = [(0, 1)] * len(intervals)
    cluster: list[int] = []
    column_ends: list[float] = []
    cluster_end = float("-inf")

    def close() -> None:
        for index in cluster:
            result[index] = (result[index][0], len(column_ends))

    for index, (start, end) in enumerate(intervals):
        if cluster and start >= cluster_end:
            close()
            cluster, column_ends, cluster_end = [], [], float("-inf")
        for column, column_end in enumerate(column_ends):
            if column_end <= start:
                column_ends[column] = end
                break
        else:
            column = len(column_ends)
            column_ends.append(end)
        result[index] = (column, 0)
        cluster.append(index)
        cluster_end = max(cluster_end, end)
    if cluster:
        close()
    return result


def visible_lane_limit(lanes: Iterable[int], capacity: int) -> int:
    """Return how many lanes of a cell show items; one lane is kept for '+N more' on overflow."""
    highest = max(lanes, default=-1)
    return capacity if highest < capacity else max(0, capacity - 1)


def lane_limit_of(used_lanes: int, capacity: int) -> int:
    """:func:`visible_lane_limit` of a column whose lanes taken are the bits of ``used_lanes``."""
    return capacity if used_lanes.bit_length() <= capacity else max(0, capacity - 1)
