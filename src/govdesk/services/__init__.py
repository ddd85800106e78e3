"""Use cases the UI calls: intake, handoff, commitments, supervision, authentication."""
