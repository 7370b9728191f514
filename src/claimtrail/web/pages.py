"""The HTML pages: home, search, story, speaker, statement group and article.

Each handler reads what its page needs through store/queries/ and renders one template.
Unknown ids give a 404 page.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import HTMLResponse

from claimtrail.store import queries
from claimtrail.store.base import Store
from claimtrail.web import render, views

router = APIRouter(include_in_schema=False)
Offset = Annotated[int, Query(ge=0, le=10_000_000)]
PAGE_ROWS = 50
SEARCH_ROWS = 20


def _store(request: Request) -> Store:
    store: Store = request.app.state.store
    return store


@router.get("/", response_class=HTMLResponse)
def home(request: Request, offset: Offset = 0) -> HTMLResponse:
    store = _store(request)
    ranked = queries.stories_ranked(store, PAGE_ROWS, offset)
    recent = None
    if ranked.total == 0:  # before stories are built, the articles are the way in
        recent = queries.articles_page(store, queries.ArticleFilter(), PAGE_ROWS, offset)
    return render.page(
        request, "home.html", title="Stories", stories=ranked, recent=recent, stats=store.stats()
    )


@router.get("/search", response_class=HTMLResponse)
def search(request: Request, q: Annotated[str, Query(max_length=200)] = "") -> HTMLResponse:
    store = _store(request)
    q = q.strip()
    found_articles = found_entities = found_statements = None
    reports: list[views.Rendering] = []
    if q:
        found_articles = queries.articles_page(store, queries.ArticleFilter(q=q), SEARCH_ROWS, 0)
        found_entities = queries.entities_page(store, q, None, SEARCH_ROWS, 0)
        found_statements = queries.statements_page(
            store, queries.StatementFilter(q=q), SEARCH_ROWS, 0
        )
        reports = views.renderings(store, found_statements.items)
    return render.page(
        request,
        "search.html",
        title=f"Search: {q}" if q else "Search",
        q=q,
        articles=found_articles,
        entities=found_entities,
        statements=found_statements,
        reports=reports,
    )


@router.get("/stories/{story_id:path}", response_class=HTMLResponse)
def story(request: Request, story_id: str) -> HTMLResponse:
    store = _store(request)
    found = queries.story(store, story_id)
    if found is None:
        raise HTTPException(404, "There is no such story.")
    members = queries.article_summaries(store, found.article_ids)
    articles = queries.articles_by_id(store, found.article_ids)
    said = queries.statements_all(store, queries.StatementFilter(story=story_id, by_date=True))
    reports = views.renderings(store, said, articles)
    listed = queries.discrepancies_page(store, None, story_id, None, queries.MAX_LIMIT, 0)
    evidence_articles = queries.articles_by_id(
        store, [e.article_id for d in listed.items for e in d.discrepancy.evidence]
    )
    return render.page(
        request,
        "story.html",
        title=found.title,
        story=found,
        members=members,
        timeline=views.timeline_of(reports),
        groups=views.groups_of(reports),
        ungrouped=[r for r in reports if not r.group],
        discrepancies=[views.discrepancy_view(d, evidence_articles) for d in listed.items],
        link=views.link,
    )


@router.get("/speakers/{entity_id:path}", response_class=HTMLResponse)
def speaker(request: Request, entity_id: str, offset: Offset = 0) -> HTMLResponse:
    store = _store(request)
    found = queries.entity(store, entity_id)
    if found is None:
        raise HTTPException(404, "There is no such speaker.")
    where = queries.StatementFilter(speaker=entity_id, by_date=True)
    page = queries.statements_page(store, where, PAGE_ROWS * 4, offset)
    reports = views.renderings(store, page.items)
    spellings: dict[str, int] = {}
    for r in reports:
        if r.source_text:
            spellings[r.source_text] = spellings.get(r.source_text, 0) + 1
    return render.page(
        request,
        "speaker.html",
        title=found.name,
        entity=found,
        page=page,
        reports=reports,
        spellings=sorted(spellings.items(), key=lambda item: (-item[1], item[0])),
        link=views.link,
    )


@router.get("/groups/{group_id:path}", response_class=HTMLResponse)
def group(request: Request, group_id: str) -> HTMLResponse:
    store = _store(request)
    said = queries.statements_all(store, queries.StatementFilter(group=group_id, by_date=True))
    if not said:
        raise HTTPException(404, "There is no such statement group.")
    articles = queries.articles_by_id(store, [s.article_id for s in said])
    reports = sorted(
        views.renderings(store, said, articles),
        key=lambda r: (r.published is None, r.published.timestamp() if r.published else 0),
    )
    earliest = reports[0] if reports[0].published is not None else None
    return render.page(
        request,
        "group.html",
        title=f"Statement group {group_id}",
        group_id=group_id,
        reports=reports,
        earliest=earliest,
        graph=views.chain_of(reports, articles),
        link=views.link,
    )


@router.get("/articles/{article_id:path}", response_class=HTMLResponse)
def article(
    request: Request,
    article_id: str,
    discrepancy: Annotated[str | None, Query(max_length=200)] = None,
) -> HTMLResponse:
    store = _store(request)
    found = store.get_article(article_id)
    if found is None:
        raise HTTPException(404, "There is no such article.")
    said = list(store.statements(article_id))
    people = queries.entities_by_id(store, [s.speaker_id for s in said])
    shown = queries.discrepancy(store, discrepancy) if discrepancy else None
    view = None
    if shown is not None:
        others = queries.articles_by_id(store, [e.article_id for e in shown.discrepancy.evidence])
        view = views.discrepancy_view(shown, others)
    return render.page(
        request,
        "article.html",
        title=found.title or found.id,
        article=found,
        story_id=queries.story_of_article(store, article_id),
        segments=views.article_marks(found, said, people, shown),
        reports=views.renderings(store, said, {found.id: found}),
        discrepancy=view,
        link=views.link,
    )
