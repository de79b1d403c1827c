from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.core.validators import URLValidator

from birarada.core.models import Organization
from birarada.monitoring import actions
from birarada.monitoring.tasks import ensure_polling_schedule, poll


class Command(BaseCommand):
    help = ("Watch an RSS/Atom feed for an organization (or find the feed it already watches), read it once now "
            "and analyse what is new. The task worker then reads it every --interval minutes.")

    def add_arguments(self, parser):
        parser.add_argument("url")
        parser.add_argument("--org", required=True, help="the organization's short name (slug)")
        parser.add_argument("--interval", type=int, default=60, help="minutes between readings (default 60)")
        parser.add_argument("--name", default="", help="a name for the source (default: the address)")

    def handle(self, *args, url, org, interval, name, **options):
        try:
            URLValidator(schemes=["http", "https"])(url)
        except ValidationError:
            raise CommandError(f"Not a feed address: {url}") from None
        organization = Organization.objects.on_platform().filter(slug=org).first()
        if organization is None:
            raise CommandError(f"No organization using the platform is called '{org}'.")
        if interval < 1:
            raise CommandError("--interval must be at least 1 minute.")
        source, created = actions.do_add_feed_source(organization, url=url, name=name, interval_minutes=interval,
                                                     actor=None)
        added = poll(source, analyse_here=True)
        source.refresh_from_db()
        state = "registered" if created else "already registered"
        ensure_polling_schedule()
        if source.consecutive_failures:
            # Registered (the worker retries with backoff), but this reading failed: say so and exit non-zero.
            raise CommandError(f"Feed {state} (source {source.pk}), but reading it failed: "
                               f"{source.last_error.splitlines()[0] if source.last_error else 'unknown error'}")
        self.stdout.write(self.style.SUCCESS(f"Feed {state} (source {source.pk}): {added} new items."))
