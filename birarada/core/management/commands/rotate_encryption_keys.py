from django.core.exceptions import ImproperlyConfigured
from django.core.management.base import BaseCommand, CommandError

from birarada.core.actions import do_rotate_encryption_keys


class Command(BaseCommand):
    help = (
        "Re-encrypt all encrypted fields and the modules' encrypted files with the first key of "
        "BIRARADA_ENCRYPTION_KEYS. Run after putting a new key first; remove the old key only after this finished."
    )

    def handle(self, *args, **options):
        try:
            done = do_rotate_encryption_keys(actor=None)
        except ImproperlyConfigured as error:
            raise CommandError(str(error)) from None
        self.stdout.write(f"Re-encrypted {done['rows']} rows and {done['files']} files with the newest key.")
