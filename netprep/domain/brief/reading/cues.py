"""Cue phrases that mark a fact in a note: "led …", "switched …", "grew up in …".

Data only. Each cue is (kind, family, pattern): the kind says what sort of fact it
is, the family how to ask about it ("lead" -> "how did you get everyone on board?").
Patterns are case-insensitive; order matters where two could match the same words
(the first listed wins for that span).
"""

from __future__ import annotations

import re
from enum import StrEnum


class FactKind(StrEnum):
    ACHIEVEMENT = "achievement"
    CAREER_MOVE = "career_move"
    CURRENT = "current"
    EDUCATION = "education"
    ORIGIN = "origin"
    HOME = "home"
    FAMILY = "family"
    PAST_EMPLOYER = "past_employer"
    OPINION = "opinion"
    WORK = "work"  # something they made or said in public: worth promoting


_ART = r"(?:the|a|an|her|his|their|its|our|own|two|three|\d+|~\d+)"
_QUALIFICATION = (
    r"(?:MSc|MA|MBA|PhD|DPhil|MPhil|MRes|PGCE|PGDip|masters|master's|doctorate|apprenticeship"
    r"|certification|certificate|qualification|diploma|bootcamp|course|degree|chartership"
    r"|ACA|ACCA|CIMA|CFA|CPA|licen[cs]e|18th edition|MCS)"
)
_ENDURANCE = (
    r"(?:marathon|ultra\w*|half|triathlon|ironman|10k|5k|race|sportive|channel|swim"
    r"|3 peaks|three peaks)"
)

# What one runs as a piece of work, and what one runs as an event for people to come to.
_JOB = (
    r"install(?:ation)?s?|project|programme|program|rollout|roll-out|migration|job|site|build"
    r"|refurb\w*|upgrade|pilot|audit|review|contract|fit-out|implementation|transformation"
)
_EVENT = r"conference|meetup|event|workshop|festival|hackathon|series|club|night|retreat"
# What one runs for people to gather in, online or off: a thing someone built and keeps going.
_COMMUNITY = (
    rf"{_EVENT}|slack|discord|community|network|forum|newsletter|podcast|mailing list|circle"
    r"|(?:whatsapp|facebook|linkedin|telegram|signal|support|peer|reading|book|study|user"
    r"|alumni|mentoring|running|walking|parent|interest)\s+group"
)

CUES: list[tuple[FactKind, str, str]] = [
    # -- things they did ------------------------------------------------------------------
    (
        FactKind.ACHIEVEMENT,
        "endurance",
        rf"\b(?:ran|completed|finished|did)\b(?=[^.;,]{{0,40}}\b{_ENDURANCE})",
    ),
    (
        FactKind.ACHIEVEMENT,
        "endurance",
        r"\b(?:cycled|swam|climbed|summited|hiked|walked) (?:the|from|across|up|to)\b",
    ),
    (FactKind.ACHIEVEMENT, "lead", r"\b(?:co-?)?led\b|\bheaded up\b|\bspearheaded\b"),
    (  # "ran the solar install": a piece of work led, not an event put on
        FactKind.ACHIEVEMENT,
        "lead",
        rf"\bran (?:a|the|her|his|their)\b(?=(?:\s+(?!{_EVENT})[\w'’-]+){{0,4}}?\s+(?:{_JOB})\b)",
    ),
    (FactKind.ACHIEVEMENT, "lead", rf"(?<!\bto )(?<!\bthe )(?<!\ba )\blead\b(?= {_ART}\b)"),
    (FactKind.ACHIEVEMENT, "found", r"\b(?:co-?)?founded\b"),
    (
        FactKind.ACHIEVEMENT,
        "found",
        rf"\b(?:started|opened|set up) (?:{_ART} )?(?:own )?(?:business|company|firm|studio"
        r"|practice|shop|charity|meetup|podcast|agency|consultancy|lab)\b",
    ),
    (
        FactKind.ACHIEVEMENT,
        "launch",
        r"\blaunched\b|\bshipped\b|\brolled out\b|\bwent live\b|\breleased\b",
    ),
    (
        FactKind.ACHIEVEMENT,
        "write",
        r"\b(?:co-?)?wrote\b|\b(?:co-?)?authored\b|\b(?:self-)?published\b",
    ),
    (
        FactKind.ACHIEVEMENT,
        "speak",
        r"\bspoke (?:at|on|about)\b"
        r"|\bgave (?:a|an|the)(?: \w+)? (?:talk|keynote|lecture|presentation|workshop)\b"
        r"|\bpresented (?:at|on)\b|\bkeynoted\b|\bwas on (?:a|the) panel\b|\b(?:was a )?guest on\b"
        r"|\bappeared on\b",
    ),
    (
        FactKind.ACHIEVEMENT,
        "build",
        r"\bbuilt\b|\bcreated\b|\bdesigned\b|\bdeveloped\b|\bput together\b|\bestablished\b"
        r"|\bintroduced\b(?! (?:by|to)\b)|\bmigrated\b|\brebuilt\b|\bredesigned\b|\bautomated\b"
        r"|\bimplemented\b"
        r"|\bset up\b",
    ),
    (  # open source work people are known for: "maintains a Flink connector w/ 2k stars"
        FactKind.ACHIEVEMENT,
        "build",
        r"\bmaintain(?:s|ed)?\b(?=[^.;]{0,60}\b(?:library|connector|package|project|plugin"
        r"|tool|framework|repo|SDK|stars)\b)|\b(?:the |a )?(?:co-?)?(?:maintainer|creator) of\b",
    ),
    (
        FactKind.ACHIEVEMENT,
        "grow",
        r"\bgrew\b(?! up)|\bscaled\b|\bdoubled\b|\btripled\b|\bexpanded\b",
    ),
    (
        FactKind.ACHIEVEMENT,
        "improve",
        r"\bturned (?:it|things|the \w+) around\b|\breduced\b|\bcut\b(?=[^.;]{0,40}%)|\bimproved\b"
        r"|\bhalved\b",
    ),
    (
        FactKind.ACHIEVEMENT,
        "win",
        r"\bwon\b(?!['’])|\b(?:was )?awarded\b|\b(?:was )?shortlisted\b|\bwas named\b"
        r"|\b(?:got|secured|landed|received) (?:an?|the|her|his|their|two|three) [^,;.]{0,40}?"
        r"\b(?:grant|award|prize|fellowship|scholarship|funding|contract|bursary)\b",
    ),
    (FactKind.ACHIEVEMENT, "raise", r"\braised\b(?! (?:in|by|on|up)\b)"),
    (
        FactKind.ACHIEVEMENT,
        "organise",
        r"\borgani[sz]ed\b|\bhosted\b"
        rf"|\bran (?:a|the) (?!\w* ?(?:marathon|half|ultra|race))"
        rf"(?!(?:(?!{_EVENT})[\w'’-]+\s+){{0,4}}?(?:{_JOB})\b)",
    ),
    (  # "runs a 2k-member Slack", "hosts a monthly meetup": built by them, and still going
        FactKind.ACHIEVEMENT,
        "organise",
        r"\b(?:runs|co-runs|hosts|co-hosts|organi[sz]es|co-organi[sz]es|moderates|curates)\s+"
        rf"(?:{_ART}\s+)?(?:[\w'’~-]+\s+){{0,5}}?(?:{_COMMUNITY})\b",
    ),
    (FactKind.ACHIEVEMENT, "team", r"\bhired\b|\brecruited\b"),
    (FactKind.ACHIEVEMENT, "teach", r"\btaught\b|\bmentored\b|\bcoached\b|\bsupervised\b"),
    (
        FactKind.ACHIEVEMENT,
        "qualify",
        rf"\bqualified\b|\bgot (?:{_ART} )?[^,;.]{{0,30}}?\b{_QUALIFICATION}\b|\bearned\b"
        rf"|\bpassed (?:{_ART} )?[^,;.]{{0,30}}?\b{_QUALIFICATION}\b"
        rf"|\bcompleted (?:{_ART} )?[^,;.]{{0,30}}?\b{_QUALIFICATION}\b"
        r"|\bbecame (?:chartered|certified|qualified)\b|\bgot (?:\w+ )?certified\b",
    ),
    (
        FactKind.ACHIEVEMENT,
        "step_up",
        r"\b(?:got |was )?promoted\b|\bmade (?:partner|director|principal|head|senior)\b"
        r"|\bbecame (?:a|an|the|head|director|partner|chief|lead|principal)\b",
    ),
    # -- moves ----------------------------------------------------------------------------
    (
        FactKind.CAREER_MOVE,
        "move",
        r"\bswitched\b|\bmoved (?:from|into|over|across|sideways)\b|\bmoved to (?=(?-i:[a-z]))"
        r"|\btransitioned\b|\bchanged careers?\b|\bcareer change\b|\bpivoted\b|\bretrained\b"
        r"|\bwent from\b|\bjumped (?:from|to|into|ship)\b|\bmade the (?:jump|leap|move|switch)\b"
        r"|\bleft \S+(?: \S+)? (?:to|for) ",
    ),
    # -- what they're doing now --------------------------------------------------------------
    (
        FactKind.CURRENT,
        "panel",
        r"\b(?:sits|serves|is) on (?:the |a )?[^,;.()]{0,60}?\b(?:panel|committee|jury|board)\b",
    ),
    (
        FactKind.CURRENT,
        "lead",
        r"\bPI of\b|\b(?:runs|heads|leads|chairs|manages|teaches|hosts|coaches|organi[sz]es"
        r"|co-hosts|edits|mentors) (?:up )?(?:the|a|an|her|his|their|two|three)\b",
    ),
    (
        FactKind.CURRENT,
        "now",
        r"\b(?:currently|right now|at the moment|atm|these days|just started)\b:?"
        r"|\bnow\b(?= (?:\w+ing|working|based|at|in charge)\b)"
        r"|\bworking on\b|\bbusy with\b|\bin the middle of\b"
        r"|\b(?:is|'s|’s|are) (?:now )?(?:leading|building|running|launching|writing|setting up"
        r"|rolling out|developing|planning|hiring|raising|preparing|migrating|studying|training"
        r"|growing|doing|starting|organi[sz]ing|working)\b",
    ),
    # -- biography: known, so never asked ------------------------------------------------------
    (
        FactKind.EDUCATION,
        "study",
        rf"\b(?:did|does|doing|has|got|completed|finishing) (?:{_ART} )?(?:part[- ]time )?"
        r"(?:MSc|MA|MBA|PhD|DPhil|MPhil|MRes|PGCE|masters|master's|doctorate)\b"
        r"|\b(?:MSc|MBA|PhD|DPhil|MPhil|MRes|PGCE)\b(?= (?:at|from|in)\b)",
    ),
    (
        FactKind.EDUCATION,
        "school",
        r"\bstudied\b|\bread (?=(?-i:[A-Z])\w+ (?:at|in)\b)|\bgraduated\b|\balum(?:na|nus|ni)?\b"
        r"|(?<=\w )grad\b|\bdegree (?:in|from|at)\b"
        r"|\b(?:BSc|BA|BEng|MEng|LLB)\b(?= (?:at|from|in)\b)|\bwent to (?:uni|university|college)\b"
        r"|\bwent to (?=(?-i:[A-Z])\w+ (?:University|College|School)\b)",
    ),
    (
        FactKind.ORIGIN,
        "origin",
        r"\bgrew up (?:in|on|near|around|outside)\b|\bborn (?:and raised )?in\b|\boriginally from\b"
        r"|\braised in\b|\bhails from\b|\b(?:is|comes) from (?=(?-i:[A-Z]))",
    ),
    (
        FactKind.HOME,
        "home",
        r"\b(?:lives?|living|based|settled) (?:in|out of|near) (?=(?:the )?(?-i:[A-Z]))"
        r"|\brelocated to\b"
        r"|\bmoved (?:back )?to (?=(?-i:[A-Z]))",
    ),
    (
        FactKind.FAMILY,
        "family",
        r"\b(?:kids?|children(?!['’]s)|daughters?|sons?|twins|toddlers?|baby|grandkids"
        r"|grandchildren|step-?kids|stepson|stepdaughter|wife|husband|married|newborn|new dad"
        r"|new mum|new mom|mum of|mom of|dad of|father of|mother of)\b",
    ),
    (
        FactKind.PAST_EMPLOYER,
        "past_employer",
        r"\bprev(?:iously|\.)? (?:at|with)\b|\bformerly(?: at| with)?\b(?= (?-i:[A-Z]))"
        r"|\bex-(?=(?-i:[A-Z]))"
        r"|\bused to work (?:at|for|with)\b|\bworked (?:at|for)\b|\bjoined from\b"
        r"|\bspent (?:\w+ )?(?:\d+|a few|several|many|two|three|four|five|six|seven|eight|nine"
        r"|ten)\+? (?:years?|yrs?) (?:at|with)\b|\bbefore that,? (?:at|with)\b"
        r"|\bstarted (?:her|his|their|out) career (?:at|with)\b|\bqualified (?:\w+ )?at\b"
        r"|\btrained at\b|\bbefore that,? (?:she|he|they) (?:was|were) [^,.;]{2,40}? at\b"
        r"|\bwas (?:a|an) [^,.;]{2,40}? for (?:\d+|a few|many|several)\+? (?:years?|yrs?)\b",
    ),
    # -- views they already hold: do not ask for them --------------------------------------------
    (
        FactKind.OPINION,
        "opinion",
        r"\b(?:biggest|real|main) (?:problem|issue|challenge|risk|mistake)\b"
        r"|\bthe (?:key|trick) is\b"
        r"|\b(?:thinks|believes|reckons|argues|feels strongly|has strong (?:views|opinions)"
        r"|is (?:sceptical|skeptical|bullish|bearish|critical|convinced|wary)|says that|said that"
        r"|(?:her|his|their) (?:take|view) (?:is|on))\b"
        # "she says managers should still do a clinical shift": a view, said as one
        r"|\b(?:says|said|feels|insists|swears)\b(?=(?:\s+that)?\s+[^,;.?]{0,60}?\b(?:should"
        r"|shouldn['’]t|must|mustn['’]t|ought to|needs? to|has to|have to|never|always)\b)",
    ),
]

COMPILED: list[tuple[FactKind, str, re.Pattern[str]]] = [
    (kind, family, re.compile(pattern, re.IGNORECASE)) for kind, family, pattern in CUES
]

# Things a person makes that are worth promoting, and signs that they made it.
WORK_NOUN = re.compile(
    r"(?<!\bto )\b(?:talk(?! (?:to|with|about|through)\b)|keynote|article|blog ?post|blog"
    r"|podcast|book|picture book|paper|newsletter"
    r"|exhibition|show|album|webinar|course|video|documentary|library|app|zine|column|op-ed|panel"
    r"|piece|report|launch|portfolio|channel|workshop|masterclass|lecture|case study|textbook"
    r"|novel|handbook|guide|documentary|film)\b",
    re.IGNORECASE,
)
WORK_SIGNAL = re.compile(
    r"\b(?:her|his|their|own|hosts?|co-hosts?|host of|has a|runs a|guest on|featured in"
    r"|interviewed|wrote up|presented|spoke|gave|published|wrote|launched|released|authored"
    r"|co-wrote|keynoted|exhibited|self-published)\b",
    re.IGNORECASE,
)

# How to ask about each family of achievement ("how did you …?").
FOLLOW_UPS: dict[str, str] = {
    "lead": "how did you get everyone on board?",
    "build": "how did you decide what to build first?",
    "launch": "how did you get it off the ground?",
    "found": "what made you decide to start it, and how did you get it going?",
    "write": "how did you make the time to write it alongside everything else?",
    "speak": "how did that come about, and how did you prepare?",
    "grow": "how did you grow it without losing what made it work?",
    "improve": "how did you pull that off?",
    "win": "what do you think made the difference?",
    "raise": "how did you go about it?",
    "endurance": "how did you fit the training around work?",
    "organise": "how did you get it off the ground and get people to come?",
    "team": "how did you find the right people?",
    "teach": "how did you approach it?",
    "qualify": "how did you go about it, and was it worth the effort?",
    "step_up": "how did you make that step up?",
    "move": "how did you make that move?",
    "study": "how did you decide it was worth doing, and how did you fit it around work?",
}
FOLLOW_UPS_NOW: dict[str, str] = {
    "lead": "how are you bringing people along with you?",
    "build": "how are you deciding what to build first?",
    "launch": "how are you getting it ready for launch?",
    "write": "how are you finding the time to write?",
    "hire": "how are you finding the right people?",
    "move": "how are you going about it?",
    "now": "how are you approaching it?",
}
# When the note already says how they did it, ask what they'd do differently instead.
FOLLOW_UP_KNOWN_METHOD = "looking back, what would you do differently?"
KNOWN_METHOD = re.compile(
    r"\b(?:by|via|through|thanks to|after being|using|with help from|on the back of)\b",
    re.IGNORECASE,
)
GERUND_FAMILY = {
    "leading": "lead",
    "building": "build",
    "launching": "launch",
    "writing": "write",
    "hiring": "hire",
    "rolling": "launch",
    "setting": "build",
    "migrating": "build",
    "developing": "build",
    "moving": "move",
    "growing": "lead",
    "running": "lead",
    "starting": "build",
    "organising": "lead",
    "organizing": "lead",
    "rebuilding": "build",
    "redesigning": "build",
    "designing": "build",
    "creating": "build",
    "rewriting": "write",
    "scaling": "grow",
    "piloting": "launch",
    "overhauling": "build",
}
