"""On PostgreSQL, a second, small generated tsvector of each practice text's title and summary: search ranks by it
(a practice whose title or summary says the words comes first). Ranking by the whole text's vector read every
matching text's large vector from TOAST storage — for a word found in a third of 50,000 practices, most of the
search's time (benchmarks/observatory_search.py)."""

from django.db import migrations

FORWARD = """
ALTER TABLE network_practicetext ADD COLUMN rank_vector tsvector GENERATED ALWAYS AS (
    to_tsvector(
        CASE language WHEN 'tr' THEN 'pg_catalog.turkish'::regconfig
                      WHEN 'en' THEN 'pg_catalog.english'::regconfig
                      ELSE 'pg_catalog.simple'::regconfig END,
        title || ' ' || summary)
) STORED;
"""
BACKWARD = "ALTER TABLE network_practicetext DROP COLUMN IF EXISTS rank_vector;"


def forward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(FORWARD)


def backward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(BACKWARD)


class Migration(migrations.Migration):
    dependencies = [("network", "0002_practice_search_vector")]
    operations = [migrations.RunPython(forward, backward)]
