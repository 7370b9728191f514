"""Input readers: files, directories, URLs, feeds, WARC and JSONL to RawDocument records.

Readers only decode and extract; cleaning (boilerplate, normalisation, language, dates) is
done later by clean.py.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from claimtrail.ingest.options import IngestOptions
from claimtrail.ingest.walk import Partition, partitions
from claimtrail.model import Failure, RawDocument

__all__ = ["IngestOptions", "Partition", "documents", "partitions"]


def documents(
    inputs: Sequence[str],
    options: IngestOptions = IngestOptions(),  # noqa: B008 -- frozen, so a shared default is safe
) -> Iterator[RawDocument | Failure]:
    """Every document in the inputs (files, directories, URLs, URL lists), in a stable order.

    A broken input yields a Failure (origin, one-line reason) and iteration goes on.
    """
    for partition in partitions(inputs, options):
        yield from partition.read()
