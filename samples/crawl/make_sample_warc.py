#!/usr/bin/env python3
"""Regenerates samples/crawl/sample.warc.gz, the small WARC/1.1 crawl bundled with knews.

Standard library only. The output is byte-for-byte reproducible: record ids are UUIDv5 of
fixed names, dates are fixed and every gzip member has mtime 0.

Records, in order (one gzip member per record, as Common Crawl's CC-NEWS ships them):
  1. warcinfo
  2. request   GET for the first article
  3. response  200, text/html; charset=utf-8, Content-Length        (seoul-techdaily 2025062802)
  4. response  200, text/html; charset=utf-8, Transfer-Encoding: chunked
                (chunk boundaries fall inside multi-byte UTF-8 characters on purpose)
                                                                    (seoul-techdaily 2025062803)
  5. response  200, text/html; charset=euc-kr, CP949 payload with no <meta> charset and a
                CP949-only syllable (똠), so only the HTTP header names the encoding
                                                                    (gyeongin-daily idxno=88104)
  6. response  404, text/html                                       (must be skipped, counted)
  7. response  200, image/png                                       (must be skipped, counted)
  8. metadata  about record 3 (application/warc-fields)

Usage: python3 make_sample_warc.py [OUTPUT]   (default: sample.warc.gz next to this script)
"""
import base64
import gzip
import hashlib
import os
import struct
import sys
import uuid
import zlib

NS = uuid.UUID("6f0c1f4e-2b7a-4c55-9a51-6b6e65777321")  # fixed namespace for record ids


def record_id(name):
    return f"<urn:uuid:{uuid.uuid5(NS, name)}>"


def sha1_b32(data):
    return "sha1:" + base64.b32encode(hashlib.sha1(data).digest()).decode("ascii")


def warc_record(wtype, name, date, block, content_type, uri=None, extra=()):
    headers = [
        ("WARC-Type", wtype),
        ("WARC-Record-ID", record_id(name)),
        ("WARC-Date", date),
    ]
    if uri:
        headers.append(("WARC-Target-URI", uri))
    headers.extend(extra)
    headers.append(("WARC-Block-Digest", sha1_b32(block)))
    headers.append(("Content-Type", content_type))
    headers.append(("Content-Length", str(len(block))))
    head = "WARC/1.1\r\n" + "".join(f"{k}: {v}\r\n" for k, v in headers) + "\r\n"
    return head.encode("utf-8") + block + b"\r\n\r\n"


def http_response(status, reason, headers, body):
    lines = [f"HTTP/1.1 {status} {reason}"] + [f"{k}: {v}" for k, v in headers]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("ascii") + body


def chunked(body, size):
    out = bytearray()
    for i in range(0, len(body), size):
        part = body[i:i + size]
        out += f"{len(part):x}\r\n".encode("ascii") + part + b"\r\n"
    out += b"0\r\n\r\n"
    return bytes(out)


def splitting_chunk_size(body, lo=600, hi=800):
    """Smallest chunk size in [lo, hi) whose every boundary falls inside a UTF-8 sequence,
    so a reader that decodes chunk by chunk instead of de-chunking first is caught."""
    for size in range(lo, hi):
        cuts = range(size, len(body), size)
        if cuts and all(0x80 <= body[c] < 0xC0 for c in cuts):
            return size
    return 701


def tiny_png():
    """A valid 2x2 grey PNG built with zlib, so the image record is a real image."""
    def chunk(kind, data):
        c = struct.pack(">I", len(data)) + kind + data
        return c + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    raw = b"\x00\x80\x80\x00\x80\x80"  # two rows: filter byte + two grey pixels
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 2, 2, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


ARTICLE_1 = """<!DOCTYPE html>
<html lang="ko">
<head>
<meta charset="utf-8">
<title>카카오, 대화형 AI 에이전트 공개…"연내 카카오톡 탑재" | 서울테크데일리</title>
<meta property="og:url" content="https://news.seoul-techdaily.example/article/2025062802">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"카카오, 대화형 AI 에이전트 공개…\\"연내 카카오톡 탑재\\"","datePublished":"2025-06-28T10:15:00+09:00","author":{"@type":"Person","name":"정하늘"}}</script>
</head>
<body>
<header class="site-header"><a class="brand" href="/">서울테크데일리</a></header>
<main class="content">
<h1 class="headline">카카오, 대화형 AI 에이전트 공개…"연내 카카오톡 탑재"</h1>
<div class="sns-share"><a href="#">공유</a></div>
<article id="article-view" class="article-body">
<p>카카오가 예약, 결제, 선물하기를 대화로 처리하는 AI 에이전트를 28일 공개했다. 카카오는 연내 이 기능을 카카오톡에 넣는다.</p>
<p>카카오는 올해 에이전트 개발에 약 1천억 원을 들였다. 모델 학습에는 엔비디아 GPU 2천 장이 쓰였다.</p>
<p>베타 서비스는 오는 8월 시작되며, 정식 출시는 4분기로 잡혔다. 카카오 관계자는 "3분기 안에 외부 개발자에게도 기능을 연다"고 말했다.</p>
<p>경쟁사 네이버는 지난달 쇼핑 에이전트를 먼저 내놨다. 업계는 두 회사의 에이전트 경쟁이 하반기 본격화할 것으로 본다.</p>
<p class="reporter-email">정하늘 기자 sky.jung@seoul-techdaily.example</p>
<p class="copyright">ⓒ 서울테크데일리 무단전재 및 재배포 금지</p>
</article>
</main>
<footer class="site-footer"><p>ⓒ 서울테크데일리. All rights reserved.</p></footer>
</body>
</html>
"""

ARTICLE_2 = """<!DOCTYPE html>
<html lang="ko">
<head>
<meta charset="utf-8">
<title>경찰청, AI 보이스피싱 탐지에 3년간 150억 원 | 서울테크데일리</title>
<meta property="og:title" content="경찰청, AI 보이스피싱 탐지에 3년간 150억 원">
<meta property="og:url" content="https://news.seoul-techdaily.example/article/2025062803">
<meta property="article:published_time" content="2025-06-28T13:40:00+09:00">
</head>
<body>
<header class="site-header"><a class="brand" href="/">서울테크데일리</a></header>
<main class="content">
<h1 class="headline">경찰청, AI 보이스피싱 탐지에 3년간 150억 원</h1>
<p class="byline"><span class="reporter">한도윤 기자</span> <span class="times">입력 2025-06-28 13:40</span></p>
<div class="article-txt" itemprop="articleBody">
경찰청이 통신사, 금융회사와 함께 AI 보이스피싱 탐지 체계를 만든다. 경찰청은 28일 3년간 150억 원을 들여 통화 패턴 분석 모델을 개발한다고 밝혔다.<br><br>
SK텔레콤과 KT는 의심 통화 정보를, 금융위원회는 은행권 의심 계좌 정보를 공유한다. 지난해 보이스피싱 피해액은 수천억원에 이르렀다.<br><br>
시스템은 내년 1분기 시범 가동된다. 경찰청 관계자는 "피해 1건당 평균 4천만 원을 넘는 만큼 조기 차단이 중요하다"고 말했다.<br><br>
한도윤 기자 doyun@seoul-techdaily.example<br>
ⓒ 서울테크데일리 무단전재 및 재배포 금지
</div>
</main>
<footer class="site-footer"><p>ⓒ 서울테크데일리. All rights reserved.</p></footer>
</body>
</html>
"""

# No <meta charset>: only the HTTP header says euc-kr, and 똠 exists only in CP949.
ARTICLE_3 = """<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<title>인천시, 송도 바이오·AI 특화단지 추진…민자 수천억원 유치 목표 - 경인데일리</title>
<link rel="canonical" href="https://www.gyeongin-daily.example/news/articleView.html?idxno=88104">
</head>
<body>
<div id="top_menu"><a href="/">경인데일리</a> | <a href="/news/list.html?sec=2">경제</a></div>
<div class="news_title">
<h3>인천시, 송도 바이오·AI 특화단지 추진…민자 수천억원 유치 목표</h3>
<div class="news_date">기사입력 2025-06-27 11:00</div>
<div class="news_writer">이정민 기자</div>
</div>
<div id="news_body_area">
<p>인천시가 송도국제도시에 바이오와 AI를 결합한 특화단지를 조성한다. 인천시는 27일 민간 투자 수천억원을 유치하는 것을 목표로 내년 상반기 특화단지 지정을 신청한다고 밝혔다.</p>
<p>발표는 송도 창업지원센터 1층 카페 '똠방'에서 열린 입주 기업 간담회에서 나왔다. 간담회에는 삼성바이오로직스와 셀트리온 관계자도 참석했다.</p>
<p>인천시는 단지 기반시설에 시비 350억 원을 투입하고, 인천국제공항공사와 물류 협력 방안도 논의하고 있다.</p>
<p class="news_email">이정민 기자 news@gyeongin-daily.example</p>
</div>
<div class="news_copy">저작권자 ⓒ 경인데일리 무단전재 및 재배포 금지</div>
</body>
</html>
"""

NOT_FOUND = """<!DOCTYPE html>
<html lang="ko"><head><meta charset="utf-8"><title>페이지를 찾을 수 없습니다 | 서울테크데일리</title></head>
<body><h1>404 Not Found</h1><p>요청하신 기사를 찾을 수 없습니다.</p><p><a href="/">홈으로</a></p></body></html>
"""


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    out_path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "sample.warc.gz")

    a1 = ARTICLE_1.encode("utf-8")
    a2 = ARTICLE_2.encode("utf-8")
    a3 = ARTICLE_3.encode("cp949")
    nf = NOT_FOUND.encode("utf-8")
    png = tiny_png()

    u1 = "https://news.seoul-techdaily.example/article/2025062802"
    u2 = "https://news.seoul-techdaily.example/article/2025062803"
    u3 = "https://www.gyeongin-daily.example/news/articleView.html?idxno=88104"
    u4 = "https://news.seoul-techdaily.example/article/2025069999"
    u5 = "https://news.seoul-techdaily.example/img/logo.png"

    info = ("software: knews samples/crawl/make_sample_warc.py\r\n"
            "format: WARC File Format 1.1\r\n"
            "conformsTo: https://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/\r\n"
            "description: knews sample crawl (invented pages)\r\n"
            "robots: obey\r\n").encode("utf-8")

    request = ("GET /article/2025062802 HTTP/1.1\r\n"
               "Host: news.seoul-techdaily.example\r\n"
               "User-Agent: knews-sample-crawler/1.0\r\n"
               "Accept: text/html\r\n"
               "Accept-Encoding: identity\r\n\r\n").encode("ascii")

    server = ("Server", "nginx")
    r1 = http_response(200, "OK", [("Date", "Sat, 28 Jun 2025 01:20:00 GMT"), server,
                                   ("Content-Type", "text/html; charset=utf-8"),
                                   ("Content-Length", str(len(a1))), ("Connection", "close")], a1)
    # Chunk boundaries land inside 3-byte Hangul sequences on purpose.
    r2 = http_response(200, "OK", [("Date", "Sat, 28 Jun 2025 05:00:00 GMT"), server,
                                   ("Content-Type", "text/html; charset=UTF-8"),
                                   ("Transfer-Encoding", "chunked"), ("Connection", "close")],
                       chunked(a2, splitting_chunk_size(a2)))
    r3 = http_response(200, "OK", [("Date", "Fri, 27 Jun 2025 02:30:00 GMT"), ("Server", "Apache"),
                                   ("Content-Type", "text/html; charset=euc-kr"),
                                   ("Content-Length", str(len(a3)))], a3)
    r4 = http_response(404, "Not Found", [("Date", "Sat, 28 Jun 2025 05:01:00 GMT"), server,
                                          ("Content-Type", "text/html; charset=utf-8"),
                                          ("Content-Length", str(len(nf)))], nf)
    r5 = http_response(200, "OK", [("Date", "Sat, 28 Jun 2025 05:01:30 GMT"), server,
                                   ("Content-Type", "image/png"),
                                   ("Content-Length", str(len(png)))], png)
    meta = (f"via: {u1}\r\n"
            "fetchTimeMs: 231\r\n"
            "outlink: https://news.seoul-techdaily.example/article/2025062801 L a/@href\r\n"
            "outlink: https://news.seoul-techdaily.example/section/ai L a/@href\r\n").encode("utf-8")

    resp = "application/http; msgtype=response"
    records = [
        warc_record("warcinfo", "warcinfo", "2025-06-28T05:00:00Z", info, "application/warc-fields",
                    extra=[("WARC-Filename", "sample.warc.gz")]),
        warc_record("request", "request-1", "2025-06-28T05:00:01Z", request,
                    "application/http; msgtype=request", uri=u1,
                    extra=[("WARC-Warcinfo-ID", record_id("warcinfo")),
                           ("WARC-Concurrent-To", record_id("response-1"))]),
        warc_record("response", "response-1", "2025-06-28T05:00:01Z", r1, resp, uri=u1,
                    extra=[("WARC-Warcinfo-ID", record_id("warcinfo")),
                           ("WARC-IP-Address", "192.0.2.10"),
                           ("WARC-Payload-Digest", sha1_b32(a1))]),
        warc_record("response", "response-2", "2025-06-28T05:00:05Z", r2, resp, uri=u2,
                    extra=[("WARC-Warcinfo-ID", record_id("warcinfo")),
                           ("WARC-IP-Address", "192.0.2.10")]),
        warc_record("response", "response-3", "2025-06-28T05:00:09Z", r3, resp, uri=u3,
                    extra=[("WARC-Warcinfo-ID", record_id("warcinfo")),
                           ("WARC-IP-Address", "198.51.100.7"),
                           ("WARC-Payload-Digest", sha1_b32(a3))]),
        warc_record("response", "response-4", "2025-06-28T05:01:00Z", r4, resp, uri=u4,
                    extra=[("WARC-Warcinfo-ID", record_id("warcinfo")),
                           ("WARC-IP-Address", "192.0.2.10"),
                           ("WARC-Payload-Digest", sha1_b32(nf))]),
        warc_record("response", "response-5", "2025-06-28T05:01:30Z", r5, resp, uri=u5,
                    extra=[("WARC-Warcinfo-ID", record_id("warcinfo")),
                           ("WARC-IP-Address", "192.0.2.10"),
                           ("WARC-Payload-Digest", sha1_b32(png))]),
        warc_record("metadata", "metadata-1", "2025-06-28T05:00:02Z", meta, "application/warc-fields",
                    uri=u1, extra=[("WARC-Refers-To", record_id("response-1")),
                                   ("WARC-Concurrent-To", record_id("response-1"))]),
    ]

    with open(out_path, "wb") as f:
        for rec in records:
            f.write(gzip.compress(rec, compresslevel=9, mtime=0))
    print(f"wrote {out_path}: {len(records)} records")


if __name__ == "__main__":
    main()
