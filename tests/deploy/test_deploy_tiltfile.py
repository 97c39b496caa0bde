"""The Tiltfile is valid Starlark and, run against stand-ins of Tilt's API, sets up the loop."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
import starlark
from starlark import BuiltinFunction, Module, from_value, namespace, to_value

from nf_devtools import chart
from nf_devtools.paths import REPO_ROOT

TILTFILE = REPO_ROOT / "Tiltfile"
SERVICES = {
    "orchestrator": ("orchestrator", 50051),
    "context-builder": ("context_builder", 50052),
    "prompt-engine": ("prompt_engine", 50053),
    "model-router": ("model_router", 50054),
    "evaluator": ("evaluator", 50055),
    "post-processor": ("post_processor", 50056),
}
Call = tuple[list[Any], dict[str, Any]]


class FakeTilt:
    """Records calls to the subset of Tilt's API the Tiltfile may use."""

    RETURNING_ARGS = ("sync", "fall_back_on", "port_forward")
    RECORDED = ("docker_build_with_restart", "k8s_yaml", "k8s_resource", "local", "watch_file")

    def __init__(self, jwks_exists: bool = True) -> None:
        self.calls: dict[str, list[Call]] = {}
        self.jwks_exists = jwks_exists

    def _record(self, name: str, result: Callable[[Call], Any]) -> BuiltinFunction:
        def impl(*args: Any, **kwargs: Any) -> Any:
            call = ([from_value(a) for a in args], {k: from_value(v) for k, v in kwargs.items()})
            self.calls.setdefault(name, []).append(call)
            return result(call)

        return BuiltinFunction(name, impl)

    @staticmethod
    def _echo(name: str) -> Callable[[Call], Any]:
        """Stand-in for sync(), port_forward(), ...: a value the test can inspect later."""

        def echo(call: Call) -> Any:
            return to_value((name, call[0], call[1]))

        return echo

    @staticmethod
    def _nothing(call: Call) -> str:
        return ""

    def predeclared(self) -> dict[str, Any]:
        names: dict[str, Any] = {
            name: self._record(name, self._echo(name)) for name in self.RETURNING_ARGS
        }
        names.update({name: self._record(name, self._nothing) for name in self.RECORDED})
        names["k8s_namespace"] = BuiltinFunction("k8s_namespace", lambda: "dev")

        def fail(message: str) -> None:
            raise RuntimeError(message)

        names["fail"] = BuiltinFunction("fail", fail)
        exists = BuiltinFunction("exists", lambda _path: self.jwks_exists)
        names["os"] = namespace("os", {"path": namespace("path", {"exists": exists})})
        return names

    def loader(self, path: str) -> Module:
        assert path == "ext://restart_process"
        module = Module(path)
        module.set(
            "docker_build_with_restart",
            self.predeclared()["docker_build_with_restart"],
        )
        return module


@pytest.fixture(scope="module")
def tilt() -> FakeTilt:
    fake = FakeTilt()
    starlark.exec_file(
        TILTFILE.read_text(), "Tiltfile", predeclared=fake.predeclared(), loader=fake.loader
    )
    return fake


def test_tiltfile_parses_and_resolves_as_starlark() -> None:
    syntax = starlark.parse(TILTFILE.read_text(), "Tiltfile")
    assert syntax is not None


def test_tiltfile_builds_one_image_per_service_with_live_update(tilt: FakeTilt) -> None:
    builds = {args[0]: kwargs for args, kwargs in tilt.calls["docker_build_with_restart"]}
    assert set(builds) == {f"neuroforge/{name}" for name in SERVICES}
    for name, (module, _) in SERVICES.items():
        build = builds[f"neuroforge/{name}"]
        assert build["target"] == name
        assert build["entrypoint"] == ["python", "-m", f"services.{module}"]
        steps = build["live_update"]
        assert steps[0][0] == "fall_back_on", "a dependency change must rebuild, not sync"
        assert ["sync", ["services", "/app/services"], {}] in steps
        assert ["sync", ["libs/nf_core", "/app/libs/nf_core"], {}] in steps


def test_tiltfile_installs_the_chart_with_development_values(tilt: FakeTilt) -> None:
    ((argv,), _), *_ = tilt.calls["local"]
    assert argv[:4] == ["helm", "template", "neuroforge", "helm/neuroforge"]
    assert argv[argv.index("--values") + 1] == "helm/values/development.yaml"
    assert argv[argv.index("--set-file") + 1] == "auth.localJwks=.dev/jwt/jwks.json"
    assert (REPO_ROOT / "helm" / "values" / "development.yaml").exists()
    assert len(tilt.calls["k8s_yaml"]) == 1


def test_tiltfile_forwards_the_gateway_and_every_service(tilt: FakeTilt, dev_jwks: str) -> None:
    forwards = {
        args[0]: {pf[1][0] for pf in kwargs["port_forwards"]}
        for args, kwargs in tilt.calls["k8s_resource"]
    }
    expected = {f"neuroforge-{name}": {port, port + 1000} for name, (_, port) in SERVICES.items()}
    expected["neuroforge-gateway"] = {8080, 9901}
    assert forwards == expected
    # Resource names are the Deployments the chart renders for release "neuroforge".
    values = chart.merge_values(chart.values_file("development"), {"auth": {"localJwks": dev_jwks}})
    rendered = chart.manifests(chart.render(values, release="neuroforge", namespace="dev"))
    assert {o["metadata"]["name"] for o in rendered if o["kind"] == "Deployment"} == set(expected)


def test_tiltfile_stops_early_without_development_keys() -> None:
    fake = FakeTilt(jwks_exists=False)
    with pytest.raises(Exception, match="make setup"):
        starlark.exec_file(
            TILTFILE.read_text(), "Tiltfile", predeclared=fake.predeclared(), loader=fake.loader
        )
