"""Conversions between protobuf enums and the lower-case names used in domain code."""

from __future__ import annotations

from neuroforge.common.v1 import pipeline_pb2 as pb
from nf_core.errors import InvalidArgumentError

DOMAIN_NAMES: dict[pb.Domain.ValueType, str] = {
    pb.DOMAIN_LITERARY: "literary",
    pb.DOMAIN_MARKET: "market",
    pb.DOMAIN_GENERAL: "general",
}
TASK_TYPE_NAMES: dict[pb.TaskType.ValueType, str] = {
    pb.TASK_TYPE_ANALYSIS: "analysis",
    pb.TASK_TYPE_GENERATION: "generation",
    pb.TASK_TYPE_REASONING: "reasoning",
}
STRATEGY_NAMES: dict[pb.RoutingStrategy.ValueType, str] = {
    pb.ROUTING_STRATEGY_DOMAIN_OPTIMIZED: "domain_optimized",
    pb.ROUTING_STRATEGY_COST_OPTIMIZED: "cost_optimized",
    pb.ROUTING_STRATEGY_SPEED_OPTIMIZED: "speed_optimized",
    pb.ROUTING_STRATEGY_QUALITY_OPTIMIZED: "quality_optimized",
}
DOMAIN_VALUES = {name: value for value, name in DOMAIN_NAMES.items()}
TASK_TYPE_VALUES = {name: value for value, name in TASK_TYPE_NAMES.items()}
STRATEGY_VALUES = {name: value for value, name in STRATEGY_NAMES.items()}


def domain_name(value: pb.Domain.ValueType, field: str = "domain") -> str:
    """Return "literary"/"market"/"general" or raise INVALID_ARGUMENT naming ``field``."""
    name = DOMAIN_NAMES.get(value)
    if name is None:
        raise InvalidArgumentError(
            field, "required; one of DOMAIN_LITERARY, DOMAIN_MARKET, DOMAIN_GENERAL"
        )
    return name


def task_type_name(value: pb.TaskType.ValueType, field: str = "task_type") -> str:
    """Return "analysis"/"generation"/"reasoning" or raise INVALID_ARGUMENT naming ``field``."""
    name = TASK_TYPE_NAMES.get(value)
    if name is None:
        raise InvalidArgumentError(
            field,
            "required; one of TASK_TYPE_ANALYSIS, TASK_TYPE_GENERATION, TASK_TYPE_REASONING",
        )
    return name


def strategy_name(value: pb.RoutingStrategy.ValueType, field: str = "routing_strategy") -> str:
    """Return e.g. "cost_optimized" ('' when unspecified) or raise INVALID_ARGUMENT."""
    if value == pb.ROUTING_STRATEGY_UNSPECIFIED:
        return ""
    name = STRATEGY_NAMES.get(value)
    if name is None:
        allowed = ", ".join(pb.RoutingStrategy.keys())
        raise InvalidArgumentError(field, f"unknown value {int(value)}; one of {allowed}")
    return name
