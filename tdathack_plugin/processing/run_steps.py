"""A run's progress and its cancel: steps whose bar reaches 100 %, and one sentence for a cancel."""

from qgis.core import QgsProcessingException, QgsProcessingMultiStepFeedback

from ..toolbelt.i18n import tr


def cancelled() -> QgsProcessingException:
    """The error a cancelled run stops with."""
    return QgsProcessingException(tr("Cancelled: no output was written."))


def stop_if_cancelled(feedback) -> None:
    """Raises cancelled() when the user pressed Cancel."""
    if feedback is not None and feedback.isCanceled():
        raise cancelled()


class Steps(QgsProcessingMultiStepFeedback):
    """Feedback of a run made of `count` steps: each step's progress (0 to 100) fills its share
    of the bar, and next() starts the following step."""

    def __init__(self, count: int, feedback):
        super().__init__(count, feedback)
        self.step = 0
        if feedback is not None and feedback.isCanceled():  # QGIS forwards later cancels only
            self.cancel()

    def next(self) -> None:
        """Stops when the user cancelled; else the bar moves to the start of the next step."""
        stop_if_cancelled(self)
        self.step += 1
        self.setCurrentStep(self.step)
