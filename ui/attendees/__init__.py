"""The Attendees workspace: find anyone in any script, see their state, correct their name."""
