"""Addresses of the networks part (included by urls.py)."""

urlpatterns: list = []
