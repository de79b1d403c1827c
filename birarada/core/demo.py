"""An İzmir-like demo city: invented people and organizations, so a newcomer sees a living platform.

Every name below is invented for the demo; the structure follows the seeds (a metropolitan equality
unit, district equality desks it coordinates, rights-based NGOs and an arts institution).
"""

import secrets
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction

from birarada.core import actions
from birarada.core.models import Organization, OrganizationKind, Role
from birarada.core.vocabulary import Ground

K, G, R = OrganizationKind, Ground, Role
ALL_GROUNDS = [g.value for g in Ground if g != Ground.OTHER]

ORGANIZATIONS: list[tuple[str, str, OrganizationKind, str | None, list[str], bool, str]] = [
    # slug, name, kind, parent slug, grounds, uses platform, description
    ("izmir", "İzmir Büyükşehir Belediyesi — Kentsel Adalet ve Eşitlik Birimi (demo)", K.METROPOLITAN_MUNICIPALITY,
     None, ALL_GROUNDS, True,
     "Kentte her türlü ayrımcılıkla mücadele eden, eşit erişimi ve birlikte yaşama kültürünü destekleyen "
     "eşitlik birimi."),
    ("bornova", "Bornova Belediyesi Eşitlik Masası (demo)", K.DISTRICT_MUNICIPALITY, "izmir",
     [G.GENDER, G.DISABILITY, G.AGE, G.MIGRATION], True,
     "İlçede kadınlar, engelliler, yaşlılar ve göçmenler için eşit hizmet erişimini izleyen masa."),
    ("karsiyaka", "Karşıyaka Belediyesi Eşitlik Masası (demo)", K.DISTRICT_MUNICIPALITY, "izmir",
     [G.GENDER, G.SEXUAL_ORIENTATION, G.GENDER_IDENTITY, G.SOCIOECONOMIC], True,
     "İlçede toplumsal cinsiyet eşitliği ve yoksullukla mücadele odaklı eşitlik masası."),
    ("kusak-goc", "Kuşak Göç ve Dayanışma Derneği (demo)", K.NGO, None, [G.MIGRATION, G.ETHNICITY], True,
     "Mülteci ve göçmenlere hukuki danışmanlık ve psikososyal destek veren hak temelli dernek."),
    ("renkli-adimlar", "Renkli Adımlar LGBTİ+ Dayanışma (demo)", K.NGO, None,
     [G.SEXUAL_ORIENTATION, G.GENDER_IDENTITY], False,
     "LGBTİ+ bireylerin kamu hizmetlerine erişimini izleyen ve ayrımcılık vakalarını belgeleyen grup."),
    ("engelsiz-kent", "Engelsiz Kent Derneği (demo)", K.NGO, None, [G.DISABILITY, G.AGE], False,
     "Kentte erişilebilirlik denetimleri yapan, engelli hakları için savunuculuk yürüten dernek."),
    ("roman-haklari", "Roman Hakları Buluşması İzmir (demo)", K.NGO, None, [G.ETHNICITY, G.SOCIOECONOMIC], False,
     "Roman yurttaşların barınma, eğitim ve istihdama erişimi için çalışan yerel platform."),
    ("ortak-sahne", "Ortak Sahne Kültür Sanat Kolektifi (demo)", K.ARTS_INSTITUTION, None,
     [G.ETHNICITY, G.MIGRATION, G.RELIGION, G.GENDER], False,
     "Farklı toplulukları tiyatro ve müzikle bir araya getiren, ayrımcılığa karşı sanat atölyeleri düzenleyen "
     "kolektif."),
]

# The district desks receive the reports of their district's residents.
DISTRICTS = {"bornova": "Bornova", "karsiyaka": "Karşıyaka"}

PEOPLE = [
    # username, first name, last name, [(organization slug, role)]
    ("admin.izmir", "Ayşe", "Yıldırım", [("izmir", R.ADMIN)]),
    ("coordinator.izmir", "Murat", "Demir", [("izmir", R.COORDINATOR)]),
    ("caseworker.izmir", "Zeynep", "Aksoy", [("izmir", R.CASE_WORKER), ("karsiyaka", R.CASE_WORKER)]),
    ("moderator.izmir", "Emre", "Kılıç", [("izmir", R.MODERATOR)]),
    ("comms.izmir", "Selin", "Öztürk", [("izmir", R.COMMUNICATIONS)]),
    ("viewer.izmir", "İlker", "Şahin", [("izmir", R.VIEWER)]),
    ("desk.bornova", "Deniz", "Çelik", [("bornova", R.ADMIN)]),
    ("desk.karsiyaka", "Gül", "Arslan", [("karsiyaka", R.ADMIN)]),
    ("partner.kusak", "Rami", "Haddad", [("kusak-goc", R.PARTNER)]),
]


def demo_password() -> str:
    """One random password for all demo accounts of this installation, kept beside the database."""
    path = Path(settings.DATA_DIR) / "demo-password"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(secrets.token_urlsafe(12))
        path.chmod(0o600)
    return path.read_text().strip()


@transaction.atomic
def load_demo_city() -> tuple[list[str], str]:
    """Create what is missing of the demo city; returns the demo user names and their password."""
    password = demo_password()
    by_slug = {o.slug: o for o in Organization.objects.filter(slug__in=[row[0] for row in ORGANIZATIONS])}
    for slug, name, kind, parent, grounds, uses_platform, description in ORGANIZATIONS:
        if slug in by_slug:
            continue
        by_slug[slug] = actions.do_create_organization(
            actor=None,
            slug=slug,
            name=name,
            kind=kind,
            city="İzmir",
            district=DISTRICTS.get(slug, ""),
            parent=by_slug[parent] if parent else None,
            grounds=[str(g) for g in grounds],
            uses_platform=uses_platform,
            description=description,
        )
    users = get_user_model().objects
    for username, first, last, memberships in PEOPLE:
        user = users.filter(username=username).first()
        if user is None:
            user = users.create_user(
                username, email=f"{username}@demo.invalid", password=password, first_name=first, last_name=last
            )
        elif not user.check_password(password):
            user.set_password(password)
            user.save(update_fields=["password"])
        for slug, role in memberships:
            actions.do_add_membership(by_slug[slug], user, role, actor=None)
    return [row[0] for row in PEOPLE], password
