#!/usr/bin/env python3
"""Deterministic synthetic Korean news corpus for the knews benchmark.

    python3 Benchmarks/corpus/generate_corpus.py --pages 20000 --seed 1 --out Benchmarks/corpus-20000-1

Writes N pages of realistic portal/newspaper markup (30-60 KB each: head with meta, Open Graph
and JSON-LD, big navigation, sidebars with popular and related lists, ads, inline scripts and
styles, comments, share buttons, footer) into DIR/000/, DIR/001/, ... (1,000 pages a folder),
plus DIR/pipeline.yml (the folder as input, the site profile for the list template) and
DIR/manifest.json (what was generated, so a cached corpus can be recognised).

Four made-up sites, one template each:
  nuri     article page, JSON-LD NewsArticle + Open Graph, <p> paragraphs in itemprop=articleBody
  seon     article page, Open Graph + article:published_time only, body split by <br><br>,
           visible byline "기사입력 2025.06.27 오후 5:12"
  daon     article page, no structured metadata: <h1>, byline "입력 2025-06-27 17:12 | 수정 ...",
           reporter line with e-mail, <p> paragraphs in <article class="news_body">
  hangyeol search/list page with 10-20 results, read through the site profile in pipeline.yml
About 20% of the pages are encoded in CP949 (Python's cp949 codec) and say so with a meta
charset label; the rest are UTF-8. About 1% are "page not found" pages with the full chrome.

Every page is a pure function of (seed, page index): the same arguments always give the same
bytes, so a corpus can be rebuilt anywhere and measurements compared. Python 3 stdlib only.
All word lists and sentence templates below were written for this benchmark.
"""

from __future__ import annotations

import argparse
import html
import json
import os
import random
import re
import sys
import time

GENERATOR_VERSION = 1
PAGES_PER_FOLDER = 1000

# ---------------------------------------------------------------------------------------------
# Korean particles: the right form depends on whether the word ends in a final consonant.

# Latin letters read with a final consonant when spelled out (엘, 엠, 엔, 알).
_LATIN_FINAL = set("LMNRlmnr")


def has_final_consonant(word: str) -> bool:
    w = word.rstrip()
    # A trailing parenthetical ("정보통신산업진흥원(NIPA)") is read after the word before it.
    while w.endswith(")") and "(" in w:
        w = w[: w.rindex("(")].rstrip()
    if not w:
        return False
    last = w[-1]
    code = ord(last)
    if 0xAC00 <= code <= 0xD7A3:
        return (code - 0xAC00) % 28 != 0
    if last.isdigit():
        return last in "013678"  # 영, 일, 삼, 육, 칠, 팔
    return last in _LATIN_FINAL


def ends_in_rieul(word: str) -> bool:
    last = word.rstrip()[-1:]
    if not last:
        return False
    code = ord(last)
    return 0xAC00 <= code <= 0xD7A3 and (code - 0xAC00) % 28 == 8


_PARTICLES = {
    "은": ("은", "는"), "는": ("은", "는"),
    "이": ("이", "가"), "가": ("이", "가"),
    "을": ("을", "를"), "를": ("을", "를"),
    "과": ("과", "와"), "와": ("과", "와"),
    "이다": ("이다", "다"), "이었다": ("이었다", "였다"),
}


def attach(word: str, particle: str) -> str:
    if particle in ("으로", "로"):
        if has_final_consonant(word) and not ends_in_rieul(word):
            return word + "으로"
        return word + "로"
    pair = _PARTICLES.get(particle)
    if pair is None:
        return word + particle
    return word + (pair[0] if has_final_consonant(word) else pair[1])


# ---------------------------------------------------------------------------------------------
# Word lists.

AGENCIES = [
    "과학기술정보통신부", "과기정통부", "기획재정부", "기재부", "산업통상자원부", "산업부",
    "금융위원회", "금융위", "공정거래위원회", "공정위", "한국은행", "정보통신산업진흥원(NIPA)",
    "한국전력공사", "한전", "국토교통부", "국토부", "중소벤처기업부", "중기부", "한국산업은행",
    "금융감독원", "금감원", "방송통신위원회", "한국인터넷진흥원(KISA)", "국세청", "서울시",
    "통계청", "환경부", "고용노동부", "보건복지부", "한국수자원공사", "한국토지주택공사(LH)",
    "정보통신기획평가원(IITP)", "한국전자통신연구원(ETRI)", "특허청", "관세청",
]

COMPANIES = [
    "삼성전자", "SK하이닉스", "SK텔레콤", "KT", "LG유플러스", "LG전자", "LG에너지솔루션",
    "현대자동차", "현대차", "기아", "네이버", "네이버클라우드", "카카오", "카카오뱅크",
    "포스코홀딩스", "한화에어로스페이스", "셀트리온", "삼성바이오로직스", "엔비디아",
    "마이크로소프트", "구글", "애플", "오픈AI", "TSMC", "쿠팡", "두산에너빌리티",
    "HD현대중공업", "CJ제일제당", "롯데케미칼", "신한은행", "KB국민은행", "하나은행",
    "삼성SDI", "SK이노베이션", "현대모비스", "크래프톤", "엔씨소프트", "아마존", "인텔", "퀄컴",
]

ORGS = AGENCIES + COMPANIES

PROJECTS = [
    "인공지능(AI) 데이터센터 구축 사업", "반도체 클러스터 조성", "차세대 배터리 공장 증설",
    "클라우드 전환 지원 사업", "6G 원천기술 개발 과제", "서남해 해상풍력 단지",
    "소형모듈원자로(SMR) 개발", "초거대 AI 모델 고도화", "스마트공장 보급 확산",
    "공공기관 클라우드 이전", "양자컴퓨터 연구 인프라", "디지털 헬스케어 플랫폼",
    "송전망 확충 계획", "수소 충전소 확대", "자율주행 실증 사업", "GPU 확보 계획",
    "유상증자", "자사주 매입", "파운드리 설비 투자", "연구개발(R&D) 예산 확대",
    "전기차 충전 인프라 구축", "지역 거점 데이터센터", "차세대 메모리 생산라인",
    "소상공인 디지털 전환 지원", "사이버보안 인력 양성", "K-콘텐츠 펀드 조성",
]

TOPICS = [
    "반도체", "인공지능", "클라우드", "데이터센터", "전기차", "배터리", "원전", "통신",
    "플랫폼", "바이오", "핀테크", "조선", "방산", "게임", "콘텐츠", "스마트폰", "로봇",
]

QUOTES = [
    "이번 투자로 국내 생태계의 경쟁력을 한 단계 끌어올리겠다",
    "고객 신뢰를 최우선으로 두고 사업을 넓혀 가겠다",
    "글로벌 시장에서 의미 있는 성과를 낼 수 있도록 지원을 아끼지 않겠다",
    "시장 상황을 면밀히 살피면서 집행 속도를 조절하겠다",
    "중소 협력사와 함께 성장하는 방안도 함께 마련하겠다",
    "데이터센터 전력 수요 증가에 선제적으로 대응하겠다",
    "현장의 목소리를 반영해 제도를 보완하겠다",
    "단기 실적보다 중장기 기술 경쟁력에 집중하겠다",
]

ROLES = ["대표", "장관", "원장", "부사장", "사장", "본부장", "차관", "센터장", "실장", "최고재무책임자(CFO)"]

SURNAMES = list("김이박최정강조윤장임한오서신권황안송류전홍문양손배")
GIVEN = [
    "민수", "서연", "지훈", "하은", "도윤", "수빈", "예준", "지민", "현우", "유진", "성호",
    "은지", "재원", "나래", "태영", "소희", "동현", "가은", "준서", "혜린", "승민", "다인",
    "우진", "채원", "영훈", "보람", "상철", "미경", "정우", "아름",
]

# CP949 extends EUC-KR with the syllables KS X 1001 lacks; a few of them, in plausible places.
CP949_ONLY_WORDS = ["똠얌꿍", "햏", "뷁", "쏼라쏼라", "꽦"]

SECTIONS = {
    "정치": ["대통령실", "국회·정당", "북한", "외교", "국방", "행정"],
    "경제": ["금융", "증권", "부동산", "산업", "유통", "중기·벤처", "경제일반", "취업"],
    "IT·과학": ["통신", "인터넷", "모바일", "반도체", "인공지능", "게임", "과학", "보안"],
    "사회": ["사건사고", "교육", "노동", "환경", "복지", "지역", "법원·검찰"],
    "국제": ["미국·북미", "중국", "일본", "유럽", "아시아·호주", "중동·아프리카"],
    "문화": ["책", "공연", "전시", "여행", "음식", "종교"],
    "스포츠": ["야구", "축구", "농구", "배구", "골프", "e스포츠"],
    "연예": ["방송", "영화", "음악", "해외연예"],
    "오피니언": ["사설", "칼럼", "기고", "만평", "독자투고"],
    "포토·영상": ["포토", "영상", "카드뉴스"],
}

COMMENT_TEXTS = [
    "기사 잘 읽었습니다. 후속 보도도 부탁드려요",
    "결국 세금으로 메우는 거 아닌가요",
    "이번에는 제대로 추진되길 바랍니다",
    "숫자만 크고 실속은 없어 보이네요",
    "지역에도 혜택이 돌아갔으면 좋겠습니다",
    "관련 종목 오늘 많이 올랐네요",
    "작년에도 비슷한 발표가 있었던 것 같은데",
    "현장 인력 처우 개선이 먼저입니다",
]

SITES = {
    "nuri": {"name": "누리일보", "host": "www.nuri-ilbo.example", "mail": "nuri-ilbo.example"},
    "seon": {"name": "세온경제", "host": "news.seon-economy.example", "mail": "seon-economy.example"},
    "daon": {"name": "다온비즈", "host": "www.daonbiz.example", "mail": "daonbiz.example"},
    "hangyeol": {"name": "한결뉴스", "host": "www.hangyeol-news.example", "mail": "hangyeol-news.example"},
}

# ---------------------------------------------------------------------------------------------
# Amounts, dates, sentences.


def money(rng: random.Random) -> str:
    kind = rng.randrange(16)
    if kind == 0:
        return f"{rng.randint(1, 9)}조{rng.randint(1, 9)}천억원"
    if kind == 1:
        return f"{rng.randint(100, 9999):,}억원"
    if kind == 2:
        low = rng.choice([1, 2, 3, 5, 10, 20, 30])
        return f"{low}~{low * rng.choice([2, 3])}억 원"
    if kind == 3:
        return rng.choice(["수천억원", "수백억 원", "수조원", "수십억원", "수천만 원"])
    if kind == 4:
        return f"{rng.randint(1, 900)}억 달러"
    if kind == 5:
        return f"{rng.randint(10, 9999):,}만 달러"
    if kind == 6:
        return f"{rng.randint(100, 99999):,}만원"
    if kind == 7:
        return f"약 {rng.randint(10, 999)}억원"
    if kind == 8:
        return f"최대 {rng.randint(1, 30)}조원"
    if kind == 9:
        return f"{rng.randint(1, 20)}조 {rng.randint(1, 9) * 1000:,}억 원"
    if kind == 10:
        return f"{rng.randint(1, 99)}억{rng.randint(1, 9)}천만원"
    if kind == 11:
        return f"{rng.randint(1, 9)}조{rng.randint(100, 9999):,}억원"
    if kind == 12:
        return f"{rng.randint(2, 60)}억 유로"
    if kind == 13:
        return f"{rng.randint(1, 50)}.{rng.randint(1, 9)}조원"
    if kind == 14:
        return f"{rng.randint(100, 5000):,}억원가량"
    return f"{rng.randint(1, 999)}억 엔"


def date_phrase(rng: random.Random) -> str:
    kind = rng.randrange(22)
    d = rng.randint(1, 28)
    h = rng.randint(1, 11)
    m = rng.randint(1, 12)
    y = rng.choice([2024, 2025, 2026, 2027])
    return [
        f"지난 {d}일",
        f"다음달 {d}일 오후 {h}시",
        f"{y}년 {m}월 {d}일",
        "내년 하반기",
        f"{rng.randint(1, 4)}분기",
        f"오는 {d}일 오전 {h}시",
        "올해 말",
        f"지난해 {rng.randint(1, 4)}분기",
        "이달 말",
        f"{y}년 상반기",
        "다음 달 초",
        f"{y}년",
        f"오는 {m}월",
        f"지난달 {d}일",
        f"{m}월 {d}일",
        "연내",
        "내년 1분기",
        f"{y}년 {m}월",
        f"오는 {d}일 오후 {h}시 30분",
        "이번 주",
        "다음 주",
        f"{y}년 {m}월 중순",
    ][kind]


# {O:은} organisation + particle, {O2:...} a second one, {P:을} project, {M:을} amount,
# {M2} a second amount, {D} date phrase, {T} topic, {Q} quote, {N} person, {R} role,
# {PCT} percentage, {NUM} count, {PRICE} share price.
SENTENCES = [
    "{O:은} {D} {P:을} 위해 총 {M:을} 투입한다고 밝혔다.",
    "{O:은} {D} 서울 중구 본사에서 열린 간담회에서 {P:을} 공식 발표했다.",
    "이번 사업에는 {O:과} {O2:이} 함께 참여하며, 사업비는 {M} 규모다.",
    "{O}의 {D} 영업이익은 {M:으로} 전년 동기 대비 {PCT}% 늘었다.",
    "{O}에서 추진 중인 {P:은} {D} 마무리될 예정이다.",
    "업계에서는 {O:이} {D}까지 {M:을} 추가로 투자할 것으로 보고 있다.",
    "{O:은} {D} {O2:과} {P}에 관한 업무협약(MOU)을 맺었다.",
    "정부는 {D} {P}에 {M:을} 배정했으며, {O:이} 세부 집행을 맡는다.",
    "{N} {O} {R:은} \"{Q}\"고 말했다.",
    "{O:은} 지난해 매출 {M:을} 기록하며 사상 최대 실적을 냈다.",
    "{D} 나온 집계에 따르면 {O}의 시가총액은 {M:을} 넘어섰다.",
    "{O:은} {O2:과} {M} 규모의 공급 계약을 체결했다.",
    "{O:과} {O2:은} {D} 공동 연구개발 성과를 공개할 계획이다.",
    "시장에서는 이번 거래 규모가 {M}에 이를 것으로 추산한다.",
    "{O:은} {D} 이사회를 열고 {M} 규모의 {P:을} 의결했다.",
    "한편 {O:은} {D} 신규 채용 규모를 {NUM}명으로 늘린다고 밝혔다.",
    "{O} 관계자는 \"{D} 중 {P:을} 마무리할 것\"이라고 설명했다.",
    "이에 따라 {O:은} {D}부터 {M:을} 단계적으로 집행한다.",
    "{O:은} {T} 수출액이 {M:으로} 집계됐다고 {D} 밝혔다.",
    "전문가들은 {O:이} {D} {T} 분야에서 {M} 이상의 매출을 올릴 것으로 내다봤다.",
    "{O:은} {O2}에 {M:을} 지원하기로 했다.",
    "{O:은} {D} 정부세종청사에서 브리핑을 열고 이같이 밝혔다.",
    "{O}에서 {D} 열린 설명회에는 관계자 {NUM}여 명이 참석했다.",
    "{O:은} 이번 계약으로 {D} 이후 연간 {M}의 추가 매출이 기대된다고 설명했다.",
    "당초 계획보다 {M} 늘어난 규모다.",
    "{O:은} {D} 공시를 통해 {O2:과} {M} 규모의 지분 투자 계약을 맺었다고 밝혔다.",
    "{O}의 주가는 {D} 장중 한때 {PCT}% 오른 {PRICE}원에 거래됐다.",
    "{O:은} {P}에 {D}까지 {M:을} 쏟아붓는다.",
    "앞서 {O:은} {D} {P:을} 발표하며 {M:을} 책정한 바 있다.",
    "{O:과} 손잡고 {P:을} 추진하는 {O2:은} {D} 첫 성과를 낼 계획이다.",
    "{O:이} 국회에 제출한 자료에 따르면 관련 예산은 {M:으로} 책정됐다.",
    "{O} 측은 \"{Q}\"고 강조했다.",
    "{D} {O:은} {M} 규모의 펀드를 조성해 {P:을} 지원한다고 발표했다.",
    "{O:은} {P:과} 관련해 {D}까지 의견을 수렴할 예정이다.",
    "이 같은 조치로 {O:은} 연간 {M}의 비용을 아낄 수 있을 전망이다.",
    "{O:과} {O2:은} 각각 {M:과} {M2:을} 분담한다.",
    "{O}의 {D} 순이익은 {M:으로}, 시장 예상치를 웃돌았다.",
    "{O}에 따르면 {D} 기준 국내 {T} 시장 규모는 {M}에 달한다.",
    "{O:은} {D} 미국 현지 법인을 통해 {M:을} 조달했다.",
    "{O:은} {D}부터 {T} 관련 규제 개선안을 시행한다.",
    "{O:이} {O2}의 {T} 사업부를 {M}에 인수하는 방안을 검토 중인 것으로 알려졌다.",
    "{N} {R:은} {D} 기자들과 만나 \"{Q}\"고 밝혔다.",
    "{O:은} {D} 발표한 {P} 세부 계획에서 민간 투자 {M:을} 포함했다.",
    "같은 기간 {O2}의 {T} 부문 매출은 {M:으로} {PCT}% 줄었다.",
]

HEADLINES = [
    "{O}, {P}에 {M} 투입",
    "{O}·{O2} {P} 맞손…{D} 본격 추진",
    "{O} {D} 영업이익 {M}…전년比 {PCT}%↑",
    "[단독] {O}, {M} 규모 {P} 추진",
    "{O} \"{D}까지 {P} 완료\"",
    "정부, {P}에 {M} 지원…{O} 주관",
    "{O}, {O2:와} {M} 공급계약",
    "{T} 시장 {M} 시대…{O} 승부수",
    "{O} {P} 속도…{D} 착공",
    "[이슈] {O}의 {T} 전략, {M} 베팅",
]

PARAGRAPH_FILLERS = [
    "행사장 한편에는 {CP} 등 동남아 음식을 맛볼 수 있는 부스도 마련됐다.",
    "현장을 찾은 시민들은 대체로 기대감을 나타냈다.",
    "다만 세부 일정과 재원 조달 방안은 아직 확정되지 않았다.",
    "업계는 후속 조치가 나오는 대로 대응 방향을 정할 방침이다.",
]

_SLOT = re.compile(r"\{(\w+)(?::([^}]+))?\}")


class Writer:
    """Fills templates for one page; all choices come from the page's own generator."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def person(self) -> str:
        return self.rng.choice(SURNAMES) + self.rng.choice(GIVEN)

    def fill(self, template: str) -> str:
        rng = self.rng
        chosen: dict[str, str] = {}

        def value(slot: str) -> str:
            if slot in chosen:
                return chosen[slot]
            if slot == "O":
                v = rng.choice(ORGS)
            elif slot == "O2":
                v = rng.choice(ORGS)
                while v == chosen.get("O"):
                    v = rng.choice(ORGS)
            elif slot in ("M", "M2"):
                v = money(rng)
            elif slot == "D":
                v = date_phrase(rng)
            elif slot == "P":
                v = rng.choice(PROJECTS)
            elif slot == "T":
                v = rng.choice(TOPICS)
            elif slot == "Q":
                v = rng.choice(QUOTES)
            elif slot == "N":
                v = self.person()
            elif slot == "R":
                v = rng.choice(ROLES)
            elif slot == "PCT":
                v = f"{rng.randint(1, 60)}.{rng.randint(0, 9)}"
            elif slot == "NUM":
                v = str(rng.choice([30, 50, 80, 100, 120, 150, 200, 300, 500, 1000]))
            elif slot == "PRICE":
                v = f"{rng.randint(8, 950) * 100:,}"
            elif slot == "CP":
                v = rng.choice(CP949_ONLY_WORDS)
            else:
                v = slot
            chosen[slot] = v
            return v

        def replace(match: re.Match[str]) -> str:
            word = value(match.group(1))
            particle = match.group(2)
            return attach(word, particle) if particle else word

        return _SLOT.sub(replace, template)

    def sentence(self) -> str:
        return self.fill(self.rng.choice(SENTENCES))

    def headline(self) -> str:
        return self.fill(self.rng.choice(HEADLINES))

    def paragraphs(self, low: int, high: int) -> list[str]:
        rng = self.rng
        out = []
        for _ in range(rng.randint(low, high)):
            sentences = [self.sentence() for _ in range(rng.randint(2, 4))]
            if rng.random() < 0.08:
                sentences.append(self.fill(rng.choice(PARAGRAPH_FILLERS)))
            out.append(" ".join(sentences))
        return out


# ---------------------------------------------------------------------------------------------
# Page chrome shared by the templates (every site dresses it differently).


def esc(text: str) -> str:
    return html.escape(text, quote=True)


def article_url(site: str, idxno: int) -> str:
    host = SITES[site]["host"]
    if site == "seon":
        return f"https://{host}/view/{idxno}"
    if site == "daon":
        return f"https://{host}/news/{idxno // 1000}/{idxno}.html"
    return f"https://{host}/news/articleView.html?idxno={idxno}"


def css_block(rng: random.Random, prefix: str, rules: int) -> str:
    props = ["margin", "padding", "font-size", "line-height", "letter-spacing", "border-width", "top", "left"]
    lines = []
    for i in range(rules):
        chosen = rng.sample(props, 3)
        body = ";".join(f"{p}:{rng.randint(0, 40)}px" for p in chosen)
        lines.append(f".{prefix}_{i:03d}{{{body};color:#{rng.randrange(0x1000000):06x}}}")
    return "<style>\n" + "\n".join(lines) + "\n</style>\n"


def nav_html(rng: random.Random, site: str, cls: str) -> str:
    host = SITES[site]["host"]
    parts = [f'<nav class="{cls}" role="navigation"><ul class="{cls}_list">']
    code = 10
    for section, subs in SECTIONS.items():
        code += 1
        parts.append(
            f'<li class="{cls}_item"><a href="https://{host}/list.html?sc={code}" '
            f'data-track="gnb_{code}">{esc(section)}</a><ul class="{cls}_sub">'
        )
        for j, sub in enumerate(subs):
            parts.append(
                f'<li><a href="https://{host}/list.html?sc={code}&amp;sub={code}{j:02d}&amp;view=list" '
                f'class="{cls}_link" data-track="gnb_{code}_{j}">{esc(sub)}</a></li>'
            )
        parts.append("</ul></li>")
    parts.append("</ul></nav>\n")
    return "".join(parts)


def headline_list(w: Writer, site: str, cls: str, title: str, count: int, thumbs: bool) -> str:
    rng = w.rng
    parts = [f'<div class="{cls}"><h3 class="{cls}_title">{esc(title)}</h3><ol>']
    for rank in range(1, count + 1):
        text = w.headline()
        url = article_url(site, rng.randint(100000, 999999))
        thumb = (
            f'<span class="thumb"><img src="https://img.{SITES[site]["host"]}/t/{rng.randrange(10**8):08d}.jpg" '
            f'alt="{esc(text)}" loading="lazy" width="90" height="60"></span>'
            if thumbs else ""
        )
        parts.append(
            f'<li><span class="rank">{rank}</span><a href="{url}" title="{esc(text)}">{thumb}'
            f'<span class="tit">{esc(text)}</span></a></li>'
        )
    parts.append("</ol></div>\n")
    return "".join(parts)


def ad_block(rng: random.Random, slot: str) -> str:
    return (
        f'<div class="ad_area" id="ad_{slot}"><!-- ad slot {slot} -->'
        f'<ins class="adunit" data-slot="{rng.randrange(10**10):010d}" data-size="300x250" '
        f'style="display:block"></ins><script>(window.adQueue = window.adQueue || []).push('
        f'{{slot: "{slot}", refresh: {rng.randint(30, 120)}}});</script></div>\n'
    )


def tracking_script(rng: random.Random, site: str) -> str:
    account = f"KN-{rng.randrange(10**6):06d}"
    return (
        "<script>\n"
        "(function (w, d) {\n"
        "  w.dataLayer = w.dataLayer || [];\n"
        "  function track() { w.dataLayer.push(arguments); }\n"
        f"  track('init', '{account}', {{ site: '{site}', anonymize: true }});\n"
        "  track('event', 'page_view', { referrer: d.referrer, path: w.location.pathname });\n"
        "  var s = d.createElement('script'); s.async = true;\n"
        f"  s.src = 'https://stats.{SITES[site]['host']}/collect.js?id={account}';\n"
        "  d.head.appendChild(s);\n"
        "})(window, document);\n"
        "</script>\n"
    )


def state_script(w: Writer, site: str, entries: int) -> str:
    """The big JSON blob modern portals inline for their front-end framework."""
    rng = w.rng
    items = []
    for i in range(entries):
        items.append({
            "id": rng.randint(100000, 999999),
            "title": w.headline(),
            "section": rng.choice(list(SECTIONS)),
            "thumb": f"/t/{rng.randrange(10**8):08d}.jpg",
            "views": rng.randint(100, 99999),
        })
    state = {"site": site, "build": f"{rng.randrange(16**8):08x}", "recommend": items,
             "flags": {"darkMode": rng.random() < 0.5, "comments": True, "liveTicker": False}}
    return ("<script>window.__INITIAL_STATE__ = " + json.dumps(state, ensure_ascii=False).replace("</", "<\\/")
            + ";</script>\n")


def share_buttons(url: str) -> str:
    return (
        '<div class="share_box"><button type="button" class="btn_share kakao">카카오톡 공유</button>'
        '<button type="button" class="btn_share facebook">페이스북 공유</button>'
        '<button type="button" class="btn_share x">X 공유</button>'
        f'<button type="button" class="btn_copy" data-url="{esc(url)}">링크 복사</button>'
        '<button type="button" class="btn_print" onclick="window.print()">인쇄</button>'
        '<button type="button" class="btn_font">글자 크기</button></div>\n'
    )


def comments_html(w: Writer) -> str:
    rng = w.rng
    count = rng.randint(0, 8)
    parts = [f'<section class="comment_wrap" id="comments"><h3>댓글 <em>{count}</em></h3><ul class="cmt_list">']
    for _ in range(count):
        nick = rng.choice(["news", "reader", "kim", "blue", "sky", "moon"]) + "***"
        text = rng.choice(COMMENT_TEXTS)
        if rng.random() < 0.3:
            text = w.fill("{O:은} " + text)
        parts.append(
            f'<li class="cmt_item"><span class="nick">{nick}</span><p class="cmt_txt">{esc(text)}</p>'
            f'<span class="cmt_date">{rng.randint(1, 59)}분 전</span>'
            f'<button class="like">공감 {rng.randint(0, 300)}</button></li>'
        )
    parts.append('</ul><div class="cmt_write"><textarea placeholder="댓글을 입력하세요"></textarea>'
                 '<button type="submit">등록</button></div></section>\n')
    return "".join(parts)


def footer_html(w: Writer, site: str) -> str:
    rng = w.rng
    info = SITES[site]
    return (
        '<footer id="footer"><div class="foot_menu">'
        '<a href="/company/intro.html">회사소개</a> <a href="/company/ad.html">광고문의</a> '
        '<a href="/company/privacy.html"><strong>개인정보처리방침</strong></a> '
        '<a href="/company/youth.html">청소년보호정책</a> <a href="/company/ethics.html">윤리강령</a> '
        '<a href="/company/rss.html">RSS</a> <a href="/company/contact.html">고충처리인</a></div>'
        + nav_html(rng, site, "sitemap")
        + f'<address>{esc(info["name"])} | 서울특별시 종로구 새문안로 {rng.randint(1, 99)} '
        f'| 대표전화 02-{rng.randint(2000, 7999)}-{rng.randint(1000, 9999)} '
        f'| 등록번호 서울 아{rng.randint(10000, 99999):05d} | 발행·편집인 {w.person()} '
        f'| 청소년보호책임자 {w.person()}</address>'
        f'<p class="copyright">Copyright © {esc(info["name"])}. All rights reserved. '
        '무단 전재 및 재배포, AI 학습 이용 금지</p></footer>\n'
    )


def head_common(rng: random.Random, encoding: str, label_style: int) -> str:
    if encoding == "utf-8":
        return '<meta charset="utf-8">\n'
    if label_style == 0:
        return '<meta http-equiv="Content-Type" content="text/html; charset=euc-kr">\n'
    if label_style == 1:
        return '<meta charset="EUC-KR">\n'
    return '<meta http-equiv="content-type" content="text/html;charset=cp949">\n'


def fmt_time(t: tuple[int, int, int, int, int]) -> dict[str, str]:
    y, mo, d, h, mi = t
    half = "오전" if h < 12 else "오후"
    h12 = h if 1 <= h <= 12 else (h - 12 if h > 12 else 12)
    return {
        "iso": f"{y:04d}-{mo:02d}-{d:02d}T{h:02d}:{mi:02d}:00+09:00",
        "dash": f"{y:04d}-{mo:02d}-{d:02d} {h:02d}:{mi:02d}",
        "dot": f"{y:04d}.{mo:02d}.{d:02d} {h:02d}:{mi:02d}",
        "dot_ampm": f"{y:04d}.{mo:02d}.{d:02d}. {half} {h12}:{mi:02d}",
        "long": f"{y}년 {mo}월 {d}일 {half} {h12}시 {mi}분",
    }


def random_time(rng: random.Random) -> tuple[int, int, int, int, int]:
    return (2025, rng.randint(1, 11), rng.randint(1, 28), rng.randint(6, 23), rng.randint(0, 59))


def later(t: tuple[int, int, int, int, int], rng: random.Random) -> tuple[int, int, int, int, int]:
    y, mo, d, h, mi = t
    add = rng.randint(5, 300)
    mi += add
    h += mi // 60
    mi %= 60
    if h > 23:
        h, d = h - 24, d + 1
    return (y, mo, min(d, 28), h, mi)


# ---------------------------------------------------------------------------------------------
# Templates.


def page_nuri(w: Writer, index: int, encoding: str, label: int) -> str:
    rng = w.rng
    site, info = "nuri", SITES["nuri"]
    idxno = 100000 + index
    url = article_url(site, idxno)
    title = w.headline()
    paragraphs = w.paragraphs(5, 11)
    published = random_time(rng)
    modified = later(published, rng)
    pt, mt = fmt_time(published), fmt_time(modified)
    reporter = w.person()
    summary = paragraphs[0][:120]
    ld = {
        "@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
        "datePublished": pt["iso"], "dateModified": mt["iso"],
        "author": [{"@type": "Person", "name": reporter, "jobTitle": "기자"}],
        "publisher": {"@type": "Organization", "name": info["name"],
                      "logo": {"@type": "ImageObject", "url": f"https://{info['host']}/img/logo.png"}},
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "image": [f"https://img.{info['host']}/photo/{idxno}_1.jpg"],
        "description": summary, "articleSection": rng.choice(list(SECTIONS)),
    }
    photo = w.fill("{O} 관계자들이 {D} 열린 행사에서 기념 촬영을 하고 있다.")
    body = [f'<p>{esc(p)}</p>' for p in paragraphs]
    body.insert(1, f'<figure class="photo"><img src="https://img.{info["host"]}/photo/{idxno}_1.jpg" '
                   f'alt="{esc(photo)}"><figcaption>{esc(photo)} /사진제공={esc(rng.choice(ORGS))}</figcaption></figure>')
    if rng.random() < 0.5:
        body.insert(len(body) // 2, ad_block(rng, "article_mid"))
    body.append(f'<p class="reporter_mail">{esc(reporter)} 기자 {rng.choice(["news", "eco", "tech"])}'
                f'{rng.randint(1, 99)}@{info["mail"]}</p>')
    body.append(f'<p class="copy">ⓒ {esc(info["name"])} 무단전재 및 재배포 금지</p>')
    return (
        "<!DOCTYPE html>\n<html lang=\"ko\">\n<head>\n" + head_common(rng, encoding, label)
        + f"<title>{esc(title)} - {esc(info['name'])}</title>\n"
        + '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        + f'<meta name="description" content="{esc(summary)}">\n'
        + f'<meta property="og:type" content="article">\n<meta property="og:site_name" content="{esc(info["name"])}">\n'
        + f'<meta property="og:title" content="{esc(title)}">\n<meta property="og:url" content="{url}">\n'
        + f'<meta property="og:description" content="{esc(summary)}">\n'
        + f'<meta property="og:image" content="https://img.{info["host"]}/photo/{idxno}_1.jpg">\n'
        + f'<meta name="twitter:card" content="summary_large_image">\n<link rel="canonical" href="{url}">\n'
        + '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False).replace("</", "<\\/") + "</script>\n"
        + css_block(rng, "nr", rng.randint(40, 90))
        + tracking_script(rng, site)
        + "</head>\n<body class=\"view\">\n<!-- skip navigation -->\n"
        + '<div id="skip"><a href="#article-view-content">본문 바로가기</a></div>\n'
        + f'<header id="header"><h1 class="logo"><a href="/"><img src="/img/logo.png" alt="{esc(info["name"])}"></a></h1>'
        + '<form class="search" action="/search.html"><input type="text" name="q" placeholder="검색어 입력"><button>검색</button></form>'
        + '<div class="util"><a href="/member/login.html">로그인</a> <a href="/member/join.html">회원가입</a> '
        + '<a href="/subscribe.html">구독신청</a></div></header>\n'
        + nav_html(rng, site, "gnb")
        + ad_block(rng, "top_banner")
        + '<div id="container"><div id="content">\n<article class="article_view">\n'
        + f'<header class="article_head"><p class="section">{esc(rng.choice(list(SECTIONS)))}</p>'
        + f'<h2 class="headline">{esc(title)}</h2>'
        + f'<ul class="info"><li>{esc(reporter)} 기자</li><li>승인 {pt["dot"]}</li><li>수정 {mt["dot"]}</li>'
        + f'<li>댓글 {rng.randint(0, 40)}</li></ul></header>\n'
        + share_buttons(url)
        + '<div id="article-view-content" class="article_body" itemprop="articleBody">\n'
        + "\n".join(body)
        + "\n</div>\n"
        + '<div class="tag_list"><a href="/tag/1">#' + esc(rng.choice(TOPICS)) + '</a> <a href="/tag/2">#'
        + esc(rng.choice(TOPICS)) + "</a></div>\n"
        + headline_list(w, site, "related_news", "관련기사", rng.randint(4, 6), thumbs=True)
        + "</article>\n"
        + comments_html(w)
        + "</div>\n<aside id=\"sidebar\">\n"
        + ad_block(rng, "right_1")
        + headline_list(w, site, "popular", "많이 본 뉴스", 10, thumbs=False)
        + headline_list(w, site, "photo_news", "포토뉴스", rng.randint(4, 6), thumbs=True)
        + ad_block(rng, "right_2")
        + headline_list(w, site, "latest", "최신기사", rng.randint(8, 12), thumbs=False)
        + "</aside></div>\n"
        + footer_html(w, site)
        + state_script(w, site, rng.randint(10, 40))
        + "</body>\n</html>\n"
    )


def page_seon(w: Writer, index: int, encoding: str, label: int) -> str:
    rng = w.rng
    site, info = "seon", SITES["seon"]
    idxno = 300000 + index
    url = article_url(site, idxno)
    title = w.headline()
    paragraphs = w.paragraphs(5, 11)
    published = random_time(rng)
    modified = later(published, rng)
    pt, mt = fmt_time(published), fmt_time(modified)
    reporter = w.person()
    body_text = "<br><br>\n".join(esc(p) for p in paragraphs)
    caption = w.fill("{O}의 {T} 생산라인 모습.")
    return (
        "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\" "
        "\"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd\">\n"
        "<html xmlns=\"http://www.w3.org/1999/xhtml\" xml:lang=\"ko\">\n<head>\n" + head_common(rng, encoding, label)
        + f"<title>{esc(title)} | {esc(info['name'])}</title>\n"
        + f'<meta name="author" content="{esc(reporter)} 기자">\n'
        + f'<meta property="og:type" content="article">\n<meta property="og:title" content="{esc(title)}">\n'
        + f'<meta property="og:site_name" content="{esc(info["name"])}">\n<meta property="og:url" content="{url}">\n'
        + f'<meta property="og:description" content="{esc(paragraphs[0][:100])}">\n'
        + f'<meta property="article:published_time" content="{pt["iso"]}">\n'
        + f'<meta property="article:modified_time" content="{mt["iso"]}">\n'
        + f'<meta property="article:section" content="{esc(rng.choice(list(SECTIONS)))}">\n'
        + css_block(rng, "se", rng.randint(50, 100))
        + '<script src="/js/jquery.min.js"></script>\n'
        + tracking_script(rng, site)
        + "</head>\n<body>\n<div id=\"wrap\">\n"
        + f'<div id="top_bar"><span class="today">{pt["long"][:13]}</span>'
        + '<a href="/member/login.html">로그인</a><a href="/e-paper/">지면보기</a></div>\n'
        + f'<div id="header"><a href="/" class="logo">{esc(info["name"])}</a>'
        + ad_block(rng, "header_right") + "</div>\n"
        + nav_html(rng, site, "menu")
        + headline_list(w, site, "ticker", "속보", rng.randint(5, 8), thumbs=False)
        + '<div id="contents"><div class="left_cont">\n'
        + f'<div class="view_top"><h1 class="view_tit">{esc(title)}</h1>'
        + f'<div class="byline">기사입력 {pt["dot_ampm"]} <span class="bar">|</span> 최종수정 {mt["dot_ampm"]}</div>'
        + share_buttons(url) + "</div>\n"
        + f'<div class="view_photo"><table class="photo_tbl"><tr><td><img src="https://img.{info["host"]}/{idxno}.jpg"></td></tr>'
        + f'<tr><td class="caption">{esc(caption)}</td></tr></table></div>\n'
        + f'<div id="articleBody" class="art_body">\n{body_text}<br><br>\n'
        + f'<div class="reporter">{esc(reporter)} 기자 (newsdesk{rng.randint(1, 99)}@{info["mail"]})</div>\n'
        + ad_block(rng, "body_bottom")
        + "</div>\n"
        + f'<div class="copyright">&lt;저작권자 © {esc(info["name"])}, 무단전재 및 재배포 금지&gt;</div>\n'
        + headline_list(w, site, "rel_news", "이 기사와 관련된 기사", rng.randint(3, 6), thumbs=False)
        + comments_html(w)
        + "</div>\n<div class=\"right_cont\">\n"
        + headline_list(w, site, "rank_news", "가장 많이 읽은 기사", 10, thumbs=False)
        + ad_block(rng, "right_a")
        + headline_list(w, site, "spot_news", "주요뉴스", rng.randint(6, 10), thumbs=True)
        + ad_block(rng, "right_b")
        + headline_list(w, site, "series", "연재", rng.randint(4, 8), thumbs=False)
        + "</div></div>\n"
        + footer_html(w, site)
        + state_script(w, site, rng.randint(5, 30))
        + "</div>\n</body>\n</html>\n"
    )


def page_daon(w: Writer, index: int, encoding: str, label: int) -> str:
    rng = w.rng
    site, info = "daon", SITES["daon"]
    idxno = 500000 + index
    url = article_url(site, idxno)
    title = w.headline()
    paragraphs = w.paragraphs(5, 12)
    published = random_time(rng)
    modified = later(published, rng)
    pt, mt = fmt_time(published), fmt_time(modified)
    reporter = w.person()
    body = [f"<p>{esc(p)}</p>" for p in paragraphs]
    body.insert(rng.randint(1, len(body) - 1),
                '<div class="link_news"><strong>관련 뉴스</strong><ul>'
                + "".join(f'<li><a href="{article_url(site, rng.randint(100000, 999999))}">{esc(w.headline())}</a></li>'
                          for _ in range(3)) + "</ul></div>")
    return (
        "<!doctype html>\n<html lang=\"ko\">\n<head>\n" + head_common(rng, encoding, label)
        + f"<title>{esc(title)} : {esc(info['name'])}</title>\n"
        + f'<meta property="og:title" content="{esc(title)} : {esc(info["name"])}">\n'
        + f'<meta property="og:image" content="https://img.{info["host"]}/{idxno}/main.jpg">\n'
        + css_block(rng, "dn", rng.randint(40, 80))
        + tracking_script(rng, site)
        + "<script>var pageInfo = {type: 'article', id: " + str(idxno) + "};</script>\n"
        + "</head>\n<body>\n"
        + f'<div class="header_wrap"><div class="logo"><a href="/">{esc(info["name"])}</a></div>'
        + '<ul class="member"><li><a href="/login">로그인</a></li><li><a href="/join">회원가입</a></li></ul></div>\n'
        + nav_html(rng, site, "nav")
        + ad_block(rng, "wide_top")
        + '<div class="container"><div class="main_col">\n'
        + f'<div class="article_header"><span class="category">{esc(rng.choice(list(SECTIONS)))}</span>'
        + f'<h1 class="tit">{esc(title)}</h1>'
        + f'<div class="info"><span class="date">입력 {pt["dash"]}</span> <span class="date">수정 {mt["dash"]}</span>'
        + f' <span class="reporter">{esc(reporter)} 기자</span></div></div>\n'
        + share_buttons(url)
        + '<article class="news_body">\n'
        + "\n".join(body)
        + f'\n<p class="byline_email">{esc(reporter)} 기자 {rng.choice(["biz", "daon", "desk"])}{rng.randint(1, 99)}@{info["mail"]}</p>\n'
        + "</article>\n"
        + f'<div class="copyright">Copyright ⓒ {esc(info["name"])}. 무단전재 및 재배포 금지.</div>\n'
        + comments_html(w)
        + "</div>\n<div class=\"side_col\">\n"
        + headline_list(w, site, "most_viewed", "많이 본 기사", 10, thumbs=False)
        + ad_block(rng, "side_a")
        + headline_list(w, site, "editor_pick", "에디터 추천", rng.randint(4, 8), thumbs=True)
        + headline_list(w, site, "hot_issue", "핫이슈", rng.randint(5, 9), thumbs=False)
        + "</div></div>\n"
        + footer_html(w, site)
        + state_script(w, site, rng.randint(10, 40))
        + "</body>\n</html>\n"
    )


def page_hangyeol_search(w: Writer, index: int, encoding: str, label: int) -> str:
    rng = w.rng
    site, info = "hangyeol", SITES["hangyeol"]
    query = rng.choice(ORGS + TOPICS)
    count = rng.randint(10, 20)
    items = []
    for j in range(count):
        idxno = 700000 + index * 20 + j
        t = fmt_time(random_time(rng))
        title = w.headline()
        lead = " ".join(w.sentence() for _ in range(rng.randint(2, 4)))
        extra = (f'<p class="news_dsc">{esc(" ".join(w.sentence() for _ in range(rng.randint(1, 2))))}</p>'
                 if rng.random() < 0.4 else "")
        items.append(
            f'<li class="news_item"><div class="news_area">'
            f'<div class="news_info"><span class="press">{esc(info["name"])}</span>'
            f'<span class="info_date">{t["dot"]}</span><span class="info_writer">{esc(w.person())} 기자</span></div>'
            f'<a class="news_tit" href="/news/articleView.html?idxno={idxno}" title="{esc(title)}">{esc(title)}</a>'
            f'<div class="news_dsc_wrap"><p class="news_dsc">{esc(lead)}</p>{extra}</div>'
            f'<div class="news_thumb"><img src="https://img.{info["host"]}/t/{idxno}.jpg" alt=""></div>'
            f'</div></li>'
        )
    pager = "".join(f'<a href="/search.html?q={esc(query)}&amp;page={p}">{p}</a>' for p in range(1, 11))
    return (
        "<!DOCTYPE html>\n<html lang=\"ko\">\n<head>\n" + head_common(rng, encoding, label)
        + f"<title>'{esc(query)}' 검색결과 : {esc(info['name'])}</title>\n"
        + '<meta name="robots" content="noindex,follow">\n'
        + css_block(rng, "hg", rng.randint(40, 80))
        + tracking_script(rng, site)
        + "</head>\n<body class=\"search\">\n"
        + f'<header class="hd"><a class="logo" href="/">{esc(info["name"])}</a>'
        + f'<form action="/search.html"><input name="q" value="{esc(query)}"><button>검색</button></form></header>\n'
        + nav_html(rng, site, "gnb")
        + '<main class="search_wrap"><div class="search_result">\n'
        + f'<div class="result_head"><strong>\'{esc(query)}\'</strong> 검색결과 총 {rng.randint(200, 9000):,}건'
        + '<div class="sort"><a href="?sort=date" class="on">최신순</a> <a href="?sort=acc">정확도순</a></div></div>\n'
        + '<ul class="news_list">\n' + "\n".join(items) + "\n</ul>\n"
        + f'<div class="paging">{pager}</div>\n'
        + "</div>\n<aside class=\"search_side\">\n"
        + headline_list(w, site, "realtime", "실시간 많이 본 뉴스", 10, thumbs=False)
        + ad_block(rng, "search_right")
        + "</aside></main>\n"
        + footer_html(w, site)
        + "</body>\n</html>\n"
    )


def page_not_found(w: Writer, index: int, encoding: str, label: int) -> str:
    rng = w.rng
    site = rng.choice(["nuri", "daon"])
    info = SITES[site]
    return (
        "<!DOCTYPE html>\n<html lang=\"ko\">\n<head>\n" + head_common(rng, encoding, label)
        + f"<title>페이지를 찾을 수 없습니다 - {esc(info['name'])}</title>\n"
        + css_block(rng, "nf", rng.randint(60, 120))
        + tracking_script(rng, site)
        + "</head>\n<body>\n"
        + f'<header><a href="/">{esc(info["name"])}</a></header>\n'
        + nav_html(rng, site, "gnb")
        + '<div class="error_page"><h2>요청하신 페이지를 찾을 수 없습니다.</h2>'
        + "<p>주소가 잘못 입력되었거나, 기사가 삭제 또는 변경되었을 수 있습니다.</p>"
        + '<a href="/">홈으로 가기</a></div>\n'
        + headline_list(w, site, "popular", "많이 본 뉴스", 10, thumbs=True)
        + headline_list(w, site, "latest", "최신기사", 12, thumbs=True)
        + footer_html(w, site)
        + state_script(w, site, rng.randint(20, 50))
        + "</body>\n</html>\n"
    )


TEMPLATES = [
    # (name, builder, weight, file name prefix)
    ("nuri", page_nuri, 30, "article"),
    ("seon", page_seon, 27, "article"),
    ("daon", page_daon, 27, "article"),
    ("hangyeol-search", page_hangyeol_search, 15, "search"),
    ("not-found", page_not_found, 1, "article"),
]
_WEIGHTS = [t[2] for t in TEMPLATES]


def build_page(seed: int, index: int) -> tuple[str, str, bytes, str]:
    """(relative path, template, bytes, encoding) of page `index`: a pure function of its arguments."""
    rng = random.Random(f"knews-corpus:{seed}:{index}")
    name, builder, _, prefix = rng.choices(TEMPLATES, weights=_WEIGHTS)[0]
    encoding = "cp949" if rng.random() < 0.2 else "utf-8"
    label = rng.randrange(3)
    text = builder(Writer(rng), index, encoding, label)
    data = text.encode(encoding, errors="xmlcharrefreplace") if encoding == "cp949" else text.encode("utf-8")
    rel = f"{index // PAGES_PER_FOLDER:03d}/{prefix}-{index:07d}-{name.split('-')[0]}.html"
    return rel, name, data, encoding


def pipeline_yml(out_dir: str, output_dir: str) -> str:
    sqlite = os.path.relpath(os.path.join(output_dir, "knews.sqlite"), out_dir)
    csv = os.path.relpath(os.path.join(output_dir, "csv"), out_dir)
    host = SITES["hangyeol"]["host"]
    return f"""# Generated by Benchmarks/corpus/generate_corpus.py; paths are relative to this file.
inputs: ["."]
timezone: Asia/Seoul
output:
  sqlite: {sqlite}
  csv_dir: {csv}
sites:
  - name: hangyeol-search
    match: "*/search-*.html"
    item: "//li[@class='news_item']"
    title: ".//a[@class='news_tit']"
    body: ".//p[@class='news_dsc']"
    url: ".//a[@class='news_tit']/@href"
    published: ".//span[@class='info_date']"
    author: ".//span[@class='info_writer']"
    base_url: https://{host}
"""


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, required=True, help="number of pages to write")
    parser.add_argument("--seed", type=int, default=1, help="corpus seed (same seed, same bytes)")
    parser.add_argument("--out", required=True, help="folder to write into (created)")
    parser.add_argument("--output-dir", help="where pipeline.yml sends the run's SQLite and CSV "
                                             "(default: OUT/../out)")
    args = parser.parse_args(argv)
    if args.pages < 1:
        parser.error("--pages must be at least 1")

    out_dir = os.path.abspath(args.out)
    output_dir = os.path.abspath(args.output_dir or os.path.join(out_dir, "..", "out"))
    os.makedirs(out_dir, exist_ok=True)
    manifest_path = os.path.join(out_dir, "manifest.json")
    if os.path.exists(manifest_path):
        os.remove(manifest_path)  # an interrupted run must not look complete

    started = time.monotonic()
    by_template: dict[str, int] = {}
    by_encoding: dict[str, int] = {}
    total = 0
    smallest, largest = None, 0
    made_folders: set[str] = set()
    for index in range(args.pages):
        rel, name, data, encoding = build_page(args.seed, index)
        folder = os.path.join(out_dir, os.path.dirname(rel))
        if folder not in made_folders:
            os.makedirs(folder, exist_ok=True)
            made_folders.add(folder)
        with open(os.path.join(out_dir, rel), "wb") as handle:
            handle.write(data)
        by_template[name] = by_template.get(name, 0) + 1
        by_encoding[encoding] = by_encoding.get(encoding, 0) + 1
        total += len(data)
        smallest = len(data) if smallest is None else min(smallest, len(data))
        largest = max(largest, len(data))
        if (index + 1) % 5000 == 0:
            print(f"  {index + 1} pages", file=sys.stderr)

    with open(os.path.join(out_dir, "pipeline.yml"), "w", encoding="utf-8") as handle:
        handle.write(pipeline_yml(out_dir, output_dir))
    manifest = {
        "generator_version": GENERATOR_VERSION, "pages": args.pages, "seed": args.seed,
        "bytes": total, "mean_kb": round(total / args.pages / 1024, 1),
        "min_kb": round((smallest or 0) / 1024, 1), "max_kb": round(largest / 1024, 1),
        "templates": by_template, "encodings": by_encoding,
    }
    with open(manifest_path, "w", encoding="utf-8") as handle:
        json.dump(manifest, handle, ensure_ascii=False, indent=2)
        handle.write("\n")
    print(f"wrote {args.pages} pages, {total / 1e6:.1f} MB, into {out_dir} "
          f"in {time.monotonic() - started:.1f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
