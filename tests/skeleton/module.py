"""The skeleton's manifest: one capability, one page in the workspace menu, one encrypted file store."""

from datetime import timedelta

from birarada.core.models import Role
from birarada.core.modules import CapabilityGrant, EncryptedStore, Manifest, PeriodicTask, WorkspaceEntry

TEND_GARDEN = "tend_garden"

MANIFEST = Manifest(
    label="skeleton",
    capabilities=(CapabilityGrant(TEND_GARDEN, frozenset({Role.MODERATOR, Role.VIEWER})),),
    urls="tests.skeleton.urls",
    workspace_entries=(WorkspaceEntry(TEND_GARDEN, "skeleton:garden", "Community garden",
                                      "A page only the skeleton module adds."),),
    periodic_tasks=(PeriodicTask("tests.skeleton.tasks.water_garden", timedelta(hours=6)),),
    encrypted_stores=(EncryptedStore("garden notes", files="tests.skeleton.store.note_files"),),
)
