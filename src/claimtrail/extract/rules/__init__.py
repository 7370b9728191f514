"""Attributions found by rules, for any language with a lexicon (and English as a fallback).

Direct quotes next to a reporting cue, indirect speech after a complementiser, "according to"
forms, "Name: claim" headlines, continuation quotes and chains. Offsets index the text exactly.
"""

from claimtrail.extract.rules.assembly import rule_attributions

__all__ = ["rule_attributions"]
