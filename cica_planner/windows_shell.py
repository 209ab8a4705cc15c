"""The app's identity in the Windows shell.

Windows groups taskbar buttons and pins by an AppUserModelID. The Start-menu shortcut made by the
installer carries the app id (packaging/windows/cica-planner.iss); the running process declares
the same id here, so the window groups under that shortcut and shows its icon and name.
"""

from __future__ import annotations

import sys


def set_app_user_model_id(app_id: str) -> bool:
    """Declare ``app_id`` as this process's AppUserModelID; False off Windows or when the call fails."""
    if sys.platform != "win32":
        return False
    import ctypes

    try:
        result = ctypes.windll.shell32.SetCurrentProcessExplicitAppUserModelID(app_id)
    except (AttributeError, OSError):
        return False
    return result == 0  # S_OK
