"""Thin Qt item models over plain data (filter lists, search results)."""
