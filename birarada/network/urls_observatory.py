"""Addresses of the observatory part (included by urls.py)."""

urlpatterns: list = []
