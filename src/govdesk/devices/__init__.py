"""Simulated hall devices for tests and the demo (a queue server); nothing here is imported by the program."""
