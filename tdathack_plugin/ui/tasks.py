"""Background work for the widgets: a QgsTask running a function, its result on the main thread."""

from qgis.core import QgsApplication, QgsFeedback, QgsTask
from qgis.PyQt.QtCore import QMetaObject, Qt

from ..ods import errors


class FunctionTask(QgsTask):
    """Runs `function(feedback)` in a worker thread; `done(result, error)` runs on the main thread.

    Cancel (from the dock or the QGIS task manager) cancels the feedback, which aborts the
    request in flight. `done` is not called for a canceled task (TaskRunner tells the widget
    when the user canceled it).

    The feedback belongs to the worker thread and is canceled from there (a queued call run
    by the request's own event loop): QGIS 3.22's QgsBlockingNetworkRequest can wait forever
    when its feedback is canceled from another thread.
    """

    def __init__(self, description: str, function, done, ended=None, flags=QgsTask.Flag.CanCancel):
        super().__init__(description, flags)
        self.function = function
        self.done = done
        self.ended = ended  # called with the task once it is over, canceled or not
        self.feedback = None
        self.result = None
        self.error = None

    def run(self) -> bool:
        self.feedback = QgsFeedback()
        if self.isCanceled():
            return False
        try:
            self.result = self.function(self.feedback)
        except errors.CanceledError:
            return False
        except Exception as error:  # shown to the user: the widget must not stay busy
            self.error = error
        return not self.isCanceled()

    def cancel(self):
        if self.feedback is not None:
            QMetaObject.invokeMethod(self.feedback, "cancel", Qt.ConnectionType.QueuedConnection)
        super().cancel()

    def finished(self, ok: bool):
        if self.ended is not None:
            self.ended(self)
        if ok and not self.isCanceled():
            self.done(self.result, self.error)


class TaskRunner:
    """Keeps the running tasks of a widget alive and lets a new request replace an old one."""

    def __init__(self):
        self.tasks = {}  # slot name -> running task
        self.closed = False  # set when the widget goes away: late results are dropped

    def start(self, slot: str, description: str, function, done) -> FunctionTask:
        """Run in the background, canceling what still runs in the same slot."""
        self.cancel(slot)

        def answer(result, error):
            if not self.closed:
                done(result, error)

        task = FunctionTask(
            description, function, answer, lambda ended: self._ended(slot, ended, answer)
        )
        self.tasks[slot] = task
        QgsApplication.taskManager().addTask(task)
        return task

    def _ended(self, slot, task, answer):
        """Forget a task once over; one the user canceled in QGIS's task manager (not replaced
        by a newer request) is answered with CanceledError, so the widget does not stay busy."""
        if self.tasks.get(slot) is task:
            del self.tasks[slot]
            if task.isCanceled():
                answer(None, errors.CanceledError())

    def cancel(self, slot: str) -> None:
        task = self.tasks.pop(slot, None)
        if task is not None:
            task.cancel()

    def cancel_all(self) -> None:
        for slot in list(self.tasks):
            self.cancel(slot)

    def close(self) -> None:
        """Cancel everything and never call back again (the widget is being deleted)."""
        self.closed = True
        self.cancel_all()

    def busy(self) -> bool:
        return bool(self.tasks)
