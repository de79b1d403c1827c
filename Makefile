# birarada — `make run` starts the platform with a demo city, `make test` runs every test.
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8000
STAMP := $(VENV)/.installed
export PYTHONDONTWRITEBYTECODE := 1

.PHONY: install run check test test-postgres test-browser messages browser-deps clean

$(STAMP): pyproject.toml
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "Python 3.11 is needed: install it with 'apt-get install python3.11 python3.11-venv' or set PYTHON=…"; exit 1; }
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)  ## create or update .venv and compile the translations
	$(PY) -m babel.messages.frontend compile --domain django --directory birarada/locale --statistics

run: install  ## migrate, load the demo city, start the web server and the task worker
	DEBUG=$${DEBUG:-1} $(PY) manage.py migrate --noinput
	DEBUG=$${DEBUG:-1} $(PY) manage.py load_demo_city
	DEBUG=$${DEBUG:-1} $(PY) manage.py schedule_tasks
	DEBUG=$${DEBUG:-1} $(PY) manage.py run_platform --port $(PORT)

# The test process gets a throw-away key and plain static storage; everything else is production-like.
TEST_ENV := SECRET_KEY=test-only-key-0123456789-abcdefghijklmnopqrstuvwxyz-ABCDEFGHIJKLMNOP \
	BIRARADA_ENCRYPTION_KEYS=5m7IJTmGELlCCwsEKBDzNXG4NdRhTw4Ar90zWA5y7xo= \
	ALLOWED_HOSTS=testserver,localhost,127.0.0.1 SECURE_SSL_REDIRECT=0 \
	STATICFILES_BACKEND=django.contrib.staticfiles.storage.StaticFilesStorage

check: install  ## static checks: ruff (style, imports, likely bugs) and mypy (types, with the Django plugin)
	$(PY) -m ruff check birarada tests
	$(TEST_ENV) $(PY) -m mypy

test: install check  ## static checks, then the whole test suite (browser tests run when Chromium is installed)
	$(TEST_ENV) $(PY) -m pytest $(PYTEST_ARGS)

browser-deps:  ## Debian's Chromium, DejaVu fonts (Turkish letters in PDFs), ffprobe (campaign videos) and axe-core (needs root)
	command -v chromium >/dev/null 2>&1 && command -v ffprobe >/dev/null 2>&1 && \
		test -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf || \
		{ apt-get update -qq && apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core ffmpeg; }
	test -f node_modules/axe-core/axe.min.js || npm ci --no-audit --no-fund --silent

messages: install  ## extract new strings into the .po files (needs GNU gettext)
	cd birarada && ../$(PY) ../manage.py makemessages --all --no-location --no-obsolete

clean:
	rm -rf $(VENV) var/test-*.sqlite3* node_modules
