"""How an indexing run cuts its work: transaction and task sizes, and when workers start."""

BATCH_CABLES = 500
"""Cables per task when preparing in this process, and per write transaction."""
WORKER_CHUNK = 100
"""Cables per task sent to a worker: small enough to keep every worker busy to the end."""
SMALL_FILE_BYTES = 4 * 1024 * 1024
"""Files of a reader that does not split, below this size, are read whole in a worker a batch
at a time (a page holds one cable); bigger ones are read here and their cables sent on."""
FILES_PER_TASK = 16
WORKER_MIN_BYTES = 8 * 1024 * 1024
"""Jobs smaller than this are prepared in this process: starting workers would cost more."""
MESSAGES_PER_TRANSACTION = 64
FACTS_CHUNK = 100
"""Cables per task in the facts stage."""
FACTS_WORKER_MIN = 2000
"""Pending cables from which the facts stage starts workers (when the first stage did not)."""
