"""The five record forms, one class per kind."""

from .base import RecordForm
from .block import BlockForm
from .doorstep import DoorstepForm
from .post_works import PostWorksForm
from .walkabout import WalkaboutForm
from .welcome import WelcomeForm

FORMS: dict[str, type[RecordForm]] = {
    "doorstep": DoorstepForm,
    "post_works": PostWorksForm,
    "block": BlockForm,
    "welcome": WelcomeForm,
    "walkabout": WalkaboutForm,
}

__all__ = ["FORMS", "RecordForm"]
