"""The interest taxonomy: concepts, how they relate, and finding its terms in text."""

from netprep.domain.brief.taxonomy.concept import Concept, Relation, RelationKind, TaxonomyError
from netprep.domain.brief.taxonomy.term_scan import Mention, Term
from netprep.domain.brief.taxonomy.tree import Taxonomy

__all__ = ["Concept", "Mention", "Relation", "RelationKind", "Taxonomy", "TaxonomyError", "Term"]
