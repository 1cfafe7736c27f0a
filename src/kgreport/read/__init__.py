"""Reading: bytes of a report into a Document (decode, clean, metadata)."""
