"""Feature hashing shared by the classifier's two models: stable buckets and the vector scale."""

from __future__ import annotations

import math
import zlib

# 2**18 buckets keep collisions rare for a few thousand training texts' n-grams while the
# committed file stays small (only the buckets seen in training are stored).
BUCKETS = 1 << 18


def bucket(feature: str) -> int:
    """The bucket of a feature name; crc32, not hash(): str hashes are salted per process."""
    return zlib.crc32(feature.encode("utf-8")) & (BUCKETS - 1)


def scale(count: int, floor: int) -> float:
    """The value of each of a text's ``count`` features: 1/sqrt(max(count, floor)).

    The floor keeps a text with only a handful of features from reaching a confident score on
    so little evidence.
    """
    return 1.0 / math.sqrt(max(count, floor))
