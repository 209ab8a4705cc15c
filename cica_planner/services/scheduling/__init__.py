"""Scheduling assistant: holidays, weekends, Ramadan and blackout periods of the Member States,
and the search for a good date for a CICA meeting (``suggest``).

Everything here is free of Qt; the views, the editor and the command line read the same facts.
"""
