from django.contrib import messages
from django.contrib.auth import views as auth_views
from django.utils.translation import gettext_lazy as _

from birarada.core.actions import record_audit
from birarada.core.types import AuthenticatedHttpRequest


class SignInView(auth_views.LoginView):
    template_name = "registration/login.html"
    redirect_authenticated_user = True


class PasswordChangeView(auth_views.PasswordChangeView):
    template_name = "registration/password_change.html"
    request: AuthenticatedHttpRequest  # the view is behind login_required

    def get_success_url(self):
        from django.urls import reverse

        return reverse("core:workspace")

    def form_valid(self, form):
        response = super().form_valid(form)
        record_audit(actor=self.request.user, verb="auth.password_change", organization=None)
        messages.success(self.request, _("Your password was changed."))
        return response
