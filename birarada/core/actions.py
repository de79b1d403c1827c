"""Every change of state in `core` happens here, in one transaction with one audit row.

Views and commands call these functions; they never save models themselves.
"""

from typing import Any

from django.apps import apps
from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Model
from django.utils import timezone

from birarada.core import crypto
from birarada.core.fields import EncryptedJSONField, EncryptedTextField
from birarada.core.models import AuditEvent, Membership, Organization, WorkerHeartbeat
from birarada.core.modules import encrypted_stores
from birarada.core.tasking import TaskResultStatus, enqueue_on_commit
from birarada.core.types import Actor


def record_audit(*, actor: Actor, verb: str, organization: Organization | None, target: Model | None = None,
                 changes: dict[str, Any] | None = None) -> AuditEvent:
    """Append one row to the audit log. Call inside the transaction that makes the change."""
    person = actor if actor is not None and actor.pk else None  # an unsaved user is no one
    return AuditEvent.objects.create(
        actor=person,
        actor_name=person.get_username() if person is not None else "system",
        organization=organization,
        organization_slug=organization.slug if organization is not None and organization.slug else "",
        verb=verb,
        target_type=target._meta.label_lower if target is not None else "",
        target_id=str(target.pk) if target is not None else "",
        target_label=str(target)[:200] if target is not None else "",
        changes=changes or {},
    )


PROFILE_FIELDS = ("name", "city", "district", "description", "website", "public_email", "grounds",
                  "listed_in_directory", "country", "province", "offers", "languages_served", "accessibility",
                  "accessibility_notes", "public_phone", "address", "contact_name", "contact_email")
# What a directory import (core/hsds.py) may set on a listing.
DIRECTORY_IMPORT_FIELDS = ("name", "description", "public_email", "website", "kind", "grounds", "public_phone",
                           "address", "city", "province", "country", "offers", "languages_served", "accessibility",
                           "accessibility_notes")


@transaction.atomic
def do_create_organization(*, actor: Actor, **fields: Any) -> Organization:
    organization = Organization(**fields)
    organization.full_clean()
    organization.save()
    record_audit(
        actor=actor,
        verb="organization.create",
        organization=organization,
        target=organization,
        changes={"after": {k: _plain(v) for k, v in fields.items()}},
    )
    return organization


@transaction.atomic
def do_update_organization_profile(organization: Organization, *, actor: Actor, **fields: Any) -> Organization:
    unknown = set(fields) - set(PROFILE_FIELDS)
    if unknown:
        raise ValueError(f"Not profile fields: {sorted(unknown)}")
    before = {k: getattr(organization, k) for k in fields}
    changed = {k: v for k, v in fields.items() if before[k] != v}
    if not changed:
        return organization
    for name, value in changed.items():
        setattr(organization, name, value)
    organization.full_clean()
    organization.save(update_fields=list(changed))
    record_audit(
        actor=actor,
        verb="organization.update",
        organization=organization,
        target=organization,
        changes={"before": {k: before[k] for k in changed}, "after": changed},
    )
    return organization


@transaction.atomic
def do_import_directory(organization: Organization, *, creates: list[dict[str, Any]],
                        updates: list[tuple[int, dict[str, Any]]], actor: Actor, skipped: int = 0) -> dict[str, int]:
    """Add and update partner-directory listings from an exchange file, all or nothing, with one audit row in
    the importing organization's log (counts only).

    `creates`: the fields of each new listing (with its slug); it gets uses_platform=False and is listed.
    `updates`: (organization id, changed fields) of listings that are not on the platform: an organization that
    uses the platform keeps its own profile, so finding one here (it joined meanwhile) refuses the whole import.
    ValidationError (or IntegrityError, for a slug taken meanwhile) leaves everything as it was."""
    allowed = set(DIRECTORY_IMPORT_FIELDS)
    for values in [*creates, *(changes for _pk, changes in updates)]:
        unknown = set(values) - allowed - {"slug"}
        if unknown:
            raise ValueError(f"Not directory import fields: {sorted(unknown)}")
    new = []
    for values in creates:
        listing = Organization(**values, uses_platform=False, listed_in_directory=True)
        listing.full_clean(validate_unique=False)  # the slugs were made unique; the database still checks
        new.append(listing)
    Organization.objects.bulk_create(new, batch_size=500)
    targets = Organization.objects.select_for_update().in_bulk([pk for pk, _changes in updates])
    for pk, changes in updates:
        target = targets.get(pk)
        if target is None or target.uses_platform or "slug" in changes:
            raise ValidationError("A listing of the preview changed meanwhile.")
        for name, value in changes.items():
            setattr(target, name, value)
        target.full_clean(validate_unique=False)
        target.save(update_fields=list(changes))
    counts = {"created": len(new), "updated": len(updates), "skipped": skipped}
    record_audit(actor=actor, verb="directory.import", organization=organization, changes=counts)
    return counts


@transaction.atomic
def do_add_membership(organization: Organization, user: User, role: str, *, actor: Actor) -> Membership:
    membership, created = Membership.objects.get_or_create(organization=organization, user=user, role=role)
    if created:
        record_audit(
            actor=actor,
            verb="membership.add",
            organization=organization,
            target=membership,
            changes={"user": user.get_username(), "role": role},
        )
    return membership


@transaction.atomic
def do_remove_membership(membership: Membership, *, actor: Actor) -> None:
    organization = membership.organization
    record_audit(
        actor=actor,
        verb="membership.remove",
        organization=organization,
        target=membership,
        changes={"user": membership.user.get_username(), "role": membership.role},
    )
    membership.delete()


@transaction.atomic
def do_request_worker_heartbeat(organization: Organization, *, actor: Actor) -> WorkerHeartbeat:
    heartbeat = WorkerHeartbeat.objects.create(requested_by=actor)
    record_audit(actor=actor, verb="system.heartbeat_request", organization=organization, target=heartbeat)
    # Enqueue after commit, so the worker never looks for a row it cannot see yet.
    enqueue_on_commit("birarada.core.tasks.answer_heartbeat", heartbeat.pk)
    return heartbeat


@transaction.atomic
def do_answer_heartbeat(heartbeat_id: int, *, worker_pid: int) -> bool:
    """A task worker answers a heartbeat request (the system page's "is a worker running?"); True if it was
    still unanswered."""
    heartbeat = WorkerHeartbeat.objects.select_for_update().filter(pk=heartbeat_id, answered_at__isnull=True).first()
    if heartbeat is None:
        return False
    heartbeat.answered_at, heartbeat.worker_pid = timezone.now(), worker_pid
    heartbeat.save(update_fields=["answered_at", "worker_pid"])
    record_audit(actor=None, verb="system.heartbeat_answer", organization=None, target=heartbeat,
                 changes={"worker_pid": worker_pid})
    return True


@transaction.atomic
def do_recover_task(result, *, reason: str) -> bool:
    """A task lost with its worker (see core/workers.py): mark its run failed and queue it again, unless an equal
    run already waits. Returns True if this call recovered it (another sweeper may have been first)."""
    from django_tasks_db.models import DBTaskResult

    now = timezone.now()
    taken = DBTaskResult.objects.filter(pk=result.pk, status=TaskResultStatus.RUNNING).update(
        status=TaskResultStatus.FAILED, finished_at=now, exception_class_path="birarada.core.workers.WorkerLost",
        traceback=reason)
    if not taken:
        return False
    waiting = DBTaskResult.objects.filter(task_path=result.task_path, status=TaskResultStatus.READY,
                                          args_kwargs=result.args_kwargs).exists()
    if not waiting:
        args, kwargs = result.args_kwargs.get("args", []), result.args_kwargs.get("kwargs", {})
        enqueue_on_commit(result.task_path, *args, **kwargs)
    record_audit(actor=None, verb="system.task_recover", organization=None, target=None,
                 changes={"task": result.task_path, "run": str(result.pk), "reason": reason,
                          "queued_again": not waiting})
    return True


def do_recover_rq_job(registry, job, *, reason: str) -> bool:
    """The RQ counterpart of `do_recover_task`: a job whose worker died is put back on its queue (same job, same
    arguments) from RQ's failed registry. Returns False when another sweeper already did."""
    from rq.exceptions import InvalidJobOperation

    try:
        registry.requeue(job)
    except InvalidJobOperation:
        return False
    record_audit(actor=None, verb="system.task_recover", organization=None, target=None,
                 changes={"task": job.func_name, "run": job.id, "queue": job.origin, "reason": reason,
                          "queued_again": True})
    return True


def do_rotate_encryption_keys(*, actor: Actor = None) -> dict[str, int]:
    """Re-encrypt every encrypted field (found by type, in every installed app) and every encrypted file the
    modules' manifests name with the newest key; one audit row says what was done.

    Each row is rewritten in its own short transaction, so a large table never holds long locks; running it
    again after an interruption is safe (rows already on the newest key are simply rewritten).
    """
    crypto.encrypt_bytes(b"")  # no usable key: stop here with the reason, before touching anything
    rows = 0
    tables = []
    for model in apps.get_models():
        names = [f.attname for f in model._meta.concrete_fields
                 if isinstance(f, (EncryptedTextField, EncryptedJSONField))]
        if not names:
            continue
        tables.append(model._meta.label)
        for pk in model._default_manager.values_list("pk", flat=True).iterator():
            with transaction.atomic():
                # Reading decrypts with any key; saving encrypts with the newest one.
                obj = model._default_manager.select_for_update().only("pk", *names).get(pk=pk)
                obj.save(update_fields=names)
            rows += 1
    files = 0
    stores = []
    for store in encrypted_stores():
        stores.append(store.name)
        for path in store.file_paths():
            path.write_bytes(crypto.rotate_bytes(path.read_bytes()))
            files += 1
    with transaction.atomic():
        record_audit(actor=actor, verb="system.rotate_encryption_keys", organization=None,
                     changes={"rows": rows, "files": files, "tables": tables, "stores": stores})
    return {"rows": rows, "files": files}


@transaction.atomic
def record_audit_export(organization: Organization, *, actor: Actor, filters: dict) -> None:
    """Downloading the audit log is itself recorded."""
    record_audit(actor=actor, verb="audit.export", organization=organization, changes={"filters": filters})


def record_sign_in(user: User) -> None:
    record_audit(actor=user, verb="auth.sign_in", organization=None, target=None)


def _plain(value: Any) -> Any:
    if isinstance(value, Organization):
        return value.slug
    return value
