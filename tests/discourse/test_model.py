"""The statistical layer: shipped as JSON, loaded without pickle, rebuilt byte-for-byte from the same data."""

import gzip
import json

import pytest

from birarada.discourse import datasets, evaluation, features
from birarada.discourse.model import MODELS_DIR, LinearModel


@pytest.mark.parametrize("lang", ["tr", "en"])
def test_shipped_models_are_small_json(lang):
    path = MODELS_DIR / f"{lang}.json.gz"
    assert path.stat().st_size < 4 * 1024 * 1024
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        data = json.load(handle)
    assert data["lang"] == lang and 0 < data["threshold"] < 1 and data["weights"]


def test_the_shipped_model_runs_without_scikit_learn():
    """scikit-learn is the `train` extra only: a server analyses text with the JSON model and numpy alone."""
    import subprocess
    import sys

    code = ("import sys; sys.modules['sklearn'] = None  # any import of it now fails\n"
            "from birarada.discourse import Analyzer\n"
            "a = Analyzer().analyze('Suriyelilerden nefret ediyorum, hepsi defolsun.')\n"
            "print(a.label, 'sklearn' in [m.split('.')[0] for m in sys.modules if sys.modules[m] is not None])")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["hateful", "False"]


def _fake_data(root):
    tr = root / "offenseval2020-tr"
    tr.mkdir(parents=True)
    rows = ["id\ttweet\tsubtask_a"]
    for i in range(80):
        text = "siktir git lan salak" if i % 3 == 0 else "bugün hava çok güzel"
        rows.append(f"{i}\t{text} {i}\t{'OFF' if i % 3 == 0 else 'NOT'}")
    (tr / "offenseval-tr-training-v1.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    en = root / "davidson2017"
    en.mkdir()
    rows = [",count,hate_speech,offensive_language,neither,class,tweet"]
    for i in range(80):
        rows.append(f"{i},3,0,3,0,{1 if i % 3 else 2},{'you stupid bitch' if i % 3 else 'nice weather today'} {i}")
    (en / "labeled_data.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")


def test_training_is_deterministic(tmp_path):
    pytest.importorskip("sklearn")
    from birarada.discourse import training

    _fake_data(tmp_path / "data")
    first = training.train_all(tmp_path / "data", tmp_path / "one", log=lambda m: None)
    second = training.train_all(tmp_path / "data", tmp_path / "two", log=lambda m: None)
    for a, b in zip(first, second, strict=True):
        assert a.read_bytes() == b.read_bytes()
    model = LinearModel.load(first[0])
    from birarada.discourse.normalise import normalise

    assert model.probability(normalise("siktir git lan")) > model.probability(normalise("bugün hava güzel"))


def test_held_out_split_is_fixed():
    assert datasets.is_held_out("offenseval2020-tr", "20948") == datasets.is_held_out("offenseval2020-tr", "20948")
    share = sum(datasets.is_held_out("x", str(i)) for i in range(10000)) / 10000
    assert 0.08 < share < 0.12


def test_held_out_offenseval_macro_f1(analyzer, data_dir):
    report = evaluation.held_out(analyzer, "tr", data_dir)
    assert report["engine"]["macro_f1"] >= 0.75, evaluation.format_held_out(report)


def test_realistic_hateful_texts_name_their_ground(analyzer):
    for lang in ("tr", "en"):
        assert evaluation.ground_found(analyzer, lang)["ground_found"] >= 0.8


def test_a_model_of_other_features_is_refused(tmp_path):
    """A model trained on another feature set would score garbage silently: loading it must fail instead."""
    shipped = MODELS_DIR / "tr.json.gz"
    with gzip.open(shipped, "rt", encoding="utf-8") as handle:
        data = json.load(handle)
    assert data["features"] == features.FEATURE_SET
    data["features"] = "chars-folded-3-5/words-1-2"
    stale = tmp_path / "tr.json.gz"
    with gzip.open(stale, "wt", encoding="utf-8") as handle:
        json.dump(data, handle)
    with pytest.raises(ValueError, match="retrain"):
        LinearModel.load(stale)


def test_character_text_keeps_turkish_letters_and_punctuation_but_not_mentions_or_links():
    text = features.char_text("@USER SIKINTI değil, ŞIK  bir iş!!! https://t.co/x URL")
    assert text == " sıkıntı değil, şık bir iş!!! "
    assert features.char_text("İstanbul'da ISPARTA") == " istanbul'da ısparta "


def test_each_character_order_is_a_block_of_unit_length():
    """An occurrence is worth 1/sqrt(n-grams of its order in the text), so each order's block has unit length
    when its n-grams are distinct, whatever the text's length."""
    import numpy as np

    texts = [" abcdefgh ", " xy "]
    bucket, owner, value = features.char_buckets(texts)
    for i, text in enumerate(texts):
        grams = sum(max(0, len(text) - n + 1) for n in features.CHAR_ORDERS)
        assert (owner == i).sum() == grams
        orders_present = sum(1 for n in features.CHAR_ORDERS if len(text) >= n)
        assert np.isclose((value[owner == i] ** 2).sum(), orders_present)


def test_word_weights_score_exactly_as_the_named_features():
    from birarada.discourse import features

    weights = {"w:göç": 0.5, "w:yok": -0.25, "b:göç yok": 1.5, "b:yok göç": -2.0, "w:x": 3.0}
    table = features.WordWeights(weights)
    for words in ([], ["göç"], ["göç", "yok"], ["yok", "göç", "yok", "x"], ["başka"]):
        assert table.score(words) == features.word_score(weights, words)
