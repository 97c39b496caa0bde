"""Print the table of every ``NF_*`` variable from the settings classes (for the README)."""

from __future__ import annotations

from pathlib import Path

from pydantic_settings import BaseSettings

from nf_core.settings import MeshSettings
from nf_devtools.paths import REPO_ROOT
from nf_devtools.settings import DevSettings
from services.context_builder.settings import ContextBuilderSettings
from services.evaluator.settings import EvaluatorSettings
from services.model_router.settings import ModelRouterSettings
from services.orchestrator.settings import OrchestratorSettings
from services.post_processor.settings import PostProcessorSettings
from services.prompt_engine.settings import PromptEngineSettings

SETTINGS_BY_OWNER: dict[str, type[BaseSettings]] = {
    "all services": MeshSettings,
    "orchestrator": OrchestratorSettings,
    "context builder": ContextBuilderSettings,
    "prompt engine": PromptEngineSettings,
    "model router": ModelRouterSettings,
    "evaluator": EvaluatorSettings,
    "post-processor": PostProcessorSettings,
    "gateway (make run)": DevSettings,
}


def variables() -> list[tuple[str, str, str, str]]:
    """(variable, owner, default, description) for every setting, each variable once."""
    rows: list[tuple[str, str, str, str]] = []
    seen: set[str] = set()
    for owner, settings_class in SETTINGS_BY_OWNER.items():
        prefix = str(settings_class.model_config.get("env_prefix", ""))
        for name, field in settings_class.model_fields.items():
            variable = f"{prefix}{name}".upper()
            if variable in seen:
                continue
            seen.add(variable)
            default = field.get_default(call_default_factory=True)
            if isinstance(default, Path):
                default = str(default)
            rows.append(
                (variable, owner, repr(default) if default != "" else '""', field.description or "")
            )
    return rows


def markdown() -> str:
    """The README's configuration table."""
    lines = ["| Variable | Used by | Default | Meaning |", "|---|---|---|---|"]
    for variable, owner, default, description in variables():
        shown = default.replace(str(REPO_ROOT) + "/", "").replace("|", "\\|")
        lines.append(f"| `{variable}` | {owner} | `{shown}` | {description} |")
    return "\n".join(lines)


if __name__ == "__main__":
    print(markdown())
