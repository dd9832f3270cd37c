"""Classification figures shared by the clause and policy evaluations."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from pydantic import BaseModel


class PRF(BaseModel):
    """Precision, recall and F1 of one label, with the counts behind them."""

    label: str
    tp: int
    fp: int
    fn: int
    precision: float
    recall: float
    f1: float


def prf(label: str, tp: int, fp: int, fn: int) -> PRF:
    """Return the figures of one label; an unused label (no gold, no prediction) scores 1.0."""
    precision = tp / (tp + fp) if tp + fp else (1.0 if not fn else 0.0)
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return PRF(label=label, tp=tp, fp=fp, fn=fn, precision=precision, recall=recall, f1=f1)


def set_prf(label: str, pairs: Iterable[tuple[set[str], set[str]]]) -> PRF:
    """Return the figures of one label over (gold labels, predicted labels) pairs."""
    tp = fp = fn = 0
    for gold, got in pairs:
        tp += label in gold and label in got
        fp += label not in gold and label in got
        fn += label in gold and label not in got
    return prf(label, tp, fp, fn)


def accuracy(gold: Sequence[str], got: Sequence[str]) -> float:
    """Return the share of equal pairs (1.0 for no pairs)."""
    return sum(g == p for g, p in zip(gold, got, strict=True)) / len(gold) if gold else 1.0


def macro_f1(gold: Sequence[str], got: Sequence[str]) -> float:
    """Return the mean F1 over the classes that occur in gold or predictions."""
    classes = sorted(set(gold) | set(got))
    if not classes:
        return 1.0
    pairs = [({g}, {p}) for g, p in zip(gold, got, strict=True)]
    return sum(set_prf(c, pairs).f1 for c in classes) / len(classes)
