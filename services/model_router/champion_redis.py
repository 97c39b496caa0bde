"""The shared champion store: one Redis hash per slot, every change one atomic Lua script.

Each slot is the hash ``{prefix}champion:{domain}:{task_type}`` with the fields ``champion``,
``challenger``, ``changed_by``, ``changed_at``, ``change_reason`` and, per model in the slot,
``n:{model}`` (samples), ``ema:{model}`` (``%.17g``, so it round-trips exactly) and
``w:{model}`` (the window, comma-separated). A score update reads, folds and applies the
automatic rule inside one script (EVALSHA), so concurrent updates from any number of replicas
are serialised by Redis and none is lost. A slot is created on first use from the registry
order, so every replica agrees on it. Durability is Redis's: run it with AOF or RDB snapshots
for the standings to survive a Redis restart (router restarts lose nothing).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from typing import Any

import redis.asyncio as aioredis
from redis.exceptions import ResponseError

from nf_core.errors import NotFoundError
from services.model_router.champion import (
    AUTO_ACTOR,
    DEFAULT_POLICY,
    ChampionPolicy,
    Slot,
    Standing,
    check_score,
    no_challenger_error,
)
from services.model_router.redis_state import Keys, fields_of

# ARGV[1..3] of every script: default champion, default challenger (or ""), now (epoch seconds).
_PRELUDE = """
local key = KEYS[1]
if redis.call('EXISTS', key) == 0 then
  redis.call('HSET', key, 'champion', ARGV[1], 'challenger', ARGV[2], 'changed_by', 'bootstrap',
    'changed_at', ARGV[3], 'change_reason', 'initial registry order')
end
local champion = redis.call('HGET', key, 'champion')
local challenger = redis.call('HGET', key, 'challenger')
local function forget(model)
  redis.call('HDEL', key, 'n:' .. model, 'ema:' .. model, 'w:' .. model)
end
"""

_READ = _PRELUDE + "return redis.call('HGETALL', key)"

# ARGV[4] model, [5] score, [6] alpha, [7] window, [8] margin, [9] min samples, [10] actor.
_RECORD = (
    _PRELUDE
    + """
local model = ARGV[4]
if model == '' or (model ~= champion and model ~= challenger) then
  return redis.call('HGETALL', key)
end
local score = tonumber(ARGV[5])
local alpha = tonumber(ARGV[6])
local n = tonumber(redis.call('HGET', key, 'n:' .. model) or '0')
local ema = score
if n > 0 then
  ema = alpha * score + (1 - alpha) * tonumber(redis.call('HGET', key, 'ema:' .. model))
end
local items = {}
local window = redis.call('HGET', key, 'w:' .. model)
if window then
  for item in string.gmatch(window, '[^,]+') do items[#items + 1] = item end
end
items[#items + 1] = ARGV[5]
local size = tonumber(ARGV[7])
local kept = {}
for i = math.max(1, #items - size + 1), #items do kept[#kept + 1] = items[i] end
redis.call('HSET', key, 'n:' .. model, tostring(n + 1), 'ema:' .. model,
  string.format('%.17g', ema), 'w:' .. model, table.concat(kept, ','))
if challenger ~= '' then
  local least = tonumber(ARGV[9])
  local champion_n = tonumber(redis.call('HGET', key, 'n:' .. champion) or '0')
  local challenger_n = tonumber(redis.call('HGET', key, 'n:' .. challenger) or '0')
  if champion_n >= least and challenger_n >= least then
    local champion_ema = tonumber(redis.call('HGET', key, 'ema:' .. champion))
    local challenger_ema = tonumber(redis.call('HGET', key, 'ema:' .. challenger))
    local margin = tonumber(ARGV[8])
    if challenger_ema > champion_ema * (1 + margin) then
      local reason = string.format(
        'challenger average %.4f beat champion %.4f by more than %.0f%%',
        challenger_ema, champion_ema, margin * 100)
      redis.call('HSET', key, 'champion', challenger, 'challenger', champion,
        'changed_by', ARGV[10], 'changed_at', ARGV[3], 'change_reason', reason)
    end
  end
end
return redis.call('HGETALL', key)
"""
)

# ARGV[4] model, [5] actor, [6] reason.
_PROMOTE = (
    _PRELUDE
    + """
local model = ARGV[4]
if model == champion then return redis.call('HGETALL', key) end
if model ~= challenger then
  forget(model)
  if challenger ~= '' then forget(challenger) end
end
redis.call('HSET', key, 'champion', model, 'challenger', champion, 'changed_by', ARGV[5],
  'changed_at', ARGV[3], 'change_reason', ARGV[6])
return redis.call('HGETALL', key)
"""
)

# ARGV[4] actor, [5] reason.
_DEMOTE = (
    _PRELUDE
    + """
if challenger == '' then return redis.error_reply('NF_NO_CHALLENGER') end
redis.call('HSET', key, 'champion', challenger, 'challenger', champion, 'changed_by', ARGV[4],
  'changed_at', ARGV[3], 'change_reason', ARGV[5])
return redis.call('HGETALL', key)
"""
)


def _standing(fields: dict[str, str], model_id: str) -> Standing:
    window = fields.get(f"w:{model_id}", "")
    return Standing(
        model_id,
        float(fields.get(f"ema:{model_id}", 0.0)),
        int(fields.get(f"n:{model_id}", 0)),
        tuple(float(item) for item in window.split(",") if item),
    )


def slot_from_fields(domain: str, task_type: str, fields: dict[str, str]) -> Slot:
    """A slot from its hash."""
    challenger = fields.get("challenger", "")
    return Slot(
        domain,
        task_type,
        _standing(fields, fields["champion"]),
        _standing(fields, challenger) if challenger else None,
        fields.get("changed_by", ""),
        float(fields.get("changed_at", 0.0)),
        fields.get("change_reason", ""),
    )


class RedisChampionStore:
    """Slots in Redis, shared by every replica; reads for routing may use a short local cache."""

    def __init__(
        self,
        client: aioredis.Redis,
        keys: Keys,
        model_ids: list[str],
        domains: Iterable[str],
        task_types: Iterable[str],
        policy: ChampionPolicy = DEFAULT_POLICY,
        clock: Callable[[], float] = time.time,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        if not model_ids:
            raise ValueError("the store needs at least one model")
        self._client = client
        self._keys = keys
        self._model_ids = list(model_ids)
        self._pairs = sorted((d, t) for d in domains for t in task_types)
        self._policy = policy
        self._clock = clock
        self._monotonic = monotonic
        self._defaults = (model_ids[0], model_ids[1] if len(model_ids) > 1 else "")
        self._read = client.register_script(_READ)
        self._record = client.register_script(_RECORD)
        self._promote = client.register_script(_PROMOTE)
        self._demote = client.register_script(_DEMOTE)
        self._recent: dict[tuple[str, str], tuple[float, Slot]] = {}

    def _argv(self, *extra: object) -> list[Any]:
        return [*self._defaults, repr(self._clock()), *extra]

    def _remember(self, domain: str, task_type: str, reply: list[bytes]) -> Slot:
        slot = slot_from_fields(domain, task_type, fields_of(reply))
        self._recent[(domain, task_type)] = (self._monotonic(), slot)
        return slot

    async def slot(self, domain: str, task_type: str, max_age: float = 0.0) -> Slot:
        """A slot as Redis has it; with ``max_age`` a copy read that recently may answer."""
        if max_age > 0:
            recent = self._recent.get((domain, task_type))
            if recent is not None and self._monotonic() - recent[0] < max_age:
                return recent[1]
        reply = await self._read(keys=[self._keys.slot(domain, task_type)], args=self._argv())
        return self._remember(domain, task_type, reply)

    async def slots(self) -> list[Slot]:
        """Every slot, read in one pipelined round trip."""
        async with self._client.pipeline(transaction=False) as pipe:
            for domain, task_type in self._pairs:
                await self._read(
                    keys=[self._keys.slot(domain, task_type)], args=self._argv(), client=pipe
                )
            replies = await pipe.execute()
        return [
            self._remember(d, t, reply) for (d, t), reply in zip(self._pairs, replies, strict=True)
        ]

    async def record(self, domain: str, task_type: str, model_id: str, score: float) -> Slot:
        """Fold a score into the standing of the model that earned it, then apply the rule."""
        check_score(score)
        policy = self._policy
        args = self._argv(
            model_id,
            repr(float(score)),
            repr(policy.alpha),
            policy.window,
            repr(policy.margin),
            policy.min_samples,
            AUTO_ACTOR,
        )
        reply = await self._record(keys=[self._keys.slot(domain, task_type)], args=args)
        return self._remember(domain, task_type, reply)

    async def promote(
        self, domain: str, task_type: str, model_id: str, actor: str, reason: str
    ) -> Slot:
        """Make ``model_id`` champion; the previous champion becomes challenger."""
        if model_id not in self._model_ids:
            raise NotFoundError(f"model {model_id!r} is not in the registry")
        args = self._argv(model_id, actor, reason or "manual promotion")
        reply = await self._promote(keys=[self._keys.slot(domain, task_type)], args=args)
        return self._remember(domain, task_type, reply)

    async def demote(self, domain: str, task_type: str, actor: str, reason: str) -> Slot:
        """Swap champion and challenger."""
        args = self._argv(actor, reason or "manual demotion")
        try:
            reply = await self._demote(keys=[self._keys.slot(domain, task_type)], args=args)
        except ResponseError as error:
            if "NF_NO_CHALLENGER" in str(error):
                raise no_challenger_error() from None
            raise
        return self._remember(domain, task_type, reply)
