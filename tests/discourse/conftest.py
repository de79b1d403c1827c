"""Plain pytest fixtures for the discourse engine: no Django, no database, no network."""

import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

DATA_DIR = REPO.parent / "shared" / "data"


@pytest.fixture(scope="session")
def analyzer():
    from birarada.discourse import Analyzer

    return Analyzer()


@pytest.fixture(scope="session")
def data_dir():
    if not (DATA_DIR / "offenseval2020-tr").is_dir():
        pytest.skip("../shared/data is not available")
    return DATA_DIR
