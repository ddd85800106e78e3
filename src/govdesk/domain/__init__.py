"""The rules of the hall, in pure Python.

Nothing here imports Qt, SQLAlchemy, requests or any outer layer of govdesk (import-linter proves it).
A clock is always passed in; the domain never reads the system time.
"""
