"""newsmill orchestration: Prefect flows and tasks, warehouse I/O, command line (no text logic here)."""

__version__ = "0.1.0"
