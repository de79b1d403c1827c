"""Certificates of attendance for trainings, as PDF, drawn with the platform's PDF font."""

from __future__ import annotations

import io
from xml.sax.saxutils import escape

from django.conf import settings
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from birarada.events.models import Registration


def certificate_pdf(registration: Registration) -> bytes:
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.units import cm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

    from birarada.core.figures import pdf_styles

    event = registration.event
    # The PDF library does not join Arabic letters: certificates are written in the city's language.
    with translation.override(settings.LANGUAGE_CODE):
        styles = pdf_styles()
        buffer = io.BytesIO()
        document = SimpleDocTemplate(buffer, pagesize=landscape(A4), title=_("Certificate of attendance"),
                                     author=event.organization.name, topMargin=3 * cm)
        verify = settings.SITE_URL.rstrip("/") + reverse("events:verify", args=[registration.certificate_code])
        hours = f"{event.training_hours:g}" if event.training_hours is not None else "—"
        story = [
            Paragraph(escape(_("Certificate of attendance")), styles["Title"]),
            Spacer(1, 24),
            Paragraph(escape(registration.name or _("(name erased after the retention period)")), styles["Title"]),
            Spacer(1, 12),
            Paragraph(escape(_("took part in the training “%(title)s” on %(date)s (%(hours)s hours).")
                             % {"title": event.title, "date": event.starts_at.date().isoformat(), "hours": hours}),
                      styles["Heading3"]),
            Spacer(1, 24),
            Paragraph(escape(event.organization.name), styles["Normal"]),
            Spacer(1, 36),
            Paragraph(escape(_("Verification code: %(code)s — %(link)s")
                             % {"code": registration.certificate_code, "link": verify}), styles["Normal"]),
        ]
        document.build(story)
    return buffer.getvalue()
