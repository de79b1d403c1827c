"""The engine's reason on the item page is in the viewer's language, whatever the item's language."""

from tests.conftest import en

from .helpers import add_items


def test_a_turkish_item_is_explained_in_the_pages_language(client, izmir, moderator):
    [item] = add_items(izmir, ["Suriyeliler pis hayvanlar, hepsi defolsun bu ülkeden!"])
    assert item.engine_label == "hateful"
    client.force_login(moderator)
    english = client.get(en("monitoring:item", "izmir", item.pk)).content.decode()
    assert "Hateful: targets" in english and "Nefret söylemi:" not in english
    turkish = client.get(f"/tr/workspace/izmir/monitoring/items/{item.pk}/").content.decode()
    assert "Nefret söylemi:" in turkish
    arabic = client.get(f"/ar/workspace/izmir/monitoring/items/{item.pk}/").content.decode()
    assert "خطاب كراهية:" in arabic
