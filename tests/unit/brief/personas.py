"""Six realistic people preparing a networking coffee, with notes written the way people write.

Each persona is a user profile, the contact they are meeting, their notes on that
contact (fragments, bullets, typos, mixed topics), a few other people in their
network, the purpose of the meeting, and what a good brief should pick up.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from functools import cache

from netprep.domain.agenda import AgendaPhase, BriefSection
from netprep.domain.brief.builder import build_brief
from netprep.domain.brief.model import Brief
from netprep.domain.brief.taxonomy import Taxonomy
from netprep.domain.meeting import Meeting
from netprep.domain.records import Contact, Note, NoteKind, Profile
from netprep.resources import resource_path

NOW = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)


@cache
def taxonomy() -> Taxonomy:
    data = json.loads(resource_path("taxonomy.json").read_text(encoding="utf-8"))
    return Taxonomy.from_dict(data)


def agenda() -> list[AgendaPhase]:
    return [
        AgendaPhase("Great start", 2, ["Thank them", "Open with a hook"], BriefSection.HOOKS),
        AgendaPhase("Your overview", 2, ["Three sentences"], BriefSection.SUMMARY),
        AgendaPhase("Three insights", 12, ["View, how, advice"], BriefSection.QUESTIONS),
        AgendaPhase("Three contacts", 2, ["Ask for three names"], BriefSection.REFERRALS),
        AgendaPhase("Great finish", 2, ["Offer something back"], BriefSection.OFFERS),
    ]


@dataclass
class Persona:
    key: str
    profile: Profile
    contact: Contact
    notes: list[Note]
    purpose: str
    network: list[Contact] = field(default_factory=list)
    top_hook: str = ""  # words the top hook's text must contain
    top_hook_category: str = ""

    def brief(self, earlier: list[Meeting] | None = None) -> Brief:
        return build_brief(
            profile=self.profile,
            contact=self.contact,
            notes=self.notes,
            purpose=self.purpose,
            earlier_meetings=earlier or [],
            network=self.network,
            taxonomy=taxonomy(),
            agenda=agenda(),
            now=NOW,
        )


def note(contact: Contact, when: date, body: str, kind: NoteKind = NoteKind.RESEARCH) -> Note:
    return Note(contact_id=contact.id, date=when, body=body, kind=kind)


# -- software ----------------------------------------------------------------------------------

SARA = Profile(
    name="Sara Lindqvist",
    headline="Backend engineer at Parcelwise",
    good_at="Untangling slow, flaky data pipelines. Python and Postgres mostly.",
    unique="I spent six years as a warehouse shift lead at DHL before I learned to code, so I "
    "think hard about the people on the other end of the software.",
    interests=["trail running", "Arsenal", "sourdough", "bouldering"],
    employers=["DHL", "Parcelwise"],
    schools=["Manchester Metropolitan University"],
    location="Manchester, UK",
    current_goal="Move from backend engineering into platform engineering",
    current_challenge="I have never run Kubernetes in production",
)


def software() -> Persona:
    tomas = Contact(
        name="Tomás Ferreira",
        company="Monzo",
        role="Staff Platform Engineer",
        location="London",
        how_we_met="Sat next to each other at a PyCon UK sprint, 2024",
        interests=["football", "cycling"],
    )
    notes = [
        note(
            tomas,
            date(2026, 10, 2),
            """\
- staff platform eng @ Monzo, ~4 yrs
- previously at DHL (!!) in their Manchester hub tech team
- led the migration of ~300 services from Nomad to Kubernetes in 2023, wrote it up on the Monzo blog
- spoke at KubeCon EU 2024 on cost-aware autoscaling
- big Arsenal fan, season ticket
- Currently working on: internal developer platform, golden paths for new services
""",
        ),
        note(
            tomas,
            date(2025, 9, 20),
            """\
Quick chat at the PyCon UK sprints. Said the hardest part of the k8s migration was getting \
product teams to care about resource limits. Cycles to work from Walthamstow most days. \
Thinks most companies adopt Kubernetes too early.""",
            NoteKind.CONVERSATION,
        ),
    ]
    network = [
        Contact(
            name="Priya Shah",
            role="SRE",
            company="Skyscanner",
            interests=["trail running", "observability"],
            tags=["platform", "on-call"],
        ),
        Contact(
            name="Ben Carter",
            role="Data engineer",
            company="Ocado",
            interests=["chess", "sourdough"],
        ),
        Contact(
            name="Lucy Osei",
            role="Product designer",
            company="Parcelwise",
            interests=["cycling", "road cycling", "illustration"],
        ),
    ]
    return Persona(
        "software",
        SARA,
        tomas,
        notes,
        "Learn how platform teams decide what to build first, and how people move "
        "into platform engineering",
        network,
        "Arsenal",
        "interest",
    )


# -- nursing -------------------------------------------------------------------------------

GRACE = Profile(
    name="Grace Mensah",
    headline="ICU staff nurse",
    good_at="Calm in a crisis. I'm the one who teaches new starters the ventilators and the "
    "charting system.",
    unique="I was a super-user for our Epic rollout in 2022, so I've seen both the bedside and "
    "the build side.",
    interests=["gardening", "hiking", "church choir"],
    employers=["Leeds Teaching Hospitals NHS Trust"],
    schools=["University of Leeds"],
    location="Leeds",
    current_goal="Move from bedside ICU nursing into clinical informatics",
    current_challenge="My CV reads as purely clinical and I don't know how to show the "
    "informatics side",
)


def nursing() -> Persona:
    ruth = Contact(
        name="Ruth Adeyemi",
        company="Bradford Teaching Hospitals NHS Foundation Trust",
        role="Nursing Informatics Lead",
        location="Bradford",
        how_we_met="RCN congress 2025, stand next to ours",
    )
    notes = [
        note(
            ruth,
            date(2026, 11, 3),
            """\
Met her briefly at the RCN congress. Ruth was an ICU sister for 12 yrs then switched to \
informatics in 2019 after being seconded to the EPR project.
Did her MSc at Leeds (health informatics, part time while working!!)
now leading the nursing side of the new e-obs rollout - go live in spring
Grew up in Huddersfield. Sings in a gospel choir. Two kids, both at uni.""",
        ),
        note(
            ruth,
            date(2026, 11, 10),
            """\
* chairs the regional digital nursing network - meets quarterly
* wrote a piece for Nursing Times on alert fatigue w/ e-obs
* v. keen on getting more bedside nurses into digital roles""",
            NoteKind.RESEARCH,
        ),
    ]
    network = [
        Contact(
            name="Femi Okoye",
            role="Clinical safety officer",
            company="Leeds Teaching Hospitals NHS Trust",
            interests=["patient safety", "human factors"],
            tags=["EPR", "digital health"],
        ),
        Contact(
            name="Hannah Brooks",
            role="Ward manager",
            company="Airedale NHS Foundation Trust",
            interests=["gospel choir", "baking"],
        ),
    ]
    return Persona(
        "nursing",
        GRACE,
        ruth,
        notes,
        "Learn how ICU nurses make the move into informatics roles",
        network,
        "University of Leeds",
        "school",
    )


# -- finance -------------------------------------------------------------------------------

PRIYA = Profile(
    name="Priya Nair",
    headline="Audit senior, KPMG",
    good_at="I'm good at making sense of messy numbers fast, and explaining them to people "
    "who hate spreadsheets.",
    unique="Before accountancy I ran my family's corner shop for three years, so I think about "
    "cash like an owner, not an auditor.",
    interests=["running", "cricket", "Bollywood films", "cryptic crosswords"],
    employers=["KPMG"],
    schools=["University of Birmingham"],
    location="London",
    current_goal="Move from audit into FP&A in a fast-growing company",
    current_challenge="Every FP&A job ad asks for business partnering experience I don't have",
)


def finance() -> Persona:
    hannah = Contact(
        name="Hannah Cole",
        role="Finance Business Partner",
        company="Ocado",
        interests=["netball", "wine"],
    )
    marcus = Contact(
        name="Marcus Bell",
        company="Ocado Retail",
        role="FP&A Director",
        location="Hatfield, Hertfordshire",
        referred_by=hannah.id,
        interests=["marathons"],
    )
    notes = [
        note(
            marcus,
            date(2026, 11, 12),
            """\
Hannah says he's the person to talk to about audit -> FP&A.
Qualified ACA at KPMG, moved from audit to FP&A in 2016 at Sainsbury's
built the rolling forecast Ocado still uses (replaced the annual budget)
ran the London Marathon 2023 for Mind
2 kids, coaches U9 football on Sundays
""",
        ),
        note(
            marcus,
            date(2026, 11, 14),
            """\
linkedin: posts a lot about driver-based forecasting. Was on a panel at the ICAEW finance \
leaders summit in Sept.  Grew up in Leicester.""",
        ),
    ]
    network = [
        hannah,
        Contact(
            name="Tom Ridley",
            role="Head of Data",
            company="Deliveroo",
            interests=["cricket", "data science"],
            current_projects="Demand forecasting models",
        ),
        Contact(
            name="Amelia Grant",
            role="Sports physio",
            company="Run Clinic",
            interests=["marathon", "parkrun"],
        ),
    ]
    return Persona(
        "finance",
        PRIYA,
        marcus,
        notes,
        "Get advice on moving from audit into FP&A",
        network,
        "Hannah Cole",
        "mutual",
    )


# -- arts ----------------------------------------------------------------------------------

LEO = Profile(
    name="Leo Martins",
    headline="Graphic designer",
    good_at="Brand identities for small food and drink businesses; I'm quick and I listen.",
    unique="I grew up drawing comics in my dad's print shop in Porto, so I care about paper "
    "and ink as much as pixels.",
    interests=["wild swimming", "risograph printing", "cycling", "comics"],
    employers=["Studio Alma"],
    schools=["Falmouth University"],
    location="Bristol",
    current_goal="Break into children's book illustration",
    current_challenge="My portfolio is all branding work, with no narrative pieces",
)


def arts() -> Persona:
    aisling = Contact(
        name="Aisling Byrne",
        company="self-employed",
        role="Children's book illustrator and author",
        location="Bristol",
        how_we_met="Friend of a friend (Jo from the riso studio)",
    )
    notes = [
        note(
            aisling,
            date(2026, 10, 28),
            """\
Illustrator + author. 4 picture books w/ Walker Books.
Her book 'Otter Goes Upstream' came out in May, shortlisted for the Klaus Flugge Prize!
self-taught - switched from architecture at 30
teaches a risograph workshop at Hatch Studio every other Sat
open water swimmer, swims at Clevedon Marine Lake all year (brr)
""",
        ),
        note(
            aisling,
            date(2026, 11, 2),
            """\
Was a guest on the Ink & Margins podcast - talks about pitching to publishers w/o an agent. \
says she thinks agents matter less than people think for a first book.""",
            NoteKind.RESEARCH,
        ),
    ]
    network = [
        Contact(
            name="Jo Whitfield",
            role="Studio manager",
            company="Hatch Studio",
            interests=["risograph", "zines"],
        ),
        Contact(
            name="Sam Patel",
            role="Editor",
            company="Nosy Crow",
            interests=["picture books", "open water swimming"],
            tags=["children's books", "publishing"],
        ),
    ]
    return Persona(
        "arts",
        LEO,
        aisling,
        notes,
        "Get advice on getting into children's book illustration",
        network,
        "open water swimming",
        "interest",
    )


# -- skilled trades ------------------------------------------------------------------------

KIERAN = Profile(
    name="Kieran Walsh",
    headline="Domestic electrician",
    good_at="Rewires and consumer unit upgrades, tidy work, customers recommend me",
    unique="Twelve years on the tools, and I did my apprenticeship at 30 after leaving the army",
    interests=["Wigan Warriors", "fishing", "darts"],
    employers=["Spark Electrical Services"],
    schools=["Wigan and Leigh College"],
    location="Wigan",
    current_goal="Start my own business installing heat pumps and solar",
    current_challenge="I don't know whether to get MCS certified myself or partner with a firm",
)


def trades() -> Persona:
    dave = Contact(
        name="Dave Pritchard",
        company="Pritchard Renewables",
        role="Owner",
        location="Castleford, West Yorkshire",
        how_we_met="Installer Show in Birmingham, June",
        tags=["heat pumps", "MCS"],
    )
    notes = [
        note(
            dave,
            date(2026, 9, 30),
            """\
ex-British Gas engineer, went self employed 2015
Started his own business in 2015 out of the van, now 14 staff
got MCS certified in 2019 - says it took 6 months of paperwork
trains apprentices through Leeds College of Building
Leeds Rhinos season ticket holder. Has a lab called Bess.""",
        ),
        note(
            dave,
            date(2026, 10, 6),
            """\
Quoted in the Installer magazine article about the Boiler Upgrade Scheme grant delays.
hiring: looking for an electrician for the solar side""",
            NoteKind.RESEARCH,
        ),
    ]
    network = [
        Contact(
            name="Gemma Lowe",
            role="Accountant for trades businesses",
            company="Lowe & Co",
            interests=["small business", "rugby league"],
            current_projects="Helping installers with cash flow",
        ),
        Contact(
            name="Rob Kaye",
            role="Solar PV installer",
            company="Sunrise Energy",
            interests=["solar panels", "fishing"],
        ),
    ]
    return Persona(
        "trades",
        KIERAN,
        dave,
        notes,
        "Learn how he built an installation business and whether MCS is worth it",
        network,
        "rugby league",
        "interest",
    )


# -- academia ------------------------------------------------------------------------------

AMIRA = Profile(
    name="Dr Amira Haddad",
    headline="Postdoctoral researcher in computational biology",
    good_at="Turning huge single-cell datasets into clear biological stories",
    unique="I trained as a pharmacist first, so I always ask what a finding would mean for a "
    "patient.",
    interests=["climbing", "Arabic calligraphy", "sci-fi"],
    employers=["University of Glasgow"],
    schools=["University of Glasgow", "King's College London"],
    location="Glasgow",
    current_goal="Win an independent research fellowship and start my own group",
    current_challenge="I don't know how to make my fellowship proposal stand out from my PI's work",
)


def academia() -> Persona:
    omar = Contact(
        name="Omar Said",
        role="PhD student",
        company="University of Edinburgh",
        interests=["bouldering"],
    )
    helen = Contact(
        name="Prof. Helen Zhou",
        company="University of Edinburgh",
        role="Professor of Computational Biology",
        location="Edinburgh",
        background="PhD at Cambridge, postdoc at the Broad Institute",
    )
    notes = [
        note(
            helen,
            date(2026, 11, 1),
            """\
PI of the Zhou lab - single-cell genomics of the developing lung
got an ERC Starting Grant in 2021 (first in her dept)
Wrote 'Statistics for Biologists' — the textbook everyone uses
sits on the Wellcome Career Development panel
Knows Omar Said from our lab, they co-supervised his MSc project
into bouldering apparently""",
        ),
    ]
    network = [
        omar,
        Contact(
            name="Kirsty Boyd",
            role="Research funding manager",
            company="University of Glasgow",
            tags=["research funding", "grant writing"],
            interests=["bouldering"],
        ),
    ]
    return Persona(
        "academia",
        AMIRA,
        helen,
        notes,
        "Get advice on applying for an independent research fellowship",
        network,
        "Omar Said",
        "mutual",
    )


def all_personas() -> list[Persona]:
    return [software(), nursing(), finance(), arts(), trades(), academia()]
