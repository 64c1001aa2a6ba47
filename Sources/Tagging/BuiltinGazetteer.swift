/// The curated gazetteer compiled into the binary, so a copied `knews` needs no data files.
///
/// Same TSV format as user gazetteers (`gazetteer:` in pipeline.yml): one organization per row,
/// columns separated by TAB: canonical Korean name, type (`agency` = government and public
/// sector, including public institutions, government-funded research institutes, local
/// governments and state-owned banks; `company` = private firms, their subsidiaries and
/// corporate labs), English name (may be empty), and aliases separated by `|` (may be empty).
/// Lines starting with `#` are section comments; blank lines are ignored.
///
/// Curation rules, so that every alias merges into exactly one entity:
/// - the canonical name is the official full name as Korean news writes it (companies without
///   ㈜ or 주식회사, except where the bare name would be a group name or an ordinary word,
///   e.g. `㈜LG`, `SK㈜`);
/// - no alias is claimed by two entities or equals another entity's name;
/// - short forms that are also ordinary Korean words (산은 "the mountain", 수은 "mercury",
///   신보 "new album", 예보 "forecast", 당근 "carrot") and bare group names (삼성, SK, LG,
///   현대, 롯데, 한화) are deliberately left out; groups have explicit `…그룹` entities;
/// - bodies renamed in the 2025 government reorganisation are listed under their new names as
///   separate entities (marked in comments), so that dashboards can tell old and new apart;
/// - universities, foreign governments and media companies are not listed.
/// Every row was checked when curated: four columns, a valid type, no duplicate names, no alias
/// claimed twice or equal to another entity's name.
let builtinGazetteerTSV = #"""
name	type	name_en	aliases
# ===== 중앙행정기관 및 헌법기관 (agency) =====
# 대통령 소속. 청와대: the presidential office's name before 2022 and again from late 2025; also the
# name of the building, kept as alias because news uses it for the office.
대통령실	agency	Office of the President	대통령비서실|청와대
대통령경호처	agency	Presidential Security Service	경호처
국가안보실	agency	National Security Office	
국가정보원	agency	National Intelligence Service	국정원|NIS
합동참모본부	agency	Joint Chiefs of Staff	합참
감사원	agency	Board of Audit and Inspection	
방송통신위원회	agency	Korea Communications Commission	방통위
국무조정실	agency	Office for Government Policy Coordination	국조실
# 총리실: news uses it for the Prime Minister's office as a whole; mapped to the secretariat.
국무총리비서실	agency	Prime Minister's Secretariat	총리비서실|총리실
고위공직자범죄수사처	agency	Corruption Investigation Office for High-ranking Officials	공수처

# 중앙행정기관 — 부 (19, as of 2025)
기획재정부	agency	Ministry of Economy and Finance	기재부|MOEF
교육부	agency	Ministry of Education	
과학기술정보통신부	agency	Ministry of Science and ICT	과기정통부|과기부|MSIT
외교부	agency	Ministry of Foreign Affairs	
통일부	agency	Ministry of Unification	
법무부	agency	Ministry of Justice	
국방부	agency	Ministry of National Defense	
행정안전부	agency	Ministry of the Interior and Safety	행안부
# 국가보훈처 was raised to 국가보훈부 in 2023 (same body), so the old name is an alias.
국가보훈부	agency	Ministry of Patriots and Veterans Affairs	보훈부|국가보훈처|보훈처
문화체육관광부	agency	Ministry of Culture, Sports and Tourism	문체부
농림축산식품부	agency	Ministry of Agriculture, Food and Rural Affairs	농식품부|농림부
산업통상자원부	agency	Ministry of Trade, Industry and Energy	산업부|산자부|MOTIE
보건복지부	agency	Ministry of Health and Welfare	복지부
환경부	agency	Ministry of Environment	
고용노동부	agency	Ministry of Employment and Labor	고용부|노동부
여성가족부	agency	Ministry of Gender Equality and Family	여가부
국토교통부	agency	Ministry of Land, Infrastructure and Transport	국토부
해양수산부	agency	Ministry of Oceans and Fisheries	해수부
중소벤처기업부	agency	Ministry of SMEs and Startups	중기부

# 2025 정부조직 개편 (Government Organization Act amended September 2025). New names are separate
# entities; the short forms 산업부, 여가부, 방통위 stay with the pre-reorganisation bodies that
# most of the archive means by them.
# 환경부 + energy policy of 산업통상자원부, from 2025-10-01
기후에너지환경부	agency	Ministry of Climate, Energy and Environment	기후부
# 산업통상자원부 without energy, from 2025-10-01
산업통상부	agency		
# renamed 여성가족부, from 2025-10-01
성평등가족부	agency		성평등부
# 기획재정부 split in two, from January 2026
재정경제부	agency	Ministry of Finance and Economy	재경부
기획예산처	agency	Ministry of Planning and Budget	
# 통계청 raised to 국가데이터처, 특허청 to 지식재산처 (both under the Prime Minister), from 2025-10-01
국가데이터처	agency		데이터처
지식재산처	agency		
# replaces 방송통신위원회, from 2025-10-01
방송미디어통신위원회	agency		방미통위
# replace 검찰청 (planned for 2026): prosecution under 법무부, investigation under 행정안전부
공소청	agency		
중대범죄수사청	agency		중수청

# 중앙행정기관 — 처 (국무총리 소속)
인사혁신처	agency	Ministry of Personnel Management	인사처
법제처	agency	Ministry of Government Legislation	
식품의약품안전처	agency	Ministry of Food and Drug Safety	식약처|MFDS

# 중앙행정기관 — 청
국세청	agency	National Tax Service	NTS
관세청	agency	Korea Customs Service	
조달청	agency	Public Procurement Service	
# 통계청 became 국가데이터처 in October 2025; kept because the archive is full of it.
통계청	agency	Statistics Korea	KOSTAT
재외동포청	agency	Overseas Koreans Agency	
# 검찰청 is the legal name of the prosecution service; headed by 대검찰청.
대검찰청	agency	Supreme Prosecutors' Office	대검|검찰청
서울중앙지방검찰청	agency	Seoul Central District Prosecutors' Office	서울중앙지검
병무청	agency	Military Manpower Administration	
방위사업청	agency	Defense Acquisition Program Administration	방사청|DAPA
경찰청	agency	Korean National Police Agency	
# 지방경찰청 became 시·도경찰청 in 2021.
서울특별시경찰청	agency	Seoul Metropolitan Police Agency	서울경찰청|서울지방경찰청
국가수사본부	agency	National Office of Investigation	국수본
소방청	agency	National Fire Agency	
# 문화재청 was renamed 국가유산청 in May 2024 (same body), so the old name is an alias.
국가유산청	agency	Korea Heritage Service	문화재청
농촌진흥청	agency	Rural Development Administration	농진청
산림청	agency	Korea Forest Service	
# 특허청 became 지식재산처 in October 2025; kept because the archive is full of it.
특허청	agency	Korean Intellectual Property Office	KIPO
기상청	agency	Korea Meteorological Administration	
행정중심복합도시건설청	agency	National Agency for Administrative City Construction	행복청
새만금개발청	agency	Saemangeum Development and Investment Agency	
해양경찰청	agency	Korea Coast Guard	해경
# 질병관리본부 was raised to 질병관리청 in 2020 (same body).
질병관리청	agency	Korea Disease Control and Prevention Agency	질병청|KDCA|질병관리본부|질본
우주항공청	agency	Korea AeroSpace Administration	우주청|KASA
우정사업본부	agency	Korea Post	

# 합의제 중앙행정기관 — 위원회
공정거래위원회	agency	Korea Fair Trade Commission	공정위
국민권익위원회	agency	Anti-Corruption and Civil Rights Commission	권익위
금융위원회	agency	Financial Services Commission	금융위
개인정보보호위원회	agency	Personal Information Protection Commission	개인정보위|개보위|PIPC
원자력안전위원회	agency	Nuclear Safety and Security Commission	원안위
증권선물위원회	agency	Securities and Futures Commission	증선위
# statutory independent body that reviews broadcast and online content
방송통신심의위원회	agency	Korea Communications Standards Commission	방심위

# 독립기관, 헌법기관, 대통령 자문기구
국가인권위원회	agency	National Human Rights Commission of Korea	인권위
# 선관위 is also used for regional election commissions, which belong to the same body.
중앙선거관리위원회	agency	National Election Commission	중앙선관위|선관위
국회	agency	National Assembly	
국회예산정책처	agency	National Assembly Budget Office	예산정책처|예정처
국회입법조사처	agency	National Assembly Research Service	입법조사처
대법원	agency	Supreme Court of Korea	
법원행정처	agency	National Court Administration	
헌법재판소	agency	Constitutional Court of Korea	헌재
금융감독원	agency	Financial Supervisory Service	금감원|FSS
국가과학기술자문회의	agency	Presidential Advisory Council on Science and Technology	
# 4차산업혁명위원회 (2017–2022) was succeeded by 디지털플랫폼정부위원회 (2022–2025).
4차산업혁명위원회	agency	Presidential Committee on the Fourth Industrial Revolution	4차위
디지털플랫폼정부위원회	agency	Digital Platform Government Committee	디플정위
# 국가인공지능위원회 (2024) was relaunched as 국가인공지능전략위원회 in September 2025.
국가인공지능위원회	agency	National AI Committee	
국가인공지능전략위원회	agency	National AI Strategy Committee	국가AI전략위원회
국가우주위원회	agency	National Space Council	
경제사회노동위원회	agency	Economic, Social and Labor Council	경사노위
저출산고령사회위원회	agency	Presidential Committee on Ageing Society and Population Policy	저고위
탄소중립녹색성장위원회	agency	Presidential Commission on Carbon Neutrality and Green Growth	탄녹위
지방시대위원회	agency	Presidential Committee for Balanced National Development	
국가교육위원회	agency	National Education Commission	국교위
규제개혁위원회	agency	Regulatory Reform Committee	규개위
국민통합위원회	agency	Presidential Committee for National Cohesion	
민주평화통일자문회의	agency	National Unification Advisory Council	민주평통
진실·화해를위한과거사정리위원회	agency	Truth and Reconciliation Commission	진실화해위원회|진실화해위
국가지식재산위원회	agency	Presidential Council on Intellectual Property	

# 소속기관 often named in news
국립과학수사연구원	agency	National Forensic Service	국과수
국립전파연구원	agency	National Radio Research Agency	
국립환경과학원	agency	National Institute of Environmental Research	
국토지리정보원	agency	National Geographic Information Institute	
국가기록원	agency	National Archives of Korea	
국립농산물품질관리원	agency	National Agricultural Products Quality Management Service	농관원
국가정보자원관리원	agency	National Information Resources Service	
국가기술표준원	agency	Korean Agency for Technology and Standards	국표원|KATS
서울중앙지방법원	agency	Seoul Central District Court	서울중앙지법
서울고등법원	agency	Seoul High Court	서울고법

# ===== 공공기관 (ALIO), 국책은행, 정부출연연구기관 (agency) =====
# 과학기술정보통신부 산하
정보통신산업진흥원	agency	National IT Industry Promotion Agency	NIPA
# 한국정보화진흥원 is the name before 2020 of the same body.
한국지능정보사회진흥원	agency	National Information Society Agency	NIA|한국정보화진흥원
정보통신기획평가원	agency	Institute of Information & Communications Technology Planning & Evaluation	IITP
한국인터넷진흥원	agency	Korea Internet & Security Agency	KISA
# KCA is also 한국소비자원's acronym, so neither gets it.
한국방송통신전파진흥원	agency	Korea Communications Agency	전파진흥원
한국데이터산업진흥원	agency	Korea Data Agency	K-DATA
한국과학기술기획평가원	agency	Korea Institute of S&T Evaluation and Planning	KISTEP
# NRF is also the US National Retail Federation in retail news, so it is not an alias.
한국연구재단	agency	National Research Foundation of Korea	
한국과학창의재단	agency	Korea Foundation for the Advancement of Science and Creativity	
국가과학기술연구회	agency	National Research Council of Science & Technology	
한국우편사업진흥원	agency	Korea Postal Service Agency	
한국지역정보개발원	agency	Korea Local Information Research & Development Institute	KLID
# 정부출연연구기관 (과학기술 분야, 국가과학기술연구회 소관)
한국과학기술연구원	agency	Korea Institute of Science and Technology	KIST
한국전자통신연구원	agency	Electronics and Telecommunications Research Institute	ETRI|전자통신연구원
한국과학기술정보연구원	agency	Korea Institute of Science and Technology Information	KISTI
한국항공우주연구원	agency	Korea Aerospace Research Institute	항우연|KARI
한국원자력연구원	agency	Korea Atomic Energy Research Institute	원자력연|KAERI
한국기계연구원	agency	Korea Institute of Machinery and Materials	기계연|KIMM
한국생산기술연구원	agency	Korea Institute of Industrial Technology	생기원|KITECH
한국화학연구원	agency	Korea Research Institute of Chemical Technology	화학연|KRICT
한국에너지기술연구원	agency	Korea Institute of Energy Research	에너지연|KIER
한국표준과학연구원	agency	Korea Research Institute of Standards and Science	표준연|KRISS
한국천문연구원	agency	Korea Astronomy and Space Science Institute	천문연|KASI
한국생명공학연구원	agency	Korea Research Institute of Bioscience and Biotechnology	생명연|KRIBB
한국식품연구원	agency	Korea Food Research Institute	식품연
한국건설기술연구원	agency	Korea Institute of Civil Engineering and Building Technology	건설연|KICT
한국철도기술연구원	agency	Korea Railroad Research Institute	철도연|KRRI
한국전기연구원	agency	Korea Electrotechnology Research Institute	전기연|KERI
한국지질자원연구원	agency	Korea Institute of Geoscience and Mineral Resources	지질연|KIGAM
한국재료연구원	agency	Korea Institute of Materials Science	재료연|KIMS
한국한의학연구원	agency	Korea Institute of Oriental Medicine	한의학연
한국핵융합에너지연구원	agency	Korea Institute of Fusion Energy	핵융합연|KFE
한국기초과학지원연구원	agency	Korea Basic Science Institute	KBSI
한국원자력의학원	agency	Korea Institute of Radiological and Medical Sciences	원자력의학원
국가보안기술연구소	agency	National Security Research Institute	
기초과학연구원	agency	Institute for Basic Science	
한국뇌연구원	agency	Korea Brain Research Institute	뇌연구원
한국해양과학기술원	agency	Korea Institute of Ocean Science and Technology	KIOST
극지연구소	agency	Korea Polar Research Institute	극지연|KOPRI
# 정부출연연구기관 (경제·인문사회 분야, 경제·인문사회연구회 소관)
경제·인문사회연구회	agency	National Research Council for Economics, Humanities and Social Sciences	
한국개발연구원	agency	Korea Development Institute	KDI
정보통신정책연구원	agency	Korea Information Society Development Institute	KISDI
과학기술정책연구원	agency	Science and Technology Policy Institute	STEPI
산업연구원	agency	Korea Institute for Industrial Economics and Trade	KIET
대외경제정책연구원	agency	Korea Institute for International Economic Policy	KIEP
한국조세재정연구원	agency	Korea Institute of Public Finance	조세연|조세재정연구원|KIPF
에너지경제연구원	agency	Korea Energy Economics Institute	KEEI
한국노동연구원	agency	Korea Labor Institute	노동연구원
한국교통연구원	agency	Korea Transport Institute	KOTI
국토연구원	agency	Korea Research Institute for Human Settlements	국토연
한국환경연구원	agency	Korea Environment Institute	
한국보건사회연구원	agency	Korea Institute for Health and Social Affairs	보사연|KIHASA
한국농촌경제연구원	agency	Korea Rural Economic Institute	농경연|KREI
한국해양수산개발원	agency	Korea Maritime Institute	KMI
한국직업능력연구원	agency	Korea Research Institute for Vocational Education and Training	직능연|KRIVET
한국교육개발원	agency	Korea Educational Development Institute	KEDI
한국교육과정평가원	agency	Korea Institute for Curriculum and Evaluation	KICE
한국여성정책연구원	agency	Korean Women's Development Institute	여성정책연구원
통일연구원	agency	Korea Institute for National Unification	KINU
한국행정연구원	agency	Korea Institute of Public Administration	
한국법제연구원	agency	Korea Legislation Research Institute	
한국청소년정책연구원	agency	National Youth Policy Institute	
건축공간연구원	agency	Architecture & Urban Research Institute	
# 국방 분야
국방과학연구소	agency	Agency for Defense Development	
국방기술진흥연구소	agency	Korea Research Institute for Defense Technology Planning and Advancement	국기연
한국국방연구원	agency	Korea Institute for Defense Analyses	KIDA

# 산업통상자원부 산하: 에너지·발전
한국전력공사	agency	Korea Electric Power Corporation	한국전력|한전|KEPCO
한국수력원자력	agency	Korea Hydro & Nuclear Power	한수원|KHNP
한국남동발전	agency	Korea South-East Power	남동발전
한국중부발전	agency	Korea Midland Power	중부발전
한국서부발전	agency	Korea Western Power	서부발전
한국남부발전	agency	Korea Southern Power	남부발전
한국동서발전	agency	Korea East-West Power	동서발전
한전KDN	agency	KEPCO KDN	
한전KPS	agency	KEPCO KPS	
한국전력기술	agency	KEPCO Engineering & Construction	KEPCO E&C
한전원자력연료	agency	KEPCO Nuclear Fuel	
한국전력거래소	agency	Korea Power Exchange	전력거래소|KPX
한국가스공사	agency	Korea Gas Corporation	가스공사|KOGAS
한국석유공사	agency	Korea National Oil Corporation	석유공사|KNOC
한국지역난방공사	agency	Korea District Heating Corporation	지역난방공사
한국광해광업공단	agency	Korea Mine Rehabilitation and Mineral Resources Corporation	광해광업공단|KOMIR
대한석탄공사	agency	Korea Coal Corporation	석탄공사
한국가스안전공사	agency	Korea Gas Safety Corporation	가스안전공사
한국전기안전공사	agency	Korea Electrical Safety Corporation	전기안전공사
한국에너지공단	agency	Korea Energy Agency	에너지공단
한국가스기술공사	agency	Korea Gas Technology Corporation	
한국석유관리원	agency	Korea Petroleum Quality & Distribution Authority	석유관리원
한국원자력환경공단	agency	Korea Radioactive Waste Agency	
# 산업통상자원부 산하: 산업·무역
대한무역투자진흥공사	agency	Korea Trade-Investment Promotion Agency	KOTRA|코트라
한국무역보험공사	agency	Korea Trade Insurance Corporation	무역보험공사|무보|K-SURE
한국산업기술진흥원	agency	Korea Institute for Advancement of Technology	KIAT
한국산업기술기획평가원	agency	Korea Evaluation Institute of Industrial Technology	KEIT|산기평|한국산업기술평가관리원
한국에너지기술평가원	agency	Korea Institute of Energy Technology Evaluation and Planning	KETEP|에기평
한국산업단지공단	agency	Korea Industrial Complex Corporation	산업단지공단|산단공|KICOX
한국디자인진흥원	agency	Korea Institute of Design Promotion	
한국산업기술시험원	agency	Korea Testing Laboratory	
한국로봇산업진흥원	agency	Korea Institute for Robot Industry Advancement	로봇산업진흥원
한국세라믹기술원	agency	Korea Institute of Ceramic Engineering and Technology	
# 중소벤처기업부 산하
중소벤처기업진흥공단	agency	Korea SMEs and Startups Agency	중진공|KOSME
소상공인시장진흥공단	agency	Small Enterprise and Market Service	소진공
창업진흥원	agency	Korea Institute of Startup & Entrepreneurship Development	KISED
중소기업기술정보진흥원	agency	Korea Technology and Information Promotion Agency for SMEs	TIPA
기술보증기금	agency	Korea Technology Finance Corporation	KIBO
한국벤처투자	agency	Korea Venture Investment Corporation	
신용보증재단중앙회	agency	Korea Federation of Credit Guarantee Foundations	
# 금융위원회 산하 및 국책은행
한국은행	agency	Bank of Korea	한은|BOK
한국산업은행	agency	Korea Development Bank	산업은행|KDB산업은행|KDB
한국수출입은행	agency	Export-Import Bank of Korea	수출입은행|KEXIM
# IBK기업은행 is listed but government-controlled and an ALIO public institution.
IBK기업은행	agency	Industrial Bank of Korea	기업은행|중소기업은행
신용보증기금	agency	Korea Credit Guarantee Fund	KODIT
예금보험공사	agency	Korea Deposit Insurance Corporation	KDIC
한국자산관리공사	agency	Korea Asset Management Corporation	캠코|KAMCO
한국주택금융공사	agency	Korea Housing Finance Corporation	주택금융공사|주금공
서민금융진흥원	agency	Korean Inclusive Finance Agency	
한국투자공사	agency	Korea Investment Corporation	
한국예탁결제원	agency	Korea Securities Depository	예탁결제원|예탁원
# 국토교통부 산하
한국토지주택공사	agency	Korea Land & Housing Corporation	LH|토지주택공사
한국도로공사	agency	Korea Expressway Corporation	도로공사
한국수자원공사	agency	Korea Water Resources Corporation	수자원공사|K-water
한국철도공사	agency	Korea Railroad Corporation	코레일|KORAIL
국가철도공단	agency	Korea National Railway	한국철도시설공단
인천국제공항공사	agency	Incheon International Airport Corporation	인천공항공사
한국공항공사	agency	Korea Airports Corporation	
한국교통안전공단	agency	Korea Transportation Safety Authority	교통안전공단
# 한국감정원 is the name before 2020 of the same body.
한국부동산원	agency	Korea Real Estate Board	부동산원|한국감정원
주택도시보증공사	agency	Korea Housing & Urban Guarantee Corporation	HUG
한국국토정보공사	agency	Korea Land and Geospatial Informatix Corporation	국토정보공사|LX공사
국토안전관리원	agency	Korea Authority of Land & Infrastructure Safety	
새만금개발공사	agency	Saemangeum Development Corporation	
# 해양수산부 산하
한국해양교통안전공단	agency	Korea Maritime Transportation Safety Authority	KOMSA
한국해양진흥공사	agency	Korea Ocean Business Corporation	해양진흥공사|해진공
부산항만공사	agency	Busan Port Authority	
인천항만공사	agency	Incheon Port Authority	
여수광양항만공사	agency	Yeosu Gwangyang Port Authority	
울산항만공사	agency	Ulsan Port Authority	
한국수산자원공단	agency	Korea Fisheries Resources Agency	
# 농림축산식품부 산하
한국농어촌공사	agency	Korea Rural Community Corporation	농어촌공사
한국농수산식품유통공사	agency	Korea Agro-Fisheries & Food Trade Corporation	aT
한국마사회	agency	Korea Racing Authority	마사회
한국농업기술진흥원	agency	Korea Agriculture Technology Promotion Agency	
축산물품질평가원	agency	Korea Institute for Animal Products Quality Evaluation	
# 보건복지부·고용노동부 산하
국민건강보험공단	agency	National Health Insurance Service	건강보험공단|건보공단|NHIS
건강보험심사평가원	agency	Health Insurance Review & Assessment Service	심평원|HIRA
# NPS is left out (also "net promoter score"); bare 국민연금 is the pension scheme, not the body.
국민연금공단	agency	National Pension Service	연금공단
국민연금기금운용본부	agency	NPS Investment Management	기금운용본부
한국보건산업진흥원	agency	Korea Health Industry Development Institute	보건산업진흥원|보산진|KHIDI
국립암센터	agency	National Cancer Center	
국립중앙의료원	agency	National Medical Center	
한국사회보장정보원	agency	Korea Social Security Information Service	사회보장정보원
대한적십자사	agency	Korean Red Cross	
한국보훈복지의료공단	agency	Korea Veterans Health Service	보훈공단
근로복지공단	agency	Korea Workers' Compensation & Welfare Service	COMWEL
공무원연금공단	agency	Government Employees Pension Service	
사립학교교직원연금공단	agency	Teachers' Pension	사학연금공단
한국산업인력공단	agency	Human Resources Development Service of Korea	산업인력공단|HRDK
한국산업안전보건공단	agency	Korea Occupational Safety and Health Agency	안전보건공단|KOSHA
한국장애인고용공단	agency	Korea Employment Agency for Persons with Disabilities	
한국고용정보원	agency	Korea Employment Information Service	고용정보원
# 환경부 산하
한국환경공단	agency	Korea Environment Corporation	환경공단|K-eco
한국환경산업기술원	agency	Korea Environmental Industry & Technology Institute	KEITI
국립공원공단	agency	Korea National Park Service	
수도권매립지관리공사	agency	Sudokwon Landfill Site Management Corporation	
# 문화체육관광부 산하
한국콘텐츠진흥원	agency	Korea Creative Content Agency	콘진원|KOCCA
한국관광공사	agency	Korea Tourism Organization	관광공사|KTO
영화진흥위원회	agency	Korean Film Council	영진위|KOFIC
국민체육진흥공단	agency	Korea Sports Promotion Foundation	KSPO
한국저작권위원회	agency	Korea Copyright Commission	저작권위원회
한국문화예술위원회	agency	Arts Council Korea	
한국문화정보원	agency	Korea Culture Information Service Agency	
한국언론진흥재단	agency	Korea Press Foundation	언론진흥재단
한국방송광고진흥공사	agency	Korea Broadcast Advertising Corporation	코바코|KOBACO
# 기타 부처 산하
한국조폐공사	agency	Korea Minting and Security Printing Corporation	조폐공사|KOMSCO
한국소비자원	agency	Korea Consumer Agency	소비자원
한국공정거래조정원	agency	Korea Fair Trade Mediation Agency	공정거래조정원
한국원자력안전기술원	agency	Korea Institute of Nuclear Safety	KINS
한국원자력통제기술원	agency	Korea Institute of Nuclear Nonproliferation and Control	KINAC
한국국제협력단	agency	Korea International Cooperation Agency	코이카|KOICA
한국국제교류재단	agency	Korea Foundation	
한국장학재단	agency	Korea Student Aid Foundation	장학재단|KOSAF
한국교육학술정보원	agency	Korea Education and Research Information Service	KERIS
한국승강기안전공단	agency	Korea Elevator Safety Agency	
한국소방산업기술원	agency	Korea Fire Institute	
한국특허전략개발원	agency	Korea Intellectual Property Strategy Agency	
한국지식재산보호원	agency	Korea Intellectual Property Protection Agency	

# ===== 지방자치단체 (agency) =====
# 광역자치단체 (17). The short forms also name the place itself; news rarely separates the two.
서울특별시	agency	Seoul Metropolitan Government	서울시
부산광역시	agency	Busan Metropolitan City	부산시
대구광역시	agency	Daegu Metropolitan City	대구시
인천광역시	agency	Incheon Metropolitan City	인천시
# 광주시 is also a city in 경기도 (경기 광주시); news about the metropolitan city far
# outnumbers it, so 광주시 is kept as an alias here and 경기도 광주시 is not listed.
광주광역시	agency	Gwangju Metropolitan City	광주시
대전광역시	agency	Daejeon Metropolitan City	대전시
울산광역시	agency	Ulsan Metropolitan City	울산시
세종특별자치시	agency	Sejong Special Self-Governing City	세종시
경기도	agency	Gyeonggi Province	
# 강원도 became 강원특별자치도 in June 2023.
강원특별자치도	agency	Gangwon State	강원도
충청북도	agency	Chungcheongbuk-do	충북도
충청남도	agency	Chungcheongnam-do	충남도
# 전라북도 became 전북특별자치도 in January 2024.
전북특별자치도	agency	Jeonbuk State	전북도|전라북도
전라남도	agency	Jeollanam-do	전남도
경상북도	agency	Gyeongsangbuk-do	경북도
경상남도	agency	Gyeongsangnam-do	경남도
제주특별자치도	agency	Jeju Special Self-Governing Province	제주도

# 시·도교육청 (17)
서울특별시교육청	agency	Seoul Metropolitan Office of Education	서울시교육청|서울교육청
부산광역시교육청	agency	Busan Metropolitan City Office of Education	부산시교육청|부산교육청
대구광역시교육청	agency	Daegu Metropolitan City Office of Education	대구시교육청|대구교육청
인천광역시교육청	agency	Incheon Metropolitan City Office of Education	인천시교육청|인천교육청
광주광역시교육청	agency	Gwangju Metropolitan Office of Education	광주시교육청|광주교육청
대전광역시교육청	agency	Daejeon Metropolitan City Office of Education	대전시교육청|대전교육청
울산광역시교육청	agency	Ulsan Metropolitan Office of Education	울산시교육청|울산교육청
세종특별자치시교육청	agency	Sejong Metropolitan Office of Education	세종시교육청|세종교육청
경기도교육청	agency	Gyeonggi Provincial Office of Education	경기교육청
강원특별자치도교육청	agency	Gangwon State Office of Education	강원도교육청|강원교육청
충청북도교육청	agency	Chungcheongbuk-do Office of Education	충북교육청|충북도교육청
충청남도교육청	agency	Chungcheongnam-do Office of Education	충남교육청|충남도교육청
전북특별자치도교육청	agency	Jeonbuk State Office of Education	전북교육청|전라북도교육청
전라남도교육청	agency	Jeollanam-do Office of Education	전남교육청|전남도교육청
경상북도교육청	agency	Gyeongsangbuk-do Office of Education	경북교육청|경북도교육청
경상남도교육청	agency	Gyeongsangnam-do Office of Education	경남교육청|경남도교육청
제주특별자치도교육청	agency	Jeju Special Self-Governing Provincial Office of Education	제주도교육청|제주교육청

# 기초자치단체 often in news. Names shared by several places (중구, 동구, 서구, 남구, 북구,
# 강서구, 고성군) are left out on purpose.
# 경기도
수원시	agency	Suwon	
성남시	agency	Seongnam	
고양시	agency	Goyang	
용인시	agency	Yongin	
부천시	agency	Bucheon	
안산시	agency	Ansan	
안양시	agency	Anyang	
화성시	agency	Hwaseong	
평택시	agency	Pyeongtaek	
시흥시	agency	Siheung	
파주시	agency	Paju	
김포시	agency	Gimpo	
남양주시	agency	Namyangju	
의정부시	agency	Uijeongbu	
하남시	agency	Hanam	
광명시	agency	Gwangmyeong	
이천시	agency	Icheon	
# 강원·충청·호남·영남·제주
춘천시	agency	Chuncheon	
원주시	agency	Wonju	
강릉시	agency	Gangneung	
청주시	agency	Cheongju	
충주시	agency	Chungju	
천안시	agency	Cheonan	
아산시	agency	Asan	
당진시	agency	Dangjin	
전주시	agency	Jeonju	
군산시	agency	Gunsan	
익산시	agency	Iksan	
여수시	agency	Yeosu	
순천시	agency	Suncheon	
목포시	agency	Mokpo	
나주시	agency	Naju	
창원시	agency	Changwon	
김해시	agency	Gimhae	
진주시	agency	Jinju	
거제시	agency	Geoje	
양산시	agency	Yangsan	
포항시	agency	Pohang	
구미시	agency	Gumi	
경주시	agency	Gyeongju	
안동시	agency	Andong	
김천시	agency	Gimcheon	
제주시	agency	Jeju City	
서귀포시	agency	Seogwipo	
# 자치구 with unique names
강남구	agency	Gangnam-gu	강남구청
서초구	agency	Seocho-gu	서초구청
송파구	agency	Songpa-gu	송파구청
마포구	agency	Mapo-gu	마포구청
영등포구	agency	Yeongdeungpo-gu	영등포구청
용산구	agency	Yongsan-gu	용산구청
성동구	agency	Seongdong-gu	성동구청
종로구	agency	Jongno-gu	종로구청
노원구	agency	Nowon-gu	노원구청
관악구	agency	Gwanak-gu	관악구청
해운대구	agency	Haeundae-gu	해운대구청
수성구	agency	Suseong-gu	수성구청
유성구	agency	Yuseong-gu	유성구청
연수구	agency	Yeonsu-gu	연수구청

# 지방공기업 (agency)
서울교통공사	agency	Seoul Metro	
서울주택도시공사	agency	Seoul Housing & Communities Corporation	SH공사
경기주택도시공사	agency	Gyeonggi Housing & Urban Development Corporation	GH공사
부산교통공사	agency	Busan Transportation Corporation	

# ===== 기업 (company) =====
# Business groups as their own entities. Bare group names (삼성, SK, LG, 현대, 롯데, 한화, GS, CJ)
# are not aliases: they are also sports teams, places or ordinary words.
삼성그룹	company	Samsung Group	
SK그룹	company	SK Group	
LG그룹	company	LG Group	
현대자동차그룹	company	Hyundai Motor Group	현대차그룹
롯데그룹	company	Lotte Group	
한화그룹	company	Hanwha Group	
GS그룹	company	GS Group	
CJ그룹	company	CJ Group	
신세계그룹	company	Shinsegae Group	
두산그룹	company	Doosan Group	
LS그룹	company	LS Group	
포스코그룹	company	POSCO Group	
한진그룹	company	Hanjin Group	
효성그룹	company	Hyosung Group	
코오롱그룹	company	Kolon Group	
현대백화점그룹	company	Hyundai Department Store Group	
현대그룹	company	Hyundai Group	
LX그룹	company	LX Group	
HL그룹	company	HL Group	
DL그룹	company	DL Group	
부영그룹	company	Booyoung Group	
태광그룹	company	Taekwang Group	
KG그룹	company	KG Group	
이랜드그룹	company	E-Land Group	
세아그룹	company	SeAH Group	
동원그룹	company	Dongwon Group	
한솔그룹	company	Hansol Group	
SPC그룹	company	SPC Group	
셀트리온그룹	company	Celltrion Group	
카카오그룹	company	Kakao Group	

# 삼성
삼성전자	company	Samsung Electronics	
삼성SDS	company	Samsung SDS	삼성에스디에스
삼성SDI	company	Samsung SDI	삼성에스디아이
삼성바이오로직스	company	Samsung Biologics	삼성바이오
삼성바이오에피스	company	Samsung Bioepis	
삼성물산	company	Samsung C&T	
삼성생명	company	Samsung Life Insurance	
삼성화재	company	Samsung Fire & Marine Insurance	
삼성증권	company	Samsung Securities	
삼성카드	company	Samsung Card	
삼성자산운용	company	Samsung Asset Management	
삼성전기	company	Samsung Electro-Mechanics	
삼성중공업	company	Samsung Heavy Industries	
# 삼성엔지니어링 renamed itself 삼성E&A in 2024.
삼성E&A	company	Samsung E&A	삼성엔지니어링|삼성이앤에이
삼성디스플레이	company	Samsung Display	
삼성웰스토리	company	Samsung Welstory	
삼성메디슨	company	Samsung Medison	
삼성벤처투자	company	Samsung Venture Investment	
에스원	company	S-1	
제일기획	company	Cheil Worldwide	
호텔신라	company	Hotel Shilla	
하만	company	Harman International	HARMAN|Harman
# corporate labs
삼성리서치	company	Samsung Research	
삼성종합기술원	company	Samsung Advanced Institute of Technology	SAIT
# 삼성경제연구소 was renamed 삼성글로벌리서치 in 2022.
삼성글로벌리서치	company	Samsung Global Research	삼성경제연구소

# SK
SK㈜	company	SK Inc.	SK(주)|SK주식회사|㈜SK
SK하이닉스	company	SK hynix	하이닉스|SK hynix
SK텔레콤	company	SK Telecom	SKT
SK이노베이션	company	SK Innovation	
SK스퀘어	company	SK Square	
# SK C&C is the IT services company of the group (part of SK㈜ from 2015).
SK C&C	company	SK C&C	SK씨앤씨
SK브로드밴드	company	SK Broadband	
SK온	company	SK On	
SK에코플랜트	company	SK ecoplant	SK건설
SK바이오팜	company	SK biopharm	
SK바이오사이언스	company	SK bioscience	
SK케미칼	company	SK chemicals	
SKC	company	SKC	
SK실트론	company	SK siltron	
SK네트웍스	company	SK Networks	
SK가스	company	SK Gas	
SK디스커버리	company	SK Discovery	
# SK E&S merged into SK이노베이션 in November 2024 and trades on as SK이노베이션 E&S.
SK이노베이션 E&S	company	SK Innovation E&S	SK E&S|SK이엔에스
SK에너지	company	SK Energy	
SK지오센트릭	company	SK geo centric	SK종합화학
SK엔무브	company	SK enmove	SK루브리컨츠
SK인천석유화학	company	SK Incheon Petrochem	
SK아이이테크놀로지	company	SK IE Technology	SKIET
SK증권	company	SK Securities	
SK플래닛	company	SK planet	
SK쉴더스	company	SK shieldus	
11번가	company	11st	
티맵모빌리티	company	TMAP Mobility	

# 현대자동차그룹
현대자동차	company	Hyundai Motor Company	현대차|Hyundai Motor
# 기아: also the word for famine; the company renamed itself from 기아자동차 in 2021.
기아	company	Kia	기아자동차|기아차|Kia
현대모비스	company	Hyundai Mobis	
현대건설	company	Hyundai Engineering & Construction	
현대엔지니어링	company	Hyundai Engineering	
현대제철	company	Hyundai Steel	
현대글로비스	company	Hyundai Glovis	
현대로템	company	Hyundai Rotem	
현대위아	company	Hyundai WIA	
현대오토에버	company	Hyundai AutoEver	
현대트랜시스	company	Hyundai Transys	
현대케피코	company	Hyundai Kefico	
현대캐피탈	company	Hyundai Capital	
현대카드	company	Hyundai Card	
현대커머셜	company	Hyundai Commercial	
이노션	company	Innocean	
현대비앤지스틸	company	Hyundai BNG Steel	
포티투닷	company	42dot	42dot
보스턴다이나믹스	company	Boston Dynamics	보스턴 다이내믹스|보스턴다이내믹스|Boston Dynamics
모셔널	company	Motional	
슈퍼널	company	Supernal	

# HD현대 (former 현대중공업그룹; 2023 renames kept as aliases)
HD현대	company	HD Hyundai	HD현대그룹|현대중공업그룹|현대중공업지주
HD현대중공업	company	HD Hyundai Heavy Industries	현대중공업
HD한국조선해양	company	HD Korea Shipbuilding & Offshore Engineering	한국조선해양
HD현대미포	company	HD Hyundai Mipo	현대미포조선
HD현대삼호	company	HD Hyundai Samho	현대삼호중공업
HD현대일렉트릭	company	HD Hyundai Electric	현대일렉트릭
HD현대건설기계	company	HD Hyundai Construction Equipment	현대건설기계
HD현대인프라코어	company	HD Hyundai Infracore	현대두산인프라코어|두산인프라코어
HD현대사이트솔루션	company	HD Hyundai Site Solutions	
HD현대오일뱅크	company	HD Hyundai Oilbank	현대오일뱅크
HD현대마린솔루션	company	HD Hyundai Marine Solution	
HD현대로보틱스	company	HD Hyundai Robotics	현대로보틱스
HD현대에너지솔루션	company	HD Hyundai Energy Solutions	현대에너지솔루션
HD현대마린엔진	company	HD Hyundai Marine Engine	

# 범현대
HDC	company	HDC Holdings	HDC그룹
HDC현대산업개발	company	HDC Hyundai Development Company	현대산업개발|HDC현산
현대백화점	company	Hyundai Department Store	
현대홈쇼핑	company	Hyundai Home Shopping	
현대그린푸드	company	Hyundai Green Food	
현대리바트	company	Hyundai Livart	
한섬	company	Handsome	
현대해상	company	Hyundai Marine & Fire Insurance	현대해상화재보험
현대엘리베이터	company	Hyundai Elevator	
# 현대상선 renamed itself HMM in 2020.
HMM	company	HMM	현대상선
KCC	company	KCC	
HL만도	company	HL Mando	
HL홀딩스	company	HL Holdings	
HL클레무브	company	HL Klemove	

# LG
㈜LG	company	LG Corp.	LG㈜|(주)LG|LG(주)|주식회사 LG
LG전자	company	LG Electronics	
LG화학	company	LG Chem	
LG에너지솔루션	company	LG Energy Solution	LG엔솔|LGES
LG디스플레이	company	LG Display	LGD
LG이노텍	company	LG Innotek	
LG유플러스	company	LG Uplus	LGU+|LG U+|LG유플|LG Uplus
LG CNS	company	LG CNS	LG씨엔에스
LG생활건강	company	LG H&H	LG생건
LG AI연구원	company	LG AI Research	LG AI 연구원|LG AI Research
LG경영연구원	company	LG Business Research	LG경제연구원
LG마그나 이파워트레인	company	LG Magna e-Powertrain	LG마그나
팜한농	company	FarmHannong	
# LX (split from LG in 2021)
LX홀딩스	company	LX Holdings	
LX인터내셔널	company	LX International	LG상사
LX하우시스	company	LX Hausys	LG하우시스
LX세미콘	company	LX Semicon	
LX판토스	company	LX Pantos	

# 롯데
롯데지주	company	Lotte Corporation	
# 롯데백화점 and 롯데마트 are divisions of 롯데쇼핑.
롯데쇼핑	company	Lotte Shopping	롯데백화점|롯데마트
롯데케미칼	company	Lotte Chemical	
# 롯데제과 renamed itself 롯데웰푸드 in 2023.
롯데웰푸드	company	Lotte Wellfood	롯데제과
롯데칠성음료	company	Lotte Chilsung Beverage	롯데칠성
# 롯데정보통신 renamed itself 롯데이노베이트 in 2024.
롯데이노베이트	company	Lotte Innovate	롯데정보통신
롯데건설	company	Lotte E&C	
롯데하이마트	company	Lotte Himart	
롯데렌탈	company	Lotte Rental	
호텔롯데	company	Hotel Lotte	롯데호텔|롯데월드
롯데카드	company	Lotte Card	
롯데손해보험	company	Lotte Non-Life Insurance	롯데손보
롯데에너지머티리얼즈	company	Lotte Energy Materials	
롯데글로벌로지스	company	Lotte Global Logistics	
롯데바이오로직스	company	Lotte Biologics	
롯데홈쇼핑	company	Lotte Home Shopping	
롯데정밀화학	company	Lotte Fine Chemical	

# 한화
㈜한화	company	Hanwha Corporation	(주)한화|한화㈜
한화에어로스페이스	company	Hanwha Aerospace	
# 대우조선해양 was acquired by 한화 and renamed 한화오션 in 2023.
한화오션	company	Hanwha Ocean	대우조선해양|대우조선
# 한화큐셀 is the solar division of 한화솔루션.
한화솔루션	company	Hanwha Solutions	한화큐셀
한화시스템	company	Hanwha Systems	
한화생명	company	Hanwha Life	
한화손해보험	company	Hanwha General Insurance	한화손보
한화투자증권	company	Hanwha Investment & Securities	
한화자산운용	company	Hanwha Asset Management	
# HSD엔진 was acquired by 한화 and renamed 한화엔진 in 2024.
한화엔진	company	Hanwha Engine	HSD엔진
한화비전	company	Hanwha Vision	
한화갤러리아	company	Hanwha Galleria	
한화호텔앤드리조트	company	Hanwha Hotels & Resorts	
한화세미텍	company	Hanwha Semitech	

# GS
㈜GS	company	GS Holdings	GS㈜|GS홀딩스
GS칼텍스	company	GS Caltex	
GS건설	company	GS Engineering & Construction	
# GS25 is the convenience-store brand of GS리테일.
GS리테일	company	GS Retail	GS25
GS에너지	company	GS Energy	
GS글로벌	company	GS Global	
GS EPS	company	GS EPS	

# CJ (CJ ENM is left out: it is a broadcaster)
CJ㈜	company	CJ Corporation	CJ(주)
CJ제일제당	company	CJ CheilJedang	
CJ대한통운	company	CJ Logistics	
CJ올리브영	company	CJ Olive Young	올리브영
CJ CGV	company	CJ CGV	CGV
CJ프레시웨이	company	CJ Freshway	
CJ올리브네트웍스	company	CJ OliveNetworks	
CJ푸드빌	company	CJ Foodville	

# 신세계·이마트 (bare 신세계 is an ordinary word, "new world")
㈜신세계	company	Shinsegae	신세계백화점|(주)신세계
이마트	company	E-mart	emart
SSG닷컴	company	SSG.COM	쓱닷컴|SSG.COM
신세계인터내셔날	company	Shinsegae International	
신세계푸드	company	Shinsegae Food	
신세계건설	company	Shinsegae E&C	
신세계I&C	company	Shinsegae I&C	신세계아이앤씨
이마트24	company	emart24	
지마켓	company	Gmarket	G마켓|Gmarket

# 두산
㈜두산	company	Doosan Corporation	(주)두산
두산에너빌리티	company	Doosan Enerbility	두산중공업
두산밥캣	company	Doosan Bobcat	
두산로보틱스	company	Doosan Robotics	
두산퓨얼셀	company	Doosan Fuel Cell	
두산테스나	company	Doosan Tesna	
두산건설	company	Doosan E&C	

# LS
㈜LS	company	LS Corp.	LS㈜
LS일렉트릭	company	LS ELECTRIC	LS ELECTRIC|LS산전
LS전선	company	LS Cable & System	
LS엠트론	company	LS Mtron	
LS MnM	company	LS MnM	LS엠앤엠
LS에코에너지	company	LS Eco Energy	
LS마린솔루션	company	LS Marine Solution	
# 이베스트투자증권 was acquired by LS and renamed LS증권 in 2024.
LS증권	company	LS Securities	이베스트투자증권

# 포스코
포스코홀딩스	company	POSCO Holdings	
포스코	company	POSCO	POSCO
# renamed: 대우인터내셔널 → 포스코대우 → 포스코인터내셔널 (2019), 포스코케미칼 → 포스코퓨처엠 (2023), 포스코건설 → 포스코이앤씨 (2023), 포스코ICT → 포스코DX (2023)
포스코퓨처엠	company	POSCO Future M	포스코케미칼
포스코인터내셔널	company	POSCO International	포스코대우|대우인터내셔널
포스코이앤씨	company	POSCO E&C	포스코건설|포스코E&C
포스코DX	company	POSCO DX	포스코ICT
포스코엠텍	company	POSCO M-TECH	

# KT
KT	company	KT Corporation	케이티
KT클라우드	company	KT Cloud	kt cloud
KT DS	company	KT DS	kt ds
KT SAT	company	KT SAT	
KT에스테이트	company	KT Estate	
케이뱅크	company	K bank	K뱅크
BC카드	company	BC Card	비씨카드
지니뮤직	company	Genie Music	
KT&G	company	KT&G	케이티앤지

# 한진·항공·해운·물류
한진칼	company	Hanjin KAL	
㈜한진	company	Hanjin Transportation	(주)한진
대한항공	company	Korean Air	Korean Air
아시아나항공	company	Asiana Airlines	아시아나
제주항공	company	Jeju Air	
진에어	company	Jin Air	
티웨이항공	company	T'way Air	티웨이
에어부산	company	Air Busan	
에어서울	company	Air Seoul	
이스타항공	company	Eastar Jet	
에어프레미아	company	Air Premia	
팬오션	company	Pan Ocean	

# 금융 (private; 국책은행 are agencies above)
KB금융지주	company	KB Financial Group	KB금융|KB금융그룹
KB국민은행	company	KB Kookmin Bank	국민은행
KB증권	company	KB Securities	
KB국민카드	company	KB Kookmin Card	
KB손해보험	company	KB Insurance	KB손보
KB라이프생명	company	KB Life Insurance	KB라이프
KB자산운용	company	KB Asset Management	
신한금융지주	company	Shinhan Financial Group	신한금융|신한금융그룹
신한은행	company	Shinhan Bank	
신한카드	company	Shinhan Card	
# 신한금융투자 renamed itself 신한투자증권 in 2022.
신한투자증권	company	Shinhan Securities	신한금융투자
신한라이프	company	Shinhan Life	
하나금융지주	company	Hana Financial Group	하나금융|하나금융그룹
하나은행	company	Hana Bank	
# 하나금융투자 renamed itself 하나증권 in 2022.
하나증권	company	Hana Securities	하나금융투자
하나카드	company	Hana Card	
우리금융지주	company	Woori Financial Group	우리금융|우리금융그룹
우리은행	company	Woori Bank	
우리카드	company	Woori Card	
우리투자증권	company	Woori Investment & Securities	
NH농협금융지주	company	NH NongHyup Financial Group	농협금융|NH농협금융|농협금융지주
NH농협은행	company	NH NongHyup Bank	농협은행
NH투자증권	company	NH Investment & Securities	
NH농협생명	company	NH NongHyup Life Insurance	농협생명
NH농협손해보험	company	NH NongHyup Property & Casualty Insurance	농협손해보험|농협손보
BNK금융지주	company	BNK Financial Group	BNK금융|BNK금융그룹
BNK부산은행	company	BNK Busan Bank	부산은행
BNK경남은행	company	BNK Kyongnam Bank	경남은행
# DGB금융지주 → iM금융지주, 대구은행 → iM뱅크, 하이투자증권 → iM증권 (all 2024)
iM금융지주	company	iM Financial Group	DGB금융지주|DGB금융
iM뱅크	company	iM Bank	대구은행|DGB대구은행
iM증권	company	iM Securities	하이투자증권
JB금융지주	company	JB Financial Group	JB금융|JB금융그룹
전북은행	company	Jeonbuk Bank	
광주은행	company	Kwangju Bank	
카카오뱅크	company	KakaoBank	카뱅
토스뱅크	company	Toss Bank	
SC제일은행	company	Standard Chartered Bank Korea	
한국씨티은행	company	Citibank Korea	씨티은행
수협은행	company	Suhyup Bank	
# 미래에셋대우 renamed itself 미래에셋증권 in 2021.
미래에셋증권	company	Mirae Asset Securities	미래에셋대우
미래에셋자산운용	company	Mirae Asset Global Investments	
미래에셋생명	company	Mirae Asset Life Insurance	
미래에셋그룹	company	Mirae Asset Financial Group	
한국투자금융지주	company	Korea Investment Holdings	한국금융지주|한국투자금융
한국투자증권	company	Korea Investment & Securities	한투증권
한국투자신탁운용	company	Korea Investment Management	
키움증권	company	Kiwoom Securities	
대신증권	company	Daishin Securities	
메리츠금융지주	company	Meritz Financial Group	메리츠금융
메리츠화재	company	Meritz Fire & Marine Insurance	
메리츠증권	company	Meritz Securities	
유안타증권	company	Yuanta Securities Korea	
교보증권	company	Kyobo Securities	
교보생명	company	Kyobo Life Insurance	
신영증권	company	Shinyoung Securities	
다올투자증권	company	Daol Investment & Securities	
IBK투자증권	company	IBK Securities	
현대차증권	company	Hyundai Motor Securities	
한양증권	company	Hanyang Securities	
유진투자증권	company	Eugene Investment & Securities	
토스증권	company	Toss Securities	
카카오페이증권	company	Kakao Pay Securities	
동양생명	company	Tongyang Life	
흥국생명	company	Heungkuk Life	
흥국화재	company	Heungkuk Fire & Marine	
DB손해보험	company	DB Insurance	DB손보
DB생명	company	DB Life	
KDB생명	company	KDB Life	
AIA생명	company	AIA Life Korea	
서울보증보험	company	Seoul Guarantee Insurance	SGI서울보증
코리안리	company	Korean Re	코리안리재보험
카카오페이손해보험	company	Kakao Pay Insurance	
두나무	company	Dunamu	업비트|Upbit
빗썸	company	Bithumb	Bithumb
코인원	company	Coinone	
코빗	company	Korbit	
# 한국거래소 is no longer a designated public institution (since 2015): a company owned by securities firms.
한국거래소	company	Korea Exchange	KRX
나이스평가정보	company	NICE Information Service	

# 인터넷·플랫폼
네이버	company	NAVER	NAVER|Naver
네이버클라우드	company	NAVER Cloud	NAVER Cloud|NAVER클라우드
네이버웹툰	company	Naver Webtoon	
네이버파이낸셜	company	Naver Financial	네이버페이|Npay
네이버랩스	company	NAVER LABS	NAVER LABS
라인플러스	company	LINE Plus	
카카오	company	Kakao	Kakao
카카오페이	company	Kakao Pay	
카카오엔터프라이즈	company	Kakao Enterprise	
카카오엔터테인먼트	company	Kakao Entertainment	카카오엔터
카카오모빌리티	company	Kakao Mobility	
카카오게임즈	company	Kakao Games	
카카오스타일	company	Kakao Style	
카카오헬스케어	company	Kakao Healthcare	
카카오픽코마	company	Kakao Piccoma	
SM엔터테인먼트	company	SM Entertainment	SM엔터
쿠팡	company	Coupang	Coupang
쿠팡이츠	company	Coupang Eats	
쿠팡풀필먼트서비스	company	Coupang Fulfillment Services	
우아한형제들	company	Woowa Brothers	배달의민족|배민
비바리퍼블리카	company	Viva Republica	토스|Toss
토스페이먼츠	company	Toss Payments	
# 당근: the brand, also the word for carrot; only the company name is used.
당근마켓	company	Daangn Market	
야놀자	company	Yanolja	
여기어때컴퍼니	company	Yeogi Eottae Company	여기어때
무신사	company	Musinsa	
컬리	company	Kurly	마켓컬리
직방	company	Zigbang	
쏘카	company	SOCAR	
리디	company	Ridi	
에이블리코퍼레이션	company	Ably Corporation	에이블리
뱅크샐러드	company	Banksalad	
마이리얼트립	company	MyRealTrip	
버킷플레이스	company	Bucketplace	오늘의집
하이퍼커넥트	company	Hyperconnect	
매스프레소	company	Mathpresso	콴다
위대한상상	company	Wonderful Imagination	요기요
티몬	company	TMON	
하이브	company	HYBE	HYBE
JYP엔터테인먼트	company	JYP Entertainment	JYP엔터
YG엔터테인먼트	company	YG Entertainment	YG엔터

# 게임
크래프톤	company	KRAFTON	KRAFTON
엔씨소프트	company	NCSOFT	엔씨|NC소프트|NCSOFT
넷마블	company	Netmarble	
넥슨	company	Nexon	NEXON
넥슨코리아	company	Nexon Korea	
펄어비스	company	Pearl Abyss	
스마일게이트	company	Smilegate	
컴투스	company	Com2uS	
위메이드	company	Wemade	
네오위즈	company	Neowiz	
데브시스터즈	company	Devsisters	
시프트업	company	Shift Up	
웹젠	company	Webzen	
그라비티	company	Gravity	
NHN	company	NHN	엔에이치엔
NHN클라우드	company	NHN Cloud	
NHN커머스	company	NHN Commerce	
NHN KCP	company	NHN KCP	

# 통신·IT서비스·클라우드
# 통신·IT서비스·클라우드 (group IT service arms are listed with their groups)
가비아	company	Gabia	
케이아이엔엑스	company	KINX	KINX
메가존클라우드	company	Megazone Cloud	
메가존	company	Megazone	
베스핀글로벌	company	Bespin Global	
클루커스	company	Cloocus	
오케스트로	company	Okestro	
이노그리드	company	Innogrid	
다우기술	company	Daou Technology	

# 소프트웨어·보안
한글과컴퓨터	company	Hancom	한컴|Hancom
더존비즈온	company	Douzone Bizon	더존
티맥스소프트	company	TmaxSoft	TmaxSoft
티맥스티베로	company	Tmax Tibero	
이스트소프트	company	ESTsoft	
안랩	company	AhnLab	AhnLab
지니언스	company	Genians	
시큐아이	company	SECUI	
라온시큐어	company	RaonSecure	
드림시큐리티	company	Dreamsecurity	
이글루코퍼레이션	company	IGLOO Corporation	
웹케시	company	Webcash	
비트컴퓨터	company	Bit Computer	
투비소프트	company	Tobesoft	
엑셈	company	EXEM	
인젠트	company	Inzent	
핸디소프트	company	HandySoft	
# 다음소프트 renamed itself 바이브컴퍼니 in 2020.
바이브컴퍼니	company	VAIV Company	다음소프트

# 인공지능 (AI)
업스테이지	company	Upstage	Upstage
리벨리온	company	Rebellions	Rebellions
퓨리오사AI	company	FuriosaAI	퓨리오사|FuriosaAI
딥엑스	company	DEEPX	DEEPX
뤼튼테크놀로지스	company	Wrtn Technologies	뤼튼|wrtn
마음AI	company	maum.ai	
솔트룩스	company	Saltlux	
코난테크놀로지	company	Konan Technology	
셀바스AI	company	Selvas AI	
루닛	company	Lunit	Lunit
뷰노	company	VUNO	VUNO
스캐터랩	company	Scatter Lab	
트웰브랩스	company	Twelve Labs	Twelve Labs
포티투마루	company	42Maru	42Maru
알체라	company	Alchera	
와이즈넛	company	Wisenut	
마키나락스	company	MakinaRocks	
# The bare company name 노타 also occurs inside 노타이 ("no tie"); only the AI form is listed.
노타AI	company	Nota AI	Nota AI
크라우드웍스	company	Crowdworks	
플리토	company	Flitto	
엑스엘에이트	company	XL8	
래블업	company	Lablup	
딥노이드	company	Deepnoid	
제이엘케이	company	JLK	
코어라인소프트	company	Coreline Soft	
씨어스테크놀로지	company	Seers Technology	
올거나이즈	company	Allganize	
셀렉트스타	company	SelectStar	
딥브레인AI	company	DeepBrain AI	
스켈터랩스	company	Skelter Labs	
튜닙	company	TUNiB	
디노티시아	company	Dnotitia	
하이퍼엑셀	company	HyperAccel	
모빌린트	company	Mobilint	
망고부스트	company	MangoBoost	
파네시아	company	Panmnesia	
포자랩스	company	Pozalabs	
보스반도체	company	BOS Semiconductors	
에이직랜드	company	ASICLAND	
사이냅소프트	company	Synap Soft	
센드버드	company	Sendbird	Sendbird
몰로코	company	Moloco	Moloco
채널코퍼레이션	company	Channel Corporation	채널톡
번개장터	company	Bungaejangter	

# 반도체·장비·소재·부품
한미반도체	company	Hanmi Semiconductor	
DB하이텍	company	DB HiTek	
원익IPS	company	Wonik IPS	
원익QnC	company	Wonik QnC	
이오테크닉스	company	EO Technics	
리노공업	company	Leeno Industrial	
주성엔지니어링	company	Jusung Engineering	
피에스케이	company	PSK	
테스	company	TES	
유진테크	company	Eugene Technology	
솔브레인	company	Soulbrain	
동진쎄미켐	company	Dongjin Semichem	
하나머티리얼즈	company	Hana Materials	
티씨케이	company	TCK	
아이에스시	company	ISC	
테크윙	company	Techwing	
고영테크놀러지	company	Koh Young Technology	
HPSP	company	HPSP	
넥스틴	company	Nextin	
파크시스템스	company	Park Systems	
에스에프에이	company	SFA	
심텍	company	Simmtech	
대덕전자	company	Daeduck Electronics	
하나마이크론	company	Hana Micron	
네패스	company	Nepes	
엘비세미콘	company	LB Semicon	
케이씨텍	company	KCTech	
에프에스티	company	FST	
인텍플러스	company	Intekplus	
레이크머티리얼즈	company	Lake Materials	
오픈엣지테크놀로지	company	OpenEdge Technology	
퀄리타스반도체	company	Qualitas Semiconductor	
칩스앤미디어	company	Chips&Media	
어보브반도체	company	ABOV Semiconductor	
텔레칩스	company	Telechips	
넥스트칩	company	Nextchip	
가온칩스	company	Gaonchips	
에이디테크놀로지	company	ADTechnology	
세미파이브	company	SemiFive	
코아시아	company	CoAsia	
SK키파운드리	company	SK keyfoundry	
매그나칩반도체	company	Magnachip Semiconductor	매그나칩

# 2차전지·소재·화학·철강
에코프로	company	EcoPro	
에코프로비엠	company	EcoPro BM	
에코프로머티리얼즈	company	EcoPro Materials	
엘앤에프	company	L&F	
엔켐	company	Enchem	
천보	company	Chunbo	
솔루스첨단소재	company	Solus Advanced Materials	
코스모신소재	company	Cosmo Advanced Materials	
고려아연	company	Korea Zinc	
영풍	company	Young Poong	
풍산	company	Poongsan	
동국제강	company	Dongkuk Steel	
세아베스틸지주	company	SeAH Besteel Holdings	
세아제강	company	SeAH Steel	
금호석유화학	company	Kumho Petrochemical	금호석유
# bare 효성 is also the word for filial devotion
㈜효성	company	Hyosung Corporation	(주)효성
효성중공업	company	Hyosung Heavy Industries	
효성화학	company	Hyosung Chemical	
효성티앤씨	company	Hyosung TNC	
HS효성	company	HS Hyosung	
OCI홀딩스	company	OCI Holdings	
한솔케미칼	company	Hansol Chemical	
코오롱인더스트리	company	Kolon Industries	
코오롱글로벌	company	Kolon Global	
태광산업	company	Taekwang Industrial	
대한유화	company	Korea Petrochemical	
한화토탈에너지스	company	Hanwha TotalEnergies	
에쓰오일	company	S-Oil	S-Oil|S-OIL|에스오일
여천NCC	company	Yeochun NCC	
씨에스윈드	company	CS Wind	
한국타이어앤테크놀로지	company	Hankook Tire & Technology	한국타이어
한국앤컴퍼니	company	Hankook & Company	
넥센타이어	company	Nexen Tire	
금호타이어	company	Kumho Tire	
한온시스템	company	Hanon Systems	
에스엘	company	SL Corporation	
# 쌍용자동차 renamed itself KG모빌리티 in 2023; 르노삼성자동차 became 르노코리아 in 2022.
KG모빌리티	company	KG Mobility	쌍용자동차|쌍용차|KGM
르노코리아	company	Renault Korea	르노삼성자동차|르노삼성
한국GM	company	GM Korea	GM한국사업장|한국지엠

# 방산·조선·기계·항공우주
한국항공우주산업	company	Korea Aerospace Industries	KAI
LIG넥스원	company	LIG Nex1	
쎄트렉아이	company	Satrec Initiative	
레인보우로보틱스	company	Rainbow Robotics	
로보티즈	company	Robotis	
뉴로메카	company	Neuromeka	
현대무벡스	company	Hyundai Movex	
KCC글라스	company	KCC Glass	
SNT모티브	company	SNT Motiv	
한국카본	company	Hankuk Carbon	
이수페타시스	company	Isu Petasys	
코웨이	company	Coway	
한샘	company	Hanssem	
휴맥스	company	Humax	
이노스페이스	company	Innospace	

# 건설
대우건설	company	Daewoo Engineering & Construction	
DL이앤씨	company	DL E&C	DL E&C
DL㈜	company	DL Holdings	
호반건설	company	Hoban Construction	
태영건설	company	Taeyoung Engineering & Construction	
계룡건설	company	Kyeryong Construction	계룡건설산업
금호건설	company	Kumho E&C	
중흥건설	company	Jungheung Construction	
부영주택	company	Booyoung Housing	
한신공영	company	Hanshin Engineering & Construction	

# 바이오·제약·의료기기
셀트리온	company	Celltrion	Celltrion
셀트리온제약	company	Celltrion Pharm	
유한양행	company	Yuhan Corporation	
한미약품	company	Hanmi Pharmaceutical	
한미사이언스	company	Hanmi Science	
대웅제약	company	Daewoong Pharmaceutical	
종근당	company	Chong Kun Dang	
GC녹십자	company	GC Biopharma	녹십자
동아에스티	company	Dong-A ST	
동아쏘시오홀딩스	company	Dong-A Socio Holdings	
일동제약	company	Ildong Pharmaceutical	
광동제약	company	Kwangdong Pharmaceutical	
JW중외제약	company	JW Pharmaceutical	
HK이노엔	company	HK inno.N	
알테오젠	company	Alteogen	
에이비엘바이오	company	ABL Bio	
# 레고켐바이오사이언스 renamed itself 리가켐바이오사이언스 in 2024.
리가켐바이오사이언스	company	LigaChem Biosciences	리가켐바이오|레고켐바이오사이언스|레고켐바이오
펩트론	company	Peptron	
HLB	company	HLB	
오스코텍	company	Oscotec	
휴젤	company	Hugel	
메디톡스	company	Medytox	
파마리서치	company	PharmaResearch	
클래시스	company	Classys	
에스디바이오센서	company	SD Biosensor	
씨젠	company	Seegene	
삼천당제약	company	Samchundang Pharm	
에스티팜	company	ST Pharm	
부광약품	company	Bukwang Pharmaceutical	
차바이오텍	company	CHA Biotech	
지씨셀	company	GC Cell	
보로노이	company	Voronoi	

# 유통·소비재·식품
BGF리테일	company	BGF Retail	
BGF	company	BGF	
아모레퍼시픽	company	Amorepacific	
오리온	company	Orion	
농심	company	Nongshim	
오뚜기	company	Ottogi	
하이트진로	company	HiteJinro	
# bare 대상 is the everyday word for "target"
대상㈜	company	Daesang Corporation	(주)대상
동원F&B	company	Dongwon F&B	
동원산업	company	Dongwon Industries	
삼양식품	company	Samyang Foods	
SPC삼립	company	SPC Samlip	
풀무원	company	Pulmuone	
매일유업	company	Maeil Dairies	
남양유업	company	Namyang Dairy Products	
F&F	company	F&F	
휠라홀딩스	company	Fila Holdings	
영원무역	company	Youngone	
한국콜마	company	Kolmar Korea	
코스맥스	company	Cosmax	
에이피알	company	APR	
하림	company	Harim	

# 전력기기·전선·기타 제조
대한전선	company	Taihan Cable & Solution	
일진전기	company	Iljin Electric	
# 한진중공업 renamed itself HJ중공업 in 2021.
HJ중공업	company	HJ Shipbuilding & Construction	한진중공업
한화로보틱스	company	Hanwha Robotics	
코리아세븐	company	Korea Seven	
웅진씽크빅	company	Woongjin Thinkbig	

# 통신장비·디스플레이·기타 기술
쏠리드	company	Solid	
케이엠더블유	company	KMW	
에치에프알	company	HFR	
이노와이어리스	company	Innowireless	
덕산네오룩스	company	Duksan Neolux	
NHN페이코	company	NHN PAYCO	페이코
컨텍	company	Contec	

# ===== 해외 기업 (company): names as Korean news writes them, English forms as aliases =====
# 미국 빅테크
엔비디아	company	NVIDIA	NVIDIA|Nvidia
아마존	company	Amazon	Amazon
아마존웹서비스	company	Amazon Web Services	AWS|Amazon Web Services
# MS: kept; in Korean text it almost always means Microsoft (the unit "ms" is lower case).
마이크로소프트	company	Microsoft	MS|Microsoft
구글	company	Google	Google
알파벳	company	Alphabet	
구글 딥마인드	company	Google DeepMind	딥마인드|구글딥마인드|DeepMind
구글 클라우드	company	Google Cloud	구글클라우드|Google Cloud
메타	company	Meta Platforms	메타플랫폼스|Meta Platforms
애플	company	Apple	Apple
오픈AI	company	OpenAI	OpenAI|오픈에이아이
앤트로픽	company	Anthropic	Anthropic|앤스로픽
xAI	company	xAI	
인텔	company	Intel	Intel
AMD	company	AMD	
퀄컴	company	Qualcomm	Qualcomm
브로드컴	company	Broadcom	Broadcom
마이크론	company	Micron Technology	마이크론테크놀로지|Micron
텍사스인스트루먼트	company	Texas Instruments	
테슬라	company	Tesla	Tesla
IBM	company	IBM	
오라클	company	Oracle	Oracle
세일즈포스	company	Salesforce	Salesforce
시스코	company	Cisco	시스코시스템즈|Cisco
델 테크놀로지스	company	Dell Technologies	델테크놀로지스|Dell Technologies
HPE	company	Hewlett Packard Enterprise	휴렛팩커드엔터프라이즈|Hewlett Packard Enterprise
슈퍼마이크로	company	Supermicro	Supermicro|슈퍼마이크로컴퓨터
코어위브	company	CoreWeave	CoreWeave
팔란티어	company	Palantir	Palantir
스노우플레이크	company	Snowflake	Snowflake
데이터브릭스	company	Databricks	Databricks
어도비	company	Adobe	Adobe
서비스나우	company	ServiceNow	ServiceNow
VM웨어	company	VMware	VMware|브이엠웨어
레드햇	company	Red Hat	Red Hat
허깅페이스	company	Hugging Face	Hugging Face
퍼플렉시티	company	Perplexity	Perplexity
코히어	company	Cohere	
세레브라스	company	Cerebras	Cerebras
우버	company	Uber	Uber
에어비앤비	company	Airbnb	Airbnb
페이팔	company	PayPal	PayPal
마스터카드	company	Mastercard	
월마트	company	Walmart	Walmart
코스트코	company	Costco	Costco
시놉시스	company	Synopsys	Synopsys
케이던스	company	Cadence Design Systems	케이던스디자인시스템즈
어플라이드머티어리얼즈	company	Applied Materials	어플라이드 머티어리얼즈|AMAT
램리서치	company	Lam Research	Lam Research
KLA	company	KLA	
글로벌파운드리스	company	GlobalFoundries	GlobalFoundries
웨스턴디지털	company	Western Digital	
샌디스크	company	SanDisk	
보잉	company	Boeing	Boeing
록히드마틴	company	Lockheed Martin	
# GM: kept; Korean business news uses it for General Motors (한국GM is a separate row).
제너럴모터스	company	General Motors	GM
포드	company	Ford	
# 유럽
ASML	company	ASML	
SAP	company	SAP	
지멘스	company	Siemens	Siemens
인피니언	company	Infineon	
ST마이크로일렉트로닉스	company	STMicroelectronics	ST마이크로
NXP	company	NXP Semiconductors	
에릭슨	company	Ericsson	
노키아	company	Nokia	
Arm	company	Arm Holdings	ARM|암홀딩스
미스트랄AI	company	Mistral AI	Mistral AI|미스트랄
폭스바겐	company	Volkswagen	
BMW	company	BMW	
메르세데스-벤츠	company	Mercedes-Benz	메르세데스벤츠
스텔란티스	company	Stellantis	
에어버스	company	Airbus	
# 대만·일본
TSMC	company	TSMC	
미디어텍	company	MediaTek	
폭스콘	company	Foxconn	훙하이|Foxconn
소니	company	Sony	Sony
도요타	company	Toyota	도요타자동차|Toyota
혼다	company	Honda	
닛산	company	Nissan	
파나소닉	company	Panasonic	
히타치	company	Hitachi	
도시바	company	Toshiba	
키옥시아	company	Kioxia	
소프트뱅크	company	SoftBank	SoftBank|소프트뱅크그룹
라인야후	company	LY Corporation	
닌텐도	company	Nintendo	
도쿄일렉트론	company	Tokyo Electron	
르네사스	company	Renesas	
라피더스	company	Rapidus	
# 중국
화웨이	company	Huawei	Huawei
텐센트	company	Tencent	Tencent
알리바바	company	Alibaba	Alibaba|알리바바그룹
바이두	company	Baidu	Baidu
샤오미	company	Xiaomi	Xiaomi
바이트댄스	company	ByteDance	ByteDance
딥시크	company	DeepSeek	DeepSeek
BYD	company	BYD	비야디
CATL	company	CATL	
SMIC	company	SMIC	
CXMT	company	ChangXin Memory Technologies	창신메모리
YMTC	company	Yangtze Memory Technologies	창장메모리
징둥닷컴	company	JD.com	징둥|JD.com
레노버	company	Lenovo	
알리익스프레스	company	AliExpress	AliExpress
테무	company	Temu	Temu
쉬인	company	Shein	
ZTE	company	ZTE	
DJI	company	DJI	
지리자동차	company	Geely	지리홀딩그룹
# 미국·유럽 기타 (금융·에너지·제약·우주)
스페이스X	company	SpaceX	SpaceX|스페이스엑스
블루오리진	company	Blue Origin	
골드만삭스	company	Goldman Sachs	Goldman Sachs
JP모건	company	JPMorgan Chase	JP모건체이스|JPMorgan
모건스탠리	company	Morgan Stanley	Morgan Stanley
블랙록	company	BlackRock	BlackRock
버크셔해서웨이	company	Berkshire Hathaway	버크셔 해서웨이
씨티그룹	company	Citigroup	
뱅크오브아메리카	company	Bank of America	BofA
엑슨모빌	company	ExxonMobil	
셰브론	company	Chevron	
화이자	company	Pfizer	Pfizer
모더나	company	Moderna	Moderna
일라이릴리	company	Eli Lilly	Eli Lilly|일라이 릴리
노보노디스크	company	Novo Nordisk	노보 노디스크|Novo Nordisk
아스트라제네카	company	AstraZeneca	AstraZeneca
로슈	company	Roche	
존슨앤드존슨	company	Johnson & Johnson	존슨앤존슨
보쉬	company	Bosch	Bosch
LVMH	company	LVMH	
NTT	company	NTT	
"""#
