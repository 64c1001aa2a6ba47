#!/usr/bin/env python3
"""Deterministic corpus of made-up Korean news pages for the extraction benchmark.

    python3 make_corpus.py OUT_DIR [--pages N] [--seed S]

Pages are 30-60 KB like real ones: a heavy <head> (scripts, styles, meta), menus, a body of
paragraphs dense with amounts, dates and organizations, sidebars, comments and a footer.
Three templates; about a third of the pages are EUC-KR/CP949. Every text is generated here.
"""
import argparse
import json
import os
import random

ORGS = ["과학기술정보통신부", "기획재정부", "산업통상자원부", "금융위원회", "공정거래위원회", "정보통신산업진흥원",
        "한국전력공사", "서울시", "경기도", "삼성전자", "SK하이닉스", "네이버", "카카오", "LG에너지솔루션", "현대자동차",
        "엔비디아", "한국은행", "국민연금공단", "중소벤처기업부", "KT"]
AMOUNTS = ["2조5천억원", "1,936억원", "4천800만원", "30억~50억원", "약 1조 원", "수천억원", "250억 원", "3억5000만원",
           "12억 달러", "최대 500억원"]
DATES = ["27일", "지난달 30일", "다음 달 21일", "올해 하반기", "내년 1분기", "2025년 7월 1일", "오는 9월", "연내", "이날", "2026년 상반기"]
VERBS = ["밝혔다", "발표했다", "전했다", "설명했다", "강조했다", "내다봤다", "덧붙였다", "집계됐다"]
NOUNS = ["인공지능 반도체", "데이터센터", "청년 일자리", "수출 바우처", "전력망", "배터리 공급망", "클라우드 전환",
         "디지털 인재", "스마트 공장", "연구개발 예산", "지역 균형 발전", "탄소 중립"]
SITES = [("한빛경제", "hanbit-econ.example"), ("누리일보", "nuri-daily.example"), ("새벽일보", "dawn.example")]
NAMES = ["홍길동", "김민지", "박영희", "이수진", "정하늘", "최정훈", "남궁민수", "윤서아"]


def sentence(r):
    return (f"{r.choice(ORGS)}은 {r.choice(DATES)} {r.choice(NOUNS)} 사업에 {r.choice(AMOUNTS)}을 투입한다고 "
            f"{r.choice(VERBS)}. {r.choice(ORGS)} 관계자는 \"{r.choice(NOUNS)} 분야의 경쟁력을 높이겠다\"고 {r.choice(VERBS)}.")


def paragraphs(r, n):
    return [" ".join(sentence(r) for _ in range(r.randint(1, 3))) for _ in range(n)]


def head(r, title, site, charset, extra):
    scripts = "".join(
        f"<script>window.dataLayer=window.dataLayer||[];function gtag{i}(){{dataLayer.push(arguments)}};"
        f"var cfg{i}={{'section':'economy','id':{r.randint(1000, 99999)},'flags':[1,2,3,4,5,6,7,8]}};</script>\n"
        for i in range(r.randint(6, 12)))
    style = "<style>" + "".join(f".c{i}{{margin:{i}px;padding:{i % 7}px;color:#{i:06x}}}" for i in range(r.randint(80, 160))) + "</style>"
    return (f"<head>{charset}<title>{title} - {site}</title>"
            f"<meta property=\"og:title\" content=\"{title}\"><meta property=\"og:site_name\" content=\"{site}\">"
            f"<meta name=\"viewport\" content=\"width=device-width\">{extra}{style}{scripts}</head>")


def menu(r):
    items = "".join(f"<li><a href=\"/section/{i}\">{r.choice(NOUNS)}</a></li>" for i in range(r.randint(20, 40)))
    return f"<nav id=\"gnb\"><ul>{items}</ul></nav>"


def sidebar(r):
    lis = "".join(f"<li><a href=\"/news/{r.randint(1, 10**6)}\">{r.choice(ORGS)}, {r.choice(NOUNS)} {r.choice(VERBS)}</a></li>"
                  for _ in range(r.randint(10, 25)))
    return f"<aside class=\"side\"><div class=\"popular_news\"><h3>많이 본 뉴스</h3><ol>{lis}</ol></div></aside>"


def footer(site):
    return f"<footer id=\"footer\"><p>{site} | 서울시 중구 | 등록번호 서울 아00000</p><p>Copyright © {site}. All rights reserved.</p></footer>"


def template_a(r, i, title, site, host, ps, name, when):
    body = "".join(f"<p>{p}</p>" for p in ps)
    return (f"<div id=\"wrap\">{menu(r)}<div class=\"article_head\"><h1 class=\"headline\">{title}</h1>"
            f"<div class=\"byline\">{name} 기자 입력 {when}</div></div>"
            f"<div class=\"share_btn\"><a href=\"#\">페이스북</a><a href=\"#\">트위터</a></div>"
            f"<div itemprop=\"articleBody\" class=\"article-txt\">{body}"
            f"<p>{name} 기자 reporter{i}@{host}</p><p>저작권자 © {site} 무단전재 및 재배포 금지</p></div>"
            f"{sidebar(r)}</div>")


def template_b(r, i, title, site, host, ps, name, when):
    body = "<br><br>".join(ps)
    return (f"<div id=\"container\">{menu(r)}<h2 class=\"tit\">{title}</h2><span class=\"date\">기사입력 {when}</span>"
            f"<div id=\"article_body\">{body}<br><br>[{site} {name} 기자]</div>"
            f"<div class=\"relate_news\"><h3>관련기사</h3><ul>"
            + "".join(f"<li><a href=\"/a/{k}\">{r.choice(NOUNS)} 관련 소식 {k}</a></li>" for k in range(8))
            + f"</ul></div>{sidebar(r)}</div>")


def template_c(r, i, title, site, host, ps, name, when):
    body = "".join(f"<p>{p}</p>" + (f"<figure><img src=\"/p/{k}.jpg\"><figcaption>사진 설명 {k}</figcaption></figure>" if k % 3 == 1 else "")
                   for k, p in enumerate(ps))
    return (f"{menu(r)}<article><header><h1>{title}</h1><p class=\"meta\">{when} | {name} 기자</p></header>"
            f"<div class=\"story\">{body}</div><div class=\"comment_area\"><p>댓글 {r.randint(0, 99)}개</p></div></article>{sidebar(r)}")


def page(r, i, with_label=False):
    site, host = SITES[i % 3]
    title = f"{r.choice(ORGS)}, {r.choice(NOUNS)}에 {r.choice(AMOUNTS)} 투입"
    ps = paragraphs(r, r.randint(6, 14))
    name = r.choice(NAMES)
    when = f"2025.{r.randint(1, 12):02d}.{r.randint(1, 28):02d} {r.randint(0, 23):02d}:{r.randint(0, 59):02d}"
    cp949 = i % 3 == 1
    charset = '<meta charset="euc-kr">' if cp949 else '<meta charset="utf-8">'
    extra = f"<link rel=\"canonical\" href=\"https://www.{host}/news/{i}\">"
    body = [template_a, template_b, template_c][i % 3](r, i, title, site, host, ps, name, when)
    html = f"<!DOCTYPE html><html lang=\"ko\">{head(r, title, site, charset, extra)}<body>{body}{footer(site)}</body></html>"
    # Pad with more menu/sidebar boilerplate to reach 30-60 KB.
    target = r.randint(30_000, 60_000)
    filler = ""
    while len(html.encode("utf-8")) + len(filler.encode("utf-8")) < target:
        filler += sidebar(r)
    html = html.replace("</body>", f"<div class=\"bottom_links\">{filler}</div></body>")
    data = html.encode("cp949", errors="xmlcharrefreplace") if cp949 else html.encode("utf-8")
    label = {"title": title, "published": when.replace(".", "-").replace(" ", "T"), "author": name, "body": "\n".join(ps)}
    return (data, label) if with_label else data


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--pages", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--labels", action="store_true", help="also write labels.jsonl (the generator's truth)")
    a = ap.parse_args()
    r = random.Random(a.seed)
    os.makedirs(a.out, exist_ok=True)
    labels = open(os.path.join(a.out, "labels.jsonl"), "w", encoding="utf-8") if a.labels else None
    for i in range(a.pages):
        data, label = page(r, i, with_label=True)
        name = f"page{i:06d}.html"
        with open(os.path.join(a.out, name), "wb") as f:
            f.write(data)
        if labels:
            labels.write(json.dumps({"file": name, **label}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
