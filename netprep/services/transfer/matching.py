"""Is this row someone we already have? Email, profile URL, then name plus company.

Emails and profile URLs are exact keys. Names and companies are compared forgivingly:
accents, case, "Last, First" and middle initials through netprep.domain.person_names,
small typos through rapidfuzz, and only within a bucket of the same first or last
name, so 30,000 rows cost 30,000 dictionary look-ups, not 900 million comparisons.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz import fuzz

from netprep.domain.message import Message
from netprep.domain.person_names import name_tokens as _name_tokens
from netprep.domain.records import Contact
from netprep.services.transfer.normalise import normalise_url

NAME_SIMILARITY = 90  # rapidfuzz ratio (0-100) for "the same name, give or take a typo"
COMPANY_SIMILARITY = 88
Target = tuple[str, str]  # ("old", contact id) or ("new", position in the preview)
_COMPANY_NOISE = frozenset(
    "inc inc. ltd ltd. llc gmbh ag sa s.a. plc corp corp. co co. company the limited".split()  # noqa: SIM905
)


@lru_cache(maxsize=1 << 16)
def company_key(company: str) -> str:
    """ "Météo-France" and "meteo france", "Acme, Inc." and "ACME": one key each."""
    decomposed = unicodedata.normalize("NFKD", company.casefold())
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    words = [w.strip(",.") for w in plain.replace("-", " ").split()]
    return " ".join(w for w in words if w and w not in _COMPANY_NOISE)


@lru_cache(maxsize=1 << 16)
def _cached_tokens(name: str) -> tuple[str, ...]:
    return tuple(_name_tokens(name))


def name_tokens(name: str) -> list[str]:
    return list(_cached_tokens(name))


def profile_urls(contact: Contact) -> list[str]:
    return [normalise_url(link) for link in contact.links if "linkedin." in link.casefold()]


@dataclass
class _Named:
    target: Target
    name: str
    company: str


@dataclass
class ContactIndex:
    """Contacts (existing ones and rows already read) by every key a match can use."""

    by_email: dict[str, Target] = field(default_factory=dict)
    by_url: dict[str, Target] = field(default_factory=dict)
    # by first and by last name word; those with a profile URL apart: two different
    # profile URLs are two people, however alike their names and companies
    by_name_word: dict[str, list[_Named]] = field(default_factory=dict)
    by_name_word_with_url: dict[str, list[_Named]] = field(default_factory=dict)
    # ... indexed only when a row without a URL asks (a LinkedIn file never does)
    _unindexed_with_url: list[tuple[Target, Contact]] = field(default_factory=list)

    def add(self, target: Target, contact: Contact, url: str = "") -> None:
        for email in contact.emails:
            self.by_email.setdefault(email.casefold(), target)
        urls = {url} if url else set(profile_urls(contact))
        for key in urls:
            self.by_url.setdefault(key, target)
        if urls:
            self._unindexed_with_url.append((target, contact))
        else:
            _add_named(self.by_name_word, target, contact)

    def _with_url_index(self) -> dict[str, list[_Named]]:
        for target, contact in self._unindexed_with_url:
            _add_named(self.by_name_word_with_url, target, contact)
        self._unindexed_with_url.clear()
        return self.by_name_word_with_url

    def find(self, contact: Contact, url: str = "") -> tuple[Target, str] | None:
        """The matching target and what matched ("email", "profile URL", "name and company")."""
        if url and url in self.by_url:
            return self.by_url[url], Message("profile URL")
        for email in contact.emails:
            target = self.by_email.get(email.casefold())
            if target is not None:
                return target, Message("email")
        has_url = bool(url or profile_urls(contact))
        if has_url and not self.by_name_word:
            return None  # only a contact without a profile URL can match by name
        company = company_key(contact.company)
        tokens = name_tokens(contact.name)
        if not company or not tokens:
            return None
        name = " ".join(tokens)
        indexes = [self.by_name_word] if has_url else [self.by_name_word, self._with_url_index()]
        for index in indexes:
            found = self._by_name_and_company(index, tokens, name, company)
            if found is not None:
                return found, Message("name and company")
        return None

    @staticmethod
    def _by_name_and_company(
        index: dict[str, list[_Named]], tokens: list[str], name: str, company: str
    ) -> Target | None:
        for word in dict.fromkeys((tokens[0], tokens[-1])):
            for named in index.get(word, ()):
                if named.name != name and fuzz.ratio(named.name, name) < NAME_SIMILARITY:
                    continue
                if named.company == company or (
                    fuzz.token_set_ratio(named.company, company) >= COMPANY_SIMILARITY
                ):
                    return named.target
        return None


def _add_named(index: dict[str, list[_Named]], target: Target, contact: Contact) -> None:
    tokens = name_tokens(contact.name)
    company = company_key(contact.company)
    if tokens and company:
        named = _Named(target, " ".join(tokens), company)
        for word in {tokens[0], tokens[-1]}:
            index.setdefault(word, []).append(named)
