"""A method's whole life through the pages: written by izmir, published by the network's editor, read and
printed by anyone, used by another organization at one of its events, and the page shows that use and the
average rating."""

import io
import os
from datetime import timedelta

from django.utils import timezone
from pypdf import PdfReader

from birarada.core.models import AuditEvent
from birarada.network.choices import MethodStatus
from birarada.network.models import Method, MethodFile, MethodUse
from tests.conftest import en

from .conftest import form_data, make_event, make_method, pdf_bytes, upload


def test_create_publish_read_print_and_use(client, city, network, writer, editor, elsewhere_coordinator):
    # izmir's communications officer writes the method: a draft of the network's pool.
    client.force_login(writer)
    assert client.get(en("network:my_methods", "izmir")).status_code == 200
    page = client.get(en("network:method_create", "izmir"))
    assert page.status_code == 200 and "Kapsayıcı Kentler Ağı" in page.content.decode()
    response = client.post(en("network:method_create", "izmir"), form_data(network, developed_by=[city["izmir"].pk]))
    assert response.status_code == 302, response.content.decode()[:3000]
    method = Method.objects.get()
    assert method.slug == "onyargi-carki-isik-ve-golge"
    assert method.status == MethodStatus.DRAFT and method.owner == city["izmir"] and method.network == network
    assert list(method.developed_by.all()) == [city["izmir"]]
    assert response["Location"] == en("network:method_edit", "izmir", method.pk)

    # An attachment, checked by its content.
    response = client.post(en("network:method_file_add", "izmir", method.pk),
                           {"title": "Çark kartları", "file": upload("kartlar.pdf", pdf_bytes())})
    assert response.status_code == 302
    item = MethodFile.objects.get()
    assert item.content_type == "application/pdf"
    owner_copy = client.get(en("network:my_method_file", "izmir", method.pk, item.pk))
    assert owner_copy.status_code == 200 and b"".join(owner_copy.streaming_content).startswith(b"%PDF-")

    # Not public yet.
    client.logout()
    assert client.get(en("network:method", method.slug)).status_code == 404

    # The network's editor publishes it.
    client.force_login(editor)
    review = client.get(en("network:review_methods", "agi")).content.decode()
    assert "Önyargı Çarkı: Işık ve Gölge" in review
    assert client.get(en("network:review_method", "agi", method.pk)).status_code == 200
    assert client.post(en("network:publish_method", "agi", method.pk)).status_code == 302
    method.refresh_from_db()
    assert method.status == MethodStatus.PUBLISHED and method.published_at is not None

    # Anyone reads it.
    client.logout()
    html = client.get(en("network:method", method.slug)).content.decode()
    for expected in ("Önyargı Çarkı: Işık ve Gölge", "Katılımcılar gündelik önyargıları", "Gençler ve belediye",
                     "8 to 20 people", "90 minutes", "Kartlar, kalemler", "Yargılamadan dinleyin",
                     "büyük puntolu", "Ayrımcı bir söz", "Çevrimiçi de", "Migration and refugee status",
                     "https://creativecommons.org/licenses/by/4.0/", "Çark kartları",
                     "No organization has reported using this method yet."):
        assert expected in html, expected
    assert html.index("Tanışma oyunu") < html.index("Çarkı çevirin") < html.index("Değerlendirme")
    assert "<ol>" in html
    assert en("core:organization_detail", "izmir") in html  # who developed it, linked in the directory
    public_file = client.get(en("network:method_file", method.slug, item.pk))
    assert public_file.status_code == 200
    assert b"".join(public_file.streaming_content).startswith(b"%PDF-")
    assert en("network:method", method.slug) in client.get(en("network:methods")).content.decode()

    # …and prints its card.
    card = client.get(en("network:method_card", method.slug))
    assert card.status_code == 200 and card["Content-Type"] == "application/pdf"
    reader = PdfReader(io.BytesIO(card.content))
    assert len(reader.pages) == 1
    text = reader.pages[0].extract_text()
    assert "Önyargı Çarkı: Işık ve Gölge" in text
    assert en("network:method", method.slug) in text

    # Another member organization used it at one of its events.
    event = make_event(city["elsewhere"], days_ago=3)
    client.force_login(elsewhere_coordinator)
    page = client.get(en("network:method_use", "elsewhere") + f"?method={method.slug}")
    assert page.status_code == 200 and "Önyargı atölyesi" in page.content.decode()
    response = client.post(en("network:method_use", "elsewhere"), {
        "method": method.slug, "used_on": (timezone.localdate() - timedelta(days=3)).isoformat(), "rating": "4",
        "report": "Gençlerle çok iyi işledi; çarkı büyüttük.", "event": event.pk})
    assert response.status_code == 302, response.content.decode()[-4000:]
    assert response["Location"] == en("network:method", method.slug)
    # A second use of the same organization, without an event.
    response = client.post(en("network:method_use", "elsewhere"), {
        "method": method.slug, "used_on": timezone.localdate().isoformat(), "rating": "5",
        "report": "İkinci kez, personelle."})
    assert response.status_code == 302
    assert MethodUse.objects.filter(organization=city["elsewhere"]).count() == 2
    assert AuditEvent.objects.filter(verb="method.use", organization=city["elsewhere"]).count() == 2

    client.logout()
    html = client.get(en("network:method", method.slug)).content.decode()
    assert "Elsewhere Equality Unit" in html
    assert "Gençlerle çok iyi işledi" in html and "İkinci kez, personelle." in html
    assert "rated 4 out of 5" in html and "rated 5 out of 5" in html
    assert "4.5 / 5" in html  # the average
    assert en("events:public_event", "elsewhere", "atolye") in html
    # The workspace lists what the organization used.
    client.force_login(elsewhere_coordinator)
    mine = client.get(en("network:my_methods", "elsewhere")).content.decode()
    assert "Önyargı Çarkı: Işık ve Gölge" in mine and "Önyargı atölyesi" in mine


def test_an_invitation_only_event_is_not_named_on_the_public_page(client, city, network, elsewhere_coordinator):
    method = make_method(city["izmir"], network, publish=True)
    closed = make_event(city["elsewhere"], slug="kapali", is_public=False, title="Kapalı toplantı")
    client.force_login(elsewhere_coordinator)
    response = client.post(en("network:method_use", "elsewhere"), {
        "method": method.slug, "used_on": timezone.localdate().isoformat(), "rating": "3",
        "report": "Kapalı bir toplantıda kullandık.", "event": closed.pk})
    assert response.status_code == 302
    client.logout()
    html = client.get(en("network:method", method.slug)).content.decode()
    assert "Kapalı bir toplantıda kullandık." in html
    assert "Kapalı toplantı" not in html and "kapali" not in html


def test_the_method_page_offers_a_signed_in_contributor_to_report_a_use(client, city, network, writer, bob):
    method = make_method(city["izmir"], network, publish=True)
    client.force_login(writer)
    html = client.get(en("network:method", method.slug)).content.decode()
    assert f'{en("network:method_use", "izmir")}?method={method.slug}' in html
    client.force_login(bob)  # a viewer contributes nothing
    assert en("network:method_use", "izmir") not in client.get(en("network:method", method.slug)).content.decode()


def test_attachments_are_removed_by_their_organization(client, city, network, writer,
                                                       django_capture_on_commit_callbacks):
    method = make_method(city["izmir"], network)
    client.force_login(writer)
    client.post(en("network:method_file_add", "izmir", method.pk),
                {"title": "Kartlar", "file": upload("kartlar.pdf", pdf_bytes())})
    item = MethodFile.objects.get()
    stored = item.file.path
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(en("network:method_file_remove", "izmir", method.pk, item.pk))
    assert response.status_code == 302
    assert not MethodFile.objects.exists()
    assert AuditEvent.objects.filter(verb="method.file_remove").count() == 1
    assert not os.path.exists(stored)


def test_editing_changes_the_method_but_not_its_address(client, city, network, writer):
    method = make_method(city["izmir"], network, publish=True)
    client.force_login(writer)
    response = client.post(en("network:method_edit", "izmir", method.pk),
                           form_data(network, title="Önyargı Çarkı (yeni)", duration_minutes=60))
    assert response.status_code == 302
    method.refresh_from_db()
    assert method.title == "Önyargı Çarkı (yeni)" and method.duration_minutes == 60
    assert method.slug == "onyargi-carki-isik-ve-golge" and method.status == MethodStatus.PUBLISHED
    event = AuditEvent.objects.get(verb="method.update")
    assert event.changes["changed"] == ["duration_minutes", "title"]


def test_the_editor_unpublishes(client, city, network, editor):
    method = make_method(city["izmir"], network, publish=True)
    client.force_login(editor)
    assert client.post(en("network:unpublish_method", "agi", method.pk)).status_code == 302
    method.refresh_from_db()
    assert method.status == MethodStatus.DRAFT and method.published_at is None
    client.logout()
    assert client.get(en("network:method", method.slug)).status_code == 404


def test_every_page_answers_in_every_language(client, city, network, writer, editor):
    method = make_method(city["izmir"], network, publish=True)
    draft = make_method(city["izmir"], network, title="Taslak")
    for language in ("tr", "en", "ar"):
        client.logout()
        for path in (f"/{language}/methods/", f"/{language}/methods/?sort=rating&ground=migration&group=10",
                     f"/{language}/methods/{method.slug}/"):
            assert client.get(path).status_code == 200, path
        client.force_login(writer)
        base = f"/{language}/workspace/izmir/methods/"
        for path in (base, base + "new/", base + f"{draft.pk}/", base + "uses/", f"/{language}/methods/{method.slug}/"):
            assert client.get(path).status_code == 200, path
        client.force_login(editor)
        review = f"/{language}/workspace/agi/methods/review/"
        for path in (review, review + f"{draft.pk}/"):
            assert client.get(path).status_code == 200, path


def test_the_page_shows_published_practices_that_use_it_and_who_developed_it(client, city, network, kusak):
    from django.urls import NoReverseMatch, reverse

    from birarada.network.choices import PracticeStatus
    from birarada.network.models import Practice, PracticeText

    def practice(slug, title):
        found = Practice.objects.create(slug=slug, network=network, owner=city["izmir"], city="İzmir", country="TR",
                                        status=PracticeStatus.PUBLISHED, published_at=timezone.now())
        PracticeText.objects.create(practice=found, language="en", title=title, summary="…", action="…")
        return found

    shown, hidden = practice("meclis", "Inclusive city council"), practice("gizli", "Withdrawn practice")
    method = make_method(city["izmir"], network, publish=True, practices=[shown, hidden],
                         developed_by=[kusak, city["izmir"]])
    Practice.objects.filter(pk=hidden.pk).update(status=PracticeStatus.DRAFT)
    city["izmir"].listed_in_directory = False
    city["izmir"].save()
    html = client.get(en("network:method", method.slug)).content.decode()
    assert "Inclusive city council" in html and "Withdrawn practice" not in html
    try:
        assert reverse("network:practice", args=["meclis"]) in html
    except NoReverseMatch:  # the observatory's pages are not installed: the title is shown without a link
        pass
    assert "Kuşak Derneği" in html and en("core:organization_detail", "kusak") in html
    assert "İzmir Equality Unit" in html and en("core:organization_detail", "izmir") not in html
