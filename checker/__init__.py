"""clausecheck engine: read documents, match rule packs, grade clauses and policies."""

__version__ = "0.2.0"
