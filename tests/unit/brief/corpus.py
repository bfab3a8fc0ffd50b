"""A corpus of contacts with notes typed the way people type them, and what a good brief does.

Thirty-odd people across health, software, trades, teaching, finance, arts, academia and
students, some with non-English names and a few foreign words; notes in lowercase
shorthand, "w/", "??", pasted LinkedIn text, dates written every which way, the user's
own plans ("ask her about…"), warnings ("avoid…"), offers ("I could send…") and guesses
("maybe", "I think"). Each case says what a strong networker would take from it:

- ``plan``: words the user's own planned question must carry (it leads the questions);
- ``caution``: words of the one caution shown; ``offer``: words of the first offer;
- ``check``: words of a "check first" line; ``hook``: words of a common-ground line;
- ``how``: words the "how did you" question's cited note must hold (their notable work);
- ``never``: words that must appear nowhere the brief speaks (questions, hooks, offers,
  summary, don't-ask), e.g. a warned-off topic, a guess stated as fact, markup.

``benchmarks/brief_quality.py`` scores the briefs against these; the corpus tests in
``test_corpus.py`` hold the line on each.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from netprep.domain.records import Contact, Note, NoteKind, Profile

NURSE = Profile(
    name="Amara Okafor",
    headline="ICU nurse moving into health informatics",
    location="Manchester, UK",
    good_at="turning messy ward workflows into clear checklists people actually follow",
    unique="Nine years on night shifts before I led our e-obs rollout on the unit",
    interests=["wild swimming", "Manchester United", "salsa", "sourdough", "chess"],
    employers=["Salford Royal", "Manchester Royal Infirmary"],
    schools=["University of Manchester", "London School of Economics"],
    current_goal="move into a clinical informatics role in an NHS trust or a health-tech company",
    current_challenge="I have no formal informatics qualification and every job asks for one",
)
DEV = Profile(
    name="Leo Brandt",
    headline="Backend developer who wants to move into data engineering",
    location="Berlin",
    good_at="making slow Postgres queries fast",
    unique="I was a carpenter for six years before I learned to code",
    interests=["bouldering", "Hertha BSC", "jazz", "cycling"],
    employers=["Zalando"],
    schools=["Technische Universität Berlin", "MIT"],
    current_goal="land a data engineering job within a year",
)
EMPTY = Profile(name="Sam Rivers")


@dataclass
class Case:
    key: str
    profile: Profile
    contact: Contact
    notes: list[str | tuple[date, str]]
    purpose: str = ""
    plan: tuple[str, ...] = ()
    caution: tuple[str, ...] = ()
    offer: tuple[str, ...] = ()
    check: tuple[str, ...] = ()
    hook: tuple[str, ...] = ()
    how: tuple[str, ...] = ()
    never: tuple[str, ...] = ()
    network: list[Contact] = field(default_factory=list)

    def note_records(self) -> list[Note]:
        out = []
        for i, item in enumerate(self.notes):
            when, body = item if isinstance(item, tuple) else (date(2026, 10, 1 + i), item)
            out.append(
                Note(
                    id=f"{self.key}-n{i}",
                    contact_id=self.contact.id,
                    date=when,
                    body=body,
                    kind=NoteKind.RESEARCH,
                )
            )
        return out


def _c(key: str, **fields: object) -> Contact:
    return Contact(id=f"c-{key}", **fields)  # type: ignore[arg-type]


CASES: list[Case] = [
    # -- health ---------------------------------------------------------------------------
    Case(
        "joy",
        NURSE,
        _c(
            "joy",
            name="Joy Adebayo",
            role="Chief Nursing Information Officer",
            company="Northern Care Alliance",
            interests=["salsa"],
        ),
        [
            "cnio @ NCA since 2023. ex icu sister at salford!!",
            "led the EPR go-live across 4 hospitals (oct 22), still talks abt the downtime drills",
            "ask her how she got into informatics w/o a formal qual",
            "maybe did the NHS digital academy ??",
            "avoid the cerner contract saga",
        ],
        plan=("got into informatics",),
        caution=("cerner",),
        check=("digital academy",),
        hook=("salsa",),
        how=("EPR go-live",),
        never=("cerner", "Cerner"),
    ),
    Case(
        "tomasz",
        NURSE,
        _c("tomasz", name="Kowalski, Tomasz", role="Clinical Safety Officer", company="Medisyn"),
        [
            "DCB0129 / 0160 guy. wrote the hazard log template everyone copies",
            "12/03/25 - gave a talk at HETT on safety cases for AI triage",
            "I could send him our ward's near-miss audit",
            "i think he's polish, speaks it w/ his team",
        ],
        offer=("near-miss audit",),
        check=("polish",),
        how=("HETT",),
        never=("Kowalski,",),
    ),
    Case(
        "grace",
        NURSE,
        _c(
            "grace",
            name="Rev. Grace Adeyemi",
            role="Chaplain and patient experience lead",
            company="Christie NHS FT",
            interests=["choir"],
        ),
        [
            "Sat on the patient panel that rewrote the discharge letters - they're now 1 page",
            "don't bring up the chaplaincy cuts",
            "ask her about the discharge letter rewrite",
        ],
        plan=("discharge letter",),
        caution=("chaplaincy cuts",),
        never=("Rev ", "Rev."),
    ),
    Case(
        "ahmed",
        NURSE,
        _c(
            "ahmed",
            name="Dr Ahmed Siddiqui",
            role="Consultant anaesthetist",
            company="Manchester Royal Infirmary",
            location="Manchester",
        ),
        [
            "runs the sim lab on wednesdays",
            "built a sepsis screening tool in excel that the whole trust now uses (2019)",
            "probably going part time next year",
            "Ask him whether the informatics fellowship is worth it",
        ],
        plan=("fellowship",),
        check=("part time",),
        how=("sepsis screening tool",),
        never=("going part time",),
    ),
    Case(
        "lucia",
        NURSE,
        _c(
            "lucia",
            name="Lucía Fernández",
            role="Head of Digital Nursing",
            company="Osakidetza",
            location="Bilbao",
            interests=["natación en aguas abiertas"],
        ),
        [
            "Spanish health service, Basque country. trilingual (es/eu/en)",
            "rolled out bedside tablets to 40 wards in 2021 - 'de papel a pantalla'",
            "swims in the sea all year!! wild swimming ~ same as me",
            "could intro her to Joy at NCA",
        ],
        offer=("Joy",),
        how=("bedside tablets",),
    ),
    Case(
        "priyanka",
        NURSE,
        _c(
            "priyanka",
            name="Priyanka Rao",
            role="Pharmacist, digital medicines",
            company="Boots",
            background="MPharm at Bath, 2015",
        ),
        [
            "from linkedin: Pharmacist | Digital medicines | ePMA | Helping hospitals go paperless",
            "worked on the ePMA rollout at Leeds (2020-2022) before moving to Boots",
            "hates talking about her time at Leeds",
        ],
        caution=("Leeds",),
        never=("Leeds",),
    ),
    # -- software -------------------------------------------------------------------------
    Case(
        "mia",
        DEV,
        _c(
            "mia",
            name="Mia Schulz",
            role="Staff Data Engineer",
            company="N26",
            interests=["bouldering"],
        ),
        [
            "met at pydata berlin '24. does bouldering at Berta Block",
            "rebuilt N26's batch pipeline on Airflow -> dbt, cut nightly run from 6h to 40min",
            "ask her what she'd learn first if she was starting in data eng today",
            "maybe hiring juniors in Q1??",
        ],
        plan=("starting in data",),
        check=("hiring juniors",),
        hook=("bouldering",),
        how=("batch pipeline",),
        never=("Grace",),
    ),
    Case(
        "kenji",
        DEV,
        _c("kenji", name="Kenji Watanabe", role="Engineering Manager", company="Delivery Hero"),
        [
            "ex-Rakuten (Tokyo), moved to Berlin 2019",
            "gave the keynote at Berlin Buzzwords 2024 on streaming joins",
            "don't ask about the reorg",
            "I could share my notes from the Postgres meetup",
        ],
        caution=("reorg",),
        offer=("Postgres meetup",),
        how=("keynote",),
        never=("reorg",),
    ),
    Case(
        "olu",
        DEV,
        _c(
            "olu",
            name="Oluwaseun Bello",
            role="Data Engineer",
            company="Trade Republic",
            interests=["jazz", "vinyl"],
        ),
        [
            "tu berlin grad like me (msc informatics)",
            "into jazz, goes to A-Trane",
            "wrote the internal dbt style guide",
        ],
        hook=("Technische Universität",),
    ),
    Case(
        "sofia",
        DEV,
        _c("sofia", name="Sofia Marchetti", role="Analytics lead", company="Idealo"),
        [
            "mit alum (MS in data science)",
            "launched idealo's price-history feature in May",
            "ask her about the move from analytics into data eng",
        ],
        plan=("analytics",),
        hook=("MIT",),
        how=("price-history",),
    ),
    Case(
        "chen",
        DEV,
        _c("chen", name="Wei Chen PhD", role="Principal Engineer", company="SAP"),
        [
            "phd in distributed systems at ETH",
            "designed SAP's change-data-capture service (talk at VLDB 2023)",
            "avoid politics!!",
        ],
        caution=("politics",),
        how=("change-data-capture",),
        never=("PhD's", "Chen PhD"),
    ),
    Case(
        "anna",
        DEV,
        _c("anna", name="Anna Müller", role="CTO", company="Kiezkraft GmbH", interests=["cycling"]),
        [
            "co-founded Kiezkraft 2021 - energy-sharing app for Kieze (neighbourhoods)",
            "rides the Berlin-Usedom every summer",
            "could send her the Postgres partitioning writeup I did",
        ],
        offer=("Postgres partitioning",),
        hook=("cycling",),
    ),
    # -- trades ---------------------------------------------------------------------------
    Case(
        "kwame",
        NURSE,
        _c(
            "kwame",
            name="Kwame Boateng",
            role="Director and electrician",
            company="Boateng Electrical Ltd",
        ),
        [
            "20 yrs sparky, now runs a team of 6",
            "rewired the whole of St Mary's children's ward in 3 weekends so it never closed",
            "ask him how he plans work around a live ward",
            "dont mention the VAT investigation",
        ],
        plan=("live ward",),
        caution=("VAT",),
        how=("rewired",),
        never=("VAT",),
    ),
    Case(
        "dermot",
        DEV,
        _c("dermot", name="Dermot O'Brien", role="Master carpenter", company="self employed"),
        [
            "carpenter like i was. restores sash windows",
            "trained 4 apprentices thru the CITB scheme",
            "i could recommend him to my landlord for the windows",
        ],
        offer=("landlord",),
    ),
    Case(
        "ines",
        NURSE,
        _c(
            "ines",
            name="Inês Carvalho",
            role="Plumbing and heating engineer",
            company="Carvalho & Filhos",
        ),
        [
            "family firm (pai e filhos) - she took over from her dad 2020",
            "first woman gas safe engineer in the family lol",
            "apparently turning the firm into a heat-pump installer",
        ],
        check=("heat-pump",),
        never=("heat-pump installer",),
    ),
    # -- teaching -------------------------------------------------------------------------
    Case(
        "gareth",
        NURSE,
        _c("gareth", name="Gareth Hughes", role="Head of Science", company="Oak National Academy"),
        [
            "ex chem teacher (12 yrs, Cardiff)",
            "his team wrote Oak's new KS3 science units (launched in Sept)",
            "Ask him about how they test lessons with real classes",
        ],
        plan=("test lessons",),
        how=("KS3",),
    ),
    Case(
        "fatima",
        NURSE,
        _c(
            "fatima",
            name="Fatima Zahra El Amrani",
            role="Deputy head",
            company="Parrs Wood High",
            interests=["chess"],
        ),
        [
            "runs the school chess club - they won the county cup in 2024",
            "trained as a nurse before teaching!! (Salford Royal, 2008-12)",
            "ask her how she made the switch from nursing into teaching",
        ],
        plan=("nursing into teaching",),
        hook=("chess", "Salford Royal"),
    ),
    Case(
        "bjorn",
        DEV,
        _c("bjorn", name="Björn Lindqvist", role="Lecturer in computing", company="HTW Berlin"),
        [
            "teaches the databases module, 200 students a year",
            "built an auto-grader for SQL homework that the whole faculty now uses",
            "not sure if he's still part-time at HTW",
        ],
        check=("part-time",),
        how=("auto-grader",),
    ),
    # -- finance --------------------------------------------------------------------------
    Case(
        "rahul",
        NURSE,
        _c(
            "rahul",
            name="Rahul Iyer CFA",
            role="Investment Director, Healthcare",
            company="Brightwater Capital",
        ),
        [
            "invests in health-tech, series A/B",
            "led the £12m round in Wardline (2024)",
            "I could intro him to Joy Adebayo - she's looking at vendors",
            "avoid asking about the Babylon write-down",
        ],
        caution=("Babylon",),
        offer=("Joy",),
        how=("12m round",),
        never=("CFA", "Babylon"),
    ),
    Case(
        "claire",
        DEV,
        _c("claire", name="Dupont, Claire", role="Head of Data, Risk", company="Deutsche Bank"),
        [
            "moved from quant research into data platform 2019",
            "runs the risk data lake migration to GCP",
            "I think she studied at LSE",
        ],
        check=("LSE",),
        never=("Dupont,",),
    ),
    Case(
        "yusuf",
        NURSE,
        _c("yusuf", name="Yusuf Demir", role="Finance business partner", company="NHS England"),
        [
            "accountant (ACCA) who moved into the NHS from KPMG",
            "built the costing model for virtual wards",
            "lse too!! (msc econ)",
        ],
        hook=("London School of Economics",),
        how=("costing model",),
    ),
    # -- arts -----------------------------------------------------------------------------
    Case(
        "sinead",
        NURSE,
        _c(
            "sinead",
            name="Sinéad Ní Bhriain",
            role="Illustrator",
            company="freelance",
            interests=["sea swimming"],
        ),
        [
            "illustrated the NHS 'what to expect in ICU' leaflets for families",
            "swims at Salthill in galway year round",
            "ask her about how she worked with clinicians on the leaflets",
        ],
        plan=("clinicians",),
        hook=("swimming",),
    ),
    Case(
        "marco",
        DEV,
        _c(
            "marco",
            name="Marco Rossi",
            role="Sound designer",
            company="Native Instruments",
            interests=["jazz"],
        ),
        [
            "plays double bass in a jazz trio (gigs at b-flat)",
            "designed the sound library for Kontakt 8",
            "maybe leaving NI for a startup",
        ],
        check=("leaving",),
        hook=("jazz",),
        never=("leaving NI",),
    ),
    Case(
        "learning",
        NURSE,
        _c(
            "learning",
            name="Hélène Lefèvre-Côté",
            role="Learning Experience Designer",
            company="Médecins Sans Frontières",
        ),
        [
            "designs the e-learning for msf field nurses",
            "built a triage simulation game used in 30 countries",
        ],
        how=("triage simulation",),
        never=("artists", "creative industries"),
    ),
    # -- academia -------------------------------------------------------------------------
    Case(
        "elena",
        NURSE,
        _c(
            "elena",
            name="Prof. Elena Vasquez",
            role="Professor of Nursing Informatics",
            company="University of Manchester",
        ),
        [
            "runs the MSc in health informatics (part-time, online)",
            "published the 2023 review of nurse-led EHR design",
            "ask her whether the MSc is worth it for someone like me",
            "sore point: the funding cuts to the unit",
        ],
        plan=("MSc",),
        caution=("funding cuts",),
        hook=("University of Manchester",),
        never=("Prof.", "Prof "),
    ),
    Case(
        "hiroshi",
        DEV,
        _c(
            "hiroshi", name="Hiroshi Tanaka", role="Postdoc, stream processing", company="TU Berlin"
        ),
        [
            "postdoc at TU berlin (DIMA group) - same uni as me",
            "maintains a Flink connector w/ 2k stars",
        ],
        hook=("Technische Universität",),
        how=("Flink connector",),
    ),
    Case(
        "ngozi",
        NURSE,
        _c(
            "ngozi",
            name="Ngozi Eze",
            role="Senior lecturer, adult nursing",
            company="Manchester Metropolitan University",
        ),
        [
            "wrote the simulation curriculum for 2nd years",
            "her view: informatics should be in every nursing degree",
            "offer to guest lecture on e-obs for her students",
        ],
        offer=("guest lecture",),
    ),
    # -- students -------------------------------------------------------------------------
    Case(
        "jake",
        DEV,
        _c("jake", name="Jake Thompson", role="CS student (3rd year)", company="HU Berlin"),
        [
            "intern at Zalando last summer, same team as my old one!!",
            "building a bouldering gym occupancy app for his thesis",
            "I could intro him to Mia at N26 for an internship",
        ],
        offer=("Mia",),
        hook=("Zalando", "bouldering"),
    ),
    Case(
        "aisha",
        NURSE,
        _c(
            "aisha",
            name="Aisha Khan",
            role="Student nurse (final year)",
            company="University of Salford",
        ),
        [
            "placement on my unit in march. really sharp",
            "wants to do informatics too - maybe the NHS graduate scheme?",
            "I could send her the e-obs training pack",
        ],
        offer=("e-obs training pack",),
        check=("graduate scheme",),
    ),
    Case(
        "minjun",
        DEV,
        _c(
            "minjun",
            name="Kim Min-jun",
            role="Exchange student, data science",
            company="Freie Universität Berlin",
        ),
        [
            "from Seoul (KAIST), here for 2 semesters",
            "won the FU datathon w/ a bike-sharing demand model",
        ],
        how=("datathon",),
    ),
    # -- sparse and odd -------------------------------------------------------------------
    Case(
        "bare",
        EMPTY,
        _c("bare", name="Noah Park", company="Arup"),
        [],
        never=("how things really work",),
    ),
    Case(
        "pasted",
        DEV,
        _c(
            "pasted",
            name="Lena Vogel",
            role="Data Engineer at Zalando SE · Full-time",
            company="Zalando",
        ),
        [
            "Data Engineer at Zalando SE · Full-time\nJan 2022 - Present · 2 yrs 11 mos\nBerlin, "
            "Germany\nSkills: Apache Spark · Python · Airflow",
            "ex zalando colleague of mine, different team",
        ],
        hook=("Zalando",),
    ),
    Case(
        "dates",
        NURSE,
        _c(
            "dates",
            name="Siobhan Murphy",
            role="Digital nurse specialist",
            company="Wrightington, Wigan and Leigh",
        ),
        [
            (date(2024, 3, 5), "met at the CNIO summit 5/3/24"),
            (date(2025, 1, 20), "20th Jan: she moved from ward sister to digital nurse specialist"),
            (date(2025, 11, 2), "led the nurse-led e-obs pilot, 2 wards, nov 2025"),
            (date(2026, 2, 14), "ask her abt the e-obs pilot results"),
        ],
        plan=("e-obs pilot",),
    ),
    # -- other languages, typos, shorthand --------------------------------------------------
    Case(
        "jurgen",
        DEV,
        _c(
            "jurgen",
            name="Jürgen Hoffmann",
            role="Analytics engineer",
            company="Delivery Hero",
            interests=["Radfahren", "Fußball"],
        ),
        ["analytics eng @ delivery hero, dbt + airflow", "fährt jedes WE Rennrad (Radfahren)"],
        hook=("cycling",),
    ),
    Case(
        "marie",
        NURSE,
        _c("marie", name="Marie Dubois", role="Infirmière en chef", company="AP-HP"),
        ["infirmière en réa pendant 12 ans", "fait de la natation le dimanche"],
        hook=("swimming",),
    ),
    Case(
        "fernandez",
        NURSE,
        _c("fernandez", name="Carmen Herrera", role="Informática clínica", company="SERMAS"),
        [
            "pasó de enfermera de UCI a informática clínica en 2021",
            "runs the EHR go-live for 3 hospitals",
        ],
        purpose="learn how she moved from ICU nursing into clinical informatics",
        how=("informática clínica",),
    ),
    Case(
        "dana",
        DEV,
        _c("dana", name="Dana Levi", role="Head of Data", company="Monzo"),
        ["head of data @ monzo, hiring 2 analytics engs", "cd send deck re pricing"],
        offer=("Send Dana the deck about pricing",),
        never=("cd send", "re pricing"),
    ),
    Case(
        "raj",
        DEV,
        _c("raj", name="Raj Patel", role="Data engineer", company="Ocado Technology"),
        ["building the new event pipeline on Kafka", "intro 2 maya?"],
        offer=("Introduce Raj to Maya",),
        never=("intro 2",),
    ),
    Case(
        "typos",
        DEV,
        _c("typos", name="Marcus Obi", role="L&D lead", company="Deliveroo"),
        [
            "l&d lead, rider onboarding mostly",
            "hes rebuilding rider onbaording as mobile microlearning",
            "into climbng, westway wall most wks",
            "said hed love a fresh eye on the quiz qs - could offer to review a few",
        ],
        hook=("climbing",),
        offer=("review a few of the quiz questions",),
        never=("onbaording", "climbng"),
    ),
    Case(
        "notable",
        NURSE,
        _c("notable", name="Femi Adebayo", role="Matron, surgical wards", company="Royal Bolton"),
        [
            "hosted the monthly ward managers meeting",
            "hired two band 6s last spring",
            "wrote a book on night-shift handover (2024) - used in 3 trusts",
            "organised the xmas rota",
        ],
        how=("book on night-shift handover",),
    ),
    Case(
        "aside",
        NURSE,
        _c("aside", name="Jonas Berg", role="Co-founder", company="Tidewell"),
        [
            "building remote monitoring for heart failure patients at home",
            "alert thresholds = alarm fatigue angle (Grace's posts!), offer to share them",
        ],
        offer=("Share Grace's posts on alarm fatigue",),  # the subject kept from before the aside
        never=("fatigue angle",),
    ),
    Case(  # the demo's Jonas Lindqvist: the user's own drafted questions, not a doubt
        "drafted",
        NURSE,
        _c(
            "drafted",
            name="Nils Ekberg",
            role="Co-founder and CEO",
            company="Harbourline",
            achievements="Raised a £2m pre-seed round (2025)",
        ),
        [
            "post-op patients go home w/ a wearable patch, nurses watch a dashboard",
            "3 Qs draft: how did clinical input change teh dashboard? what would he look for "
            "in a clinician moving into product? who else in remote monitoring should I talk to?",
        ],
        plan=("How did clinical input change the dashboard?",),
        how=("clinical input",),
        never=("teh dashboard", "who else in remote monitoring"),
    ),
]
