"""Simulated hall devices (a queue server) for tests and `govdesk demo`; the program itself never imports them."""
