/// The curated gazetteer compiled into the binary, so a copied `knews` needs no data files.
/// Same TSV format as user gazetteers: name, type, name_en, aliases separated by `|`.
/// PLACEHOLDER — replaced by the curated list.
let builtinGazetteerTSV = #"""
name	type	name_en	aliases
과학기술정보통신부	agency	Ministry of Science and ICT	과기정통부|과기부
"""#
