from datetime import date
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.template.loader import render_to_string
from django.utils import translation

from birarada.core.models import Organization
from birarada.monitoring.exports import report_csv, report_pdf
from birarada.monitoring.reporting import build_report


def _date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise CommandError(f"Not a date (YYYY-MM-DD): {value}") from None


class Command(BaseCommand):
    help = "Write a media-watch report for an organization and a period as HTML, PDF or CSV."

    def add_arguments(self, parser):
        parser.add_argument("--org", required=True)
        parser.add_argument("--since", required=True, help="first day, YYYY-MM-DD")
        parser.add_argument("--until", required=True, help="last day (included), YYYY-MM-DD")
        parser.add_argument("--format", choices=["html", "pdf", "csv"], default="html")
        parser.add_argument("-o", "--output", required=True, help="file to write ('-' for standard output)")
        parser.add_argument("--public", action="store_true", help="leave out handles, links and contact data")
        parser.add_argument("--language", default="en", choices=["tr", "en", "ar"], help="language of the headings")

    def handle(self, *args, org, since, until, format, output, public, language, **options):
        organization = Organization.objects.filter(slug=org).first()
        if organization is None:
            raise CommandError(f"No organization is called '{org}'.")
        since_day, until_day = _date(since), _date(until)
        if since_day > until_day:
            raise CommandError("--since must not be after --until.")
        with translation.override(language):
            data = build_report(organization, since_day, until_day, public=public)
            title = f"{organization.name}: media watch {since_day} – {until_day}"
            if format == "csv":
                content = report_csv(data).encode("utf-8")
            elif format == "pdf":
                content = report_pdf(data, title=title, organization_name=organization.name)
            else:
                from birarada.monitoring.views.reports import charts_for

                content = render_to_string("monitoring/standalone_report.html",
                                           {"title": title, "organization": organization, "data": data,
                                            **charts_for(data)}).encode("utf-8")
        if output == "-":
            buffer = getattr(self.stdout, "buffer", None)  # bytes as they are, when the output has a binary side
            if buffer is not None:
                buffer.write(content)
            else:
                self.stdout.write(content.decode())
        else:
            try:
                Path(output).write_bytes(content)
            except OSError as error:
                raise CommandError(f"Cannot write {output}: {error.strerror}") from None
            self.stdout.write(self.style.SUCCESS(f"Wrote {output} ({len(content)} bytes)."))
