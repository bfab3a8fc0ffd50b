"""Merge two contacts who are the same person: field by field, history moved, undoable.

The survivor keeps its id (so links elsewhere stay valid). For each differing field
the user picks a side; lists (emails, phones, links, tags, interests) are joined. Notes,
meetings, interactions, follow-ups, referral links and "referred by" links of the other
contact move to the survivor, and the other contact is deleted: one change, one undo.
"""

from __future__ import annotations

import copy
import dataclasses
from collections.abc import Collection
from dataclasses import dataclass
from typing import Any

from netprep.domain.message import Message
from netprep.domain.records import Contact, Record
from netprep.services.errors import NotFoundError, UserError
from netprep.services.transfer.merging import fill_in
from netprep.services.transfer.writes import Change, UndoHistory, apply_change, repository
from netprep.store.store import Store

_NOT_CHOSEN = frozenset({"id", "created_at", "updated_at"})
#: tables whose records point at a contact through ``contact_id``
_OWNED = ("notes", "meetings", "interactions", "followups")


@dataclass
class FieldChoice:
    name: str
    label: str
    kept: str  # the survivor's value, as text
    other: str  # the other contact's value, as text
    joined: bool  # a list: both sides are kept, nothing to choose

    @property
    def differs(self) -> bool:
        return self.kept != self.other


@dataclass
class MergePlan:
    survivor: Contact
    other: Contact
    fields: list[FieldChoice]
    moves: dict[str, int]  # table -> how many records move to the survivor

    def default_choices(self) -> set[str]:
        """Fields to take from the other contact when the survivor's is empty."""
        return {f.name for f in self.fields if not f.joined and not f.kept and f.other}


def _text(value: Any) -> str:
    if isinstance(value, list):
        return ", ".join(map(str, value))
    label = getattr(value, "label", None)
    if isinstance(label, str) and getattr(value, "value", None):
        return label
    return "" if value is None or getattr(value, "value", value) == "" else str(value)


class ContactMergeService:
    def __init__(self, store: Store, history: UndoHistory) -> None:
        self._store = store
        self._history = history

    def plan(self, survivor_id: str, other_id: str) -> MergePlan:
        survivor, other = self._pair(survivor_id, other_id)
        fields = []
        for spec in dataclasses.fields(Contact):
            if spec.name in _NOT_CHOSEN:
                continue
            mine, theirs = getattr(survivor, spec.name), getattr(other, spec.name)
            label = spec.name.replace("_", " ").capitalize()
            if spec.name == "referred_by":
                mine, theirs = self._name(mine), self._name(theirs)
            fields.append(
                FieldChoice(spec.name, label, _text(mine), _text(theirs), isinstance(mine, list))
            )
        moves = {table: len(self._owned(table, other.id)) for table in _OWNED}
        moves["referrals"] = len(self._referrals(other.id))
        moves["contacts"] = len(self._store.contacts.where("referred_by", other.id))
        return MergePlan(survivor, other, fields, moves)

    def merge(self, survivor_id: str, other_id: str, take_from_other: Collection[str]) -> str:
        """Merge; ``take_from_other`` names the fields whose value comes from the other
        contact. Returns a message for the user; undo with TransferService.undo()."""
        survivor, other = self._pair(survivor_id, other_id)
        merged = copy.deepcopy(survivor)
        for name in take_from_other:
            if name in _NOT_CHOSEN or not hasattr(merged, name):
                raise UserError("“{name}” is not a contact field.", name=name)
            setattr(merged, name, copy.deepcopy(getattr(other, name)))
        merged, _ = fill_in(merged, other)  # lists joined, empty fields filled
        if merged.referred_by in (other.id, survivor.id):
            merged.referred_by = None
        change = Change()
        change.put("contacts", [merged])
        for table in _OWNED:
            change.put(
                table,
                [
                    _moved(r, "contact_id", other.id, survivor.id)
                    for r in self._owned(table, other.id)
                ],
            )
        referrals = []
        for referral in self._referrals(other.id):
            moved = _moved(referral, "referrer_id", other.id, survivor.id)
            referrals.append(_moved(moved, "contact_id", other.id, survivor.id))
        change.put("referrals", referrals)
        referred = [
            _moved(c, "referred_by", other.id, survivor.id)
            for c in self._store.contacts.where("referred_by", other.id)
            if c.id != survivor.id
        ]
        change.put("contacts", referred)
        change.deletes["contacts"] = [other.id]
        self._store.take_labelled_backup("before-merge")  # a risky operation
        undo = apply_change(self._store, change)
        label = Message(
            "merge of {other} into {survivor}", other=other.name, survivor=survivor.name
        )
        self._history.push(label, undo)
        moved = sum(len(v) for k, v in change.puts.items() if k != "contacts") + len(referred)
        return Message(
            "Merged {other} into {survivor}; linked records moved: {moved}.",
            other=other.name,
            survivor=merged.name,
            moved=moved,
        )

    # -- helpers ---------------------------------------------------------------------------

    def _pair(self, survivor_id: str, other_id: str) -> tuple[Contact, Contact]:
        if survivor_id == other_id:
            raise UserError("Choose two different contacts to merge.")
        survivor = self._store.contacts.get(survivor_id)
        other = self._store.contacts.get(other_id)
        if survivor is None or other is None:
            raise NotFoundError("One of the two contacts no longer exists.")
        return survivor, other

    def _owned(self, table: str, contact_id: str) -> list[Record]:
        return list(repository(self._store, table).where("contact_id", contact_id))

    def _referrals(self, contact_id: str) -> list[Record]:
        repo = repository(self._store, "referrals")
        found = {r.id: r for r in repo.where("referrer_id", contact_id)}
        found.update({r.id: r for r in repo.where("contact_id", contact_id)})
        return list(found.values())

    def _name(self, contact_id: str | None) -> str:
        if not contact_id:
            return ""
        contact = self._store.contacts.get(contact_id)
        return contact.name if contact else "(deleted contact)"


def _moved(record: Any, field: str, old: str, new: str) -> Any:
    if getattr(record, field, None) != old:
        return record
    moved = copy.deepcopy(record)
    setattr(moved, field, new)
    return moved
