"""On the day: a printable check-in list of the confirmed registrants (Turkish alphabetical order, page numbers),
audited because it holds names; the attendance form ticks people by their name and counts who came."""

import io
from datetime import timedelta

import pytest
from django.conf import settings
from django.utils import timezone, translation
from pypdf import PdfReader

from birarada.core.models import AuditEvent, Role
from birarada.events import actions
from birarada.events.models import Registration


@pytest.fixture
def panel(city):
    start = timezone.now() + timedelta(days=2)
    return actions.do_create_event(city["izmir"], slug="panel", kind="panel", title="Göç ve eşitlik paneli",
                                   starts_at=start, ends_at=start + timedelta(hours=2), venue="Kültürpark",
                                   capacity=3, actor=None)


def sign_up(event, *names):
    for i, name in enumerate(names):
        actions.do_register(event, name=name, contact={"email": f"kisi{i}-{event.pk}@example.org"},
                            organization_name="Göçmen Dayanışma Derneği")


def pdf_text(content: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(content)).pages]


def test_the_check_in_list_has_the_confirmed_in_turkish_order_and_is_audited(client, panel, organizer):
    sign_up(panel, "Deniz Kaya", "Çağla Demir", "Ahmet Yıldız", "Zehra Bekleyen")  # the fourth waits
    client.force_login(organizer)
    response = client.get(f"/en/workspace/izmir/events/{panel.pk}/check-in.pdf")
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF") and "no-store" in response["Cache-Control"]
    text = " ".join(pdf_text(response.content))
    assert "Göç ve eşitlik paneli" in text and "Kültürpark" in text  # Turkish letters survive the font
    positions = [text.index(name) for name in ("Ahmet Yıldız", "Çağla Demir", "Deniz Kaya")]
    assert positions == sorted(positions)  # Ç between C and D, not after Z as code points would put it
    assert "Zehra Bekleyen" not in text
    audit = AuditEvent.objects.get(verb="event.checkin_list")
    assert audit.actor == organizer and audit.changes == {"registrations": 3}


def test_a_long_list_runs_over_pages_with_numbers_and_the_header_repeated(client, city, organizer):
    start = timezone.now() + timedelta(days=2)
    big = actions.do_create_event(city["izmir"], slug="buyuk", kind="talk", title="Büyük söyleşi", starts_at=start,
                                  ends_at=start + timedelta(hours=2), actor=None)
    sign_up(big, *[f"Katılımcı {n:02d}" for n in range(45)])
    client.force_login(organizer)
    pages = pdf_text(client.get(f"/en/workspace/izmir/events/{big.pk}/check-in.pdf").content)
    assert len(pages) >= 2
    with translation.override(settings.LANGUAGE_CODE):
        from django.utils.translation import gettext

        signature, second = gettext("Signature"), gettext("Page %(n)d") % {"n": 2}
    assert signature in pages[1] and second in pages[1]
    assert "Katılımcı 44" in " ".join(pages)


def test_cancelled_registrants_are_not_on_the_list_and_readers_cannot_print_it(client, panel, organizer, city,
                                                                                make_member):
    sign_up(panel, "Deniz Kaya", "Çağla Demir")
    deniz = next(r for r in Registration.objects.all() if r.name == "Deniz Kaya")
    actions.do_cancel_registration(deniz)
    client.force_login(organizer)
    text = " ".join(pdf_text(client.get(f"/en/workspace/izmir/events/{panel.pk}/check-in.pdf").content))
    assert "Çağla Demir" in text and "Deniz Kaya" not in text
    client.force_login(make_member("reader", city["izmir"], Role.VIEWER))
    assert client.get(f"/en/workspace/izmir/events/{panel.pk}/check-in.pdf").status_code == 404
    assert AuditEvent.objects.filter(verb="event.checkin_list").count() == 1


def test_attendance_is_ticked_by_name_and_counted(client, panel, organizer):
    sign_up(panel, "Deniz Kaya", "Çağla Demir", "Ahmet Yıldız", "Zehra Bekleyen")
    client.force_login(organizer)
    page = client.get(f"/en/workspace/izmir/events/{panel.pk}/").content.decode()
    assert "0 of 3 checked in" in page
    deniz = next(r for r in Registration.objects.all() if r.name == "Deniz Kaya")
    zehra = next(r for r in Registration.objects.all() if r.name == "Zehra Bekleyen")
    # The name is the checkbox's label (a large tap target on a phone); the waiting list has no box.
    assert (f'<label class="check checkin" for="att-{deniz.pk}"><input type="checkbox" name="attended" '
            f'value="{deniz.pk}" id="att-{deniz.pk}"> <bdi>Deniz Kaya</bdi></label>') in page
    assert f'id="att-{zehra.pk}"' not in page
    client.post(f"/en/workspace/izmir/events/{panel.pk}/attendance/", {"attended": [str(deniz.pk), str(zehra.pk)]})
    page = client.get(f"/en/workspace/izmir/events/{panel.pk}/").content.decode()
    assert "1 of 3 checked in" in page  # the waiting-list tick was ignored
