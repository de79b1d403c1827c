"""birarada settings, read from the environment (see README, "Configuration").

Zero configuration gives a SQLite database in ./var and a database-backed task queue, which is what
`make run` uses. Production sets DEBUG=0, SECRET_KEY, ALLOWED_HOSTS and DATABASE_URL.
"""

import os
import secrets
from datetime import timedelta
from pathlib import Path
from typing import Any, Literal

import dj_database_url
from csp.constants import NONE, SELF
from django.conf.locale import LANG_INFO
from django.core.exceptions import ImproperlyConfigured

from birarada.core.queues import QUEUE_NAMES
from birarada.env import env_bool, env_int, env_list, env_str

BASE_DIR = Path(__file__).resolve().parent.parent
DATA_DIR = Path(env_str("BIRARADA_DATA_DIR", str(BASE_DIR / "var")))

DEBUG = env_bool("DEBUG", False)


def _secret_key() -> str:
    key = env_str("SECRET_KEY")
    if key:
        if not DEBUG and (len(key) < 50 or len(set(key)) < 5):
            raise ImproperlyConfigured("SECRET_KEY must be at least 50 random characters in production.")
        return key
    if not DEBUG:
        raise ImproperlyConfigured("Set SECRET_KEY (50+ random characters) when DEBUG is off.")
    # Development only: a random key kept in the data directory, so sessions survive restarts
    # and no key is ever written into the source code.
    DATA_DIR.mkdir(parents=True, exist_ok=True)
    key_file = DATA_DIR / "dev-secret-key"
    if not key_file.exists():
        key_file.write_text(secrets.token_urlsafe(64))
        key_file.chmod(0o600)
    return key_file.read_text().strip()


SECRET_KEY = _secret_key()


def _encryption_keys() -> list[str]:
    keys = env_list("BIRARADA_ENCRYPTION_KEYS", [])
    if keys or not DEBUG:
        if not keys:
            raise ImproperlyConfigured(
                "Set BIRARADA_ENCRYPTION_KEYS when DEBUG is off (manage.py generate_encryption_key makes one)."
            )
        return keys
    # Development only: a key kept in the data directory, never in the code.
    from cryptography.fernet import Fernet

    DATA_DIR.mkdir(parents=True, exist_ok=True)
    key_file = DATA_DIR / "dev-encryption-key"
    if not key_file.exists():
        key_file.write_text(Fernet.generate_key().decode())
        key_file.chmod(0o600)
    return [key_file.read_text().strip()]


# Personal data at rest (see birarada/core/crypto.py); newest key first.
ENCRYPTION_KEYS = _encryption_keys()
# Keyed digests (receipts, hashed handles) must survive key rotation, so they use their own key.
LOOKUP_KEY = env_str("BIRARADA_LOOKUP_KEY", SECRET_KEY)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["localhost", "127.0.0.1", "[::1]", "testserver"] if DEBUG else [])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django_htmx",
    "csp",
    "axes",
    "django_tasks",
    "django_tasks_db",
    "birarada.core",
    "birarada.incidents",
    "birarada.monitoring",
    "birarada.plans",
    "birarada.events",
    "birarada.needs",
    "birarada.campaigns",
    "birarada.network",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "birarada.urls"
WSGI_APPLICATION = "birarada.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "birarada.core.context_processors.workspace",
            ],
        },
    }
]

# --- Database -------------------------------------------------------------------------------
DATABASE_URL = env_str("DATABASE_URL")
# One type for both branches: dj-database-url's DBConfig has NAME: str, the SQLite settings below a Path.
DATABASES: dict[str, Any]
if DATABASE_URL:
    DATABASES = {
        "default": dj_database_url.parse(
            DATABASE_URL, conn_max_age=env_int("DB_CONN_MAX_AGE", 60, minimum=0), conn_health_checks=True
        )
    }
    if DATABASES["default"]["ENGINE"].endswith("postgresql"):
        # One test database per test run, so two runs against one server never share it.
        DATABASES["default"]["TEST"] = {"NAME": f"test_{DATABASES['default']['NAME']}_{os.getpid()}"}
        # No JIT compilation: a page's aggregates run tens of milliseconds, and compiling them cost more than it
        # saved (measured at 10 million monitored items: 40-150 ms a query).
        DATABASES["default"].setdefault("OPTIONS", {})["options"] = "-c jit=off"
else:
    DATA_DIR.mkdir(parents=True, exist_ok=True)
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": DATA_DIR / "birarada.sqlite3",
            # The web server and the task worker share the file: WAL lets them read while the other writes.
            "OPTIONS": {
                "timeout": 20,
                "transaction_mode": "IMMEDIATE",
                "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
            },
            # A file, not memory, so a real worker process can share the test database; one per test run,
            # so two runs on one machine never share it.
            "TEST": {"NAME": DATA_DIR / f"test-{os.getpid()}.sqlite3"},
        }
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
# Covering indexes (INCLUDE) speed up PostgreSQL; SQLite just builds the plain index, which is fine.
SILENCED_SYSTEM_CHECKS = ["models.W040"]
FORMS_URLFIELD_ASSUME_HTTPS = True

CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
REDIS_URL = env_str("REDIS_URL")
if REDIS_URL:
    # Shared by every web and worker process: the cache, rate-limit counters (core/ratelimit.py) and the
    # session cache. Sessions stay in the database as well (cached_db), so a Redis restart signs nobody out.
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS_URL,
                          "KEY_PREFIX": env_str("CACHE_KEY_PREFIX", "birarada")}}
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"

# --- Background tasks -----------------------------------------------------------------------
# TASKS_BACKEND=database (default): the queue is a table; nothing but the database is needed (`make run`).
# TASKS_BACKEND=rq: RQ on Redis (REDIS_URL), for many workers on many machines. Either way one queue per kind
# of work (core/queues.py), and `manage.py run_worker [--queues mail,default]` starts a worker.
_TASK_BACKENDS = {
    "database": "django_tasks_db.backend.DatabaseBackend",
    "rq": "django_tasks_rq.RQBackend",
}
_tasks_backend = env_str("TASKS_BACKEND", "database")
if _tasks_backend not in _TASK_BACKENDS and "." not in _tasks_backend:
    raise ImproperlyConfigured(
        f"TASKS_BACKEND must be 'database', 'rq' or a backend's dotted path; got {_tasks_backend!r}.")
TASKS_BACKEND_PATH = _TASK_BACKENDS.get(_tasks_backend, _tasks_backend)
TASKS = {"default": {"BACKEND": TASKS_BACKEND_PATH, "QUEUES": list(QUEUE_NAMES)}}
TASKS_ON_RQ = TASKS_BACKEND_PATH.startswith("django_tasks_rq.")
if TASKS_ON_RQ:
    if not REDIS_URL:
        raise ImproperlyConfigured("TASKS_BACKEND=rq needs REDIS_URL (for example redis://127.0.0.1:6379/0).")
    INSTALLED_APPS.append("django_rq")
    # A job may run this long before RQ stops it; results are kept a day.
    RQ_QUEUES = {name: {"URL": REDIS_URL, "DEFAULT_TIMEOUT": env_int("RQ_JOB_TIMEOUT", 3600, minimum=60)}
                 for name in QUEUE_NAMES}
    RQ = {"JOB_CLASS": "django_tasks_rq.Job", "DEFAULT_RESULT_TTL": 86400}
# Where the file e-mail backend writes (EMAIL_BACKEND=django.core.mail.backends.filebased.EmailBackend).
EMAIL_FILE_PATH = Path(env_str("EMAIL_FILE_PATH", str(DATA_DIR / "mail")))

# --- Authentication -------------------------------------------------------------------------
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "core:login"
LOGIN_REDIRECT_URL = "core:workspace"
LOGOUT_REDIRECT_URL = "core:home"

# Login throttling: after AXES_FAILURE_LIMIT failures for one username from one address, that
# pair is locked out for AXES_COOLOFF_MINUTES.
AXES_FAILURE_LIMIT = env_int("AXES_FAILURE_LIMIT", 5, minimum=1)
AXES_COOLOFF_TIME = timedelta(minutes=env_int("AXES_COOLOFF_MINUTES", 15, minimum=1))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "registration/locked_out.html"
AXES_VERBOSE = False

# --- Internationalisation -------------------------------------------------------------------
LANGUAGE_CODE = "tr"
# Kurmanji (Latin script) is the fourth public language. Django knows Sorani (ckb) but not Kurmanji, so its
# name is added to Django's table here; its own strings (form errors) fall back to English.
LANG_INFO["ku"] = {"bidi": False, "code": "ku", "name": "Kurdish (Kurmanji)", "name_local": "Kurmancî"}
LANGUAGES = [("tr", "Türkçe"), ("en", "English"), ("ar", "العربية"), ("ku", "Kurmancî")]
LANGUAGES_BIDI = ["ar"]
LOCALE_PATHS = [BASE_DIR / "birarada" / "locale"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = env_str("TIME_ZONE", "Europe/Istanbul")
USE_THOUSAND_SEPARATOR = True
LANGUAGE_COOKIE_NAME = "birarada_language"
LANGUAGE_COOKIE_SAMESITE: Literal["Lax", "Strict", "None", False] = "Lax"
LANGUAGE_COOKIE_SECURE = not DEBUG

# --- Static files ---------------------------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = DATA_DIR / "static"
if DEBUG or not DATABASE_URL:
    # Development and tests: an empty folder keeps WhiteNoise quiet before any collectstatic.
    STATIC_ROOT.mkdir(parents=True, exist_ok=True)
MEDIA_ROOT = DATA_DIR / "media"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": env_str(
            "STATICFILES_BACKEND",
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage",
        )
    },
}
WHITENOISE_USE_FINDERS = DEBUG

# --- Security -------------------------------------------------------------------------------
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", not DEBUG)
# How many reverse proxies (nginx, a load balancer…) stand in front and append to X-Forwarded-For. The client's
# address for rate limits and sign-in lockouts is the entry that many places from the right; 0 = REMOTE_ADDR.
TRUSTED_PROXY_COUNT = env_int("TRUSTED_PROXY_COUNT", 0, minimum=0)
AXES_CLIENT_IP_CALLABLE = "birarada.core.ratelimit.client_address"
if env_bool("BEHIND_TLS_PROXY", False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SESSION_COOKIE_SECURE = not DEBUG
CSRF_COOKIE_SECURE = not DEBUG
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
SESSION_COOKIE_AGE = env_int("SESSION_COOKIE_AGE", 8 * 3600, minimum=300)
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 0 if DEBUG else 31536000, minimum=0)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
DATA_UPLOAD_MAX_MEMORY_SIZE = env_int("DATA_UPLOAD_MAX_MEMORY_SIZE", 2_621_440, minimum=1024)

# Only our own scripts, styles and images: no CDN, no inline script.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
        "base-uri": [SELF],
        "object-src": [NONE],
    }
}

# --- Discrimination reports (incidents) -----------------------------------------------------
INCIDENTS_INTAKE_ORGANIZATION = env_str("INCIDENTS_INTAKE_ORGANIZATION", "")  # slug; default: first metropolitan
INCIDENTS_DISTRICTS = env_list("INCIDENTS_DISTRICTS", [])  # default: İzmir's districts
# A report naming a district goes to that district's equality desk when the desk uses the platform (its profile
# names the district); otherwise, and with 0 here, every report goes to the intake unit.
INCIDENTS_ROUTE_BY_DISTRICT = env_bool("INCIDENTS_ROUTE_BY_DISTRICT", True)
INCIDENTS_MAX_FILE_BYTES = env_int("INCIDENTS_MAX_FILE_MB", 10, minimum=1) * 1_000_000
INCIDENTS_MAX_FILES = env_int("INCIDENTS_MAX_FILES", 5, minimum=0)
INCIDENTS_API_MAX_BODY_BYTES = env_int("INCIDENTS_API_MAX_BODY_KB", 64, minimum=4) * 1024
INCIDENTS_REPORTS_PER_HOUR = env_int("INCIDENTS_REPORTS_PER_HOUR", 20, minimum=1)
INCIDENTS_STATUS_CHECKS_PER_HOUR = env_int("INCIDENTS_STATUS_CHECKS_PER_HOUR", 60, minimum=1)
INCIDENTS_RETENTION_DAYS = env_int("INCIDENTS_RETENTION_DAYS", 365, minimum=1)
# Registrants' details of an event are erased this many days after it ended (counts and attendance stay).
EVENTS_RETENTION_DAYS = env_int("EVENTS_RETENTION_DAYS", 180, minimum=1)
# Focus-group participants' profiles are erased this many days after the group met (counts stay).
NEEDS_RETENTION_DAYS = env_int("NEEDS_RETENTION_DAYS", 365, minimum=1)
# Campaign submitters' names and contacts are erased this many days after the campaign ends.
CAMPAIGNS_RETENTION_DAYS = env_int("CAMPAIGNS_RETENTION_DAYS", 180, minimum=1)
CAMPAIGNS_COMMENTS_PER_HOUR = env_int("CAMPAIGNS_COMMENTS_PER_HOUR", 10, minimum=1)
# The address people reach the site at, for links in e-mails (e.g. https://esitlik.example.org).
SITE_URL = env_str("SITE_URL", "http://127.0.0.1:8000")
INCIDENTS_DEADLINE_DAYS = env_int("INCIDENTS_DEADLINE_DAYS", 14, minimum=1)
FILE_UPLOAD_MAX_MEMORY_SIZE = INCIDENTS_MAX_FILE_BYTES

# --- Monitoring ------------------------------------------------------------------------------
MONITORING_FETCH_TIMEOUT = env_int("MONITORING_FETCH_TIMEOUT", 20, minimum=1)  # seconds per feed request
# Off: feeds on loopback/private addresses are refused (no probing of internal machines through the form).
MONITORING_ALLOW_PRIVATE_FEEDS = env_bool("MONITORING_ALLOW_PRIVATE_FEEDS", False)
# An uploaded export still waiting after this many hours is given up and its file erased (it may hold personal data).
MONITORING_IMPORT_ABANDON_HOURS = env_int("MONITORING_IMPORT_ABANDON_HOURS", 6, minimum=1)
# Items published more than this many whole months before the current month are deleted (on PostgreSQL a month's
# partition is dropped at once); their daily tallies stay, so reports keep their figures. 0 keeps every item.
MONITORING_ITEM_RETENTION_MONTHS = env_int("MONITORING_ITEM_RETENTION_MONTHS", 0, minimum=0)

# --- Logging: nothing personal; requests are logged by the web server, not here. -------------
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "INFO")},
    "loggers": {"axes": {"level": "WARNING"}, "django_tasks_db": {"level": "INFO"}},
}

# --- Email: notifications to staff; the console in development. -----------------------------
EMAIL_BACKEND = env_str("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "birarada@localhost")
# SMTP (EMAIL_BACKEND=django.core.mail.backends.smtp.EmailBackend): the relay the `mail` workers send through.
EMAIL_HOST = env_str("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", 25, minimum=1)
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
EMAIL_TIMEOUT = env_int("EMAIL_TIMEOUT", 30, minimum=1)
