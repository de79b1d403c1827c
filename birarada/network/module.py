"""The network module's manifest: what it adds to the platform (see birarada/core/modules.py).

It builds on events (a method use may name the event where it ran). The manifest is written in parts — the
observatory, the method pool, networks — each part's entries in its own block below."""

from django.utils.translation import gettext_lazy as _

from birarada.core.models import Role
from birarada.core.modules import CapabilityGrant, Manifest

MANAGE_NETWORK = "manage_network"  # members, joint actions, mentoring (in a network's workspace)
EDIT_OBSERVATORY = "edit_observatory"  # review and publish practices and methods (in a network's workspace)
CONTRIBUTE_PRACTICES = "contribute_practices"  # write practices and methods, log method uses (any member)
VIEW_NETWORK_STATISTICS = "view_network_statistics"  # members' shared figures (in a network's workspace)

# ---- the observatory of good practices ---------------------------------------------------------------
OBSERVATORY_WORKSPACE_ENTRIES: tuple = ()
OBSERVATORY_PUBLIC_ENTRIES: tuple = ()
OBSERVATORY_AUDIT_VERBS: tuple = ()

# ---- the method pool ----------------------------------------------------------------------------------
METHODS_WORKSPACE_ENTRIES: tuple = ()
METHODS_PUBLIC_ENTRIES: tuple = ()
METHODS_AUDIT_VERBS: tuple = ()

# ---- networks: members, joint actions, mentoring, shared statistics --------------------------------------
NETWORKS_WORKSPACE_ENTRIES: tuple = ()
NETWORKS_PUBLIC_ENTRIES: tuple = ()
NETWORKS_AUDIT_VERBS: tuple = ()

# ---- open datasets and city page sections (open data part) -----------------------------------------------
OPEN_DATA: tuple = ()
CITY_SECTIONS: tuple = ()

MANIFEST = Manifest(
    label="network",
    summary=_("Cities and organizations learn from each other: a directory by rights area, an observatory of "
              "good practices, a pool of methods, joint actions and mentoring."),
    capabilities=(
        CapabilityGrant(MANAGE_NETWORK, frozenset({Role.COORDINATOR})),
        CapabilityGrant(EDIT_OBSERVATORY, frozenset({Role.COORDINATOR})),
        CapabilityGrant(CONTRIBUTE_PRACTICES, frozenset({Role.COORDINATOR, Role.COMMUNICATIONS, Role.PARTNER})),
        CapabilityGrant(VIEW_NETWORK_STATISTICS, frozenset({Role.COORDINATOR, Role.VIEWER})),
    ),
    urls="birarada.network.urls",
    workspace_entries=OBSERVATORY_WORKSPACE_ENTRIES + METHODS_WORKSPACE_ENTRIES + NETWORKS_WORKSPACE_ENTRIES,
    public_entries=OBSERVATORY_PUBLIC_ENTRIES + METHODS_PUBLIC_ENTRIES + NETWORKS_PUBLIC_ENTRIES,
    confidential_models=("network.NetworkMembership",),
    open_data=OPEN_DATA,
    city_sections=CITY_SECTIONS,
    audit_verbs=OBSERVATORY_AUDIT_VERBS + METHODS_AUDIT_VERBS + NETWORKS_AUDIT_VERBS,
)
