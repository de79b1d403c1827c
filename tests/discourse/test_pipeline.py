"""The engine's pipeline: each component alone on a small Doc, the order of the components, and replacing or
removing one by name."""

import pytest

from birarada.discourse.analyzer import Analyzer
from birarada.discourse.doc import Doc
from birarada.discourse.pipeline import Pipeline

ORDER = ["normalise", "identify_language", "split_run_together_words", "scan_lexicon", "tokenise",
         "quotation_and_reported_speech", "in_group", "negation", "bind_targets", "score", "decide"]


@pytest.fixture(scope="module")
def pipeline(analyzer) -> Pipeline:
    return analyzer.pipeline


def component(pipeline: Pipeline, name: str):
    return pipeline.components[pipeline.names.index(name)]


def before(pipeline: Pipeline, name: str, text: str) -> Doc:
    """A Doc of ``text`` as the component ``name`` receives it: every earlier component has run."""
    doc = Doc(text)
    for c in pipeline.components[:pipeline.names.index(name)]:
        c([doc])
    return doc


def run(pipeline: Pipeline, name: str, text: str) -> Doc:
    """The component ``name`` alone on a Doc prepared by the earlier ones."""
    doc = before(pipeline, name, text)
    component(pipeline, name)([doc])
    return doc


def hit(doc: Doc, kind: str):
    return next(h for h in doc.hits if h.kind == kind)


def test_components_are_listed_in_order(pipeline):
    assert pipeline.names == ORDER


def test_normalise_folds_the_text_into_a_key_traceable_to_it(pipeline):
    doc = run(pipeline, "normalise", "KÜRTLERE")
    assert doc.key == "kurtlere"
    assert doc.normalised.span(0, 8) == (0, 8)


def test_identify_language_lets_the_lexicons_vote_when_the_words_are_too_few(pipeline):
    assert run(pipeline, "identify_language", "Suriyelilerden nefret ediyorum").lang == "tr"
    voted = run(pipeline, "identify_language", "Muslims!")
    assert voted.lang == "en"
    assert [m.kind for m in voted.matches] == ["identity"]  # kept, so the text is not scanned again


def test_scan_lexicon_tells_decisive_texts_from_the_rest(pipeline):
    hateful = run(pipeline, "scan_lexicon", "Suriyelilerden nefret ediyorum")
    assert [m.kind for m in hateful.matches] == ["identity", "negative_emotion"]
    assert hateful.decisive
    swearing = run(pipeline, "scan_lexicon", "siktir git")
    assert [m.kind for m in swearing.matches] == ["profanity"]
    assert not swearing.decisive


def test_tokenise_finds_clauses_sentences_and_quotations_once(pipeline):
    doc = run(pipeline, "tokenise", 'Suriyelilere "hırsız" dediler, bu ırkçılıktır. Yazık')
    assert len(doc.tokens) == len(doc.token_ends) == 6
    assert doc.quotes == [(13, 21)]
    assert doc.sentence(0) == doc.sentence(40) != doc.sentence(48)
    assert doc.clause(0) != doc.clause(32)  # the comma ends a clause
    assert hit(doc, "derogation").quoted and not hit(doc, "identity").quoted
    assert doc.evidence.protected == [hit(doc, "identity")]


def test_tokenise_skips_texts_with_nothing_decisive(pipeline):
    doc = run(pipeline, "tokenise", "siktir git")
    assert doc.tokens == () and doc.hits == ()


def test_quotation_finds_counter_speech_around_a_quoted_insult(pipeline):
    doc = run(pipeline, "quotation_and_reported_speech", 'Suriyelilere "hırsız" dediler, bu ırkçılıktır')
    assert doc.evidence.counter_speech and doc.reported
    assert [kind for kind, _, _ in doc.evidence.signals] == ["counter_speech", "quotation"]
    assert doc.neutralised(hit(doc, "derogation"))


def test_quotation_finds_attacks_referred_to_as_others(pipeline):
    doc = run(pipeline, "quotation_and_reported_speech", "Kürtlerden nefret edenler bu ülkeye zarar veriyor.")
    assert doc.referred_sentences == {1}
    assert doc.neutralised(hit(doc, "negative_emotion"))
    own = run(pipeline, "quotation_and_reported_speech", "Kürtlerden nefret ediyorum.")
    assert not own.referred_sentences and not own.neutralised(hit(own, "negative_emotion"))


def test_quotation_finds_english_reported_speech_judged_by_the_speaker(pipeline):
    doc = run(pipeline, "quotation_and_reported_speech", "I'm sick of people calling immigrants rats")
    assert doc.reported_spans == [(26, 42)]
    assert doc.judges == {hit(doc, "negative_emotion").start}
    assert doc.neutralised(hit(doc, "dehumanisation"))


def test_in_group_finds_a_first_person_group_name(pipeline):
    doc = run(pipeline, "in_group", "Kürdüm ve gurur duyuyorum")
    assert hit(doc, "identity").in_group
    assert doc.evidence.in_group
    assert doc.evidence.signals == [("in_group", 0, 6)]
    other = run(pipeline, "in_group", "Kürtler ve gurur duyuyorum")
    assert not hit(other, "identity").in_group and not other.evidence.in_group


def test_in_group_finds_an_english_marker_but_not_a_comparison(pipeline):
    assert hit(run(pipeline, "in_group", "As a Muslim I disagree"), "identity").in_group
    assert not hit(run(pipeline, "in_group", "as cheap as a Jew"), "identity").in_group


@pytest.mark.parametrize(("text", "negated"), [
    ("Suriyelilerden nefret etmiyorum", True),  # the negation follows, on the word itself
    ("Suriyelilerden nefret ediyorum", False),
    ("Suriyeliler güvenilir değil", True),  # … or on a following word
    ("I do not hate Muslims", True),  # English: it precedes
    ("I hate Muslims", False),
])
def test_negation_marks_the_cue(pipeline, text, negated):
    doc = run(pipeline, "negation", text)
    cue = next(h for h in doc.hits if h.kind in ("negative_emotion", "positive"))
    assert cue.negated is negated
    assert not hit(doc, "identity").negated


def test_bind_targets_binds_across_a_clause_boundary(pipeline):
    doc = run(pipeline, "bind_targets", "Suriyeliler, hepsi hırsız.")
    group, cue = hit(doc, "identity"), hit(doc, "derogation")
    assert doc.clause(group.start) != doc.clause(cue.start)
    assert doc.evidence.attacks == [("derogation", cue, group)]


def test_bind_targets_lets_an_unprotected_group_in_the_cues_clause_win(pipeline):
    doc = run(pipeline, "bind_targets", "Suriyeliler değil, politikacılar hırsız.")
    assert doc.evidence.attacks == []
    assert doc.evidence.offensive == [hit(doc, "derogation")]


def test_bind_targets_binds_across_sentences_when_nothing_is_nearer(pipeline):
    doc = run(pipeline, "bind_targets", "Suriyeliler geldi. Hepsi hırsız.")
    assert doc.evidence.attacks == [("derogation", hit(doc, "derogation"), hit(doc, "identity"))]


def test_bind_targets_only_records_swearing_in_a_text_with_nothing_decisive(pipeline):
    doc = run(pipeline, "bind_targets", "siktir git")
    assert doc.evidence.signals == [("profanity", 0, 6)]
    assert [h.kind for h in doc.evidence.offensive] == ["profanity"]


def test_score_gives_each_text_the_models_probability(pipeline, analyzer):
    docs = [before(pipeline, "score", t) for t in ("Bugün hava çok güzel", "siktir git lan", "Muslims!")]
    component(pipeline, "score")(docs)
    for doc in docs:
        assert doc.probability == analyzer.models[doc.lang].probability(doc.normalised)
    assert docs[1].probability > docs[0].probability


def test_decide_labels_from_the_evidence(pipeline):
    assert run(pipeline, "decide", "Suriyelilerden nefret ediyorum").analysis.label == "hateful"
    assert run(pipeline, "decide", "Suriyelilerden nefret etmiyorum").analysis.label == "none"
    unsupported = run(pipeline, "decide", "اللاجئون يجب أن يرحلوا").analysis
    assert unsupported.lang == "ar" and [s.kind for s in unsupported.signals] == ["not_analysed"]


class Certain:
    """A model that finds every text offensive."""

    name = "score"

    def __call__(self, docs):
        for doc in docs:
            doc.probability = 0.99


def test_replacing_a_component_changes_the_result(pipeline):
    text = "Bugün hava çok güzel"
    replaced = pipeline.replace("score", Certain())
    assert replaced.names == ORDER
    assert Analyzer(pipeline=pipeline).analyze(text).label == "none"
    result = Analyzer(pipeline=replaced).analyze(text)
    assert result.label == "offensive"
    assert [s.kind for s in result.signals] == ["statistical"]


def test_removing_negation_turns_negated_hate_into_hate(pipeline):
    text = "Suriyelilerden nefret etmiyorum"
    without = pipeline.remove("negation")
    assert "negation" not in without.names and len(without.names) == len(ORDER) - 1
    docs = [Doc(text)]
    without(docs)
    assert docs[0].analysis.label == "hateful"
    assert pipeline.names == ORDER  # replace and remove leave the original pipeline as it was


def test_an_unknown_or_repeated_name_is_refused(pipeline):
    with pytest.raises(KeyError, match="no component 'spell_check'"):
        pipeline.replace("spell_check", Certain())
    with pytest.raises(ValueError, match="unique"):
        Pipeline([*pipeline.components, Certain()])


def test_worker_processes_analyse_with_the_replaced_component(pipeline):
    texts = ["Bugün hava çok güzel"] * 4
    results = Analyzer(pipeline=pipeline.replace("score", Certain())).analyze_batch(texts, n_jobs=2)
    assert [r.label for r in results] == ["offensive"] * 4


def test_split_run_together_words_alone_gives_the_scan_words_to_read(pipeline):
    docs = [run(pipeline, "split_run_together_words", text)
            for text in ("suriyelilerdefolsun", "Mahallemizde yeni bir park açıldı")]
    assert docs[0].key == "suriyeliler defolsun"
    assert docs[0].normalised.span(12, 20) == (11, 19)  # "defolsun" in the original text
    assert docs[1].key == "mahallemizde yeni bir park acildi"  # nothing to split: unchanged
