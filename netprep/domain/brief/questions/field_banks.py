"""Good general questions for a field, for when the notes say little.

Data, not logic. `{company}` is filled from the contact's company (templates that
need it are skipped when it is unknown). None of these asks what someone does,
where they work or about their background: those are researched, not asked.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class FieldBank:
    key: str
    label: str  # "software", "health care"…: how the brief names the field
    categories: tuple[str, ...]  # taxonomy categories (or concepts) that point to this field
    words: tuple[str, ...]  # role words that point to it when the taxonomy does not
    view: tuple[str, ...]
    how: tuple[str, ...]
    advice: tuple[str, ...]


BANKS: tuple[FieldBank, ...] = (
    FieldBank(
        "software",
        "software",
        ("technology",),
        ("engineer", "developer", "programmer", "cto", "devops", "sre", "architect"),
        view=(
            "Which change in how software gets built do you think will matter most over the next "
            "few years, and which is mostly hype?",
            "How do you see AI coding tools changing what teams expect from engineers?",
            "What do you think separates teams that ship reliably from teams that are always "
            "firefighting?",
            "What's changing fastest on the engineering side at {company} right now?",
        ),
        how=(
            "How did you decide which technologies were worth going deep on?",
            "How do you keep your skills current when the tools change so quickly?",
            "How did you get good at explaining technical trade-offs to people who aren't "
            "engineers?",
            "How did you build up trust with a new team when you joined?",
        ),
        advice=(
            "If you were starting out in software again today, what would you focus on first?",
            "What would you look for in someone joining your team from a different background?",
            "What's one thing I could do in the next three months that would make the biggest "
            "difference?",
        ),
    ),
    FieldBank(
        "product",
        "product management",
        ("product-management", "ux-design"),
        # "owner" alone is a restaurant's or a firm's: only a product owner is in product
        ("product", "pm", "product owner", "ux", "researcher"),
        view=(
            "Where do you think product work is heading over the next few years, with AI in the "
            "mix?",
            "What do you think separates product teams that ship things people use from the rest?",
            "What's the hardest product trade-off at {company} right now?",
        ),
        how=(
            "How do you decide what not to build?",
            "How did you learn to say no to stakeholders without losing them?",
            "How do you get real evidence from users before committing engineers to something?",
            "How did you build trust with the engineers on your team?",
        ),
        advice=(
            "What do hiring managers look for in someone's first product role?",
            "Which experience from another field counts as product experience, in your view?",
            "If you were moving into product today, how would you build a track record first?",
        ),
    ),
    FieldBank(
        "digital-health",
        "digital health",
        ("clinical-informatics",),
        ("informatics", "cnio", "ccio", "safety", "digital", "implementation"),
        view=(
            "Where do you see digital tools genuinely helping clinicians over the next few "
            "years, and where are they getting in the way?",
            "What do you think health-tech companies most often get wrong about how wards "
            "really work?",
            "What's the biggest change you're seeing at {company} at the moment?",
        ),
        how=(
            "How do you get clinicians to trust a new system?",
            "How did you learn to speak both the clinical and the technical language?",
            "How do you decide which risks are worth raising and which to live with?",
            "How did you build your credibility with engineers?",
        ),
        advice=(
            "Which skills would you build first if you were moving from the bedside into "
            "digital health?",
            "What do hiring managers in digital health look for that clinicians often miss?",
            "What would make a clinician's application stand out to you?",
        ),
    ),
    FieldBank(
        "health",
        "health care",
        ("health-care",),
        (
            "nurse",
            "nursing",
            "midwife",
            "doctor",
            "physician",
            "clinician",
            "clinical",
            "matron",
            "physiotherapist",
            "pharmacist",
            "paramedic",
            "ward",
        ),
        view=(
            "What do you think will change most for nurses and clinicians over the next five "
            "years?",
            "Where do you see technology genuinely helping on the wards, and where is it "
            "getting in the way?",
            "What's the biggest change you're seeing at {company} at the moment?",
            "How do you see the balance between hands-on care and the growing data and admin load "
            "shifting?",
        ),
        how=(
            "How did you decide which area of practice was right for you?",
            "How do you look after yourself in such a demanding job?",
            "How did you find the mentors who made a difference to you?",
            "How did you build the confidence to take on more responsibility?",
        ),
        advice=(
            "What would you tell a clinician thinking about a step away from the bedside?",
            "Which skills outside clinical practice would you build first if you were me?",
            "What do hiring managers in health care look for that people often miss?",
        ),
    ),
    FieldBank(
        "finance",
        "finance",
        ("finance",),
        (
            "accountant",
            "analyst",
            "auditor",
            "cfo",
            "controller",
            "banker",
            "actuary",
            "fp&a",
            "treasurer",
            "investment",
            "finance",
        ),
        view=(
            "What do you think will change most in finance teams over the next few years: "
            "automation, regulation, something else?",
            "How do you see the finance role shifting from reporting the numbers to shaping "
            "decisions?",
            "What's keeping the finance side of {company} busiest right now?",
            "Which skills do you think will matter most for finance people five years from now?",
        ),
        how=(
            "How did you learn to turn analysis into something senior people actually act on?",
            "How did you decide between staying technical and moving into leadership?",
            "How did you build trust with the business side early on?",
        ),
        advice=(
            "If you were me, which qualification or experience would you prioritise next?",
            "What do you look for when you hire someone into a finance role?",
            "What's one mistake you see people make when they move between areas of finance?",
        ),
    ),
    FieldBank(
        "arts",
        "the creative industries",
        ("arts", "music"),
        (
            "artist",
            "designer",
            "illustrator",
            "curator",
            "photographer",
            "musician",
            "writer",
            "author",
            "animator",
            # a director of a company or a department is not an artist: name the art
            "art director",
            "creative director",
            "artistic director",
            "film director",
            "theatre director",
            "music director",
            "musical director",
            "casting director",
            "studio",
            "gallery",
            "theatre",
            "editor",
        ),
        view=(
            "How do you see the way artists find work and audiences changing right now?",
            "What do you think is changing most in your corner of the creative industries?",
            "What do you make of AI-generated images, and what do you think it means for working "
            "artists?",
        ),
        how=(
            "How did you find your own voice and style?",
            "How did you land your first paid commissions?",
            "How do you balance the work that pays with the work you most want to make?",
            "How did you build a network of people who send work your way?",
        ),
        advice=(
            "If you were building a portfolio from scratch today, what would you put in it?",
            "What do art directors and clients actually look for that people often miss?",
            "How would you price and pitch work if you were starting again?",
        ),
    ),
    FieldBank(
        "trades",
        "the trades",
        ("skilled-trades",),
        (
            "electrician",
            "plumber",
            "carpenter",
            "joiner",
            "welder",
            "mechanic",
            "installer",
            "builder",
            "contractor",
            "technician",
            "apprentice",
            "engineer",
            "foreman",
            "journeyman",
            "lineman",
            "pipefitter",
            "roofer",
            "plasterer",
            "bricklayer",
            "electrical",
            "electric",
        ),
        view=(
            "What do you think will change most in the trades over the next five years?",
            "How do you see the move to low-carbon work (heat pumps, solar, EV chargers) changing "
            "the trade?",
            "What's the biggest difference between firms that grow and firms that stay small?",
        ),
        how=(
            "How did you build up a steady flow of customers?",
            "How do you find and keep good people?",
            "How did you decide which qualifications were worth getting?",
            "How did you learn the business side: pricing, quoting and cash flow?",
        ),
        advice=(
            "If you were starting out on your own again, what would you do differently?",
            "Which certifications would you get first if you were in my position?",
            "What would make you take a chance on someone new to your firm?",
        ),
    ),
    FieldBank(
        "academia",
        "academia",
        ("higher-education", "science", "research-funding"),
        (
            "professor",
            "lecturer",
            "researcher",
            "postdoc",
            "fellow",
            "phd",
            "scientist",
            "dean",
            "reader",
            "academic",
        ),
        view=(
            "Where do you think your field is heading over the next five years?",
            "How do you see funding pressures changing what research gets done?",
            "What do you make of the growing traffic between academia and industry?",
        ),
        how=(
            "How did you choose the research questions that have defined your work?",
            "How did you build your first collaborations?",
            "How do you protect time for your own research?",
            "How did you approach your first big grant?",
        ),
        advice=(
            "If you were in my position, what would you prioritise in the next two years?",
            "What makes an application or a CV stand out to you?",
            "What do you wish you had known at my stage?",
        ),
    ),
)

GENERAL = FieldBank(
    "general",
    "your field",
    (),
    (),
    view=(
        "What do you think will change most in your line of work over the next few years?",
        "What's changing fastest at {company} right now, from where you sit?",
        "What do people outside your field most often misunderstand about it?",
        "Which trends are you paying most attention to at the moment?",
        "What's a problem in your world that you think deserves more attention?",
        "What do you think your field will look back on in ten years and wonder why it took "
        "so long?",
    ),
    how=(
        "How did you decide what to specialise in?",
        "How do you keep learning while doing a demanding job?",
        "How did you find the people who helped you most in your career?",
        "How do you decide which opportunities to say yes to?",
        "How did you handle the hardest decision you've had to make at work?",
        "How do you find out what's really going on when people are too polite to tell you?",
    ),
    advice=(
        "If you were in my shoes, what would you do in the next three months?",
        "What do you wish someone had told you when you were at my stage?",
        "What would make someone like me stand out to you?",
        "What's the most useful thing I could learn or read right now?",
        "What's one mistake you see people at my stage make again and again?",
    ),
)
