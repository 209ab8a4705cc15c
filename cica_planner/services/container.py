"""The composition root of the services: one calendar, one engine, one set of services over it.

The desktop window, the command line and the scripts take their services from here. This is
the only module outside storage/ that hands an engine to a service; a service that needs
another one receives it here instead of building its own over someone else's engine (an
architecture test keeps it so).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.engine import Engine

from cica_planner.domain.clock import Clock
from cica_planner.services.chairmanship import ChairmanshipService
from cica_planner.services.checklists import ChecklistService
from cica_planner.services.confirming import ConfirmingService
from cica_planner.services.planner import PlannerService
from cica_planner.services.scheduling.service import SchedulingService
from cica_planner.services.team import TeamAccess
from cica_planner.storage.backups import enable_backups

if TYPE_CHECKING:
    from cica_planner.services.caldav_publish import CalDavPublisher
    from cica_planner.services.caldav_sync import CalDavSync


@dataclass(frozen=True)
class Services:
    """Every service of one calendar, sharing its engine.

    Attributes:
        planner: events, their changes and history.
        checklists: preparation checklists, their templates and tasks (one step of a checklist).
        chairs: the chairmanship register, body chairs and handover plans.
        confirming: what needs confirming, and outcomes.
        scheduling: holiday-, weekend- and meeting-aware date checks.
        team: roles, signatures and change notices of the calendar (a team calendar's server, or a file).
        engine: the calendar's connection, for storage alone (backups); no page or command uses it.
    """

    planner: PlannerService
    checklists: ChecklistService
    chairs: ChairmanshipService
    confirming: ConfirmingService
    scheduling: SchedulingService
    team: TeamAccess
    engine: Engine = field(repr=False)

    @property
    def tasks(self) -> ChecklistService:
        """The task calls (one step of a checklist) are the checklist service's."""
        return self.checklists

    # The CalDAV services (and icalendar under them) load when publishing is first used, not at start.

    def publisher(self, clock: Clock | None = None) -> CalDavPublisher:
        """The CalDAV publisher of this calendar: its publish state on this engine, tasks from the checklists."""
        from cica_planner.services.caldav_publish import CalDavPublisher

        return CalDavPublisher(self.planner, clock, engine=self.engine, tasks=self.checklists)

    def caldav_sync(self, clock: Clock | None = None) -> CalDavSync:
        """The two-way CalDAV sync of this calendar (publish state on this engine, tasks from the checklists)."""
        from cica_planner.services.caldav_sync import CalDavSync

        return CalDavSync(self.planner, clock, engine=self.engine, tasks=self.checklists)

    def keep_daily_copies(self, location: str | Path) -> None:
        """Copy the calendar file before the first change of each day (a team calendar's server keeps its own)."""
        if self.engine.dialect.name == "sqlite":
            enable_backups(self.engine, Path(location))

    def dispose(self) -> None:
        """Close the calendar's connections (the window or the command is done with it)."""
        self.engine.dispose()


def services_over(
    engine: Engine,
    *,
    planner: PlannerService | None = None,
    checklists: ChecklistService | None = None,
    chairs: ChairmanshipService | None = None,
) -> Services:
    """Build the services of the calendar behind ``engine`` (opened by storage), each once.

    Services already built over ``engine`` (a window given its planner) are used, not built again.
    """
    planner = planner or PlannerService(engine)
    checklists = checklists or ChecklistService(engine)
    chairs = chairs or ChairmanshipService(engine, tasks=checklists)
    return Services(
        planner=planner,
        checklists=checklists,
        chairs=chairs,
        confirming=ConfirmingService(engine, planner=planner, tasks=checklists),
        scheduling=SchedulingService(engine, planner=planner, chairs=chairs, checklists=checklists),
        team=TeamAccess(engine),
        engine=engine,
    )


def services_of(
    planner: PlannerService,
    *,
    checklists: ChecklistService | None = None,
    chairs: ChairmanshipService | None = None,
) -> Services:
    """The services of the calendar ``planner`` works on (a window handed its planner and pages' services)."""
    return services_over(planner.engine, planner=planner, checklists=checklists, chairs=chairs)


