"""Addresses of the methods part (included by urls.py)."""

urlpatterns: list = []
