"""Core's capabilities: what a role may do in core's own pages (the table is in access.py)."""

from enum import StrEnum


class Capability(StrEnum):
    """Core's own capabilities. Modules define theirs in their manifest (`module.py`); a capability is a
    plain string, so `Workspace.can` takes either."""

    VIEW_WORKSPACE = "view_workspace"
    VIEW_MEMBERS = "view_members"
    MANAGE_MEMBERS = "manage_members"
    EDIT_PROFILE = "edit_profile"
    VIEW_AUDIT_LOG = "view_audit_log"
    VIEW_SUBUNITS = "view_subunits"
    CHECK_SYSTEM = "check_system"
    VIEW_STATISTICS = "view_statistics"
