"""Sources watched for hate speech, the items they yield, reviewers' decisions and media-watch reports.

Grounds and discourse types are kept as bit sets (`ground_bits`, `type_bits`) so a report can count a
million items by ground in one aggregate query on SQLite and PostgreSQL alike; `vocabulary.py` turns
them back into the shared words.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from birarada.core.models import Organization
from birarada.monitoring.vocabulary import Label, SeverityLevel, grounds_of, types_of


class SourceKind(models.TextChoices):
    FEED = "feed", _("RSS or Atom feed")
    IMPORT = "import", _("Imported export (CSV or JSONL)")
    PASTED = "pasted", _("Pasted texts")


class SourceQuerySet(models.QuerySet):
    def feeds(self):
        return self.filter(kind=SourceKind.FEED)

    def due(self, now=None):
        return self.feeds().filter(active=True, next_poll_at__lte=now or timezone.now())


class Source(models.Model):
    organization = models.ForeignKey(Organization, on_delete=models.CASCADE, related_name="monitoring_sources")
    kind = models.CharField(_("kind"), max_length=10, choices=SourceKind.choices)
    name = models.CharField(_("name"), max_length=200)
    url = models.URLField(_("feed address"), max_length=1000, blank=True)
    interval_minutes = models.PositiveIntegerField(
        _("polling interval in minutes"), default=60, help_text=_("How often the feed is read.")
    )
    active = models.BooleanField(_("active"), default=True)
    # Conditional requests: what the server said last time, sent back so an unchanged feed costs nothing.
    etag = models.CharField(max_length=500, blank=True)
    last_modified = models.CharField(max_length=100, blank=True)
    next_poll_at = models.DateTimeField(null=True, blank=True)
    last_polled_at = models.DateTimeField(null=True, blank=True)
    last_success_at = models.DateTimeField(null=True, blank=True)
    last_error_at = models.DateTimeField(null=True, blank=True)
    last_error = models.TextField(blank=True)
    consecutive_failures = models.PositiveIntegerField(default=0)
    created_at = models.DateTimeField(auto_now_add=True)

    objects = SourceQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(
                fields=["organization", "url"], condition=~Q(url=""), name="monitoring_one_source_per_feed"
            )
        ]
        indexes = [models.Index(fields=["kind", "active", "next_poll_at"], name="monitoring_source_due")]

    def __str__(self) -> str:
        return self.name

    @property
    def is_healthy(self) -> bool:
        return self.consecutive_failures == 0


class ItemState(models.TextChoices):
    NEW = "new", _("Waiting for analysis")
    QUEUED = "queued", _("Waiting for review")
    REVIEWED = "reviewed", _("Reviewed")


class ItemQuerySet(models.QuerySet):
    def in_queue(self):
        return self.filter(state=ItemState.QUEUED).order_by("-priority", "-pk")

    def flagged(self):
        """What the engine found hateful or offensive (see analysis.TIER: a range of the indexed priority)."""
        return self.filter(priority__gte=100)

    def engine_hateful(self):
        return self.filter(priority__gte=200)

    def published_between(self, since, until):
        return self.filter(published_at__gte=since, published_at__lt=until)


class Item(models.Model):
    """One text from a source: a news article's title and summary, a comment, a reply."""

    organization = models.ForeignKey(Organization, on_delete=models.CASCADE, related_name="monitoring_items")
    source = models.ForeignKey(Source, on_delete=models.CASCADE, related_name="items")
    link = models.URLField(max_length=1000, blank=True)
    title = models.CharField(max_length=500, blank=True)
    text = models.TextField()
    text_key = models.CharField(max_length=64, help_text="SHA-256 of the normalised text, for deduplication.")
    author_hash = models.CharField(max_length=64, blank=True)
    published_at = models.DateTimeField()
    collected_at = models.DateTimeField(default=timezone.now)
    reach = models.PositiveBigIntegerField(null=True, blank=True)

    state = models.CharField(max_length=10, choices=ItemState.choices, default=ItemState.NEW)
    # What the engine said.
    lang = models.CharField(max_length=8, blank=True)
    engine_label = models.CharField(max_length=10, choices=Label.choices, blank=True)
    engine_ground_bits = models.PositiveIntegerField(default=0)
    engine_type_bits = models.PositiveIntegerField(default=0)
    hateful_score = models.FloatField(default=0)
    offensive_score = models.FloatField(default=0)
    analysis = models.JSONField(default=dict, blank=True)
    model_version = models.CharField(max_length=40, blank=True)
    # Engine's tier + hatefulness × reach (analysis.priority_of), kept as a column so the queue is one index scan.
    priority = models.FloatField(default=0)
    # What counts in reports: the reviewer's decision when there is one, else the engine's.
    label = models.CharField(max_length=10, choices=Label.choices, blank=True)
    ground_bits = models.PositiveIntegerField(default=0)
    type_bits = models.PositiveIntegerField(default=0)
    severity = models.CharField(max_length=10, choices=SeverityLevel.choices, blank=True)

    objects = ItemQuerySet.as_manager()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["organization", "text_key"], name="monitoring_item_unique_text"),
            models.UniqueConstraint(
                fields=["organization", "link"], condition=~Q(link=""), name="monitoring_item_unique_link"
            ),
        ]
        indexes = [
            models.Index(fields=["organization", "state", "-priority", "-id"], name="monitoring_queue"),
            models.Index(fields=["source", "state", "-priority", "-id"], name="monitoring_queue_source"),
            # Reports: index-only scans. Hateful/offensive figures read the label index, totals the period one.
            models.Index(fields=["organization", "label", "published_at"], name="monitoring_report",
                         include=["ground_bits", "type_bits", "severity", "state", "source_id", "priority"]),
            models.Index(fields=["organization", "published_at"], name="monitoring_period",
                         include=["label", "state"]),
            models.Index(fields=["source", "state"], name="monitoring_item_source_state"),
            models.Index(fields=["model_version", "id"], name="monitoring_item_model"),
            # Items waiting for analysis: few at any time, found without scanning the rest.
            models.Index(fields=["id"], condition=Q(state="new"), name="monitoring_item_waiting"),
        ]

    def __str__(self) -> str:
        return (self.title or self.text)[:80]

    @property
    def engine_grounds(self) -> list[str]:
        return grounds_of(self.engine_ground_bits)

    @property
    def engine_types(self) -> list[str]:
        return types_of(self.engine_type_bits)

    @property
    def grounds(self) -> list[str]:
        return grounds_of(self.ground_bits)

    @property
    def types(self) -> list[str]:
        return types_of(self.type_bits)


class DailyTally(models.Model):
    """How many items a source has per day, label and state: reports over long periods sum these few rows
    instead of counting a million items. Kept current by `tallies.refresh_tallies` in the transaction of
    every change that adds items or changes their label or state."""

    organization = models.ForeignKey(Organization, on_delete=models.CASCADE, related_name="+")
    source = models.ForeignKey(Source, on_delete=models.CASCADE, related_name="+")
    day = models.DateField()
    label = models.CharField(max_length=10, blank=True)
    state = models.CharField(max_length=10)
    n = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["organization", "source", "day", "label", "state"],
                                               name="monitoring_one_tally_per_day")]
        indexes = [models.Index(fields=["organization", "day"], name="monitoring_tally_day")]

    def __str__(self) -> str:
        return f"{self.day} {self.source_id} {self.label}/{self.state}: {self.n}"


class HatefulTally(models.Model):
    """How many hateful items of a day target each ground (facet "g"), use each discourse type ("t"), or — once
    reviewed — were rated at each severity ("s"): the report's breakdowns sum these few rows (about 25 a day)
    instead of reading every hateful item of a year. Recounted with the daily tallies (`tallies._recount`)."""

    class Facet(models.TextChoices):
        GROUND = "g", "ground"
        TYPE = "t", "discourse type"
        SEVERITY = "s", "severity"

    organization = models.ForeignKey(Organization, on_delete=models.CASCADE, related_name="+")
    day = models.DateField()
    facet = models.CharField(max_length=1, choices=Facet.choices)
    value = models.CharField(max_length=30)
    n = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["organization", "day", "facet", "value"],
                                               name="monitoring_one_hateful_tally")]

    def __str__(self) -> str:
        return f"{self.day} {self.facet}:{self.value}: {self.n}"


class ReviewTally(models.Model):
    """Reviews counted per source, month of review, and what the engine and the reviewer said (hateful or not,
    and against which grounds): the engine's precision and recall are computed from these few rows instead of
    every review. Recounted for the (source, month) a review lands in or leaves (`tallies.refresh_review_tallies`)."""

    organization = models.ForeignKey(Organization, on_delete=models.CASCADE, related_name="+")
    source = models.ForeignKey(Source, on_delete=models.CASCADE, related_name="+")
    month = models.DateField()  # first day, in the site's time zone
    engine_hateful = models.BooleanField()
    person_hateful = models.BooleanField()
    engine_ground_bits = models.PositiveIntegerField(default=0)  # when the engine said hateful
    ground_bits = models.PositiveIntegerField(default=0)  # when the reviewer said hateful
    n = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [models.UniqueConstraint(
            fields=["organization", "source", "month", "engine_hateful", "person_hateful", "engine_ground_bits",
                    "ground_bits"], name="monitoring_one_review_tally")]

    def __str__(self) -> str:
        return f"{self.month} {self.source_id}: {self.n}"


class Review(models.Model):
    """A reviewer's decision on an item: labelled data for retraining and for measuring the engine."""

    # No database foreign key: on PostgreSQL items are partitioned by month (monitoring/partitions.py), and a key
    # to a partitioned table would have to include the month. Django deletes a review with its item all the same.
    item = models.OneToOneField(Item, on_delete=models.CASCADE, related_name="review", db_constraint=False)
    organization = models.ForeignKey(Organization, on_delete=models.CASCADE, related_name="+")
    source = models.ForeignKey(Source, on_delete=models.CASCADE, related_name="+")
    reviewer = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    reviewed_at = models.DateTimeField(default=timezone.now)
    label = models.CharField(_("label"), max_length=10, choices=Label.choices)
    ground_bits = models.PositiveIntegerField(default=0)
    type_bits = models.PositiveIntegerField(default=0)
    # The engine's answer when the reviewer decided, so precision and recall survive re-analysis.
    engine_label = models.CharField(max_length=10, choices=Label.choices)
    engine_ground_bits = models.PositiveIntegerField(default=0)
    model_version = models.CharField(max_length=40)
    # The Rabat Plan of Action's six factors, each rated 0 (absent) to 3 (strong); empty when not rated.
    context = models.PositiveSmallIntegerField(null=True, blank=True)
    speaker = models.PositiveSmallIntegerField(null=True, blank=True)
    intent = models.PositiveSmallIntegerField(null=True, blank=True)
    content_form = models.PositiveSmallIntegerField(null=True, blank=True)
    extent = models.PositiveSmallIntegerField(null=True, blank=True)
    likelihood = models.PositiveSmallIntegerField(null=True, blank=True)
    severity = models.CharField(max_length=10, choices=SeverityLevel.choices, blank=True)
    note = models.TextField(blank=True)

    class Meta:
        # Precision and recall are counted from this index alone.
        indexes = [models.Index(fields=["organization", "reviewed_at"], name="monitoring_review_time",
                                include=["label", "engine_label", "ground_bits", "engine_ground_bits", "source_id"]),
                   models.Index(fields=["source", "reviewed_at"], name="monitoring_review_source_time",
                                include=["label", "engine_label", "ground_bits", "engine_ground_bits"])]

    def __str__(self) -> str:
        return f"{self.get_label_display()} — {self.item_id}"

    @property
    def grounds(self) -> list[str]:
        return grounds_of(self.ground_bits)

    @property
    def types(self) -> list[str]:
        return types_of(self.type_bits)


class ImportBatch(models.Model):
    """An uploaded CSV/JSONL export waiting for (or done with) ingestion by a worker.

    The file is kept in the database, not on disk, so a worker on another machine can read it.
    """

    class Status(models.TextChoices):
        WAITING = "waiting", _("Waiting")
        DONE = "done", _("Done")
        FAILED = "failed", _("Failed")

    source = models.ForeignKey(Source, on_delete=models.CASCADE, related_name="imports")
    file_name = models.CharField(max_length=200)
    content = models.BinaryField()
    mapping = models.JSONField(default=dict)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.WAITING)
    added = models.PositiveIntegerField(default=0)
    skipped = models.PositiveIntegerField(default=0)
    error = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return self.file_name


class ReportQuerySet(models.QuerySet):
    def published(self):
        return self.filter(published_at__isnull=False)


class MediaWatchReport(models.Model):
    organization = models.ForeignKey(Organization, on_delete=models.CASCADE, related_name="media_watch_reports")
    title = models.CharField(_("title"), max_length=200)
    since = models.DateField(_("from"))
    until = models.DateField(_("until"), help_text=_("The last day included."))
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    published_at = models.DateTimeField(null=True, blank=True)
    # Frozen at publication: the public page shows exactly what was published, with no personal data.
    published_data = models.JSONField(default=dict, blank=True)

    objects = ReportQuerySet.as_manager()

    class Meta:
        ordering = ["-since", "-pk"]

    def __str__(self) -> str:
        return self.title

    @property
    def is_published(self) -> bool:
        return self.published_at is not None
