"""Run every evaluation the corpus supports and render it."""

from __future__ import annotations

import importlib
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from checker.errors import ConfigError
from checker.evaluation.baseline import load_baseline
from checker.evaluation.clauses import evaluate_clauses
from checker.evaluation.render import render_clause_evaluation
from checker.rulepack.loader import load_ruleset
from checker.scan import ClauseGrader

BASELINE_FILE = "keyword_baseline.yaml"
# The team's baseline, used for a corpus of one's own that brings none (a blind set).
TEAM_BASELINE = Path(__file__).resolve().parents[2] / "corpus" / BASELINE_FILE


def baseline_path(corpus: Path) -> Path:
    """Return the corpus's keyword baseline, else the team's; raise ConfigError when neither."""
    for path in (corpus / BASELINE_FILE, TEAM_BASELINE):
        if path.is_file():
            return path
    raise ConfigError(
        f"{corpus}: no {BASELINE_FILE} (the keyword baseline the figures are compared with); "
        f"copy one from the clausecheck repository's corpus/ folder"
    )


def evaluate_corpus(
    corpus: Path, profile: str, langs: Sequence[str], fmt: str
) -> tuple[str, dict[str, Any]]:
    """Return the rendered evaluation (text or json) and its data."""
    ruleset = load_ruleset(profile)
    clauses = evaluate_clauses(
        corpus, ClauseGrader(ruleset), load_baseline(baseline_path(corpus)), langs
    )
    data: dict[str, Any] = {"rules_sha256": ruleset.sha256, "clauses": clauses.model_dump()}
    text = render_clause_evaluation(clauses)
    policies = _policies(corpus, ruleset)
    if policies is not None:
        result, render = policies
        data["policies"] = result.model_dump()
        text += "\n" + render(result)
    if fmt == "json":
        return json.dumps(data, indent=2, ensure_ascii=False) + "\n", data
    return text, data


def _policies(corpus: Path, ruleset: Any) -> tuple[Any, Any] | None:
    """Return the policy evaluation and its renderer, when the corpus and the module exist."""
    if not (corpus / "policies").is_dir():
        return None
    try:
        module = importlib.import_module("checker.evaluation.policies")
    except ImportError:
        return None
    return module.evaluate_policies(corpus, ruleset), module.render_policy_evaluation
