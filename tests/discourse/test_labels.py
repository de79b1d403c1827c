"""Label semantics, one behaviour per test, in Turkish and English."""

import pytest


def label(analyzer, text):
    return analyzer.analyze(text).label


@pytest.mark.parametrize("text", [
    "Suriyelilerden nefret etmiyorum.", "Kürtler kötü insanlar değil.",
    "I don't hate Muslims.", "Women are not inferior.",
])
def test_negated_hate_is_not_hateful(analyzer, text):
    assert label(analyzer, text) == "none"


@pytest.mark.parametrize("text", [
    "Suriyeliler asla güvenilir olmadılar.", "Kadınlara hiç güvenmiyorum.", "Muslims can never be trusted.",
])
def test_negated_positive_statements_are_hateful(analyzer, text):
    a = analyzer.analyze(text)
    assert a.label == "hateful"
    assert "derogation" in a.types


@pytest.mark.parametrize("text", [
    "'Suriyeliler defolsun' diyenler utanmalı.", "Ermenilere hain demek nefret söylemidir.",
    "Saying \"Muslims are vermin\" is hate speech.", "You have to stop calling refugees animals.",
])
def test_counter_speech_is_none(analyzer, text):
    a = analyzer.analyze(text)
    assert a.label == "none"
    assert "counter_speech" in [s.kind for s in a.signals]


@pytest.mark.parametrize("text", ["Bu telefon tam bir çöp.", "Sen tam bir salaksın.", "This phone is garbage.",
                                  "You are such an idiot.", "Politicians are all liars."])
def test_abuse_without_a_protected_target_is_offensive(analyzer, text):
    assert label(analyzer, text) == "offensive"


@pytest.mark.parametrize("text", [
    "Siktir, anahtarları unuttum.", "Amk yine yağmur yağıyor.", "Fuck, I missed the bus.",
])
def test_profanity_alone_is_offensive(analyzer, text):
    assert label(analyzer, text) == "offensive"


@pytest.mark.parametrize("text", ["Biz lubunyalar gururluyuz.", "İbneyiz, buradayız, alışın!", "We're queer and proud.",
                                  "As a dyke, I love this city."])
def test_reclaimed_slurs_are_none(analyzer, text):
    assert label(analyzer, text) == "none"


@pytest.mark.parametrize("text", ["Suriyeliler ile aynı mahallede yaşıyoruz.", "Aleviler cemevinde toplandı.",
                                  "Many Muslims live in this city.", "I love my trans friends."])
def test_neutral_and_positive_mentions_are_none(analyzer, text):
    a = analyzer.analyze(text)
    assert a.label == "none"
    assert a.targets


@pytest.mark.parametrize("text,expected_type", [
    ("Suriyeliler hayvan sürüsü", "dehumanisation"), ("Kürtleri öldürün", "threat"),
    ("Suriyeliler neden hâlâ burada?", "exclusion"), ("Yahudi gibi cimri", "stereotype"),
    ("Dövülen mülteciler bunu hak etti, oh olsun", "violence_normalisation"),
    ("Kiralar Suriyeliler yüzünden arttı", "blame"), ("LGBT diye bir şey yok", "denial"),
    ("Bu ibneler her yerde", "slur"), ("Ermeni dölü", "slur"),
    ("Immigrants breed like rats", "dehumanisation"), ("Gay people shouldn't be allowed to adopt", "exclusion"),
    ("There is no such thing as a trans woman", "denial"), ("Muslims are ruining this city", "blame"),
])
def test_discourse_types(analyzer, text, expected_type):
    a = analyzer.analyze(text)
    assert a.label == "hateful"
    assert expected_type in a.types


@pytest.mark.parametrize("text,ground", [
    ("Suriyeliler defolsun", "migration"), ("Kürtler defolsun", "ethnicity"), ("Aleviler defolsun", "religion"),
    ("Kadınlar aptal", "gender"), ("Eşcinseller hastalıklı", "sexual_orientation"),
    ("Trans bireyler hastalıklı", "gender_identity"), ("Engelliler yük", "disability"), ("Yaşlılar asalak", "age"),
    ("Fakirler pis", "socioeconomic"), ("Muslims are vermin", "religion"),
    ("Disabled people are a burden", "disability"),
])
def test_grounds(analyzer, text, ground):
    a = analyzer.analyze(text)
    assert a.label == "hateful", text
    assert ground in a.grounds


@pytest.mark.parametrize("text, hateful", [
    ("Kadınlar asla lider olamaz.", True), ("Mülteciler bu ülkeye hiçbir şey katmadı.", True),
    ("Notice how the (((bankers))) always get richer.", True),
    ("Every time there is a measles outbreak, check which Roma camp it started in.", True),
    ("Kadınlar asla unutulmaz.", False), ("Suriyeliler hayatta kalmak için kaçtı.", False),
    ("Every time there is a crime the police come quickly.", False),
])
def test_negated_ability_echo_and_scapegoating(analyzer, text, hateful):
    assert (analyzer.analyze(text).label == "hateful") == hateful, text
