"""The observatory end to end through the pages: an author writes a practice, adds an English version and a
picture, submits it; the network's editor comments, sends it back, the author answers and resubmits, the editor
publishes; the public finds it, reads it in either language, sees its picture; an edit after publication shows to
the editors; unpublishing takes it off the public site. Every change leaves one audit row."""

from birarada.core.models import AuditEvent
from birarada.network.models import Practice, PracticeFile, ReviewComment
from tests.network.observatory.conftest import ENGLISH, new_form, png_bytes, upload


def audit(verb):
    return list(AuditEvent.objects.filter(verb=verb))


def test_from_draft_to_the_public_page(client, city, network, author, editor):
    izmir = city["izmir"]
    client.force_login(author)
    # Write.
    assert client.get("/en/workspace/izmir/practices/new/").status_code == 200
    response = client.post("/en/workspace/izmir/practices/new/", new_form(network, organizations=[city["ngo"].pk]))
    assert response.status_code == 302, response.content.decode()[:3000]
    practice = Practice.objects.get()
    assert practice.slug == "multecilere-turkce-kursu-ve-mahalle-bulusmalari"
    assert practice.owner == izmir and practice.network == network and practice.status == "draft"
    assert practice.author == author and list(practice.organizations.all()) == [city["ngo"]]
    assert response["Location"] == f"/en/workspace/izmir/practices/{practice.pk}/"
    [created] = audit("practice.create")
    assert created.organization == izmir and created.actor == author
    base = f"/en/workspace/izmir/practices/{practice.pk}/"
    page = client.get(base).content.decode()
    assert "Mültecilere Türkçe Kursu" in page and "Draft" in page
    # A draft is nobody else's business.
    assert client.get(f"/en/observatory/{practice.slug}/").status_code == 404
    # An English version, a picture.
    assert client.post(base + "text/en/", ENGLISH).status_code == 302
    assert client.post(base + "files/", {"title": "Kurs günü", "file": upload("kurs.png", png_bytes())}
                       ).status_code == 302
    picture = PracticeFile.objects.get()
    assert picture.content_type == "image/png" and "kurs" not in picture.file.name
    assert client.get(f"/en/observatory/{practice.slug}/files/{picture.pk}/").status_code == 404  # not public yet
    own_copy = client.get(base + f"files/{picture.pk}/")
    assert own_copy.status_code == 200 and b"".join(own_copy.streaming_content) == png_bytes()
    # Submit.
    assert client.post(base + "submit/").status_code == 302
    practice.refresh_from_db()
    assert practice.status == "in_review" and len(audit("practice.submit")) == 1
    assert client.post(base + "submit/").status_code == 400  # once is enough
    # The editor reads it, comments, sends it back.
    client.force_login(editor)
    review = f"/en/workspace/agi/observatory/review/{practice.pk}/"
    listing = client.get("/en/workspace/agi/observatory/review/").content.decode()
    assert "Welcoming Refugees" in listing and "In review" in listing  # in the page's language
    page = client.get(review).content.decode()
    assert "Welcoming Refugees" in page and "Kurs günü" in page
    assert client.get(review + f"files/{picture.pk}/").status_code == 200
    assert client.post(review + "comment/", {"text": "Sonuçlara kaynak ekler misiniz?"}).status_code == 302
    refused = client.post(review + "return/", {"comment": "  "})
    assert refused.status_code == 400 and Practice.objects.get().status == "in_review"
    assert client.post(review + "return/", {"comment": "Kaynak eksik."}).status_code == 302
    practice.refresh_from_db()
    assert practice.status == "draft"
    [comment_row] = audit("practice.comment")
    [returned] = audit("practice.return")
    assert comment_row.organization == network and returned.organization == network
    # The author reads the comments, answers, resubmits.
    client.force_login(author)
    page = client.get(base).content.decode()
    assert "Sonuçlara kaynak ekler misiniz?" in page and "Kaynak eksik." in page and "Emre" in page
    assert client.post(base + "comment/", {"text": "Kaynak eklendi."}).status_code == 302
    answer = ReviewComment.objects.get(text="Kaynak eklendi.")
    assert "İzmir Equality Unit" in answer.author_name
    assert AuditEvent.objects.filter(verb="practice.comment", organization=izmir).count() == 1
    assert client.post(base + "submit/").status_code == 302
    # The editor publishes.
    client.force_login(editor)
    assert client.post(review + "publish/").status_code == 302
    practice.refresh_from_db()
    assert practice.status == "published" and practice.published_at is not None
    [published] = audit("practice.publish")
    assert published.organization == network
    assert "changed after publication" not in client.get("/en/workspace/agi/observatory/review/").content.decode()
    # The public.
    client.logout()
    found = client.get("/en/observatory/?q=mülteci").content.decode()
    assert f"/en/observatory/{practice.slug}/" in found
    turkish = client.get(f"/tr/observatory/{practice.slug}/").content.decode()
    assert "Mültecilere Türkçe Kursu" in turkish and f'href="/en/observatory/{practice.slug}/"' in turkish
    english = client.get(f"/en/observatory/{practice.slug}/").content.decode()
    assert "Welcoming Refugees in the Neighbourhood" in english and 'lang="en"' in english
    assert f"/en/observatory/{practice.slug}/files/{picture.pk}/" in english
    shown = client.get(f"/en/observatory/{practice.slug}/files/{picture.pk}/")
    assert shown.status_code == 200 and shown["Content-Type"] == "image/png"
    # An edit after publication keeps it public; the editors see it changed.
    client.force_login(author)
    facts = new_form(network, population=4_500_000, organizations=[city["ngo"].pk])
    assert client.post(base + "edit/", facts).status_code == 302
    practice.refresh_from_db()
    assert practice.status == "published" and practice.population == 4_500_000
    client.force_login(editor)
    assert "changed after publication" in client.get("/en/workspace/agi/observatory/review/").content.decode()
    assert "Changed after publication" in client.get(review).content.decode()
    # Unpublished: gone from the public site, back in review.
    assert client.post(review + "unpublish/").status_code == 302
    practice.refresh_from_db()
    assert practice.status == "in_review" and practice.published_at is None
    client.logout()
    assert client.get(f"/en/observatory/{practice.slug}/").status_code == 404
    assert client.get(f"/en/observatory/{practice.slug}/files/{picture.pk}/").status_code == 404
    assert practice.slug not in client.get("/en/observatory/").content.decode()
    # One audit row for each change, each in the right organization's log.
    verbs = list(AuditEvent.objects.filter(target_type="network.practice").order_by("pk")
                 .values_list("verb", "organization__slug"))
    assert verbs == [("practice.create", "izmir"), ("practice.text_add", "izmir"), ("practice.file_add", "izmir"),
                     ("practice.submit", "izmir"), ("practice.comment", "agi"), ("practice.return", "agi"),
                     ("practice.comment", "izmir"), ("practice.submit", "izmir"), ("practice.publish", "agi"),
                     ("practice.update", "izmir"), ("practice.unpublish", "agi")]


def test_a_coordinating_member_reviews_for_the_network(client, city, network, author, make_member):
    from tests.network.observatory.conftest import make_practice

    practice = make_practice(city["bornova"], network, status="in_review")
    coordinator = make_member("izmir-coordinator", city["izmir"], "coordinator")
    client.force_login(coordinator)
    assert client.post(f"/en/workspace/agi/observatory/review/{practice.pk}/publish/").status_code == 302
    practice.refresh_from_db()
    assert practice.status == "published"


def test_submitting_needs_a_complete_text_and_creating_needs_a_network(client, city, network, author, make_member):
    from birarada.network.models import PracticeText
    from tests.network.observatory.conftest import make_practice

    practice = make_practice(city["izmir"], network)
    PracticeText.objects.filter(practice=practice).update(summary="")
    client.force_login(author)
    refused = client.post(f"/en/workspace/izmir/practices/{practice.pk}/submit/")
    assert refused.status_code == 400 and "at least one language version" in refused.content.decode()
    assert Practice.objects.get().status == "draft"
    # An organization in no network cannot write one, and is told why.
    stranger = make_member("kusak-writer", city["elsewhere"], "communications")
    from birarada.network.models import NetworkMembership

    NetworkMembership.objects.filter(member=city["elsewhere"]).delete()
    client.force_login(stranger)
    page = client.get("/en/workspace/elsewhere/practices/new/")
    assert page.status_code == 200 and "belongs to no network" in page.content.decode()
    assert client.post("/en/workspace/elsewhere/practices/new/", new_form(network)).status_code == 400
    assert Practice.objects.count() == 1


def test_the_new_form_says_what_is_missing(client, network, author):
    client.force_login(author)
    response = client.post("/en/workspace/izmir/practices/new/", new_form(network, themes=[], title="", ended=2019))
    page = response.content.decode()
    assert response.status_code == 400 and "Choose at least one theme." in page
    assert "The practice cannot end before it started." in page and "This field is required." in page
    assert not Practice.objects.exists()


def test_the_new_form_starts_from_the_organization(client, city, network, author):
    client.force_login(author)
    page = client.get("/en/workspace/izmir/practices/new/").content.decode()
    assert 'value="İzmir"' in page and 'value="TR"' in page and "Kapsayıcı Kentler Ağı" in page


def test_language_versions_can_be_changed_and_an_unknown_language_is_missing(client, city, network, author):
    from tests.network.observatory.conftest import make_practice

    practice = make_practice(city["izmir"], network)
    client.force_login(author)
    base = f"/en/workspace/izmir/practices/{practice.pk}/"
    form = client.get(base + "text/tr/").content.decode()
    assert "Mültecilere Türkçe Kursu" in form
    arabic = client.get(base + "text/ar/").content.decode()
    assert 'lang="ar" dir="rtl"' in arabic
    changed = {**ENGLISH, "title": "Yeni başlık", "summary": "Yeni özet", "action": "Yeni eylem"}
    assert client.post(base + "text/tr/", changed).status_code == 302
    assert practice.texts.get(language="tr").title == "Yeni başlık"
    assert len(audit("practice.text_update")) == 1
    assert client.get(base + "text/fr/").status_code == 404
    assert client.post(base + "text/en/", {**ENGLISH, "action": ""}).status_code == 400
