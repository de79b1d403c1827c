"""A partner organization sees only the cases referred to it, and only what was shared."""

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET, require_http_methods

from birarada.core.access import access_workspace_by_slug
from birarada.core.types import AuthenticatedHttpRequest
from birarada.incidents import actions
from birarada.incidents.access import access_referral_by_id, referrals_visible_to
from birarada.incidents.choices import ReferralStatus
from birarada.incidents.module import VIEW_REFERRED_CASES


class ReferralUpdateForm(forms.Form):
    status = forms.ChoiceField(label=gettext_lazy("Status"), choices=ReferralStatus.choices)
    note = forms.CharField(
        label=gettext_lazy("Note to the equality unit"), required=False, max_length=5000,
        widget=forms.Textarea(attrs={"rows": 3, "dir": "auto"}),
    )


@login_required
@require_GET
def referrals(request: AuthenticatedHttpRequest, slug: str) -> HttpResponse:
    workspace = access_workspace_by_slug(request.user, slug, VIEW_REFERRED_CASES, member=True)
    rows = referrals_visible_to(workspace).select_related("case", "case__organization").order_by("-created_at", "-pk")
    page = Paginator(rows, 50).get_page(request.GET.get("page"))
    return render(request, "incidents/referrals.html", {"workspace": workspace, "referrals": page, "page": page})


@login_required
@require_http_methods(["GET", "POST"])
def referral_detail(request: AuthenticatedHttpRequest, slug: str, referral_id: int) -> HttpResponse:
    referral, workspace = access_referral_by_id(request.user, slug, referral_id)
    form = ReferralUpdateForm(request.POST or None, initial={"status": referral.status, "note": referral.partner_note})
    if request.method == "POST" and form.is_valid():
        actions.do_update_referral(referral, form.cleaned_data["status"], form.cleaned_data["note"],
                                   actor=request.user)
        messages.success(request, _("Saved."))
        return redirect("incidents:referral_detail", slug=slug, referral_id=referral.pk)
    # Every render shows the referral summary (and contact, if shared): audited on GET and on a re-shown form.
    actions.record_case_view(referral.case, actor=request.user, what="referral")
    contact = referral.case.contact if referral.share_contact else {}
    return render(request, "incidents/referral_detail.html", {
        "workspace": workspace, "referral": referral, "case": referral.case, "contact": contact, "form": form,
    }, status=400 if form.errors else 200)
