"""İzmir's campaigns, invented and relative to today: World Refugee Day (the last 20 June) behind us, run with the
Bornova and Karşıyaka desks — toolkit, submissions checked on arrival and curated, an editorial calendar that was
published, comments screened by the engine and moderated, engagement imported from the platforms — and
International Migrants Day (the next 18 December) in preparation, its countdown on the public page.

Everything goes through the module's actions. The actions stamp "now" on what they record (arrivals, decisions,
publications, ticks); the refugee-day campaign happened months ago, so those stamps are moved back to the
campaign's weeks at the end (see `_back_to_june`), as events/demo.py moves its held trainings back."""

from __future__ import annotations

import io
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from django.utils import timezone
from PIL import Image, ImageDraw, ImageFont

from birarada.campaigns import actions, comments, days, impact, posts, submissions
from birarada.campaigns.choices import AssetKind, Channel, MediaKind, PhaseKind, PostStatus
from birarada.campaigns.models import Campaign, ChecklistItem, Comment, Post, Submission
from birarada.core.models import Organization

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")
SIDE = 1080  # the campaign asks for square photos of at least 1080 × 1080
NAVY, ORANGE, WHITE = (26, 43, 94), (242, 140, 40), (255, 255, 255)

REFUGEE_HASHTAGS = "#BirlikteGüçlüyüz #DünyaMülteciGünü"
REFUGEE_MESSAGES = {
    "tr": "Mülteciler komşularımız; emekleri ve umutlarıyla bu kentin bir parçası. 20 Haziran Dünya Mülteci "
          "Günü'nde İzmir'de birlikte yaşamayı, eşit hakları ve karşılıklı saygıyı savunuyoruz. Nefrete değil "
          "dayanışmaya ses ver: #BirlikteGüçlüyüz",
    "en": "Refugees are our neighbours, part of this city with their work and their hopes. On World Refugee Day, "
          "20 June, İzmir stands for living together, equal rights and mutual respect. Raise your voice for "
          "solidarity, not hate: #BirlikteGüçlüyüz",
    "ar": "اللاجئون جيراننا، وهم جزء من هذه المدينة بعملهم وآمالهم. في اليوم العالمي للاجئين، 20 حزيران/يونيو، "
          "تقف إزمير من أجل العيش المشترك والحقوق المتساوية والاحترام المتبادل. ارفع صوتك من أجل التضامن لا "
          "الكراهية: #BirlikteGüçlüyüz",
}
MIGRANTS_HASHTAGS = "#KentHepimizin #UluslararasıGöçmenlerGünü"
MIGRANTS_MESSAGES = {
    "tr": "Göç insanlık kadar eski; bu kenti hep birlikte kuruyoruz. 18 Aralık Uluslararası Göçmenler Günü'nde "
          "İzmir, göçmenlerin belediye hizmetlerine eşit erişimi ve ayrımcılığa karşı birlikte durmak için çağrı "
          "yapıyor: #KentHepimizin",
    "en": "Migration is as old as humanity; we build this city together. On International Migrants Day, "
          "18 December, İzmir calls for equal access to municipal services for migrants and for standing together "
          "against discrimination: #KentHepimizin",
    "ar": "الهجرة قديمة قدم الإنسانية، ونحن نبني هذه المدينة معًا. في اليوم الدولي للمهاجرين، 18 كانون "
          "الأول/ديسمبر، تدعو إزمير إلى المساواة في الوصول إلى الخدمات البلدية للمهاجرين وإلى الوقوف معًا ضد "
          "التمييز: #KentHepimizin",
}


# ---- pictures, drawn here (flat colours: small files, quick to check) ----------------------------------------

def _font(size: int):
    return ImageFont.truetype(str(FONT), size) if FONT.exists() else ImageFont.load_default(size)


def _picture(width: int, height: int, background: tuple, accent: tuple, motif: str, fmt: str = "PNG") -> bytes:
    """A resident's "photo": a flat background with one motif, as PNG or JPEG bytes."""
    image = Image.new("RGB", (width, height), background)
    draw = ImageDraw.Draw(image)
    w, h = width, height
    if motif == "sun":
        draw.ellipse((w * 0.25, h * 0.2, w * 0.75, h * 0.7), fill=accent)
        draw.rectangle((0, h * 0.78, w, h), fill=NAVY)
    elif motif == "stripes":
        for n in range(1, 8, 2):
            draw.rectangle((0, h * n / 8, w, h * (n + 1) / 8), fill=accent)
    elif motif == "rings":
        for n, scale in enumerate((0.45, 0.33, 0.21, 0.09)):
            colour = accent if n % 2 == 0 else background
            draw.ellipse((w / 2 - w * scale, h / 2 - h * scale, w / 2 + w * scale, h / 2 + h * scale), fill=colour)
    elif motif == "diamond":
        draw.polygon([(w / 2, h * 0.1), (w * 0.9, h / 2), (w / 2, h * 0.9), (w * 0.1, h / 2)], fill=accent)
    elif motif == "squares":
        for row in range(3):
            for column in range(3):
                if (row + column) % 2 == 0:
                    draw.rectangle((w * column / 3 + 20, h * row / 3 + 20, w * (column + 1) / 3 - 20,
                                    h * (row + 1) / 3 - 20), fill=accent)
    elif motif == "boat":
        draw.rectangle((0, h * 0.65, w, h), fill=(40, 110, 170))
        draw.polygon([(w * 0.25, h * 0.6), (w * 0.75, h * 0.6), (w * 0.65, h * 0.72), (w * 0.35, h * 0.72)],
                     fill=accent)
        draw.polygon([(w * 0.5, h * 0.2), (w * 0.5, h * 0.58), (w * 0.72, h * 0.58)], fill=WHITE)
    else:  # "hands": two overlapping circles, the campaign's sign
        draw.ellipse((w * 0.15, h * 0.3, w * 0.6, h * 0.75), fill=accent)
        draw.ellipse((w * 0.4, h * 0.3, w * 0.85, h * 0.75), fill=ORANGE)
    out = io.BytesIO()
    image.save(out, format=fmt, **({"quality": 85} if fmt == "JPEG" else {"compress_level": 1}))
    return out.getvalue()


def _banner() -> bytes:
    image = Image.new("RGB", (SIDE, SIDE), NAVY)
    draw = ImageDraw.Draw(image)
    draw.ellipse((190, 170, 610, 590), fill=ORANGE)
    draw.ellipse((470, 170, 890, 590), fill=WHITE)
    for line, (y, size) in zip(("20 Haziran", "Dünya Mülteci Günü", "#BirlikteGüçlüyüz", "#DünyaMülteciGünü"),
                               ((650, 64), (730, 64), (850, 72), (940, 48)), strict=True):
        font = _font(size)
        draw.text(((SIDE - draw.textlength(line, font=font)) / 2, y), line, font=font, fill=WHITE)
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=True)
    return out.getvalue()


def _profile_frame() -> bytes:
    """A coloured ring with the hashtag on it; the middle is transparent, so the resident's photo shows."""
    image = Image.new("RGBA", (SIDE, SIDE), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.ellipse((0, 0, SIDE - 1, SIDE - 1), fill=NAVY + (255,))
    draw.ellipse((110, 110, SIDE - 111, SIDE - 111), fill=(0, 0, 0, 0))
    draw.arc((30, 30, SIDE - 31, SIDE - 31), start=20, end=160, fill=ORANGE + (255,), width=50)
    font = _font(36)
    text = "#BirlikteGüçlüyüz"
    draw.text(((SIDE - draw.textlength(text, font=font)) / 2, 40), text, font=font, fill=WHITE + (255,))
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=True)
    return out.getvalue()


def _briefing(the_day: date) -> bytes:
    """One page for the cities taking part: the message, the hashtag, the dates and the formats."""
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

    from birarada.core.figures import pdf_styles

    styles, out = pdf_styles(), io.BytesIO()
    document = SimpleDocTemplate(out, pagesize=A4, title="Dünya Mülteci Günü — bilgi notu (demo)",
                                 author="İzmir Eşitlik Birimi (demo)")
    paragraphs = [
        ("Title", "Dünya Mülteci Günü kampanyası — bilgi notu (demo)"),
        ("Heading2", "Tek mesaj, ortak etiket"),
        ("Normal", REFUGEE_MESSAGES["tr"]),
        ("Normal", f"Ortak etiket: {REFUGEE_HASHTAGS}. Önce ortak etiketi kullanın; kent etiketleri ikinci sırada."),
        ("Heading2", "Takvim"),
        ("Normal", f"Hazırlık ve geri sayım dört hafta önce başlar; gün: {the_day:%d.%m.%Y}; öne çıkanlar ve "
                   "kolaj iki hafta içinde paylaşılır."),
        ("Heading2", "Katkı biçimleri"),
        ("Normal", "Fotoğraf: en az 1080 × 1080 piksel, kare (1:1), en çok 5 MB. Video: en çok 60 saniye. "
                   "Metin: en çok 500 karakter. Yayın izni olmadan katkı alınmaz; çocukların yüzleri için veli "
                   "izni gerekir."),
        ("Heading2", "Yorumlar"),
        ("Normal", "Kampanya sayfasındaki yorumlar yayımlanmadan önce taranır; nefret içerenler moderatöre düşer. "
                   "Gün boyunca nöbetçi moderatör bulunur."),
    ]
    story = []
    for style, text in paragraphs:
        story += [Paragraph(text, styles[style]), Spacer(1, 6)]
    document.build(story)
    return out.getvalue()


def _video() -> bytes | None:
    """Five seconds of ffmpeg's test picture, small and square; None when ffmpeg is not installed."""
    ffmpeg = shutil.which("ffmpeg")
    if ffmpeg is None or shutil.which("ffprobe") is None:
        return None
    with tempfile.TemporaryDirectory(prefix="birarada-demo-") as folder:
        target = Path(folder) / "demo.mp4"
        for codec in (["-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p"], ["-c:v", "mpeg4"]):
            try:
                done = subprocess.run(  # noqa: S603 - a fixed program and arguments, no shell
                    [ffmpeg, "-v", "error", "-y", "-f", "lavfi", "-i", "testsrc=duration=5:size=320x320:rate=15",
                     *codec, "-movflags", "+faststart", str(target)], capture_output=True, timeout=60, check=False)
            except (subprocess.TimeoutExpired, OSError):
                return None
            if done.returncode == 0 and target.exists():
                return target.read_bytes()
    return None


# ---- the people and what they send ---------------------------------------------------------------------------

@dataclass(frozen=True)
class Attempt:
    name: str  # an invented resident; "" when a participating city sends it
    kind: str
    title: str
    text: str = ""
    picture: tuple = ()  # (width, height, background, accent, motif, format)
    city: str = ""  # the participating organization sending it from the staff side
    named: bool = False
    outcome: str = "approve"  # approve, reject, wait; "refused" when the check on arrival turns it away
    reason: str = ""
    language: str = "tr"


TEAL, GREEN, RED, PURPLE, SAND, SKY = (20, 140, 140), (60, 150, 80), (200, 60, 60), (120, 70, 160), \
    (230, 210, 170), (120, 180, 230)
LONG_LETTER = (
    "Ben 2016'da Halep'ten İzmir'e geldim. İlk yıl Basmane'de bir atölyede çalıştım, Türkçeyi akşamları "
    "halk eğitim merkezinde öğrendim. Komşumuz Ayten teyze kızıma okuma yazmayı öğretti, biz de ona bayramlarda "
    "maamul yaptık. Şimdi kızım lisede, ben de bir lokantada aşçıyım. Bu kentte iyi insanlar da gördüm, kötü "
    "sözler de duydum. Otobüste bir kez biri bize bağırdı, ama bir başkası kalkıp yanımızda durdu. Bu kampanya "
    "için yazıyorum çünkü o ikinci kişiye teşekkür etmek istiyorum. Adını bilmiyorum. Belki bunu okur. "
    "Teşekkürler, İzmir; birlikte güçlüyüz ve birlikte daha da güçlü olacağız.")

ATTEMPTS = [
    Attempt("Elif Kara", MediaKind.IMAGE, "Kordon'da dayanışma yürüyüşü", "Komşularımızla birlikte yürüdük.",
            (SIDE, SIDE, SKY, ORANGE, "sun", "JPEG"), named=True),
    Attempt("Yusuf el-Hamdan", MediaKind.IMAGE, "Basmane'de bir sabah", picture=(SIDE, SIDE, NAVY, ORANGE, "hands",
                                                                                 "PNG")),
    Attempt("Merve Doğan", MediaKind.IMAGE, "Telefonla çektiğim kare",
            picture=(800, 600, GREEN, WHITE, "sun", "JPEG"), outcome="refused"),
    Attempt("", MediaKind.IMAGE, "Bornova'da mahalle şenliği", "Bornova Eşitlik Masası'ndan.",
            (SIDE, SIDE, TEAL, WHITE, "rings", "PNG"), city="bornova"),
    Attempt("", MediaKind.IMAGE, "Karşıyaka iskelesinde pankart", picture=(SIDE, SIDE, RED, WHITE, "stripes", "PNG"),
            city="karsiyaka"),
    Attempt("Ahmad Nouri", MediaKind.IMAGE, "Kemeraltı'nda çay", picture=(1440, 1080, SAND, RED, "squares", "JPEG"),
            outcome="refused"),
    Attempt("Selin Yalçın", MediaKind.IMAGE, "Birlikte kurulan sofra", picture=(SIDE, SIDE, SAND, GREEN, "diamond",
                                                                                "JPEG")),
    Attempt("Hasan Korkmaz", MediaKind.TEXT, "Komşum Nadia",
            text="Komşum Nadia üç yıldır apartmanımızın bahçesine domates ekiyor, ilk hasadı hep bize getiriyor. "
                 "Mülteci demek bizim için komşu demek. #BirlikteGüçlüyüz", named=True),
    Attempt("Layla Ibrahim", MediaKind.IMAGE, "بحر إزمير", "صورة من الكورنيش.",
            (SIDE, SIDE, SKY, WHITE, "boat", "PNG"), language="ar"),
    Attempt("Burak Ateş", MediaKind.VIDEO, "Beş saniyelik selam", "Mahallemizden kısa bir selam."),
    Attempt("Nour Khalil", MediaKind.IMAGE, "Portre, dikey", picture=(SIDE, 1350, PURPLE, ORANGE, "rings", "JPEG"),
            outcome="refused"),
    Attempt("Ceren Aksoy", MediaKind.IMAGE, "Okul bahçesinde resim atölyesi",
            picture=(SIDE, SIDE, PURPLE, SAND, "squares", "PNG"), named=True),
    Attempt("", MediaKind.IMAGE, "Bornova'da ortak mutfak", picture=(SIDE, SIDE, ORANGE, NAVY, "diamond", "JPEG"),
            city="bornova"),
    Attempt("Grace Mensah", MediaKind.TEXT, "A city that made room",
            text="I arrived in İzmir with one suitcase. Neighbours taught me the names of fruits at the bazaar and "
                 "the word for welcome. #BirlikteGüçlüyüz", language="en"),
    Attempt("", MediaKind.IMAGE, "Karşıyaka sahilinde çocuk korosu", picture=(SIDE, SIDE, GREEN, SAND, "hands", "PNG"),
            city="karsiyaka"),
    Attempt("Samira Yousef", MediaKind.TEXT, "Halep'ten İzmir'e", text=LONG_LETTER, outcome="refused"),
    Attempt("Ömer Tekin", MediaKind.IMAGE, "Parkta piknik", picture=(SIDE, SIDE, GREEN, ORANGE, "sun", "JPEG"),
            outcome="reject", reason="Fotoğrafta yüzleri seçilen çocuklar var ve velilerinin izni yok."),
    Attempt("Kaan Yurt", MediaKind.TEXT, "Bir eleştiri",
            text="Bu kampanya tam bir aptallık, parayı boşa harcıyorsunuz.", outcome="reject",
            reason="Hakaret içeriyor; kampanyanın dayanışma çağrısına bir katkı değil."),
    Attempt("Fatma Güler", MediaKind.IMAGE, "Tarlabaşı'ndan gelen mektup",
            picture=(SIDE, SIDE, TEAL, SAND, "boat", "JPEG"), outcome="wait"),
    Attempt("Rashid Omar", MediaKind.TEXT, "Dil kursunda ilk gün",
            text="Belediyenin Türkçe kursunda ilk gün öğretmenimiz hepimize adımızı sordu ve doğru söylemeye "
                 "çalıştı. O gün kendimi bu kentin bir parçası hissettim.", outcome="wait"),
]

# (author, text, what the moderator does with it if the engine holds it)
COMMENTS = [
    ("Deniz", "Harika bir kampanya, İzmir'de birlikte güçlüyüz!", ""),
    ("Aylin K.", "Mülteci komşularımıza selam olsun, bu kent hepimizin.", ""),
    ("Mahmoud", "شكرا لإزمير على هذه الحملة الجميلة", ""),
    ("", "Kolajda kendi fotoğrafımı görünce çok mutlu oldum, teşekkürler.", ""),
    ("Sarah", "Welcome to all refugees in Izmir! Proud of this city.", ""),
    ("Okan", "Karşıyaka iskelesindeki etkinlik çok güzeldi, seneye yine gelelim.", ""),
    ("", "Bu kampanyayı yapanlar tam bir aptal, vergilerimizi çarçur ediyorlar.", "publish"),
    ("Hüseyin", "Suriyeliler pis asalaklar, hepsi defolup gitsin.", "reject"),
    ("Zehra", "Mahallemizdeki Türkçe kursunu duyurduğunuz için teşekkürler.", ""),
    ("", "Mülteciler kiraları yükseltti, işlerimizi aldılar, hepsi geri gönderilsin.", "reject"),
    ("İpek", "Sosyal medyada “Suriyeliler pis asalaklar” diye yazanlara sesleniyorum: bu nefret söylemidir, "
             "komşularımızı hedef gösteremezsiniz.", ""),
    ("Rana", "مرحبا بكم جميعا في إزمير", ""),
    ("Mert", "Bornova'daki ortak mutfak fotoğrafı harika.", ""),
    ("Tolga", "Salak belediye, başka iş bulamadınız mı?", "wait"),
    ("", "Kızımla birlikte profil çerçevesini kullandık, çok kolaydı.", ""),
]


def _users() -> dict[str, Any]:
    found = get_user_model().objects.filter(
        username__in=["comms.izmir", "coordinator.izmir", "moderator.izmir", "desk.bornova", "desk.karsiyaka"])
    return {u.username: u for u in found}


def _at(day: date, hour: int, minute: int = 0) -> datetime:
    return timezone.make_aware(datetime.combine(day, time(hour, minute)))


def _upload(name: str, data: bytes, content_type: str) -> SimpleUploadedFile:
    return SimpleUploadedFile(name, data, content_type=content_type)


def _tick(campaign: Campaign, organization: Organization, actor, *, phases: set[str], leave: int = 0) -> None:
    """Tick the organization's tasks of `phases`, leaving the last `leave` of them undone."""
    items = list(ChecklistItem.objects.filter(phase__campaign=campaign, organization=organization,
                                              phase__kind__in=phases).order_by("phase__starts_on", "pk"))
    for item in items[:len(items) - leave]:
        actions.do_tick_checklist_item(item, done=True, actor=actor)


def _move(post: Post, status: str, actor) -> Post:
    """Walk the post through the calendar's steps up to `status`."""
    order: list[str] = [PostStatus.DRAFT, PostStatus.FOR_APPROVAL, PostStatus.APPROVED, PostStatus.PUBLISHED]
    for step in order[1:order.index(status) + 1]:
        post = posts.do_move_post(post, step, actor=actor, approver_may_approve=True)
    return post


# ---- World Refugee Day, behind us ------------------------------------------------------------------------------

def _refugee_day(izmir: Organization, cities: list[Organization], users: dict[str, Any],
                 today: date) -> tuple[Campaign, str]:
    comms, coordinator, moderator = users.get("comms.izmir"), users.get("coordinator.izmir"), \
        users.get("moderator.izmir")
    # The last 20 June whose campaign is over (it ends two weeks after the day): a gallery and an impact to show.
    this_year = date(today.year, 6, 20)
    the_day = this_year if this_year + timedelta(days=actions.DEFAULT_AFTER_DAYS) < today else \
        date(today.year - 1, 6, 20)
    campaign = actions.do_create_campaign(
        izmir, slug="dunya-multeci-gunu", title="Dünya Mülteci Günü: Birlikte Güçlüyüz (demo)",
        message=REFUGEE_MESSAGES["tr"], day_key="refugee_day", the_day=the_day, grounds=["migration"],
        hashtags=REFUGEE_HASHTAGS, audience="İzmirliler, mülteci ve göçmen komşularımız, ilçe belediyeleri",
        objectives="Mültecilere yönelik nefret söylemine karşı dayanışma mesajını yaymak; sakinlerin kendi "
                   "hikâyelerini paylaşmasını sağlamak; ilçe eşitlik masalarıyla ortak bir kampanya yürütmek.",
        actor=coordinator)
    for language in ("en", "ar"):
        actions.do_write_message(campaign, izmir, language=language, text=REFUGEE_MESSAGES[language],
                                 actor=comms)
    for desk in cities:
        actions.do_join_campaign(campaign, desk, actor=coordinator)
    bornova = next((c for c in cities if c.slug == "bornova"), None)
    if bornova is not None:
        actions.do_write_message(campaign, bornova, language="tr", actor=users.get("desk.bornova"),
                                 text="Bornova'da mülteci komşularımızla aynı sokakta, aynı pazarda, aynı okulda "
                                      "yaşıyoruz. 20 Haziran'da dayanışmaya ses ver: #BirlikteGüçlüyüz")

    # The toolkit and the formats contributions must keep.
    banner = actions.do_add_asset(campaign, kind=AssetKind.BANNER, title="Kare afiş: Birlikte Güçlüyüz",
                                  upload=_upload("afis.png", _banner(), "image/png"),
                                  spec="1080 × 1080 px, PNG; etiketleri silmeyin", actor=comms)
    frame = actions.do_add_asset(campaign, kind=AssetKind.PROFILE_FRAME, title="Profil çerçevesi",
                                 upload=_upload("cerceve.png", _profile_frame(), "image/png"),
                                 spec="1080 × 1080 px, saydam PNG", actor=comms)
    actions.do_add_asset(campaign, kind=AssetKind.BRIEFING, title="Kampanya bilgi notu",
                         upload=_upload("bilgi-notu.pdf", _briefing(the_day), "application/pdf"),
                         spec="PDF, tek sayfa", actor=comms)
    actions.do_set_spec(campaign, kind=MediaKind.IMAGE, min_width=SIDE, min_height=SIDE, aspect_ratio="1:1",
                        max_megabytes=Decimal(5), actor=comms,
                        instructions="Kare bir fotoğraf gönderin (en az 1080 × 1080). Yüzü görünen çocuklar için "
                                     "veli izni gerekir.")
    actions.do_set_spec(campaign, kind=MediaKind.VIDEO, max_seconds=60, max_megabytes=Decimal(50), actor=comms,
                        instructions="En çok 60 saniyelik bir video.")
    actions.do_set_spec(campaign, kind=MediaKind.TEXT, max_characters=500, actor=comms,
                        instructions="Hikâyenizi en çok 500 karakterle anlatın.")

    # Checklists: the unit did everything but the lessons learnt; the desks the first three phases, one less.
    _tick(campaign, izmir, coordinator, phases=set(PhaseKind.values), leave=1)
    for desk in cities:
        _tick(campaign, desk, users.get(f"desk.{desk.slug}"),
              phases={PhaseKind.PREPARATION, PhaseKind.TEASER, PhaseKind.DAY}, leave=1 if desk.slug != "bornova"
              else 0)

    # Contributions: checked on arrival; those that do not fit are turned away and nothing is kept.
    video = _video()
    by_slug = {c.slug: c for c in cities}
    sent, refused, stored = 0, 0, []
    for number, attempt in enumerate(ATTEMPTS):
        city = by_slug.get(attempt.city)
        if attempt.city and city is None:
            continue
        upload = None
        kind = attempt.kind
        if kind == MediaKind.VIDEO and video is None:  # no ffmpeg here: the same person sends a photo instead
            kind = MediaKind.IMAGE
        if kind == MediaKind.VIDEO:
            upload = _upload("selam.mp4", video or b"", "video/mp4")
        elif kind == MediaKind.IMAGE:
            width, height, background, accent, motif, fmt = attempt.picture or (SIDE, SIDE, SKY, NAVY, "hands", "PNG")
            upload = _upload(f"katki-{number}.{fmt.lower()}", _picture(width, height, background, accent, motif, fmt),
                             f"image/{fmt.lower()}")
        sent += 1
        try:
            submission = submissions.do_submit(
                campaign, kind=kind, title=attempt.title, text=attempt.text, upload=upload,
                submitter_name=attempt.name, consent_publish=True, consent_named=attempt.named,
                submitter_contact=f"demo.katki{number}@example.invalid" if attempt.name else "",
                organization=city, language=attempt.language,
                actor=users.get(f"desk.{city.slug}") if city else None)
        except submissions.SubmissionError:
            refused += 1
            continue
        stored.append((submission, attempt))
    for submission, attempt in stored:
        if attempt.outcome in ("approve", "reject"):
            submissions.do_curate(submission, approve=attempt.outcome == "approve", reason=attempt.reason,
                                  actor=comms)

    # The editorial calendar, as it was published.
    def plan(channel, account, when, texts, asset=None):
        post = posts.do_plan_post(campaign, izmir, channel=channel, account=account, planned_at=when, texts=texts,
                                  asset=asset, actor=comms)
        return _move(post, PostStatus.PUBLISHED, coordinator)

    calendar = [
        plan(Channel.X, "@izmir_esitlik (demo)", _at(the_day - timedelta(weeks=4), 10),
             {"tr": "Dünya Mülteci Günü'ne 4 hafta kaldı. Ortak mesajımız hazır: #BirlikteGüçlüyüz",
              "en": "Four weeks to World Refugee Day. Our shared message is ready: #BirlikteGüçlüyüz"}, banner),
        plan(Channel.INSTAGRAM, "@izmir_esitlik (demo)", _at(the_day - timedelta(weeks=3), 18),
             {"tr": "Profil çerçevemizi kullan, fotoğrafını kampanya sayfasından gönder. #BirlikteGüçlüyüz",
              "ar": "استخدم إطار الصورة الشخصية وأرسل صورتك عبر صفحة الحملة. #BirlikteGüçlüyüz"}, frame),
        plan(Channel.WEBSITE, "Eşitlik Birimi haberleri (demo)", _at(the_day - timedelta(weeks=2), 9),
             {"tr": "Dünya Mülteci Günü için katkı çağrısı: kare bir fotoğrafınızı, kısa bir videonuzu ya da "
                    "500 karakterlik hikâyenizi kampanya sayfasında paylaşın.",
              "en": "Call for contributions for World Refugee Day: send a square photo, a short video or a story "
                    "of up to 500 characters.",
              "ar": "دعوة للمشاركة في اليوم العالمي للاجئين: أرسل صورة مربعة أو فيديو قصيرًا أو قصة لا تتجاوز "
                    "500 حرف."}),
        plan(Channel.X, "@izmir_esitlik (demo)", _at(the_day - timedelta(days=7), 10),
             {"tr": "Son bir hafta! 20 Haziran'da hep birlikte: #BirlikteGüçlüyüz #DünyaMülteciGünü"}, banner),
        plan(Channel.SCREENS, "Metro ve İZBAN ekranları (demo)", _at(the_day, 7),
             {"tr": "Bugün Dünya Mülteci Günü. Komşuluk, dayanışma, eşit haklar. #BirlikteGüçlüyüz",
              "ar": "اليوم هو اليوم العالمي للاجئين. جيرة وتضامن وحقوق متساوية. #BirlikteGüçlüyüz"}),
        plan(Channel.INSTAGRAM, "@izmir_esitlik (demo)", _at(the_day, 12),
             {"tr": REFUGEE_MESSAGES["tr"], "en": REFUGEE_MESSAGES["en"], "ar": REFUGEE_MESSAGES["ar"]}, banner),
        plan(Channel.WEBSITE, "Eşitlik Birimi haberleri (demo)", _at(the_day + timedelta(days=7), 11),
             {"tr": "Teşekkürler İzmir! Gönderdiğiniz fotoğraflarla kampanyanın kolajı yayında. "
                    "#BirlikteGüçlüyüz"}),
    ]

    # Comments under the public page: received, screened by the engine, the held ones decided by a moderator.
    received = [(comments.do_receive_comment(campaign, text=text, author=author), decision)
                for author, text, decision in COMMENTS]
    comments.do_screen_comments([c.pk for c, _decision in received])
    for comment, decision in received:
        comment.refresh_from_db()
        if decision in ("publish", "reject") and comment.status == "held":
            comments.do_decide_comment(comment, decision, actor=moderator)

    # Engagement figures, as the platforms' exports give them.
    exports = {
        izmir: "date,platform,post,reach,impressions,likes,shares,comments,video_views\n"
               f"{the_day - timedelta(weeks=4)},X,countdown-4-weeks,8400,12100,310,95,22,0\n"
               f"{the_day - timedelta(weeks=3)},Instagram,profile-frame,15200,21800,1240,310,88,0\n"
               f"{the_day - timedelta(days=7)},X,countdown-1-week,9900,14300,420,160,35,0\n"
               f"{the_day},Instagram,main-message,31500,47200,3380,910,264,12800\n"
               f"{the_day},Facebook,main-message,18700,25400,1460,520,131,6400\n"
               f"{the_day + timedelta(days=7)},Instagram,collage,22300,30100,2710,640,97,0\n",
        **({bornova: "tarih;platform;gönderi;erişim;gösterim;beğeni;paylaşım;yorum;izlenme\n"
                     f"{the_day};Instagram;bornova-ortak-mutfak;4200;5900;610;84;19;0\n"
                     f"{the_day};Facebook;bornova-ortak-mutfak;3100;4400;270;61;12;0\n"} if bornova else {}),
    }
    rows = 0
    for organization, export in exports.items():
        rows += impact.do_import_engagement(campaign, organization, impact.read_engagement(export.encode()),
                                            actor=comms)

    _back_to_june(campaign, the_day, stored, calendar, [c for c, _decision in received])
    approved = sum(a.outcome == "approve" for _s, a in stored)
    not_accepted = sum(a.outcome == "reject" for _s, a in stored)
    waiting = len(stored) - approved - not_accepted
    held = Comment.objects.filter(campaign=campaign, engine_label="hateful").count()
    line = (f"World Refugee Day campaign ({the_day:%d.%m.%Y}, with {len(cities)} district desks): toolkit of 3 "
            f"files, {sent} contributions sent, {refused} refused on arrival ({approved} approved, {not_accepted} "
            f"not accepted, {waiting} waiting{', a video among them' if video else ', no video: ffmpeg missing'}), "
            f"{len(calendar)} posts published, {len(COMMENTS)} comments ({held} hateful held), {rows} engagement "
            "rows")
    return campaign, line


def _back_to_june(campaign: Campaign, the_day: date, stored: list, calendar: list[Post],
                  received: list[Comment]) -> None:
    """Demo data only: the actions stamp "now" on arrivals, decisions, publications and ticks; this campaign
    happened months ago, so they move back to its weeks (the audit log keeps the day the demo was loaded).
    The comment still waiting for a moderator stays recent: the page takes comments after the campaign too."""
    Campaign.objects.filter(pk=campaign.pk).update(created_at=_at(campaign.starts_on - timedelta(days=10), 9))
    for item in ChecklistItem.objects.filter(phase__campaign=campaign, done_at__isnull=False).select_related("phase"):
        ChecklistItem.objects.filter(pk=item.pk).update(done_at=_at(item.phase.ends_on, 16))
    for number, (submission, _attempt) in enumerate(stored):
        arrived = _at(the_day - timedelta(days=14 - number % 15), 9 + number % 10, 15)
        Submission.objects.filter(pk=submission.pk).update(
            created_at=arrived, decided_at=arrived + timedelta(days=1) if submission.decided_at else None)
    for post in calendar:
        Post.objects.filter(pk=post.pk).update(created_at=post.planned_at - timedelta(days=10),
                                               checked_at=post.planned_at - timedelta(days=3),
                                               approved_at=post.planned_at - timedelta(days=2),
                                               published_at=post.planned_at)
    for number, comment in enumerate(received):
        comment.refresh_from_db()
        if comment.status == "held":
            continue
        arrived = _at(the_day + timedelta(days=number // 4 - 1), 10 + number % 9, 7 * number % 60)
        Comment.objects.filter(pk=comment.pk).update(
            created_at=arrived, screened_at=arrived + timedelta(seconds=5),
            decided_at=arrived + timedelta(hours=3) if comment.decided_at else None)


# ---- International Migrants Day, ahead ---------------------------------------------------------------------------

def _migrants_day(izmir: Organization, users: dict[str, Any], today: date) -> str:
    comms, coordinator = users.get("comms.izmir"), users.get("coordinator.izmir")
    the_day = days.BY_KEY["migrants_day"].next_on(today)
    campaign = actions.do_create_campaign(
        izmir, slug="uluslararasi-gocmenler-gunu", title="Uluslararası Göçmenler Günü: Kent Hepimizin (demo)",
        message=MIGRANTS_MESSAGES["tr"], day_key="migrants_day", the_day=the_day, grounds=["migration"],
        hashtags=MIGRANTS_HASHTAGS, audience="İzmirliler ve göçmen komşularımız",
        objectives="Göçmenlerin belediye hizmetlerine erişimini anlatmak; ayrımcılığa karşı ortak bir çağrı yapmak.",
        actor=coordinator)
    for language in ("en", "ar"):
        actions.do_write_message(campaign, izmir, language=language, text=MIGRANTS_MESSAGES[language],
                                 actor=comms)
    _tick(campaign, izmir, coordinator, phases={PhaseKind.PREPARATION}, leave=1)
    # The calendar ahead: one post approved, one waiting for approval, one draft the checker flags.
    approved = posts.do_plan_post(
        campaign, izmir, channel=Channel.X, account="@izmir_esitlik (demo)", actor=comms,
        planned_at=_at(the_day - timedelta(days=7), 10),
        texts={"tr": "Uluslararası Göçmenler Günü'ne bir hafta kaldı. #KentHepimizin",
               "en": "One week to International Migrants Day. #KentHepimizin"})
    _move(approved, PostStatus.APPROVED, coordinator)
    asking = posts.do_plan_post(
        campaign, izmir, channel=Channel.INSTAGRAM, account="@izmir_esitlik (demo)", actor=comms,
        planned_at=_at(the_day, 12), texts={"tr": MIGRANTS_MESSAGES["tr"], "ar": MIGRANTS_MESSAGES["ar"]})
    _move(asking, PostStatus.FOR_APPROVAL, comms)
    posts.do_plan_post(
        campaign, izmir, channel=Channel.WEBSITE, account="Eşitlik Birimi haberleri (demo)", actor=comms,
        planned_at=_at(the_day + timedelta(days=1), 9),
        texts={"tr": "Göçmenler Günü etkinliğimiz özürlü ve yaşlı göçmenler için de erişilebilir olacak; "
                     "Arapça tercüman bulunacak."})
    return (f"International Migrants Day campaign ({the_day:%d.%m.%Y}) in preparation: messages in 3 languages, "
            "3 posts ahead (approved, for approval, a flagged draft)")


@transaction.atomic
def load_demo_campaigns() -> str:
    izmir = Organization.objects.filter(slug="izmir").first()
    if izmir is None or Campaign.objects.filter(organization=izmir).exists():
        return ""
    today = timezone.localdate()
    users = _users()
    cities = list(Organization.objects.filter(slug__in=["bornova", "karsiyaka"], uses_platform=True)
                  .order_by("slug"))
    campaign, refugee = _refugee_day(izmir, cities, users, today)
    watched = _social_media_around(campaign)
    migrants = _migrants_day(izmir, users, today)
    return f"Demo campaigns: {refugee}; {watched}; {migrants}."


# What media monitoring saw around the refugee campaign, and in the same weeks a year earlier: comments exported
# from the city's social-media accounts (invented). Hostility towards refugees is a little lower during and after
# the campaign than before it and than a year earlier, which is what the impact page then shows.
NEUTRAL = ["{place} mahallesinde Suriyeli ve yerli aileler birlikte iftar yaptı.",
           "{place} semt pazarında mülteci kadınların kurduğu tezgâh ilgi gördü.",
           "{place} halk eğitim merkezinde mültecilere Türkçe kursu başladı.",
           "{place} belediyesi göçmen çocuklar için yaz okulu açtı."]
HOSTILE = ["Suriyeliler {place} sokaklarından defolsun, hepsi pislik.",
           "{place} mültecilerle doldu, bu asalaklar geri gönderilsin."]
PLACES = ["Bornova", "Karşıyaka", "Buca", "Konak", "Bayraklı", "Karabağlar", "Çiğli", "Gaziemir", "Balçova",
          "Narlıdere", "Menemen", "Torbalı"]
# (window, days from its start, neutral items, hostile items)
WINDOWS = (("before", 0, 7, 3), ("during", 0, 9, 2), ("after", 0, 8, 1))


def _social_media_around(campaign: Campaign) -> str:
    from birarada.campaigns.impact import WINDOW, _year_before
    from birarada.monitoring.actions import do_import_entries
    from birarada.monitoring.analysis import analyse_waiting_items
    from birarada.monitoring.ingest import Entry

    starts = {"before": campaign.starts_on - WINDOW, "during": campaign.starts_on,
              "after": campaign.ends_on + timedelta(days=1)}
    entries, n = [], 0
    for year_earlier in (False, True):
        for window, _offset, neutral, hostile in WINDOWS:
            # A year earlier there was no campaign: more hostility in every window.
            hostile_here = hostile + (2 if year_earlier else 0)
            for i in range(neutral + hostile_here):
                template = HOSTILE[i % len(HOSTILE)] if i < hostile_here else NEUTRAL[i % len(NEUTRAL)]
                day = starts[window] + timedelta(days=(3 * i) % 26)
                if year_earlier:
                    day = _year_before(day)
                place = PLACES[n % len(PLACES)]
                suffix = f" ({day:%d.%m.%Y})"
                entries.append(Entry(text=template.format(place=place) + suffix,
                                     published_at=_at(day, 9 + i % 10), reach=200 + 37 * n, author=f"hesap{n}"))
                n += 1
    do_import_entries(campaign.organization, source_name="Belediye sosyal medya yorumları (demo)",
                      file_name="sosyal-medya-yorumlari.csv", entries=entries, skipped=0, mapping={}, actor=None)
    analyse_waiting_items()
    return f"{len(entries)} monitored comments around it and a year earlier"
