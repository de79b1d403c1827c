"""The shared words of the domain (see ARCHITECTURE.md, "Vocabulary").

Every module uses these choices, so a ground or an area means the same thing in a report, an
incident, an action plan and the partner directory.

Ground, Label and DiscourseType are the engine's GROUNDS, LABELS and DISCOURSE_TYPES
(birarada/discourse/analysis.py) in words for people: the same values in the same order (monitoring
stores grounds and discourse types as bits by position). tests/core/test_vocabulary.py keeps them equal.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Ground(models.TextChoices):
    """A protected characteristic that hate speech or discrimination targets."""

    ETHNICITY = "ethnicity", _("Ethnicity")
    MIGRATION = "migration", _("Migration and refugee status")
    RELIGION = "religion", _("Religion and belief")
    GENDER = "gender", _("Gender")
    SEXUAL_ORIENTATION = "sexual_orientation", _("Sexual orientation")
    GENDER_IDENTITY = "gender_identity", _("Gender identity")
    DISABILITY = "disability", _("Disability")
    AGE = "age", _("Age")
    SOCIOECONOMIC = "socioeconomic", _("Socio-economic status")
    OTHER = "other", _("Other")


class Area(models.TextChoices):
    """The area of urban life where discrimination happened."""

    TRANSPORT = "transport", _("Transport")
    HEALTH = "health", _("Health")
    EDUCATION = "education", _("Education")
    HOUSING = "housing", _("Housing")
    EMPLOYMENT = "employment", _("Employment")
    MUNICIPAL_SERVICES = "municipal_services", _("Municipal services")
    SOCIAL_ASSISTANCE = "social_assistance", _("Social assistance")
    PUBLIC_SPACE = "public_space", _("Public space")
    SECURITY = "security", _("Security")
    ONLINE = "online", _("Online")
    MEDIA = "media", _("Media")
    OTHER = "other", _("Other")


class Label(models.TextChoices):
    """What the engine, or a person reviewing, says a text is."""

    HATEFUL = "hateful", _("Hateful")
    OFFENSIVE = "offensive", _("Offensive")
    NONE = "none", _("Neither")


class DiscourseType(models.TextChoices):
    """How a hateful text attacks a group (the engine's DISCOURSE_TYPES, in words for people)."""

    NEGATIVE_EMOTION = "negative_emotion", _("Hatred or contempt")
    DEROGATION = "derogation", _("Derogation")
    DEHUMANISATION = "dehumanisation", _("Dehumanisation")
    THREAT = "threat", _("Threat")
    VIOLENCE_NORMALISATION = "violence_normalisation", _("Normalising violence")
    EXCLUSION = "exclusion", _("Calls for exclusion")
    BLAME = "blame", _("Blame")
    SLUR = "slur", _("Slur")
    STEREOTYPE = "stereotype", _("Stereotype")
    SYMBOLISATION = "symbolisation", _("Identity used as an insult")
    DENIAL = "denial", _("Denial")


class Offer(models.TextChoices):
    """What an organization in the directory offers the people it serves (Open Referral calls these services)."""

    LEGAL_AID = "legal_aid", _("Legal aid")
    PSYCHOSOCIAL = "psychosocial", _("Psychosocial support")
    INTERPRETATION = "interpretation", _("Interpretation")
    SHELTER = "shelter", _("Shelter")
    TRAINING = "training", _("Training")
    VENUE = "venue", _("Venue for events")
    MENTORING = "mentoring", _("Mentoring")
    COUNSELLING = "counselling", _("Counselling and referral")
    ARTS = "arts", _("Arts and culture programmes")
    RESEARCH = "research", _("Research and monitoring")


class AccessFeature(models.TextChoices):
    """How an organization's place and services are accessible."""

    STEP_FREE = "step_free", _("Step-free entrance")
    ACCESSIBLE_TOILET = "accessible_toilet", _("Accessible toilet")
    SIGN_LANGUAGE = "sign_language", _("Turkish Sign Language")
    EASY_READ = "easy_read", _("Easy-read material")
    HEARING_LOOP = "hearing_loop", _("Hearing loop")
    BRAILLE = "braille", _("Braille or screen-reader friendly documents")
    CHILD_FRIENDLY = "child_friendly", _("Child-friendly space")


# The languages an organization may serve people in: ISO 639 codes with each language's own name, so a
# resident recognises theirs whatever the page's language.
SERVED_LANGUAGES: tuple[tuple[str, str], ...] = (
    ("tr", "Türkçe"), ("ku", "Kurmancî"), ("zza", "Kirmanckî (Zazaki)"), ("ar", "العربية"), ("fa", "فارسی"),
    ("en", "English"), ("ru", "Русский"), ("uk", "Українська"), ("ps", "پښتو"), ("fr", "Français"),
    ("de", "Deutsch"), ("tsm", "Türk İşaret Dili"),
)
