"""Comments under a campaign page and comments imported from a platform's export: received PENDING (never shown),
screened by the discourse engine in the background, then published or held for a moderator.

- Hateful → held; offensive → held when the campaign holds offensive comments, published otherwise; the rest
  (including counter-speech that quotes hate to condemn it) → published. The engine's label, its hateful score
  (the queue's order) and its explanation with targets and signals are kept with the comment.
- Nothing is published without screening: a comment is screened by the task queued when it arrived, and
  `screen_waiting_comments` (every 10 minutes) screens whatever a worker restart left PENDING.
- Imported comments (source = the platform) feed the moderation queue and the moderation load; the public page
  shows only comments written on it (source "page").
"""

from __future__ import annotations

import statistics
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from django.db import transaction
from django.db.models import QuerySet
from django.utils import timezone
from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

from birarada.campaigns.choices import CommentStatus
from birarada.campaigns.models import Campaign, Comment
from birarada.core.actions import record_audit
from birarada.core.engine import analyzer
from birarada.core.tasking import enqueue_on_commit
from birarada.core.types import Actor

PAGE = "page"  # the source of comments written under the public campaign page
MAX_AUTHOR = 80
MAX_TEXT = 2000
MAX_IMPORT_BYTES = 5 * 1024 * 1024
MAX_IMPORT_ROWS = 20_000
SCREEN_BATCH = 500  # comments screened together (the engine scores a batch in one vectorised pass)
WAITING = timedelta(minutes=2)  # a PENDING comment this old lost its task (worker restart): screen it anyway
DECISIONS = {"publish": CommentStatus.PUBLISHED, "reject": CommentStatus.REJECTED}


class CommentError(ValueError):
    """A comment or an import that cannot be accepted, with a message a person can act on."""


# ---- receiving ----------------------------------------------------------------------------------------------

@transaction.atomic
def do_receive_comment(campaign: Campaign, *, text: str, author: str = "", actor: Actor = None) -> Comment:
    """Store a comment from the public page as PENDING and queue its screening (after the commit)."""
    text, author = (text or "").strip(), (author or "").strip()
    if not text:
        raise CommentError(_("Write a comment."))
    if len(text) > MAX_TEXT or len(author) > MAX_AUTHOR:
        raise CommentError(_("The comment is too long: at most %(n)s characters.") % {"n": MAX_TEXT})
    comment = Comment.objects.create(campaign=campaign, author=author, text=text, source=PAGE)
    record_audit(actor=actor, verb="campaign.comment", organization=campaign.organization, target=comment,
                 changes={"campaign": campaign.pk, "source": PAGE})
    enqueue_on_commit("birarada.campaigns.tasks.screen_comment", comment.pk)
    return comment


# ---- screening ----------------------------------------------------------------------------------------------

def status_for(label: str, campaign: Campaign) -> str:
    if label == "hateful":
        return CommentStatus.HELD
    if label == "offensive":
        return CommentStatus.HELD if campaign.hold_offensive else CommentStatus.PUBLISHED
    return CommentStatus.PUBLISHED


@transaction.atomic
def do_screen_comments(ids: Iterable[int], *, actor: Actor = None) -> dict[str, int]:
    """Screen the PENDING comments among `ids` with the engine; returns the counts. Comments another worker is
    screening at this moment are skipped (row locks), so no comment is screened twice."""
    ids = list(ids)
    if not ids:
        return {"screened": 0, "published": 0, "held": 0}
    comments = list(Comment.objects.select_for_update(skip_locked=True, of=("self",))
                    .filter(pk__in=ids, status=CommentStatus.PENDING).select_related("campaign__organization")
                    .order_by("pk"))
    if not comments:
        return {"screened": 0, "published": 0, "held": 0}
    analyses = analyzer().analyze_batch([c.text for c in comments])
    now = timezone.now()
    for comment, analysis in zip(comments, analyses, strict=True):
        comment.status = status_for(analysis.label, comment.campaign)
        comment.engine_label = analysis.label
        comment.risk = float(analysis.scores.get("hateful", 0.0))
        comment.analysis = analysis.to_dict()
        comment.screened_at = now
    Comment.objects.bulk_update(comments, ["status", "engine_label", "risk", "analysis", "screened_at"])
    counts = {"screened": len(comments),
              "published": sum(c.status == CommentStatus.PUBLISHED for c in comments),
              "held": sum(c.status == CommentStatus.HELD for c in comments)}
    campaigns = sorted({c.campaign_id for c in comments})
    organizations = {c.campaign.organization_id for c in comments}
    # One row for the batch (counts only); its organization when the batch is one organization's, as the tasks
    # make it.
    record_audit(actor=actor, verb="campaign.comment_screen",
                 organization=comments[0].campaign.organization if len(organizations) == 1 else None,
                 target=comments[0].campaign if len(campaigns) == 1 else None,
                 changes={**counts, "campaigns": campaigns})
    return counts


def pending_of_campaign(comment_id: int, limit: int = SCREEN_BATCH) -> list[int]:
    """The comment and, to screen together with it, the oldest other PENDING comments of its campaign."""
    campaign_id = Comment.objects.filter(pk=comment_id).values_list("campaign_id", flat=True).first()
    if campaign_id is None:
        return []
    others = list(Comment.objects.filter(campaign_id=campaign_id, status=CommentStatus.PENDING)
                  .exclude(pk=comment_id).order_by("pk").values_list("pk", flat=True)[:limit - 1])
    return [comment_id, *others]


def waiting_batches(older_than: timedelta = WAITING, limit: int = SCREEN_BATCH) -> list[list[int]]:
    """PENDING comments older than `older_than`, in batches of one campaign each."""
    rows = (Comment.objects.filter(status=CommentStatus.PENDING, created_at__lt=timezone.now() - older_than)
            .order_by("campaign_id", "pk").values_list("campaign_id", "pk"))
    batches: list[list[int]] = []
    current: int | None = None
    for campaign_id, pk in rows.iterator():
        if campaign_id != current or len(batches[-1]) >= limit:
            batches.append([])
            current = campaign_id
        batches[-1].append(pk)
    return batches


# ---- moderation ---------------------------------------------------------------------------------------------

@transaction.atomic
def do_decide_comment(comment: Comment, decision: str, *, actor: Actor) -> Comment:
    """A moderator publishes or rejects a held comment."""
    if decision not in DECISIONS:
        raise CommentError(f"Unknown decision: {decision}")
    comment = Comment.objects.select_for_update().select_related("campaign__organization").get(pk=comment.pk)
    if comment.status != CommentStatus.HELD:
        raise CommentError(_("This comment is not waiting for a decision any more."))
    comment.status = DECISIONS[decision]
    comment.decided_at = timezone.now()
    comment.decided_by = actor if actor is not None and actor.pk else None
    comment.save(update_fields=["status", "decided_at", "decided_by"])
    record_audit(actor=actor, verb="campaign.comment_decide", organization=comment.campaign.organization,
                 target=comment, changes={"decision": decision, "engine_label": comment.engine_label,
                                          "campaign": comment.campaign_id})
    return comment


def queue_of(comments: QuerySet[Comment]) -> QuerySet[Comment]:
    """Held comments, riskiest first (then the oldest first)."""
    return (comments.filter(status=CommentStatus.HELD).select_related("campaign")
            .order_by("-risk", "created_at", "pk"))


def highlighted(text: str, analysis: dict) -> SafeString:
    """The comment with the engine's target spans inside <mark>; every piece of the text is escaped."""
    spans = sorted((int(t["start"]), int(t["end"])) for t in (analysis or {}).get("targets", [])
                   if isinstance(t, dict) and isinstance(t.get("start"), int) and isinstance(t.get("end"), int))
    merged: list[list[int]] = []
    for start, end in spans:
        start, end = max(start, 0), min(end, len(text))
        if start >= end:
            continue  # empty or outside the text
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)  # overlapping spans make one mark
        else:
            merged.append([start, end])
    pieces, position = [], 0
    for start, end in merged:
        pieces.append(escape(text[position:start]))
        pieces.append(format_html("<mark>{}</mark>", text[start:end]))
        position = end
    pieces.append(escape(text[position:]))
    return mark_safe("".join(pieces))  # noqa: S308 — every piece above is escaped


@dataclass(frozen=True)
class LoadDay:
    day: date
    received: int
    held: int
    decided: int
    median_minutes: float | None


def moderation_load(comments: QuerySet[Comment], days: int = 30, today: date | None = None) -> list[LoadDay]:
    """Per day of arrival over the last `days` days: comments in, held by the engine (whatever was decided
    since), decided by a moderator and the median minutes from arrival to that decision."""
    today = today or timezone.localdate()
    first = today - timedelta(days=days - 1)
    start = timezone.make_aware(datetime.combine(first, datetime.min.time()))
    rows = comments.filter(created_at__gte=start).values_list("created_at", "status", "decided_at")
    received = {first + timedelta(days=n): 0 for n in range(days)}
    held = dict.fromkeys(received, 0)
    waits: dict[date, list[float]] = {day: [] for day in received}
    for created_at, status, decided_at in rows.iterator():
        day = timezone.localdate(created_at)
        if day not in received:
            continue
        received[day] += 1
        if status == CommentStatus.HELD or decided_at is not None:  # only held comments get a decision
            held[day] += 1
        if decided_at is not None:
            waits[day].append((decided_at - created_at).total_seconds() / 60)
    return [LoadDay(day, received[day], held[day], len(waits[day]),
                    round(statistics.median(waits[day]), 1) if waits[day] else None) for day in received]


# ---- importing ----------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class ImportedComment:
    text: str
    author: str = ""


def rows_from_export(file_name: str, content: bytes, *, text_column: str = "text",
                     author_column: str = "author") -> tuple[list[ImportedComment], list[str]]:
    """The comments of a CSV or JSONL export, or the messages that say which rows to fix (then no comments):
    an import is all or nothing. Reading (encodings, CSV dialects, JSON lines) is monitoring's."""
    from birarada.monitoring.imports import UnreadableExport, read_rows

    if len(content) > MAX_IMPORT_BYTES:
        return [], [_("The file is larger than %(n)s MB; split it into smaller files.")
                    % {"n": MAX_IMPORT_BYTES // (1024 * 1024)}]
    try:
        rows = read_rows(file_name, content)
    except UnreadableExport as error:
        return [], [str(error)]
    except Exception:  # a malformed CSV the csv module refuses
        return [], [_("The file could not be read as CSV or JSON lines. Save it as UTF-8 CSV and try again.")]
    if not rows:
        return [], [_("The file has no rows.")]
    if len(rows) > MAX_IMPORT_ROWS:
        return [], [_("The file has %(rows)s rows; at most %(n)s can be imported at once. Split it.")
                    % {"rows": len(rows), "n": MAX_IMPORT_ROWS}]
    if text_column not in rows[0]:
        columns = ", ".join(str(c) for c in list(rows[0])[:20])
        return [], [_("There is no column “%(column)s” in the file. Its columns are: %(columns)s.")
                    % {"column": text_column, "columns": columns}]
    found, problems = [], []
    for number, row in enumerate(rows, start=2 if not file_name.lower().endswith((".jsonl", ".ndjson", ".json"))
                                 else 1):
        text = str(row.get(text_column) or "").strip()
        author = str(row.get(author_column) or "").strip() if author_column else ""
        if not text:
            problems.append(_("Row %(row)s: the comment is empty.") % {"row": number})
        elif len(text) > MAX_TEXT:
            problems.append(_("Row %(row)s: the comment is longer than %(n)s characters.")
                            % {"row": number, "n": MAX_TEXT})
        if len(author) > MAX_AUTHOR:
            problems.append(_("Row %(row)s: the name is longer than %(n)s characters.")
                            % {"row": number, "n": MAX_AUTHOR})
        found.append(ImportedComment(text=text, author=author))
    if problems:
        shown = problems[:20]
        if len(problems) > 20:
            shown.append(_("… and %(n)s more problems.") % {"n": len(problems) - 20})
        return [], shown
    return found, []


@transaction.atomic
def do_import_comments(campaign: Campaign, comments: Sequence[ImportedComment], *, platform: str,
                       actor: Actor) -> int:
    """Store the comments of a platform's export as PENDING (source = the platform) and queue their screening;
    returns how many."""
    platform = (platform or "").strip()[:20]
    if not platform or platform == PAGE:
        raise CommentError(_("Choose the platform the comments come from."))
    if not comments:
        raise CommentError(_("The file has no comments."))
    created = Comment.objects.bulk_create([Comment(campaign=campaign, author=c.author[:MAX_AUTHOR], text=c.text,
                                                   source=platform) for c in comments], batch_size=1000)
    ids = [c.pk for c in created]  # PostgreSQL and SQLite return the ids of bulk inserts
    for start in range(0, len(ids), SCREEN_BATCH):
        enqueue_on_commit("birarada.campaigns.tasks.screen_comments", ids[start:start + SCREEN_BATCH])
    record_audit(actor=actor, verb="campaign.comment_import", organization=campaign.organization, target=campaign,
                 changes={"platform": platform, "comments": len(ids)})
    return len(ids)
