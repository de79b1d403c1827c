"""Queues by kind of work, on either task backend: every task on a known queue, a flood of analysis never ahead of
an e-mail, periodic chains started once, worker and settings errors a person can act on."""

import os
import subprocess
import sys

import pytest
from django.core.management import CommandError, call_command

from birarada.core.modules import periodic_tasks
from birarada.core.queues import QUEUE_NAMES
from birarada.core.scheduling import ensure_scheduled
from tests.skeleton.tasks import write_turn_analysis, write_turn_mail
from tests.tasking import ON_RQ, ROOT, run_workers_until_queues_are_empty, runs_of

MAIL_TASKS = ["birarada.events.tasks.send_registration_mail", "birarada.events.tasks.send_reminder_mail",
              "birarada.incidents.tasks.notify_reply", "birarada.incidents.tasks.remind_case_deadlines"]


def test_every_task_of_the_platform_is_on_a_known_queue():
    from django.utils.module_loading import import_string

    for path in MAIL_TASKS:
        assert import_string(path).queue_name == "mail"
    assert import_string("birarada.monitoring.tasks.analyse_waiting").queue_name == "analysis"
    assert import_string("birarada.monitoring.tasks.poll_source").queue_name == "feeds"
    for task, _every in periodic_tasks():
        assert task.queue_name in QUEUE_NAMES, task.module_path


@pytest.mark.django_db(transaction=True)
def test_a_worker_sends_mail_before_a_backlog_of_analysis(tmp_path):
    log = tmp_path / "turns.txt"
    for n in range(3):
        write_turn_analysis.enqueue(str(log), f"analysis-{n}")
    write_turn_mail.enqueue(str(log), "mail")  # queued last
    [done] = run_workers_until_queues_are_empty(workers=1)
    assert done.returncode == 0, done.stderr
    turns = log.read_text().split()
    assert turns[0] == "mail" and sorted(turns[1:]) == ["analysis-0", "analysis-1", "analysis-2"]


def test_periodic_chains_start_once(db):
    first = ensure_scheduled()
    assert len(first) >= len(periodic_tasks())
    assert ensure_scheduled() == []  # the second start finds every chain pending
    for task, _every in periodic_tasks():
        runs = runs_of(task)
        assert len(runs) == 1 and runs[0].status == "READY", task.module_path


def test_a_worker_asked_for_an_unknown_queue_says_which_exist():
    with pytest.raises(CommandError, match="Unknown queue mails; the queues are mail, reports"):
        call_command("run_worker", "--queues", "mails,analysis", "--batch")


@pytest.mark.parametrize(("environment", "message"), [
    ({"TASKS_BACKEND": "redis"}, "TASKS_BACKEND must be 'database', 'rq' or a backend's dotted path"),
    ({"TASKS_BACKEND": "rq", "REDIS_URL": ""}, "TASKS_BACKEND=rq needs REDIS_URL"),
])
def test_a_wrong_task_backend_setting_stops_the_start_with_a_message(environment, message):
    env = {**os.environ, **environment}
    result = subprocess.run([sys.executable, str(ROOT / "manage.py"), "check"], env=env, cwd=ROOT,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode != 0 and message in result.stderr


@pytest.mark.skipif(ON_RQ, reason="RQ has no priorities: separate queues keep the kinds apart")
def test_on_the_database_backend_mail_has_the_highest_priority():
    assert write_turn_mail.priority > write_turn_analysis.priority
