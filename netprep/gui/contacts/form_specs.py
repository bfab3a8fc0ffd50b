"""What the contact and profile forms show, field by field (marked for the catalog under
"RecordForm"; the form translates each text when it shows it)."""

from __future__ import annotations

from netprep.domain.records import Circle
from netprep.gui.widgets.record_form import FieldSpec, Kind, Section
from netprep.gui.words import QT_TRANSLATE_NOOP

CONTACT_SECTIONS = [
    Section(
        QT_TRANSLATE_NOOP("RecordForm", "Who"),
        [
            FieldSpec(
                "name",
                QT_TRANSLATE_NOOP("RecordForm", "&Name"),
                placeholder=QT_TRANSLATE_NOOP("RecordForm", "Full name"),
            ),
            FieldSpec(
                "role",
                QT_TRANSLATE_NOOP("RecordForm", "Role"),
                placeholder=QT_TRANSLATE_NOOP("RecordForm", "e.g. Senior Product Manager"),
            ),
            FieldSpec(
                "company",
                QT_TRANSLATE_NOOP("RecordForm", "Company"),
                placeholder=QT_TRANSLATE_NOOP("RecordForm", "e.g. Wardline Health"),
            ),
            FieldSpec(
                "location",
                QT_TRANSLATE_NOOP("RecordForm", "Location"),
                placeholder=QT_TRANSLATE_NOOP("RecordForm", "City, country"),
            ),
        ],
    ),
    Section(
        QT_TRANSLATE_NOOP("RecordForm", "How to reach them"),
        [
            FieldSpec(
                "emails",
                QT_TRANSLATE_NOOP("RecordForm", "Emails"),
                Kind.LIST,
                "name@example.org, another@example.org",
            ),
            FieldSpec(
                "phones", QT_TRANSLATE_NOOP("RecordForm", "Phones"), Kind.LIST, "+44 20 7946 0000"
            ),
            FieldSpec(
                "links",
                QT_TRANSLATE_NOOP("RecordForm", "Links"),
                Kind.LIST,
                QT_TRANSLATE_NOOP("RecordForm", "https://…  (profile, website, article)"),
            ),
        ],
    ),
    Section(
        QT_TRANSLATE_NOOP("RecordForm", "Relationship"),
        [
            FieldSpec(
                "how_we_met",
                QT_TRANSLATE_NOOP("RecordForm", "How we met"),
                placeholder=QT_TRANSLATE_NOOP("RecordForm", "e.g. NHS Confed 2025, panel Q&A"),
            ),
            FieldSpec(
                "referred_by",
                QT_TRANSLATE_NOOP("RecordForm", "Referred by"),
                Kind.REF,
                QT_TRANSLATE_NOOP("RecordForm", "Type a name…"),
                QT_TRANSLATE_NOOP("RecordForm", "Who introduced you"),
            ),
            FieldSpec(
                "circle",
                QT_TRANSLATE_NOOP("RecordForm", "Circle"),
                Kind.CHOICE,
                choices=[(c.label, c) for c in Circle],
                help=QT_TRANSLATE_NOOP(
                    "RecordForm", "The weekly review groups people by why you keep in touch."
                ),
            ),
            FieldSpec(
                "touch_ideal_days",
                QT_TRANSLATE_NOOP("RecordForm", "Keep in touch every"),
                Kind.DAYS,
                help=QT_TRANSLATE_NOOP(
                    "RecordForm",
                    "Their own interval (not set: their circle's, see Review → Settings). "
                    "The weekly review suggests them when this long has passed.",
                ),
            ),
            FieldSpec(
                "touch_max_days",
                QT_TRANSLATE_NOOP("RecordForm", "…and at the latest every"),
                Kind.DAYS,
                help=QT_TRANSLATE_NOOP(
                    "RecordForm", "Past this they are overdue and come first in the weekly review."
                ),
            ),
            FieldSpec(
                "snoozed_until",
                QT_TRANSLATE_NOOP("RecordForm", "Snoozed until"),
                Kind.DATE,
                help=QT_TRANSLATE_NOOP(
                    "RecordForm",
                    "Left out of the weekly review until this day (not set: never snoozed).",
                ),
            ),
        ],
    ),
    Section(
        QT_TRANSLATE_NOOP("RecordForm", "What they care about"),
        [
            FieldSpec(
                "interests",
                QT_TRANSLATE_NOOP("RecordForm", "Interests"),
                Kind.LIST,
                QT_TRANSLATE_NOOP("RecordForm", "e.g. trail running, Arsenal, ceramics"),
            ),
            FieldSpec(
                "tags",
                QT_TRANSLATE_NOOP("RecordForm", "Tags"),
                Kind.LIST,
                QT_TRANSLATE_NOOP("RecordForm", "e.g. health-tech, mentor"),
            ),
            FieldSpec(
                "background",
                QT_TRANSLATE_NOOP("RecordForm", "Background"),
                Kind.TEXT,
                QT_TRANSLATE_NOOP("RecordForm", "Past roles, schools, career moves…"),
            ),
            FieldSpec(
                "current_projects",
                QT_TRANSLATE_NOOP("RecordForm", "Current projects"),
                Kind.TEXT,
                QT_TRANSLATE_NOOP("RecordForm", "What they work on now"),
            ),
            FieldSpec(
                "achievements",
                QT_TRANSLATE_NOOP("RecordForm", "Achievements"),
                Kind.TEXT,
                QT_TRANSLATE_NOOP("RecordForm", "Talks, articles, launches, awards"),
            ),
        ],
    ),
]

PROFILE_SECTIONS = [
    Section(
        QT_TRANSLATE_NOOP("RecordForm", "You"),
        [
            FieldSpec(
                "name",
                QT_TRANSLATE_NOOP("RecordForm", "&Name"),
                placeholder=QT_TRANSLATE_NOOP("RecordForm", "Your full name"),
            ),
            FieldSpec(
                "headline",
                QT_TRANSLATE_NOOP("RecordForm", "Headline"),
                placeholder=QT_TRANSLATE_NOOP("RecordForm", "e.g. ICU nurse moving into product"),
            ),
            FieldSpec(
                "email", QT_TRANSLATE_NOOP("RecordForm", "Email"), placeholder="you@example.org"
            ),
            FieldSpec(
                "location",
                QT_TRANSLATE_NOOP("RecordForm", "Location"),
                placeholder=QT_TRANSLATE_NOOP("RecordForm", "City, country"),
            ),
        ],
    ),
    Section(
        QT_TRANSLATE_NOOP("RecordForm", "Your three sentences"),
        [
            FieldSpec(
                "good_at",
                QT_TRANSLATE_NOOP("RecordForm", "What I'm good at"),
                Kind.TEXT,
                QT_TRANSLATE_NOOP("RecordForm", "I'm good at … (one sentence, in your own voice)"),
            ),
            FieldSpec(
                "unique",
                QT_TRANSLATE_NOOP("RecordForm", "What makes me unique"),
                Kind.TEXT,
                QT_TRANSLATE_NOOP("RecordForm", "What I bring that few others do…"),
            ),
        ],
    ),
    Section(
        QT_TRANSLATE_NOOP("RecordForm", "Common ground"),
        [
            FieldSpec(
                "interests",
                QT_TRANSLATE_NOOP("RecordForm", "Interests"),
                Kind.LIST,
                QT_TRANSLATE_NOOP("RecordForm", "Specific beats generic: Arsenal > sport"),
            ),
            FieldSpec(
                "employers",
                QT_TRANSLATE_NOOP("RecordForm", "Employers"),
                Kind.LIST,
                QT_TRANSLATE_NOOP("RecordForm", "Where you have worked"),
            ),
            FieldSpec(
                "schools",
                QT_TRANSLATE_NOOP("RecordForm", "Schools"),
                Kind.LIST,
                QT_TRANSLATE_NOOP("RecordForm", "Where you studied"),
            ),
        ],
    ),
    Section(
        QT_TRANSLATE_NOOP("RecordForm", "Why you're meeting people"),
        [
            FieldSpec(
                "current_goal",
                QT_TRANSLATE_NOOP("RecordForm", "Current goal"),
                Kind.TEXT,
                QT_TRANSLATE_NOOP("RecordForm", "What you want to learn or do next"),
            ),
            FieldSpec(
                "current_challenge",
                QT_TRANSLATE_NOOP("RecordForm", "Current challenge"),
                Kind.TEXT,
                QT_TRANSLATE_NOOP("RecordForm", "Where advice would help most"),
            ),
            FieldSpec(
                "availability",
                QT_TRANSLATE_NOOP("RecordForm", "Availability"),
                placeholder=QT_TRANSLATE_NOOP(
                    "RecordForm", "e.g. Tue and Thu 8-10am, Fri after 3pm, Europe/London"
                ),
                help=QT_TRANSLATE_NOOP(
                    "RecordForm",
                    "The weekly review proposes times from this, in the time zone named "
                    "(else your computer's): days, times like 8-10am or after 3pm, mornings…",
                ),
            ),
        ],
    ),
]
