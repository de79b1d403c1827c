"""The RQ worker that `manage.py run_worker` starts when TASKS_BACKEND=rq.

RQ's worker listens for commands (stop, kill the running job) on a Redis pub/sub channel, in a thread that
sleeps 60 seconds between looks; since redis-py 8 stopping the worker waits for that thread, so a worker could take
a minute to exit after its last job. This one looks every second, so it stops within a second.
"""

from rq import Worker

COMMAND_POLL_SECONDS = 1.0


class PlatformWorker(Worker):
    def subscribe(self) -> None:
        self.log.info("Worker %s: subscribing to channel %s", self.name, self.pubsub_channel_name)
        self.pubsub = self.connection.pubsub()
        self.pubsub.subscribe(**{self.pubsub_channel_name: self.handle_payload})
        self.pubsub_thread = self.pubsub.run_in_thread(  # type: ignore[assignment]
            sleep_time=COMMAND_POLL_SECONDS, daemon=True, exception_handler=self._pubsub_exception_handler)
