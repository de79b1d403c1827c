"""Settings come from the environment through strict helpers; production settings pass check --deploy."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured

from birarada.env import env_bool, env_int, env_list

ROOT = Path(__file__).resolve().parents[2]
PRODUCTION = {
    "DEBUG": "0",
    "SECRET_KEY": "k7#Qv9!zR2@wL5$mN8^pT1&xB4*cF6(hJ3)dG0_sY-eU+iO=aK~",
    "ALLOWED_HOSTS": "esitlik.example.org",
    "BIRARADA_ENCRYPTION_KEYS": "zpcxSpt3h7zAuDB8eeJOLoL3aq1m6Hk2IvBw0Cm_HIw=",
}


def manage(*args, env):
    dropped = {*PRODUCTION, "SECURE_SSL_REDIRECT", "STATICFILES_BACKEND", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    clean = {k: v for k, v in os.environ.items() if k not in dropped}
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env={**clean, **env}, capture_output=True, text=True
    )


def test_check_deploy_is_clean_in_production_settings():
    result = manage("check", "--deploy", "--fail-level", "WARNING", env=PRODUCTION)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_production_refuses_to_start_without_a_secret_key():
    result = manage("check", env={"DEBUG": "0", "ALLOWED_HOSTS": "x.example.org", "SECRET_KEY": ""})
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr


def test_production_refuses_to_start_without_encryption_keys():
    result = manage("check", env={**PRODUCTION, "BIRARADA_ENCRYPTION_KEYS": ""})
    assert result.returncode != 0
    assert "BIRARADA_ENCRYPTION_KEYS" in result.stderr


def test_a_typo_in_a_boolean_stops_the_start(monkeypatch):
    monkeypatch.setenv("DEBUG", "ture")
    with pytest.raises(ImproperlyConfigured, match="DEBUG"):
        env_bool("DEBUG", False)


@pytest.mark.parametrize("value, expected", [("1", True), ("yes", True), ("off", False), ("", False)])
def test_booleans(monkeypatch, value, expected):
    monkeypatch.setenv("FLAG", value)
    assert env_bool("FLAG", not expected) is expected


def test_numbers_and_lists(monkeypatch):
    monkeypatch.setenv("N", "abc")
    with pytest.raises(ImproperlyConfigured, match="whole number"):
        env_int("N", 1)
    monkeypatch.setenv("N", "-1")
    with pytest.raises(ImproperlyConfigured, match="at least 0"):
        env_int("N", 1, minimum=0)
    monkeypatch.setenv("HOSTS", " a.example.org, ,b.example.org ")
    assert env_list("HOSTS", []) == ["a.example.org", "b.example.org"]
