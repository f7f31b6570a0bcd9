"""Badge pickup desks and entry gates (Qt-free): decisions, pickups, voids, prints, counters."""
