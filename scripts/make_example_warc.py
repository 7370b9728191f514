"""Write examples/corpus/baltoglyad-crawl.warc.gz: one crawled page (invented outlet, our text).

Usage: python scripts/make_example_warc.py [OUT_PATH]

The output is byte-for-byte reproducible: WARC-Date, record ids and the HTTP headers are fixed,
and warcio writes each gzip member with a zero mtime, so rerunning changes nothing in git.
"""

from __future__ import annotations

import argparse
import sys
from io import BytesIO
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

REPO = Path(__file__).resolve().parents[1]
DEFAULT_OUT = REPO / "examples" / "corpus" / "baltoglyad-crawl.warc.gz"

PAGE_URL = "https://baltoglyad.example/novyny/2025/03/14/uriad-i-pereviznyky-pochaly-perehovory"
CRAWL_DATE = "2025-03-14T16:20:05Z"
# Fixed ids instead of warcio's random uuid4, so the file is the same on every run.
RECORD_IDS = {
    "warcinfo": "<urn:uuid:6f0f3d4e-1b1a-4c55-9a51-0c1d2e3f4a01>",
    "request": "<urn:uuid:6f0f3d4e-1b1a-4c55-9a51-0c1d2e3f4a02>",
    "response": "<urn:uuid:6f0f3d4e-1b1a-4c55-9a51-0c1d2e3f4a03>",
}

# An invented Ukrainian-language outlet; the text was written for claimtrail's examples.
PAGE_HTML = """<!DOCTYPE html>
<html lang="uk">
<head>
  <meta charset="utf-8">
  <title>Уряд Весмарку і перевізники сіли за стіл переговорів — Балтійський оглядач</title>
  <meta name="author" content="Оксана Мельничук">
  <meta name="description" content="У Вельні почалися переговори уряду з перевізниками.">
  <meta property="og:site_name" content="Балтійський оглядач">
  <meta property="og:type" content="article">
  <meta property="article:published_time" content="2025-03-14T15:10:00+02:00">
  <link rel="canonical" href="{url}">
</head>
<body>
  <div class="cookie-notice">Ми використовуємо файли cookie, щоб сайт працював краще.
    <button>Погоджуюся</button></div>
  <header>
    <a href="/" class="logo">Балтійський оглядач</a>
    <nav><ul>
      <li><a href="/novyny/">Новини</a></li>
      <li><a href="/ekonomika/">Економіка</a></li>
      <li><a href="/region/">Регіон</a></li>
      <li><a href="/dumky/">Думки</a></li>
    </ul></nav>
  </header>
  <main>
    <article>
      <h1>Уряд Весмарку і перевізники сіли за стіл переговорів</h1>
      <p class="meta">Оксана Мельничук · <time datetime="2025-03-14">14 березня 2025</time></p>
      <p>У п’ятницю, 14 березня, у Вельні почалися переговори між урядом Весмарку та Спілкою
      автоперевізників, члени якої з понеділка блокували вантажний термінал порту Тарвала.</p>
      <p>Міністр транспорту Аркадій Журавльов заявив перед початком зустрічі, що уряд готовий
      переглянути розмір транзитного збору. «Ми шукаємо рішення, яке влаштує і водіїв, і порт», —
      сказав він.</p>
      <p>Ще у вівторок міністр говорив, що переговори з організаторами блокади закінчено. Тоді ж,
      за даними агентства BNW, він пообіцяв, що збір не призупинять «ні на день».</p>
      <p>Перед зустріччю голова спілки Дана Раймерс назвала призупинення збору першим кроком.
      «Це перший крок, а не перемога. Ми підемо від воріт, коли угоду буде підписано», — наголосила
      вона.</p>
      <p>За словами речниці портової адміністрації Лійси Маранд, у п’ятницю вранці біля воріт
      залишалося близько 30 вантажівок, а рух до терміналу поступово відновлюється.</p>
      <p>Раніше Раймерс стверджувала, що міністр назвав вимоги водіїв «безглуздими». Сам Журавльов
      у четвер це заперечив: за його словами, такого слова він не вживав.</p>
      <p>За оцінкою уряду, через блокаду експортери втратили близько 3 мільйонів крон. Наступний
      раунд переговорів призначено на понеділок.</p>
    </article>
    <aside>
      <h2>Читайте також</h2>
      <ul>
        <li><a href="/novyny/2025/03/13/zhuravlov-pryzupynyv-zbir">Журавльов призупинив
          транзитний збір на 30 днів</a></li>
        <li><a href="/region/2025/03/10/blokada-portu-tarvala">Перевізники заблокували порт
          Тарвала</a></li>
      </ul>
    </aside>
  </main>
  <footer>
    <p>Підписуйтеся на нашу розсилку.</p>
    <p>© 2025 Балтійський оглядач. Усі права захищено.</p>
  </footer>
</body>
</html>
""".replace("{url}", PAGE_URL)


def write_warc(out: Path) -> None:
    """Write warcinfo, request and response records for the page to `out` (gzipped WARC)."""
    buffer = BytesIO()
    writer = WARCWriter(buffer, gzip=True, warc_version="WARC/1.0")

    info = writer.create_warcinfo_record(
        "baltoglyad-crawl.warc.gz",
        {
            "software": "claimtrail examples (make_example_warc.py)",
            "format": "WARC File Format 1.0",
        },
    )
    info.rec_headers.replace_header("WARC-Date", CRAWL_DATE)
    info.rec_headers.replace_header("WARC-Record-ID", RECORD_IDS["warcinfo"])
    writer.write_record(info)

    request_headers = StatusAndHeaders(
        "GET /novyny/2025/03/14/uriad-i-pereviznyky-pochaly-perehovory HTTP/1.1",
        [("Host", "baltoglyad.example"), ("User-Agent", "claimtrail-example/1.0")],
        is_http_request=True,
    )
    request = writer.create_warc_record(
        PAGE_URL, "request", payload=BytesIO(b""), http_headers=request_headers
    )
    request.rec_headers.replace_header("WARC-Date", CRAWL_DATE)
    request.rec_headers.replace_header("WARC-Record-ID", RECORD_IDS["request"])
    writer.write_record(request)

    body = PAGE_HTML.encode("utf-8")
    response_headers = StatusAndHeaders(
        "200 OK",
        [
            ("Content-Type", "text/html; charset=utf-8"),
            ("Content-Length", str(len(body))),
            ("Date", "Fri, 14 Mar 2025 16:20:05 GMT"),
        ],
        protocol="HTTP/1.1",
    )
    response = writer.create_warc_record(
        PAGE_URL, "response", payload=BytesIO(body), http_headers=response_headers
    )
    response.rec_headers.replace_header("WARC-Date", CRAWL_DATE)
    response.rec_headers.replace_header("WARC-Record-ID", RECORD_IDS["response"])
    response.rec_headers.add_header("WARC-Concurrent-To", RECORD_IDS["request"])
    writer.write_record(response)

    out.write_bytes(buffer.getvalue())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", nargs="?", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    write_warc(args.out)
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
