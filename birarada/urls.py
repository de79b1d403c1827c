"""The project's addresses: core's, then every installed module's (from its manifest), under /tr/ /en/ /ar/;
module APIs under /api/v1/."""

from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path

from birarada.core.modules import url_includes
from birarada.core.views import public

module_urls, module_api_urls = url_includes()

urlpatterns = [
    path("", public.root, name="root"),
    path("language/<str:language>/", public.switch_language, name="switch_language"),
    *(path("api/v1/", include(conf)) for conf in module_api_urls),
]

urlpatterns += i18n_patterns(
    path("", include("birarada.core.urls")),
    *(path("", include(conf)) for conf in module_urls),
    prefix_default_language=True,
)

handler404 = "birarada.core.views.errors.not_found"
handler500 = "birarada.core.views.errors.server_error"
