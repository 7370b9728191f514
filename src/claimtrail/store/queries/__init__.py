"""Read queries for the API and web pages (search, filter, paginate) and the curation writes
(discrepancy reviews, entity merges and splits) that record who did what in the audit log.

One module per resource; this package names them all, so callers write `queries.story(...)`.
They run on both back ends through `SqlStore`'s own connection. Every value is a parameter;
the only SQL built at run time is a fixed list of conditions and `?` placeholders, and id
lists go in chunks (store/sql.py) under the databases' parameter limits. Pages are ordered by
a unique key, so the same query with the same offset gives the same rows. Text search (`q`) is
case-insensitive for ASCII letters on SQLite (its LOWER is ASCII-only) and for every letter on
PostgreSQL.
"""

from __future__ import annotations

from claimtrail.store.queries.articles import (
    ArticleFilter,
    ArticleSummary,
    article_summaries,
    articles_by_id,
    articles_page,
)
from claimtrail.store.queries.audit import AuditEntry, audit_page, record_audit
from claimtrail.store.queries.curation import merge_entities, review_discrepancy, split_alias
from claimtrail.store.queries.discrepancies import (
    REVIEW_STATUSES,
    Review,
    ReviewedDiscrepancy,
    ReviewStatus,
    discrepancies_all,
    discrepancies_page,
    discrepancy,
)
from claimtrail.store.queries.entities import (
    EntitySummary,
    entities_by_id,
    entities_page,
    entity,
)
from claimtrail.store.queries.groups import GroupSummary, groups_page
from claimtrail.store.queries.paging import MAX_LIMIT, Page, clamp
from claimtrail.store.queries.ranking import StorySummary, stories_ranked
from claimtrail.store.queries.statements import (
    StatementFilter,
    content_text,
    source_text,
    statement,
    statements_all,
    statements_by_id,
    statements_page,
)
from claimtrail.store.queries.stories import story, story_of_article
from claimtrail.store.sql import sql_store

__all__ = [
    "MAX_LIMIT",
    "REVIEW_STATUSES",
    "ArticleFilter",
    "ArticleSummary",
    "AuditEntry",
    "EntitySummary",
    "GroupSummary",
    "Page",
    "Review",
    "ReviewStatus",
    "ReviewedDiscrepancy",
    "StatementFilter",
    "StorySummary",
    "article_summaries",
    "articles_by_id",
    "articles_page",
    "audit_page",
    "clamp",
    "content_text",
    "discrepancies_all",
    "discrepancies_page",
    "discrepancy",
    "entities_by_id",
    "entities_page",
    "entity",
    "groups_page",
    "merge_entities",
    "record_audit",
    "review_discrepancy",
    "source_text",
    "split_alias",
    "sql_store",
    "statement",
    "statements_all",
    "statements_by_id",
    "statements_page",
    "stories_ranked",
    "story",
    "story_of_article",
]
