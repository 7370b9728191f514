"""/api/articles: list and search articles; one article with its text and statements."""

from __future__ import annotations

from fastapi import APIRouter, Request

from claimtrail.api import schemas
from claimtrail.api.params import DEFAULT_LIMIT, Limit, Offset, Text, errors, not_found, store_of
from claimtrail.store import queries

router = APIRouter(prefix="/api/articles", tags=["articles"])


@router.get("", response_model=schemas.Page[schemas.ArticleSummaryOut], responses=errors())
def list_articles(
    request: Request,
    q: Text = None,
    language: Text = None,
    outlet: Text = None,
    story: Text = None,
    limit: Limit = DEFAULT_LIMIT,
    offset: Offset = 0,
) -> schemas.Page[schemas.ArticleSummaryOut]:
    """Articles in ingest order; `q` searches titles, outlets and text."""
    where = queries.ArticleFilter(q=q, language=language, outlet=outlet, story=story)
    page = queries.articles_page(store_of(request), where, limit, offset)
    return schemas.page_of(page, [schemas.article_summary_out(a) for a in page.items])


@router.get("/{article_id:path}", response_model=schemas.ArticleOut, responses=errors(404))
def get_article(request: Request, article_id: str) -> schemas.ArticleOut:
    """One article: its cleaned text and every statement, spans indexing that text."""
    store = store_of(request)
    article = store.get_article(article_id)
    if article is None:
        raise not_found("article")
    found = list(store.statements(article_id))
    return schemas.article_out(article, queries.story_of_article(store, article_id), found)
