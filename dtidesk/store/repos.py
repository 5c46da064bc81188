"""The small managers over one file; each returns dataclasses from dtidesk.domain.models."""

from __future__ import annotations

from .assessments import AssessmentRepo
from .evidence_blobs import BlobRepo
from .forms import FormRepo
from .frameworks import FrameworkRepo
from .misc import AgencyRepo, ChangeLogRepo, IndicatorLinkRepo, SettingsRepo
from .plan_items import DirectiveRepo, ProjectRepo, TargetRepo
from .plans import PlanRepo
from .search import SearchRepo
from .sqlite import Database
from .tasks import TaskRepo
from .unit_merge import UnitMergeRepo
from .units import UnitRepo


class Repos:
    def __init__(self, db: Database):
        self.agency = AgencyRepo(db)
        self.units = UnitRepo(db)
        self.unit_merge = UnitMergeRepo(db)
        self.frameworks = FrameworkRepo(db)
        self.assessments = AssessmentRepo(db)
        self.plans = PlanRepo(db)
        self.tasks = TaskRepo(db)
        self.targets = TargetRepo(db)
        self.projects = ProjectRepo(db)
        self.directives = DirectiveRepo(db)
        self.log = ChangeLogRepo(db)
        self.forms = FormRepo(db)
        self.settings = SettingsRepo(db)
        self.indicator_links = IndicatorLinkRepo(db)
        self.blobs = BlobRepo(db)
        self.search = SearchRepo(db)
