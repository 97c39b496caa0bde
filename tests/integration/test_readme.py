"""The README states the truth: every NF_ variable, the two commands."""

from __future__ import annotations

from nf_devtools.paths import REPO_ROOT
from nf_devtools.settings_doc import markdown, variables


def test_readme_documents_every_configuration_variable() -> None:
    readme = (REPO_ROOT / "README.md").read_text()

    missing = [name for name, *_ in variables() if f"`{name}`" not in readme]

    assert missing == []


def test_readme_rows_match_the_settings_defaults_and_descriptions() -> None:
    readme = (REPO_ROOT / "README.md").read_text()
    rows = [line for line in markdown().splitlines() if line.startswith("| `NF_")]

    stale = [row for row in rows if row not in readme]

    assert stale == [], "regenerate the table with python -m nf_devtools.settings_doc"


def test_readme_shows_both_commands_and_ci_runs_the_test_command() -> None:
    readme = (REPO_ROOT / "README.md").read_text()
    ci = (REPO_ROOT / ".ci" / "run").read_text()

    assert "make run" in readme
    assert "make test" in readme
    assert "make test" in ci
