"""Dialogs of the annotation window: label set, import/export, about.

Each dialog keeps its work in plain methods or Qt-free job functions, so tests drive them
without native file choosers or modal event loops.
"""
