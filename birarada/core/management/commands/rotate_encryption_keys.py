from django.apps import apps
from django.core.management.base import BaseCommand
from django.db import transaction

from birarada.core import crypto
from birarada.core.fields import EncryptedJSONField, EncryptedTextField


class Command(BaseCommand):
    help = (
        "Re-encrypt all encrypted fields and evidence files with the first key of BIRARADA_ENCRYPTION_KEYS. "
        "Run after putting a new key first; remove the old key only after this finished."
    )

    def handle(self, *args, **options):
        rows = 0
        for model in apps.get_models():
            fields = [f for f in model._meta.concrete_fields if isinstance(f, (EncryptedTextField, EncryptedJSONField))]
            if not fields:
                continue
            names = [f.attname for f in fields]
            for pk in model._default_manager.values_list("pk", flat=True).iterator():
                with transaction.atomic():
                    # Reading decrypts with any key; saving encrypts with the newest one.
                    obj = model._default_manager.select_for_update().only("pk", *names).get(pk=pk)
                    obj.save(update_fields=names)
                rows += 1
        files = 0
        if apps.is_installed("birarada.incidents"):
            from birarada.incidents.evidence import evidence_dir

            for path in evidence_dir().iterdir():
                path.write_bytes(crypto.rotate_bytes(path.read_bytes()))
                files += 1
        self.stdout.write(f"Re-encrypted {rows} rows and {files} evidence files with the newest key.")
