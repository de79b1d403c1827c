"""Demo monitoring data for the demo city's equality unit (`izmir`): sources, a few hundred invented
Turkish and English items analysed by the engine, reviewers' decisions and a published report.

All texts are invented from templates below. The reviewers' decisions are the label each template was
written to have, so the precision/recall page shows how the engine does on these texts.
"""

import random
from datetime import timedelta

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from birarada.core.models import Organization
from birarada.monitoring import actions
from birarada.monitoring.analysis import analyse_waiting_items
from birarada.monitoring.ingest import Entry, text_key
from birarada.monitoring.models import ImportBatch, Item, ItemState, MediaWatchReport

PLACES = ["Bornova", "Karşıyaka", "Konak", "Buca", "Bayraklı", "Çiğli", "Gaziemir", "Karabağlar"]
TR_GROUPS = [("Suriyeliler", "migration"), ("mülteciler", "migration"), ("Afganlar", "migration"),
             ("Kürtler", "ethnicity"), ("Romanlar", "ethnicity"), ("Aleviler", "religion"),
             ("engelliler", "disability"), ("eşcinseller", "sexual_orientation"), ("kadınlar", "gender")]
EN_GROUPS = [("refugees", "migration"), ("migrants", "migration"), ("Muslims", "religion"),
             ("disabled people", "disability"), ("gay people", "sexual_orientation"), ("trans people",
                                                                                        "gender_identity")]
TR_HATEFUL = ["{g} bu ülkeden defolup gitsin, {p} artık yaşanmaz oldu.",
              "{p} sokaklarında {g} yüzünden kira ödenmez hale geldi, hepsi gitsin.",
              "{g} pis ve tembel, {p} onlarla doldu.",
              "{g} nefret ediyorum, {p} bizim, onların değil.",
              "{g} mikrop gibi çoğalıyor, {p} mahallelerine bakın."]
TR_NONE = ["{p} Belediyesi {g} için yeni bir danışma merkezi açtı.",
           "{g} ile dayanışma buluşması bu hafta sonu {p} meydanında yapılacak.",
           "{p}'da {g} hakkında nefret söylemine karşı bir atölye düzenlendi.",
           "{p} halk kütüphanesinde {g} ve komşuları için dil kursu başladı."]
TR_OFFENSIVE = ["{p} otobüsleri yine gecikti, bu ne rezalet be salak yöneticiler!",
                "{p}'daki bu çukuru kim açtıysa tam bir aptal.",
                "Yine su kesildi {p}'da, beceriksiz herifler."]
EN_HATEFUL = ["All {g} should be sent back, {p} was fine before them.",
              "{g} are vermin and they are ruining {p}.",
              "I hate {g}, keep them out of {p}."]
EN_NONE = ["The {p} council opened a new support desk for {g} this week.",
           "A festival in {p} celebrated {g} and their neighbours.",
           "Volunteers in {p} collected winter clothes for {g}."]
# Harder cases: implicit hate, quoted hate condemned, irony. The engine is expected to miss some of these.
TR_HARD_HATEFUL = ["{p}'da artık kendi memleketimizde azınlık olduk, {g} geldi geleli her şey değişti.",
                   "{g} da insan tabii, ama {p}'da komşu olmasınlar yeter."]
TR_HARD_NONE = ["'{g} defolsun' diye yazanlara sesleniyoruz: {p} hepimizin şehri.",
                "{g} tembel diyenler {p}'daki atölyeye bir gelsin, önyargılarını görsünler."]
EN_HARD_HATEFUL = ["Funny how crime in {p} went up right when the {g} arrived. Just saying."]
EN_HARD_NONE = ["Calling {g} 'vermin' is not free speech, it is hate. {p} deserves better."]
EN_OFFENSIVE = ["The {p} ferry is late again, what a stupid mess.", "Whoever planned the {p} roadworks is an idiot."]

SOURCES = [
    ("Ege Postası — demo akışı", "https://ege-postasi.example.invalid/rss"),
    ("Körfez Haber — demo akışı", "https://korfez-haber.example.invalid/atom.xml"),
    ("Izmir Daily (İngilizce) — demo akışı", "https://izmir-daily.example.invalid/feed"),
]
# The demo city works in Turkish: what its staff would have typed is in Turkish.
IMPORT_SOURCE = "Belediyenin 21 Mart paylaşımına gelen yanıtlar (demo dışa aktarım)"
REPORT_TITLE = "Medya izleme — son 30 gün (demo)"


def _texts(rng: random.Random) -> list[tuple[str, str, str, list[str], str]]:
    """(source name, language, text, grounds, intended label) for every demo item."""
    rows = []
    for templates, groups, label, lang in (
        (TR_HATEFUL, TR_GROUPS, "hateful", "tr"), (TR_NONE, TR_GROUPS, "none", "tr"),
        (EN_HATEFUL, EN_GROUPS, "hateful", "en"), (EN_NONE, EN_GROUPS, "none", "en"),
        (TR_HARD_HATEFUL, TR_GROUPS, "hateful", "tr"), (TR_HARD_NONE, TR_GROUPS, "none", "tr"),
        (EN_HARD_HATEFUL, EN_GROUPS, "hateful", "en"), (EN_HARD_NONE, EN_GROUPS, "none", "en"),
    ):
        for template in templates:
            for group, ground in groups:
                for place in rng.sample(PLACES, 2):
                    text = template.format(g=group[0].upper() + group[1:] if template.startswith("{g}") else group,
                                           p=place)
                    rows.append((lang, text, [ground] if label == "hateful" else [], label))
    for templates, lang in ((TR_OFFENSIVE, "tr"), (EN_OFFENSIVE, "en")):
        for template in templates:
            for place in PLACES:
                rows.append((lang, template.format(p=place), [], "offensive"))
    rng.shuffle(rows)
    out = []
    for i, (lang, text, grounds, label) in enumerate(rows):
        source = SOURCES[2][0] if lang == "en" else (IMPORT_SOURCE if i % 3 == 0 else SOURCES[i % 2][0])
        out.append((source, lang, text, grounds, label))
    return out


def load_demo_monitoring() -> int:
    """Create what is missing of the demo monitoring data; returns the number of new items."""
    organization = Organization.objects.filter(slug="izmir").first()
    if organization is None:
        return 0
    rng = random.Random(2026)
    now = timezone.now()
    with transaction.atomic():
        sources = {}
        for name, url in SOURCES:
            source, created = actions.do_add_feed_source(organization, url=url, name=name, actor=None)
            if created:  # invented addresses: paused, so the worker does not report them as failing
                actions.do_set_source_active(source, False, actor=None)
            sources[name] = source
        rows = _texts(rng)
        added = 0
        for name in [*sources, IMPORT_SOURCE]:
            entries = [
                Entry(text=text, link="" if name == IMPORT_SOURCE else f"{sources[name].url.rsplit('/', 1)[0]}/"
                      f"haber/{text_key(text)[:12]}", author=f"@demo_user_{rng.randint(1, 60)}",
                      published_at=now - timedelta(days=rng.randint(0, 89), minutes=rng.randint(0, 1400)),
                      reach=rng.choice([None, rng.randint(0, 50), rng.randint(50, 5000), rng.randint(5000, 90000)]))
                for source_name, _lang, text, _grounds, _label in rows if source_name == name
            ]
            if name == IMPORT_SOURCE:
                if ImportBatch.objects.filter(source__organization=organization, source__name=name).exists():
                    continue
                batch = actions.do_import_entries(organization, source_name=IMPORT_SOURCE, file_name="demo.csv",
                                                  entries=entries, skipped=0, mapping={})
                added += batch.added
            else:
                added += actions.do_record_poll_success(sources[name], entries=entries, etag="", last_modified="")
    analyse_waiting_items()
    _review_some(organization, rows, rng)
    _publish_report(organization)
    return added


def _review_some(organization: Organization, rows, rng: random.Random) -> None:
    reviewer = get_user_model().objects.filter(username="moderator.izmir").first()
    intended = {text_key(text): (grounds, label) for _s, _l, text, grounds, label in rows}
    waiting = list(Item.objects.filter(organization=organization, state=ItemState.QUEUED).order_by("pk"))
    if Item.objects.filter(organization=organization, state=ItemState.REVIEWED).count() >= len(rows) // 3:
        return
    for item in waiting[::2]:
        grounds, label = intended.get(item.text_key, ([], "none"))
        ratings = {}
        if label == "hateful":
            ratings = {f: rng.randint(1, 3) for f in ("context", "speaker", "intent", "content_form", "extent",
                                                      "likelihood")}
        actions.do_review_item(item, label=label, grounds=grounds,
                               types=item.engine_types if label == "hateful" else [], ratings=ratings,
                               note="", actor=reviewer)


def _publish_report(organization: Organization) -> None:
    if MediaWatchReport.objects.filter(organization=organization, title=REPORT_TITLE).exists():
        return
    today = timezone.localdate()
    report = actions.do_create_report(organization, title=REPORT_TITLE, since=today - timedelta(days=29),
                                      until=today, actor=None)
    actions.do_publish_report(report, actor=None)


def demo_summary() -> str:
    """The demo loader named in the manifest: loads, and says what it added."""
    added = load_demo_monitoring()
    return f"Demo monitoring: {added} new items." if added else ""
