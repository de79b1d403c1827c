"""The observatory's actions on their own: slugs, the checks they make, one audit row each, the index kept."""

import pytest

from birarada.core.models import AuditEvent
from birarada.network import observatory as actions
from birarada.network.models import NetworkMembership, Practice, PracticeTag
from tests.network.observatory.conftest import ENGLISH, FACTS, TURKISH, make_practice, png_bytes, upload


def test_slugs_spell_turkish_in_ascii_and_stay_unique(city, network):
    first = make_practice(city["izmir"], network, text={**TURKISH, "title": "Işıklı Çarşı: Göç ve Şehir"})
    second = make_practice(city["izmir"], network, text={**TURKISH, "title": "Işıklı Çarşı: Göç ve Şehir"})
    arabic = make_practice(city["izmir"], network, language="ar", text={**ENGLISH, "title": "دروس اللغة"})
    assert first.slug == "isikli-carsi-goc-ve-sehir" and second.slug == "isikli-carsi-goc-ve-sehir-2"
    assert arabic.slug == "practice"
    assert len(make_practice(city["izmir"], network, text={**TURKISH, "title": "Ç" * 200}).slug) <= 80


@pytest.mark.parametrize(("change", "message"), [
    ({"themes": []}, "Choose at least one theme."),
    ({"themes": ["no-such"]}, "Unknown value among the themes."),
    ({"grounds": ["aliens"]}, "Unknown value among the grounds."),
    ({"country": "Türkiye"}, "two-letter code"),
    ({"city": " "}, "in which city"),
    ({"started": 2022, "ended": 2020}, "cannot end before it started"),
    ({"licence": "GPL"}, "licences offered"),
])
def test_what_a_practice_must_have(city, network, change, message):
    with pytest.raises(actions.PracticeError, match=message):
        make_practice(city["izmir"], network, **change)
    practice = make_practice(city["izmir"], network)
    with pytest.raises(actions.PracticeError, match=message):
        actions.do_update_practice(practice, actor=None, **change)
    assert Practice.objects.count() == 1 and AuditEvent.objects.filter(verb="practice.update").count() == 0


def test_a_practice_goes_to_one_of_the_owners_networks(city, network):
    NetworkMembership.objects.filter(member=city["bornova"]).delete()
    with pytest.raises(actions.PracticeError, match="not a member of this network"):
        make_practice(city["bornova"], network)
    with pytest.raises(actions.PracticeError, match="title, a summary and what was done"):
        make_practice(city["izmir"], network, text={**TURKISH, "action": "  "})
    with pytest.raises(actions.PracticeError, match="languages offered"):
        make_practice(city["izmir"], network, language="fr", text=TURKISH)
    assert not Practice.objects.exists() and not AuditEvent.objects.filter(verb="practice.create").exists()


def test_each_action_writes_one_audit_row_in_the_right_log(city, network, author, editor):
    izmir = city["izmir"]
    steps = [
        ("practice.update", izmir, lambda p: actions.do_update_practice(p, actor=author, population=10)),
        ("practice.text_add", izmir, lambda p: actions.do_save_practice_text(p, "en", actor=author, **ENGLISH)),
        ("practice.text_update", izmir, lambda p: actions.do_save_practice_text(
            p, "en", actor=author, **{**ENGLISH, "title": "New"})),
        ("practice.file_add", izmir, lambda p: actions.do_add_practice_file(
            p, title="F", upload=upload("f.png", png_bytes()), actor=author)),
        ("practice.file_remove", izmir, lambda p: actions.do_remove_practice_file(p.files.get(), actor=author)),
        ("practice.submit", izmir, lambda p: actions.do_submit_practice(p, actor=author)),
        ("practice.comment", network, lambda p: actions.do_comment_practice(p, text="?", actor=editor,
                                                                            by_editor=True)),
        ("practice.return", network, lambda p: actions.do_return_practice(p, comment="Eksik", actor=editor)),
        ("practice.comment", izmir, lambda p: actions.do_comment_practice(p, text="!", actor=author,
                                                                          by_editor=False)),
        ("practice.submit", izmir, lambda p: actions.do_submit_practice(p, actor=author)),
        ("practice.publish", network, lambda p: actions.do_publish_practice(p, actor=editor)),
        ("practice.unpublish", network, lambda p: actions.do_unpublish_practice(p, actor=editor)),
    ]
    practice = actions.do_create_practice(izmir, network=network, language="tr", actor=author, **FACTS, **TURKISH)
    assert list(AuditEvent.objects.filter(target_type="network.practice").values_list("verb", "organization")) == [
        ("practice.create", izmir.pk)]
    for verb, organization, step in steps:
        before = AuditEvent.objects.count()
        step(Practice.objects.get(pk=practice.pk))
        assert AuditEvent.objects.count() == before + 1, verb
        last = AuditEvent.objects.order_by("-pk").first()
        assert (last.verb, last.organization) == (verb, organization)
    # Nothing changed, nothing recorded.
    before = AuditEvent.objects.count()
    current = Practice.objects.get(pk=practice.pk)
    actions.do_update_practice(current, actor=author, population=10)
    actions.do_save_practice_text(current, "en", actor=author, **{**ENGLISH, "title": "New"})
    assert AuditEvent.objects.count() == before


def test_moves_that_the_review_does_not_allow(city, network):
    draft = make_practice(city["izmir"], network)
    for move in (actions.do_publish_practice, actions.do_unpublish_practice):
        with pytest.raises(actions.PracticeError):
            move(draft, actor=None)
    with pytest.raises(actions.PracticeError):
        actions.do_return_practice(draft, comment="x", actor=None)
    waiting = actions.do_submit_practice(draft, actor=None)
    with pytest.raises(actions.PracticeError, match="comment is required"):
        actions.do_return_practice(waiting, comment=" ", actor=None)
    with pytest.raises(actions.PracticeError, match="Write the comment"):
        actions.do_comment_practice(waiting, text="", actor=None, by_editor=True)
    assert Practice.objects.get().status == "in_review"


def test_the_index_follows_every_change(city, network):
    practice = make_practice(city["izmir"], network, status="published")
    assert set(PracticeTag.objects.filter(practice=practice).values_list("facet", "value")) == {
        ("theme", "migration"), ("theme", "social_inclusion"), ("ground", "migration"), ("area", "education"),
        ("country", "TR"), ("size", "metropolis"), ("lang", "tr")}
    actions.do_save_practice_text(practice, "en", actor=None, **ENGLISH)
    actions.do_update_practice(practice, actor=None, country="be", population=50_000, themes=["culture"],
                               organizations=[city["ngo"]])
    assert set(PracticeTag.objects.filter(practice=practice).values_list("facet", "value")) == {
        ("theme", "culture"), ("ground", "migration"), ("area", "education"), ("country", "BE"), ("size", "small"),
        ("lang", "tr"), ("lang", "en")}
    english = practice.texts.get(language="en")
    assert "Welcoming Refugees" in english.search_text and "Listed NGO" in english.search_text


def test_changed_after_publication(city, network):
    practice = make_practice(city["izmir"], network, status="published")
    assert not actions.changed_after_publication(practice)
    actions.do_save_practice_text(practice, "tr", actor=None, **{**TURKISH, "results": "400 kişi"})
    practice.refresh_from_db()
    assert practice.status == "published" and actions.changed_after_publication(practice)


def test_sources_become_links_only_for_web_addresses():
    practice = Practice(sources="Haber https://example.org/a\nftp ftp://example.org/x\n"
                                "javascript:alert(1)\n\nhttp://example.org/b\nBaşlık http//kırık")
    found = [(s.title, s.url) for s in actions.sources_of(practice)]
    assert found == [("Haber", "https://example.org/a"), ("ftp ftp://example.org/x", ""),
                     ("javascript:alert(1)", ""), ("http://example.org/b", "http://example.org/b"),
                     ("Başlık http//kırık", "")]
