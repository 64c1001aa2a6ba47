#!/usr/bin/env python3
"""Writes Sources/Tagging/BuiltinGazetteer.swift from the checked-in lists in data/gazetteer/.

The built-in gazetteer is compiled into the binary (a copied `knews` needs no data files), but
its source of truth is the TSV files, one per kind of organization, each citing in its header
where the list comes from. Edit those files, then run

    python3 scripts/generate_gazetteer.py          # rewrite the Swift file
    python3 scripts/generate_gazetteer.py --check  # exit 1 if the Swift file is out of date

The test suite runs `--check`, so a TSV edit without regenerating fails the build's tests.
Before writing, every row is checked against the curation rules (see RULES below); a violation
stops the script with the file and line to fix.

Python standard library only.
"""
import os
import re
import sys

from codegen import ROOT, emit

DATA = os.path.join(ROOT, "data", "gazetteer")
OUTPUT = os.path.join(ROOT, "Sources", "Tagging", "BuiltinGazetteer.swift")

# Order matters only for readability of the generated file and for line numbers in errors.
FILES = [
    "central_government.tsv",
    "assembly_courts.tsv",
    "committees.tsv",
    "metropolitan.tsv",
    "basic_local.tsv",
    "public_institutions.tsv",
    "research_institutes.tsv",
    "regional_institutions.tsv",
    "regional_offices.tsv",
    "groups.tsv",
    "companies.tsv",
    "media.tsv",
    "foreign_bodies.tsv",
]

HEADER = ["name", "type", "name_en", "aliases", "country", "strict_aliases"]
TYPES = {"agency", "company"}

# Short forms that are ordinary Korean words (or too general) must never be a name or an alias:
# they would tag ordinary sentences. The list grows whenever curation rejects a short form.
ORDINARY_WORDS = {
    "우리", "하나", "국민", "정부", "한국", "미래", "현대", "대우", "동원", "진로", "경기", "중앙",
    "동부", "서부", "남부", "북부", "대한", "세계", "시장", "기업", "회사", "은행", "경제", "사회",
    "문화", "과학", "기술", "산업", "정보", "통신", "전자", "에너지", "건설", "화학", "서울",
    "산은", "수은", "신보", "예보", "당근", "효성", "대상", "신세계", "의회", "상원", "하원",
    "국회", "대법원", "법원", "경찰", "중구", "동구", "서구", "남구", "북구", "강서구",
    "고성군", "광주", "의원", "집행위원회", "관저", "나사", "웨이브", "AI", "IT", "CEO", "GPU",
}
# Names that may legitimately equal a word above because they are the body's official name.
OFFICIAL_NAMES_ALLOWED = {"국회", "대법원"}

RULES = """\
/// Curation rules, so that every alias merges into exactly one entity (the generator checks the
/// mechanical ones and stops on a violation):
/// - the canonical name is the official full name as Korean news writes it (companies without
///   ㈜ or 주식회사, except where the bare name would be a group name or an ordinary word,
///   e.g. `㈜LG`, `SK㈜`); foreign bodies carry their country in the name (`미국 국방부`), since
///   a bare `국방부` is Korea's;
/// - no alias is claimed by two entities or equals another entity's name;
/// - short forms that are also ordinary Korean words (산은 "the mountain", 수은 "mercury",
///   신보 "new album", 예보 "forecast", 당근 "carrot", 현대 "modern") are left out, and so are
///   place names shared by several local governments (중구, 동구, 서구, 남구, 북구, 강서구,
///   고성군), which are listed only qualified by their metropolitan city (`서울 중구`);
/// - bare group names (삼성, SK, LG, 롯데, 한화, CJ, GS) are aliases of their `…그룹` entity and
///   listed in `strict_aliases`: a matcher must accept them only at a strict boundary (see
///   data/gazetteer/groups.tsv);
/// - bodies renamed in the 2025 government reorganisation are listed under their new names as
///   separate entities, so that dashboards can tell old and new apart;
/// - `country` is ISO 3166-1 alpha-2: `KR` for Korean public bodies, the body's country for
///   foreign ones, empty for international organizations and for companies;
/// - universities are not listed."""


class CurationError(Exception):
    pass


def read_file(name):
    """Returns (citation comment lines, [(line number, line)] after the header row)."""
    path = os.path.join(DATA, name)
    with open(path, encoding="utf-8") as f:
        text = f.read()
    if "\r" in text:
        raise CurationError(f"data/gazetteer/{name}: use LF line ends")
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    citation = []
    body = []
    seen_header = False
    for number, line in enumerate(lines, start=1):
        if not seen_header:
            if line.startswith("#"):
                citation.append(line)
                continue
            if line.split("\t") != HEADER:
                raise CurationError(
                    f"data/gazetteer/{name} line {number}: expected the header row "
                    f"{chr(9).join(HEADER)!r} after the citation comment")
            seen_header = True
            continue
        body.append((number, line))
    if not any("출처" in c or "Source" in c or "source" in c for c in citation):
        raise CurationError(f"data/gazetteer/{name}: the header comment must cite its source")
    return citation, body


def check(files):
    """Checks every row; raises one error listing every violation, so one run shows them all."""
    owner = {}  # surface -> (file, line, canonical name)
    names = set()
    errors = []
    for name, (_, body) in files.items():
        for number, line in body:
            if not line.strip() or line.startswith("#"):
                continue
            try:
                check_row(name, number, line, owner, names)
            except CurationError as error:
                errors.append(str(error))
    if errors:
        raise CurationError("\n".join(errors))


def check_row(name, number, line, owner, names):
    where = f"data/gazetteer/{name} line {number}"
    cells = line.split("\t")
    if len(cells) < 2 or len(cells) > len(HEADER):
        raise CurationError(f"{where}: {len(cells)} columns, expected 2 to {len(HEADER)}")
    cells += [""] * (len(HEADER) - len(cells))
    canonical, kind, _english, aliases, country, strict = cells
    if canonical != canonical.strip() or not canonical:
        raise CurationError(f"{where}: empty name or blanks around it")
    if kind not in TYPES:
        raise CurationError(f"{where}: type {kind!r} is not agency or company")
    if country and not re.fullmatch(r"[A-Z]{2}", country):
        raise CurationError(f"{where}: country {country!r} is not two capital letters")
    if kind == "agency" and name not in ("foreign_bodies.tsv",) and country != "KR":
        raise CurationError(f"{where}: a Korean public body needs country KR")
    alias_list = aliases.split("|") if aliases else []
    strict_list = strict.split("|") if strict else []
    if canonical in names:
        raise CurationError(f"{where}: {canonical!r} is listed twice")
    names.add(canonical)
    for s in strict_list:
        if s not in alias_list and s != canonical:
            raise CurationError(f"{where}: strict alias {s!r} is not a name or alias of the row")
    for surface in [canonical] + alias_list:
        if len(surface) < 2 or surface != surface.strip():
            raise CurationError(f"{where}: {surface!r} is too short or has blanks around it")
        if surface in ORDINARY_WORDS and not (
                surface == canonical and surface in OFFICIAL_NAMES_ALLOWED):
            raise CurationError(f"{where}: {surface!r} is an ordinary word or an ambiguous place")
        if surface in owner and owner[surface][2] != canonical:
            f, n, other = owner[surface]
            raise CurationError(
                f"{where}: {surface!r} names {canonical!r}, but data/gazetteer/{f} line {n} "
                f"already uses it for {other!r}")
        if surface in owner:
            raise CurationError(f"{where}: {surface!r} is repeated in the row")
        owner[surface] = (name, number, canonical)



def render(files):
    out = []
    out.append("// generated by scripts/generate_gazetteer.py — do not edit.")
    out.append("// Edit the lists in data/gazetteer/*.tsv and run the script again.")
    out.append("")
    out.append("/// The curated gazetteer compiled into the binary, so a copied `knews` needs no data files.")
    out.append("///")
    out.append("/// Same TSV format as user gazetteers (`gazetteer:` in pipeline.yml): one organization per")
    out.append("/// row, columns separated by TAB: canonical Korean name, type (`agency` = government and")
    out.append("/// public sector, including public institutions, government-funded research institutes,")
    out.append("/// local governments, state-owned banks and foreign public bodies; `company` = private firms,")
    out.append("/// their groups, subsidiaries and corporate labs, and media companies), English name, aliases")
    out.append("/// separated by `|`, `country` (ISO 3166-1 alpha-2) and `strict_aliases` (the names or")
    out.append("/// aliases a matcher must accept only at a strict boundary).")
    out.append("///")
    out.append(RULES)
    out.append("///")
    out.append("/// Sources, one file per kind of organization:")
    for name, (citation, _) in files.items():
        out.append(f"/// - data/gazetteer/{name}:")
        for c in citation:
            text = c.lstrip("#").strip()
            if text:
                out.append(f"///   {text}")
    out.append('let builtinGazetteerTSV = #"""')
    out.append("\t".join(HEADER))
    for name, (_, body) in files.items():
        out.append(f"# ===== data/gazetteer/{name} =====")
        previous_blank = True
        for _, line in body:
            blank = not line.strip()
            if blank and previous_blank:
                continue
            out.append(line)
            previous_blank = blank
        if out[-1] == "":
            out.pop()
    out.append('"""#')
    return "\n".join(out) + "\n"


def main(argv):
    try:
        missing = sorted(set(os.listdir(DATA)) - set(FILES))
        missing = [m for m in missing if m.endswith(".tsv")]
        if missing:
            raise CurationError(f"data/gazetteer/{missing[0]} is not listed in FILES of {argv[0]}")
        files = {name: read_file(name) for name in FILES}
        check(files)
    except CurationError as error:
        print(f"generate_gazetteer: {error}", file=sys.stderr)
        return 2
    return emit(render(files), OUTPUT, "generate_gazetteer.py", argv)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
