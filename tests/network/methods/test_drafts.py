"""A draft is seen only by its organization's contributors and its network's editors: publicly (page, card,
files) and for other organizations it is missing, with the same 404 as something that does not exist."""

import pytest

from birarada.core.models import Role
from birarada.network import methods as actions
from tests.authz import main_content
from tests.conftest import en

from .conftest import make_method, pdf_bytes, upload


@pytest.fixture
def draft(city, network):
    method = make_method(city["izmir"], network)
    actions.do_add_method_file(method, title="Kartlar", upload=upload("kartlar.pdf", pdf_bytes()), actor=None)
    return method


def test_a_draft_is_missing_publicly(client, draft):
    item = draft.files.get()
    missing = client.get(en("network:method", "no-such-method"))
    for url in (en("network:method", draft.slug), en("network:method_card", draft.slug),
                en("network:method_file", draft.slug, item.pk)):
        response = client.get(url)
        assert response.status_code == 404, url
    assert main_content(client.get(en("network:method", draft.slug)).content) == main_content(missing.content)
    assert draft.title not in client.get(en("network:methods")).content.decode()


def test_a_draft_is_missing_for_signed_in_people_too(client, draft, writer):
    client.force_login(writer)  # even its own authors read it in their workspace, not on the public page
    assert client.get(en("network:method", draft.slug)).status_code == 404


def test_a_draft_is_missing_for_other_organizations(client, city, draft, make_member):
    item = draft.files.get()
    for slug in ("bornova", "elsewhere"):
        person = make_member(f"{slug}-writer", city[slug], Role.COORDINATOR)
        client.force_login(person)
        for url in (en("network:method_edit", slug, draft.pk), en("network:my_method_file", slug, draft.pk, item.pk),
                    en("network:method_edit", "izmir", draft.pk),
                    en("network:my_method_file", "izmir", draft.pk, item.pk)):
            assert client.get(url).status_code == 404, (slug, url)
        assert client.post(en("network:method_file_remove", slug, draft.pk, item.pk)).status_code == 404
        assert draft.title not in client.get(en("network:my_methods", slug)).content.decode()
    assert draft.files.count() == 1


def test_a_published_methods_file_is_public_but_not_another_methods(client, city, network, draft):
    published = make_method(city["bornova"], network, publish=True, title="Yayımlanmış")
    item = draft.files.get()
    # A file of the draft through the published method's address: missing.
    assert client.get(en("network:method_file", published.slug, item.pk)).status_code == 404


def test_the_editors_of_another_network_do_not_see_it(client, city, draft, make_member):
    from birarada.core.models import Organization, OrganizationKind

    other = Organization.objects.create(slug="baska-ag", name="Başka Ağ", kind=OrganizationKind.NETWORK,
                                        uses_platform=True)
    client.force_login(make_member("other-editor", other, Role.COORDINATOR))
    assert draft.title not in client.get(en("network:review_methods", "baska-ag")).content.decode()
    assert client.get(en("network:review_method", "baska-ag", draft.pk)).status_code == 404
    assert client.post(en("network:publish_method", "baska-ag", draft.pk)).status_code == 404
    draft.refresh_from_db()
    assert draft.status == "draft"


def test_the_networks_editor_reads_its_files(client, draft, editor):
    item = draft.files.get()
    client.force_login(editor)
    response = client.get(en("network:review_method_file", "agi", draft.pk, item.pk))
    assert response.status_code == 200
    assert b"".join(response.streaming_content).startswith(b"%PDF-")
