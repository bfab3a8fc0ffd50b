"""Held-out contacts, part one: design, games, recruiting, venture and data."""

from __future__ import annotations

from datetime import date

from tests.unit.brief.corpus import Case
from tests.unit.brief.holdout.people import DATA, DESIGNER, person

CASES: list[Case] = [
    Case(
        "priya",
        DESIGNER,
        person(
            "priya",
            name="Priya Natarajan",
            role="Senior Product Designer",
            company="Wealthsimple",
            location="Toronto",
            interests=["ceramics", "climbing"],
        ),
        [
            "met at config '24 afterparty ☕️ super friendly",
            "About: I'm a product designer who loves untangling complex money stuff for everyday "
            "people. Previously @ Shopify (checkout team) and a couple of agencies. I believe "
            "good design is invisible.",
            "no longer at shopify - left in 2023 for wealthsimple",
            "not into climbing anymore, hurt her shoulder last yr",
            "she redesigned the tax-filing flow, cut drop-off by like 30%?? (from her talk)",
            "ask re: how she built her portfolio when she went agency -> product",
            "I think she did the google ux cert but not sure",
            "could send her my risograph zine, she collects them",
        ],
        plan=("portfolio",),
        check=("google",),
        hook=("pottery", "ceramics"),
        how=("tax-filing",),
        offer=("zine",),
        never=("climbing", "at Shopify", "Google UX", "->", "tell me about how"),
    ),
    Case(
        "etienne",
        DESIGNER,
        person(
            "etienne",
            name="Étienne Gagnon",
            role="Lead UX designer",
            company="Ubisoft Montréal",
            location="Montréal, QC",
        ),
        [
            "Montréal, works on the far cry menus + hud. françophone, english is fine",
            "ex-Behaviour Interactive (2015-2019), then ubi",
            "gave a talk at MIGS 2023 about accessibility in menus - colour-blind modes etc",
            "touchy about crunch / the harassment stuff at ubi, DON'T bring it up",
            "want to know how he tests UI with players who can't read the language",
            "maybe open to a portfolio review? not sure",
        ],
        plan=("UI with players",),
        caution=("crunch",),
        check=("portfolio review",),
        how=("MIGS", "accessibility"),
        never=("crunch", "harassment", "he tests"),
    ),
    Case(
        "jess",
        DESIGNER,
        person(
            "jess",
            name="Jess Park",
            role="Technical recruiter",
            company="Hired Hand Talent",
            how_we_met="Referred by Sam from my bootcamp",
        ),
        [
            "places designers + PMs at series B-D startups in TO",
            "ex-designer herself?? i think she did branding at an agency before recruiting",
            "ask her what hiring managers actually look at in a portfolio in the first 30 sec",
            "don't ask her to refer me to anything directly — this is just advice",
            "she runs the Design Ladies TO slack, ~2k members",
            "could promote her portfolio night on my instagram",
        ],
        plan=("portfolio",),
        check=("branding",),
        offer=("portfolio night",),
        never=("refer me", "could promote"),
    ),
    Case(
        "amara",
        DATA,
        person(
            "amara",
            name="Amara Osei",
            role="Associate",
            company="Pale Blue Dot Ventures",
            location="London",
        ),
        [
            "associate @ climate VC, seed/series A, mostly grid + carbon accounting",
            "ex-McKinsey (2019-2022). no longer at mck obviously",
            "wrote the fund's 'carbon data stack' market map - went semi-viral on linkedin",
            "ask her which of their portfolio cos are struggling w/ data infra",
            "she's Ghanaian, I think from Kumasi? could chat about jollof wars lol",
            "don't pitch myself as a founder, i'm not",
            "could intro her to Femi (ex-Revolut, building a grid-battery startup)",
        ],
        plan=("portfolio",),
        check=("Kumasi",),
        how=("carbon data stack",),
        offer=("Femi",),
        never=("at McKinsey", "Kumasi", "portfolio because", "about public health"),
    ),
    Case(
        "kasia",
        DATA,
        person(
            "kasia",
            name="Katarzyna Wiśniewska",
            role="Senior Data Engineer",
            company="",
            location="London",
            interests=["chess", "running"],
        ),
        [
            (date(2025, 3, 10), "senior DE @ Cazoo, we overlapped at a dbt meetup"),
            (
                date(2026, 8, 1),
                "she got laid off in the july round at cazoo :( don't bring up the layoffs "
                "unless she does. looking for work same as me",
            ),
            (date(2026, 8, 2), "built cazoo's whole CDC pipeline from postgres into snowflake"),
            (date(2026, 8, 3), "plays chess online, maybe a lichess game sometime?"),
            (date(2026, 8, 4), "want to know how she's structuring her job search"),
        ],
        plan=("job search",),
        hook=("chess",),
        how=("CDC pipeline",),
        never=("laid off", "layoffs", "at Cazoo", "unless she does"),
    ),
    Case(
        "rowan",
        DATA,
        person(
            "rowan",
            name="Rowan Fletcher",
            role="PhD student, ecology",
            company="Imperial College London",
        ),
        [
            "3rd yr phd at silwood park. pollinator decline + land use",
            "they use bats acoustic data, ~40TB of recordings, processing is a nightmare",
            "uses they/them",
            "ask them how they manage 40TB on a uni cluster",
            "not sure they'll stay in academia after",
            "could offer to help set up a proper pipeline for the recordings",
        ],
        plan=("40TB",),
        offer=("pipeline",),
        never=(" she ", " he ", " his ", " her ", "how they manage"),
    ),
]
