import os
import signal
import subprocess
import sys
import time

from django.conf import settings
from django.core.management.base import BaseCommand

MAX_RESTARTS_A_MINUTE = 5


class Command(BaseCommand):
    help = ("Run the web server and a background task worker together; a worker that dies is started again. "
            "Ctrl-C stops both.")

    def add_arguments(self, parser):
        parser.add_argument("--port", type=int, default=int(os.environ.get("PORT", "8000")))
        parser.add_argument("--host", default=os.environ.get("HOST", "127.0.0.1"))

    def handle(self, *args, host, port, **options):
        manage = [sys.executable, str(settings.BASE_DIR / "manage.py")]
        worker_command = [*manage, "run_worker", "--queue-name", "*"]
        processes = {
            "web": subprocess.Popen([*manage, "runserver", f"{host}:{port}", "--noreload"]),
            "worker": subprocess.Popen(worker_command),
        }
        restarts: list[float] = []
        self.stdout.write(self.style.SUCCESS(f"birarada is running at http://{host}:{port}/  (Ctrl-C stops it)"))
        self.stdout.write(f"Staff sign-in: http://{host}:{port}/tr/accounts/login/  (demo accounts above)")
        stopping = False

        def stop(signum=None, frame=None):
            nonlocal stopping
            stopping = True

        signal.signal(signal.SIGINT, stop)
        signal.signal(signal.SIGTERM, stop)
        try:
            while not stopping:
                for name, process in list(processes.items()):
                    if process.poll() is None or stopping:
                        continue
                    recent = [t for t in restarts if t > time.monotonic() - 60]
                    if name == "worker" and len(recent) < MAX_RESTARTS_A_MINUTE:
                        # A dead worker is replaced; what it was running is recovered by the next sweep.
                        self.stderr.write(f"The task worker stopped (exit code {process.returncode}); "
                                          "starting a new one.")
                        restarts[:] = [*recent, time.monotonic()]
                        processes[name] = subprocess.Popen(worker_command)
                    else:
                        self.stderr.write(f"The {name} process stopped (exit code {process.returncode}); stopping.")
                        stopping = True
                time.sleep(0.3)
        finally:
            for process in processes.values():
                if process.poll() is None:
                    process.send_signal(signal.SIGTERM)
            deadline = time.monotonic() + 10
            for process in processes.values():
                try:
                    process.wait(timeout=max(0.1, deadline - time.monotonic()))
                except subprocess.TimeoutExpired:
                    process.kill()
            self.stdout.write("Stopped the web server and the worker.")
