"""International days a city campaigns for, with the grounds each concerns (a fixed, translated list)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class InternationalDay:
    key: str
    month: int
    day: int
    title: object
    grounds: tuple[str, ...]

    def next_on(self, today: date) -> date:
        """The next date of this day, today included."""
        this_year = date(today.year, self.month, self.day)
        return this_year if this_year >= today else date(today.year + 1, self.month, self.day)


DAYS = (
    InternationalDay("womens_day", 3, 8, _("International Women's Day"), ("gender",)),
    InternationalDay("racial_discrimination", 3, 21, _("International Day for the Elimination of Racial "
                                                       "Discrimination"), ("ethnicity", "migration", "religion")),
    InternationalDay("roma_day", 4, 8, _("International Roma Day"), ("ethnicity",)),
    InternationalDay("idahobit", 5, 17, _("International Day against Homophobia, Biphobia and Transphobia"),
                     ("sexual_orientation", "gender_identity")),
    InternationalDay("cultural_diversity", 5, 21, _("World Day for Cultural Diversity for Dialogue and "
                                                    "Development"), ("ethnicity", "religion", "migration")),
    InternationalDay("hate_speech", 6, 18, _("International Day for Countering Hate Speech"),
                     ("ethnicity", "migration", "religion", "gender", "sexual_orientation", "gender_identity",
                      "disability")),
    InternationalDay("refugee_day", 6, 20, _("World Refugee Day"), ("migration",)),
    InternationalDay("languages_day", 9, 26, _("European Day of Languages"), ("ethnicity", "migration")),
    InternationalDay("older_persons", 10, 1, _("International Day of Older Persons"), ("age",)),
    InternationalDay("tolerance_day", 11, 16, _("International Day for Tolerance"),
                     ("ethnicity", "religion", "migration")),
    InternationalDay("violence_against_women", 11, 25, _("International Day for the Elimination of Violence "
                                                         "against Women"), ("gender",)),
    InternationalDay("disability_day", 12, 3, _("International Day of Persons with Disabilities"), ("disability",)),
    InternationalDay("human_rights_day", 12, 10, _("Human Rights Day"),
                     ("ethnicity", "migration", "religion", "gender", "sexual_orientation", "gender_identity",
                      "disability", "age", "socioeconomic")),
    InternationalDay("migrants_day", 12, 18, _("International Migrants Day"), ("migration",)),
)

BY_KEY = {d.key: d for d in DAYS}


def upcoming(today: date, count: int = 6) -> list[tuple[InternationalDay, date]]:
    """The next `count` days from today, soonest first."""
    return sorted(((d, d.next_on(today)) for d in DAYS), key=lambda pair: pair[1])[:count]
