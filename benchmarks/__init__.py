"""The govdesk performance suite: ``.venv/bin/python -m benchmarks.run [--only NAME] [--quick]`` (see README.md)."""
