"""The representation grid: targets checked, cells under/over/balanced, "prefer not to say" and "not asked"."""

import pytest

from birarada.needs import grid


def cells(rows):
    return {(row.dimension, c.category): c for row in rows for c in row.cells}


def test_targets_are_checked():
    assert grid.check_targets({"gender": {"woman": "50", "man": 40, "non_binary": ""}}) == {
        "gender": {"woman": 50, "man": 40}}
    assert grid.check_targets({"gender": {}}) == {}
    with pytest.raises(grid.GridError, match="more than 100"):
        grid.check_targets({"gender": {"woman": 60, "man": 50}})
    with pytest.raises(grid.GridError):
        grid.check_targets({"height": {"tall": 10}})
    with pytest.raises(grid.GridError):
        grid.check_targets({"gender": {"woman": 120}})


def test_profiles_take_known_answers_or_prefer_not():
    assert grid.check_profile({"gender": "woman", "religion": grid.PREFER_NOT, "age_band": ""}) == {
        "gender": "woman", "religion": grid.PREFER_NOT}
    with pytest.raises(grid.GridError):
        grid.check_profile({"gender": "martian"})


def test_an_empty_group_is_under_represented_everywhere_it_has_targets():
    rows = grid.grid({"gender": {"woman": 50, "man": 50}}, {}, 0, 10)
    found = cells(rows)
    assert found["gender", "woman"].status == "under" and found["gender", "woman"].needed == 5
    assert found["gender", "man"].status == "under"


def test_shares_against_targets_with_tolerance():
    profiles = [{"gender": "man"}] * 7 + [{"gender": "woman"}] * 2 + [{"gender": grid.PREFER_NOT}] + [{}]
    counts = grid.count(profiles)
    rows = grid.grid({"gender": {"woman": 50, "man": 40}, "age_band": {"65_plus": 20}}, counts, len(profiles), 12)
    found = cells(rows)
    assert (found["gender", "man"].count, found["gender", "man"].share) == (7, 64)
    assert found["gender", "man"].status == "over"  # 64% against 40% ± 10
    assert found["gender", "woman"].status == "under"  # 18% against 50%
    assert found["gender", "woman"].needed == 4  # 50% of 12 planned = 6, 2 recruited
    assert found["gender", grid.PREFER_NOT].count == 1 and found["gender", grid.PREFER_NOT].status == ""
    assert found["gender", ""].count == 1  # not asked
    # Nobody answered the age question: the targeted cell is under-represented, the rest "not asked".
    assert found["age_band", "65_plus"].status == "under" and found["age_band", ""].count == 11
    # Dimensions without targets are not in the grid.
    assert {row.dimension for row in rows} == {"gender", "age_band"}


def test_a_cell_within_tolerance_is_balanced():
    counts = grid.count([{"gender": "woman"}] * 4 + [{"gender": "man"}] * 6)
    found = cells(grid.grid({"gender": {"woman": 50, "man": 50}}, counts, 10, 10))
    assert found["gender", "woman"].status == "balanced" and found["gender", "man"].status == "balanced"
    counts = grid.count([{"gender": "woman"}] * 3 + [{"gender": "man"}] * 7)
    found = cells(grid.grid({"gender": {"woman": 50, "man": 50}}, counts, 10, 10))
    assert found["gender", "woman"].status == "under" and found["gender", "man"].status == "over"
