"""A weekly review under way, kept in the store while the user writes, so that a crash, a
kill or a power cut loses none of the emails edited by hand.

It is kept as the forms' drafts are (records.FormDraft, on the profile): one draft for the
review itself (who is picked, how much of the fifteen minutes is used) and one per email
worth keeping, that is edited by hand or marked sent. Each holds its text as typed and the
email as the review first wrote it (so it still counts as edited once put back), as plain
text fields a person can read in the data folder. A review every email of which is sent is
finished, and is no longer kept.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime

from netprep.domain.followup_drafts import EmailDraft
from netprep.domain.records import FormDraft
from netprep.domain.review.proposals import ProposedTime

REVIEW_DRAFT = "review"  # the key of the review's own draft
EMAIL_DRAFT_PREFIX = "review:"  # + contact id: the key of one email's draft
YES = "yes"


def review_email_key(contact_id: str) -> str:
    return f"{EMAIL_DRAFT_PREFIX}{contact_id}"


def is_review_draft(draft: FormDraft) -> bool:
    return draft.key == REVIEW_DRAFT or draft.key.startswith(EMAIL_DRAFT_PREFIX)


@dataclass
class KeptEmail:
    contact_id: str
    contact_name: str
    drafted: EmailDraft  # as the review wrote it
    typed: EmailDraft  # as the user left it
    times: list[ProposedTime] = field(default_factory=list)  # the times it proposes
    quote_source: str = ""  # where its quotation comes from, as the review said
    sent: bool = False

    @property
    def is_edited(self) -> bool:
        return self.typed != self.drafted


@dataclass
class KeptReview:
    picked: list[str] = field(default_factory=list)  # contact ids, in the order picked
    used_seconds: float = 0.0  # of the review's fifteen minutes, when it was kept
    emails: list[KeptEmail] = field(default_factory=list)  # those edited or sent
    kept_at: datetime | None = None

    @property
    def sent(self) -> list[str]:
        return [e.contact_id for e in self.emails if e.sent]

    @property
    def finished(self) -> bool:
        """Every email picked is sent: nothing is left to keep."""
        return bool(self.picked) and all(p in self.sent for p in self.picked)

    @property
    def worth_keeping(self) -> bool:
        """Whether anything in it would be lost: an email edited by hand, or one sent."""
        return not self.finished and any(e.sent or e.is_edited for e in self.emails)

    def as_drafts(self) -> list[FormDraft]:
        head = {"picked": " ".join(self.picked), "used_seconds": f"{self.used_seconds:.0f}"}
        drafts = [FormDraft(REVIEW_DRAFT, "", "your weekly review", head)]
        drafts += [_email_draft(e) for e in self.emails]
        return drafts


def _email_draft(email: KeptEmail) -> FormDraft:
    fields = {
        "to": email.typed.to,
        "subject": email.typed.subject,
        "body": email.typed.body,
        "sent": YES if email.sent else "",
        "drafted_to": email.drafted.to,
        "drafted_subject": email.drafted.subject,
        "drafted_body": email.drafted.body,
        "times": "\n".join(f"{t.start.isoformat()} {t.end.isoformat()}" for t in email.times),
        "quote_source": email.quote_source,
    }
    key = review_email_key(email.contact_id)
    return FormDraft(key, email.contact_id, email.contact_name, fields)


def kept_review(drafts: Iterable[FormDraft]) -> KeptReview | None:
    """The review kept among ``drafts``, or None. Read leniently: the fields are plain text
    in the user's folder, and what cannot be read is left out rather than refused."""
    drafts = list(drafts)
    head = next((d for d in drafts if d.key == REVIEW_DRAFT), None)
    if head is None:
        return None
    picked = list(dict.fromkeys(head.fields.get("picked", "").split()))
    emails = [
        _kept_email(d) for d in drafts if d.key.startswith(EMAIL_DRAFT_PREFIX) and d.record_id
    ]
    order = {cid: n for n, cid in enumerate(picked)}  # an email to someone unpicked goes last
    emails.sort(key=lambda e: order.get(e.contact_id, len(order)))
    return KeptReview(picked, _seconds(head.fields.get("used_seconds", "")), emails, head.kept_at)


def _kept_email(draft: FormDraft) -> KeptEmail:
    f = draft.fields
    return KeptEmail(
        draft.record_id,
        draft.title,
        drafted=EmailDraft(
            f.get("drafted_to", ""), f.get("drafted_subject", ""), f.get("drafted_body", "")
        ),
        typed=EmailDraft(f.get("to", ""), f.get("subject", ""), f.get("body", "")),
        times=_times(f.get("times", "")),
        quote_source=f.get("quote_source", ""),
        sent=f.get("sent", "") == YES,
    )


def _times(text: str) -> list[ProposedTime]:
    found = []
    for line in text.splitlines():
        try:
            start, end = (datetime.fromisoformat(part) for part in line.split())
        except ValueError:  # not two moments: left out
            continue
        if start.tzinfo is not None and end.tzinfo is not None:
            found.append(ProposedTime(start, end))
    return found


def _seconds(text: str) -> float:
    try:
        seconds = float(text)
    except ValueError:
        return 0.0
    return seconds if math.isfinite(seconds) and seconds >= 0 else 0.0
