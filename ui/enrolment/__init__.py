"""First-run enrolment of a desk in the app (``wufops app --data-dir DIR`` on a new DIR)."""
