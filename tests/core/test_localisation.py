from django.utils import timezone

from birarada.core import actions

MONTHS_TR = ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim",
             "Kasım", "Aralık"]


def test_dates_follow_the_page_language(client, city, alice):
    actions.do_update_organization_profile(city["izmir"], actor=alice, description="new")
    client.force_login(alice)
    month = timezone.localtime().month
    turkish = client.get("/tr/workspace/izmir/audit/").content.decode()
    english = client.get("/en/workspace/izmir/audit/").content.decode()
    assert MONTHS_TR[month - 1] in turkish
    assert timezone.localtime().strftime("%B")[:3] in english


def test_ground_names_are_translated_in_the_directory(client, city):
    html = client.get("/tr/directory/").content.decode()
    assert "Engellilik" in html
    arabic = client.get("/ar/directory/").content.decode()
    assert 'dir="rtl"' in arabic and "الإعاقة" in arabic
