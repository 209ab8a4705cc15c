"""Roles of a PostgreSQL team calendar, enforced by the server with GRANTs and row-level security.

- viewer reads everything;
- planner also edits events (with their history), tasks and checklists; it may tick a handover
  milestone, but adding or removing one belongs to the chairmanship register (row-level security);
- admin also edits the chairmanship register, the handover plans, the templates, the reference
  data, and grants the roles.

The roles are group roles without login; people log in as themselves and are members of one.
A modified client gains nothing: the server refuses what the role does not allow.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import inspect
from sqlalchemy.engine import Connection, Engine

from cica_planner.domain.errors import ValidationError

VIEWER, PLANNER, ADMIN = "viewer", "planner", "admin"
ROLES = (VIEWER, PLANNER, ADMIN)
ROLE_PREFIX = "cica_"
#: Tables a planner writes: events with their changed occurrences and history, tasks, and the
#: state of publishing to a CalDAV server (a publish records what the server has). The rest of
#: the calendar is the admin's.
PLANNER_TABLES = ("event", "event_override", "event_change", "task", "published_collection", "published_resource")
PLANNER_SEQUENCES = tuple(f"{table}_id_seq" for table in PLANNER_TABLES)


def group_role(role: str) -> str:
    """The server's name of a calendar role: ``planner`` -> ``cica_planner``."""
    if role not in ROLES:
        raise ValidationError(f"unknown role {role!r}; choose one of: {', '.join(ROLES)}")
    return ROLE_PREFIX + role


def quoted(connection: Connection, name: str) -> str:
    return connection.dialect.identifier_preparer.quote_identifier(name)


def create_roles(connection: Connection) -> None:
    """Create the three group roles (once per server) and grant them this calendar's tables."""
    viewer, planner, admin = (group_role(r) for r in ROLES)
    for role in (viewer, planner, admin):
        exists = connection.exec_driver_sql("SELECT 1 FROM pg_roles WHERE rolname = %s", (role,)).first()
        if exists is None:
            connection.exec_driver_sql(f"CREATE ROLE {role} NOLOGIN")
    database = quoted(connection, str(connection.exec_driver_sql("SELECT current_database()").scalar()))
    tables = [t for t in inspect(connection).get_table_names() if t != "alembic_version"]
    every = ", ".join(quoted(connection, t) for t in tables)
    connection.exec_driver_sql(f"GRANT CONNECT, TEMPORARY ON DATABASE {database} TO {viewer}, {planner}, {admin}")
    connection.exec_driver_sql(f"GRANT USAGE ON SCHEMA public TO {viewer}, {planner}, {admin}")
    connection.exec_driver_sql(f"GRANT SELECT ON {every}, alembic_version TO {viewer}, {planner}, {admin}")
    connection.exec_driver_sql(f"GRANT INSERT, UPDATE, DELETE ON {', '.join(PLANNER_TABLES)} TO {planner}")
    connection.exec_driver_sql(f"GRANT USAGE ON SEQUENCE {', '.join(PLANNER_SEQUENCES)} TO {planner}")
    connection.exec_driver_sql(f"GRANT INSERT, UPDATE, DELETE, TRUNCATE ON {every} TO {admin}")
    connection.exec_driver_sql(f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {admin}")
    # Admins manage membership: they may grant and revoke the three roles.
    connection.exec_driver_sql(f"GRANT {viewer}, {planner} TO {admin} WITH ADMIN OPTION")
    _task_policies(connection, viewer, planner, admin)


def _task_policies(connection: Connection, viewer: str, planner: str, admin: str) -> None:
    """Handover milestones are tasks too: planners tick them, only admins add or remove them."""
    connection.exec_driver_sql("ALTER TABLE task ENABLE ROW LEVEL SECURITY")
    policies = {
        "task_read": f"FOR SELECT TO {viewer}, {planner}, {admin} USING (true)",
        "task_admin": f"FOR ALL TO {admin} USING (true) WITH CHECK (true)",
        "task_planner_add": f"FOR INSERT TO {planner} WITH CHECK (handover_id IS NULL)",
        "task_planner_edit": f"FOR UPDATE TO {planner} USING (true) WITH CHECK (true)",
        "task_planner_remove": f"FOR DELETE TO {planner} USING (handover_id IS NULL)",
    }
    for name, rule in policies.items():
        connection.exec_driver_sql(f"DROP POLICY IF EXISTS {name} ON task")
        connection.exec_driver_sql(f"CREATE POLICY {name} ON task {rule}")


def grant(connection: Connection, user: str, role: str) -> None:
    """Make ``user`` a member of ``role`` only (a new role replaces the old one)."""
    target = group_role(role)
    exists = connection.exec_driver_sql("SELECT 1 FROM pg_roles WHERE rolname = %s", (user,)).first()
    if exists is None:
        raise ValidationError(f"there is no user {user!r} on the server; create the login first (CREATE ROLE ... LOGIN)")
    revoke(connection, user)
    connection.exec_driver_sql(f"GRANT {target} TO {quoted(connection, user)}")


def revoke(connection: Connection, user: str) -> None:
    """Take every calendar role from ``user``."""
    for role in ROLES:
        member = connection.exec_driver_sql(
            "SELECT 1 FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid JOIN pg_roles u ON u.oid = m.member "
            "WHERE g.rolname = %s AND u.rolname = %s", (group_role(role), user)).first()
        if member is not None:
            connection.exec_driver_sql(f"REVOKE {group_role(role)} FROM {quoted(connection, user)}")


@dataclass(frozen=True)
class Permissions:
    """What the current user may change, as the server will enforce it."""

    role: str  # "owner", "admin", "planner", "viewer", or "" for a SQLite file
    edit_events: bool = True
    edit_tasks: bool = True
    edit_register: bool = True
    edit_templates: bool = True

    @property
    def read_only(self) -> bool:
        return not (self.edit_events or self.edit_tasks or self.edit_register or self.edit_templates)

    def refusals(self) -> list[str]:
        """What the role may not change, as nouns for the read-only bar ("the chairmanship register")."""
        found = []
        if not self.edit_events:
            found.append("events")
        if not self.edit_tasks:
            found.append("tasks")
        if not self.edit_register:
            found += ["the chairmanship register", "handover plans"]
        if not self.edit_templates:
            found.append("checklist templates")
        return found


def permissions(engine: Engine) -> Permissions:
    """Ask the server what the current user may change (a SQLite file allows everything)."""
    if engine.dialect.name != "postgresql":
        return Permissions(role="")
    with engine.connect() as connection:
        events, tasks, register, templates, is_owner = connection.exec_driver_sql(
            "SELECT has_table_privilege('event', 'UPDATE'), has_table_privilege('task', 'UPDATE'), "
            "has_table_privilege('chair_term', 'UPDATE'), has_table_privilege('checklist_template', 'UPDATE'), "
            "(SELECT tableowner = current_user FROM pg_tables WHERE tablename = 'event' AND schemaname = 'public')"
        ).one()
        memberships = {
            role for role in ROLES
            if connection.exec_driver_sql("SELECT 1 FROM pg_roles WHERE rolname = %s AND pg_has_role(oid, 'MEMBER')",
                                          (group_role(role),)).first() is not None
        }
    role = "owner" if is_owner else next((r for r in (ADMIN, PLANNER, VIEWER) if r in memberships), VIEWER)
    return Permissions(role=role, edit_events=bool(events), edit_tasks=bool(tasks),
                       edit_register=bool(register), edit_templates=bool(templates))
