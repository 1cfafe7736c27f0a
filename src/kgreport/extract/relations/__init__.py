"""Relations between mentions, one module per kind; ``extract_relations`` runs them all."""

from kgreport.extract.relations.clauses import extract_relations
from kgreport.extract.relations.cues import ISSUER, MentionRelation

__all__ = ["ISSUER", "MentionRelation", "extract_relations"]
