"""The users of the held-out set: four people preparing meetings, and one who filled in little.

Written apart from the engine's corpus (``tests/unit/brief/corpus.py``), by reading how
real people keep notes, to catch the ways a brief misreads people it has never seen.
"""

from __future__ import annotations

from netprep.domain.records import Contact, Profile

DESIGNER = Profile(
    name="Maya Chen",
    headline="Graphic designer moving into product design",
    location="Toronto",
    good_at="turning messy user research into clear, simple interface flows",
    unique="I ran a print shop for five years, so I've dealt with real customers face to face",
    interests=["pottery", "trail running", "board games", "Toronto Raptors"],
    employers=["Mosaic Print Co", "Indigo"],
    schools=["OCAD University", "George Brown College"],
    current_goal="land a product design role at a mid-size tech company by spring",
    current_challenge="my portfolio is all print and branding work, no shipped apps",
)
DATA = Profile(
    name="Tunde Bakare",
    headline="Data engineer looking for work in climate or health data",
    location="London, UK",
    good_at="building reliable batch pipelines in Spark and dbt",
    unique="I taught maths in a secondary school for four years before moving into data",
    interests=["Arsenal", "Afrobeats", "cooking", "chess"],
    employers=["Revolut", "Ark Schools"],
    schools=["University of Lagos", "Birkbeck, University of London"],
    current_goal="find a data engineering role in climate tech or public health",
    current_challenge="I was laid off in June and my network outside fintech is thin",
)
NURSE = Profile(
    name="Adaeze Nwosu",
    headline="Senior staff nurse (cardiology) aiming for a ward manager role",
    location="Birmingham, UK",
    good_at="calming a chaotic shift and getting a new team working together",
    unique="I trained in Lagos and have worked on wards on two continents",
    interests=["gospel choir", "Nollywood films", "netball", "gardening"],
    employers=["Lagos University Teaching Hospital", "Queen Elizabeth Hospital Birmingham"],
    schools=["University of Lagos", "Birmingham City University"],
    current_goal="step up to a ward manager or nurse manager post within two years",
)
APPRENTICE = Profile(
    name="Jordan Reyes",
    headline="Fourth-year electrical apprentice",
    location="Chicago",
    good_at="troubleshooting controls and reading drawings fast",
    unique="I was a line cook for six years before I started my apprenticeship",
    interests=["baseball", "fishing", "cooking", "motorcycles"],
    employers=["Lou Malnati's"],
    schools=["Washburne Culinary Institute"],
    current_goal="specialise in solar and EV charger installs after I top out",
)
STUDENT = Profile(name="Chris Okoye", headline="Law student")


def person(key: str, **fields: object) -> Contact:
    return Contact(id=f"h-{key}", **fields)  # type: ignore[arg-type]
