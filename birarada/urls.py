"""The project's addresses: core's, then every installed module's (from its manifest), under /tr/ /en/ /ar/;
module APIs under /api/v1/."""

from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path

from birarada.core.modules import url_includes
from birarada.core.views import opendata, public

module_urls, module_api_urls = url_includes()

urlpatterns = [
    path("", public.root, name="root"),
    path("language/<str:language>/", public.switch_language, name="switch_language"),
    # The API's description (every module's API and the open data API), then the open data API (read-only).
    path("api/v1/openapi.json", opendata.openapi, name="openapi_document"),
    path("api/v1/open/", opendata.api_index, name="open_data_api"),
    path("api/v1/open/<slug:key>/", opendata.api_dataset, name="open_data_api_dataset"),
    path("api/v1/open/<slug:key>.json", opendata.api_dump, {"fmt": "json"}, name="open_data_api_json"),
    path("api/v1/open/<slug:key>.csv", opendata.api_dump, {"fmt": "csv"}, name="open_data_api_csv"),
    *(path("api/v1/", include(conf)) for conf in module_api_urls),
]

urlpatterns += i18n_patterns(
    path("", include("birarada.core.urls")),
    *(path("", include(conf)) for conf in module_urls),
    prefix_default_language=True,
)

handler404 = "birarada.core.views.errors.not_found"
handler500 = "birarada.core.views.errors.server_error"
