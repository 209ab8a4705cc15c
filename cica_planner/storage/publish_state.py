"""What the calendar last agreed with each CalDAV collection: one row per collection and per resource.

Services hand in a Session; nothing here commits. Records are plain dataclasses so they
outlive the session.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlmodel import Session, select

from cica_planner.storage.tables import PublishedCollectionRow, PublishedResourceRow


@dataclass(frozen=True)
class CollectionState:
    id: int
    url: str
    user: str
    options: str
    last_published: datetime | None
    last_synced: datetime | None


@dataclass(frozen=True)
class ResourceState:
    """One resource as last written to, or accepted from, the server."""

    uid: str
    href: str
    kind: str
    event_uid: str
    etag: str
    content_hash: str
    body: str


def _aware(value: datetime | None) -> datetime | None:
    if value is None:
        return None
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _collection(row: PublishedCollectionRow) -> CollectionState:
    assert row.id is not None
    return CollectionState(row.id, row.url, row.user, row.options, _aware(row.last_published), _aware(row.last_synced))


def find_collection(session: Session, url: str) -> CollectionState | None:
    row = session.exec(select(PublishedCollectionRow).where(PublishedCollectionRow.url == url)).first()
    return None if row is None else _collection(row)


def ensure_collection(session: Session, url: str, user: str, options: str) -> CollectionState:
    """The collection ``url``, created or with its user and selection brought up to date."""
    row = session.exec(select(PublishedCollectionRow).where(PublishedCollectionRow.url == url)).first()
    if row is None:
        row = PublishedCollectionRow(url=url, user=user, options=options)
    else:
        row.user, row.options = user, options
    session.add(row)
    session.flush()
    return _collection(row)


def mark_collection(session: Session, collection_id: int, *, published: datetime | None = None,
                    synced: datetime | None = None) -> None:
    row = session.get(PublishedCollectionRow, collection_id)
    if row is None:
        return
    if published is not None:
        row.last_published = published
    if synced is not None:
        row.last_synced = synced
    session.add(row)
    session.flush()


def resources(session: Session, collection_id: int) -> dict[str, ResourceState]:
    """The resources of a collection by UID."""
    rows = session.exec(select(PublishedResourceRow).where(PublishedResourceRow.collection_id == collection_id))
    return {
        row.uid: ResourceState(row.uid, row.href, row.kind, row.event_uid, row.etag, row.content_hash, row.body)
        for row in rows
    }


def save_resource(session: Session, collection_id: int, state: ResourceState) -> None:
    """Record ``state`` for its UID (inserted or replaced)."""
    row = session.exec(
        select(PublishedResourceRow).where(
            PublishedResourceRow.collection_id == collection_id, PublishedResourceRow.uid == state.uid
        )
    ).first()
    if row is None:
        row = PublishedResourceRow(collection_id=collection_id, uid=state.uid, href=state.href)
    row.href, row.kind, row.event_uid = state.href, state.kind, state.event_uid
    row.etag, row.content_hash, row.body = state.etag, state.content_hash, state.body
    session.add(row)
    session.flush()


def forget_resource(session: Session, collection_id: int, uid: str) -> None:
    row = session.exec(
        select(PublishedResourceRow).where(
            PublishedResourceRow.collection_id == collection_id, PublishedResourceRow.uid == uid
        )
    ).first()
    if row is not None:
        session.delete(row)
        session.flush()
