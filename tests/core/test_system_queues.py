"""The system page shows, for either task backend, how full each queue is and which workers are alive."""

import re

import pytest
from django.urls import reverse

from tests.conftest import en
from tests.skeleton.tasks import write_turn_analysis, write_turn_mail
from tests.tasking import ON_RQ


def row_of(html: str, queue: str) -> list[str]:
    row = re.search(rf'<tr><td data-label="Queue"><code lang="en" dir="ltr">{queue}</code></td>(.*?)</tr>', html)
    assert row, f"no row for {queue}"
    return re.findall(r'<td data-label="[^"]+">([^<]*)</td>', row[1])


@pytest.mark.django_db(transaction=True)
def test_queue_counts_and_workers_are_shown_without_any_task_argument(client, alice, tmp_path):
    from datetime import timedelta

    from django.utils import timezone

    secret = str(tmp_path / "case-4711-leyla.txt")
    for _ in range(3):
        write_turn_analysis.enqueue(secret, "x")
    write_turn_mail.using(run_after=timezone.now() + timedelta(hours=1)).enqueue(secret, "y")
    client.force_login(alice)
    html = client.get(en("core:system", "izmir")).content.decode()
    assert ("RQ / Redis" if ON_RQ else "database") in html
    # purpose, waiting, later, running, failed
    assert row_of(html, "analysis")[1:] == ["3", "0", "0", "0"]
    assert row_of(html, "mail")[1:] == ["0", "1", "0", "0"]
    assert "leyla" not in html and "4711" not in html  # counts only: never what a task was given
    assert "No worker has reported in the last minutes." in html


def test_the_system_page_is_for_those_who_may_check_the_system(client, bob):
    client.force_login(bob)
    assert client.get(reverse("core:system", args=["izmir"])).status_code in (403, 404)


@pytest.mark.django_db
def test_the_queue_table_is_translated(client, alice):
    client.force_login(alice)
    html = client.get("/tr/workspace/izmir/system/").content.decode()
    assert "Kuyruklar" in html and 'data-label="Kuyruk"' in html and "Sonraya planlanan" in html
    assert "<bdi>veritabanı</bdi>" in html or "<bdi>RQ / Redis</bdi>" in html
    assert "Akışların ve yüklenen dışa aktarımların okunması" in html  # a queue's purpose, in Turkish
