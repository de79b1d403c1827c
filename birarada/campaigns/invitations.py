"""Joint campaigns: the lead (a city's unit or a network) invites organizations on the platform; an organization
takes part once one of its managers accepts — then it gets its own checklist, adapts the messages, plans its own
posts and sends contributions for its city."""

from __future__ import annotations

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from birarada.campaigns.actions import CampaignError, add_participant, check_may_take_part
from birarada.campaigns.models import Campaign, CampaignInvitation, InvitationStatus
from birarada.core.actions import record_audit
from birarada.core.models import Organization
from birarada.core.types import Actor


@transaction.atomic
def do_invite_organization(campaign: Campaign, organization: Organization, *, actor: Actor,
                           note: str = "") -> CampaignInvitation:
    check_may_take_part(campaign, organization)
    invitation, created = CampaignInvitation.objects.get_or_create(campaign=campaign, organization=organization)
    if not created:
        if invitation.status == InvitationStatus.INVITED:
            raise CampaignError(_("%(name)s is invited already and has not answered yet.")
                                % {"name": organization.name})
        # Declined before: the lead may ask again.
        invitation.status, invitation.responded_at, invitation.responded_by = InvitationStatus.INVITED, None, None
    invitation.note = " ".join(note.split())[:500]
    invitation.save()
    record_audit(actor=actor, verb="campaign.invite", organization=campaign.organization, target=campaign,
                 changes={"invited": organization.pk})
    return invitation


@transaction.atomic
def do_answer_invitation(invitation: CampaignInvitation, *, accept: bool, actor: Actor) -> CampaignInvitation:
    locked = CampaignInvitation.objects.select_for_update().get(pk=invitation.pk)
    if locked.status != InvitationStatus.INVITED:
        raise CampaignError(_("This invitation was answered already."))
    locked.status = InvitationStatus.ACCEPTED if accept else InvitationStatus.DECLINED
    locked.responded_at = timezone.now()
    locked.responded_by = actor if actor is not None and actor.pk else None
    locked.save(update_fields=["status", "responded_at", "responded_by"])
    tasks = add_participant(locked.campaign, locked.organization) if accept else 0
    record_audit(actor=actor, verb="campaign.invitation_answer", organization=locked.organization,
                 target=locked.campaign, changes={"accepted": accept, "tasks": tasks})
    return locked


def pending_invitations(organization: Organization):
    return CampaignInvitation.objects.filter(organization=organization, status=InvitationStatus.INVITED,
                                             campaign__ends_on__gte=timezone.localdate()).select_related(
        "campaign__organization")
