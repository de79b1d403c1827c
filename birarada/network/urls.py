"""The network module's addresses, one file per part (each included here into the "network" namespace)."""

from django.urls import include, path

app_name = "network"

urlpatterns = [
    path("", include("birarada.network.urls_observatory")),
    path("", include("birarada.network.urls_methods")),
    path("", include("birarada.network.urls_networks")),
]
