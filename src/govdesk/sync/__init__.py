"""Client sync: the outbox pushed in batches, the pull cursor, and the protocol shared with ``govdesk.central``."""
