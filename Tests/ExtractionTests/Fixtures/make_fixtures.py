#!/usr/bin/env python3
"""Writes the binary fixtures of ExtractionTests (encodings, gzip, WARC, bad inputs).

Run from this folder: python3 make_fixtures.py. Every text is made up for these tests.
Deterministic: gzip headers carry mtime 0, so rerunning changes no byte.
"""
import gzip
import io
import os

HERE = os.path.dirname(os.path.abspath(__file__))

def write(name, data):
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(data)

def gz(data):
    buf = io.BytesIO()
    with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0) as g:
        g.write(data)
    return buf.getvalue()

# CP949-only syllables (outside the 2,350 of KS X 1001): 똠 햏 쏼 뷁.
CP949_TITLE = "똠방각하 햏자의 쏼라쏼라 뷁 일기"
CP949_BODY = ["똠얌꿍을 끓이던 햏자가 쏼쏼 흐르는 물에 뷁 하고 놀랐다는 이야기가 전해졌다.",
              "마을 사람들은 이 일을 두고 한동안 웃음꽃을 피웠다고 주민 대표가 말했다."]

FILLER = "이 문단은 본문이 충분히 길도록 덧붙인 문장으로, 추출기가 기사로 인정하는지 확인하는 데 쓰인다."

def page(head_charset, title, body, extra_head=""):
    paragraphs = "".join(f"<p>{p}</p>" for p in body + [FILLER])
    return (f"<html><head>{head_charset}{extra_head}<title>{title}</title></head>"
            f"<body><div class=\"article_body\">{paragraphs}</div></body></html>")

# 1. CP949-only syllables under a euc-kr meta label.
write("cp949-meta-euckr.html",
      page('<meta charset="euc-kr">', CP949_TITLE, CP949_BODY).encode("cp949"))
# 2. meta http-equiv with ks_c_5601-1987.
write("cp949-http-equiv.html",
      page('<meta http-equiv="Content-Type" content="text/html; charset=ks_c_5601-1987">',
           "한글 인코딩 꽹과리 기사", ["꽹과리 소리가 울리는 장터에서 상인들이 손님을 맞았다. 올해 장터는 사흘 동안 열린다."]).encode("cp949"))
# 3. No label at all, CP949 bytes: guessed.
write("cp949-unlabelled.html",
      page("", "라벨 없는 완성형 문서", ["라벨이 없어도 바이트 모양으로 인코딩을 알아낸다. 똠과 햏도 들어 있다."]).encode("cp949"))
# 4. No label, UTF-8 bytes: guessed.
write("utf8-unlabelled.html",
      page("", "라벨 없는 유니코드 문서", ["라벨이 없는 UTF-8 문서도 그대로 읽힌다. 똠과 햏도 들어 있다."]).encode("utf-8"))
# 5. UTF-8 BOM beats a wrong meta label.
write("utf8-bom-wrong-meta.html",
      b"\xef\xbb\xbf" + page('<meta charset="euc-kr">', "바이트 순서 표시가 이긴다",
                             ["BOM이 있으면 메타 태그의 euc-kr 선언보다 우선한다."]).encode("utf-8"))
# 6. Declared UTF-8 with a few invalid bytes.
good = page('<meta charset="utf-8">', "깨진 바이트가 섞인 기사",
            ["앞부분은 멀쩡하다. XX 뒷부분도 읽혀야 한다."]).encode("utf-8")
write("utf8-invalid-bytes.html", good.replace(b"XX", b"\xff\xfe\xc3"))
# 7. UTF-16LE with BOM.
write("utf16le-bom.html", b"\xff\xfe" + page('<meta charset="utf-16">', "UTF-16 문서",
      ["UTF-16으로 저장된 문서도 읽는다."]).encode("utf-16-le"))

# gzip: a page, a truncated page, a multi-member page.
article = open(os.path.join(HERE, "generic-og.html"), "rb").read()
write("generic-og.html.gz", gz(article))
truncated = gz(article * 20)
write("truncated.html.gz", truncated[: len(truncated) // 2])
half = len(article) // 2
write("multi-member.html.gz", gz(article[:half]) + gz(article[half:]))
write("empty.html", b"")
write("binary.html", bytes(range(256)) * 8)
write("notes.html", "이 파일에는 마크업이 전혀 없다. 그냥 메모다.\n".encode("utf-8") * 4)

# WARC with mixed records.
RECORD_IDS = iter(range(1, 1000))

def warc_record(kind, uri, block, content_type, extra=None):
    headers = [
        "WARC/1.1",
        f"WARC-Type: {kind}",
        f"WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-{next(RECORD_IDS):012d}>",
        "WARC-Date: 2025-06-27T08:12:00Z",
    ]
    if uri:
        headers.append(f"WARC-Target-URI: {uri}")
    headers.append(f"Content-Type: {content_type}")
    headers += extra or []
    headers.append(f"Content-Length: {len(block)}")
    return ("\r\n".join(headers) + "\r\n\r\n").encode() + block + b"\r\n\r\n"

def http(status, headers, body):
    reason = {200: "OK", 404: "Not Found"}[status]
    head = f"HTTP/1.1 {status} {reason}\r\n" + "".join(f"{k}: {v}\r\n" for k, v in headers) + "\r\n"
    return head.encode() + body

def warc_page(title, paragraphs, charset_meta="utf-8"):
    ps = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f'<html><head><meta charset="{charset_meta}"><title>{title} - 크롤뉴스</title>'
            f'<meta property="og:site_name" content="크롤뉴스"></head>'
            f'<body><h1>{title}</h1><div id="article_body">{ps}</div></body></html>')

def chunk(data, size=50):
    out = b""
    for i in range(0, len(data), size):
        piece = data[i:i + size]
        out += f"{len(piece):x}\r\n".encode() + piece + b"\r\n"
    return out + b"0\r\n\r\n"

records = []
records.append(warc_record("warcinfo", None, b"software: knews-fixture\r\nformat: WARC File Format 1.1\r\n",
                           "application/warc-fields"))                                                    # 0
records.append(warc_record("request", "https://crawl-news.example/a/1",
                           b"GET /a/1 HTTP/1.1\r\nHost: crawl-news.example\r\n\r\n",
                           "application/http; msgtype=request"))                                         # 1
p1 = warc_page("크롤링된 첫 기사", ["첫 번째 응답 레코드의 본문 문단이다. 충분히 긴 문장을 담아 둔다.", "두 번째 문단이다."]).encode()
records.append(warc_record("response", "https://crawl-news.example/a/1",
                           http(200, [("Content-Type", "text/html; charset=utf-8"), ("Content-Length", str(len(p1)))], p1),
                           "application/http; msgtype=response"))                                        # 2
p404 = b"<html><head><title>Not Found</title></head><body><h1>404</h1></body></html>"
records.append(warc_record("response", "https://crawl-news.example/missing",
                           http(404, [("Content-Type", "text/html")], p404),
                           "application/http; msgtype=response"))                                        # 3
records.append(warc_record("response", "https://crawl-news.example/logo.png",
                           http(200, [("Content-Type", "image/png")], b"\x89PNG\r\n\x1a\n" + bytes(64)),
                           "application/http; msgtype=response"))                                        # 4
p2 = warc_page("청크 전송된 완성형 기사", ["청크로 나뉘어 전송된 본문도 이어 붙여 읽는다. 똠과 햏이 들어 있다.", "인코딩은 HTTP 헤더가 알려 준다."],
               charset_meta="utf-8").encode("cp949")
records.append(warc_record("response", "https://crawl-news.example/a/2",
                           http(200, [("Content-Type", "text/html; charset=EUC-KR"), ("Transfer-Encoding", "chunked")], chunk(p2)),
                           "application/http; msgtype=response"))                                        # 5
p3 = warc_page("압축 전송된 기사", ["gzip으로 압축된 본문을 풀어서 읽는다. 압축 해제 뒤 문단이 그대로 나온다."]).encode()
records.append(warc_record("response", "https://crawl-news.example/a/3",
                           http(200, [("Content-Type", "text/html"), ("Content-Encoding", "gzip")], gz(p3)),
                           "application/http; msgtype=response"))                                        # 6
records.append(warc_record("metadata", "https://crawl-news.example/a/3", b"fetchTimeMs: 120\r\n",
                           "application/warc-fields"))                                                   # 7
p4 = warc_page("헤더 없는 기사", ["Content-Type 헤더가 없지만 HTML로 보이는 응답이다. 내용을 살펴 HTML로 판단한다."]).encode()
records.append(warc_record("response", "https://crawl-news.example/a/4", http(200, [], p4),
                           "application/http; msgtype=response"))                                        # 8
records.append(warc_record("response", "https://crawl-news.example/data.json",
                           http(200, [("Content-Type", "application/json")], b'{"ok":true}'),
                           "application/http; msgtype=response"))                                        # 9
write("mixed.warc", b"".join(records))
write("mixed.warc.gz", b"".join(gz(r) for r in records))
# Truncated WARC.gz: cut inside the last member.
all_gz = b"".join(gz(r) for r in records)
write("truncated.warc.gz", all_gz[:-20])
