"""What search reads of a practice: each language text's `search_text` (title, summary, account, quote, city,
country, the organizations behind it) and the facet tags (theme, ground, area, country, size, language).

Call `refresh_index(practice)` after any change to a practice, its texts or its organizations (the actions
in observatory.py do; the demo does)."""

from __future__ import annotations

from birarada.network.choices import CitySize
from birarada.network.models import Practice, PracticeTag

FACETS = ("theme", "ground", "area", "country", "size", "lang")


def tags_of(practice: Practice) -> list[tuple[str, str]]:
    tags = [("theme", t) for t in practice.themes] + [("ground", g) for g in practice.grounds]
    tags += [("area", a) for a in practice.areas] + [("country", practice.country.upper())]
    size = CitySize.of(practice.population)
    if size is not None:
        tags.append(("size", size.value))
    tags += [("lang", text.language) for text in practice.texts.all()]
    return sorted(set(tags))


def refresh_index(practice: Practice) -> None:
    organizations = " ".join(o.name for o in practice.organizations.all())
    shared = " ".join(filter(None, [practice.city, practice.country, organizations, practice.other_organizations]))
    for text in practice.texts.all():
        search_text = "\n".join(filter(None, [text.title, text.summary, text.challenge, text.action, text.results,
                                              text.quote, text.quote_by, shared]))
        if search_text != text.search_text:
            text.search_text = search_text
            text.save(update_fields=["search_text"])
    wanted = set(tags_of(practice))
    have = {(t.facet, t.value): t.pk for t in practice.tags.all()}
    practice.tags.filter(pk__in=[pk for key, pk in have.items() if key not in wanted]).delete()
    PracticeTag.objects.bulk_create(PracticeTag(practice=practice, facet=f, value=v)
                                    for f, v in wanted - set(have))
