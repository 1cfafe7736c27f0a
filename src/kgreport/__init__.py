"""kgreport: turn Chinese government work reports into RDF knowledge graphs."""

__version__ = "0.1.0"
