"""Fuzz the readers: any bytes give a Document with a status and a one-line reason, never an
exception. Fixed seed (derandomize) and a bounded budget so CI runs are repeatable."""

from __future__ import annotations

import functools

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checker.document import DocStatus
from checker.readers import read_bytes
from tests.docx_factory import build_docx, build_odt, odt_content, para
from tests.hostile_factory import CLAUSE, _pdf

FUZZ = settings(
    derandomize=True,
    max_examples=120,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


@functools.lru_cache(maxsize=1)
def seeds() -> dict[str, bytes]:
    return {
        "a.pdf": _pdf(2),
        "a.docx": build_docx(para(CLAUSE)),
        "a.odt": build_odt(odt_content(f"<text:p>{CLAUSE}</text:p>")),
        "a.html": f"<html><body><p>{CLAUSE}</p></body></html>".encode(),
        "a.txt": CLAUSE.encode(),
    }


def _check(data: bytes, name: str) -> None:
    doc = read_bytes(data, name)
    assert doc.status in (DocStatus.OK, DocStatus.UNREADABLE, DocStatus.ERROR)
    if doc.status != DocStatus.OK:
        assert doc.error and "\n" not in doc.error
    else:
        assert doc.blocks


@FUZZ
@given(st.binary(max_size=4096), st.sampled_from(["x.pdf", "x.docx", "x.odt", "x.html", "x.txt"]))
def test_random_bytes(data: bytes, name: str) -> None:
    _check(data, name)


@FUZZ
@given(
    st.sampled_from(["a.pdf", "a.docx", "a.odt", "a.html", "a.txt"]),
    st.lists(st.tuples(st.integers(min_value=0), st.integers(0, 255)), max_size=12),
    st.integers(min_value=0),
)
def test_mutated_valid_files(name: str, flips: list[tuple[int, int]], cut: int) -> None:
    data = bytearray(seeds()[name])
    for pos, value in flips:
        data[pos % len(data)] = value
    _check(bytes(data[: max(1, len(data) - cut % len(data))]), name)
