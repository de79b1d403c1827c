"""On PostgreSQL, a generated tsvector column indexes each practice text with its language's text search
configuration (Turkish or English stemming, 'simple' for the others), with a GIN index. SQLite has no such
column: network/search.py falls back to a case-folded substring search there."""

from django.db import migrations

FORWARD = """
ALTER TABLE network_practicetext ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
    to_tsvector(
        CASE language WHEN 'tr' THEN 'pg_catalog.turkish'::regconfig
                      WHEN 'en' THEN 'pg_catalog.english'::regconfig
                      ELSE 'pg_catalog.simple'::regconfig END,
        search_text)
) STORED;
CREATE INDEX network_practicetext_search ON network_practicetext USING GIN (search_vector);
"""
BACKWARD = """
DROP INDEX IF EXISTS network_practicetext_search;
ALTER TABLE network_practicetext DROP COLUMN IF EXISTS search_vector;
"""


def forward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(FORWARD)


def backward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(BACKWARD)


class Migration(migrations.Migration):
    dependencies = [("network", "0001_initial")]
    operations = [migrations.RunPython(forward, backward)]
