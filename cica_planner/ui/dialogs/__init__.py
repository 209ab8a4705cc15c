"""Dialogs of the desktop app: each takes data in, gives a value back, and wraps exec() in a classmethod."""
