"""Keeping in touch after the meeting: follow-ups and their drafts, sending them, logging touches.

``service`` lists and changes follow-ups; ``touches`` logs an email, call, message or chance
meeting (any of them counts as "last contacted"); ``mail`` turns a draft into a ``mailto:``
link or an ``.eml`` file without netprep touching the network.
"""

from netprep.services.followups.service import FollowUpFilter, FollowUpRow, FollowUpService

__all__ = ["FollowUpFilter", "FollowUpRow", "FollowUpService"]
