from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from birarada.core.models import Organization
from birarada.monitoring import actions
from birarada.monitoring.analysis import analyse_waiting_items
from birarada.monitoring.imports import ColumnMapping, UnreadableExport, entries_from


class Command(BaseCommand):
    help = ("Import a CSV or JSONL export (comments, replies) for an organization, skip what is already known, "
            "and analyse the new items.")

    def add_arguments(self, parser):
        parser.add_argument("file")
        parser.add_argument("--org", required=True, help="the organization's short name (slug)")
        parser.add_argument("--text-column", default="text")
        parser.add_argument("--link-column", default="")
        parser.add_argument("--author-column", default="", help="stored only as a keyed hash")
        parser.add_argument("--date-column", default="")
        parser.add_argument("--reach-columns", default="", help="comma-separated columns added up, e.g. likes,shares")
        parser.add_argument("--source", default="", help="source name (default: the file name)")

    def handle(self, *args, file, org, source, **options):
        path = Path(file)
        if not path.is_file():
            raise CommandError(f"No such file: {file}")
        organization = Organization.objects.on_platform().filter(slug=org).first()
        if organization is None:
            raise CommandError(f"No organization using the platform is called '{org}'.")
        mapping = ColumnMapping.from_dict({
            "text": options["text_column"], "link": options["link_column"], "author": options["author_column"],
            "published": options["date_column"], "reach": options["reach_columns"],
        })
        try:
            content = path.read_bytes()
        except OSError as error:
            raise CommandError(f"Cannot read {file}: {error.strerror}") from None
        try:
            entries, skipped = entries_from(path.name, content, mapping)
        except UnreadableExport as error:
            raise CommandError(str(error)) from None
        # The same path as an upload, minus the queue: the command is itself a batch job.
        batch = actions.do_import_entries(organization, source_name=source or path.name, file_name=path.name,
                                          entries=entries, skipped=skipped, mapping=mapping.to_dict())
        analysed = analyse_waiting_items(source_id=batch.source_id)
        self.stdout.write(self.style.SUCCESS(
            f"{batch.added} new items from {path.name} ({batch.skipped} skipped or already known); {analysed} analysed."
        ))
