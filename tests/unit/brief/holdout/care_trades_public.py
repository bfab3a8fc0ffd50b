"""Held-out contacts, part two: care, trades, public service, law and a restaurant."""

from __future__ import annotations

from tests.unit.brief.corpus import Case
from tests.unit.brief.holdout.people import APPRENTICE, DATA, DESIGNER, NURSE, STUDENT, person

_LONG = (
    "Okay long dump after the ward managers' webinar + her linkedin.\n"
    "- Chiamaka has been nurse manager for the cardiothoracic unit at Reddington Hospital, "
    "Victoria Island since 2021. Before that she was a ward sister at LUTH (2012-2018) - same "
    "hospital where I trained!! we probably overlapped but I don't remember her\n"
    "- did her MSc in Nursing Leadership at University of Ibadan (part time, while working)\n"
    "- she set up the unit's first nurse-led early warning score audit, falls went down a lot "
    "(she said 'almost half' in the webinar)\n"
    "- big on mentoring: runs a WhatsApp group for ~150 young nurses across Lagos\n"
    "- she's also in a church choir (RCCG I think)\n"
    "- spent 2018-2020 in Riyadh at King Faisal Specialist Hospital, came back because of family\n"
    "- she says managers should still do a clinical shift every week, she's strict about it\n"
    "- not a fan of agency staffing, said it on the webinar\n"
    "- ask how she got her first manager job without UK-style band 7 experience\n"
    "- I could share our QEHB preceptorship pack w/ her for the young nurses\n"
    "- don't mention japa / nurses leaving for the UK, sensitive for her unit"
)

CASES: list[Case] = [
    Case(
        "chiamaka",
        NURSE,
        person(
            "chiamaka",
            name="Chiamaka Eze",
            role="Nurse Manager, Cardiothoracic Unit",
            company="Reddington Hospital",
            location="Lagos, Nigeria",
        ),
        [_LONG],
        plan=("manager job",),
        caution=("japa",),
        offer=("preceptorship pack",),
        hook=("Lagos University Teaching Hospital", "LUTH", "choir"),
        how=("early warning score",),
        never=("japa", "leaving for the UK", "RCCG", "into Nigeria", "long dump"),
    ),
    Case(
        "gwen",
        NURSE,
        person(
            "gwen",
            name="Gwen Mortimer",
            role="Lead Pharmacist, Cardiology",
            company="University Hospitals Birmingham",
        ),
        [
            "lead cardiology pharmacist at QE, on the ward rounds tues/thurs",
            "she wrote the trust's DOAC guideline (2022), everyone uses the pocket card",
            "retired from netball last year (knees), still coaches u14s on saturdays",
            "I think she's on the medicines safety committee",
            "ask her view on nurse prescribers on cardiology wards",
            "could offer to pilot her new discharge checklist on our ward",
        ],
        plan=("nurse prescribers",),
        check=("medicines safety",),
        how=("DOAC",),
        offer=("discharge checklist",),
    ),
    Case(
        "dave",
        APPRENTICE,
        person(
            "dave",
            name="Dave Kowalczyk",
            role="General foreman, IBEW Local 134",
            company="Sargent Electric",
            location="Chicago",
        ),
        [
            "30+ yrs in the trade. foreman on the o'hare terminal 5 job",
            "ran the solar install on the McCormick Place roof (2022) - biggest rooftop array "
            "in the city at the time",
            "used to work for ComEd, not anymore",
            "ask re: whether NABCEP cert is worth it before topping out",
            "fishes on lake michigan every weekend in summer, has a boat",
            "don't bring up the 2019 strike, lost friends over it",
        ],
        plan=("NABCEP",),
        caution=("strike",),
        hook=("fishing", "fishes"),
        how=("solar install", "McCormick"),
        never=("strike", "at ComEd", "get people to come", "about whether"),
    ),
    Case(
        "rosa",
        DESIGNER,
        person(
            "rosa",
            name="Rosa Delgado",
            role="Owner / chef",
            company="Cocina Rosa",
            location="Toronto",
        ),
        [
            "owns cocina rosa on dundas w, opened 2018",
            "did the whole rebrand herself on canva lol, menu is hard to read",
            "survived covid w/ a meal-kit thing, still does them on sundays",
            "her daughter goes to OCAD (same as me!)",
            "want to ask how she decides what to change when customers complain",
            "offer to redesign her menu for free? maybe too pushy",
            "I'm not sure if she's opening a 2nd location",
        ],
        plan=("customers complain",),
        check=("location",),
        how=("meal-kit",),
        never=("menu is hard to read", "product work", "product trade-off"),
    ),
    Case(
        "neil",
        DATA,
        person(
            "neil",
            name="Neil Baxter",
            role="Deputy Director, Data",
            company="Department for Environment, Food & Rural Affairs",
        ),
        [
            "civil servant, DEFRA data directorate. g6 -> SCS in 2024",
            "moved from ONS in 2021",
            "leads the national flood risk data programme",
            "ask about how the civil service hires data engineers - is the DDaT framework real?",
            "he's cagey about anything political, keep it to the work",
        ],
        plan=("civil service",),
        caution=("political",),
        how=("flood risk", "ONS"),
        never=("artists", "at Department", "political"),
    ),
    Case(
        "lin",
        STUDENT,
        person("lin", name="Lin Yue", role="Paralegal", company="Osler"),
        [
            "paralegal at osler, corp/M&A team. 2 yrs",
            "thinking about law school? not sure",
            "ask her if being a paralegal first helped",
        ],
        plan=("paralegal first",),
        check=("law school",),
    ),
    Case(
        "blank",
        DESIGNER,
        person("blank", name="Marguerite Côté"),
        ["???"],
        never=("???",),
    ),
]
