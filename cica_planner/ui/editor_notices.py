"""What the event editor says about the stored event: who changed it last, and a change underneath.

In a team calendar someone else may save the event while it is open here. The editor is not
disturbed (nothing typed is replaced); a notice says so, and saving will show both versions.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QVBoxLayout

from cica_planner.domain.wording import SHIPPED_AUTHOR
from cica_planner.i18n.dates import changed_by_text

NOTICE_STYLE = "background: #fff4c2; color: #5c4400; border: 1px solid #e8d48b; border-radius: 4px; padding: 6px 8px;"
LAST_CHANGED_STYLE = "color: #5f6368;"


def add_notices(dialog: Any, layout: QVBoxLayout) -> None:  # an EventDialog
    """Give ``dialog`` its "last changed by" line and a hidden notice for a change underneath."""
    dialog.changed_notice = QLabel(dialog)
    dialog.changed_notice.setObjectName("changed_notice")
    dialog.changed_notice.setWordWrap(True)
    dialog.changed_notice.setStyleSheet(NOTICE_STYLE)
    dialog.changed_notice.hide()
    dialog.last_changed_label = QLabel(dialog)
    dialog.last_changed_label.setObjectName("last_changed_label")
    dialog.last_changed_label.setStyleSheet(LAST_CHANGED_STYLE)
    initial = getattr(dialog, "initial", None)
    text = last_changed_text(initial) if initial is not None and initial.id is not None else ""
    dialog.last_changed_label.setText(text)
    dialog.last_changed_label.setVisible(bool(text))
    layout.addWidget(dialog.changed_notice)
    layout.addWidget(dialog.last_changed_label)


def last_changed_text(record: Any) -> str:  # an Event or Task
    """'Last changed by Aigerim (aigerim) at 14:05 on 2 Dec 2024 (Astana time)', or '' when unknown."""
    if not getattr(record, "changed_by", "") and getattr(record, "changed_at", None) is None:
        return ""
    if record.changed_by == SHIPPED_AUTHOR:  # the time is only when this calendar file was made
        return QCoreApplication.translate("EditorNotices", "As shipped with CICA Planner; not changed since")
    return QCoreApplication.translate("EditorNotices", "Last changed by {who}").format(
        who=changed_by_text(record.changed_by, record.changed_at))


def show_changed_underneath(dialog: Any, stored: Any) -> None:  # an EventDialog and an Event
    """Tell the editor the event changed (or went) since it was opened; what was typed stays."""
    if stored is None:
        text = QCoreApplication.translate(
            "EditorNotices", "Someone else deleted this event while you were editing it. Saving will not bring it back.")
    else:
        text = QCoreApplication.translate(
            "EditorNotices", "This event was changed by {who} while you were editing it. Your changes are kept; when "
                             "you save, you will see both versions and choose.").format(
            who=changed_by_text(stored.changed_by, stored.changed_at))
    dialog.changed_notice.setText(text)
    dialog.changed_notice.show()
