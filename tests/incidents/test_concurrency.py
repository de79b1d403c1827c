"""Many partners submitting at once through the real HTTP stack: every report is stored once."""

import json
import urllib.request
from concurrent.futures import ThreadPoolExecutor

import pytest

from birarada.incidents.models import Case
from tests.incidents.test_api import REPORT

CLIENTS, EACH = 8, 12


@pytest.mark.django_db(transaction=True)
def test_concurrent_submissions_lose_nothing(live_server, city, settings):
    settings.INCIDENTS_REPORTS_PER_HOUR = 10_000

    def submit(n: int) -> str:
        body = json.dumps({**REPORT, "description": f"Concurrent report number {n} about a bus driver."}).encode()
        request = urllib.request.Request(f"{live_server.url}/api/v1/reports", body,
                                         {"Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=60) as response:
            assert response.status == 201
            return json.loads(response.read())["receipt"]

    with ThreadPoolExecutor(CLIENTS) as pool:
        receipts = list(pool.map(submit, range(CLIENTS * EACH)))

    assert len(set(receipts)) == CLIENTS * EACH
    assert Case.objects.count() == CLIENTS * EACH
    descriptions = sorted(c.description for c in Case.objects.all())
    assert descriptions == sorted(f"Concurrent report number {n} about a bus driver." for n in range(CLIENTS * EACH))
