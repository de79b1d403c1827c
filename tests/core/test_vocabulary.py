"""The platform's vocabulary is the engine's: same values, same order (bit positions depend on the order)."""

import pytest
from django.utils import translation

from birarada.core import vocabulary
from birarada.core.vocabulary import DiscourseType, Ground, Label
from birarada.discourse.analysis import DISCOURSE_TYPES, GROUNDS, LABELS
from birarada.monitoring.vocabulary import GROUND_BITS, TYPE_BITS, bits_of, grounds_of, types_of


@pytest.mark.parametrize("choices, engine", [(Ground, GROUNDS), (Label, LABELS), (DiscourseType, DISCOURSE_TYPES)],
                         ids=["grounds", "labels", "discourse_types"])
def test_platform_choices_equal_the_engine_vocabulary_in_order(choices, engine):
    assert list(choices.values) == list(engine)


def test_every_choice_has_words_for_people():
    for choices in (Ground, vocabulary.Area, Label, DiscourseType):
        assert all(str(label).strip() for _value, label in choices.choices), choices
    # The English words are msgids in the .po files: changing one loses its translations.
    with translation.override("en"):
        assert str(Label.NONE.label) == "Neither"
        assert str(DiscourseType.SYMBOLISATION.label) == "Identity used as an insult"
    with translation.override("tr"):
        assert str(Label.NONE.label) != "Neither"


def test_monitoring_reexports_the_core_choices():
    from birarada.monitoring import vocabulary as monitoring_vocabulary

    assert monitoring_vocabulary.Label is Label and monitoring_vocabulary.DiscourseType is DiscourseType


def test_bit_tables_follow_the_engine_order():
    assert list(GROUND_BITS) == list(GROUNDS) and list(TYPE_BITS) == list(DISCOURSE_TYPES)
    assert GROUND_BITS[GROUNDS[0]] == 1 and TYPE_BITS[list(DISCOURSE_TYPES)[-1]] == 1 << (len(DISCOURSE_TYPES) - 1)


def test_bits_round_trip():
    bits = bits_of(["migration", "religion"], GROUND_BITS)
    assert grounds_of(bits) == ["migration", "religion"]
    assert types_of(bits_of(["threat", "slur"], TYPE_BITS)) == ["threat", "slur"]
    assert bits_of([], GROUND_BITS) == 0


@pytest.mark.parametrize("values, table", [(["migration", "nationality"], GROUND_BITS), (["insult"], TYPE_BITS),
                                           (["Migration"], GROUND_BITS)])
def test_bits_of_refuses_an_unknown_value(values, table):
    with pytest.raises(ValueError, match="is not one of"):
        bits_of(values, table)
