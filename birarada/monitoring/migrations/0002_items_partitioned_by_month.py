"""On PostgreSQL, monitoring_item becomes a table partitioned by month of publication (see
birarada/monitoring/partitions.py); on SQLite only the review's foreign key changes.

The table is rebuilt: renamed, recreated with the same columns, checks, defaults and identity as a partitioned
table (primary key and unique keys extended with published_at), its indexes recreated from their own
definitions, rows copied, the old table dropped. Months from a year back to three ahead get partitions, the rest a
default partition.
"""

import django.db.models.deletion
from django.db import migrations, models

OLD = "monitoring_item_unpartitioned"


def partition_items(apps, schema_editor):
    connection = schema_editor.connection
    if connection.vendor != "postgresql":
        return
    from birarada.monitoring import partitions

    with connection.cursor() as cursor:
        cursor.execute("SELECT conname FROM pg_constraint WHERE confrelid = 'monitoring_item'::regclass")
        referencing = [row[0] for row in cursor.fetchall()]
        if referencing:
            raise RuntimeError(f"Foreign keys still point at monitoring_item: {referencing}")
        # Index definitions other than those behind the primary key and the unique constraints.
        cursor.execute("""
            SELECT i.relname, pg_get_indexdef(i.oid) FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid
            WHERE x.indrelid = 'monitoring_item'::regclass
              AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = x.indexrelid)""")
        indexes = cursor.fetchall()
        cursor.execute("""
            SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint
            WHERE conrelid = 'monitoring_item'::regclass AND contype = 'f'""")
        foreign_keys = cursor.fetchall()
        cursor.execute(f'ALTER TABLE monitoring_item RENAME TO "{OLD}"')
        for name, _definition in indexes:
            cursor.execute(f'DROP INDEX "{name}"')
        cursor.execute(f'ALTER TABLE "{OLD}" DROP CONSTRAINT monitoring_item_pkey')
        cursor.execute(f'ALTER TABLE "{OLD}" DROP CONSTRAINT monitoring_item_unique_text')
        cursor.execute(f'''CREATE TABLE monitoring_item (LIKE "{OLD}" INCLUDING DEFAULTS INCLUDING CONSTRAINTS
                           INCLUDING IDENTITY INCLUDING STORAGE) PARTITION BY RANGE (published_at)''')
        cursor.execute("ALTER TABLE monitoring_item ADD CONSTRAINT monitoring_item_pkey PRIMARY KEY (id, published_at)")
        cursor.execute("ALTER TABLE monitoring_item ADD CONSTRAINT monitoring_item_unique_text "
                       "UNIQUE (organization_id, text_key, published_at)")
        for name, definition in foreign_keys:
            cursor.execute(f'ALTER TABLE "{OLD}" DROP CONSTRAINT "{name}"')
            cursor.execute(f'ALTER TABLE monitoring_item ADD CONSTRAINT "{name}" {definition}')
        for name, definition in indexes:
            if name == "monitoring_item_unique_link":
                definition = ("CREATE UNIQUE INDEX monitoring_item_unique_link ON public.monitoring_item "
                              "USING btree (organization_id, link, published_at) WHERE (NOT ((link)::text = ''::text))")
            cursor.execute(definition.replace(f"ON public.{OLD} ", "ON public.monitoring_item ")
                           .replace(f"ON {OLD} ", "ON monitoring_item "))
        partitions.create_default(cursor)
    current = partitions.Month.of(__import__("django.utils.timezone", fromlist=["now"]).now())
    partitions.ensure_months(current.shifted(-12), current.shifted(partitions.MONTHS_AHEAD))
    with connection.cursor() as cursor:
        cursor.execute(f'INSERT INTO monitoring_item OVERRIDING SYSTEM VALUE SELECT * FROM "{OLD}"')
        cursor.execute(f'DROP TABLE "{OLD}"')
        cursor.execute("SELECT setval(pg_get_serial_sequence('monitoring_item', 'id'), "
                       "GREATEST((SELECT max(id) FROM monitoring_item), 1), "
                       "(SELECT max(id) IS NOT NULL FROM monitoring_item))")
    partitions.split_default()


class Migration(migrations.Migration):

    dependencies = [
        ("monitoring", "0001_initial"),
    ]

    operations = [
        migrations.AlterField(
            model_name="review",
            name="item",
            field=models.OneToOneField(db_constraint=False, on_delete=django.db.models.deletion.CASCADE,
                                       related_name="review", to="monitoring.item"),
        ),
        migrations.RunPython(partition_items, migrations.RunPython.noop, atomic=True),
    ]
