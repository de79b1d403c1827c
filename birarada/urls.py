from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path

from birarada.core.views import public

urlpatterns = [
    path("", public.root, name="root"),
    path("language/<str:language>/", public.switch_language, name="switch_language"),
    path("api/v1/", include("birarada.incidents.api_urls")),
]

urlpatterns += i18n_patterns(
    path("", include("birarada.core.urls")),
    path("", include("birarada.incidents.urls")),
    path("", include("birarada.monitoring.urls")),
    prefix_default_language=True,
)

handler404 = "birarada.core.views.errors.not_found"
handler500 = "birarada.core.views.errors.server_error"
