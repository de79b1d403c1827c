"""What the pages refuse: each refusal answers 400 with a message saying what to change, and saves nothing."""

from datetime import timedelta

import pytest
from django.utils import timezone

from birarada.core.models import AuditEvent, Role
from birarada.network import methods as actions
from birarada.network.models import Method, MethodFile, MethodUse
from tests.conftest import en

from .conftest import docx_bytes, form_data, make_event, make_method, pdf_bytes, png_bytes, upload


def use_data(method, **overrides):
    return {"method": method.slug, "used_on": timezone.localdate().isoformat(), "rating": "4",
            "report": "İyi gitti.", **overrides}


def nothing_saved():
    return not MethodUse.objects.exists() and not AuditEvent.objects.filter(verb__startswith="method.use").exists()


@pytest.mark.parametrize("rating", ["0", "6", "", "dört"])
def test_a_rating_outside_1_to_5_is_refused(client, city, network, writer, rating):
    method = make_method(city["bornova"], network, publish=True)
    client.force_login(writer)
    response = client.post(en("network:method_use", "izmir"), use_data(method, rating=rating))
    assert response.status_code == 400
    assert "Choose a rating from 1 to 5." in response.content.decode()
    assert nothing_saved()


def test_a_use_in_the_future_is_refused(client, city, network, writer):
    method = make_method(city["bornova"], network, publish=True)
    client.force_login(writer)
    tomorrow = (timezone.localdate() + timedelta(days=1)).isoformat()
    response = client.post(en("network:method_use", "izmir"), use_data(method, used_on=tomorrow))
    assert response.status_code == 400
    assert "The date is in the future" in response.content.decode()
    assert nothing_saved()


def test_an_empty_report_is_refused(client, city, network, writer):
    method = make_method(city["bornova"], network, publish=True)
    client.force_login(writer)
    response = client.post(en("network:method_use", "izmir"), use_data(method, report="   "))
    assert response.status_code == 400
    assert nothing_saved()


def test_a_draft_cannot_be_reported_as_used(client, city, network, writer):
    method = make_method(city["bornova"], network)
    client.force_login(writer)
    response = client.post(en("network:method_use", "izmir"), use_data(method))
    assert response.status_code == 400
    assert nothing_saved()


def test_another_organizations_event_cannot_be_named(client, city, network, make_member):
    coordinator = make_member("izmir-coordinator", city["izmir"], Role.COORDINATOR)
    method = make_method(city["bornova"], network, publish=True)
    make_event(city["izmir"], slug="kendi")  # izmir has events of its own: the field is offered
    foreign = make_event(city["elsewhere"], slug="baska")
    client.force_login(coordinator)
    response = client.post(en("network:method_use", "izmir"), use_data(method, event=foreign.pk))
    assert response.status_code == 400
    assert "Select a valid choice" in response.content.decode()
    assert nothing_saved()
    # And the action refuses it too, whoever calls it.
    with pytest.raises(actions.MethodError, match="own events"):
        actions.do_log_method_use(method, city["izmir"], used_on=timezone.localdate(), rating=3, report="x",
                                  event=foreign, actor=None)


def test_a_role_that_does_not_see_the_events_reports_without_one(client, city, network, make_member):
    partner = make_member("partner", city["izmir"], Role.PARTNER)
    method = make_method(city["bornova"], network, publish=True)
    own = make_event(city["izmir"], slug="kendi")
    client.force_login(partner)
    page = client.get(en("network:method_use", "izmir")).content.decode()
    assert 'name="event"' not in page
    response = client.post(en("network:method_use", "izmir"), use_data(method, event=own.pk))
    assert response.status_code == 302
    assert MethodUse.objects.get().event is None


@pytest.mark.parametrize("rating", [0, 6, True])
def test_the_action_refuses_a_rating_outside_1_to_5(city, network, rating):
    method = make_method(city["bornova"], network, publish=True)
    with pytest.raises(actions.MethodError):
        actions.do_log_method_use(method, city["izmir"], used_on=timezone.localdate(), rating=rating, report="x",
                                  actor=None)
    assert not MethodUse.objects.exists()


def test_a_largest_group_smaller_than_the_smallest_is_refused(client, city, network, writer):
    client.force_login(writer)
    response = client.post(en("network:method_create", "izmir"), form_data(network, group_min=20, group_max=8))
    assert response.status_code == 400
    assert "The largest group is smaller than the smallest one." in response.content.decode()
    assert not Method.objects.exists() and not AuditEvent.objects.filter(verb="method.create").exists()
    with pytest.raises(actions.MethodError, match="largest group"):
        make_method(city["izmir"], network, group_min=20, group_max=8)
    assert not Method.objects.exists()


def test_the_same_on_a_change(client, city, network, writer):
    method = make_method(city["izmir"], network)
    client.force_login(writer)
    response = client.post(en("network:method_edit", "izmir", method.pk), form_data(network, group_min=20,
                                                                                    group_max=8))
    assert response.status_code == 400
    assert "The largest group is smaller than the smallest one." in response.content.decode()
    method.refresh_from_db()
    assert (method.group_min, method.group_max) == (8, 20)
    assert not AuditEvent.objects.filter(verb="method.update").exists()


@pytest.mark.parametrize("missing", ["title", "purpose", "steps", "audience"])
def test_a_method_without_its_essentials_is_refused(client, city, network, writer, missing):
    client.force_login(writer)
    response = client.post(en("network:method_create", "izmir"), form_data(network, **{missing: "  "}))
    assert response.status_code == 400
    assert "This field is required." in response.content.decode() or "Write the steps" in response.content.decode()
    assert not Method.objects.exists()


@pytest.mark.parametrize("name,data,message", [
    ("kartlar.docx", pdf_bytes, "is not what its name says: its content is PDF"),
    ("kartlar.pdf", png_bytes, "is not what its name says: its content is PNG"),
    ("resim.png", docx_bytes, "is not what its name says"),
    ("notlar.txt", lambda: "Düz metin notlar".encode(), "is plain text"),
    ("bos.pdf", lambda: b"", "The submitted file is empty."),
    ("betik.pdf", lambda: b"%PDF-1.4 not really", "could not be read as PDF"),
])
def test_a_renamed_or_unkept_file_is_refused(client, city, network, writer, name, data, message):
    method = make_method(city["izmir"], network)
    client.force_login(writer)
    response = client.post(en("network:method_file_add", "izmir", method.pk),
                           {"title": "Kartlar", "file": upload(name, data())})
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not MethodFile.objects.exists() and not AuditEvent.objects.filter(verb="method.file_add").exists()


def test_a_file_without_a_title_is_refused(client, city, network, writer):
    method = make_method(city["izmir"], network)
    client.force_login(writer)
    response = client.post(en("network:method_file_add", "izmir", method.pk),
                           {"title": "", "file": upload("kartlar.pdf", pdf_bytes())})
    assert response.status_code == 400
    assert not MethodFile.objects.exists()


@pytest.mark.parametrize("name,data,kind", [("kartlar.pdf", pdf_bytes, "application/pdf"),
                                            ("foto.png", png_bytes, "image/png"),
                                            ("rehber.docx", docx_bytes,
                                             "application/vnd.openxmlformats-officedocument.wordprocessingml"
                                             ".document")])
def test_the_kinds_a_method_keeps(client, city, network, writer, name, data, kind):
    method = make_method(city["izmir"], network)
    client.force_login(writer)
    response = client.post(en("network:method_file_add", "izmir", method.pk),
                           {"title": "Dosya", "file": upload(name, data())})
    assert response.status_code == 302
    assert MethodFile.objects.get().content_type == kind


def test_an_organization_in_no_network_is_told_why_it_cannot_write(client, kusak, make_member):
    person = make_member("kusak-writer", kusak, Role.PARTNER)
    client.force_login(person)
    page = client.get(en("network:method_create", "kusak")).content.decode()
    assert "Your organization belongs to no network yet." in page
    assert "Your organization belongs to no network yet." in client.get(en("network:my_methods",
                                                                           "kusak")).content.decode()
    response = client.post(en("network:method_create", "kusak"), {"title": "Bir yöntem"})
    assert response.status_code == 400
    assert "Your organization belongs to no network yet." in response.content.decode()
    assert not Method.objects.exists()


def test_a_network_the_organization_does_not_belong_to_is_refused(client, city, network, writer):
    from birarada.core.models import Organization, OrganizationKind

    other = Organization.objects.create(slug="baska-ag", name="Başka Ağ", kind=OrganizationKind.NETWORK,
                                        uses_platform=True)
    client.force_login(writer)
    response = client.post(en("network:method_create", "izmir"), form_data(other))
    assert response.status_code == 400
    assert not Method.objects.exists()
    with pytest.raises(actions.MethodError, match="not a member of this network"):
        make_method(city["izmir"], other)


def test_an_unpublished_practice_or_an_unlisted_organization_cannot_be_linked(client, city, network, writer):
    from birarada.network.models import Practice

    draft = Practice.objects.create(slug="taslak", network=network, owner=city["izmir"], city="İzmir", country="TR")
    client.force_login(writer)
    response = client.post(en("network:method_create", "izmir"), form_data(network, practices=[draft.pk]))
    assert response.status_code == 400
    response = client.post(en("network:method_create", "izmir"),
                           form_data(network, developed_by=[city["ngo"].pk]))  # listed, not on the platform
    assert response.status_code == 400
    assert not Method.objects.exists()
    with pytest.raises(actions.MethodError):
        make_method(city["izmir"], network, practices=[draft])
    with pytest.raises(actions.MethodError):
        make_method(city["izmir"], network, developed_by=[city["ngo"]])
