from django.core.management.base import BaseCommand
from django.utils import translation

from birarada.core.demo import PEOPLE, load_demo_city
from birarada.core.modules import demo_loaders


class Command(BaseCommand):
    help = "Load the İzmir-like demo city (idempotent) and print the demo sign-ins."

    def handle(self, *args, **options):
        translation.activate("en")
        usernames, password = load_demo_city()
        for loader in demo_loaders():
            summary = loader()
            if summary:
                self.stdout.write(summary)
        roles = {username: ", ".join(f"{role.label} @ {slug}" for slug, role in ms) for username, *_, ms in PEOPLE}
        self.stdout.write(self.style.SUCCESS("Demo city ready. Sign in with any of these accounts:"))
        for username in usernames:
            self.stdout.write(f"  {username:<20} {roles[username]}")
        self.stdout.write(f"  password for all of them: {password}")
