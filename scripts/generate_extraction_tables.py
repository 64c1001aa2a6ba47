#!/usr/bin/env python3
"""Writes Sources/Extraction/ExtractionTables.swift from the word lists in data/extraction/
(and the broadcasters' names in data/outlets.tsv).

The generic extractor's word lists (boilerplate lines, wire credits, byline words, class and id
words) are data: each TSV file cites in its header where its list comes from. Edit those files,
then run

    python3 scripts/generate_extraction_tables.py           # rewrite the Swift file
    python3 scripts/generate_extraction_tables.py --check   # exit 1 if the Swift file is out of date
    python3 scripts/generate_extraction_tables.py --stdout  # print what would be written

ExtractionTablesTests runs `--check`, so a TSV edit without regenerating fails the tests.
Every row is checked (known kind, non-empty text, no duplicate within a kind, no cell with
leading or trailing spaces); a violation stops the script with the file and line to fix.

Python standard library only.
"""
import os
import sys

from codegen import ROOT, emit, swift_string, tsv_lines

DATA = os.path.join(ROOT, "data", "extraction")
OUTPUT = os.path.join(ROOT, "Sources", "Extraction", "ExtractionTables.swift")

# file -> (header, [(kind, Swift name, doc comment)]); the order of kinds is the generated order.
TABLES = [
    ("boilerplate.tsv", ["kind", "text"], [
        ("marker", "copyrightMarkers", "Copyright and redistribution notices: a short line holding one is not article text."),
        ("lead", "boilerplateLeads", "Starts of widget lines (related articles, sharing, `기사제공`)."),
        ("portal_chrome", "portalChrome", "Starts of a portal's help layers around a partner's article."),
        ("caption_lead", "captionLeads", "Starts of photo captions (`▲ 27일 서울 …`)."),
        ("photo_credit_lead", "photoCreditLeads", "Starts of a photo credit alone on its line (`[사진=…]`)."),
        ("tip_channel", "tipChannels", "What makes a line mentioning 제보 a broadcaster's tip line."),
        ("notice_lead", "noticeLeads", "Starts of a notice about the article itself (`본 기사는 … 서비스된 기사입니다`)."),
        ("notice_marker", "noticeMarkers", "Phrases of the right-of-reply notice outlets print under articles."),
    ]),
    ("credits.tsv", ["kind", "text"], [
        ("agency", "agencies", "Wire services: an author equal to one (lowercased) is a credit, not a reporter."),
        ("agency_tail", "agencyTails", "Wire names cut when glued after the last sentence (`…말했다. 연합뉴스`)."),
        ("media_suffix", "mediaSuffixes", "Endings of publication names: a meta author ending so is not a person."),
        ("desk_suffix", "deskSuffixes", "Endings of a newsroom desk's name (`디지털뉴스팀`): a desk in the byline slot is the credit."),
    ]),
    ("bylines.tsv", ["kind", "text"], [
        ("published_label", "publishedLabels", "Labels of a first-publication time (longer first)."),
        ("modified_label", "modifiedLabels", "Labels of an update time (longer first)."),
        ("role", "roles", "Job titles written after a name (longer first: 선임기자 before 기자)."),
        ("leading_role", "leadingRoles", "Job titles also written before a name (`칼럼니스트 박생강`)."),
        ("slot_word", "slotWords", "Words standing before a date label without being a name (`기사 입력`)."),
        ("affiliation_role", "affiliationRoles", "Endings of a contributor's title after an organization (`… 기획위원`, `… 교수`): the name before them is the author."),
    ]),
    ("class_words.tsv", ["kind", "word"], [
        ("specific_container", "specificContainers", "Whole class words naming a known article-body container."),
        ("generic_container", "genericContainers", "Whole class words naming a generic content container."),
        ("strong_token", "strongTokens", "Class tokens (split on `-`, `_`, spaces) marking page furniture."),
        ("weak_token", "weakTokens", "Class tokens marking furniture that never rules out a whole subtree."),
        ("soft_token", "softTokens", "Class tokens some CMSs also put on prose (`editor`, `font`): furniture only around little prose."),
        ("strong_substring", "strongSubstrings", "Substrings marking furniture wherever they occur in a class or id."),
        ("weak_substring", "weakSubstrings", "Substrings marking weak furniture (captions, bylines)."),
        ("positive_substring", "positiveSubstrings", "Substrings hinting at content."),
        ("logo_substring", "logoSubstrings", "Substrings of a logo or site-name element: never the headline."),
    ]),
]


def read(name, header, kinds):
    path = os.path.join(DATA, name)
    known = {k for k, _, _ in kinds}
    values = {k: [] for k in known}
    seen_header = False
    for number, cells in tsv_lines(path):
        if not seen_header:
            if cells != header:
                sys.exit(f"{path}:{number}: header must be {header}, found {cells}")
            seen_header = True
            continue
        if len(cells) != 2 or not cells[0] or not cells[1]:
            sys.exit(f"{path}:{number}: expected two non-empty cells (kind, text)")
        kind, text = cells
        if kind not in known:
            sys.exit(f"{path}:{number}: unknown kind {kind!r} (known: {', '.join(sorted(known))})")
        if text != text.strip():
            sys.exit(f"{path}:{number}: {text!r} has leading or trailing spaces")
        if text in values[kind]:
            sys.exit(f"{path}:{number}: {text!r} is listed twice under {kind}")
        values[kind].append(text)
    # BoilerplateLine looks for 정정 or 보도 before trying the right-of-reply phrases.
    for text in values.get("notice_marker", []):
        if "정정" not in text and "보도" not in text:
            sys.exit(f"{path}: notice_marker {text!r} must hold 정정 or 보도 (BoilerplateLine's prefilter)")
    for kind in known:
        if not values[kind]:
            sys.exit(f"{path}: no row of kind {kind}")
    return values


def read_broadcasters():
    """Names of the outlets data/outlets.tsv files under `broadcast`, in first-seen order: a
    broadcast script signs off with one (`<outlet> 홍길동입니다.`)."""
    path = os.path.join(ROOT, "data", "outlets.tsv")
    names = []
    seen_header = False
    for number, cells in tsv_lines(path):
        if not seen_header:
            if cells[:3] != ["host", "name", "category"]:
                sys.exit(f"{path}:{number}: header must start with host, name, category")
            seen_header = True
            continue
        if len(cells) >= 3 and cells[2] == "broadcast" and cells[1] and cells[1] not in names:
            names.append(cells[1])
    if not names:
        sys.exit(f"{path}: no outlet of category broadcast")
    return names


def generate():
    lines = [
        "// Generated by scripts/generate_extraction_tables.py from data/extraction/*.tsv.",
        "// Do not edit by hand: change the TSV files (each cites its source) and run the script again.",
        "",
        "/// The generic extractor's word lists, in the order of their TSV files.",
        "enum ExtractionTables {",
    ]
    first = True
    for name, header, kinds in TABLES:
        values = read(name, header, kinds)
        for kind, swift_name, doc in kinds:
            if not first:
                lines.append("")
            first = False
            lines.append(f"    /// data/extraction/{name}, kind `{kind}`: {doc}")
            lines.append(f"    static let {swift_name}: [String] = [")
            for text in values[kind]:
                lines.append(f"        {swift_string(text)},")
            lines.append("    ]")
    lines.append("")
    lines.append("    /// data/outlets.tsv, category `broadcast`: broadcasters whose scripts end `<outlet> 홍길동입니다.`.")
    lines.append("    static let broadcasters: [String] = [")
    for text in read_broadcasters():
        lines.append(f"        {swift_string(text)},")
    lines.append("    ]")
    lines += ["}", ""]
    return "\n".join(lines)


def main(argv):
    return emit(generate(), OUTPUT, "generate_extraction_tables.py", argv)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
