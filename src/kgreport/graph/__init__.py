"""The graph stage: IRIs and triples (rdf), the vocabulary, the store, SHACL validation."""
