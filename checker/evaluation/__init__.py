"""Evaluation of the rules on the labelled corpus (clauses, policies)."""
