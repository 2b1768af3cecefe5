"""Portal calls from many background tasks at once: every task gets its answer, QGIS survives.

QGIS 3.22 crashed (a segmentation fault inside Qt Network) in four runs of this test out of six
before the plugin's API calls took turns: several QgsBlockingNetworkRequests running at once in
pool threads. Dock searches, previews and the locator all run as such tasks.
"""

import threading
import time

import pytest
from qgis.core import QgsApplication, QgsFeedback, QgsTask
from qgis.PyQt.QtCore import QObject

from tdathack_plugin.ods import errors, http
from tdathack_plugin.ods.client import OdsClient

TASKS = 40
PATIENCE_SECONDS = 120


def test_forty_tasks_calling_the_portal_at_once(ods_portal, qgis_app):
    ods_portal.reset()
    answers = {}

    def ask(task, number):
        client = OdsClient(ods_portal.url, feedback=QgsFeedback())
        title = client.dataset("arrondissements").title
        try:
            client.dataset("no-such-dataset")
        except errors.DatasetNotFoundError as error:
            return number, title, str(error)
        return number, title, "no error"

    def finished(exception, result=None):
        answers[len(answers)] = exception or result

    tasks = [QgsTask.fromFunction(f"ask {n}", ask, n, on_finished=finished) for n in range(TASKS)]
    for task in tasks:
        QgsApplication.taskManager().addTask(task)
    # Meanwhile the main thread connects and disconnects signals, as QGIS's interface does.
    objects = [QObject() for _ in range(200)]
    deadline = time.monotonic() + PATIENCE_SECONDS
    while len(answers) < TASKS and time.monotonic() < deadline:
        for thing in objects:
            thing.destroyed.connect(print)
            thing.destroyed.disconnect(print)
        qgis_app.processEvents()

    assert len(answers) == TASKS, f"{TASKS - len(answers)} tasks still running"
    numbers = sorted(answer[0] for answer in answers.values())
    assert numbers == list(range(TASKS))
    assert {answer[1] for answer in answers.values()} == {"Arrondissements"}
    assert all("no-such-dataset" in answer[2] for answer in answers.values())


def test_a_call_waiting_for_its_turn_stops_on_cancel(ods_portal):
    feedback = QgsFeedback()
    client = OdsClient(ods_portal.url, feedback=feedback)
    http._api_call_turn.acquire()  # another thread's call in progress
    canceler = threading.Timer(0.3, feedback.cancel)
    # Should cancel be ignored, the turn comes after 10 s and the call ends without error.
    safety = threading.Timer(10, http._api_call_turn.release)
    canceler.start()
    safety.start()
    try:
        with pytest.raises(errors.CanceledError):
            client.dataset("arrondissements")
    finally:
        canceler.join()
        safety.cancel()
        if http._api_call_turn.locked():
            http._api_call_turn.release()
