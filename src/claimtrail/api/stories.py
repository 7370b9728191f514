"""/api/stories and /api/groups: stories ranked by activity, and same-statement groups."""

from __future__ import annotations

from fastapi import APIRouter, Request

from claimtrail.api import schemas
from claimtrail.api.params import DEFAULT_LIMIT, Limit, Offset, Text, errors, not_found, store_of
from claimtrail.api.statements import statements_out
from claimtrail.store import queries

router = APIRouter(prefix="/api", tags=["stories"])


@router.get("/stories", response_model=schemas.Page[schemas.StorySummaryOut], responses=errors())
def list_stories(
    request: Request, limit: Limit = DEFAULT_LIMIT, offset: Offset = 0
) -> schemas.Page[schemas.StorySummaryOut]:
    """Stories with the most open discrepancies first, then the most statements and articles."""
    page = queries.stories_ranked(store_of(request), limit, offset)
    return schemas.page_of(page, [schemas.story_summary_out(s) for s in page.items])


@router.get("/stories/{story_id:path}", response_model=schemas.StoryOut, responses=errors(404))
def get_story(request: Request, story_id: str) -> schemas.StoryOut:
    store = store_of(request)
    found = queries.story(store, story_id)
    if found is None:
        raise not_found("story")
    members = queries.article_summaries(store, found.article_ids)
    return schemas.StoryOut(
        id=found.id,
        title=found.title,
        articles=[schemas.article_summary_out(a) for a in members],
    )


@router.get("/groups", response_model=schemas.Page[schemas.GroupSummaryOut], responses=errors())
def list_groups(
    request: Request, story: Text = None, limit: Limit = DEFAULT_LIMIT, offset: Offset = 0
) -> schemas.Page[schemas.GroupSummaryOut]:
    """Groups of statements that report the same utterance, by id."""
    page = queries.groups_page(store_of(request), story, limit, offset)
    return schemas.page_of(page, [schemas.group_summary_out(g) for g in page.items])


@router.get("/groups/{group_id:path}", response_model=schemas.GroupOut, responses=errors(404))
def get_group(request: Request, group_id: str) -> schemas.GroupOut:
    """Every statement of one group, earliest said first."""
    store = store_of(request)
    where = queries.StatementFilter(group=group_id, by_date=True)
    page = queries.statements_page(store, where, queries.MAX_LIMIT, 0)
    if not page.items:
        raise not_found("group")
    return schemas.GroupOut(id=group_id, statements=statements_out(store, page.items))
