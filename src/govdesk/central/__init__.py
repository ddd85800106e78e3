"""The reference central server: FastAPI + SQLAlchemy, SQLite by default, PostgreSQL in production.

- ``app.create_app(db_url, ...)``: the application (migrations under ``migrations/`` run when it is made).
- ``routes_sync`` / ``routes_office``: the HTTP routes; bodies are ``govdesk.protocol`` models.
- ``auth`` (logins, tokens, devices), ``push`` (events stored once, device sequences), ``projection`` (case state
  from events), ``changes`` (pull, snapshot, summary, pruning), ``backoffice`` (claim, decide, result ready, the demo
  auto-approver), ``distribution`` (catalog and calendar versions, messages, SMS), ``sms`` (gateway interface),
  ``admin`` (centers and users, for the CLI), ``db`` (tables), ``security`` (argon2, HMAC tokens).
"""
