"""The network module's manifest: what it adds to the platform (see birarada/core/modules.py).

It builds on events (a method use may name the event where it ran). The manifest is written in parts — the
observatory, the method pool, networks — each part's entries in its own block below."""

from django.utils.translation import gettext_lazy as _

from birarada.core.models import Role
from birarada.core.modules import (
    CapabilityGrant,
    CitySection,
    HomeSection,
    Manifest,
    PublicEntry,
    WorkspaceEntry,
)

MANAGE_NETWORK = "manage_network"  # members, joint actions, mentoring (in a network's workspace)
EDIT_OBSERVATORY = "edit_observatory"  # review and publish practices and methods (in a network's workspace)
CONTRIBUTE_PRACTICES = "contribute_practices"  # write practices and methods, log method uses (any member)
VIEW_NETWORK_STATISTICS = "view_network_statistics"  # members' shared figures (in a network's workspace)

# ---- the observatory of good practices ---------------------------------------------------------------
OBSERVATORY_WORKSPACE_ENTRIES: tuple = (
    WorkspaceEntry(CONTRIBUTE_PRACTICES, "network:my_practices", _("Good practices"),
                   _("Write your organization's good practices for a network's observatory and follow their "
                     "review."), order=80),
    WorkspaceEntry(EDIT_OBSERVATORY, "network:review_practices", _("Review good practices"),
                   _("Read, comment on and publish the practices submitted to the network's observatory."),
                   order=81),
)
OBSERVATORY_PUBLIC_ENTRIES: tuple = (
    PublicEntry("network:observatory", _("Observatory of good practices"),
                _("What cities and organizations did against discrimination, what it changed, and how to do it "
                  "too."), order=70),
)
OBSERVATORY_AUDIT_VERBS: tuple = (
    ("practice.create", _("Good practice written")),
    ("practice.update", _("Good practice's facts changed")),
    ("practice.text_add", _("Language version of a good practice added")),
    ("practice.text_update", _("Language version of a good practice changed")),
    ("practice.file_add", _("File added to a good practice")),
    ("practice.file_remove", _("File removed from a good practice")),
    ("practice.submit", _("Good practice submitted for review")),
    ("practice.comment", _("Comment on a good practice")),
    ("practice.return", _("Good practice sent back to its authors")),
    ("practice.publish", _("Good practice published")),
    ("practice.unpublish", _("Good practice unpublished")),
)

# ---- the method pool ----------------------------------------------------------------------------------
METHODS_WORKSPACE_ENTRIES: tuple = (
    WorkspaceEntry(CONTRIBUTE_PRACTICES, "network:my_methods", _("Methods"),
                   _("Share your organization's workshop and training methods with a network's pool, and report "
                     "the methods you used."), order=82),
    WorkspaceEntry(EDIT_OBSERVATORY, "network:review_methods", _("Review methods"),
                   _("Read the methods submitted to the network's pool and publish them."), order=83),
)
METHODS_PUBLIC_ENTRIES: tuple = (
    PublicEntry("network:methods", _("Method pool"),
                _("Workshops, dialogue tables and trainings other organizations ran: step by step, with their "
                  "experience and a printable card."), order=71),
)
METHODS_AUDIT_VERBS: tuple = (
    ("method.create", _("Method written (draft)")),
    ("method.update", _("Method changed")),
    ("method.file_add", _("File attached to a method")),
    ("method.file_remove", _("File removed from a method")),
    ("method.publish", _("Method published in the network's pool")),
    ("method.unpublish", _("Method taken out of the network's pool")),
    ("method.use", _("Use of a method reported (“we used it”)")),
)

# ---- networks: members, joint actions, mentoring, shared statistics --------------------------------------
# The capabilities are granted by role, so an ordinary city's menu offers the first two entries too: there the
# pages say the organization is not a network and point to its networks (views/networks.py).
NETWORKS_WORKSPACE_ENTRIES: tuple = (
    WorkspaceEntry(MANAGE_NETWORK, "network:members", _("Network members"),
                   _("The network's members, its joint actions and its mentoring pairs."), order=84),
    WorkspaceEntry(VIEW_NETWORK_STATISTICS, "network:statistics", _("Members' shared statistics"),
                   _("Reports and monitoring figures of the members that share them, aggregated and with small "
                     "counts hidden."), order=85),
    WorkspaceEntry("edit_profile", "network:memberships", _("Our networks"),
                   _("The networks this organization belongs to, and whether it shares its statistics with "
                     "each."), order=86),
)
NETWORKS_PUBLIC_ENTRIES: tuple = (
    PublicEntry("network:networks", _("Networks of cities"),
                _("Networks of equality units and organizations in several cities: their members, joint actions "
                  "and mentoring."), order=72),
)
NETWORKS_AUDIT_VERBS: tuple = (
    ("network.member_add", _("Organization added to the network")),
    ("network.member_role", _("Role of a network member changed")),
    ("network.member_end", _("Organization left the network")),
    ("network.statistics_share", _("Choice to share statistics with a network changed")),
    ("network.joint_action_create", _("Joint action of the network created")),
    ("network.joint_action_update", _("Joint action of the network changed")),
    ("network.mentoring_create", _("Mentoring pair of the network created")),
    ("network.mentoring_meeting", _("Mentoring meeting logged")),
    ("network.mentoring_end", _("Mentoring pair ended")),
)

# ---- open datasets and city page sections (open data part) -----------------------------------------------
CITY_SECTIONS: tuple = (
    CitySection(_("Networks it belongs to"), "birarada.network.city.city_networks", order=50),
    CitySection(_("Its good practices"), "birarada.network.city.city_practices", order=60),
    CitySection(_("Its methods"), "birarada.network.city.city_methods", order=70),
)
HOME_SECTIONS: tuple = (
    HomeSection(_("Networks"), "birarada.network.city.home_networks", order=10),
)

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
    demo_loader="birarada.network.demo.load_demo_network",
    workspace_entries=OBSERVATORY_WORKSPACE_ENTRIES + METHODS_WORKSPACE_ENTRIES + NETWORKS_WORKSPACE_ENTRIES,
    public_entries=OBSERVATORY_PUBLIC_ENTRIES + METHODS_PUBLIC_ENTRIES + NETWORKS_PUBLIC_ENTRIES,
    confidential_models=("network.NetworkMembership",),
    open_data="birarada.network.datasets.DATASETS",
    city_sections=CITY_SECTIONS,
    home_sections=HOME_SECTIONS,
    audit_verbs=OBSERVATORY_AUDIT_VERBS + METHODS_AUDIT_VERBS + NETWORKS_AUDIT_VERBS,
)
