from django.apps import AppConfig


class SkeletonConfig(AppConfig):
    name = "tests.skeleton"
    label = "skeleton"
    verbose_name = "Skeleton (tests only)"
