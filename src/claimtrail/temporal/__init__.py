"""When statements were made: expressions.py finds and resolves time phrases, anchor.py ties
one to each statement (or falls back to the publication day), story.py dates the rest from
other reports of the same utterance; sentences.py splits text for anchor.py. Per-language
words live in tables/."""
