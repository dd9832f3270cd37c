"""Building blocks of a SARIF 2.1.0 log shared by the scan and audit renderers."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any

from checker.report.escape import path_to_uri
from checker.report.models import Evidence, ToolInfo
from checker.report.profile_info import ElementInfo, RuleInfo
from checker.report.textbits import clip

SARIF_VERSION = "2.1.0"
SARIF_SCHEMA = (
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
)
INFORMATION_URI = "https://pypi.org/project/clausecheck/"
FINGERPRINT_KEY = "clausecheck/v1"
QUOTE_LIMIT = 300

Json = dict[str, Any]


def message(text: str) -> Json:
    """Return a SARIF message object."""
    return {"text": text}


def fingerprint(*parts: str) -> Json:
    """Return partialFingerprints that stay the same while the finding's identity does."""
    digest = hashlib.sha256("\0".join(parts).encode("utf-8")).hexdigest()
    return {FINGERPRINT_KEY: digest}


@dataclass
class Artifacts:
    """The run's artifacts, each listed once, with the index results refer to."""

    items: list[Json] = field(default_factory=list)
    index: dict[str, int] = field(default_factory=dict)

    def add(self, path: str, sha256: str | None = None, props: Json | None = None) -> int:
        """Return the index of the artifact at `path`, listing it on first use."""
        if path in self.index:
            return self.index[path]
        item: Json = {"location": {"uri": path_to_uri(path)}}
        if sha256:
            item["hashes"] = {"sha-256": sha256}
        if props:
            item["properties"] = {k: v for k, v in props.items() if v is not None}
        self.index[path] = len(self.items)
        self.items.append(item)
        return self.index[path]

    def location(self, path: str, region: Json | None = None, props: Json | None = None) -> Json:
        """Return a location in the artifact at `path` (listed if new)."""
        loc: Json = {"uri": path_to_uri(path), "index": self.add(path)}
        physical: Json = {"artifactLocation": loc}
        if region:
            physical["region"] = region
        out: Json = {"physicalLocation": physical}
        if props:
            out["properties"] = {k: v for k, v in props.items() if v is not None}
        return out


def evidence_region(e: Evidence) -> Json:
    """Return the region of a quoted sentence: its character offsets in the text read."""
    return {
        "charOffset": max(e.start, 0),
        "charLength": max(e.end - e.start, 0),
        "snippet": {"text": clip(e.text, QUOTE_LIMIT)},
    }


def evidence_props(e: Evidence) -> Json:
    """Return where a quote stands in the document's own terms (page, paragraph, article)."""
    return {"page": e.page, "paragraph": e.paragraph, "article": e.article, "rule": e.rule}


def element_descriptor(rule_id: str, info: ElementInfo, level: str, need: str, tag: str) -> Json:
    """Return the reportingDescriptor of one element of the profile (`need`: when it counts)."""
    advice = info.advice or f"Add the {info.label} element."
    return {
        "id": rule_id,
        "name": info.id,
        "shortDescription": message(f"{info.label} is missing"),
        "fullDescription": message(f"The element '{info.label}' ({info.id}) is missing. {need}"),
        "help": {"text": advice, "markdown": advice},
        "defaultConfiguration": {"level": level},
        "properties": {"tags": ["clausecheck", tag]},
    }


def rule_descriptor(rule_id: str, info: RuleInfo | None, level: str = "none") -> Json:
    """Return the reportingDescriptor of a rule that produced evidence or a red flag."""
    text = info.description if info else f"Rule {rule_id} of the rule packs."
    out: Json = {
        "id": rule_id,
        "shortDescription": message(clip(text, 200)),
        "fullDescription": message(text),
        "help": {"text": text},
        "defaultConfiguration": {"level": level},
        "properties": {"tags": ["clausecheck", "rule"]},
    }
    if info:
        out["name"] = info.name
        out["properties"]["element"] = info.element
    return out


def fixed_descriptor(rule_id: str, short: str, full: str, level: str = "error") -> Json:
    """Return the reportingDescriptor of a problem of the tool itself (e.g. unreadable input)."""
    return {
        "id": rule_id,
        "name": rule_id.rsplit("/", 1)[-1],
        "shortDescription": message(short),
        "fullDescription": message(full),
        "help": {"text": full},
        "defaultConfiguration": {"level": level},
        "properties": {"tags": ["clausecheck", "input"]},
    }


def driver(tool: ToolInfo, rules: list[Json]) -> Json:
    """Return the tool.driver object."""
    return {
        "name": tool.name,
        "version": tool.version,
        "semanticVersion": tool.version,
        "informationUri": INFORMATION_URI,
        "rules": rules,
    }


def rule_indexes(results: list[Json], rules: list[Json]) -> list[Json]:
    """Return the results with ruleIndex set from their ruleId."""
    index = {r["id"]: i for i, r in enumerate(rules)}
    return [{**r, "ruleIndex": index[r["ruleId"]]} for r in results]


def sarif_log(run: Json) -> Json:
    """Return the SARIF log of one run."""
    return {"$schema": SARIF_SCHEMA, "version": SARIF_VERSION, "runs": [run]}
