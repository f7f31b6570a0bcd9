"""Session titles of the demo programme: urban-development topics in WUF session formats."""

from __future__ import annotations

import random

TOPICS: tuple[str, ...] = (
    "Affordable housing finance",
    "Upgrading informal settlements",
    "Climate adaptation in coastal cities",
    "Rebuilding after disasters",
    "Land tenure security",
    "Urban mobility and road safety",
    "Extreme heat in cities",
    "Water and sanitation for all",
    "Digital cities and urban data",
    "Localizing the Sustainable Development Goals",
    "Youth and the right to the city",
    "Gender-responsive urban planning",
    "Accessible cities for persons with disabilities",
    "Municipal finance and green bonds",
    "Housing rights and forced evictions",
    "Safe and inclusive public space",
    "Circular economy and urban waste",
    "Energy-efficient buildings",
    "Migration, displacement and cities",
    "Urban–rural linkages",
    "Cultural heritage and urban regeneration",
    "Nature-based solutions",
    "Voluntary local reviews",
    "Metropolitan governance",
    "Social and cooperative housing",
    "Low-carbon construction materials",
    "Resilient infrastructure",
    "Ageing populations in cities",
    "Food systems in cities",
    "Post-conflict reconstruction",
    "Housing in intermediary cities",
    "Air quality and urban health",
)

ROUNDTABLE_GROUPS: tuple[str, ...] = (
    "mayors and local leaders",
    "the private sector",
    "civil society",
    "academia and research",
    "parliamentarians",
    "women leaders",
    "youth",
    "grassroots organizations",
)

ASSEMBLIES: tuple[str, ...] = (
    "Women's Assembly",
    "Youth Assembly",
    "Business Assembly",
    "Local and Regional Governments Assembly",
    "Civil Society Assembly",
    "Persons with Disabilities Assembly",
    "Indigenous Peoples Assembly",
    "Grassroots Assembly",
)


def title(rng: random.Random, session_type: str, *, high_level: bool = False) -> str:
    topic = rng.choice(TOPICS)
    if session_type == "plenary":
        return f"High-level plenary: {topic}" if high_level else f"Plenary: {topic}"
    if session_type == "dialogue":
        return f"Dialogue: {topic}"
    if session_type == "roundtable":
        if high_level:
            return f"Ministerial roundtable: {topic}"
        return f"Roundtable of {rng.choice(ROUNDTABLE_GROUPS)}: {topic}"
    if session_type == "assembly":
        return rng.choice(ASSEMBLIES)
    if session_type == "networking":
        return f"Networking: {topic}"
    if session_type == "training":
        return f"Training: {topic} — hands-on"
    return rng.choice((f"{topic}: lessons from the field", f"{topic} in practice", topic))
