"""The record forms, one class per kind, registered against the kinds in one place."""

from .base import RecordForm
from .block import BlockForm
from .doorstep import DoorstepForm
from .post_works import PostWorksForm
from .registry import FormRegistry
from .walkabout import WalkaboutForm
from .welcome import WelcomeForm

# The order people see comes from the kernel's registry (champion_app.records.KINDS).
FORMS = FormRegistry([DoorstepForm, PostWorksForm, BlockForm, WelcomeForm, WalkaboutForm])

__all__ = ["FORMS", "FormRegistry", "RecordForm"]
