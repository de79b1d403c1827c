"""Language identification: offline, from letters, scripts and function words."""

import pytest

from birarada.discourse.langid import identify


@pytest.mark.parametrize("text,lang", [
    ("Suriyelilerden nefret ediyorum.", "tr"), ("bu ne bicim bir is ya, hic anlamadim", "tr"),
    ("I really do not like this at all", "en"), ("Ez ji te hez dikim û tu jî", "ku"), ("أنا أحب المدينة", "ar"),
    ("ئەمە کوردییە و زۆر جوانە", "ku"), ("Ich habe keine Zeit für das", "de"), ("Je ne sais pas ce que tu veux", "fr"),
    ("Не знаю, что сказать", "ru"), ("", "und"), ("12345 !!!", "und"),
])
def test_identify(text, lang):
    assert identify(text) == lang
