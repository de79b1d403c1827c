from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

from birarada.core import redisqueue
from birarada.core.workers import LeaseKeeper, new_worker_id, release_lease


class Command(BaseCommand):
    help = ("Run a background task worker. On the database backend it holds a lease: if it dies, the tasks it was "
            "running are run again by another worker (birarada/core/workers.py). On RQ (TASKS_BACKEND=rq) it is an "
            "RQ worker with its scheduler; a job of a worker that died is queued again by the recovery sweep.")

    def add_arguments(self, parser):
        parser.add_argument("--queues", "--queue-name", dest="queues", default="*",
                            help="comma-separated queues to take tasks from, among "
                                 f"{', '.join(settings.TASKS['default']['QUEUES'])} ('*': all, in that order)")
        parser.add_argument("--batch", action="store_true", help="run what is queued, then stop")
        parser.add_argument("--interval", type=float, default=1.0,
                            help="seconds between looks at the queue (database backend)")

    def handle(self, *args, queues, batch, interval, **options):
        names = self.queue_names(queues)
        verbosity = options.get("verbosity", 1)
        if redisqueue.uses_rq():
            return self.run_rq(names, batch=batch, verbosity=verbosity)
        worker_id = new_worker_id()
        keeper = LeaseKeeper(worker_id)
        keeper.start()
        try:
            arguments = ["--worker-id", worker_id, "--queue-name", ",".join(names) if queues != "*" else "*",
                         "--no-reload", "--no-startup-delay", "--interval", str(interval)]
            call_command("db_worker", *arguments, *(["--batch"] if batch else []), verbosity=verbosity)
        finally:
            keeper.stop()
            release_lease(worker_id)

    @staticmethod
    def queue_names(queues: str) -> list[str]:
        known = list(settings.TASKS["default"]["QUEUES"])
        if queues.strip() == "*":
            return known
        names = [name.strip() for name in queues.split(",") if name.strip()]
        unknown = [name for name in names if name not in known]
        if unknown or not names:
            raise CommandError(f"Unknown queue {', '.join(unknown) or '(none given)'}; the queues are "
                               f"{', '.join(known)}, or '*' for all.")
        return [name for name in known if name in names]  # always in priority order

    def run_rq(self, names: list[str], *, batch: bool, verbosity: int) -> None:
        import logging

        import django_rq
        from django.db import connections
        from django_tasks_rq import Job

        if "analysis" in names:
            # Load the engine once here: RQ forks a work horse per job, which then shares the loaded model.
            from birarada.core.engine import analyzer

            analyzer()
        # A forked work horse must never share this process's database connection.
        connections.close_all()
        from birarada.core.rqworker import PlatformWorker

        worker = django_rq.get_worker(*names, job_class=Job, worker_class=PlatformWorker)
        self.stdout.write(f"RQ worker {worker.name} on {', '.join(names)}")
        level = {0: logging.WARNING, 1: logging.INFO}.get(verbosity, logging.DEBUG)
        worker.work(burst=batch, with_scheduler=True, logging_level=logging.getLevelName(level))
