"""What the contact and profile forms show, field by field."""

from __future__ import annotations

from netprep.domain.records import Circle
from netprep.gui.widgets.record_form import FieldSpec, Kind, Section

CONTACT_SECTIONS = [
    Section(
        "Who",
        [
            FieldSpec("name", "&Name", placeholder="Full name"),
            FieldSpec("role", "Role", placeholder="e.g. Senior Product Manager"),
            FieldSpec("company", "Company", placeholder="e.g. Wardline Health"),
            FieldSpec("location", "Location", placeholder="City, country"),
        ],
    ),
    Section(
        "How to reach them",
        [
            FieldSpec("emails", "Emails", Kind.LIST, "name@example.org, another@example.org"),
            FieldSpec("phones", "Phones", Kind.LIST, "+44 20 7946 0000"),
            FieldSpec("links", "Links", Kind.LIST, "https://…  (profile, website, article)"),
        ],
    ),
    Section(
        "Relationship",
        [
            FieldSpec("how_we_met", "How we met", placeholder="e.g. NHS Confed 2025, panel Q&A"),
            FieldSpec("referred_by", "Referred by", Kind.REF, "Type a name…", "Who introduced you"),
            FieldSpec(
                "circle",
                "Circle",
                Kind.CHOICE,
                choices=[(c.label, c) for c in Circle],
                help="The weekly review groups people by why you keep in touch.",
            ),
            FieldSpec(
                "touch_ideal_days",
                "Keep in touch every",
                Kind.DAYS,
                help="Their own interval (not set: their circle's, see Review → Settings). "
                "The weekly review suggests them when this long has passed.",
            ),
            FieldSpec(
                "touch_max_days",
                "…and at the latest every",
                Kind.DAYS,
                help="Past this they are overdue and come first in the weekly review.",
            ),
            FieldSpec(
                "snoozed_until",
                "Snoozed until",
                Kind.DATE,
                help="Left out of the weekly review until this day (not set: never snoozed).",
            ),
        ],
    ),
    Section(
        "What they care about",
        [
            FieldSpec("interests", "Interests", Kind.LIST, "e.g. trail running, Arsenal, ceramics"),
            FieldSpec("tags", "Tags", Kind.LIST, "e.g. health-tech, mentor"),
            FieldSpec("background", "Background", Kind.TEXT, "Past roles, schools, career moves…"),
            FieldSpec("current_projects", "Current projects", Kind.TEXT, "What they work on now"),
            FieldSpec(
                "achievements", "Achievements", Kind.TEXT, "Talks, articles, launches, awards"
            ),
        ],
    ),
]

PROFILE_SECTIONS = [
    Section(
        "You",
        [
            FieldSpec("name", "&Name", placeholder="Your full name"),
            FieldSpec("headline", "Headline", placeholder="e.g. ICU nurse moving into product"),
            FieldSpec("email", "Email", placeholder="you@example.org"),
            FieldSpec("location", "Location", placeholder="City, country"),
        ],
    ),
    Section(
        "Your three sentences",
        [
            FieldSpec(
                "good_at",
                "What I'm good at",
                Kind.TEXT,
                "I'm good at … (one sentence, in your own voice)",
            ),
            FieldSpec(
                "unique", "What makes me unique", Kind.TEXT, "What I bring that few others do…"
            ),
        ],
    ),
    Section(
        "Common ground",
        [
            FieldSpec(
                "interests", "Interests", Kind.LIST, "Specific beats generic: Arsenal > sport"
            ),
            FieldSpec("employers", "Employers", Kind.LIST, "Where you have worked"),
            FieldSpec("schools", "Schools", Kind.LIST, "Where you studied"),
        ],
    ),
    Section(
        "Why you're meeting people",
        [
            FieldSpec(
                "current_goal", "Current goal", Kind.TEXT, "What you want to learn or do next"
            ),
            FieldSpec(
                "current_challenge", "Current challenge", Kind.TEXT, "Where advice would help most"
            ),
            FieldSpec(
                "availability",
                "Availability",
                placeholder="e.g. Tue and Thu 8-10am, Fri after 3pm, Europe/London",
                help="The weekly review proposes times from this, in the time zone named "
                "(else your computer's): days, times like 8-10am or after 3pm, mornings…",
            ),
        ],
    ),
]
