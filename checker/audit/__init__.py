"""Audit of contractors: manifest, policy grading, scope, status and coaching plans."""
