"""Entity mentions, one module per rule family; ``extract_mentions`` runs them all.

See docs/ARCHITECTURE.md for the order of the families and how to add a rule.
"""

from kgreport.extract.entities.mentions import clause_mentions, extract_mentions

__all__ = ["clause_mentions", "extract_mentions"]
