"""The weekly review as a timed session: fifteen minutes on the same clock as the meeting
timer, from the list to three emails sent. Time left is computed from a monotonic clock
each time it is asked (a screen that repaints late never makes the session drift)."""

from __future__ import annotations

from dataclasses import dataclass, field

REVIEW_SECONDS = 15 * 60
MIN_PICKED, MAX_PICKED = 1, 5


@dataclass
class ReviewSession:
    started: float  # Clock.monotonic() when the review began
    length: float = REVIEW_SECONDS
    picked: list[str] = field(default_factory=list)  # contact ids, in the order picked
    sent: list[str] = field(default_factory=list)  # contact ids whose email was marked sent

    def remaining(self, monotonic_now: float) -> float:
        """Seconds left; negative once the fifteen minutes are over."""
        return self.length - (monotonic_now - self.started)

    def is_over(self, monotonic_now: float) -> bool:
        return self.remaining(monotonic_now) <= 0

    def can_write(self) -> bool:
        return MIN_PICKED <= len(self.picked) <= MAX_PICKED

    def toggle(self, contact_id: str) -> bool:
        """Pick or unpick someone; False when a sixth would be picked (refused)."""
        if contact_id in self.picked:
            self.picked.remove(contact_id)
            return True
        if len(self.picked) >= MAX_PICKED:
            return False
        self.picked.append(contact_id)
        return True

    def mark_sent(self, contact_id: str) -> None:
        if contact_id not in self.sent:
            self.sent.append(contact_id)

    @property
    def all_sent(self) -> bool:
        return bool(self.picked) and all(p in self.sent for p in self.picked)


def clock_text(seconds: float) -> str:
    """ "14:05" for time left, "+1:30" once over."""
    whole = int(abs(seconds) + (0.999 if seconds > 0 else 0))
    minutes, secs = divmod(whole, 60)
    sign = "+" if seconds < 0 and whole else ""
    return f"{sign}{minutes}:{secs:02d}"
