"""The `via` of an attribution: the agency, outlet or person credited for the quote."""

from __future__ import annotations

import pytest

from claimtrail.model import Attribution, Span
from claimtrail.resolve.within import intermediaries

from .helpers import attribution


@pytest.mark.parametrize(
    ("text", "via", "expected"),
    [
        ("Lukashenko said the border was safe, Belta reported.", "Belta", "BelTA"),
        (
            "Peskov told reporters, according to Interfax, that talks stalled.",
            "Interfax",
            "Interfax",
        ),
        ("Zelensky said, quoted by the French agency AFP, that it was over.", "AFP", "AFP"),
        ("Erdogan said so, the Spanish news agency EFE reported.", "EFE", "EFE"),
        ("Putin said, TASS reported.", "TASS", "TASS"),
        ("Shoigu said, according to RIA Novosti.", "RIA Novosti", "RIA Novosti"),
        ("Navalny's team said, Reuters reported.", "Reuters", "Reuters"),
        ("Zelensky said so, Agence France-Presse reported.", "Agence France-Presse", "AFP"),
        ("Lukashenko said, state news agency BelTA reported.", "state news agency BelTA", "BelTA"),
        ("Лукашенко заявил БелТА, что граница закрыта.", "БелТА", "BelTA"),
    ],
)
def test_agency_credited_for_a_quote_is_an_org(text: str, via: str, expected: str) -> None:
    source = text.split(" ")[0].rstrip(",")
    (found,) = intermediaries(text, [attribution(text, source, via=via)], "en")
    assert found is not None
    assert (found.name, found.type) == (expected, "org")


def test_state_tv_is_an_org_named_as_written() -> None:
    text = "Lukashenko said on state TV that the border was safe."
    (found,) = intermediaries(text, [attribution(text, "Lukashenko", via="state TV")], "en")
    assert found is not None
    assert (found.name, found.type) == ("state TV", "org")


def test_person_credited_as_the_channel_is_a_person() -> None:
    text = (
        "Vatican spokesman Matteo Bruni said the pope meant negotiation. The pope, Bruni said, "
        "wants a ceasefire."
    )
    att = attribution(text, "The pope", via="Bruni")
    (found,) = intermediaries(text, [att], "en")
    assert found is not None
    assert (found.name, found.type) == ("Matteo Bruni", "person")


def test_outlet_written_like_a_surname_is_an_org() -> None:
    text = "Budanov said, according to Hromadske, that the death was natural."
    (found,) = intermediaries(text, [attribution(text, "Budanov", via="Hromadske")], "en")
    assert found is not None
    assert found.type == "org"


def test_attribution_without_via_has_no_intermediary() -> None:
    text = "Putin said the war would go on."
    att = Attribution("a1", (Span(0, 5),), (), (Span(11, 30),), "indirect")
    assert intermediaries(text, [att], "en") == [None]
