"""Turns taken per organization by concurrent workers, on PostgreSQL.

Many workers write one organization's items at once (polls, imports, analysis batches). Two things must not
interleave: deduplicating new items (read the known keys, then insert: a concurrent insert of the same text would
slip between), and recounting daily tallies (each transaction would miss the other's uncommitted change). Each
takes an advisory lock on (space, organization) held until its transaction ends. SQLite lets one writer at a time
anyway, so nothing is done there.
"""

from django.db import connection

LOCK_SPACES = {"tallies": 7301, "items": 7302}


def hold_organization_lock(space: str, organization_id: int) -> None:
    """Wait for, then hold until the current transaction ends, the lock on (space, organization)."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s::bigint)", [(LOCK_SPACES[space] << 32) + organization_id])
