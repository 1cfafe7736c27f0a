"""Extraction: from the sentences of a report to mentions, relations and entities.

``entities`` finds mentions (one module per rule family), ``relations`` finds relations
between them (one module per kind), ``link`` canonicalizes mentions into entities.
"""
