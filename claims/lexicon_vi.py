"""Vietnamese language data: every word list the rules read, each entry with why it is there.

Rules in `clean`, `attribution`, `numbers` and `conflicts` never spell a Vietnamese word
themselves; they read these tables through `claims.lexicon.get(lang)`. Adding a language means
adding a module of the same shape. All entries are NFC and matched case-insensitively unless a
comment says otherwise.
"""
from __future__ import annotations

LANG = "vi"

# The capital letters of Vietnamese (NFC): names open with any of them ("Ước", "Ấn Độ", "Úc"),
# which a plain "[A-ZĐ]" misses.
UPPER = "A-ZĐÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ"

# --------------------------------------------------------------------------- sentence structure
# Verbs whose object is a paper or a finding: a cue word right after them is that noun ("ban hành
# kết luận sơ bộ": issued a preliminary finding; "công bố kết luận thanh tra").
ISSUING_VERBS: tuple[str, ...] = (
    "ban hành",  # to issue (a decision, a finding)
    "công bố",   # to publish (a finding, information)
    "dự thảo",   # a draft (of a statement)
    "ký",        # to sign (a joint statement: "lễ ký tuyên bố chung")
    "ký kết",    # to sign (an agreement)
    "phát đi",   # to send out (a statement, a report: "phát đi báo cáo của mình")
)
# Cues that are never nouns: "người dân trong bản cho rằng" ("bản" = village) is speech, though a
# noun-making word ("bản", "một", "lời") stands before it.
VERB_ONLY_CUES: frozenset[str] = frozenset({
    "cho biết", "cho biết thêm", "cho hay", "cho rằng", "nói", "nói thêm", "nói rằng",  # say / hold that
    "khẳng định", "xác nhận", "thừa nhận",  # affirm / confirm / admit
    "bác bỏ", "phủ nhận",  # reject / deny
    "khai", "khai nhận",  # testify / confess
    "cho thấy", "chỉ ra",  # show / point out ("số liệu do X công bố cho thấy": the figures X published)
})
# What figures, papers and studies "show" (a thing's verb, not a person's): "Số liệu sơ bộ công bố
# ... cho thấy" is figures published, then what they show.
SHOWING_CUES: tuple[str, ...] = ("cho thấy", "chỉ ra")
# Cues that are nouns as often as verbs: after "về" (about) they are the noun ("văn bản ... về
# thông tin liên quan đến ...").
CUES_ALSO_NOUNS: frozenset[str] = frozenset({"thông tin", "thông báo", "tuyên bố", "nhận định", "đánh giá", "cảnh báo",
                                             "khuyến cáo", "phản ánh", "kết luận", "báo cáo", "thống kê"})
# Discourse openers before a subject: "Còn ông X cho biết", "Về phía công ty, ..." name no source.
DISCOURSE_PREFIXES: tuple[str, ...] = (
    "còn", "và", "nhưng",  # "and / but" opening a clause
    "trong khi đó", "về phía", "phía", "đến lượt mình",  # "meanwhile", "on the side of", "in turn"
    "riêng", "cả", "thậm chí",  # "as for", "even"
    "ngoài ra", "đồng thời", "bên cạnh đó",  # "besides", "at the same time"
    "trước đó", "sau đó", "tuy nhiên",  # "before / after that", "however"
    "bản thân",  # "himself / herself" before a name: "bản thân Thành Vinh chỉ nói ..."
)
# Words that make a stretch a clause, not a noun phrase: aspect, negation, copula, modal, passive.
CLAUSE_WORDS: tuple[str, ...] = (
    "đã", "đang", "sẽ", "chưa",  # aspect / tense
    "không",  # negation
    "có", "là",  # have / be
    "được", "bị",  # passives
    "vẫn", "cần", "phải",  # still / need / must
    "khiến", "gây",  # cause
    "thì", "đều",  # topic marker / all
)
# Topic markers among those: after "Về phía anh Quân," the one who speaks comes next ("công an xã
# cho biết"), the person named is only what it is about.
TOPIC_MARKERS: tuple[str, ...] = ("về phía", "phía", "riêng", "cả", "còn", "bản thân", "đối với", "riêng với", "đến lượt mình")
# Words for a group of people around someone ("gia đình", "người thân"): after "Anh Quân," they
# speak, they are not who he is.
GROUP_HEADS_OF_PEOPLE: tuple[str, ...] = ("gia đình", "người thân", "đồng nghiệp", "bạn học", "nhiều người", "người dân")
# Coordinators between two clauses: the second clause's subject is after them.
COORDINATORS: tuple[str, ...] = ("trong khi", "nhưng", "song", "còn")

# --------------------------------------------------------------------------- reporting cues
# Speech and statement verbs: "X <cue> (rằng) ..." credits the content to X.
# Longer cues first where one contains another, so "nói thêm" wins over "nói".
SPEECH_CUES: tuple[str, ...] = (
    "cho biết thêm",   # "said further"
    "cho biết",        # the most common news cue: "said"
    "cho hay",         # "said" (southern and agency style)
    "nói thêm",        # "added"
    "nói rằng",        # "said that"
    "nói",             # "said"; guarded against "nói trên" / "nói chung" below
    "tuyên bố",        # "declared, announced"
    "khẳng định",      # "affirmed"
    "nhận định",       # "assessed, judged"
    "thừa nhận",       # "admitted"
    "nêu rõ",          # "stated clearly"
    "phân tích",       # "analysed" (with a human subject and a clause after it)
    "đánh giá",        # "assessed"; agentless "được đánh giá" is excluded below
    "nhận xét",        # "remarked"
    "cho rằng",        # "held that"
    "xác nhận",        # "confirmed"
    "kể lại",          # "recounted"
    "kể",              # "told (a story)"
    "khai nhận",       # "confessed" (police and court news)
    "khai",            # "testified"
    "chia sẻ",         # "shared" (interview style)
    "thông tin thêm",  # "informed further"
    "công bố",         # "announced, published"
    "chỉ trích",       # "criticised"
    "cáo buộc",        # "accused"
    "quy trách nhiệm", # "blamed"
    "đổ lỗi",          # "blamed" ("đổ lỗi cho các nhóm cực đoan đã kích động")
    "bác bỏ",          # "rejected (a report)"
    "bác",             # a headline's "rejected" ("Công an bác tin đồn ..."), only before what it rejects
    "phủ nhận",        # "denied"
    "lưu ý",           # "noted"
    "cảnh báo",        # "warned"
    "khuyến cáo",      # "advised" that something holds, like "cảnh báo" (20 of 22 in rounds 18-25); advice to someone is a request (NOT_SPEECH_AFTER)
    "đưa tin",         # "reported" (media as subject)
    "thông báo",       # "announced, notified"
    "tiết lộ",         # "revealed"
    "nhấn mạnh",       # "stressed"; only with a human subject (checked by the rule)
    "nhất trí rằng",   # "agreed that" (a shared statement)
    "lập luận",        # "argued"
    "giải thích",      # "explained"
    "phát biểu",       # "said in a speech"
    "nhắc lại",        # "reiterated"
    "trả lời",         # "answered" (an interview or a question in parliament)
    "viết",            # "wrote" (letters, posts, decisions)
    "nêu",             # "stated" (documents: "quyết định nêu")
    "thể hiện",        # "states" (papers only: "Cáo trạng thể hiện ..."; see DOCUMENT_ONLY_CUES)
    "ghi rõ",          # "states plainly" (papers only: "Công văn ghi rõ ..."; see DOCUMENT_ONLY_CUES)
    "có ghi",          # "reads" (papers only: "Biên bản có ghi: ..."; see DOCUMENT_ONLY_CUES)
    "ghi",             # "records, reads" (papers only: "Hồ sơ bệnh án ghi anh bị bỏng 42%"; a player "ghi bàn")
    "báo cáo",         # "reported" as a verb ("Sở X báo cáo đã di dời ..."); the noun is guarded below
    "đính chính",      # "corrected" ("cơ quan này đính chính, cho biết ..."): a statement of what is right
    "đăng tải",        # "posted" (social media accounts as sources)
    "đăng tin",        # "posted news" ("một số tài khoản Facebook đăng tin ...": accounts as sources)
    "lên tiếng",       # "spoke out"
    "bày tỏ lo ngại",  # "voiced concern that ..." (an opinion credited to who voices it)
    "bày tỏ quan ngại",  # the same, formal
    "ước tính",        # "estimated" (with an agent)
    "dự báo",          # "forecast" (with an agent; agentless forecasts are hedges)
    "dự đoán",         # "predicted" (a paper, an expert: "Tờ báo này dự đoán ...")
    "tố cáo",          # "denounced"
    "than phiền",      # "complained"
    "kết luận",        # "concluded" (investigators, inspectors)
    "chỉ ra",          # "pointed out" (reports, studies, experts)
    "trình bày",       # "stated" (defendants and parties in court)
    "tâm sự",          # "confided" (interview style)
    "bác tin",         # "rejected the report" (headline style: "Công an bác tin ...")
    "lan truyền",      # "spread (a rumour)": forums and accounts as vague sources
    "ghi nhận",        # "recorded" (minutes, reports: "Biên bản kiểm tra ghi nhận ...")
    "tố",              # "accused" (social media: "X tố Y nợ tiền"); "yếu tố", "tố tụng" are guarded
    "phản ánh",        # "reported, complained" (residents to the press or the authorities)
    "thông tin",       # "informed" (as a verb after a subject: "ông X thông tin, ...")
    "bảo",             # "said" (colloquial, features: "chị bảo cả nhà như sống lại"); compounds guarded
    "than thở",        # "complained" (features: "một chủ quán than thở doanh thu giảm")
    "nhớ lại",         # "recalled" (features and court news)
    "lý giải",         # "explained (why)" (officials answering for a problem)
    "dẫn chứng",       # "cited as evidence"
    "tranh luận",      # "argued back" (debates, parliament's question sessions)
    "bình luận",       # "commented" ("Nhiều khán giả bình luận rằng ..."); the noun and "từ chối bình luận" guarded
    "phàn nàn",        # "complained" (parents, customers, residents: "Một phụ huynh phàn nàn ...")
    "than",            # "complained" ("Bà Thu, 67 tuổi, than ..."); also "coal": only right after its speaker (CUES_RIGHT_AFTER_SPEAKER)
    "thú nhận",        # "confessed, admitted" (features and court news)
    "trấn an",         # "reassured" (an official or a firm answering worries: "Người này trấn an, ...")
    "thổ lộ",          # "confided"
    "phân trần",       # "pleaded, explained oneself" (a party answering for a fault)
    "cam đoan",        # "vouched, gave one's word"
    "phản bác",        # "rebutted"
    "thuật lại",       # "recounted" (witnesses)
    "kêu ca",          # "grumbled" (traders, residents)
    "than vãn",        # "lamented"
    "bộc bạch",        # "opened up" (interview style; also a tag after a quote)
    "quả quyết",       # "asserted firmly"
    "giãi bày",        # "poured out (one's story)"
    "nhận thấy",       # "judged, found" (an opinion with its holder: "Ông X nhận thấy nhiều hộ đã bỏ nghề")
    "tin rằng",        # "believed that": what someone thinks is credited to them (guideline)
    "nghĩ rằng",       # "thought that"
    "said",            # English cue inside quoted English passages
    "says",            # English cue
    "told",            # English cue
)

# Cue words that are also common nouns ("than": coal): a cue only right after its speaker, a name,
# a pronoun or the comma that closes an apposition ("Ông Y Kông than ...", "Bà Thu, 67 tuổi, than ..."),
# never after a lower-case noun ("nhiệt điện than", "mỏ than").
CUES_RIGHT_AFTER_SPEAKER: frozenset[str] = frozenset({"than"})
# Cues that report only a figure given in their own clause: "Sở Y tế cập nhật số ca mắc lên 1.240
# ca" tells a count; "cập nhật hình ảnh mới", "cập nhật kiến thức", "cập nhật điểm thi" tell nothing.
CUES_NEEDING_A_FIGURE: frozenset[str] = frozenset({"cập nhật"})
# What a cue may be followed by when nothing is said: to whom and where ("Phó Chủ tịch X phát biểu
# tại hội nghị sáng 9/1.", "X trả lời báo chí tại cuộc họp chiều 8/4. Ảnh: Y"): a photo's scene, no claim.
SAID_NOTHING_AFTER = (r"^(?![.!…]*\s*$)(?:(?:(?:với|trước)\s+)?(?:báo chí|báo giới|phóng viên|pv|các phóng viên|truyền thông|cử tri)\s*)?"
                      r"(?:(?:tại|ở|bên lề)\s+(?:(?!rằng|là)[^\s,:;“\"]+\s*){1,8})?[.!]?\s*(?:\(?\s*ảnh\s*:.*)?$")
# Verbs that take a cue word as their object, a noun there ("Thí sinh tìm hiểu thông tin tuyển sinh",
# "Sở Y tế đã chuyển thông tin vụ việc sang Công an"): seeking or passing information on says nothing.
OBJECT_OF_VERBS: dict[str, tuple[str, ...]] = {
    "thông tin": ("tìm hiểu", "cung cấp", "thu thập", "tiếp nhận", "tra cứu", "xác minh", "chuyển", "nắm", "nắm bắt",
                  "nhận được", "trao đổi", "chia sẻ"),
}
# Gestures tagging a quote, then what the speaker did after a comma ('“...”, ông Tư lắc đầu, mắt nhìn
# ra cánh đồng.'): how one spoke, not something done to the quoted words (a film's title: "đã xem").
GESTURE_TAG_VERBS: frozenset[str] = frozenset({
    "lắc đầu", "gật đầu", "xua tay", "run giọng", "nghẹn giọng", "rơm rớm", "trầm ngâm", "rưng rưng",
    "chép miệng", "nhún vai", "cười", "mỉm cười", "thở dài", "cười buồn", "cười hiền",
})
# Cues that are a cue only before what they take: "bác" rejects a report ("bác thông tin", "bác tin
# đồn") and is an uncle before a name ("bác Tư") or rejects a plea in court ("bác đơn kháng cáo").
CUES_ONLY_BEFORE: dict[str, tuple[str, ...]] = {
    "bác": ("thông tin", "tin đồn", "tin", "cáo buộc", "các cáo buộc", "luận điệu", "bài viết", "nguồn tin"),
}
# Words that say a count or a level is reported after such a cue ("cập nhật số người chết lên 9
# người", "có thêm 120 ca mắc sởi", "tỷ lệ tiêm ... đạt 92%"), where "cập nhật 5 bức ảnh mới" counts
# pictures and "iOS 18 cho hơn 20 mẫu iPhone" phones.
COUNT_REPORT_WORDS: tuple[str, ...] = ("số", "thêm", "con số", "tổng số", "có", "lên", "đạt", "còn", "tăng", "giảm")
# Cue words only a paper speaks with: "Cáo trạng thể hiện ..." states; a person "thể hiện" a feeling
# or a skill ("anh thể hiện sự quyết tâm"), which reports nothing.
DOCUMENT_ONLY_CUES: frozenset[str] = frozenset({"thể hiện", "ghi rõ", "có ghi", "ghi"})
# Of those, the ones whose subject is a paper even when no table names it as one ("Sổ giao nhận
# của bưu điện xã ghi rõ ...", "Cuốn nhật ký có ghi ..."): a person "thể hiện" a feeling and "ghi"
# a goal, but no one "ghi rõ" anything except in writing, where the writing is credited.
PAPER_ONLY_CUES: frozenset[str] = frozenset({"ghi rõ", "có ghi"})
# Cues a place takes when it only counts: "Hà Nội ghi nhận gần 1.900 ca", "Các quận, huyện ghi
# nhận ..." report no one's words (a body or a paper that "ghi nhận" a finding does).
PLACE_COUNTS_CUES: frozenset[str] = frozenset({"ghi nhận"})
# Cues only people (or those speaking for a body) do: a subject no table places is taken as the
# speaker only before one of these ("Tài xế thừa nhận ..."), not before cues a forecast, a market
# or a paper can take ("Giá vàng dự báo ...", "Thị trường ghi nhận ...", "Lá đơn nêu rõ ...").
PERSON_SPEECH_CUES: frozenset[str] = frozenset({
    "cho biết", "cho biết thêm", "cho hay", "nói", "nói thêm", "nói rằng", "cho rằng",  # say, hold that
    "khẳng định", "xác nhận", "thừa nhận", "thú nhận", "phủ nhận", "bác bỏ", "phản bác",  # affirm, admit, deny
    "khai", "khai nhận", "kể", "kể lại", "thuật lại", "nhớ lại",  # testify, recount, recall
    "phàn nàn", "than phiền", "than thở", "kêu ca", "than vãn", "phản ánh",  # complain
    "tâm sự", "chia sẻ", "thổ lộ", "bộc bạch", "giãi bày", "tiết lộ",  # confide, reveal
    "giải thích", "lý giải", "phân trần", "trình bày", "trấn an", "quả quyết", "cam đoan", "bảo", "than",
})
# Manner verbs that tag a quote only at the very end, after it: "“...” - ông Tám bức xúc."
QUOTE_TAG_VERBS: tuple[str, ...] = (
    "bức xúc", "nghẹn ngào", "xúc động", "thở dài", "cười", "cười nói", "than", "than thở", "lo lắng",
    "hào hứng", "phấn khởi", "trăn trở", "bộc bạch", "quả quyết", "khẳng khái", "tâm tình",
)

# How a statement was put out, between its source and the cue: "tài khoản này đăng video khẳng định",
# "Bộ Y tế ra thông báo cho biết". The source is before it.
CHANNEL_TAIL = r"\s+(?:đăng|đăng tải|đưa ra|đưa|ra|phát đi|phát|gửi đi|gửi|công bố)\s+(?:video|clip|bài|bài viết|thông báo|thông cáo|văn bản|công văn|tuyên bố|status|bài đăng)(?:\s+\S+){0,2}?(?:\s+(?:trên|tại|qua)\s+.+)?$"

# Administrative units that head a place name: a ", xã X, huyện Y" segment says where someone is from.
ADMIN_PLACE_HEADS: tuple[str, ...] = ("xã", "huyện", "tỉnh", "phường", "quận", "thôn", "ấp", "bản", "thị trấn",
                                      "thị xã", "thành phố", "TP", "khu phố", "tổ dân phố")

# Finding verbs: with a named agent and a stated result they credit the finding to the agent
# ("công an làm rõ được X là Y"); without an agent they are agentless ("Bước đầu xác định").
# ("Sở Nội vụ thống kê có 316 người ...": a body's count of what it found; blind annotators cued all
# three such sentences of our rounds so; the noun, "so với thống kê lúc 17h", is guarded as other cue nouns)
# ("Văn phòng thường trực cập nhật số người chết lên 9 người": a body updating its own count, a
# running story's next figure, which must be the body's for the update to be seen as one)
FINDING_CUES: tuple[str, ...] = ("làm rõ", "xác định", "phát hiện ra", "kết luận", "thống kê", "cập nhật")

# Cues that introduce a source before the content: "Theo X, ..."; "dẫn lời" inside a clause.
SOURCE_PREPOSITIONS: tuple[str, ...] = (
    "theo",            # "Theo X, ..." / "..., theo X."
    "according to",    # English, in quoted or mixed-language passages
)
# Words right before a relay cue that make it no relay: a passive ("bị dẫn lời sai": quoted) or a
# noun ("Đoạn dẫn lời ...": the quoted passage).
RELAY_NOT_AFTER: tuple[str, ...] = ("bị", "được", "đoạn", "phần", "lời")
RELAY_CUES: tuple[str, ...] = (
    "dẫn lời",         # "X dẫn lời Y": Y is the speaker, X the relay
    "trích lời",       # "quoting"
    "dẫn nguồn tin",   # "citing sources"
    "dẫn",             # "X dẫn các nguồn thạo tin cho biết": the speaker follows
)

# What "theo" means when it asks, not reports: the guideline's "at the request / on the instruction
# of" ("Theo đề nghị của Công an huyện, Sở GTVT sẽ ..."), never a source whatever else is learnt.
THEO_REQUESTS: tuple[str, ...] = (
    "đề nghị",     # "at the request of"
    "chỉ đạo",     # "on the instruction of"
    "yêu cầu",     # "at the demand of"
    "nguyện vọng", # "according to the wishes of"
    "kiến nghị",   # "on the petition of"
    "đó",          # "theo đó" = "accordingly"
)
# What may follow "theo" when it does not introduce a source.
THEO_NOT_SOURCE: tuple[str, ...] = (
    "đó",              # "theo đó" = "accordingly"
    "đề nghị",         # "at the request of"
    "chỉ đạo",         # "on the instruction of"
    "yêu cầu",         # "at the demand of"
    "kế hoạch",        # "according to the plan" (a schedule, not a source of claims)
    "quy định",        # "under the regulation"
    "luật",            # "under the law"
    "khoản",           # "under clause ..." (legal reference)
    "điều",            # "under article ..."
    "dõi",             # "theo dõi" = "to follow / monitor"
    "chiều",           # "theo chiều ngược lại", "theo chiều hướng": in a direction
    "hướng",           # "in the direction of"
    "nguyện vọng",     # "according to the wishes of"
    "lịch",            # "according to the schedule"
    "thứ tự",          # "in order"
    "tỷ lệ",           # "in proportion"
    "thời gian",       # "over time"
    "mức",             # "at the rate of"
    "kiểu",            # "in the style of"
    "phương án",       # "under the option"
    "sau",             # "theo sau" = "to follow behind"
    "cách",            # "in the way"
    "diện",            # "under the category"
    "chương trình",    # "under the programme"
    "tinh thần",       # "in the spirit of"
    "chân",            # "theo chân" = "following"
    "đuổi",            # "theo đuổi" = "to pursue"
    "kịp",             # "theo kịp" = "keep up"
    "tháng",           # "monthly"
    "ngày",            # "daily"
    "giờ",             # "hourly"
    "năm",             # "yearly"
    "mùa",             # "seasonal"
    "dạng",            # "in the form of"
    "đợt",             # "in waves"
)

# Sentence-initial vague-sourcing formulas that work like "Theo ...," with no named agent.
# Information that surfaced on a channel with no one named: "Trên mạng xã hội xuất hiện thông tin
# (cho rằng) ...", "Tại một số diễn đàn lan truyền tin đồn ...": an anonymous source, the channel
# named (a rumour an official may later deny).
RUMOUR_LEAD = (r"^(?:[*•\-–]\s+)?"  # an interview's question line ("* Trên mạng xã hội lan truyền ...")
               r"(?:(?:mới đây|gần đây|thời gian qua|những ngày qua)\s*,?\s*|[^,:;“\"]{2,30},\s*"  # "Chiều cùng ngày, ..."
               r"|[^,:;“\"]{0,20}(?:sau|trước) khi [^,:;“\"]{2,40},\s*)?"  # "Khoảng 30 phút sau khi tính giờ làm bài, ..."
               # (a time set off between the channel and the verb: "Trên mạng xã hội, từ chiều qua lan truyền ...")
               # (a place's levels after a comma belong to it: "trên nhóm Zalo của phụ huynh ở xã Tân Hòa,
               # huyện Đức Thạnh (Đồng Tháp)"; not after a meeting: "Tại hội nghị, TP Hà Nội có thông tin"
               # is a body speaking there)
               r"(?P<lead>(?:(?:trên|tại)\s+(?P<channel>(?!(?:hội nghị|hội thảo|cuộc họp|buổi|phiên|kỳ họp|lễ|họp báo|diễn đàn|xã|phường|huyện|quận|tỉnh|thành phố|TP)(?!\w))"
               r"[^,:;]{2,60}?(?:\s*,\s*(?:xã|phường|thị trấn|huyện|quận|thị xã|tỉnh|thành phố|TP)\s+[^,:;()]{1,30}?)+(?:\s*\([^(),:;]{2,30}\))?"
               r"|[^,:;]{2,60}?)"
               r"(?:\s*,\s*(?:từ|trong|mấy|vài|những|hôm|sáng|chiều|tối|đêm)[^,:;]{0,20}?)?"
               r"\s+(?:xuất hiện|lan truyền|rộ lên|có|đăng tải|chia sẻ)"
               # the channel as the subject: "Mấy ngày qua, mạng xã hội lan truyền clip ..."
               # ("mạng xã hội ở Sudan lan truyền ...": the network of a place)
               r"|(?P<channel2>(?:mạng xã hội|cộng đồng mạng|dân mạng|MXH)(?:\s+(?:ở|tại)\s+[^,:;\s]+(?:\s+[A-ZĐ][^,:;\s]*)*)?)"
               r"\s+(?:xôn xao|lan truyền|rộ lên|chia sẻ))"
               r"\s+(?:nhiều\s+|một số\s+)?"
               r"(?P<what>thông tin|tin đồn|bài đăng|bài viết|clip|video|hình ảnh|tin nhắn))")  # ("tin nhắn": Zalo messages)
# Words right before a short quoted name ("tài khoản có tên “Mẹ Bống”"): the quotation marks hold
# a name, not anyone's words.
NAMING_WORDS: tuple[str, ...] = ("tên", "biệt danh", "tên là")
# Pages and groups a quoted name may follow ("nhóm Zalo “Cư dân Hạc Thành”", "fanpage “Hóng
# biến”"): a name only when it reads as one ("viết trên Facebook “Tôi đã trở lại”" is speech).
QUOTED_NAME_LEADS: tuple[str, ...] = ("tài khoản", "nhóm", "hội nhóm", "trang", "fanpage", "kênh", "group", "Zalo",
                                      "Facebook", "TikTok", "YouTube")
# Heads of bodies that are only groups or associations of people ("nhóm Zalo của nhóm phụ huynh",
# "của Hội phụ huynh lớp 3A"): owning a channel, they publish nothing official ("Hội đồng nhân dân"
# is a council and does).
GROUP_WORDS: frozenset[str] = frozenset({"nhóm", "hội"})
# Words that make a channel a body's own, where nothing spreads ("cổng thông tin điện tử chính thức").
OFFICIAL_CHANNEL_WORDS: tuple[str, ...] = ("chính thức",)
# First words of a named unit or office after a role ("chỉ huy đội ...", "trưởng phòng ...",
# "giám đốc Sở ..."): with a name or number after them, the role holder is one identifiable person.
OFFICE_WORDS: frozenset[str] = frozenset({
    "đội", "phòng", "ban", "sở", "cục", "vụ", "viện", "trường", "bệnh viện", "công an", "ubnd", "xã", "phường",
    "huyện", "quận", "tỉnh", "thành phố", "tp", "trung tâm", "lữ đoàn", "trung đoàn", "sư đoàn", "đồn", "trạm",
    "hạt", "chi cục", "công ty", "tập đoàn", "ngân hàng", "bộ", "tổng cục", "hội", "liên đoàn", "câu lạc bộ", "clb",
})
# Things that carry someone else's words: a predicate with one of them before a colon and a quote
# ("Anh mở bức thư: ...", "Ông bật điện thoại: ...") shows what was written, not what the subject says.
WRITTEN_MEDIA_NOUNS: tuple[str, ...] = (
    "thư",        # a letter
    "tin nhắn",   # a text message
    "giấy",       # a sheet of paper ("tờ giấy", "mảnh giấy")
    "biển",       # a sign
    "bảng",       # a board
    "điện thoại", # a phone's screen
    "màn hình",   # a screen
    "sổ",         # a notebook
    "nhật ký",    # a diary
)
# Commas inside the names of bodies: "Ban Chỉ đạo phòng, chống thiên tai", "Ban Chỉ huy phòng,
# chống lụt bão", "Trung tâm Tìm kiếm, cứu nạn": the comma joins two verbs of one name.
NAME_COMMAS = (r"\b(?:phòng,\s*chống|phòng,\s*chữa|tìm kiếm,\s*cứu nạn|tìm kiếm,\s*cứu hộ|phòng,\s*tránh"
               r"|khám,\s*chữa|xuất,\s*nhập"  # "Cục Quản lý khám, chữa bệnh", "Cục Quản lý xuất, nhập cảnh"
               r"|tham nhũng,\s*kinh tế,\s*buôn lậu|kinh tế,\s*buôn lậu"  # the police's C03 and its units
               # "Ban Chỉ huy phòng, chống thiên tai, tìm kiếm cứu nạn và phòng thủ dân sự tỉnh X"
               r"|thiên tai,\s*tìm kiếm|thiên tai,\s*cứu nạn|cứu nạn,\s*cứu hộ"
               # the fire police, "Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ Công an tỉnh X"
               r"|phòng cháy,\s*chữa cháy"
               r"|phát thanh,\s*truyền hình)\b")  # a province's paper and broadcaster, merged in 2025
# Words joining two posts of one person: "Thứ trưởng Ngoại giao kiêm người phát ngôn Chính phủ X"
# runs on past "kiêm" to the name; it is no verb phrase after a name.
TITLE_JOINERS: tuple[str, ...] = ("kiêm",)
# Roles that are one person's post (unlike "lãnh đạo", a body's leadership): before a named or
# numbered unit ("chỉ huy đội CSGT số 8") the holder is one identifiable person.
ROLE_HEADS: tuple[str, ...] = ("chỉ huy",)
# A rank after a role head ("Chỉ huy trưởng Đồn Biên phòng X", "chỉ huy phó"): still the office's one holder.
RANK_AFTER_ROLE: frozenset[str] = frozenset({"trưởng", "phó"})
# A word for one copy of a paper before its head ("bản hợp đồng", "bản kết luận"): still that paper.
DOCUMENT_COPY_WORDS: tuple[str, ...] = ("bản",)
# Prepositions that open a sentence with where or about what ("Tại An Giang, ...", "Ở Hà Nội, ...",
# "Theo Bộ Y tế, ..."): no part of the name after them.
PLACE_OPENERS_WORDS: frozenset[str] = frozenset({"tại", "ở", "theo", "trong", "từ", "về", "với", "trên"})
# After a toll, what names where a share of it is ("14 người mất tích, phần lớn là người bản X",
# "18 người chết tại 4 tỉnh, nhiều nhất là Quảng Trị"): not where the whole toll holds.
SHARE_OF_WHOLE_LEADS: tuple[str, ...] = ("phần lớn", "chủ yếu", "đa số", "hầu hết", "trong đó", "nhiều nhất", "cao nhất",
                                         "riêng")
# "at" / "in" before where a figure holds ("5 người mất tích tại hai tỉnh ..."), as a regex alternation.
PLACE_PREPOSITIONS = r"tại|ở|trên địa bàn"
# An aside on what a subject is made of, between commas before the cue ("mạng quan trắc X, gồm 64
# cảm biến đặt ở 12 quận, huyện, thống kê"): its words are not the speaker.
MAKEUP_ASIDES: tuple[str, ...] = ("gồm", "bao gồm")
# Words that end a group's description before its name ("nhóm giám sát độc lập Civitas" is named;
# "nhóm bạn ở Hà Nội", "nhóm của Hùng" are not): prepositions, demonstratives, quantifiers.
NOT_DESCRIBING: frozenset[str] = frozenset({"của", "ở", "tại", "trong", "ngoài", "về", "với", "và", "cho", "từ", "trên",
                                            "dưới", "này", "đó", "kia", "các", "những", "một"})
# Verbs of a body that issues figures or findings: "số liệu do các sở Y tế công bố cho thấy":
# the body that published the figures is their source.
PUBLISH_VERBS: tuple[str, ...] = (
    "công bố", "đưa ra", "thống kê", "ghi nhận", "phát hành", "tổng hợp", "thực hiện",
)
# Comparisons a sentence sets its figure against another's with ("cao hơn nhiều con số công an
# công bố", "gấp gần ba lần con số vườn báo cáo"): the two figures differ by the sentence's own word.
FIGURE_COMPARISONS: tuple[str, ...] = ("cao hơn", "thấp hơn", "nhiều hơn", "ít hơn", "lớn hơn", "nhỏ hơn",
                                       "gấp rưỡi", "gấp đôi", "gấp ba", "gấp gần", "gấp hơn", "gấp nhiều",
                                       "chênh lệch", "vênh", "khác xa")
# Nouns for another source's figure after such a comparison ("so với số liệu của Cục Phòng bệnh").
OTHER_FIGURE_NOUNS: tuple[str, ...] = ("con số", "số liệu", "thống kê", "báo cáo")
# Verbs beyond PUBLISH_VERBS that say who gave that figure ("con số vườn báo cáo").
FIGURE_GIVING_VERBS: tuple[str, ...] = ("báo cáo", "cung cấp")
# Another period named in or right after the comparison ("con số Bộ Y tế công bố cho cả năm 2023",
# "so với cùng kỳ"): the figures are two periods', not two sources' for one.
OTHER_PERIOD_AFTER_COMPARISON = (r"(?<!\w)(?:năm\s+\d{4}|năm\s+(?:ngoái|trước)|cùng\s+kỳ|(?:tháng|quý|tuần|kỳ|đợt|vụ)\s+trước"
                                 r"|tháng\s+\d{1,2}|quý\s+(?:i{1,3}|iv|\d)|đợt\s+\d+)(?!\w)")
# Verbs of handing something over: figures a body handed over speak for it ("Số liệu do Cục Thống
# kê cung cấp cho thấy"), a paper stays the paper's ("Theo danh sách do nhà xe cung cấp"), and
# what only records or pictures something credits no one (EVIDENCE_NOUNS).
HANDING_VERBS: tuple[str, ...] = ("cung cấp",)
# Records and pictures that show without saying: "Ảnh vệ tinh do Viện X cung cấp cho thấy", "sao
# kê do ngân hàng cung cấp cho thấy" (fresh annotators credit no one, 2 of 2 in round 51).
EVIDENCE_NOUNS: tuple[str, ...] = ("ảnh vệ tinh", "ảnh", "hình ảnh", "video", "clip", "sao kê", "dữ liệu camera")
# Verbs that make a paper rather than publish figures: "Biên bản do Sở X lập ngày 5-3 [nêu rõ]",
# "Tuyên bố chung được hai ngoại trưởng ký [nêu rõ]": the paper speaks, described by who made it.
PAPER_MAKING_VERBS: tuple[str, ...] = (
    "lập",        # drew up (a record)
    "ký",         # signed
    "ban hành",   # issued (a decision)
    "xác nhận",   # certified
    "soạn thảo",  # drafted
    "thông qua",  # passed (a resolution)
    "cung cấp",   # handed over ("hồ sơ bồi thường do Trung tâm X cung cấp ghi rõ": the file speaks)
)
VAGUE_LEADS: tuple[str, ...] = (
    "thông tin ban đầu",   # "initial information (says)"
    "theo thông tin ban đầu",
    "theo nguồn tin",
    "nguồn tin cho hay",
)

# Words that, right before a cue, negate it: "không cho biết" credits nothing.
NEGATIONS: tuple[str, ...] = ("không", "chưa", "chẳng", "không hề", "chưa hề", "từ chối", "né tránh", "không muốn")

# Words right before a cue that make it a future or intended act, not a statement made.
FUTURE_MARKERS: tuple[str, ...] = ("sẽ", "dự kiến", "sắp", "chuẩn bị")
# A finding still under way or only asked for has no result to credit: "đang tiếp tục làm rõ vụ
# việc", "đề nghị Thanh tra phối hợp ... làm rõ trách nhiệm" (the guideline: a finding verb needs a
# stated result).
ONGOING_MARKERS: tuple[str, ...] = ("đang", "tiếp tục", "đang tiếp tục", "đang khẩn trương", "khẩn trương")
FINDING_REQUESTED_BY: tuple[str, ...] = ("đề nghị", "yêu cầu")
# Words that turn "nhận thấy" into noticing, then acting: "Người đi đường nhận thấy khói ... nên hô hoán".
PERCEPTION_THEN_ACT: tuple[str, ...] = ("nên", "liền", "vội", "bèn", "lập tức")

# Agentless or hedged forms: the cue word is there but nobody is credited. Flag `hedged`.
HEDGES: tuple[str, ...] = (
    "được cho là",     # "is said to be"
    "được biết",       # "it is known"
    "được đánh giá",   # "is assessed"
    "được xem là",     # "is seen as"
    "được coi là",     # "is considered"
    "được xác định",   # "is determined" (agentless)
    "bước đầu xác định",  # "initially determined"
    "ban đầu xác định",
    "dự kiến",         # "expected"
    "có vẻ",           # "seems"
    "dường như",       # "apparently"
    "nghi vấn",        # "suspected"
    "tin đồn",         # "rumour"
    "được cho rằng",
    "được ước tính",   # "is estimated" (agentless)
)

# Verbs before "rằng" that report no one's words or view: knowing, forgetting, proving
# ("Nhiều phụ huynh quên rằng hạn nộp ...", "Kết quả chứng minh rằng ...").
NOT_REPORTING_THAT: frozenset[str] = frozenset({"quên", "biết", "hiểu", "nhớ", "ngờ", "chứng minh", "chứng tỏ", "thấy",
                                                "cảm thấy", "tưởng", "phát hiện", "nhận ra"})  # (perceiving, mistaking)
# Passive markers that turn a following cue into an agentless one ("được đánh giá").
PASSIVES: tuple[str, ...] = ("được", "bị")

# Words after "nói" that make it not a speech verb.
# Words before a cue that make it part of another word: "triển khai" (deploy), "công khai" (public).
NOT_SPEECH_BEFORE: dict[str, tuple[str, ...]] = {
    "khai": ("triển", "công", "tự"),
    # "nhờ bác thông tin", "hỏi bác": an uncle asked or helped, not a body rejecting a report
    "bác": ("nhờ", "hỏi", "mời", "gặp", "cùng", "với", "của", "cho", "và", "thưa", "chào", "bảo", "theo", "nghe", "giúp", "là"),
    "tố": ("yếu", "nhân", "bị", "truy", "khởi", "công"),  # "yếu tố" (factor), "nhân tố", "truy tố" (prosecute), "khởi tố", "công tố" (prosecution)
    "phân tích": ("giới", "nhà", "cáo"),  # "giới phân tích", "nhà phân tích": analysts; "báo cáo phân tích": a report
    "bình luận": ("giới", "nhà", "chối", "lượt", "các", "những", "nghìn", "trăm", "khóa", "khoá", "tắt"),  # "từ chối bình luận", "6.000 lượt bình luận", "khóa bình luận"
    # "họp báo thông tin kết quả": a press conference to inform, no one informing yet; "Cổng thông
    # tin điện tử", "trang thông tin": a website's name
    "thông tin": ("báo", "cổng", "trang"),
    "nói": ("lời", "tiếng"),  # "lời nói" (words), "tiếng nói" (a voice; "Đài Tiếng nói Việt Nam")
    "báo cáo": ("theo", "trong", "tại", "qua", "bản", "có", "từng", "ra",  # "theo báo cáo ...", "ra báo cáo": the paper, not the verb
                "gửi", "nộp", "lập", "trình", "chuyển", "ký", "thiện", "chậm"),  # "gửi báo cáo lên ...", "chậm báo cáo": the paper or the duty
    "khuyến cáo": ("thủ", "lờ", "phạm", "chấp", "theo", "ra", "lời", "qua", "các", "những"),  # "tuân thủ / phớt lờ / vi phạm / bất chấp khuyến cáo": the advice, a noun
    "đính chính": ("bản", "tin"),  # "văn bản đính chính", "thông tin đính chính": the paper
    "kể": ("đáng", "không"),
    "viết": ("bài",  # "các bài viết": articles, posts (the segmenter often splits the noun)
             "dạy", "tập", "học"),  # "mở lớp dạy viết", "tập viết": writing taught or learnt, nothing written
    "trả lời": ("câu",),  # "đòi câu trả lời": an answer, the noun
    "bảo": ("đảm", "hòa", "gia", "quốc", "thái", "tin"),  # "đảm bảo" (ensure), "thái bảo", "quốc bảo"
}
# "The head of X": an epithet for whoever the article named as X's leader ("Người đứng đầu bệnh viện
# cho biết" after "Bác sĩ Nguyễn Văn Thành, Giám đốc Bệnh viện ..."), resolved by `leaders.head_of`.
LEADER_EPITHETS: tuple[str, ...] = (
    "người đứng đầu",      # "the one at the head of"
    "lãnh đạo cao nhất",   # "the highest leader of"
    "thủ trưởng",          # "the chief of (a unit)"
)
# Words of such an epithet that name no particular body ("ngành y tế tỉnh" is the province's health
# service: "y tế" says which).
NO_PARTICULAR_BODY: frozenset[str] = frozenset({"của", "này", "đó", "trên", "tỉnh", "thành", "phố", "huyện", "xã", "ngành",
                                                "cơ", "quan", "đơn", "vị", "các", "những", "cấp", "địa", "phương", "nói"})
# Words before a title that say the holder's sex ("nữ bị cáo": the woman on trial).
SEX_WORDS: dict[str, str] = {"nữ": "f", "nam": "m", "chàng": "m"}
# Offices that lead a body (the one an epithet above means); a deputy ("phó ...") never does.
LEADER_OFFICES: tuple[str, ...] = (
    "giám đốc", "tổng giám đốc", "chủ tịch", "bí thư", "hiệu trưởng", "bộ trưởng", "thủ tướng",
    "tổng thống", "chánh án", "viện trưởng", "cục trưởng", "chi cục trưởng", "vụ trưởng",
    "tổng biên tập", "chủ nhiệm", "tư lệnh", "chỉ huy trưởng", "CEO", "thống đốc", "thị trưởng",
    "đội trưởng", "tổng cục trưởng", "tổng thư ký", "người đứng đầu",
    # the head of a unit ("Trưởng phòng GD-ĐT huyện"), see UNIT_LEADER_OFFICES; not "trưởng khoa", a
    # hospital's department
    "trưởng phòng", "trưởng ban", "trưởng đồn", "trưởng trạm",
    "trưởng thôn", "trưởng bản", "trưởng ấp", "trưởng khu phố",  # a hamlet's or a quarter's head
)
# Offices that lead a unit inside a larger body ("Trưởng phòng Cảnh sát hình sự Công an tỉnh X"): the
# holder heads the unit named before the parent body's head, not the parent ("Người đứng đầu Công
# an tỉnh X" is someone else).
UNIT_LEADER_OFFICES: tuple[str, ...] = ("trưởng phòng", "trưởng ban", "trưởng đồn", "trưởng trạm")
# Verbs of asking or directing a body or person to act: the one named right after them is asked, not
# speaking ("UBND tỉnh yêu cầu Sở Y tế khẩn trương xác định ...", "chỉ đạo Công an tỉnh làm rõ").
ASKING_VERBS: tuple[str, ...] = ("yêu cầu", "đề nghị", "chỉ đạo", "giao", "giao cho", "kêu gọi", "đề xuất", "kiến nghị")
# Pronouns for oneself: after "bảo" they are the speaker again, no one addressed ("bà bảo mình biết").
REFLEXIVE_PRONOUNS: frozenset[str] = frozenset({"mình", "bản thân"})
# Cues that, with someone addressed right after them and a plain verb next, tell that person to do
# something rather than report anything ("Anh Xuân bảo tôi chuẩn bị đồ nghề"; "bảo tôi rằng ..." and
# "bảo Hồng đã đi" still report): the parse's tags decide, `pair_vetoes.tells_to_do`.
TELLING_CUES: frozenset[str] = frozenset({
    "bảo",   # "bảo ai làm gì": to tell someone to do something
    "dặn",   # "dặn con về sớm": to bid someone do something
})
NOT_SPEECH_AFTER: dict[str, tuple[str, ...]] = {
    "nói": ("trên", "chung", "riêng", "chuyện", "dối", "xấu", "lái", "khéo", "thật",  # "nói trên" = "mentioned above"
            "một thứ ngôn ngữ", "một thứ tiếng",  # "nói một thứ ngôn ngữ khác": a language spoken, nothing said
            "tiếng"),  # "nói tiếng Hà Nhì": speaks a language, says nothing reported
    "thông tin": ("trên", "về", "này", "của", "cho", "ban đầu", "được"),  # noun uses of "thông tin"
    # "bác thông tin cho bà con": an uncle informs them; "bác tin rằng": an uncle believes
    "bác": ("thông tin cho", "thông tin với", "thông tin tới", "thông tin đến", "tin cho", "tin rằng", "tin tưởng",
            "tin là"),
    "bày tỏ lo ngại": (",", "nhưng"), "bày tỏ quan ngại": (",", "nhưng"),  # concern voiced, nothing said of what
    "viết": ("tay", "lách",
             "được", "chữ", "đẹp", "xong"),  # "viết được những dòng chữ", "viết chữ đẹp": the skill, nothing said
    "ghi": ("lại", "hình", "âm", "bàn", "điểm", "danh"),  # a camera records ("ghi lại"); a player scores
    "đăng tin": ("tuyển", "rao", "quảng cáo", "bán", "cho thuê", "tìm", "mua",  # an advert posted, no news told
                 "giả", "sai", "thất thiệt", "bịa"),  # fake news posted: what someone did, not what they report
    "khuyến cáo": ("của", "này", "trên", "đó",  # "khuyến cáo của cơ quan chức năng": the advice, a noun
                   # advice to someone, then what to do ("khuyến cáo người dân hạn chế ra đường",
                   # "khuyến cáo phụ huynh đưa trẻ đi tiêm"): a request, as "đề nghị" is (the
                   # guideline), not a report; fresh annotators, 12 of 13 in rounds 39-51 (not
                   # bare "người": "khuyến cáo người mắc bệnh nền có nguy cơ ..." warns of a fact)
                   "người dân", "người tiêu dùng", "người bệnh", "người việt", "người lao động", "người đi đường",
                   "người tham gia giao thông", "phụ huynh", "bà con", "nhân dân", "du khách", "các hộ",
                   "nên", "không nên", "hạn chế", "tránh"),
    "báo cáo": ("nhanh", "tài chính", "này", "trên", "đó", "tổng kết", "thường niên", "số", "cho thấy", "nêu", "ghi",
                "viên", "kết quả", "tình hình", "của", "về", "vụ việc", "sự việc", "lên"),  # the noun ("báo cáo nhanh cho biết", "báo cáo của mình"); a topic only ("báo cáo về ...")
    "thể hiện": ("sự", "tinh thần", "quyết tâm", "vai trò", "trách nhiệm", "tình", "lòng", "rõ nét", "tính", "mong muốn",
                 "nỗ lực", "thái độ", "cam kết", "bản lĩnh", "ý chí", "khát vọng", "niềm"),  # "Bản án thể hiện sự nhân văn": a quality shown, nothing stated
    "trấn an": ("tinh thần",),  # "trấn an tinh thần bệnh nhân": calming someone, an act ("trấn an người dân rằng ..." reports)
    "thổ lộ": ("tình cảm", "tình yêu"),  # "thổ lộ tình cảm với cô gái": a declaration of love, nothing reported
    "kể": ("cả", "từ", "trên", "đến", "tới", "chuyện"),  # "kể cả" = "including", "kể từ" = "since"; "kể chuyện": telling stories
    "trả lời": ("phỏng vấn", "chất vấn", "câu hỏi"),  # answering questions is an act, not a statement  # "trả lời phỏng vấn" is kept by the colon/quote rule only
    "nêu": ("trên", "gương", "tên", "danh tính"),  # "đề nghị không nêu tên": asking not to be named
    "khai": ("thác", "trương", "báo", "mạc", "giảng", "sinh", "hoang", "quật"),
    "tố": ("tụng", "chất", "giác", "cáo"),  # "tố tụng" (proceedings), "tố chất"
    "tố cáo": ("đã", "đang", "vừa", "này"),  # "tài khoản tố cáo đã khóa": the accusing account
    "đánh giá": ("cao", "thấp"),  # "đánh giá cao" = "appreciate", a stance not a statement
    "dự báo": ("thời tiết",),
    # "mỗi năm chỉ ra đảo vào dịp hè": "only goes out to" a place, no one points anything out
    "chỉ ra": ("đảo", "biển", "khơi", "đồng", "ruộng", "chợ", "phố", "thành phố", "ngoài", "nước ngoài", "Hà Nội", "trường",
               "viện", "bệnh viện", "bến", "sông", "vườn", "rẫy"),
    "công bố": ("thông tin",),
    "kết luận": ("điều tra", "thanh tra"),  # nouns: "kết luận điều tra"
    "lên tiếng": (),
    "bình luận": ("viên", "thể thao", "về việc này"),  # "bình luận viên" (a commentator), a noun
    # "bảo đảm" (ensure), "bảo vệ" (protect), "bảo hiểm" (insurance) ...: other words, not "said"
    "bảo": ("đảm", "vệ", "hiểm", "quản", "dưỡng", "trì", "tồn", "lưu", "an", "hành", "tàng", "lãnh", "mật",
             "toàn", "hộ", "trợ", "vật", "chứng", "ban", "bối", "kê", "nhau", "thủ", "mẫu", "bọc", "tháp",
             "con", "cháu", "mọi người", "nhân viên", "học sinh",  # "Mẹ bảo con đi học": told to, a request
             "phải", "nên", "đi", "hãy", "đừng"),  # "bảo phải đợi", "bảo nên lấy": an instruction, not a statement
}

# --------------------------------------------------------------------------- people and titles
# Forms of address and titles that precede a person's name. Gender where Vietnamese marks it.
PERSON_TITLES: dict[str, str | None] = {
    "ông": "m", "bà": "f", "anh": "m", "chị": "f", "cô": "f", "chú": "m", "cụ": None, "em": None,
    "thầy": "m", "cháu": None, "bé": None, "ngài": None, "nữ": "f",
    "chàng": "m",  # a young man by what he is ("chàng sinh viên", "chàng trai"), as "nữ" a woman
    # kin of the parents' generation, how villagers are called in reportage ("bác Tư bán nước", "dì Năm")
    "bác": None, "dì": "f", "thím": "f", "mợ": "f", "dượng": "m",
    "tướng": None, "đại tướng": None, "thượng tướng": None, "trung tướng": None, "thiếu tướng": None,
    "đại tá": None, "thượng tá": None, "trung tá": None, "thiếu tá": None, "đại úy": None, "thượng úy": None,
    "thủ tướng": None, "phó thủ tướng": None, "tổng thống": None, "phó tổng thống": None,
    "chủ tịch": None, "phó chủ tịch": None, "tổng bí thư": None, "bí thư": None, "phó bí thư": None,
    "bộ trưởng": None, "thứ trưởng": None, "ngoại trưởng": None, "quốc vương": None, "nhà vua": None,
    "tổng thư ký": None, "thư ký": None, "đại sứ": None, "nghị sĩ": None, "thượng nghị sĩ": None,
    "hạ nghị sĩ": None, "đại biểu": None, "ĐB": None, "thống đốc": None, "thị trưởng": None,
    "giám đốc": None, "phó giám đốc": None, "tổng giám đốc": None, "chánh văn phòng": None,
    "phó chánh văn phòng": None, "trưởng phòng": None, "phó trưởng phòng": None, "trưởng ban": None,
    "phó trưởng ban": None, "trưởng công an": None, "chỉ huy trưởng": None, "tư lệnh": None,
    "hiệu trưởng": None, "phó hiệu trưởng": None, "chủ nhiệm": None, "phó chủ nhiệm": None,
    "người phát ngôn": None, "phát ngôn viên": None, "luật sư": None, "tiến sĩ": None, "thạc sĩ": None,
    "bác sĩ": None, "BS": None, "BSCKII": None, "BSCKI": None, "TS": None, "ThS": None, "PGS": None,
    "GS": None, "PGS.TS": None, "GS.TS": None, "TS.BS": None, "ThS.BS": None, "PGS.TS.BS": None,
    "giáo sư": None, "phó giáo sư": None, "nhà nghiên cứu": None, "chuyên gia": None, "kỹ sư": None,
    "huấn luyện viên": None, "HLV": None, "thủ môn": None, "tiền đạo": None, "cầu thủ": None,
    "ca sĩ": None, "diễn viên": None, "người mẫu": None, "nhà báo": None, "phóng viên": None,
    "CEO": None, "nhà sáng lập": None, "đồng sáng lập": None, "chủ tịch hội đồng quản trị": None,
    "tiểu thương": None, "thương lái": None, "nông dân": None, "tài xế": None, "cựu": None,
    "thuyền trưởng": None,  # a ship's captain ("Theo thuyền trưởng, ...": the one named before)
    "già làng": None,  # a village elder ("Già làng Đinh Blưn kể ...")
    "trung úy": None, "thiếu úy": None, "điều tra viên": None, "kiểm sát viên": None, "thẩm phán": None,
    "mục sư": None, "linh mục": None, "hòa thượng": None, "sư": None, "nhà văn": None, "nhà thơ": None,
    "Sheikh": None, "bị cáo": None, "bị can": None, "nghi phạm": None, "nạn nhân": None,
    "Mr": "m", "Mrs": "f", "Ms": "f", "Dr": None,
    "nữ ca sĩ": "f", "nam ca sĩ": "m", "nữ diễn viên": "f", "nam diễn viên": "m", "nữ sinh": "f", "nam sinh": "m",
    # "<body>-trưởng" heads of bodies: "Cục trưởng Lê Minh Tâm" is a person, not the Cục
    "cục trưởng": None, "phó cục trưởng": None, "tổng cục trưởng": None, "phó tổng cục trưởng": None,
    "viện trưởng": None, "phó viện trưởng": None, "vụ trưởng": None, "phó vụ trưởng": None,
    "trưởng khoa": None, "phó trưởng khoa": None, "trưởng thôn": None, "trưởng ấp": None, "trưởng bản": None,
    "chánh án": None, "phó chánh án": None, "chánh thanh tra": None, "phó chánh thanh tra": None,
    "trưởng đoàn": None, "trưởng phòng khám": None, "viện phó": None, "tổng biên tập": None,
    "phó thống đốc": None,  # a central bank's governor and deputy ("Theo Phó Thống đốc, ...")
}

# One Vietnamese syllable: onset, vowel nucleus with its tone, final consonant. A capitalised word
# that is not one is a foreign name ("Samsung", "Iran"); text full of non-syllables is not Vietnamese.
SYLLABLE = (
    r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?"
    r"[aăâeêioôơuưyáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ]{1,3}"
    r"(?:ng|nh|ch|[cmnpt])?"
)

# Nouns that say whether an unnamed person is a man or a woman ("một phụ nữ bán rau"): a later
# "ông" cannot point back to a woman.
GENDERED_NOUNS: dict[str, str] = {
    "phụ nữ": "f", "cô gái": "f", "bà": "f", "chị": "f", "nữ": "f", "người mẹ": "f", "bà mẹ": "f",
    "đàn ông": "m", "ông": "m", "anh": "m", "nam": "m", "chàng": "m", "người cha": "m",
    "đàn bà": "f",  # "người đàn bà 62 tuổi": a woman (the older word)
    "thầy": "m", "thầy giáo": "m", "cô giáo": "f",  # "người thầy 38 tuổi", "cô giáo 38 tuổi": a teacher by sex
}
# Documents of law: a speaker who cites one at the end ("..., theo Nghị định 15/2020") stays the
# source; a report, an indictment or a judgment there is the source itself.
LEGAL_DOCUMENT_HEADS: tuple[str, ...] = ("nghị định", "luật", "bộ luật", "thông tư", "quy định", "hiến pháp", "điều",
                                         "khoản", "pháp lệnh", "nghị quyết")
# Descriptions that tie a speaker to a body as its own people ("quan chức Bộ Thương mại Thái
# Lan", "nhân viên công ty X"), beyond titles: a denial by that body is their own side's.
AFFILIATION_HEADS: tuple[str, ...] = ("quan chức", "lãnh đạo", "cán bộ", "đại diện")  # not its workers: "công nhân" may sue
# A speaker tag in its own paragraph that points back at the quote before it: "Bà Lan ... chia sẻ
# như vậy", "ông Tám nói thế", "... kể lại như vậy".
BACK_POINTING_TAG = (r"\b(?:nói|kể|chia sẻ|cho biết|tâm sự|bày tỏ|trải lòng|nhận định|khẳng định|giải thích)"
                     r"(?:\s+(?:lại|thêm))?\s+(?:như vậy|như thế)(?!\w)|\b(?:nói|kể)\s+(?:vậy|thế)(?!\w)")
# Titles of address by kinship: after one of them a country's name is a given name ("chị Nga"),
# after a rank it stays the country ("tướng Iran").
KIN_TITLES: frozenset[str] = frozenset("ông bà anh chị cô chú em cháu bé bác dì thím mợ dượng".split())
# Family roles an article calls someone by after naming them ("mẹ của H. là chị X ... người mẹ nói"):
# "người" before one is no title of its own.
FAMILY_ROLES: frozenset[str] = frozenset("mẹ cha bố vợ chồng con".split())
# Titles of address and profession that go straight before a given name ("luật sư Cường",
# "BS Dũng"); office titles ("Bộ trưởng Quốc phòng") are often followed by a body's name instead.
ADDRESS_TITLES: frozenset[str] = frozenset(
    "ông bà anh chị cô chú bác dì thím mợ dượng thầy cụ em cháu bé ngài luật sư bác sĩ bs ts ths pgs gs pgs.ts gs.ts tiến sĩ thạc sĩ "
    "giáo sư nhà báo ca sĩ diễn viên người mẫu hlv huấn luyện viên tướng thủ môn tiền đạo cầu thủ sheikh mr mrs ms dr".split()
) | frozenset(("nữ ca sĩ", "nam ca sĩ", "nữ diễn viên", "nam diễn viên", "nữ sinh", "nam sinh")
)

# Pronouns that refer back to a person already named: "Ông nói thêm", "Theo anh, ...".
PRONOUN_GENDER: dict[str, str | None] = {
    "ông": "m", "bà": "f", "anh": "m", "chị": "f", "cô": "f", "ông ấy": "m", "bà ấy": "f",
    "anh ấy": "m", "chị ấy": "f", "cô ấy": "f", "người này": None, "vị này": None,
    # "this man / this woman": the demonstrative forms point back as "ông" and "bà" do
    "ông này": "m", "bà này": "f", "anh này": "m", "chị này": "f", "cô này": "f",
    # the same with "ta" (that one), common in court and crime news: "ông ta khai", "bà ta cho biết"
    "ông ta": "m", "bà ta": "f", "anh ta": "m", "chị ta": "f", "cô ta": "f",
    # crime news' pejorative "he" / "she" for a suspect: "Hắn cho biết mỗi tháng ..."
    "hắn": "m", "hắn ta": "m", "gã": "m", "ả": "f",
    # a pupil or a young person spoken of ("“...”, em nói"), either sex
    "em": None, "em ấy": None, "em này": None,
    # an elder spoken of again ("ông Trần Văn Lạc, 78 tuổi ... – ông cụ nói")
    "ông cụ": "m", "bà cụ": "f",
}
# Middle names that say a person's sex where no title does ("Đỗ Thị Ngọc Lan" is a woman, so "nữ bị
# cáo" can mean her and not "Phạm Đức Long"); used only to rule someone out.
MIDDLE_NAME_GENDER: dict[str, str] = {
    "Thị": "f",   # the women's middle name
    "Văn": "m",   # the commonest men's middle name
}
# Plural pronouns: "họ" refers to the last group or organization.
PLURAL_PRONOUNS: tuple[str, ...] = ("họ", "các ông", "các bà")
# "The others": a group set against one just described ("Nhiều người chỉ trích ... Số khác bênh
# vực ..."), unnamed.
OTHERS_GROUPS: frozenset[str] = frozenset({
    "số khác",             # "others" (of the commenters just mentioned)
    "một số khác",         # "some others"
    "số còn lại",          # "the rest"
    "người khác",          # "others"
    "những người khác",    # "other people"
    "nhiều người khác",    # "many others"
})
# Words that make a noun phrase plural: "người này" (this person) never points back to "Các điều
# tra viên" or "nhiều người dân"; a counted group too ("Hai anh chủ quán"; not "ba"/"năm", also
# "father" and "year" or a nickname).
PLURAL_MARKERS: tuple[str, ...] = ("các", "những", "nhiều", "mọi", "một số", "vài", "mấy", "hàng loạt", "hàng trăm",
                                   "hàng nghìn", "hàng ngàn", "hai", "bốn", "hơn", "gần", "khoảng")

# Common Vietnamese family names: a capitalised run starting with one of them is a person.
SURNAMES: frozenset[str] = frozenset(
    "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Lưu Quàng Đinh Trịnh "
    "Mai Đào Cao Tô Lâm Hà Tạ Chu Lương Kiều Đoàn Vương Triệu Thái Tăng Lại Âu Mạc Khúc Quách "
    "Văn Từ Hứa Giang Thân Ninh Tống Diệp Phùng Châu Trương La Nông Lò Mẫn Hầu Doãn Kim "
    # less common and ethnic-minority family names ("Vi Văn Hùng", "Giàng A Páo", "Thạch Sô Phel")
    # (not "Bạch", "Quan", "Lạc": they start more place names than people's, "Bạch Mai", "Lạc Long")
    "Vi Lường Lù Sùng Thào Giàng Mùa Cầm Tòng Đàm Bế Khổng Lục Thạch Lã Tôn Giáp Nghiêm "
    # Chinese officials' family names as Vietnamese news writes them ("Mao Ninh", "Tập Cận Bình", "Tần Cương")
    "Mao Tập Tần".split()
)
# Roles with which "vị ..." / "nữ ..." point back to the person just credited, whatever title the lead gave
# them ("vị chuyên gia" after "PGS.TS X, giảng viên ..."); "vị bác sĩ", "vị luật sư" may be someone new.
VI_POINTS_BACK: frozenset[str] = frozenset({
    "chuyên gia",  # an expert, the one just quoted
    "lãnh đạo",    # a leader, the official just quoted
    "quan chức",   # an official, the one just quoted
    "chỉ huy",     # a commander, the officer just quoted
    "chiến lược gia",  # a strategist: a coach, in sports writing
})
# Titles that name no office: "vị chủ tọa" is never "bị cáo X" ("the defendant"), a victim, a
# trader or a driver.
NOT_OFFICES: frozenset[str] = frozenset({"bị cáo", "bị can", "nạn nhân", "tiểu thương", "tài xế", "nông dân",
                                         "ngư dân", "người dân", "đối tượng", "nghi phạm", "sinh viên", "học sinh"})
# Middle names that make a name Vietnamese: such a person is called by the given name ("anh Hoàng"
# is not "Hoàng Văn Nam"), unlike a Chinese name called by its family name ("ông Lâm", "Lâm Hải Phong").
# Words that open a Central Highlands name before the given name ("Y Thuận Niê" is "ông Thuận",
# "H'Hen Niê" is "bà Hen"): Ê Đê and M'Nông men's "Y", women's "H'".
GIVEN_NAME_PREFIXES: frozenset[str] = frozenset({"Y", "H'", "H’"})
VIETNAMESE_MIDDLE_NAMES: frozenset[str] = frozenset({"Văn", "Thị", "Đức", "Hữu", "Công", "Quang", "Minh", "Thanh", "Ngọc", "Xuân"})
# Abbreviated titles and the words a later mention uses for them ("BS Trần Thu Hương" ... "nữ bác sĩ").
TITLE_ABBREVIATIONS: dict[str, str] = {
    "bs": "bác sĩ",           # doctor
    "bs ckii": "bác sĩ",      # specialist doctor, level II
    "ts": "tiến sĩ",          # PhD
    "ths": "thạc sĩ",         # master
    "gs": "giáo sư",          # professor
    "pgs": "phó giáo sư",     # associate professor
    "pgs.ts": "phó giáo sư",  # associate professor, PhD
    "gs.ts": "giáo sư",       # professor, PhD
    "hlv": "huấn luyện viên", # coach
    "ceo": "tổng giám đốc",   # chief executive ("Tổng giám đốc X" ... "vị CEO")
    "ls": "luật sư",          # lawyer
}
# Middle names that tell a Vietnamese name's gender: "Nguyễn Thị Loan" is a woman, "Trần Văn Nam"
# a man, so "Ông nói" does not resolve to her.
GENDERED_MIDDLE_NAMES: dict[str, str] = {"Thị": "f", "Văn": "m"}

# --------------------------------------------------------------------------- organizations
# A body's head written as an acronym, and the head it stands for: "BV Chợ Rẫy" is the "bệnh viện"
# that "Bệnh viện này" points back to.
ORG_HEAD_ACRONYMS: dict[str, str] = {"BV": "bệnh viện", "UBND": "ủy ban", "HĐND": "hội đồng", "TAND": "tòa án",
                                     "VKSND": "viện kiểm sát"}
# Heads of a mission abroad, whose name goes on with "tại" and the host country or city
# ("Đại sứ quán Việt Nam tại Nhật Bản", "Tổng Lãnh sự quán Việt Nam tại Houston").
NAMES_GO_ON_WITH_TAI: tuple[str, ...] = ("đại sứ quán", "lãnh sự quán", "tổng lãnh sự quán")
# Lower-case fields inside a body's name that a tagger reads as verbs, after a capitalised word
# ("Cơ quan Cảnh sát điều tra Công an TP X", "Cục An ninh điều tra"): the name goes on past them.
NAME_FIELDS_READ_AS_VERBS: tuple[str, ...] = (
    "điều tra",  # the investigating arm of the police or security ministry
)
# Nouns that head an organization's name: "Bộ Y tế", "Công an phường Tân An", "nhóm Nujaba".
ORG_HEADS: tuple[str, ...] = (
    "bộ", "sở", "cục", "vụ", "tổng cục", "chi cục", "ban", "ủy ban", "uỷ ban", "hội đồng", "viện",
    "đoàn luật sư",  # a province's bar association ("Đoàn Luật sư tỉnh X": "Đoàn" is no surname here)
    "trung tâm", "bệnh viện", "BV", "trường", "đại học", "công an", "cảnh sát", "quân đội", "bộ quốc phòng",
    "chính phủ", "chính quyền", "quốc hội", "tòa án", "toà án", "TAND", "VKSND", "viện kiểm sát",
    "UBND", "HĐND", "phòng", "đội", "trạm", "văn phòng", "tập đoàn", "công ty", "tổng công ty",
    "ngân hàng", "hãng", "doanh nghiệp", "nhóm", "phong trào", "đảng", "liên minh", "liên quân",
    "liên đoàn", "liên hiệp", "hiệp hội", "hội", "tổ chức", "quỹ", "cơ quan", "lực lượng",
    "nước", "điện", "nhà trắng", "lầu năm góc", "bộ tư lệnh", "quân khu", "hải quân", "không quân",
    "lục quân", "cơ quan chức năng", "câu lạc bộ", "CLB", "đại sứ quán", "lãnh sự quán",
    "sở cảnh sát", "tỉnh", "thành phố", "TP", "huyện", "xã", "phường", "quận",
    # inspection teams and boards that speak as bodies: "đoàn kiểm tra liên ngành TP X thông tin ..."
    "đoàn kiểm tra", "đoàn thanh tra", "đoàn kiểm toán", "tổ kiểm toán", "đoàn công tác", "tổ công tác", "ban quản lý", "ban chỉ huy",
    "cảng vụ", "công đoàn", "liên đoàn lao động", "hãng hàng không", "cục hàng không",
    "đài khí tượng thủy văn", "đài khí tượng",  # weather stations, not broadcasters ("đài")
    # a company's legal form belongs to its name; the tagger reads "cổ phần" as a verb
    "công ty cổ phần", "công ty TNHH", "ngân hàng thương mại cổ phần", "tổng công ty cổ phần",
    "chi nhánh",  # a branch ("Ngân hàng X chi nhánh An Giang"); the tagger reads "chi" as "spend"
    "nhà trường",  # "the school" as a body ("Theo nhà trường, ...")
    "đơn vị",  # a unit or contractor ("Đơn vị thi công cho biết"), before "đơn" (a petition) in the document heads
    "tòa",  # "the court" ("Theo tòa, ..."; "tòa án" above is its full form)
    "nhà máy",  # a plant as a body ("Nhà máy Thủy điện X cho biết"; "Nhà máy nói" is the one named before)
    "mạng lưới",  # a network of groups ("Mạng lưới Vận động ... Sulawesi cáo buộc"); "mạng" alone is the web
    "sàn thương mại điện tử", "sàn giao dịch",  # a marketplace or an exchange as a firm ("sàn thương mại điện tử X cho biết")
    "đồn biên phòng", "đồn công an",  # a border or police post ("Đồn Biên phòng Lý Sơn xác nhận"; "Đồn trưởng" is a man)
    "liên danh",  # a consortium of contractors ("đại diện liên danh A và B"); the tagger reads it as a verb
    "thanh tra",  # an inspectorate ("Thanh tra Bộ Y tế kết luận", "Thanh tra Chính phủ"); "thanh tra viên" is a person's title
    "nhà xe",  # a coach operator ("nhà xe Phúc Lộc cho biết"; "Đại diện nhà xe" is its spokesperson)
    "kiểm toán nhà nước",  # the State Audit Office ("Kiểm toán nhà nước xác định"); "kiểm toán viên" is a person
    "hạt kiểm lâm", "hạt quản lý",  # a forest-ranger or road-maintenance station ("Hạt Quản lý đường bộ số 2"); "hạt" alone is a seed
)

# Bodies whose name ends in a proper name ("Trường Đại học Hà Thành", "Công ty Xi măng Hà Tiên"),
# unlike those named by their field ("Sở Y tế", "Bộ Công an"), after which a name is a person's.
NAMED_BODY_HEADS: tuple[str, ...] = ("trường", "đại học", "học viện", "công ty", "tập đoàn", "tổng công ty", "bệnh viện",
                                     "ngân hàng", "nhà máy", "khách sạn", "câu lạc bộ", "CLB", "hãng", "nhà xe")
# Generic words for a company or body that point back to the one last named: "Doanh nghiệp giải
# thích" after "CTCP Tập đoàn Sao Bắc Đẩu ...".
# A reason noun and its copula inside an explanation marker, which say nothing of what is explained.
REASON_NOUN_WORDS = r"(?<!\w)(?:với\s+)?(?:nguyên nhân|lý do|mục đích|động cơ)(?!\w)|(?<!\w)(?:chính là|được cho là|là|do)\s*$|:"
# Words before a kind of body that refer back to the one of that kind named before ("Cơ quan thanh
# tra" after "Thanh tra tỉnh Phú Yên", "cơ quan công an" after "Công an huyện X").
BODY_KIND_WORDS: tuple[str, ...] = ("cơ quan",)
GENERIC_ORG_REFS: dict[str, tuple[str, ...]] = {
    "doanh nghiệp": ("công ty", "CTCP", "tập đoàn", "tổng công ty", "doanh nghiệp", "ngân hàng"),
    "công ty": ("công ty", "CTCP", "tổng công ty"),
    "tập đoàn": ("tập đoàn", "CTCP Tập đoàn"),
    "ngân hàng": ("ngân hàng",),
    "nhà trường": ("trường", "đại học", "học viện"),  # the school named before ("Trường Đại học X")
    "tòa": ("tòa án", "TAND", "hội đồng xét xử"),  # the court that sits in the case
    "nhà máy": ("nhà máy",),  # the plant named before ("Nhà máy Thủy điện X")
    "nhà xe": ("nhà xe",),  # the coach operator named before ("nhà xe Phúc Lộc")
}

# Countries, capitals and blocs used as actors ("Mỹ khẳng định ...") are organizations.
COUNTRY_NAMES: tuple[str, ...] = (
    "Mỹ", "Hoa Kỳ", "Nga", "Trung Quốc", "Nhật Bản", "Hàn Quốc", "Triều Tiên", "Anh", "Pháp", "Đức",
    "Ý", "Italy", "Tây Ban Nha", "Iran", "Iraq", "Syria", "Israel", "Palestine", "Jordan", "Ai Cập",
    "Ả Rập Xê Út", "Saudi Arabia", "Thổ Nhĩ Kỳ", "Ukraine", "Ấn Độ", "Pakistan", "Afghanistan",
    "Việt Nam", "Lào", "Campuchia", "Thái Lan", "Malaysia", "Singapore", "Indonesia", "Philippines",
    "Myanmar", "Australia", "Úc", "Canada", "Mexico", "Brazil", "Argentina", "Venezuela", "Cuba",
    "Hungary", "Ba Lan", "Yemen", "Lebanon", "Qatar", "UAE", "Kuwait", "Libya", "Sudan", "Nam Phi",
    "Nigeria", "Kenya", "Na Uy", "Thụy Điển", "Phần Lan", "Đan Mạch", "Hà Lan", "Bỉ", "Thụy Sĩ",
    "Hy Lạp", "Belarus", "Kazakhstan", "Mông Cổ", "Đài Loan", "Hong Kong", "Hồng Kông", "EU", "NATO",
    "ASEAN", "Liên hợp quốc", "LHQ", "Washington", "Moscow", "Bắc Kinh", "Tokyo", "Seoul",
    "Bình Nhưỡng", "London", "Paris", "Berlin", "Tehran", "Kiev", "Kyiv", "Tel Aviv", "Damascus",
    "Riyadh", "Ankara", "Brussels", "Gaza", "Kremlin", "Nhà Trắng", "Lầu Năm Góc", "Điện Kremlin",
) + (
    # the rest of the world's states and capitals as the Vietnamese press spells them: a country
    # between a title and a name belongs to neither ("Ngoại trưởng Ethiopia Tesfaye Mulugeta")
    "Albania", "Algeria", "Andorra", "Angola", "Armenia", "Azerbaijan", "Bahrain", "Bangladesh",
    "Bhutan", "Bolivia", "Bosnia", "Herzegovina", "Botswana", "Brunei", "Bulgaria", "Burkina Faso",
    "Burundi", "Cameroon", "Chile", "Colombia", "Congo", "Costa Rica", "Croatia", "Síp", "Séc",
    "Cộng hòa Séc", "Djibouti", "Dominica", "Ecuador", "El Salvador", "Eritrea", "Estonia", "Ethiopia",
    "Fiji", "Gabon", "Gambia", "Gruzia", "Ghana", "Guatemala", "Guinea", "Haiti", "Honduras",
    "Iceland", "Ireland", "Jamaica", "Kyrgyzstan", "Latvia", "Lithuania", "Luxembourg", "Madagascar",
    "Malawi", "Maldives", "Mali", "Malta", "Mauritania", "Mauritius", "Moldova", "Monaco", "Montenegro",
    "Maroc", "Morocco", "Mozambique", "Namibia", "Nepal", "New Zealand", "Nicaragua", "Niger",
    "Macedonia", "Bắc Macedonia", "Oman", "Panama", "Papua New Guinea", "Paraguay", "Peru", "Bồ Đào Nha",
    "Romania", "Rwanda", "Senegal", "Serbia", "Sierra Leone", "Slovakia", "Slovenia", "Somalia",
    "Nam Sudan", "Sri Lanka", "Suriname", "Tajikistan", "Tanzania", "Timor-Leste", "Đông Timor", "Togo",
    "Tunisia", "Turkmenistan", "Uganda", "Uruguay", "Uzbekistan", "Zambia", "Zimbabwe", "Liberia",
    "Bờ Biển Ngà", "Côte d'Ivoire", "Eswatini", "Lesotho", "Seychelles", "Cape Verde", "Comoros",
    "Samoa", "Tonga", "Vanuatu", "Kiribati", "Tuvalu", "Nauru", "Palau", "Bahamas", "Barbados", "Grenada",
    "Belize", "Guyana", "Trinidad và Tobago", "Scotland", "Xứ Wales", "Bắc Ireland", "Kosovo", "Sahel",
    "Addis Ababa", "Mogadishu", "Kabul", "Baghdad", "Beirut", "Cairo", "Jerusalem", "Bangkok", "Manila",
    "Jakarta", "Kuala Lumpur", "New Delhi", "Islamabad", "Canberra", "Ottawa", "Caracas", "Havana",
    "Budapest", "Warsaw", "Vacsava", "Geneva", "Rome", "Madrid", "Lisbon", "Vienna", "Stockholm", "Oslo",
    "Copenhagen", "Helsinki", "Athens", "Minsk", "Doha", "Dubai", "Abu Dhabi", "Tripoli", "Khartoum",
    "Nairobi", "Pretoria", "Lagos", "Brasilia", "Buenos Aires", "Bogota", "Lima",
    "Phnom Penh", "Viêng Chăn", "Vientiane", "Yangon", "Naypyidaw", "Dhaka", "Kathmandu", "Colombo",
    "Tbilisi", "Yerevan", "Baku", "Tashkent", "Astana", "Ulaanbaatar", "Wellington", "Dublin",
    "Amsterdam", "Bern", "Prague", "Bucharest", "Belgrade", "Zagreb", "Vilnius", "Riga", "Tallinn",
)
# A description by home or origin ("cô gái quê Thanh Hóa", "người đàn ông gốc Khmer") and an age
# given roughly ("người đàn ông ngoài 80 tuổi"): both describe someone the story has named.
HOME_WORDS: tuple[str, ...] = ("quê", "gốc")
AGE_ABOUT: tuple[str, ...] = ("ngoài", "hơn", "gần", "ngót", "trên", "chừng", "khoảng")
# The last word of a school's level ("Trường THCS", "Trường Tiểu học", "Trường Mầm non", "THPT
# chuyên"): the name after it is most often a historic person's ("Trường THCS Phan Bội Châu"),
# the school's name, no one speaking.
SCHOOL_LEVEL_ENDS: frozenset[str] = frozenset({"THCS", "THPT", "TH", "PTDTBT", "PTDTNT", "PTCS", "học", "non", "chuyên",
                                               "TH&THCS", "THCS&THPT"})
# The weekdays after "thứ" ("thứ Hai", "thứ 7"): a time, where "thứ trưởng" is a deputy minister.
WEEKDAY_NUMBERS: tuple[str, ...] = ("hai", "ba", "tư", "năm", "sáu", "bảy")
# Sex nouns alone that, tagging a quote, point back to the one of that sex who was speaking:
# (sex, young). Not role nouns ("cô giáo", "bà mẹ": someone in that role, maybe never named).
BARE_SEX_NOUNS: dict[str, tuple[str, bool]] = {
    "người đàn ông": ("m", False), "người phụ nữ": ("f", False), "người đàn bà": ("f", False),
    "cô gái": ("f", True), "chàng trai": ("m", True),  # young: not someone of 30 or more, nor a "bà"
}
# What a sentence says of someone that takes them out of telling anything next: dead, missing,
# held or unconscious ("Ông X, 58 tuổi, tử vong tại chỗ." then "Người đàn ông cho biết ..." is
# someone else); see also SUFFERED_MARKERS.
OUT_OF_TELLING: tuple[str, ...] = ("chết", "tử vong", "thiệt mạng", "tử nạn", "qua đời", "mất tích",
                                   "bắt giữ", "tạm giữ", "tạm giam", "hôn mê", "bất tỉnh", "đuối nước",
                                   "không qua khỏi", "gặp nạn", "mất liên lạc", "tự tử")
# Words that open the next clause after a figure's predicate ("... 500 m và đã được khoanh lại"):
# what follows them is not what the figure counts.
NEXT_CLAUSE_WORDS: tuple[str, ...] = ("và", "nhưng", "rồi")
# Words that open a predicate right after a counted noun ("4 tàu cá đã được trục vớt", "9 tàu cá bị
# chìm"): the words before them are still the noun, not what is said of it.
COUNTED_NOUN_ENDS: frozenset[str] = frozenset({"bị", "được", "đã", "đang", "vẫn", "còn", "đều", "sẽ", "chưa"})
# Words after a measure that end what kind of it is ("vốn FDI thực hiện ước đạt", "doanh thu
# quý III", "lợi nhuận trong năm"): the figure's own predicate, or a period compared on its own.
# Words after a measure that say which kind of it a sum is: two kinds are two quantities ("vốn
# thực hiện" / "vốn điều chỉnh", "lợi nhuận trước thuế" / "sau thuế", "doanh thu thuần" / "tài chính").
MEASURE_KIND_WORDS: dict[str, str] = {
    "thực hiện": "disbursed", "giải ngân": "disbursed", "đăng ký": "registered", "điều chỉnh": "adjusted",
    "góp": "contributed", "điều lệ": "charter", "chủ sở hữu": "equity",  # capital by stage or kind
    "trước thuế": "pretax", "sau thuế": "net", "ròng": "net", "gộp": "gross",  # profit before and after tax
    "thuần": "net", "tài chính": "financial", "bán hàng": "sales",  # revenue by source
    "tư nhân": "private", "nước ngoài": "foreign", "fdi": "foreign", "ngân sách": "public",  # whose money
}
MEASURE_KIND_ENDS: frozenset[str] = frozenset({
    "ước", "dự kiến", "bình quân",  # an estimate or an average of the figure
    "quý", "tháng", "năm", "ngày", "tuần", "kỳ",  # a period (`periods` compares those)
    "toàn", "cả", "tỉnh", "thành", "phố", "huyện", "xã",  # a place (`places` compares those)
    "đã", "đang", "sẽ", "vẫn", "chỉ", "mới", "cũng",  # aspect before the predicate
    "của", "là", "với", "và", "cho", "từ", "trong", "tại", "ở", "so", "khoảng", "hơn",  # function words
})
# Modifiers of an epithet that say someone's age: "người giáo viên trẻ" is young, "người mẹ già" old.
YOUNG_WORD, OLD_WORD = "trẻ", "già"
# The ages they stop and start to fit: "người vợ trẻ" at 33, not at 45; "người mẹ già" not at 45.
YOUNG_UNTIL, OLD_FROM = 40, 50
# Under this age one of several who fit "trẻ" is the young one ("người vợ trẻ": the wife of 23, not of 35).
YOUNGEST_UNTIL = 30
# Epithet nouns for any official ("nữ cán bộ trẻ" after "chị X, Phó chủ tịch UBND xã"): they fit
# whoever the article gave an office or a rank, whatever its name.
ANY_OFFICE_EPITHETS: frozenset[str] = frozenset({"cán bộ", "lãnh đạo"})
# Words that, among a role's first two, make it an office ("đội trưởng", "trưởng thôn", "phó giám đốc").
OFFICE_MARKERS: frozenset[str] = frozenset({"trưởng", "phó"})
# Roles named like offices that are none in the state ("người cán bộ" is never the captain of a
# fishing boat, a class monitor, a team's captain or a head chef).
NOT_OFFICE_ROLES: tuple[str, ...] = ("thuyền trưởng", "lớp trưởng", "bếp trưởng", "nhóm trưởng", "đội bóng",
                                     "câu lạc bộ")
# A passive opening someone's own predicate says something was done to them ("Ông X, 52 tuổi, bị
# đất đá vùi lấp", "bị kẻ gian giết hại"): no one to tell the next sentence; "có nhà vừa bị sạt"
# (the house) is not.
SUFFERED_MARKERS: tuple[str, ...] = ("bị",)
# Words that join two people into one subject ("Chị Hoa và chị Lan cùng nuôi tôm"): neither alone is it.
SUBJECT_JOINERS: tuple[str, ...] = ("và", "cùng", "với", "hay", "hoặc")
# Vietnam's ethnic groups whose names run over two syllables, some starting with a family name's
# word ("Hà Nhì", "La Chí"): "người phụ nữ Hà Nhì" describes someone by origin, names no one. (The
# one-syllable ones, "Thái", "Hoa", "Dao", are given names too, and are left out.)
ETHNIC_GROUPS: frozenset[str] = frozenset({
    "Gia Rai", "Gia-rai", "Ê Đê", "Ê-đê", "Ba Na", "Ba-na", "Xơ Đăng", "Xơ-đăng", "Sán Chay", "Cơ Ho",
    "Cơ-ho", "Sán Dìu", "Ra Glai", "Raglai", "Bru - Vân Kiều", "Bru-Vân Kiều", "Vân Kiều", "Khơ Mú", "Khơ-mú",
    "Cơ Tu", "Cơ-tu", "Giẻ Triêng", "Giẻ-triêng", "Tà Ôi", "Ta-ôi", "Chơ Ro", "Xinh Mun", "Xinh-mun", "Hà Nhì",
    "Chu Ru", "La Chí", "Phù Lá", "La Hủ", "La Ha", "Pà Thẻn", "Lô Lô", "Cờ Lao", "Bố Y", "Si La", "Pu Péo",
    "Rơ Măm", "Ơ Đu", "H'Mông", "H'mông", "Mnông", "M'nông", "Xtiêng", "X'tiêng",
})
# The one-syllable peoples: right after a sex noun ("người đàn ông Mông", "cô gái Tày") they say
# where someone is from; after a title ("anh Thái", "chị Hoa") they are given names.
ONE_SYLLABLE_PEOPLES: frozenset[str] = frozenset({
    "Mông", "Tày", "Thái", "Mường", "Khmer", "Hoa", "Nùng", "Dao", "Chăm", "Giáy", "Lào", "Lự",
    "Hrê", "Mạ", "Chứt", "Kháng", "Mảng", "Kinh",
})
# The period a figure is counted over and the verb that only links it ("lượng gạo xuất khẩu của
# tỉnh trong ba tháng đầu năm chỉ đạt 268.500 tấn"): neither says what the figure measures.
FIGURE_PERIOD_PHRASE = (r"(?<!\w)(?:trong|từ|đến hết|tính đến|sau)\s+(?:\w+\s+){0,2}?(?:tháng|quý|tuần|ngày|năm)"
                        r"(?:\s+(?:đầu|cuối|qua|nay|này|trước|đầu năm|\d+|[IVX]+))*(?!\w)")
FIGURE_LINK_AT_END = r"(?<!\w)(?:chỉ\s+)?(?:ước\s+)?(?:đạt|là|ở mức)\s*$"
# Words in a description that tie it to someone else ("người đàn ông đi cùng anh", "ngồi cạnh"):
# another person, not the one the story is about.
RELATION_WORDS: frozenset[str] = frozenset({"cùng", "cạnh", "bên", "với", "khác", "kia", "ấy"})
# Unnamed people kin or neighbours a speaker tells of inside their own turn ("Con cháu bảo mãi rồi"):
# the speaker's words all the same.
HEARSAY_GROUPS: frozenset[str] = frozenset({"con cháu", "người ta", "hàng xóm", "bà con", "mọi người", "người nhà",
                                            "anh em", "bạn bè", "người làng", "xóm giềng", "ai"})
# A line that opens in the first person is someone speaking, not an item of a list.
FIRST_PERSON_WORDS: frozenset[str] = frozenset({"tôi", "tui", "chúng tôi", "mình", "em", "cháu", "con", "tao"})
# Words a pronoun forms a compound with ("bà con", "ông cụ", "tiếng Anh"): no pronoun there.
PRONOUN_COMPOUND_BEFORE = r"(?<!đàn )(?<!Đàn )(?<!tiếng )(?<!nước )(?<!cụ )(?<!Cụ )"  # "đàn ông", "tiếng Anh", "cụ bà"
PRONOUN_COMPOUND_SECONDS: frozenset[str] = frozenset({"con", "cụ", "lão", "em"})  # "bà con", "ông cụ", "ông lão", "anh em"
PRONOUN_COMPOUND_AFTER = rf"(?!\s+(?:{'|'.join(sorted(PRONOUN_COMPOUND_SECONDS))})(?!\w))"
# Someone brought into the story without a name ("một ông cụ bán nước", "Một vị khách quen", a
# suspect): after them a description or a pronoun may mean the newcomer, not the one named before.
SOMEONE_NEW = (r"(?<!\w)(?:[Mm]ột\s+(?:người|vị|nam|nữ|phụ nữ|thanh niên|cô gái|chàng trai|ông|bà|cụ|khách|cháu|em|anh|chị)"
               r"|nghi phạm|nghi can|đối tượng)(?!\w)")
# Regions written with a lower-case "châu" or a compass word: "châu Âu" holds the surname Âu,
# "Đông Nam Á" the surname Đông; inside one, no personal name starts.
REGION_NAMES: tuple[str, ...] = (
    "châu Âu", "châu Á", "châu Phi", "châu Mỹ", "châu Úc", "châu Đại Dương", "Mỹ Latinh",  # continents
    "Đông Nam Á", "Đông Á", "Nam Á", "Trung Á", "Tây Á", "Trung Đông", "Bắc Mỹ", "Nam Mỹ",  # world regions
    "Đông Âu", "Tây Âu", "Bắc Âu", "Nam Âu", "Trung Âu", "Bắc Phi", "Tây Phi", "Đông Phi", "Nam Phi",
)
# Vietnamese places that look like personal names ("Hà Nội" starts with the family name Hà).
PLACES: tuple[str, ...] = (
    "Hà Nội", "TP.HCM", "TPHCM", "TP HCM", "Hồ Chí Minh", "Đà Nẵng", "Hải Phòng", "Cần Thơ", "Huế", "Hà Tĩnh",
    "Hà Giang", "Hà Nam", "Lào Cai", "Lạng Sơn", "Cao Bằng", "Nghệ An", "Thanh Hóa", "Quảng Nam", "Quảng Ngãi",
    "Bình Dương", "Đồng Nai", "Đồng Tháp", "An Giang", "Đắk Lắk", "Lâm Đồng", "Khánh Hòa", "Bắc Ninh", "Hải Dương",
    "Hưng Yên", "Nam Định", "Thái Bình", "Ninh Bình", "Phú Thọ", "Yên Bái", "Sơn La", "Điện Biên", "Lai Châu",
    "Tây Ninh", "Long An", "Tiền Giang", "Bến Tre", "Vĩnh Long", "Trà Vinh", "Sóc Trăng", "Bạc Liêu", "Cà Mau",
    "Kiên Giang", "Hậu Giang", "Bình Phước", "Bình Thuận", "Ninh Thuận", "Phú Yên", "Bình Định", "Gia Lai", "Kon Tum",
    "Quảng Trị", "Quảng Bình", "Quảng Ninh", "Thái Nguyên", "Bắc Giang", "Bắc Kạn", "Tuyên Quang", "Hòa Bình",
    "Vĩnh Phúc", "Đắk Nông", "Bà Rịa", "Vũng Tàu", "Thủ Đức", "Gò Vấp", "Hóc Môn", "Đông Anh", "Chương Mỹ",
)

# Syllables that make a title word the end of another word ("Hội Liên hiệp Phụ nữ huyện Mai Sơn":
# "phụ nữ" is "women", no "nữ" titling the district's name).
NOT_A_TITLE_AFTER: dict[str, frozenset[str]] = {
    "nữ": frozenset({"phụ", "thiếu", "cung", "trinh", "thục", "mỹ", "tiên", "tì"}),  # women, maiden, palace maid, ...
    "nam": frozenset({"miền", "phía", "hướng", "việt", "nữ"}),  # the South, southward, Vietnam, "nữ nam"
}

# Words before a capitalised name that make it a place, not a person ("tỉnh Cao Sơn", "chợ Hà Đông").
# One or two words each: kept whole, so "viên" (in "nhân viên") or "công" is no place word.
PLACE_WORDS: frozenset[str] = frozenset((
    "tỉnh", "huyện", "xã", "phường", "quận", "thị xã", "thị trấn", "thôn", "làng", "bản", "ấp", "phố",
    "đường", "chợ", "sông", "hồ", "núi", "đèo", "cầu", "thành phố", "tp", "vùng", "miền", "khu", "cảng",
    "sân bay", "bến xe", "ga", "trường", "bệnh viện", "công viên", "đảo", "biển", "vịnh",
    "bang",  # a federal state ("Thống đốc bang California")
    "tòa nhà", "chung cư", "tập thể", "khu đô thị", "ngõ", "hẻm", "kiệt",  # buildings and lanes ("chung cư B4 Kim Liên")
))
# Words before where someone is from or is ("quê Diễn Châu, Nghệ An", "ở Diễn Châu, Nghệ An"): the
# province after the comma is the larger place, not the next person.
HOME_LEADS: frozenset[str] = frozenset({"quê", "ở", "tại", "thuộc"})
# Words that end in a place word and name none: "Cục Dự trữ liên bang Jerome Powell".
NOT_PLACE_WORDS: frozenset[str] = frozenset({"liên bang"})

# Armed or political movements named without a head noun that act as organizations.
NAMED_GROUPS: tuple[str, ...] = ("Hamas", "Hezbollah", "Houthi", "Taliban", "IS", "OPEC", "OPEC+", "Kataib Hezbollah")

# Lower-case particles inside foreign personal names ("Martin de Vries", "Ludwig van Beethoven",
# "Osama bin Laden"): part of the name, never a word of their own after it.
NAME_PARTICLES: frozenset[str] = frozenset({"de", "van", "von", "der", "den", "da", "di", "du", "la", "le", "bin", "ibn"})

# --------------------------------------------------------------------------- media
# News outlets credited as sources: "Theo Reuters", "CNN cho hay". Matched case-sensitively.
OUTLETS: tuple[str, ...] = (
    "Reuters", "AFP", "AP", "Associated Press", "Bloomberg", "CNN", "BBC", "CNBC", "Fox News", "NBC",
    "ABC News", "CBS", "NPR", "Al Jazeera", "AI Jazeera", "Sputnik", "RT", "TASS", "RIA Novosti",
    "Interfax", "Tân Hoa xã", "Xinhua", "Kyodo", "Yonhap", "KCNA", "IRNA", "Tasnim", "SANA", "WANA",
    "Anadolu", "New York Times", "The New York Times", "Washington Post", "The Washington Post",
    "Wall Street Journal", "The Wall Street Journal", "WSJ", "Financial Times", "The Guardian",
    "Guardian", "The Independent", "Independent", "Times", "The Times", "Telegraph", "Politico",
    "Axios", "Newsweek", "Time", "Moscow Times", "The Moscow Times", "Kommersant", "Izvestia",
    "South China Morning Post", "SCMP", "Nikkei", "Asahi", "Haaretz", "Times of Israel",
    "Business Insider", "Forbes", "The Verge", "TechCrunch", "Le Monde", "Der Spiegel", "Spiegel", "dpa", "DPA",
    "EFE", "ANSA", "Antara", "Bernama",
    "TTXVN", "VNA", "VTV", "VOV", "VnExpress", "Tuổi Trẻ", "Thanh Niên", "Dân trí", "Dân Trí",
    "VietNamNet", "Vietnamnet", "Zing", "Znews", "Lao Động", "Tiền Phong", "Nhân Dân", "Quân đội nhân dân",
    "Hà Nội mới", "Sài Gòn Giải Phóng", "SGGP", "Pháp Luật TP.HCM", "Người Lao Động", "Vietnam+",
    "VietnamPlus", "Báo Mới", "Kiến Thức", "Dân Việt", "Thời Đại", "Kinh tế & Đô thị", "VTC News",
    # national papers whose names run on in lower case or with "và" (cut at the first lower-case word otherwise)
    "Sức khỏe và Đời sống", "Sức khỏe & Đời sống", "Công an nhân dân", "Giáo dục và Thời đại", "Nông nghiệp Việt Nam",
    "Đại Đoàn Kết", "Pháp luật Việt Nam", "Thể thao & Văn hóa",
    # the national agency and broadcasters by their full names ("Tiếng nói" holds a speech verb)
    "Thông tấn xã Việt Nam", "Đài Tiếng nói Việt Nam", "Đài Truyền hình Việt Nam",
)
# Where outlets are from: news calls an outlet named before by its country ("hãng tin Anh" is
# Reuters, "hãng tin Pháp" AFP, "tờ báo Mỹ" the American paper named before).
OUTLET_COUNTRIES: dict[str, str] = {
    "Reuters": "Anh", "BBC": "Anh", "The Guardian": "Anh", "Guardian": "Anh", "Financial Times": "Anh",  # British
    "The Independent": "Anh", "Telegraph": "Anh", "The Times": "Anh",
    "AFP": "Pháp", "Le Monde": "Pháp",  # French
    "AP": "Mỹ", "Associated Press": "Mỹ", "CNN": "Mỹ", "Bloomberg": "Mỹ", "CNBC": "Mỹ", "NBC": "Mỹ",  # American
    "New York Times": "Mỹ", "The New York Times": "Mỹ", "Washington Post": "Mỹ", "The Washington Post": "Mỹ",
    "Wall Street Journal": "Mỹ", "The Wall Street Journal": "Mỹ", "WSJ": "Mỹ", "Politico": "Mỹ", "Newsweek": "Mỹ",
    "TASS": "Nga", "Sputnik": "Nga", "RIA Novosti": "Nga", "Interfax": "Nga", "RT": "Nga",  # Russian
    "Tân Hoa xã": "Trung Quốc", "Xinhua": "Trung Quốc",  # Chinese
    "Kyodo": "Nhật", "Nikkei": "Nhật", "Asahi": "Nhật",  # Japanese
    "Yonhap": "Hàn Quốc",  # South Korean
    "Der Spiegel": "Đức", "Spiegel": "Đức", "dpa": "Đức", "DPA": "Đức",  # German
    "EFE": "Tây Ban Nha", "ANSA": "Ý", "Antara": "Indonesia", "Bernama": "Malaysia",
    "Al Jazeera": "Qatar", "Anadolu": "Thổ Nhĩ Kỳ", "IRNA": "Iran", "KCNA": "Triều Tiên", "Haaretz": "Israel",
}
# Nouns that introduce a medium: "hãng tin Reuters", "tờ Newsweek", "đài Mỹ". Stripped from the name.
# A province's broadcaster, whose name holds "và", a dash or a comma ("Đài Phát thanh và Truyền
# hình Nghệ An"; since 2025 merged with the paper: "Báo và Phát thanh, Truyền hình Điện Biên").
BROADCASTER_HEADS: tuple[str, ...] = tuple(f"{head}{joined}" for head in ("đài phát thanh", "báo và phát thanh")
                                           for joined in (" và truyền hình", " - truyền hình", " – truyền hình",
                                                          " truyền hình", ", truyền hình"))
MEDIA_HEADS: tuple[str, ...] = (
    "hãng tin", "hãng thông tấn", "thông tấn xã", "báo", "tờ", "tờ báo", "đài", "đài truyền hình",
    "kênh", "kênh truyền hình", "tạp chí", "trang tin", "trang", "tuần báo", "nhật báo", "truyền thông",
    "hãng truyền thông", "mạng", "phóng viên", "PV", "đài phát thanh",
    # a government's or paper's website publishes as an outlet does ("theo Cổng thông tin điện tử tỉnh")
    "cổng thông tin điện tử", "cổng thông tin", "trang thông tin điện tử",
    "thời báo",  # a "Times" ("Thời báo Kinh tế Sài Gòn")
    "báo điện tử", "tạp chí điện tử",  # an online paper ("Báo điện tử Dân trí")
    *BROADCASTER_HEADS,
)
# Kinds of outlet by their head: "Đài này" is the broadcaster named last, not the news agency
# credited before it ("kênh Al Jazeera" after "hãng tin Reuters").
MEDIA_HEAD_KINDS: dict[str, str] = {
    "đài": "broadcast", "đài truyền hình": "broadcast", "kênh": "broadcast", "kênh truyền hình": "broadcast",
    "đài phát thanh": "broadcast",
    "hãng tin": "agency", "hãng thông tấn": "agency", "thông tấn xã": "agency",
    "báo": "press", "tờ": "press", "tờ báo": "press", "tuần báo": "press", "nhật báo": "press", "tạp chí": "press",
    "thời báo": "press", "báo điện tử": "press",
    **{head: "broadcast" for head in BROADCASTER_HEADS},
}
# Outlet nouns that belong to the name when capitalised: "Thời báo Kinh tế Sài Gòn" is the paper's
# name ("tờ Kinh tế Sài Gòn" is not how it is called).
MEDIA_HEADS_IN_NAME: frozenset[str] = frozenset({"thời báo"})
# Words joining the parts of an outlet's name: lower-case words of a foreign one ("Herpetological
# Letters of Asia", "The Times of India") and the ampersand of Vietnamese and foreign ones alike
# ("báo Tài nguyên & Môi trường", "Kinh tế & Đô thị").
NAME_JOINERS: frozenset[str] = frozenset({"of", "the", "and", "for", "on", "in", "de", "du", "des", "la", "le", "&"})
# Lower-case words that end an outlet's name rather than continue it in sentence case ("tờ Tuổi
# trẻ" but "tờ Nikkei của Nhật", "báo Thanh Niên hôm qua"): links, places, time and aspect words.
OUTLET_NAME_STOPS: frozenset[str] = frozenset({
    "của", "tại", "ở", "và", "cho", "với", "từ", "dẫn", "đưa", "theo",  # links to what follows
    "này", "trên", "đó", "nói",  # pointing back ("tờ báo này")
    "hôm", "ngày", "sáng", "chiều", "tối", "số", "mới", "vừa", "đã", "cũng", "đang", "sẽ", "vẫn",  # time, issue, aspect
    "cuối", "đầu", "giữa", "tuần", "qua", "trước", "sau", "hồi",  # "báo Bild cuối tuần qua": when, not the name
    "điện", "tử",  # "báo điện tử": the paper's form, not its name
})
# Lower-case words that end the search for a name after a title: what follows is a clause or a
# place, not the title holder's name ("nữ ca sĩ viết trên Facebook", "cụ quẩy gánh từ Thanh Oai").
# Verbs of motion whose object is where one goes: right after an address title ("Chị lên Mường
# Tè", "anh ra Quy Nhơn") the title is the subject and the capitals a place, no one's name.
MOTION_VERBS: frozenset[str] = frozenset({
    "lên", "xuống", "về", "ra", "vào",  # up, down, back, out, in: to a place
    "sang", "qua", "đến", "tới",  # across, over, to
})
TITLE_NAME_SEARCH_STOPS: frozenset[str] = frozenset({
    "của", "tại", "ở", "thuộc", "trên", "với", "cho",  # a link to a body or place, not a name
    "viết", "nói", "kể",  # a verb of speech: the title is the subject, its clause follows
    "từ",  # a verb of motion's origin ("từ Thanh Oai lên phố")
    "quê", "gốc",  # a home or an origin ("người đàn ông gốc Khmer", "cô gái quê Thanh Hóa"), no name
})
# Heads of the bodies others belong to: "Cục X, Bộ Y", "Phòng X, UBND huyện Y", "Khoa X, Bệnh viện
# Y" name the first and its parent (the first is the source); "Sở Y tế, Sở Giáo dục" are two alike.
PARENT_BODY_HEADS: tuple[str, ...] = ("Bộ", "Tổng cục", "UBND", "Ủy ban nhân dân", "Bệnh viện", "Đại học",
                                      "Tập đoàn", "Tổng công ty", "Công an tỉnh", "Công an thành phố", "Công an TP")
# Outlet heads that alone, as a subject, point back to the outlet named before ("Tờ báo cho biết",
# "Hãng tin cho biết"); not "báo" (also "to report"), "kênh", "trang" or "mạng" (too many other uses).
BARE_OUTLET_REFERENCES: frozenset[str] = frozenset({"tờ báo", "tờ", "hãng tin", "hãng thông tấn", "tuần báo",
                                                    "nhật báo", "tạp chí", "đài", "thời báo"})
# Websites named by their owner, not by a name of their own: the whole phrase names the outlet
# ("Cổng thông tin điện tử Chính phủ", "Cổng thông tin điện tử tỉnh").
PORTAL_HEADS: frozenset[str] = frozenset({
    "cổng thông tin điện tử",   # a government portal
    "cổng thông tin",           # its short form
    "trang thông tin điện tử",  # a ministry's or company's news page
})

# --------------------------------------------------------------------------- documents
# Nouns for written or recorded evidence credited as a source: "Theo cáo trạng, ...".
DOCUMENT_HEADS: tuple[str, ...] = (
    "cáo trạng", "bản cáo trạng", "báo cáo", "bản báo cáo", "thông cáo", "thông cáo báo chí", "công bố thông tin",
    "bảng kê", "danh sách", "bảng giá", "hóa đơn", "phiếu thu", "hợp đồng", "sao kê",
    "quyết định", "kết luận", "kết luận điều tra", "kết quả khám nghiệm", "kết quả giám định",
    "kết quả điều tra", "kết quả xét nghiệm", "kết quả", "văn bản", "công văn", "bản án", "thông báo",
    "tuyên bố chung", "nghị quyết", "nghị định", "thông tư", "video", "đoạn video", "clip",
    "hình ảnh vệ tinh", "ảnh vệ tinh", "dữ liệu", "số liệu", "thống kê", "khảo sát", "nghiên cứu",
    "bản tin", "biên bản", "hồ sơ", "tài liệu", "đơn", "thư", "bức thư", "dự thảo", "đề án", "tờ trình",
    "bản tuyên bố", "dự thảo tuyên bố",  # a written statement ("Bản tuyên bố nêu rõ")
    "đơn kiến nghị", "đơn khiếu nại", "đơn tố cáo", "đơn thư",  # petitions and complaints ("Đơn kiến nghị ... nêu rõ")
    "công điện",  # an urgent dispatch from a government ("Công điện nêu rõ")
    "bản kiến nghị",  # a petition ("Bản kiến nghị cho rằng ...")
    "văn kiện",  # a formal instrument signed by two sides ("Văn kiện này cũng nêu rõ")
    "sổ", "cuốn sổ", "sổ sách", "nhật ký", "cuốn nhật ký",  # a ledger or log kept by hand ("Theo sổ sách của trạm")
)
# Documents a body speaks through, set between it and its cue ("Bộ Xây dựng trong công văn gửi các
# địa phương nêu rõ"): formal papers only ("trong đơn vị", "tại thư viện" are places, "trong nghiên
# cứu của X" names whose study).
DOCUMENT_ASIDE_HEADS: tuple[str, ...] = ("công văn", "văn bản", "thông báo", "báo cáo", "quyết định", "thông cáo",
                                         "nghị quyết", "tờ trình", "kết luận", "công điện", "chỉ thị")
# Words that, after a document's head, say when, how or by whom it came out, not what it is
# called: "báo cáo của NOAA công bố giữa tháng 4" is NOAA's report.
DOCUMENT_RELEASE_VERBS: tuple[str, ...] = ("công bố", "ban hành", "phát hành", "đăng tải", "đưa ra", "vừa công bố",
                                     "mới công bố", "được công bố", "được ban hành",
                                     "phát đi",  # "bản tin của Ban X phát đi cùng thời điểm": when it went out
                                     "thực hiện",  # "khảo sát của X thực hiện với 1.500 người": how it was done
                                     "do")  # "dự thảo ... do Bộ Công an soạn thảo": who drafted it

# --------------------------------------------------------------------------- anonymous sources
# Heads of vague or unnamed sources. A subject made of these without a proper name is anonymous.
ANONYMOUS_HEADS: tuple[str, ...] = (
    "nguồn tin", "nguồn thạo tin", "nguồn", "quan chức", "giới chức", "giới quan sát", "giới phân tích",
    "chuyên gia", "nhà phân tích", "nhà quan sát", "người dân", "người nhà", "nhân chứng", "người thân",
    "cư dân", "người dân địa phương", "hàng xóm", "lãnh đạo", "đại diện", "cán bộ", "nhân viên",
    "thương lái", "thương nhân", "tiểu thương", "ý kiến", "nhiều ý kiến", "dư luận", "cư dân mạng", "cộng đồng mạng",
    "tài khoản", "người dùng", "chỉ huy", "binh sĩ", "nhà ngoại giao", "thành viên", "người trong cuộc",
    "người", "nhóm", "phụ huynh", "giáo viên", "học sinh", "sinh viên", "bác sĩ", "công nhân",
    "thông tin ban đầu", "cơ quan chức năng", "nhà chức trách", "giới", "các bên", "một số",
    # unnamed groups of people that often speak in news: scientists, customers, passers-by
    "nhà khoa học", "nhà nghiên cứu", "nhà kinh tế", "nhà đầu tư", "khách hàng", "người tiêu dùng",
    "người lao động", "người đi đường", "đám đông", "hành khách", "du khách", "nông dân", "ngư dân",
    "người bệnh", "bệnh nhân", "chủ xe", "chủ hộ", "người mua", "người bán", "hộ dân", "hộ", "bị hại",
    # unnamed outlets and posts: "nhiều trang tin", "một số diễn đàn", "nhiều bài đăng trên mạng"
    "trang tin", "diễn đàn", "bài đăng", "trang mạng",
    "điều dưỡng", "y tá", "thí sinh", "cử tri", "khán giả", "người hâm mộ", "cổ đông", "trái chủ",
    "gia đình",  # the family of someone in the story ("Theo gia đình, ..."), an unnamed group
    "lính cứu hỏa", "lính",  # a firefighter, a soldier ("Một lính cứu hỏa trẻ kể ...")
    "sĩ quan", "phi công",  # an officer, a pilot ("một sĩ quan tàu X trả lời báo Y rằng")
    "khách mời", "thực khách",  # guests, diners ("nhiều khách mời cho rằng"); not "khách", which opens "khách sạn"
)
# Heads that make an unnamed source only after a quantifier: "không ít bình luận cho rằng", "nhiều
# bình luận" (comments under a post); alone "bình luận" is a verb or "bình luận viên", a commentator.
QUANTIFIED_ONLY_HEADS: tuple[str, ...] = ("bình luận",
                                         "tin nhắn",  # "Các tin nhắn được chia sẻ cho biết": messages from no one named
                                         # (alone a verb: "lái xe" to drive, "bảo vệ" to protect, "kế toán" to keep accounts)
                                         "lái xe", "bảo vệ", "kế toán", "lao công",
                                         "quản lý")  # "một quản lý của TaGo": a manager; alone "quản lý" is to manage
# Quantifiers that, leading a subject with no name, mark it as unnamed ("một quan chức Mỹ").
# Last syllables of nouns for people by their role (agent nouns): "cổ động viên", "giảng viên",
# "chiến sĩ", "chuyên gia", "ngư dân", "hành khách", "khán giả", "học sinh". After a quantifier
# ("nhiều cổ động viên", "một giảng viên của trường") they make an unnamed person or group, whichever
# role is named. (Not "nhân": "nguyên nhân" is a cause.)
# Nouns after "người" for one person of known sex ("người mẹ này" points back to a woman, "người
# cha này" to a man; "người dùng này" to no one's kin).
PERSON_NOUN_GENDER: dict[str, str] = {
    "mẹ": "f", "cha": "m", "bố": "m", "vợ": "f", "chồng": "m",  # parents and spouses ("người phụ nữ
}                                                             # này" is often someone new: a suspect)
PERSON_AGENT_SYLLABLES: frozenset[str] = frozenset({"viên", "sĩ", "gia", "dân", "khách", "giả", "sinh",
                                                   "binh",  # "tân binh", "cựu binh": soldiers
                                                   "niên"})  # "một thanh niên", "hai thiếu niên": young people
# First syllables that make a person of what they own or work at ("chủ quán", "chủ tàu", "thợ
# lặn"), each with the compounds where they do not ("chủ trương" is a policy, "chủ nhật" a day).
PERSON_AGENT_PREFIXES: dict[str, frozenset[str]] = {
    "chủ": frozenset({"trương", "đề", "nhật", "yếu", "động", "quyền", "nghĩa", "đạo", "thể", "ý", "tâm", "quan", "lực",
                      "đầu"}),  # ("chủ đầu tư": the developer, most often a firm)
    "thợ": frozenset(),
}
ANONYMOUS_QUANTIFIERS: tuple[str, ...] = ("một", "một số", "các", "nhiều", "những", "hai", "ba", "vài", "hàng loạt", "số", "mấy", "vị",
                                         "hàng chục", "hàng trăm", "hàng nghìn", "hàng ngàn",  # "Hàng trăm hộ dân ... phản ánh"
                                         "không ít",  # "not a few": many
                                         "có")  # "Có ý kiến cho rằng", "Có người cho biết": "some say"
# Quantifiers that open no unnamed person: "Số người chết tăng lên ..." is a count, "Có ý kiến" an
# impersonal "some say".
NOT_ONE_PERSON_QUANTIFIERS: frozenset[str] = frozenset({"số", "có"})
# Nouns for what someone said, before "của X": "Theo đánh giá của ông X" credits X himself.
STATEMENT_NOUNS: tuple[str, ...] = (
    "tin tức",  # "tin tức từ X nói": news from X, X speaks
    "đánh giá", "nhận định", "ý kiến", "lời kể", "lời khai", "lời", "quan điểm", "nhận xét", "tiết lộ",
    "phân tích", "tường thuật", "mô tả", "chia sẻ", "giải thích", "thông tin", "tin", "phát biểu", "tuyên bố",
    "ghi nhận", "tìm hiểu", "phản ánh", "xác minh", "tính toán", "ước tính",  # "Theo ghi nhận của phóng viên X"
    "công bố",  # the noun after a quantifier: "các công bố ban đầu từ X" (X published them)
    "cách tính",  # "Theo cách tính của anh X": his own reckoning, his figures
)
# After "theo", the figures or notice a body gives out stand for the body: "Theo số liệu (sơ bộ) của
# Cục Hải quan" credits the office (blind annotators 20 of 20 in our rounds, the treebank's gold 2
# of 2). As a subject the paper speaks ("Thông báo của UBND quận nêu rõ ...").
THEO_OWNER_NOUNS: tuple[str, ...] = ("số liệu", "thống kê", "dữ liệu", "thông báo", "cập nhật")
# Figures one relays ("AFP dẫn số liệu của OCHA cho biết"): their owner is the one relayed (only
# nouns that are never cues: "dẫn thông báo của X cho biết" keeps its cue "cho biết").
RELAYED_FIGURE_NOUNS: tuple[str, ...] = ("số liệu", "dữ liệu")
# A lead-in that announces a list, not speech ("thực hiện các biện pháp sau:"): the dash lines after
# it are items, no one's words.
LIST_LEAD_END = r"(?<!\w)(?:sau|như sau|gồm|bao gồm|cụ thể)\s*:$"
# A lead-in whose speaker tells someone else's words ("kể lại lời một bệnh nhân:", "nhắc lại câu nói
# của cha"): the lines after it are that other person's.
WORDS_OF_ANOTHER = r"(?<!\w)(?:lời|câu nói|lời nói|tâm sự)(?!\w)"
# A piece an outlet published: "Theo một bài viết trên Báo Bình Dương năm 2022, ..." credits the
# outlet (a post on a social network is not an outlet's: its platform is no source).
PUBLISHED_PIECES: tuple[str, ...] = ("bài viết", "bài báo", "bản tin", "phóng sự", "loạt bài")
# Words that make a vague source explicit ("một nguồn tin giấu tên").
ANONYMITY_WORDS: tuple[str, ...] = ("giấu tên", "đề nghị giấu tên", "không muốn nêu tên", "xin giấu tên", "thạo tin", "khác")
# ... and those that, in a speaker's apposition, make even a capitalised role an unnamed source
# ("Chủ quán, một phụ nữ ngoài 50 tuổi xin giấu tên, nói: ...")
UNNAMED_BY_REQUEST: tuple[str, ...] = ("giấu tên", "không muốn nêu tên", "không muốn nêu danh tính", "không nêu tên")

# Heads that make a country's name its government: "Chính phủ Thái Lan" and "Thái Lan" (in a
# headline) are one party; "Đại sứ Nga tại Ukraine" and "Ukraine" are not.
GOVERNMENT_HEADS: tuple[str, ...] = ("chính phủ", "nhà chức trách", "giới chức", "chính quyền", "bộ ngoại giao",
                                     "người phát ngôn chính phủ", "thủ tướng", "tổng thống", "quân đội")
# An unnamed spokesperson of a named body speaks for that body: organization, not anonymous.
SPOKESPERSON_HEADS: tuple[str, ...] = ("người phát ngôn", "phát ngôn viên", "đại diện", "người đại diện")
# Heads of a firm's name, whose brand may hold a family name's word ("Công ty TNHH Giày Thái Hưng
# Phát", "Tập đoàn Hoàng Anh"): no person is named inside it.
FIRM_HEADS: tuple[str, ...] = ("công ty", "tổng công ty", "tập đoàn", "ngân hàng", "hợp tác xã", "doanh nghiệp", "nhà máy",
                               "xí nghiệp", "cửa hàng", "chuỗi")
# Kin of someone named ("Chồng bà Thoa", "Mẹ của bé Gia Hân", "con trai ông Nam"): the relative
# speaks, unnamed, not the person the phrase names. Longer entries first where one starts another.
KIN_NOUNS: tuple[str, ...] = (
    "con trai", "con gái", "anh trai", "em trai", "chị gái", "em gái", "cháu nội", "cháu ngoại",  # children, siblings, grandchildren
    "chồng", "vợ", "mẹ", "cha", "bố", "con", "anh rể", "em rể", "chị dâu", "em dâu", "con dâu", "con rể",  # spouse, parents, in-laws
)

# --------------------------------------------------------------------------- clause structure
# Leading adverbials that sit before the subject and end at a comma ("Trong khi đó, X cho biết").
# Places often named after someone ("chợ Bà Chiểu", "đường Bà Triệu", "cầu Ông Lãnh"): a title
# right after one is part of the place's name, not a person's title ("thôn Ông Tư" stays a person).
NAMED_AFTER_PEOPLE: frozenset[str] = frozenset({"chợ", "đường", "phố", "cầu", "bến", "ngõ", "hẻm", "làng",
                                                 "chùa", "đình", "đền", "miếu", "núi", "rạch", "kênh", "vàm",
                                                 "tuyến"})  # (a route: "các tuyến Lạch Tray, Tô Hiệu")
# Times that open a narrative clause before its subject ("Lúc ấy bà mới nói", "Bây giờ đồng chí X
# kể"): the segmenter and tagger often read them as the subject's first noun.
NARRATIVE_TIMES: tuple[str, ...] = ("bây giờ", "giờ đây", "lúc ấy", "lúc đó", "lúc này", "lúc", "khi ấy", "khi đó",
                                    "hồi ấy", "hồi đó", "rồi")
LEADING_ADVERBIALS: tuple[str, ...] = (
    "trong khi đó", "tuy nhiên", "ngoài ra", "bên cạnh đó", "cụ thể", "trước đó", "sau đó", "cùng ngày",
    "cũng theo", "mặt khác", "đồng thời", "hiện", "hiện nay", "tuy vậy", "dù vậy", "thậm chí", "như vậy",
    "về việc này", "về vấn đề này", "liên quan đến", "liên quan", "trao đổi với", "chia sẻ với",
    "trả lời", "nói với", "phát biểu tại", "tại", "trong", "ngày", "sáng", "trưa", "chiều", "tối",
    "đêm", "hôm", "tháng", "năm", "vào", "từ", "sau", "trước", "khi", "về phía", "theo đó", "tới", "đến",
    "phía",  # "Phía Hamas, người phát ngôn X tuyên bố": the side, a topic before its speaker
    "đối với", "riêng với",  # "Đối với bị cáo X, tòa cho rằng ...": who is spoken of, not who speaks
    "qua đó", "qua", "nhân dịp", "dịp", "cùng với đó", "với", "trên cơ sở", "trước tình trạng", "nhằm",
    # a comparison set before the subject: "Trái với ông Lộc, bị cáo Khiêm khai ...", "Cũng như ông A, bà B ..."
    "trái với", "khác với", "giống như", "cũng như", "không như",
    # someone besides or with whom the subject speaks: "Ngoài ông Tâm, nhiều người dân cho biết",
    # "Cùng với anh Quân, nhóm bạn chú rể khẳng định"
    "ngoài", "cùng với",
)
# Time and aspect words that, right after a name, open the predicate: "Bộ Ngoại giao Somalia sau đó
# ra tuyên bố" ends its subject at "Somalia" (a body's name never goes on with these).
PREDICATE_OPENERS: tuple[str, ...] = (
    "sau đó",    # "afterwards"
    "trước đó",  # "before that"
    "cùng ngày", # "the same day"
    "hôm qua",   # "yesterday"
    "hôm nay",   # "today"
    "mới đây",   # "recently"
    "ngay sau đó",  # "right after"
    "cũng",      # "also"
    "đã",        # past marker
    "vừa",       # "just"
    "hiện",      # "currently"
)
# Subordinators: a cue after one of these belongs to an embedded clause, not the main one.
SUBORDINATORS: tuple[str, ...] = (
    "sau khi", "trước khi", "khi", "vì", "do", "nếu", "rằng", "là", "mà", "để", "nhưng", "song",
    "trong khi", "mặc dù", "dù", "bởi", "như", "nên", "thì", "việc", "về", "với", "cho", "của",
)
# How something is said, alone between a first predicate's comma and the cue ("Ông lão tựa lưng
# vào cột nhà, thong thả nói"): the first clause's subject speaks. Not a negation (", không nói
# gì" says nothing) nor a new subject (", trẻ đều nói": the children speak).
MANNER_WORDS: frozenset[str] = frozenset({
    "chậm rãi", "thong thả", "từ tốn", "nhỏ nhẹ", "khẽ", "nhẹ nhàng",  # slowly, gently, softly
    "điềm tĩnh", "bình thản", "thủng thẳng", "rành rọt", "dứt khoát",  # calmly, plainly, firmly
    "hồ hởi", "vui vẻ", "buồn bã", "nghẹn ngào", "chậm", "khẽ khàng",  # cheerfully, sadly, choked
    "rồi", "rồi chậm rãi", "rồi thong thả", "rồi khẽ",  # "..., rồi thong thả kể": then
})
# Adverbs that open a clause saying who an unnamed speaker is ("Một khách hàng thường đi xe từ Thủ
# Đức ... cho hay": one who usually rides), not what they did before speaking ("... lắc đầu cho biết").
DESCRIBING_ADVERBS: frozenset[str] = frozenset({"thường", "từng", "hay", "chuyên", "vẫn"})
# Verbs that say where a speaker works, between the speaker and the cue: the body after them is
# the workplace, not the subject ("Tiến sĩ X thuộc Viện Y cho rằng", "bà Z công tác tại Sở Y tế nói").
AFFILIATION_VERBS: frozenset[str] = frozenset({"thuộc", "trực thuộc", "công tác", "làm việc", "đến từ"})
# Conjunctions that open a clause whose "theo X," credits it, as a comma does: "những lô đất mà
# theo cáo trạng, chưa từng được cấp phép", "nhưng theo ông Nam, ...".
MID_THEO_OPENERS: tuple[str, ...] = ("mà", "nhưng", "song", "nên", "thì")
# Where a speaker spoke, set after their name ("Người phát ngôn Bộ Ngoại giao tại cuộc họp báo ở
# New Delhi xác nhận"): "tại / ở / trong" and one of these nouns of an occasion opens a scene, which
# is no part of the name (a mission's host, "Đại sứ quán Việt Nam tại Nhật Bản", is no occasion).
OCCASION_NOUNS: tuple[str, ...] = (
    "cuộc họp",   # a meeting
    "buổi",       # a session of any kind ("buổi làm việc", "buổi gặp mặt")
    "họp báo",    # a press conference
    "phiên",      # a hearing or sitting ("phiên tòa", "phiên chất vấn")
    "hội nghị",   # a conference
    "hội thảo",   # a seminar
    "diễn đàn",   # a forum
    "kỳ họp",     # a session of a council
    "lễ",         # a ceremony
    "cuộc gặp",   # a meeting with someone
)
# Occasions only when they end the stretch before the cue: "đại diện ngân hàng tại tòa cho rằng"
# (the court in session), not "cư dân tại tòa nhà HH3" (a building).
OCCASION_ENDING_NOUNS: tuple[str, ...] = ("tòa",)
# Words between a subject and its cue that do not belong to the subject.
PRE_CUE_ADVERBS: tuple[str, ...] = (
    "đã", "cũng", "vừa", "mới", "còn", "lại", "đều", "từng", "đang", "thì", "chính thức", "kịch liệt",
    "công khai", "nhanh chóng", "đồng thời", "liên tục", "tiếp tục", "trước đó", "hôm nay", "hôm qua",
    "lên tiếng", "thẳng thắn", "nhiều lần", "một lần nữa", "trước", "sau", "khi", "cùng", "đã từng",
    "hôm", "ngày", "sáng", "chiều", "tối", "trưa", "đêm", "thứ", "vào", "lần", "hôm thứ",
    "luôn", "luôn luôn", "thường", "thường xuyên", "cứ", "chỉ",
    "sau đó", "ngay sau đó", "ngay", "lập tức", "ngay lập tức",  # "Bộ X ngay sau đó ra thông cáo bác bỏ": when, not who
    "vẫn", "một mực",  # "một thông báo vẫn khẳng định", "bị cáo một mực khẳng định": still, insistently
    "khi đó", "lúc đó", "khi ấy", "lúc ấy",  # "cơ quan chức năng khi đó kết luận": then, when it happened
    "xin",  # "Ban biên tập xin đính chính", "Tôi xin khẳng định": a courtesy before the verb
    "ban đầu", "lúc đầu", "bước đầu",  # "hiệp hội ban đầu công bố": at first, a figure later corrected
)
# Time adverbs that open an agentless finding ("Bước đầu xác định nguyên nhân ..."): the guideline
# names this form as unattributed, so such a word is never the credited mention.
AGENTLESS_LEADS: frozenset[str] = frozenset({
    "ban đầu",   # "Ban đầu xác định": "at first it was determined"
    "bước đầu",  # "Bước đầu xác định": "initially determined"
    "lúc đầu",   # "at first"
    "trước mắt", # "for now"
    "sơ bộ",     # "Sơ bộ xác định": "preliminarily determined"
})
# Non-human heads: with these as subject, "nhấn mạnh"/"cho thấy" are not speech ("Thành công ... nhấn mạnh").
NON_HUMAN_HEADS: tuple[str, ...] = (
    "thành công", "việc", "điều", "điều này", "điều đó", "sự", "kết quả", "con số", "số liệu", "dấu hiệu",
    "thực tế", "diễn biến", "vụ việc", "sự việc", "động thái", "hành động", "chuyến thăm", "cuộc",
    "tình hình", "xu hướng", "đây", "đó", "nó", "hình ảnh", "bức ảnh", "chuyện", "thông tin", "tin",
    "ban đầu", "bước đầu", "lúc đầu", "trước mắt",  # "Ban đầu xác định": agentless, "Ban" is no board here
)

# --------------------------------------------------------------------------- claims
# Sentence starts that make an appeal or a request, not a checkable claim.
APPEAL_STARTS: tuple[str, ...] = ("mời", "hãy", "xin mời", "đề nghị bạn đọc", "bạn đọc", "kính mời", "vui lòng", "đừng")
# Verbs of wanting, hoping and requesting: never cues (guideline); a cue after one of them is
# what someone was asked or hoped to say ("đề nghị Bộ trưởng nêu rõ ...").
NON_CUE_MENTAL: tuple[str, ...] = ("mong muốn", "hy vọng", "hi vọng", "muốn", "yêu cầu", "đề nghị", "kêu gọi", "mong", "quan tâm")
# Cues of posting: after "X xác minh người quay và [đăng tải] video" the one who posted may be the one
# filmed, so a first predicate's subject is never taken as theirs.
POSTING_CUES: frozenset[str] = frozenset({"đăng tải", "đăng tin", "đăng", "phát trực tiếp"})
# Words of address and interjections a line of speech may open with ("Dạ, ...", "Vâng, ..."): never
# a given name, whatever the tagger makes of them.
INTERJECTIONS: frozenset[str] = frozenset({"Dạ", "Vâng", "Ừ", "Ờ", "Ơ", "Này", "Thưa", "Chà", "Ôi", "Ừm", "Ạ", "Hả"})
# Words opening a purpose or time clause inside a first predicate ("niêm phong hũ rượu để phân tích và
# [làm rõ]"): a verb after "và" then belongs to that clause, not to the subject's second predicate.
INNER_CLAUSE_OPENERS: tuple[str, ...] = ("để", "nhằm", "sau khi", "trước khi", "khi", "nếu", "vì", "do",
                                         "trong khi", "mặc dù", "dù")

# --------------------------------------------------------------------------- cleaning
# Lines that are site furniture wherever they appear (matched against the whole stripped line).
BOILERPLATE_LINES: tuple[str, ...] = (
    r"theo dõi .{1,40} trên.*",           # "Theo dõi VGT trên" follow prompts
    r"video đang hot",                    # video teaser box
    r"(chia sẻ|share|tweet|like|thích|bình luận|gửi bình luận|in bài|lưu bài|báo lỗi)( \d+)?",
    r"img|image|ảnh|video|top|quảng cáo|advertisement|xem thêm|đọc thêm|xem tiếp|trở lại|quay lại",
    r"có;?|không;?",                      # answers of the "was this useful" widget
    r"(tin|bài) liên quan:?",
    # a teaser link to another story ("Xem thêm: Tai nạn liên hoàn ...", ">> Đọc thêm: ...")
    r"(?:>+\s*)?(?:xem thêm|đọc thêm|xem tiếp|tin liên quan|bài liên quan|có thể bạn quan tâm)\s*[:>»].*",
    r"mời (các )?bạn .{0,80}(facebook|zalo|youtube|mạng xã hội|fanpage|kênh).*",
    r"bạn không thể gửi bình luận.*",
    r"\d+ giây nữa\.?",
    r"(nguồn|theo) ?: ?[^.]{1,40}",       # bare source line at the end of a page ("Nguồn: VTC")
    r"(tags?|từ khóa)\s*:.*",
    r"\|+",
)
# Headers after which the rest of the page is sidebars and teasers.
TRAILING_BOILERPLATE_HEADERS: tuple[str, ...] = (
    r"bạn thấy bài viết này có hữu ích không\??",
    r"tin liên quan", r"tiêu điểm", r"tin mới nhất", r"tin đang nóng", r"tin nổi bật", r"đọc nhiều",
    r"bài viết cùng chuyên mục", r"cùng chuyên mục", r"có thể bạn quan tâm", r"tin khác", r"tin cùng chuyên mục",
    r"bài viết liên quan", r"xem nhiều", r"đọc tiếp", r"tin bài khác", r"ý kiến bạn đọc", r"bình luận",
    r"gửi bình luận", r"đánh giá bài viết",
)
# Photo credits: the end of a caption, never an attribution.
PHOTO_CREDIT = (
    r"(?:\(\s*)?(?:ảnh|nguồn|ảnh minh họa|ảnh minh hoạ|ảnh chụp màn hình|photo|video|clip|đồ họa|đồ hoạ)"
    r"(?:\s*:\s*|\s+)[^.()\n]{1,60}?(?:\s*\))?\s*\.?\s*\|?\s*$"
)
# CMS image alt text: "<headline> - Hình 1".
CMS_ALT = r"\s[-–]\s(?:hình|ảnh)\s*\d+\s*$"
# Nouns that name what a photo shows: a caption or subheading headed by one ("Cảnh hỗn độn tại X
# sau trận động đất") is a label, not a clause, whatever the parser makes of the word after it.
# Matched against the first segmented word, so "Cảnh sát" (police) is not one of them.
DEPICTION_HEADS: frozenset[str] = frozenset({"cảnh", "toàn cảnh", "quang cảnh", "khung cảnh", "hình ảnh", "hiện trường",
                                             "khoảnh khắc"})

# Image placeholders in copied pages: the next short line is the caption.
IMAGE_PLACEHOLDERS: tuple[str, ...] = ("img", "image", "ảnh", "hình ảnh", "photo", "![]()")

# Who asks an interviewee in a reportage ("Tôi hỏi ông ...", "PV hỏi chị ..."): the next line of
# dialogue with no tag of its own is the answer of the one asked.
REPORTER_SUBJECTS: tuple[str, ...] = ("tôi", "chúng tôi", "PV", "phóng viên", "người viết")
# The writer as "I" or "we" outside any quote: the one who asks in a reportage ('”, tôi hỏi.',
# "- ...? - chúng tôi hỏi."), credited as written.
WRITER_PRONOUNS: frozenset[str] = frozenset({"tôi", "chúng tôi"})
# The paper's reporter written short: what "Theo tìm hiểu của PV" credits is the outlet's reporter (media).
REPORTER_ACRONYMS: frozenset[str] = frozenset({"PV", "P.V"})
# The paper's own newsroom: "Tòa soạn xin đính chính" is the article's own voice, no source (a
# board named before, "Ban biên tập bộ sách X", is whom the bare name then means).
OWN_NEWSROOM: tuple[str, ...] = ("tòa soạn", "toà soạn", "ban biên tập")
QUESTION_VERBS: tuple[str, ...] = ("hỏi", "gặng hỏi", "hỏi lại", "hỏi thêm", "hỏi thăm")  # to ask
# Words right before a quoted name that say it is what someone just named is called by
# ("ông Võ Văn Thạnh, người trong làng quen gọi “ông Bảy Thạnh”"): the same person.
NICKNAME_LEADS: tuple[str, ...] = ("gọi", "biệt danh", "tên thân mật", "tên ở nhà")
# Words before a full name that say it is the real name of someone just called otherwise ("chị Hai
# ... Chị tên thật là Nguyễn Thị Hồng"): the earlier name is her nickname.
# Cues of plain telling: what a person relays ("Theo bác sĩ X, chị Y kể rằng ...") is the teller's;
# "Theo ông A, bà B đã thừa nhận ... rồi lại chối" is A's account of B.
TELLING_RELAYED: frozenset[str] = frozenset({"kể", "kể lại", "cho biết", "nói", "chia sẻ", "tâm sự", "thuật lại",
                                             "báo cáo", "thông báo"})  # (a body reporting: "phía công ty X báo cáo với sở rằng")
# Verbs of recounting something past, and the speech verbs of the one recounted: "Bà kể có lần
# ông Tư nói “...”" relays ông Tư (the quote is his), where "Theo ông A, bà B kể ..." is A's account.
RECOUNTING_CUES: frozenset[str] = frozenset({"kể", "kể lại", "nhớ lại", "nhắc lại", "thuật lại"})
# Cues only a person does: a lone capitalised word before one is someone's name, not a firm's or a
# letter's ("James tâm sự", "Thư kể lại": no body confides, no letter recalls).
PERSON_ONLY_CUES: frozenset[str] = RECOUNTING_CUES | frozenset({
    "tâm sự", "tâm sự thêm",  # confided
    "gọi",                    # called out ("Dezliangz gọi: “Mẹ!”")
    "hỏi", "hỏi lại",         # asked
    "đáp", "đáp lời", "đáp lại",  # answered
    "trải lòng", "bộc bạch", "thú thật", "thổ lộ",  # opened up, admitted
    "cười", "khóc", "than", "thở dài",  # laughed, cried, sighed as they spoke
})
RECOUNTED_SPEECH: frozenset[str] = frozenset({"nói", "nói rằng", "bảo", "nói với", "bảo với", "dặn", "kể"})
# "once", "one day": what opens a memory before the one remembered ("kể có lần ông Tư nói ...").
ONCE_LEADS: tuple[str, ...] = ("có lần", "có một lần", "một lần", "có hôm", "có bữa", "hồi đó", "ngày trước", "trước đây",
                               # the moment just told ("kể lúc ấy ông còn quát vọng xuống: “...”")
                               "lúc ấy", "lúc đó", "khi ấy", "khi đó", "đêm đó", "đêm ấy", "hôm đó", "hôm ấy")
# Words opening a time clause set off before "có lần" ("kể hồi mới về làm dâu, có lần ông Hòa nói"):
# when the memory is from, not what was said.
TIME_CLAUSE_LEADS: tuple[str, ...] = ("hồi", "khi", "lúc", "thời")
# What opens a clause of when at a sentence's start ("Khi được hỏi về bà Lài, ..."): a name told of
# inside it takes no office from the comma that ends it.
WHEN_CLAUSE_LEADS: tuple[str, ...] = ("sau khi", "trước khi", "trong khi", "khi", "lúc")
REAL_NAME_LEADS: tuple[str, ...] = ("tên thật là", "tên khai sinh là", "tên đầy đủ là")
# Southern names by birth order, the nicknames that real names are given for ("chị Hai", "ông Tư").
BIRTH_ORDER_NAMES: frozenset[str] = frozenset({"Hai", "Ba", "Tư", "Năm", "Sáu", "Bảy", "Tám", "Chín", "Mười", "Út", "Cả"})

# The paired "while" that puts a speaker after the speech verb of a tag ("“...” - vừa nói ông Sáu
# vừa kéo lưới lên"): the words between the verb and the second "vừa" are the speaker.
WHILE_PAIR: str = "vừa"

# Pronouns that also say age or standing, and the titles of those they may point back to: "ông
# cụ" is an old man introduced as "ông"/"cụ", never "anh Tú, 28 tuổi"; "em" a pupil or a child.
PRONOUN_AGE_TITLES: dict[str, frozenset[str]] = {
    "ông cụ": frozenset({"ông", "cụ", "ông cụ", "cụ ông"}),
    "bà cụ": frozenset({"bà", "cụ", "bà cụ", "cụ bà"}),
    "em": frozenset({"em", "cháu", "bé"}), "em ấy": frozenset({"em", "cháu", "bé"}),
    "em này": frozenset({"em", "cháu", "bé"}),
}
# Titles for an elder (those "ông cụ" and "bà cụ" point back to), never "cô gái" or "chàng trai".
ELDER_TITLES: frozenset[str] = PRONOUN_AGE_TITLES["ông cụ"] | PRONOUN_AGE_TITLES["bà cụ"] | {"ông lão", "bà lão"}

# Titles that say no gender: an elder "Cụ Nguyễn Thị Lành" is "bà" when spoken of again.
GENDERLESS_TITLES: frozenset[str] = frozenset({"cụ"})

# Abbreviations that end with a dot but do not end a sentence.
ABBREVIATIONS: frozenset[str] = frozenset(
    "TP Tp tp Q H P X TX TT Th ThS TS PGS GS BS Bs CS Mr Mrs Ms Dr St Co Ltd Inc No Nr v.v vv "
    "U.S U.K e.g i.e a.m p.m Jr Sr Gen Lt Col Capt Sgt St.".split()
)

# Words after which a number's single capital letter is its unit, not a name's initial, so its dot
# may end a sentence: "nhiệt độ trên 40 độ C." (a weather report's every second sentence).
UNIT_LETTER_WORDS: frozenset[str] = frozenset({"độ"})
# Nouns a single capital letter labels ("giải hạng Nhì quốc gia, bảng B.", "khu A.", "tòa C."): a
# label, not a name's initial, so its dot may end a sentence ("bị cáo H." stays an initial); a
# Roman numeral counts a quarter or a part ("trong quý I.", "giai đoạn I.", "phần V.").
LETTER_LABEL_WORDS: frozenset[str] = frozenset({"bảng", "khu", "lô", "tầng", "dãy", "tòa", "phân khu", "hạng", "loại", "nhóm",
                                                "quý", "đoạn", "phần", "chương", "mục", "khóa", "khoá", "đợt"})
# Where or when a paper was published, between its publishing verb and "cho thấy" ("Số liệu do Cục
# X công bố tại họp báo cho thấy", "... công bố sáng nay cho thấy"): the figures still speak for it.
PUBLISHED_WHERE_OR_WHEN: tuple[str, ...] = ("tại", "trong", "ở", "vào", "hôm", "sáng", "chiều", "tối", "ngày", "cuối",
                                            "đầu", "giữa")
# A time set before the subject with no comma ("hồi tháng 10/2025 báo Thanh Niên phản ánh", "Vào ngày
# 5/3 ông X cho biết"): no part of who speaks.
TIME_BEFORE_SUBJECT = (r"^(?:hồi|vào)\s+(?:(?:đầu|cuối|giữa)\s+)?(?:tháng\s+\d{1,2}(?:/\d{4})?|năm\s+\d{4}"
                       r"|(?:(?:ngày|sáng|chiều|tối|trưa|đêm)\s+)?\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?)"
                       r"(?:\s+năm\s+(?:ngoái|nay|trước|qua|\d{4}))?\s+(?=\S)")

# Capitalised words that may follow a run-in headline without starting a new sentence; the
# headline splitter never cuts before these because they usually begin a title or a body.
RUNIN_SENTENCE_STARTS: tuple[str, ...] = (
    "ngày", "sáng", "trưa", "chiều", "tối", "đêm", "hôm", "theo", "thị trường", "trước", "sau", "tại",
    "trong", "khi", "từ", "vào", "chiều qua", "sáng nay", "hiện", "mới đây", "gần đây", "năm", "tháng",
    "chỉ", "cơ quan", "người", "các", "những", "nhiều", "một", "lực lượng", "ông", "bà", "anh", "chị",
)

# --------------------------------------------------------------------------- numbers
# Approximators dropped before a number ("khoảng 2.500 quân" -> "2.500 quân"), with the bound
# they put on the figure: used to tell compatible figures ("hơn 30" vs "34") from conflicting ones.
APPROXIMATORS: dict[str, str] = {
    "khoảng": "about", "chừng": "about", "gần": "below", "hơn": "above", "trên": "above",
    "dưới": "below", "ít nhất": "atleast", "tối thiểu": "atleast", "tối đa": "atmost",
    # "số người chết đã lên tới 27": the level reached, stressed as high, not "at most 27"
    "lên đến": "exact", "lên tới": "exact",
    "đến": "atmost", "tới": "atmost", "xấp xỉ": "about", "ước": "about",
    "ước tính": "about", "gần như": "about", "hàng": "about", "có tới": "exact", "tới gần": "below",
    "gần hơn": "about", "vượt": "above", "vượt mức": "above", "ít hơn": "below", "không quá": "atmost",
    "chưa đến": "below", "chưa tới": "below",
}
# Spelled-out numbers kept as numbers ("hai tuần"); "một" only where it counts (checked by the rule).
NUMBER_WORDS: dict[str, float] = {
    "một": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4, "năm": 5, "sáu": 6, "bảy": 7, "bẩy": 7, "tám": 8,
    "chín": 9, "mười": 10, "mươi": 10, "trăm": 100, "nghìn": 1000, "ngàn": 1000,
    "chục": 10, "hàng chục": 10, "hàng trăm": 100, "hàng nghìn": 1000, "hàng ngàn": 1000,
    "hàng triệu": 1e6, "hàng tỷ": 1e9, "nửa": 0.5, "mười hai": 12,
}
# Scale words after a numeral.
SCALES: dict[str, float] = {"nghìn": 1e3, "ngàn": 1e3, "triệu": 1e6, "tỷ": 1e9, "tỉ": 1e9, "vạn": 1e4, "trăm": 100}
# Units one quantity may be given in, as (base unit, factor): "3.000 kg" and "3 tấn" are one load,
# "2 km2" and "200 ha" one burnt area. Only mass and land area: lengths measure too many different
# things in one article (a distance, a wave, rainfall in mm) to be put on one scale.
UNIT_BASES: dict[str, tuple[str, float]] = {
    "kg": ("tấn", 0.001), "tạ": ("tấn", 0.1),  # mass, in the unit news mostly uses
    "km2": ("ha", 100.0), "km²": ("ha", 100.0), "hecta": ("ha", 1.0),  # land area
    "hộ dân": ("hộ", 1.0), "hộ gia đình": ("hộ", 1.0),  # households, however they are called
}
# Units of length: one source gives many different lengths (a slick, a distance, a wave height).
LENGTH_UNITS: frozenset[str] = frozenset({"km", "m", "mét", "cm", "mm"})
# Lead words kept with dates ("ngày 2/2", "đêm 2/2").
DATE_LEADS: tuple[str, ...] = ("ngày", "đêm", "sáng", "trưa", "chiều", "tối", "hôm", "rạng sáng", "tháng", "năm", "cuối tháng", "đầu tháng", "giữa tháng",
                               "phiên")  # "phiên 3/11": a trading session's date
# Words before a numeral that make it an identifier, not a quantity ("bão số 3", "Điều 318").
IDENTIFIER_LEADS: tuple[str, ...] = (
    "số", "điều", "khoản", "mục", "chương", "lớp", "phòng", "tầng", "tháp", "bão", "quốc lộ", "QL",
    "tỉnh lộ", "đường", "khu", "lô", "BS", "biển số", "mã", "tuyến", "kỳ họp thứ", "khóa", "thứ",
    "phiên bản", "version", "covid", "COVID", "sora", "iphone", "galaxy", "hạng", "top", "vòng", "bảng",
    "loại", "cấp", "khối",
)
# Words that measure or classify rather than name what is counted: the noun after them belongs to
# the figure too ("20 con heo", "9,7 triệu thùng dầu", "5 vùng lãnh thổ", "2 chủ tài khoản").
MEASURE_WORDS: frozenset[str] = frozenset(
    """con cái chiếc ngôi căn bức quả tòa toà đợt trận cuộc bài thùng bao túi chai lọ hộp gói tấn tạ kg lít
    vùng chủ nhóm đoàn đơn vị loại cặp đôi bộ suất lượt phần cú nền thửa lô mảnh lá""".split()
)
# Words that finish a counted noun the segmenter splits: "87 máy bay không người lái" (drones),
# "3 tên lửa hành trình" (cruise missiles).
COMPOUND_NOUN_TAILS: tuple[str, ...] = ("không người lái", "hành trình", "đạn đạo", "siêu thanh", "chiến đấu")
# Nouns whose common compounds the segmenter splits: "60 hộ dân", "6 xe chữa cháy" (but "27 hộ nuôi cá").
NOUN_COMPOUNDS: dict[str, tuple[str, ...]] = {
    "hộ": ("dân", "gia đình"),
    "xe": ("chữa cháy", "cứu thương", "cứu hỏa", "tải", "khách", "máy", "buýt", "container", "bồn", "ben"),
}
# "mỗi ngày" after a figure makes it a rate, written "/ngày" for comparison ("9,7 triệu thùng dầu
# mỗi ngày" = "9,7 triệu thùng dầu/ngày").
RATE_WORDS: tuple[str, ...] = ("ngày đêm", "ngày", "tuần", "tháng", "năm", "giờ", "người", "kg", "lít", "km", "m2", "m3", "m²",
                               "lượng", "ounce", "tấn", "chỉ", "kWh", "cổ phiếu", "thùng",
                               "ha", "sào", "h")  # a yield per hectare ("6,5 tấn/ha"), a speed ("60 km/h")
# Words that name a figure as such and say nothing of what it measures: two claims sharing only
# these are not worded alike ("con số này cao hơn ... 50 triệu USD" / "con số đúng là 2,64 tỷ USD").
FIGURE_POINTERS: frozenset[str] = frozenset({"con số", "số liệu", "số tiền"})
# Two words before a number that undo a label lead's last word ("số", "vòng").
NOT_IDENTIFIER: tuple[str, ...] = (
    "trong vòng",  # "trong vòng 3 ngày": a span of time, not round 3
    "tổng số",  # "trên tổng số 2.300 lao động": the total, not a number as a label
    "con số",  # "con số 700": a figure named as such
)
# A numeral standing alone still counts after these ("cả 6 đều ...", "số người bị thương là 17"),
# and after the words that name a figure as the wrong one ("21 người, không phải 22").
BARE_NUMBER_LEADS = r"(?:\bcả|\blà|con số|tổng cộng|tổng số|\blên|\bdẫn|\bthắng|\bthua|\bhòa|tỷ số|tỉ số|không phải|thay vì)\s*$"
# A numeral standing alone also counts the noun of its clause's "số ..." phrase when one of
# these levels it ("số người ngừng việc chỉ khoảng 700", "số hộ còn 12"); an approximator does too.
SO_PHRASE_LEVELS: tuple[str, ...] = (
    "chỉ",  # "chỉ 700": only so many
    "còn",  # "còn 12": what is left
    "đạt",  # "đạt 450": reached
    "tới",  # "lên tới 900"
    "đến",  # "lên đến 900"
)
# Words after which a noun phrase starts (a cue word glued there into a dictionary word is a noun:
# "các lời khai", "theo bản tin"): determiners, quantifiers, prepositions, links.
NOUN_SLOT_WORDS: frozenset[str] = frozenset({
    "các", "những", "mọi", "một", "cả",  # determiners and quantifiers
    "này", "đó",  # a demonstrative closing the phrase before
    "của", "với", "theo", "trong", "về", "từ", "qua", "tại", "sau", "trước", "như",  # prepositions
    "là", "có", "và", "hay",  # copula, existential, links
})
# Words of a total: a figure after them in a sentence is no part of the place named before it
# ("Hà Nội có 12 trường ..., tổng số trường ... toàn miền Bắc là 80").
TOTAL_WORDS: frozenset[str] = frozenset({"tổng", "toàn", "cả"})
# Words before a place that say "all of it" ("các quận, huyện", "toàn tỉnh"): the place is what follows.
WHOLE_OF_WORDS: frozenset[str] = frozenset({"các", "những", "toàn", "cả"})
# Nouns that make "một" a count ("một tuần", "một bé") rather than the article "a".
ONE_COUNTS: tuple[str, ...] = ("tuần", "ngày", "tháng", "năm", "giờ", "bé", "người", "lần", "em")
# Counted nouns and units that attach to a number ("16 người", "7,8 tỷ USD", "30%").
UNITS: tuple[str, ...] = (
    "%", "USD", "đô la", "đồng", "VNĐ", "VND", "euro", "EUR", "bảng Anh", "nhân dân tệ", "yen", "won",
    "rúp", "km", "m", "cm", "mm", "kg", "tấn", "gram", "g", "lít", "ha", "hecta", "độ", "độ C", "mét",
    "thùng", "USD/cổ phiếu", "đồng/kg", "đồng/lít",
)
# Function words that are never the counted noun after a figure ("3 ở", "5 và"): prepositions,
# conjunctions, aspect and sentence particles.
FIGURE_STOPWORDS: frozenset[str] = frozenset(
    """ở tại và của trong đã bị được là với cho từ sau trước nay qua này đó khi thì mà như vào ra lên xuống
    đến tới nhưng hay hoặc cũng còn đang sẽ vừa mới để do vì nên khiến gồm bao trên dưới theo về cùng chỉ""".split())
# Nor are these: adverbs ("đều", "rồi", "nữa"), pronouns ("tôi", "họ", "ai") and "khác", "liên tiếp"
# ("3 trận liên tiếp": the noun is "trận"), which follow a figure but do not say what it counts.
NOT_A_NOUN: frozenset[str] = FIGURE_STOPWORDS | frozenset(
    {"đều", "đã", "chưa", "không", "rồi", "luôn", "thôi", "nữa", "tôi", "ta", "họ", "nó", "mình", "nhờ", "bằng",
     "khác", "kia", "liên tiếp", "chúng", "mày", "tao", "ai", "gì", "nào", "ấy"})
# Counted nouns that are whole words of one syllable ("16 người", "3 tấn"): without a segmenter the
# counted noun stops after them, where other syllables are read in pairs ("85 mục tiêu").
SINGLE_WORD_NOUNS: frozenset[str] = frozenset(
    """người quân vụ giờ ngày tuần tháng năm lần con ca bé cháu em xe nhà tỷ triệu phút giây km kg tấn
    lít thùng ha độ điểm bàn trận tuổi hộ căn chiếc chuyến đợt mục đồng""".split())
# Heads of a group of firms: inside a full name they make it the group, not its unit ("Công ty Tân Á"
# is no short form of "Công ty cổ phần Tập đoàn Tân Á").
GROUP_HEADS: tuple[str, ...] = ("tập đoàn", "tổng công ty")
# Endings of a body's name that give it an acronym of its own: "VKSND" alone is a local procuracy,
# never "Viện Kiểm sát nhân dân tối cao" (VKSNDTC).
OWN_ACRONYM_ENDINGS: tuple[str, ...] = ("tối cao",)
# Counted nouns written two ways for one thing: "21.500 hộ dân" and "12.500 hộ" count households.
COUNTED_NOUN_VARIANTS: dict[str, str] = {
    "hộ dân": "hộ", "hộ gia đình": "hộ",  # households
    "gian hàng": "gian",  # a market's stalls ("chợ có hơn 300 gian" / "182 gian hàng")
}
# Classifiers: the noun after them belongs to the figure ("2 chiếc xe", "5 ngôi nhà").
CLASSIFIERS: frozenset[str] = frozenset("cuộc con chiếc ngôi căn bức quả tòa toà đợt trận".split())
# What a running story adds to report by report, across outlets without a harm word: damage
# counted (the noun without its classifier) and the area burnt or flooded. Not a passenger list,
# a score, a length or a price: two outlets' different figures for those disagree.
GROWING_COUNTS: frozenset[str] = frozenset({
    "nhà",  # ngôi / căn nhà bị tốc mái, hư hỏng, ngập, sập
    "hộ",  # hộ bị ảnh hưởng, phải di dời
    "công trình",  # công trình bị hư hại
    "ha",  # diện tích cháy, ngập (km2 and hecta are compared in ha, see UNIT_BASES)
})
# Nouns that count people by who they are: across outlets a toll of people in "người" and one in
# these count one thing ("6 thuyền viên mất tích" / "7 người mất tích"); "vụ", "hộ" do not.
PEOPLE_COUNTED_AS: frozenset[str] = frozenset({
    "thuyền viên", "ngư dân", "hành khách", "du khách", "công nhân", "thợ mỏ", "học sinh", "sinh viên",
    "bệnh nhân", "nạn nhân", "trẻ em", "người dân", "binh sĩ", "chiến sĩ", "khán giả", "lao động",
})
# Things counted only in wholes: a figure of them with a fraction ("19,4 người chết", "36,6 vụ tai
# nạn") is an average or a rate, however the sentence words it.
WHOLE_COUNT_UNITS: frozenset[str] = frozenset({
    "người", "vụ", "ca", "hộ", "nhà", "căn", "chiếc", "học sinh", "bệnh nhân", "nạn nhân", "trẻ em", "công nhân",
})
# Harms only people suffer: across outlets a toll of them in "người" and one in who they were
# ("6 thuyền viên mất tích", "7 người mất tích") count one thing. Not "evacuated" or "rescued":
# a school's 350 pupils evacuated, one boat's 2 rescued are often a part of the others' count.
PERSON_HARMS: frozenset[str] = frozenset({
    "dead",  # chết, tử vong, thiệt mạng
    "injured",  # bị thương
    "missing",  # mất tích
    "hospitalised",  # nhập viện
    "serious",  # ca nặng, nguy kịch
})
# Acronyms after a figure that name places, bodies or titles ("quận 3 TP.HCM"), not what is counted
# ("40 UAV" is counted).
NOT_UNIT_ACRONYMS: frozenset[str] = frozenset({"TP", "UBND", "HĐND", "BV", "CLB", "HLV", "PV", "TS", "GS", "ĐB"})
# "người ..." words that are roles, not "people": "3 người dùng" counts users (other "người X" count people).
PERSON_NOUNS: frozenset[str] = frozenset({"người dùng", "người lao động", "người chơi", "người mua", "người bán"})
# Lower-case function words that may open a sentence before a figure ("Cả 6 bệnh nhi", "Tổng 30
# ca"): a capitalised one is not a name the figure belongs to ("Tháp 22", "Sora 2").
NOT_NAME_BEFORE_FIGURE: frozenset[str] = FIGURE_STOPWORDS | frozenset(
    {"cả", "các", "những", "có", "khoảng", "hơn", "gần", "với", "và", "tổng", "chỉ", "thêm", "lúc", "ngoài", "hôm",
     "gồm", "mất", "còn", "riêng",
     "hiện"})  # "Hiện 17 người đang điều trị": currently, opening the sentence
# Kinds of people after "người": "3 người đàn ông" and "hai người phụ nữ" count different people.
PERSON_KINDS: tuple[str, ...] = (
    "phụ nữ", "đàn ông", "trẻ em", "học sinh", "sinh viên", "bệnh nhân", "công nhân", "du khách",
    "binh sĩ", "dân thường", "người lớn", "cảnh sát", "lính", "nghi phạm", "nạn nhân", "hành khách",
)
# Words that mark a part of a total ("trong đó", "còn lại", "riêng"): a breakdown, not a rival figure.
BREAKDOWN_MARKERS: tuple[str, ...] = ("còn lại", "trong đó", "trong số này", "trong số đó", "gồm", "bao gồm", "riêng", "ngoài ra",
                                      # "Trong số người bị thương, 3 người ...": some of them ("trong
                                      # số liệu" is no part)
                                      "trong số người", "trong số các", "trong số những", "trong số nạn nhân")
# "Doanh thu từ thị trường này, vốn chiếm 41% tổng doanh thu, giảm 29%": a sentence that gives its
# subject's share of a total is about a part of it, whatever its other figures say ("78% tổng vốn
# đăng ký đổ vào các KCN, tương đương 3 tỷ USD": the share's own sum, a part).
SHARE_OF_TOTAL = (r"(?<!\w)chiếm\s+(?:khoảng\s+|hơn\s+|gần\s+|trên\s+)?\d[\d.,]*\s*%\s+(?:trên\s+|trong\s+)?tổng(?!\w)"
                  r"|(?<![\w,.])\d[\d.,]*\s*%\s+tổng(?!\w)[^.;]{0,80}?(?<!\w)tương đương(?!\w)")  # ("bằng 12% tổng ..." alone is a ratio)
# "Trong số 23 người bị thương, 5 người ...", "Trong số học sinh nhập viện, 5 em ...": among a
# group (counted or not), what follows is a part of it ("trong số liệu" is "in the data").
BREAKDOWN_AFTER_TOTAL = r"(?<!\w)trong số\s+(?!liệu)(?:khoảng\s+|hơn\s+|gần\s+)?(?:\d[\d.,]*\s+)?[^,;.\d]{1,40},"
# Breakdown markers that, set off by a comma, join a new fact instead ("Ngoài ra, 85 người bị
# thương": moreover, not "besides those, 85").
CONNECTIVE_WITH_COMMA: frozenset[str] = frozenset({"ngoài ra"})

# A clause that opens with these speaks of only some of the things counted ("Nhiều dự án có giá
# trên 100 triệu đồng/m2", "Có nơi rao 90.000 đồng"): its figure is not the figure for all.
# One item of several, the first of a ranking: "Dệt may vẫn là mặt hàng có kim ngạch lớn nhất
# trong tháng với 190 triệu USD" is one product's figure, a part of the month's total.
TOP_ITEM = (r"(?<!\w)(?:mặt hàng|nhóm hàng|ngành hàng|ngành|lĩnh vực|thị trường|địa phương|sản phẩm|doanh nghiệp|đơn vị)"
            r"(?!\w)[^,.;]{0,40}?(?<!\w)(?:lớn nhất|cao nhất|nhiều nhất|dẫn đầu|nặng nhất|nặng nề nhất)(?!\w)")
# ("Huyện X là địa phương thiệt hại nặng nhất với 9 người chết": the hardest-hit place's own toll)
# A sector's own sum or rate opening its sentence: "Ngành thủy sản tỉnh đặt kế hoạch ... 1,1 tỷ USD"
# ("Ngành chức năng" are the authorities, no sector).
SECTOR_LEAD = r"^\W*(?:ngành|lĩnh vực|nhóm hàng|mặt hàng)\s+(?!chức năng)\w+"
# After a figure, a rate per period ("150 công nhân làm việc mỗi ngày", "3.000 tấn/ngày"): never one
# moment's count.
PER_PERIOD_AFTER = r"^[^,;.]{0,30}?(?:(?<!\w)mỗi|/)\s*(?:ngày|đêm|tuần|tháng|năm|giờ|ca|ngày đêm)(?!\w)"
# Before a figure in its clause, an average per period ("Bình quân mỗi ngày nghỉ Tết có 24 người
# thiệt mạng"): a rate, never the period's total ("216 người ... trong 9 ngày").
PER_PERIOD_BEFORE = r"(?<!\w)(?:bình quân|trung bình)\s+(?:mỗi|một)\s+(?:ngày|đêm|tuần|tháng|năm|giờ)(?!\w)"
# In a speaker's statement before a figure, the firm they speak for ("năm qua công ty xuất được ..."):
# that firm's own figure, a part of any total.
# Only as the reported clause's subject, after at most a time phrase: "công ty" (the company) or a
# firm word with "tôi / chúng tôi / mình / này" ("doanh nghiệp" alone is often all of a province's).
OWN_FIRM_BEFORE = (r"^\W*(?:[^\W\d]+\s+){0,3}?(?:công ty(?!\s+[A-ZĐ])|(?:doanh nghiệp|nhà máy|công ty)\s+(?:tôi|chúng tôi|mình|này|em))"
                   r"(?:\s+(?:đã|vừa|cũng|đã\s+và\s+đang))?\s+(?:xuất|sản xuất|bán|đạt|thu|có|lãi|lỗ|nộp|tuyển|trả|nhập|thu về)(?!\w)")
# Syllables of a rate's baseline ("so với cùng kỳ", "kế hoạch năm", "dự toán"): words two rates share
# that say nothing of what they measure.
BASELINE_SYLLABLES: frozenset[str] = frozenset({"so", "với", "cùng", "kỳ", "năm", "trước", "ngoái", "kế", "hoạch",
                                                "dự", "toán", "tháng", "quý", "bằng"})
# A speaker's own small group, in the figure's clause ("Gia đình tôi cũng có 6 người nhập viện",
# "nhà tôi mất 3 con bò"): a part of any toll, never the event's total.
OWN_GROUP_BEFORE = (r"(?<!\w)(?:gia đình|nhà|họ hàng|xóm|lớp|dòng họ)\s+(?:tôi|em|mình|chúng tôi|chúng em|ông ấy|bà ấy|"
                    r"anh ấy|chị ấy|cháu)(?!\w)[^,;:]*$")
# Right before a figure, words that make it a spread over an area ("phổ biến 200-300 mm": commonly;
# "có nơi trên 400 mm": in places), not the reading of one place.
SPREAD_BEFORE = r"(?<!\w)(?:phổ biến|có nơi|có chỗ)(?:\s+(?:ở\s+)?(?:mức|từ|trên|dưới|khoảng|gần|hơn))?\s*$"
PARTIAL_MARKERS: tuple[str, ...] = ("nhiều", "một số", "vài", "có nơi", "có chỗ", "có sạp", "có dự án", "có người", "không ít")

# Counted nouns that are a harm themselves: bodies recovered count the dead ("vớt được 71 thi thể").
HARM_UNITS: dict[str, str] = {"thi thể": "dead"}
# Nouns of harm: figures about deaths, injuries and missing people are one family each.
CASUALTY_WORDS: dict[str, str] = {
    "chết": "dead", "thiệt mạng": "dead", "tử vong": "dead", "tử nạn": "dead", "thương vong": "casualties",
    "bị thương": "injured", "mất tích": "missing", "sơ tán": "evacuated", "di dời": "evacuated",
    "nhập viện": "hospitalised", "ngộ độc": "poisoned", "bị bắt": "arrested", "tử trận": "dead",
    "chưa liên lạc được": "missing",  # still unreachable after a disaster: the missing ("5 công nhân chưa liên lạc được")
    # drowned (dead or saved: "cứu sống 5 học sinh bị đuối nước"), a count of its own, not the
    # group that went swimming
    "đuối nước": "drowned",
    # taken to hospital is the toll of those hospitalised ("41 công nhân được đưa đến bệnh viện")
    "đưa đến bệnh viện": "hospitalised", "đưa vào bệnh viện": "hospitalised", "đưa đi cấp cứu": "hospitalised",
    "vào viện": "hospitalised", "đi viện": "hospitalised",  # the spoken forms ("37 công nhân phải đi viện")
    # the seriously ill among them, a count of its own that falls as they recover
    "ca nặng": "serious", "tình trạng nặng": "serious", "nguy kịch": "serious",
    # cases of a disease ("47 học sinh mắc bệnh sởi"), not the school's roll
    # (not a bare "mắc" or "nhiễm": "vướng mắc", "ô nhiễm")
    "mắc bệnh": "infected", "nhiễm bệnh": "infected", "mắc sởi": "measles", "mắc thủy đậu": "chickenpox",
    # people brought out alive, a count of its own ("cứu được 11 công nhân"; not "lực lượng cứu hộ")
    "cứu sống": "rescued", "cứu được": "rescued", "giải cứu": "rescued",
}

# "không có người tử vong", "không ai bị thương": a harm counted as none, the zero a correction
# may give for a toll reported before ("không có người tử vong, không phải 1 người chết").
NONE_HARMED = (r"(?<!\w)(?:không có|không)\s+(?:người|ai|công nhân|trường hợp|ca|em|học sinh)(?:\s+nào)?\s+"
               r"(?:bị\s+)?(?P<harm>tử vong|chết|thiệt mạng|bị thương|mất tích|nhập viện)(?!\w)")
# Harms whose count falls as a story runs (the missing are found): a lower figure in a later
# report of the event is its next step, not a rival ("còn 2 người mất tích" after "3 người mất tích").
FALLING_HARMS: frozenset[str] = frozenset({"missing", "serious"})

# --------------------------------------------------------------------------- conflicts
# Units of money: sums are compared under the currency alone ("đồng" and "đồng/kg": a price per
# kilo is often quoted without "/kg").
MONEY_UNITS: frozenset[str] = frozenset({"đồng", "usd", "vnd", "vnđ", "euro", "đô la", "tỷ đồng"})
# How the paper reaches a speaker, in an aside before the cue ("Em trai ông Lực khi được liên hệ
# khẳng định"; who reached them, when said, is one of REPORTER_SUBJECTS: "khi được phóng viên hỏi").
REACHED_VERBS: tuple[str, ...] = ("hỏi", "liên hệ", "tiếp xúc", "phỏng vấn", "trao đổi", "gọi điện", "hỏi chuyện")
# What opens a people's name after a person noun ("người phụ nữ dân tộc Pa Cô"): origin, no name.
ETHNICITY_LEAD = "dân tộc"
# Words of how someone looks ("Người đàn ông có làn da sạm"): a description by looks right after
# someone spoke is still that person, one by place, age or role may be someone new.
LOOK_WORDS: tuple[str, ...] = ("da", "làn da", "nước da", "tóc", "mái tóc", "râu", "gương mặt", "khuôn mặt", "mắt",
                               "dáng", "dáng người", "vóc người", "giọng", "nụ cười", "bàn tay", "đôi tay")
# Halves of a year written as months, so that "nửa đầu năm" and "6 tháng đầu năm" are one period.
PERIOD_ALIASES: dict[str, str] = {"nửa đầu năm": "6 tháng đầu năm", "nửa cuối năm": "6 tháng cuối năm"}
# Kinds of money after "tiền" that are never one sum: principal against interest, a fine against
# a deposit ("tiền gốc 118 tỷ" and "tiền lãi 6 tỷ" both hold).
MONEY_KINDS: tuple[str, ...] = ("gốc", "lãi", "phạt", "cọc", "thuế", "lương", "thưởng", "bồi thường", "hỗ trợ",
                                "điện", "nước", "thuê", "học phí", "vé")
# Verbs of giving money: who gives is part of what a sum is ("Nhà xe hỗ trợ 10 triệu đồng" and
# "UBND tỉnh hỗ trợ 3 triệu đồng" are two payments, not one figure told twice).
GIVING_VERBS: tuple[str, ...] = (
    "hỗ trợ",     # to support (victims' families)
    "trao",       # to hand over
    "tặng",       # to give
    "ủng hộ",     # to donate
    "bồi thường", # to compensate
    "đền bù",     # to compensate (land)
    "thăm hỏi",   # to visit with a gift
)
# Words between a giver and the giving verb that are no part of who gives ("UBND tỉnh quyết định
# hỗ trợ", "Nhà xe cam kết hỗ trợ").
GIVING_MODALS: frozenset[str] = frozenset({"đã", "sẽ", "vừa", "cũng", "quyết", "định", "cam", "kết", "tiếp", "tục",
                                          "đồng", "ý", "chi", "trả", "thêm", "mới"})
# Units of time and age: "3 năm", "2 lần", "40 tuổi" are durations, counts of times and ages, not
# quantities two sources report for one matter.
TIME_UNITS: frozenset[str] = frozenset({"năm", "tháng", "tuần", "ngày", "giờ", "phút", "giây", "lần", "tuổi"})
# Markers of a denial: "X bác bỏ / phủ nhận ...", "... là sai sự thật".
DENIAL_MARKERS: tuple[str, ...] = (
    "bác bỏ", "phủ nhận", "không đúng sự thật", "sai sự thật", "không hề có", "không có chuyện",
    "bịa đặt", "vô căn cứ", "thiếu cơ sở", "không chính xác", "tin giả", "sai lệch", "không có cơ sở",
    "hoàn toàn không", "không phải sự thật", "bác tin",
    "bác thông tin", "bác cáo buộc", "bác các cáo buộc",  # a headline's "bác" before what it rejects (CUES_ONLY_BEFORE)
    "không hề có chuyện",  # "không có chuyện" with "hề": as strong, not the bare "không hề có"
)
# Of these, the ones that say there is no such thing: against a claim that is itself negative
# ("Sở khẳng định không có tiêu cực") they agree with it.
NONE_SUCH_MARKERS: frozenset[str] = frozenset({"không có chuyện", "không hề có chuyện", "không hề có"})
# (in the claim's main clause: "thu tiền mà không có biên lai" still claims money was taken)
NONE_SUCH_CLAIM = r"^[^,;]*?(?<!\bmà )(?<!\bdù )(?<!\bnhưng )(?<!\bkhi )(?<!\bvì )(?:không|chưa)\s+(?:hề\s+|từng\s+)?(?:có|xảy ra)(?!\w)"
# Of these, the ones that only negate ("không hề có biển cảnh báo", "hoàn toàn không biết"): a
# denial of another party's claim only when they deny something named as said ("thông tin ... là
# không chính xác", "thông tin trên") or the claim answered is what spread online; otherwise the
# sentence states a negative fact of its own.
PLAIN_NEGATION_MARKERS: frozenset[str] = frozenset({"không hề có", "hoàn toàn không", "không có cơ sở", "không chính xác"})
# "Chưa có con số chính xác ..., ước tính 60 ngôi nhà": no exact figure yet, an estimate, no correction.
NO_EXACT_FIGURE_YET = r"(?<!\w)(?:chưa|không|chưa thể)\s+(?:có\s+)?(?:con số|số liệu|thống kê)\s+chính xác"
# Nouns for what someone said, as a denial's object ("bác bỏ lời khai này", "bác bỏ kết luận bán
# phá giá"): the claim answered is one made with the matching cue, before any other on the matter.
SPEECH_ACT_NOUNS: dict[str, tuple[str, ...]] = {
    "lời khai": ("khai",),               # a testimony: what was "khai"
    "kết luận": ("kết luận",),           # a conclusion: what was concluded
    "quan điểm": ("cho rằng", "nhận định", "quan điểm"),  # a view: what someone holds
    "nhận định": ("nhận định", "cho rằng"),  # an assessment
    "lập luận": ("lập luận", "cho rằng"),  # an argument
    "cáo buộc": ("cáo buộc", "tố cáo", "buộc tội", "tố"),  # an accusation
    "tuyên bố": ("tuyên bố",),           # a declaration
    "phản ánh": ("phản ánh",),           # a complaint
}
# "đăng/tung tin sai sự thật", "đăng video có nội dung sai sự thật" name an offence (a charge),
# not a denial of some claim; "thông tin được đăng tải là sai sự thật" (with "là") still denies.
OFFENCE_LABELS = (r"(?:đăng|đăng tải|tung|đưa|chia sẻ|phát tán|lan truyền|loan|cung cấp|hành vi|xử lý|xử phạt)"
                  r"(?:\s+(?!là\b)[^\s,.;:]+){0,5}?\s+"
                  r"(?:sai sự thật|bịa đặt|thất thiệt|giả|sai lệch|không đúng sự thật)(?!\w)")
# A claim that leaves the matter open ("chưa rõ liệu X") asserts nothing another party could deny.
# Question words that stand for what was said: "Chuyên gia nói gì?", "Bộ trưởng trả lời ra sao?"
QUESTION_WORDS: frozenset[str] = frozenset({
    "gì", "những gì", "sao", "ra sao", "thế nào", "như thế nào",  # also before "về ...": "nói gì về giá vàng?"
})
OPEN_QUESTION_MARKERS: tuple[str, ...] = ("chưa rõ", "không rõ", "chưa thể xác nhận", "chưa xác nhận", "chưa xác định được")
# What a denial names as denied: the words after "thông tin", "tin đồn"... up to the verdict or a
# mark ("bác bỏ thông tin vỡ đập hồ X", "thông tin đập chính bị vỡ là sai sự thật"). A claim the
# denial answers must share two of those words (one if there is one) beyond the names.
# ("phủ nhận việc công ty xả nước thải ... như người dân phản ánh": the act denied, up to "như")
DENIED_OBJECT = (r"(?:(?<!\w)(?:thông tin|tin đồn|tin|nội dung|cáo buộc|bài đăng)|(?<=phủ nhận )việc|(?<=bác bỏ )việc)"
                 r"\s+(?:về\s+|rằng\s+|cho rằng\s+|là\s+)?"
                 # (a figure's own point or comma runs on: "tin xả lũ 3.500 m3/s")
                 r"(?P<object>(?:[^,.;:!?\"“”()]|(?<=\d)[.,](?=\d)){3,80}?)(?=\s+(?:là|được|đã được|không|hoàn toàn|như)(?!\w)|(?<!\d)[,.](?!\d)|[,.](?!\d)|[;:!?\"“”()]|$)")
# A denial that points back ("thông tin trên", "thương vụ này") answers the claim made just before.
ANAPHORIC_TARGET = (r"\b(?:thông tin|tin|thương vụ|vụ việc|sự việc|bài viết|bài đăng|tuyên bố|cáo buộc|báo cáo|chuyện|lời khai|kết luận|quan điểm|nhận định|lập luận)\s+(?:này|trên|nói trên|đó|kể trên)\b"
                    # a denial verb with no object ("ra thông cáo bác bỏ, nêu rõ ..."): what was just said
                    r"|\b(?:bác bỏ|phủ nhận)\s*(?:[,.;]|$)")
# The part of those that points back at a statement, not at a matter ("thương vụ này", "vụ việc
# trên"): such a denial answers whoever spoke just before it.
STATEMENT_ANAPHOR = (r"\b(?:thông tin|tin|tin đồn|bài viết|bài đăng|tuyên bố|cáo buộc|báo cáo|lời khai|kết luận|quan điểm|"
                     r"nhận định|lập luận)\s+(?:này|trên|nói trên|đó|kể trên)\b|\b(?:bác bỏ|phủ nhận)\s*(?:[,.;]|$)")

# "tuyên bố / cáo buộc / thông tin của X" inside a denial names whose statement it answers.
STATEMENT_OWNER = rf"(?:tuyên bố|cáo buộc|thông tin|khẳng định|báo cáo|tin)\s+của\s+((?:[{UPPER}][\w-]*\s*)+)"

# Words for the press inside a denial: it answers what a medium reported.
MEDIA_WORDS = r"\b(?:phương tiện thông tin|truyền thông|báo chí|báo giới|giới truyền thông|các hãng tin|tờ báo)\b"

# Negation words that flip a statement's polarity for the contradiction check.
POLARITY_NEGATORS: tuple[str, ...] = ("không", "chưa", "chẳng", "không hề", "chưa hề", "không còn", "chưa từng")
# Opposite actions: "X tạm dừng tấn công" and "Y sẽ tiếp tục tấn công" cannot both hold of one party.
ANTONYMS: tuple[tuple[str, str], ...] = (
    ("tạm dừng", "tiếp tục"), ("dừng", "tiếp tục"), ("ngừng", "tiếp tục"), ("chấm dứt", "tiếp tục"),
    ("tăng", "giảm"), ("đồng ý", "phản đối"), ("ủng hộ", "phản đối"), ("chấp nhận", "từ chối"),
    ("thành công", "thất bại"), ("mở cửa", "đóng cửa"), ("rút", "triển khai"), ("nới lỏng", "siết chặt"),
)

# Function words ignored when comparing what two claims are about.
STOPWORDS: frozenset[str] = frozenset(
    """và của là có được đã đang sẽ các những một cho với trong tại về này đó khi để thì mà như từ
    theo vào ra lên đến tới rằng nhưng cũng còn lại rất nhiều hơn nên do vì bị ở trên dưới sau trước
    không chưa cả mọi nào gì ai hay hoặc nếu thêm vẫn đều chỉ mới vừa hiện nay ngày năm tháng hôm
    ông bà anh chị họ tôi chúng ta người việc điều cuộc vụ nói biết cho_biết""".split()
)
# Where a claim gives a reason, and on which side of the marker the reason stands. Two sources
# A sentence that opens by supposing a case ("Nếu phát hiện ... vì lý do khác, Bộ sẽ xử lý"):
# what follows is conditional, no one's account of why something happened.
CONDITION_OPENERS = r"(?:nếu|giả sử|trong trường hợp|hễ)(?!\w)(?![^.]*\sthì\s)"  # ("Nếu như năm ngoái X thì năm nay Y": a contrast, Y stated)
# explaining the same thing with reasons that share no word are competing explanations.
EXPLANATION_MARKERS: tuple[tuple[str, str], ...] = (
    # reason nouns: "nguyên nhân là X", "lý do X", "với mục đích X", "động cơ X"
    # (said to be one: "làm rõ nguyên nhân và trách nhiệm", "không có lý do chính đáng" name no reason)
    # (a few words may qualify it first: "nguyên nhân ban đầu là", "nguyên nhân được xác định là")
    # ("do" right after it only: "xác định nguyên nhân vụ sập cầu do Hội đồng giám định thực hiện"
    # names who looks into the cause)
    (r"nguyên nhân\s*(?:do|:)|nguyên nhân(?:\s+(?!và\s)[^\s,;.:]+){0,4}?\s+(?:là|chính là|được cho là)"
     r"|lý do(?:\s+(?!và\s)[^\s,;.:]+){0,3}?\s*(?:là|:)|với lý do|(?:với\s+)?mục đích(?:\s+thực sự)?(?:\s+là)?|động cơ", "after"),
    # a reading of an act: "là thông điệp / tín hiệu X" (not a railway's "hệ thống tín hiệu")
    (r"là\s+(?:một\s+)?(?:thông điệp|tín hiệu)", "after"),
    # done at someone's wish: "theo nguyện vọng / yêu cầu của X"
    (r"theo\s+(?:nguyện vọng|yêu cầu|đơn)", "after"),
    # because; "vì vậy / vì thế" mean "therefore" and "thay vì" "instead of", so not these
    (r"(?<!thay )(?:bởi vì|tại vì|bởi lẽ|vì|bởi)(?!\s+(?:vậy|thế))", "after"),
    # "do" is "because" only after a comma, quote or copula; "giấy phép do Sở cấp" is a passive agent
    (r"(?:(?<=[,“\"(:])\s*|(?<=\s)(?:là|chủ yếu|một phần|có thể|được cho là|chính)\s+)do", "after"),
    # purpose: "nhằm X"
    (r"nhằm(?:\s+mục đích)?", "after"),
    # cause verbs: "X gây / khiến / dẫn đến Y": the reason comes first
    (r"gây(?:\s+ra)?|khiến(?:\s+cho)?|dẫn (?:đến|tới)", "before"),
)
# A reason that only points back ("điều này góp phần", "cách tiếp cận đó") names no cause of its own.
DEMONSTRATIVES: tuple[str, ...] = ("này", "đó", "ấy", "vậy", "thế", "kia")
# Near-synonyms news writers alternate between; a statement about one is about the others, so
# each group is compared under its first word ("không có biểu hiện" answers "xuất hiện triệu chứng").
SYNONYM_GROUPS: tuple[tuple[str, ...], ...] = (
    ("triệu chứng", "biểu hiện", "dấu hiệu"),
    ("chết", "tử vong", "thiệt mạng", "tử nạn", "qua đời"),
    ("bị thương", "thương tích"),
    ("ùn tắc", "kẹt xe", "tắc đường"),
    ("bắt giữ", "bắt", "tạm giữ"),
    ("nhập viện", "vào viện", "cấp cứu"),
    ("xuất viện", "ra viện"),
    ("đồng ý", "chấp thuận", "nhất trí"),
    ("an toàn", "không sao"),
)
# "cả 6 (bệnh nhi) đều ..." / "tất cả ... đều ...": a statement about every member of a group.
UNIVERSAL = r"(?<!\w)(?:tất cả|cả)\s+(?P<n>\d+|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)?(?P<noun>(?:\s+[^\s\d,.;:]+){0,3}?)\s+đều\s+(?P<neg>(?:không|chưa)(?:\s+hề)?\s+)?(?P<pred>[^,.;:!?”\"]+)"
# Opposite stances that cannot both hold of one matter, whatever the words around them: control
# against autonomy, safe against unsafe, voluntary against forced, accident against intent.
# Entries are regular expressions (most are plain words).
# A stance under a denying verb ("phủ nhận việc xả thải gây ô nhiễm") is not taken.
DENYING_VERBS: tuple[str, ...] = ("phủ nhận", "bác bỏ", "bác tin", "bác thông tin", "bác cáo buộc")
# Verbs that carry no meaning of their own when comparing predicates ("có / xuất hiện / bị" triệu chứng).
LIGHT_VERBS: frozenset[str] = frozenset({"có", "xuất", "hiện", "bị", "được"})
# A stance under a modal ("phải tự nguyện", "cần an toàn") is a rule or a wish, not a finding.
NORMATIVE_MARKERS: tuple[str, ...] = ("phải", "cần", "nên", "yêu cầu", "đề nghị", "không được", "bắt buộc phải")
STANCE_OPPOSITES: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    # ("chỉ đạo", "điều khiển" and "độc lập" left out: mostly nouns and modifiers, "theo chỉ đạo",
    # "phần mềm điều khiển", "tư vấn độc lập"; over the project's sets they made only false alarms)
    (("kiểm soát", "ra lệnh cho", "ảnh hưởng lớn", "đứng sau", "giật dây"),
     ("tự quyết định", "tự quyết", "tự chủ", "tự hành động", "không nhận lệnh")),
    (("an toàn", "đạt chuẩn", "đạt quy chuẩn", "đạt tiêu chuẩn", "đảm bảo chất lượng"),
     ("ô nhiễm", "nhiễm độc", "không đạt chuẩn", "kém chất lượng",
      r"vượt[^;]{0,30}?(?:quy chuẩn|tiêu chuẩn|ngưỡng|mức cho phép|giới hạn)")),  # "COD vượt 3,4 lần so với quy chuẩn"
    (("tự nguyện", "theo nguyện vọng"), ("bị ép", "ép buộc", "buộc phải", "cưỡng ép", "bắt buộc")),
    (("tai nạn", "sự cố", "vô tình"), ("cố ý", "cố tình", "phá hoại", "chủ đích")),
)

# --------------------------------------------------------------------------- quantity frames
# A figure is compared with another only when both count the same thing, with the same scope, for
# the same place and moment (claims/conflicts/frames.py).
# Administrative units heading a place name, by size: a figure for "xã X" and one for "tỉnh Y"
# may be for one place; two names at the same level are two places. "quốc gia" is the level given
# to COUNTRY_NAMES (it never heads a name in text).
PLACE_LEVELS: dict[str, int] = {
    "thôn": 0, "làng": 0, "bản": 0, "ấp": 0, "tổ dân phố": 0, "khu phố": 0,  # hamlets, street blocks
    "xã": 1, "phường": 1, "thị trấn": 1,  # communes and wards
    "huyện": 2, "quận": 2, "thị xã": 2,  # districts
    "tỉnh": 3, "thành phố": 3, "TP": 3, "TP.": 3,  # provinces and cities
    "nước": 4, "quốc gia": 4,  # countries ("nước Tây Lâm")
    "cả nước": 5, "toàn quốc": 5,  # the whole country, as a place of its own ("trên cả nước")
}
# Words that open a sentence's "according to X," phrase: the places in X are the source's, not
# where the figure holds ("Theo Ban Chỉ huy ... tỉnh Hòa Lâm, trận lũ ... đã làm 12 người chết").
SOURCE_LEAD_WORDS: tuple[str, ...] = ("theo", "căn cứ báo cáo của", "dẫn nguồn")
# A sentence that opens with where ("Tại Ấn Độ, ...", "Còn ở Đà Nẵng, ...") says it for every figure
# naming no place of its own.
PLACE_OPENER = r"\s*(?:(?:Còn|Riêng|Trong khi đó)\s*,?\s*)?(?:[Tt]ại|[Ởở]|[Tt]rên phạm vi|[Tt]rên địa bàn)\s[^,;:]+,"
# The word before a place that makes it a time zone, not where a figure holds ("7h (giờ Hà Nội)").
TIME_ZONE_WORD = "giờ"
# The whole country named alone ("cả nước xuất khẩu 2 triệu tấn"): the national figure's place,
# never one province's.
WHOLE_COUNTRY: tuple[str, ...] = ("cả nước", "toàn quốc", "trên cả nước")
# Sites where a price or a count holds, below the smallest administrative unit: "chợ đầu mối Bình
# Điền" and "các chợ lẻ" are two places for the price of one vegetable.
SITE_HEADS: tuple[str, ...] = ("chợ đầu mối", "chợ", "siêu thị", "cửa hàng", "sàn", "cảng", "khu công nghiệp",
                               "bến xe", "nhà ga", "sân bay")
# A sum of money per head or per period ("mỗi người ... 25 triệu đồng", "250 triệu USD mỗi năm") is a
# rate, not a total; a price per kilo may be quoted without "/kg", so goods units are not kept apart.
MONEY_RATE_WORDS: tuple[str, ...] = ("người", "ngày", "tuần", "tháng", "năm", "giờ", "hộ", "suất", "lượt", "ngày đêm")
# Openers that set a sentence against what came before ("Nhưng theo ông X, ...", "Tuy nhiên,
# công ty Y cho biết ..."): a second source's figure for the same thing answers the first's.
# ("Trong khi đó" is left out: it adds another side of the story as often as it answers.)
ANSWERING_OPENERS: tuple[str, ...] = ("nhưng", "tuy nhiên", "song", "trái lại", "ngược lại")
# Joins that start a new statement inside a sentence: a figure after them has its own place and
# time ("... 12 người chết, trong khi tỉnh Y có 7 người").
CONTRAST_JOINS: tuple[str, ...] = ("trong khi", "còn", "nhưng", "song", "tuy nhiên", "trong khi đó", "riêng")
# Of those, the ones that join only after a comma: "..., còn tỉnh Y có 7 người" joins, but "hiện
# còn 4 ngư dân mất tích" is "still" and keeps the sentence's time.
COMMA_JOINS: frozenset[str] = frozenset({"còn"})
# Words before a time that make it the moment the event happened, not the moment a figure was
# counted ("xảy ra lúc 4h17", "khởi phát từ 22h").
OCCURRENCE_LEADS = r"(?:xảy ra|bùng phát|khởi phát|bắt đầu|phát hỏa|bốc cháy|rung chấn|đổ bộ|ập xuống)(?:\s+(?:vào|lúc|hồi|từ|khoảng))*\s*$"
# A figure said to hold at the time of writing: in two reports of one event, the later report's
# "hiện" is the later count, whichever way it moved ("hiện vẫn còn 29 người mất tích", then
# "số người còn mất tích hiện là 24"). Not "hiện trường" (the scene) and the like.
NOW_LEADS = (r"(?<!\w)(?<!phát )(?<!thực )(?<!xuất )(?<!thể )(?<!biểu )(?<!hiển )"  # "phát hiện", "thực hiện"...
             r"(?:hiện(?:\s+(?:nay|tại|giờ))?|đến nay|tới nay|cho đến nay|đến thời điểm này)(?!\w)"
             r"(?!\s+(?:trường|tượng|diện|ra|thực|đại|hành|thân|vật|hình))")
# Words before a time that make it the moment a figure was counted or reported ("tính đến 14h",
# "đến 6h sáng 28/9", "theo báo cáo của Sở Y tế lúc 6h"): such a time is the figure's "as of" even
# when another time ("vụ tai nạn đêm 8/2", when it happened) stands nearer the figure.
# What a verdict list gives after a defendant's name and a colon ("Bị cáo X: 20 năm tù", "... : Tù
# chung thân"): a sentence passed on him, not his words.
VERDICT_AFTER_COLON = r"^\s*(?:\d+\s+(?:năm|tháng)(?:\s+\d+\s+tháng)?\s+tù|tù|tử hình|án treo|chung thân|phạt|cải tạo)(?!\w)"
# Heads that open a body's own name in a list of bodies ("Bộ Công an, Công an tỉnh và Viện Kiểm
# sát"); "Xã Hội", "Thương binh" inside "Bộ Lao động - Thương binh và Xã Hội" open none.
BODY_LIST_HEADS: tuple[str, ...] = ("bộ", "sở", "cục", "viện", "ban", "tòa", "trường", "bệnh viện", "công an",
                                    "viện kiểm sát", "ủy ban", "UBND", "HĐND", "TAND", "VKSND", "cảnh sát")
# A report's own time after a comma: "..., theo báo cáo sáng 9/9 của Ban Chỉ đạo" dates the figure.
REPORT_TIME_LEADS = r"(?<!\w)theo\s+(?:báo cáo|thông báo|số liệu|thống kê|cập nhật|bản tin)(?:\s+[^\s,.;:]+){0,3}?\s*$"
AS_OF_LEADS = (r"(?:(?<!\w)(?:tính đến|tính tới|đến|tới|cập nhật(?:\s+(?:lúc|vào lúc|đến))?)"
               r"|(?<!\w)(?:báo cáo|thống kê|số liệu|thông tin)(?:\s+[^\s,.;:]+){0,8}?\s+(?:lúc|vào lúc|hồi))"
               r"(?:\s+(?:khoảng|hơn))?\s*$")
# Time zones a clock time may be given in: "4h17 (giờ địa phương)" and "8h17 giờ Hà Nội" can be one
# moment, so two occurrence times are compared only when both say the same zone (or neither does).
TIME_ZONES: dict[str, str] = {
    "giờ địa phương": "local", "giờ việt nam": "vn", "giờ hà nội": "vn", "giờ gmt": "utc", "gmt": "utc", "utc": "utc",
    "giờ quốc tế": "utc", "giờ miền đông": "us-east", "giờ bắc kinh": "cn",
}
# A figure for what is new in a period ("ghi nhận thêm 30 ca", "14.922 ca nhiễm mới", "trong ngày")
# is not the running total.
NEW_SCOPE_BEFORE = r"(?<!\w)(?:thêm|mới ghi nhận|trong ngày|trong 24 giờ qua|trong 24h qua|hôm nay ghi nhận|tăng thêm)(?:\s+\S+){0,3}\s*$"
NEW_SCOPE_AFTER = r"(?:\s+\S+){0,2}?\s+(?:mới|mắc mới|nhiễm mới)(?!\w)"
# Nouns after a percentage that name what it is a share of ("52,3% số phiếu", "78% thời lượng tin
# chính trị", "35% thị phần"): two shares of different wholes are two measures. Anything else after a
# percentage ("tăng 45% nhờ xuất khẩu", "đạt 53% kế hoạch") names nothing.
SHARE_WHOLES: frozenset[str] = frozenset({"số", "tổng", "thời lượng", "thị phần", "cổ phần", "vốn", "diện tích", "dân số",
                                          "giá trị", "kim ngạch", "doanh thu", "lượng", "phiếu", "số phiếu", "cử tri"})
# Openers that set a sentence before the one it follows ("Trước đó, nhiều người mua phản ánh ..."):
# a claim a denial earlier in the article answers.
EARLIER_OPENER = r"\W*(?:trước đó|trước đây|hồi|cách đây|đầu tháng|tuần trước|hôm trước|ngày \d{1,2}/\d{1,2}|theo phản ánh)(?!\w)"
# How badly someone was hurt, after a count ("6 người bị thương nhẹ", "2 người nguy kịch"): a part of
# the injured, compared only with a count of the same severity.
# Verbs by which a hospital counts those it took in ("bệnh viện đã tiếp nhận 9 người bị thương",
# "đang điều trị cho 6 nạn nhân"): one facility's share of a toll, which it may not exceed.
FACILITY_COUNT_VERBS = r"(?<!\w)(?:tiếp nhận|điều trị|cấp cứu|chuyển đến|đưa đến)(?!\w)"
SEVERITY_WORDS = r"(?<!\w)(?:nhẹ|nặng|rất nặng|nguy kịch|nguy hiểm đến tính mạng)(?!\w)"
# What a denial answers when it comes later in the body: an accusation, a complaint, a post.
ACCUSATION_WORDS = (r"(?<!\w)(?:phản ánh|tố cáo|tố giác|cáo buộc|chỉ trích|khiếu nại|kêu cứu|lan truyền|đăng bài|"
                    r"đăng tải|cho rằng|nghi vấn|tố)(?!\w)")
# Posts and accounts as the place a claim spread ("một tài khoản Facebook đăng bài ...", "video trên
# YouTube"): a denial of "thông tin trên mạng" answers them.
# ("tài khoản" only as a named account on a platform, "tài khoản “Mẹ bỉm ...”", "tài khoản có tên":
# one of a bank or a brokerage, "qua tài khoản của em họ", "27 tài khoản mua bán", is no post)
ONLINE_POSTS = (r"(?<!\w)(?:facebook|youtube|tiktok|zalo|tài khoản(?=\s+(?:mạng|có tên|tên|ảo|[“\"'«]|(?-i:[A-ZĐ])"
                r"|đăng|chia sẻ|bình luận|lan truyền|phát tán|livestream))"  # "Nhiều tài khoản đăng tải ...": posting accounts
                r"|bài đăng|đăng bài|đoạn video|clip|diễn đàn|hội nhóm)(?!\w)")
# A social-media account given by its screen name ("Tài khoản Facebook Hà Thu", "Một tài khoản
# tên Minh Khoa", "tài khoản “Huy Trần”"): the name, when it reads as a person's, is the source;
# a handle that does not ("tài khoản TikTok “Mẹ bỉm Phú Hòa”") stays an unnamed account.
NAMED_ACCOUNT = (r"(?i:(?:một\s+)?tài khoản(?:\s+(?:facebook|tiktok|zalo|youtube|instagram|threads|mạng xã hội))?"
                 r"(?:\s+(?:có\s+|mang\s+)?tên)?)\s+[“\"']?(?P<name>[^“”\"'()]+?)[”\"']?")
# A sentence that opens with one day ("Trong ngày 20/3, toàn tỉnh chỉ khoảng 600 trẻ được tiêm"):
# its figures are that day's, not a running total's.
DAY_SCOPE_OPENER = r"\W*(?:riêng\s+)?trong\s+(?:ngày|hôm)\s+(?:\d{1,2}/\d{1,2}|hôm qua|hôm nay|nay|qua)(?!\d)"
# ... unless the sentence reports or totals: the opener then dates the report ("Trong ngày 8/10, Ban
# Chỉ huy cho biết vụ sạt lở đã làm 15 người chết"), or a running total overrides it.
DAY_OPENER_YIELDS = (r"(?<!\w)(?:cho biết|cho hay|thông báo|báo cáo|xác nhận|lũy kế|luỹ kế|tổng số|tổng cộng|"
                     r"từ đầu năm|từ đầu dịch|đã làm|làm chết)(?!\w)")
# A running or cumulative total ("tổng số ca nhiễm ... 501.649", "lũy kế", "từ đầu dịch").
# A toll of the event's own moment ("4 người chết tại chỗ"): no later report raises it, so two
# different figures for it disagree rather than follow one another.
AT_SCENE_AFTER = r"[^,;.]{0,25}?(?<!\w)tại chỗ(?!\w)"  # not "tại hiện trường": a search there goes on
# "chỉ khoảng 700", "chỉ có 12 em": a figure put as no more than that, answering a larger one.
ONLY_BEFORE_FIGURE = r"(?<!\w)chỉ(?:\s+(?:có|khoảng|chừng|gần|hơn|độ|là|mới|vỏn vẹn|đạt|ở|mức))*\s*$"  # (not "chỉ còn": what is left, a later step; "chỉ đạt", "chỉ ở mức": no more than)
# "700 trên tổng số 2.300 lao động": a part counted out of the total that follows, not a total.
OUT_OF_TOTAL_AFTER = r"\s*(?:người\s+)?(?:trên|trong)\s+(?:tổng số|tổng cộng|số)\s"
CUMULATIVE_SCOPE = r"(?<!\w)(?:tổng số|tổng cộng|lũy kế|luỹ kế|cộng dồn|từ đầu dịch|nâng tổng số|tổng cộng có)(?!\w)"
# A figure aimed at, planned or forecast, not one reached: never compared with a figure reached
# ("phấn đấu giải ngân ít nhất 95%" against "mới giải ngân được 14,2%").
# After a denial marker, words that make it something else: "không có cơ sở nào / y tế" (no facility).
NOT_A_DENIAL_AFTER: dict[str, str] = {
    "không có cơ sở": r"\s+(?:nào(?!\s+(?:để|cho thấy|chứng minh|khẳng định))|y tế|khám|sản xuất|kinh doanh|vật chất|giáo dục)(?!\w)"}
# A past event's figure: "từng làm 2 người bị thương" (had once), "Hồi tháng 1, ...", "Năm ngoái, ...".
# ("Năm 2024," opens a year's report as often as an earlier event: not a marker)
PAST_EVENT_BEFORE = (r"(?:(?<!\w)từng\s+(?:[^\W\d]+\s+){0,3}$|^\W*(?:hồi\s+tháng\s+\d+|năm ngoái|năm trước)\s*,"
                     r"|(?<!\w)(?:kỷ lục|mức|con số|đỉnh)\s+cũ\s*(?:là\s+)?$)")  # "vượt kỷ lục cũ 53.050 MW": the record before
# A plan's own figure: "hoàn thành 105% kế hoạch lợi nhuận 8.500 tỷ đồng" (8.500 is the plan, not
# the result), "kế hoạch" within the few words right before the figure.
PLAN_BEFORE = (r"(?<!vượt )(?<!thành )(?<!đạt )(?<!\w)kế hoạch(?:\s+[^\W\d]+){0,4}\s*$"
               r"|(?<!vượt )(?<!thành )(?<!đạt )(?<!hiện )(?<!\w)kế hoạch(?:\s+[^\W\d]+){0,5}\s+là\s*$")  # ("Kế hoạch năm nay của tỉnh là 1,3 tỷ USD")
# Right after a percentage, what it is a share of: the plan or estimate ("hoàn thành 24% kế hoạch năm"),
# progress over some period, never the result itself.
SHARE_OF_PLAN_AFTER = r"^\s*(?:\S+\s+)?(?:kế hoạch|dự toán|chỉ tiêu)(?!\w)"
# "tỷ lệ X": which ratio a percentage is ("tỷ lệ nợ xấu" is not "tỷ lệ bao phủ nợ xấu").
RATE_NAME = r"(?<!\w)tỷ lệ\s+([^\W\d]+(?:\s+(?!(?:là|giảm|tăng|đạt|ở|được|chỉ|còn|khoảng|vào|trên|dưới|chiếm|lên|xuống|có|từ)(?!\w))[^\W\d]+)?)"
TARGET_LEADS = (r"(?<!\w)(?:phấn đấu|mục tiêu|chỉ tiêu|kế hoạch đề ra|đặt kế hoạch|"
                r"nhằm đạt|hướng tới|cam kết|đặt (?:ra |ở )?mức|"  # "được ... đặt ở mức 8,5 tỷ USD": a target set
                r"cần thêm|cần đạt|"  # "quý IV cần thêm 1.555 doanh nghiệp": what is still needed, not done
                # a window still to come is a forecast: "trong 24 giờ tới ... mưa 50-100 mm"
                r"trong\s+(?:\d+\s+|những\s+|các\s+|vài\s+)?(?:giờ|ngày|tuần|tháng|năm)\s+tới|sắp tới|thời gian tới)(?!\w)")
# A forecast, not a plan: "Hiệp hội dự báo xuất khẩu cả năm đạt 3,8 tỷ USD" is set against other
# forecasts, never against the plan ("Kế hoạch năm nay là 1,3 tỷ USD") or a result.
FORECAST_LEADS = r"(?<!\w)(?:dự báo|dự kiến|kỳ vọng)(?!\w)"  # ("dự kiến ... cả năm đạt": expected, as a forecast is)
# Windows ahead that also open what will be done for people counted now ("Thời gian tới bệnh viện sẽ
# miễn viện phí cho 80 học sinh phải nhập viện"): a figure with its own harm keeps its scope.
VAGUE_WINDOWS = r"(?<!\w)(?:sắp tới|thời gian tới)(?!\w)"
# A figure after a comparative is the gap between two figures, not a figure of the quantity
# ("thấp hơn 1 điểm so với", "cao hơn 3 người", "nhiều hơn 20 ca"): never compared as one.
DIFFERENCE_LEADS = r"(?<!\w)(?:cao|thấp|nhiều|ít|lớn|nhỏ|tăng|giảm|chênh(?: lệch)?)\s+hơn\s*(?:khoảng|gần)?\s*$"
# A count of people or things risen or fallen by some amount ("tăng 1 người so với thông tin ban
# đầu"; "tăng lên 6" is the new level) is a gap too; a growth rate or a price change ("tăng 12% so
# với cùng kỳ") is a figure of its own and is compared with its kind.
CHANGE_BY_LEADS = r"(?<!\w)(?:tăng(?:\s+thêm)?|giảm(?:\s+bớt)?)\s*(?:khoảng|gần)?\s*$"
# A figure said to cover every group ("4.650 thí sinh trúng tuyển theo tất cả các phương thức"):
# the whole, never set against a figure for one of the groups.
ALL_GROUPS_SCOPE = (r"(?<!\w)(?:tất cả các|toàn bộ các|theo tất cả|của tất cả"
                    # a whole province's sum, not one event's
                    r"|tính chung(?: toàn| cả)?|trên địa bàn (?:toàn )?(?:tỉnh|thành phố))(?!\w)")
# ... and the "so với" that must follow in its clause ("nhiều hơn 300 người" alone is "over 300")
DIFFERENCE_AFTER = r"[^,.;:]{0,40}?(?<!\w)so với(?!\w)"
# ... or the base named between the comparative and the gap ("cao hơn số đo tại trạm từ 2 đến 4
# độ C"): the figure is still how far apart, not a level.
DIFFERENCE_WITH_BASE_LEADS = (r"(?<!\w)(?:cao|thấp|nhiều|ít|lớn|nhỏ|đắt|rẻ)\s+hơn\s+"
                              r"(?:(?!(?:với|còn|lên|xuống|đạt|mức|là)(?!\w))[^\W\d]\w*\s+){1,8}?"  # (no level word: "với 320 ca", "ở mức 7,4%")
                              r"(?:từ\s+)?(?:khoảng|gần|chừng)?\s*(?:\d+(?:,\d+)?\s*(?:đến|tới|-|–)\s*)?$")
# A figure right after "so với" (and a word or three naming it) is the base a change is measured
# against ("giảm so với mức đỉnh hơn 660 USD/tấn hồi đầu năm"): another moment's figure.
BASELINE_LEADS = (r"(?<!\w)so với\s+(?:(?!(?:còn|lên|xuống|đạt|ở|với|là)(?!\w))[^\W\d]+\s+){0,3}?"
                  r"(?:hơn|khoảng|gần|chừng)?\s*$")  # (not "so với tuần trước còn 45 ca": the new level)
# Counters for people that say nothing of who they are: the "số ..." phrase names them.
PERSON_COUNTERS: frozenset[str] = frozenset({"em", "cháu", "bé"})  # not "người": the usual unit, kept as is
# A count of months as written ("10", "mười một"), in the period phrases below.
_MONTH_COUNT = r"(?:\d+|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười(?: một)?)"
# A total over a calendar period, not over one event: a year-to-date or last year's toll is never
# one event's toll (a running total of one epidemic, "từ đầu dịch", is cumulative, not this) ("Từ đầu năm đến nay ... 4 vụ, làm 5 người chết" against this accident's 3).
PERIOD_SCOPE = (r"(?<!\w)(?:từ đầu năm|từ đầu mùa(?:\s+\w+)?|từ năm \d{4}|trong năm \d{4}"
                rf"|{_MONTH_COUNT} tháng đầu năm|nửa đầu năm"  # "7 tháng đầu năm 2026", the first half
                r"|\d+ tháng(?: của)? năm \d{4}"  # "10 tháng năm 2024": months summed
                rf"|{_MONTH_COUNT} tháng (?:vừa |đã )?qua"  # "10 tháng qua": the year so far
                rf"|trong {_MONTH_COUNT} tháng(?!\s+(?:tới|nữa|sau|liền))"  # "trong 10 tháng": summed
                # "Sau 9 tháng, ..." opening its clause sums the months; "sau 6 tháng kể từ đợt bùng phát" counts from an event
                rf"|sau {_MONTH_COUNT} tháng(?=\s*,)"
                r"|quý (?:i{1,3}|iv|\d)(?!\w)|(?:tuần|tháng) đầu(?: tiên)?(?: của)? năm"  # "quý III" (read lower-cased)
                r"|cùng kỳ(?: năm (?:ngoái|trước|\d{4}))?"  # "Cùng kỳ năm 2025, thành phố ghi nhận 20.480 ca": last year's
                r"|năm ngoái|năm trước)(?!\w)")  # last year's figure ("Năm ngoái, một vụ ... khiến 14 người bị thương")
# A stretch of several days a tally covers ("trong 9 ngày nghỉ Tết", "suốt 5 ngày"): its figures are
# sums over the stretch, and one day's figure ("Ngày 1/2 ... 58 vụ") is a part of them, not a rival.
# Words between a figure and a correction word of one sentence that say the figure was changed
# later ("ghi 27 người, song sau đó đã đính chính còn 21"): the sentence corrects its own figure.
THEN_CHANGED = r"(?<!\w)(?:song|nhưng|sau đó|rồi|về sau)(?!\w)"
# "toàn huyện", "cả tỉnh": the whole of a unit the sentence named before ("ông X, Chủ tịch UBND
# huyện Phù Mỹ, khẳng định toàn huyện có 690 nhà hư hỏng"): the figure holds there; so does the
# bare unit that has or records it ("Chánh văn phòng ... TP Huế, cho biết ... thành phố đã có 4
# người chết").
_UNITS_OF_A_WHOLE = "huyện|tỉnh|xã|quận|phường|thị xã|thành phố"
_ADVERBS_BEFORE_HAVING = ("đã", "cũng", "vẫn", "mới", "chỉ", "hiện")  # "thành phố đã có", "tỉnh hiện ghi nhận"
WHOLE_UNIT = (rf"(?<!\w)(?:(?:toàn|cả)\s+(?=(?:{_UNITS_OF_A_WHOLE})(?!\w))"
              # (the unit opening its clause, not "thôn 1 của xã có 5 người chết": the hamlet's)
              rf"|(?:^|(?<=, )|(?<=: )|(?<=rằng ))(?=(?:{_UNITS_OF_A_WHOLE})\s+(?:(?:{'|'.join(_ADVERBS_BEFORE_HAVING)})\s+)*"
              rf"(?:có|ghi nhận)(?!\w)))"
              rf"({_UNITS_OF_A_WHOLE})(?!\w)")
# A cut-off date a running total holds to ("tính đến ngày 12/10"): no one day's figure.
CUMULATIVE_AS_OF = r"(?<!\w)(?:tính đến|tính tới|đến hết|tới hết|lũy kế|luỹ kế)(?!\w)"
SPAN_OF_DAYS = r"(?<!\w)(?:trong|suốt)\s+(?:\d+|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+ngày(?!\w)"
# An average, in a figure's clause before it: "năng suất bình quân toàn tỉnh ước đạt 5,9 tấn/ha" is
# no single field's yield, nor one household's "6,5 tấn/ha".
AVERAGE_BEFORE = r"(?<!\w)(?:bình quân|trung bình)(?!\w)"
# A sentence that opens with last week or month gives that period's tally ("Tuần trước, thành phố
# ghi nhận 1.176 ca"); inside a sentence the words date one event ("vụ sạt lở xảy ra tuần trước").
LAST_PERIOD_OPENER = r"^\W*(?:trong\s+)?(?:tuần|tháng)\s+trước\s*,"
# A sentence that opens with a year gives that year's totals ("Năm 2025, tuyến cao tốc này xảy ra
# 31 vụ tai nạn", also after statistics: "Theo số liệu của X, năm 2023 tuyến ..."; not "Theo Bộ
# Công an, năm 2022 vụ cháy ...", the year of one event); a year inside the sentence ("xảy ra tháng 9 năm 2023, làm 56 người
# chết") dates one event and is not this.
PERIOD_OPENER = (r"^\W*(?:(?:trong\s+)?năm \d{4}\s*,"
                 r"|theo\s+(?:số liệu|thống kê|báo cáo)[^,]{0,80},\s*(?:trong\s+)?năm \d{4}(?:\s*,|\s+(?!\d))"
                 # "(Theo thống kê của X,) từ khi đưa vào khai thác tháng 9/2023 đến nay, ...": since then
                 r"|(?:theo\s+[^,]{0,80},\s*)?từ\s+khi(?!\w)[^,]{0,60}?đến nay\s*,)")  # (not "từ ngày 8/9 đến nay": one flood's running toll)
# Words that call a sum of money a price (so "giá 25.000 đồng" may be set against "25.000
# đồng/kg"); "trị giá" and "giá trị" (worth, value) are totals.
PRICE_WORDS = r"(?<!\w)(?<!trị )giá(?! trị)(?!\w)"
# Words that present a figure as the state after a change: a later figure, an update of the one
# before ("số người chết đã tăng lên 17", "nâng tổng số lên", "giảm còn", "giảm từ 9 xuống còn 3").
RISE_LEADS = r"(?<!\w)(?:tăng lên|đã lên(?:\s+(?:tới|đến))?|nâng(?:\s+\S+){0,7}\s+lên|vọt lên|giảm xuống|giảm còn|hạ xuống|lên con số|tăng thành|giảm từ [\d.,]+ xuống(?: còn)?|tăng từ [\d.,]+ lên)(?:\s+(?:con số|mức|khoảng|hơn))?\s*$"
# ... of which these say it fell ("số người mất tích giảm xuống 3" as bodies are found): of two
# such figures of one toll, the lower is the later
FALL_LEADS = r"(?<!\w)(?:giảm xuống|giảm còn|hạ xuống|giảm từ [\d.,]+ xuống(?: còn)?)(?:\s+(?:con số|mức|khoảng|hơn))?\s*$"
# Words that present a figure as the old, wrong value in a correction ("là 15 người, không phải 51
# người", "thay vì 51", "sửa từ 51").
OLD_VALUE_LEADS = r"(?<!\w)(?:không phải|chứ không phải|thay vì|chứ không|sửa từ|điều chỉnh từ|nhầm thành|nhầm là|ghi nhầm là|sai thành|sai là)(?:\s+(?:là|con số|mức))?(?:\s+(?:hơn|khoảng|gần|trên|dưới|chừng|ít nhất))?\s*$"  # "thay vì hơn 1,2 triệu"
# ("bị công bố sai thành 27,85 điểm": the wrong figure as published)
# One instance of several, before its figure: "Lần nhận tiền lớn nhất ... 4 tỷ đồng", "Đợt đầu tiên
# ... 200 hộ", "mỗi lần 500 triệu": a part of a total, never a rival to it.
ONE_INSTANCE_LEADS = (r"(?<!\w)(?:(?:lần|đợt|khoản|chuyến)(?:\s+\w+){0,3}?\s+(?:lớn nhất|nhỏ nhất|cao nhất|đầu tiên|cuối cùng|sau cùng)"
                      r"|mỗi\s+(?:lần|đợt|khoản|chuyến))(?!\w)")
# A first, provisional figure that later ones update ("theo thông tin ban đầu", "thống kê sơ bộ").
INITIAL_MARKERS = r"(?<!\w)(?:ban đầu|sơ bộ|bước đầu|tạm tính)(?!\w)"
# An estimate made while the event still went on ("Tối 17/3, khi lửa còn đang lan, đơn vị này ước
# tính diện tích cháy khoảng 15 ha"): an early step, whatever comes later. Both parts are needed: a
# clause of while alone dates the event ("khi mọi người vẫn đang ngủ, đám cháy làm 8 người bị thương").
WHILE_ONGOING = r"(?<!\w)khi\s+(?:\w+\s+){0,3}?(?:còn|vẫn)\s+đang(?!\w)"
ESTIMATE_VERBS = r"(?<!\w)(?:ước tính|ước chừng|tạm tính|dự tính)(?!\w)"
# A figure said to be wrong right after it: "120 sinh viên là chưa chính xác", "con số 40 ha là sai".
# ("120 sinh viên là sai hoàn toàn"; without "là" only at the clause's end: "40 hồ sơ sai quy định",
# "không đúng quy định" say what the files are)
OLD_VALUE_AFTER = (r"^[^,;.]{0,15}?(?:là\s+(?:hoàn toàn\s+)?(?:(?:chưa|không)\s+(?:chính xác|đúng)|sai|nhầm)(?!\w)"
                   r"|(?:(?:chưa|không)\s+(?:chính xác|đúng)|sai(?:\s+sự thật)?|nhầm(?:\s+lẫn)?)(?=\s*(?:[,.;:]|$))"
                   # "đã ghi ... là 9,8%, con số chính xác là 8,9%": the figure the right one replaces
                   r"|\s*[,;]\s*(?:trong khi\s+)?(?:con số|số liệu|mức|tỷ lệ)\s+(?:chính xác|đúng)\s+(?:phải\s+)?là(?!\w))")
# A headline with these makes the article a correction notice: every figure it gives for a matter
# corrects the one published before ("Đính chính tổng mức đầu tư dự án ..."), whatever its wording.
CORRECTION_NOTICES: tuple[str, ...] = ("đính chính", "cải chính")
# Heads that name a sector or field of a whole economy or service ("khu vực nông nghiệp tăng
# 3,1%", "ngành du lịch"): a part, set against the same sector's figure only.
SECTOR_HEADS: tuple[str, ...] = ("khu vực", "ngành", "lĩnh vực")
# Words for a thing's size right before a figure ("dài 88 km", "rộng 20 m", "sâu 5 m",
# "dày 2 cm"): its dimension, never an amount that happened.
# Local units a text names as its own without a name ("tỷ lệ tốt nghiệp của tỉnh", "toàn huyện"):
# such a figure is that place's, a part of the national one.
LOCAL_UNITS: tuple[str, ...] = ("tỉnh", "thành phố", "huyện", "quận", "xã", "phường", "thị xã")
# A whole economy's measure, against which a sector's figure is a part ("GRDP tăng 8,12%" /
# "khu vực nông nghiệp tăng 3,1%").
WHOLE_ECONOMY: tuple[str, ...] = ("grdp", "gdp", "tổng sản phẩm", "nền kinh tế", "toàn nền kinh tế")
DIMENSION_WORDS: frozenset[str] = frozenset({"dài", "rộng", "sâu", "dày"})  # ("cao" also means high: "tăng cao")
# Heads of state bodies: "Sở Y tế tỉnh Khánh Hòa" speaks for "Khánh Hòa" in a headline ("Hiệp hội
# Du lịch Khánh Hòa", an association, does not), and only such a body is "cơ quan này".
STATE_BODY_HEADS: tuple[str, ...] = ("sở", "ubnd", "ủy ban nhân dân", "hđnd", "hội đồng nhân dân", "công an", "bộ",
                                     "cục", "chi cục", "ban chỉ đạo", "ban chỉ huy", "bộ chỉ huy", "thanh tra",
                                     "chính phủ", "văn phòng", "trung tâm kiểm soát bệnh tật", "tỉnh ủy", "thành ủy",
                                     "ngân hàng nhà nước", "ban quản lý")  # (the central bank; a management board)
# Words that say a notice's figure stands as published ("vẫn giữ nguyên", "không thay đổi"): it
# corrects nothing.
UNCHANGED_MARKERS: tuple[str, ...] = ("giữ nguyên", "không thay đổi", "không đổi", "vẫn đúng")
# How a correction notice quotes what was published, so that the figure it gives there is the
# one corrected ("Trong bài viết ... báo đưa tin", "đã bị ghi thành 312 bài", "không phải 312 bài").
PUBLICATION_QUOTES: tuple[str, ...] = ("bài viết", "bài báo", "tin bài", "đưa tin", "đăng tải", "đã đăng", "đăng ngày",
                                       "ghi thành", "không phải")
# Markers of a correction: a figure in such a sentence puts right one given before ("Đính chính:",
# "do sai sót", "nhầm lẫn"). "điều chỉnh" alone is a price or plan change, so only with what it corrects.
CORRECTION_MARKERS: tuple[str, ...] = (
    "đính chính", "sai sót", "nhầm lẫn", "ghi nhầm", "bị nhầm", "đưa nhầm", "điều chỉnh lại", "điều chỉnh số liệu",
    "điều chỉnh con số", "điều chỉnh thông tin", "con số chính xác", "số liệu chính xác", "con số đúng",
    "sau điều chỉnh", "báo cáo điều chỉnh",  # a company's restated accounts: "lợi nhuận sau điều chỉnh đạt ..."
)
# A correction that points back at the figure it puts right ("cho biết đây là nhầm lẫn", "con số
# trên bị ghi nhầm"): a demonstrative a few words before the correction word; it means the figure
# given just before, not the one nearest in value ("sau đó đính chính" is "then", no pointing).
POINTING_CORRECTION = (r"(?<!\w)(?:đây|(?<!sau )(?<!trước )(?<!khi )(?<!lúc )(?<!từ )đó|điều này|con số (?:này|trên|đó)|số liệu (?:này|trên|đó)|thông tin (?:này|trên))"
                       r"\s+(?:\w+\s+){0,3}?(?:là\s+)?(?:do\s+)?(?:một\s+)?(?:sự\s+)?$")
# Descriptions set right after a person's name, then a number: the mention goes on past them to
# its cue ("Bà Lê Thị Hoa sinh năm 1980 kể lại ...": born in).
NAME_ASIDES_BEFORE_NUMBER: tuple[str, ...] = ("sinh năm",)
# Words before a number that make it a label, not a count ("học sinh lớp 12 chia sẻ", "tổ dân phố 5
# kể", "sinh năm 1980 kể"): a cue after such a number is still a verb.
NUMBER_LABELS: frozenset[str] = frozenset({"lớp", "phường", "tổ", "phố", "quận", "năm", "số", "khu", "ấp", "xóm",
                                          "đội", "phòng", "khoa", "khóa", "tầng", "kỳ", "mùa", "tuổi",
                                          "tháng", "ngày", "quý"})  # a date: "hồi tháng 7 nêu rõ"
# Economic measures a sum of money or a rate is a figure of: two figures whose clauses name
# different measures ("doanh thu thuần ... 2.450 tỷ" / "lợi nhuận sau thuế ... 186 tỷ") are two
# quantities however alike their units.
# Physical levels said of something named right after them: "mực nước sông" at a gauge is not
# "mực nước hồ chứa" behind a dam; "lưu lượng về hồ" (inflow) is not "lưu lượng xả" (release).
LEVEL_NOUNS: tuple[str, ...] = ("mực nước", "lưu lượng", "lượng mưa", "nhiệt độ", "độ sâu", "dung tích")
# ... and what they are said of: the first of these within three words of the level ("mực nước
# thượng lưu hồ" is the reservoir's, as "mực nước hồ" is)
LEVEL_OWNERS: frozenset[str] = frozenset({"sông", "hồ", "suối", "biển", "kênh", "hạ du", "hạ lưu", "xả", "về"})
# Verbs whose object is the goods a figure is of ("xuất khẩu gạo", "sản xuất thép"): the things an
# article compares are found after them (`conflicts.things`).
TRADE_VERBS: tuple[str, ...] = (
    "xuất khẩu", "nhập khẩu",   # exports, imports of a good
    "sản xuất",                 # producing a good
    "tiêu thụ",                 # consuming or selling a good
    "thu mua",                  # buying up a crop
    "thu hoạch",                # harvesting a crop
)
# Units whose count is of goods, so that the noun after them says which ("2,28 triệu tấn gạo").
GOODS_UNITS: frozenset[str] = frozenset({"tấn", "kg", "tạ", "lít", "thùng", "bao", "container", "con", "m3"})
# Periods named after a figure or a trade verb, which are no goods ("xuất khẩu quý I", "tấn mỗi năm").
PERIOD_NAMES: frozenset[str] = frozenset({"quý", "kỳ", "mỗi", "vụ", "đợt", "bình quân", "trung bình"})
# Topic openers that set what a sentence is about ("Với cà phê, ...", "Riêng mặt hàng thép, ...").
TOPIC_OPENERS: tuple[str, ...] = ("với", "riêng", "đối với", "riêng với", "ở mặt hàng", "với mặt hàng", "riêng mặt hàng")
MEASURE_NOUNS: tuple[str, ...] = (
    "doanh thu",       # revenue
    "lợi nhuận",       # profit
    "lãi suất",        # interest rate (before "lãi", which is profit)
    "lãi vay",         # interest paid on loans, a cost (before "lãi", which is profit)
    "lỗ",              # loss
    "xuất khẩu",       # exports
    "nhập khẩu",       # imports
    "vốn",             # capital
    "chi phí",         # costs
    "dư nợ",           # outstanding loans
    "nợ",              # debt
    "tổng tài sản",    # total assets
    "cổ tức",          # dividend
    "giá",             # price
    "ngân sách",       # budget
    "thu ngân sách",   # budget revenue
    "giải ngân",       # disbursement
    "thiệt hại",       # damage
    "tiền phạt",       # fine
    "lương",           # wages
    "thu nhập",        # income
    "tăng trưởng",     # growth
    "lạm phát",        # inflation
    "thị phần",        # market share
    "khối lượng",      # volume of work done
    "tiến độ",         # progress
    "đầu tư",          # investment ("thu hút đầu tư trực tiếp nước ngoài", "tổng mức đầu tư")
    "fdi",             # foreign direct investment, by its acronym (matched in lower case)
    "số dư",           # a balance held ("tổng số dư tiền gửi ... 4.300 tỷ")
    "rút tiền",        # money withdrawn ("rút tiền gửi ... 96 tỷ"), not the balance
    "grdp", "gdp", "tổng sản phẩm",  # a province's or country's output ("GRDP quý I tăng 9,8%")
    "giá trị sản xuất",  # output value of a sector ("giá trị sản xuất công nghiệp ... tăng 15,7%")
    "chỉ số giá", "cpi",  # consumer prices
    "kim ngạch", "trị giá",  # the value of trade ("kim ngạch đạt 8,2 tỷ USD, tăng 33%"), not a price
)
# Qualifiers that split one measure into kinds that cannot be one figure: a clause naming one side
# and another naming the other measure two things ("vốn đăng ký" / "vốn giải ngân").
OPPOSED_QUALIFIERS: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (("đăng ký", "cam kết"), ("giải ngân", "thực hiện")),  # capital pledged / capital actually spent
    (("sơ cấp",), ("thứ cấp",)),  # a developer's first sale / resale
    (("xuất khẩu",), ("nhập khẩu",)),  # exports / imports
    (("kế hoạch", "dự toán", "mục tiêu"), ("thực tế", "ước đạt")),  # a plan / what was achieved
)
# A share moving in price ("cổ phiếu HPJ giảm 4,6%", matched lower case): its price is measured, not the firm's
# results (shares bought, "mua 38% cổ phiếu ... 7,7 tỷ USD", are a deal's size, no measure of it).
SHARE_PRICE_MOVE = (r"(?<!\w)(?<!lượng )(?<!số )cổ phiếu(?:\s+của\s+\S+(?:\s+\S+){0,3}?|\s+[a-z0-9]{2,5})?\s+(?:đã\s+|vẫn\s+)?"
                    r"(?:giảm|tăng|mất|lên|xuống)(?:\s+(?:hơn|tới|gần|khoảng|thêm))?\s*$")
# Words for one measure: "lãi quý III" is the profit ("lợi nhuận") of the quarter.
MEASURE_SYNONYMS: dict[str, str] = {
    "lãi": "lợi nhuận",   # profit, short
    "chi phí lãi vay": "lãi vay",  # interest expense, however it is written
    "giá cổ phiếu": "cổ phiếu",    # a share's price
    "đầu tư": "vốn",      # a project's "tổng mức đầu tư" is its "tổng vốn"
    "fdi": "vốn",         # foreign direct investment is capital too (not exports)
    "gdp": "grdp", "tổng sản phẩm": "grdp",  # one output measure, national or provincial
    "cpi": "chỉ số giá",
    "trị giá": "kim ngạch",  # "xuất khẩu ... trị giá 1,56 tỷ USD": the trade's value
}
# The periods a figure may be summed over, in its clause: "9 tháng" (year to date), "tháng 9",
# "quý III", "năm 2024", "6 tháng đầu năm". Two figures for different periods are not one quantity.
PERIOD_PATTERNS: tuple[str, ...] = (
    r"(?<!\w)(\d{1,2})\s+tháng(?:\s+đầu\s+năm)?(?!\s*\d)",  # "9 tháng", "6 tháng đầu năm": months summed
    r"(?<!\w)tháng\s+(\d{1,2})(?![\d/])",  # "tháng 9": one month
    r"(?<!\w)quý\s+([IV]{1,3}|\d)(?!\w)",  # "quý III"
    r"(?<!\w)(?:cả\s+)?năm\s+(\d{4})(?!\w)",  # "năm 2024"
    r"(?<!\w)(nửa đầu năm|nửa cuối năm|cả năm|tuần qua|tuần này)(?!\w)",
    r"(?<!\w)từ đầu\s+(năm|mùa khô|mùa mưa|mùa|tháng|tuần|vụ)(?!\w)",  # "từ đầu năm" and "từ đầu mùa khô": two stretches
)
# What a change is measured against: "tăng 8% so với tháng trước" and "tăng 15,3% so với cùng kỳ"
# are changes of two kinds.
CHANGE_BASE = r"(?<!\w)so với\s+((?:(?!và\b|là\b|trong\b|khi\b|nhưng\b)\w+\s*){1,3})"
# A numbered event of a season: "bão số 3" and "bão số 4" are two storms, whatever else the two
# sentences share.
EVENT_ORDINAL = r"(?<!\w)(?:bão|cơn bão|áp thấp nhiệt đới|đợt lũ|đợt mưa lũ|đợt nắng nóng|đợt rét)\s+số\s+(\d+)(?!\w)"
# How the scope of a matched frame is named to the editor.
SCOPE_LABELS: dict[str, str] = {"new": "số mới", "cumulative": "tổng cộng dồn", "period": "lũy kế cả giai đoạn",
                                "target": "chỉ tiêu, kế hoạch", "forecast": "dự báo, dự kiến", "difference": "mức chênh lệch",
                                "all": "tổng của mọi nhóm", "at_scene": "tại chỗ", "one": "một trường hợp", "baseline": "mốc so sánh"}

# Information said to spread on social media ("lan truyền trên mạng xã hội", "tin đồn"): against an
# authority's denial or different figure it makes a denial pair, whoever is credited for it.
RUMOUR_MARKERS = (r"(?<!\w)(?:lan truyền|xuất hiện (?:thông tin|tin|trên mạng)|(?:tin đồn|đồn|đồn đoán)\s+(?:rằng|là|về)|"
                  r"cư dân mạng|dân mạng|trên mạng xã hội|trên facebook|trên tiktok|trên các hội nhóm|"
                  r"thông tin trên mạng)(?!\w)"
                  # posts or accounts as the subject of a claim ("Nhiều bài đăng kêu gọi ...", "Một số tài
                  # khoản còn chia sẻ hình ảnh ..."): what the rumour says, a sentence after its lead
                  r"|^\W*(?:nhiều|một số|các|những|có)\s+(?:bài đăng|tài khoản|hội nhóm)(?:\s+\S+){0,3}?"
                  r"\s+(?:còn\s+|cũng\s+|thậm chí\s+)?(?:kêu gọi|chia sẻ|khẳng định|cho rằng|tiết lộ)(?!\w)")
# (a sentence that only names a rumour, "xác định nguồn phát tán tin đồn", "bài đăng của một tài
# khoản", does not say what it claims: those words are not markers)
# Who counts as an authority answering a rumour: a body or a named person (not "nhiều người").
# Words that make a rumour the topic, not the claim: "thông báo về thông tin lan truyền trên mạng",
# "xác minh thông tin lan truyền" speak about what spreads without saying it.
ABOUT_A_RUMOUR = (r"(?:(?<!\w)(?:thông báo|thông cáo|phản hồi|xác minh|xử lý|làm rõ|lên tiếng|trả lời|bác bỏ)"
                  r"(?:\s+(?:chính thức|ngay|khẩn))?\s+(?:về|đối với|liên quan (?:đến|tới)|trước)?\s*"
                  # or a sentence that opens on the rumour as its topic: "Liên quan đến clip lan truyền ..., Công an ..."
                  r"|^\W*(?:về|trước|liên quan (?:đến|tới)|đối với)\s+"
                  # or fear of it as a cause: "kê cao đồ đạc ... vì lo ngại thông tin trên mạng"
                  r"|(?<!\w)(?:vì|do)\s+(?:lo ngại|lo sợ|sợ|hoang mang (?:trước|vì))\s+"
                  # or a figure set against it: "chỉ là 63 bài, không phải gần 200 như thông tin lan truyền"
                  r"|(?<!\w)như\s+)"
                  r"(?:(?:các|những|một số|nhiều|thông tin|tin đồn|tin|clip|video|bài đăng|hình ảnh|được|đang|đoạn)\s+)*$")
AUTHORITY_TYPES: tuple[str, ...] = ("organization", "person", "document")

# --------------------------------------------------------------------------- events (cross-article)
# Kinds of event, by the words that name them: two articles about one event name the same kind.
# Each word maps to its kind; longer words are matched first.
EVENT_KINDS: dict[str, str] = {
    "động đất": "earthquake", "dư chấn": "earthquake", "sóng thần": "tsunami",
    "bão": "storm", "áp thấp nhiệt đới": "storm", "lốc xoáy": "storm",
    # not a bare "lũ" ("lũ trẻ": children)
    "lũ quét": "flood", "mưa lũ": "flood", "lũ lụt": "flood", "nước lũ": "flood", "ngập lụt": "flood", "đỉnh lũ": "flood",
    "sạt lở": "landslide", "lở đất": "landslide",
    "cháy": "fire", "hỏa hoạn": "fire", "hoả hoạn": "fire",
    "vụ nổ": "explosion", "phát nổ": "explosion", "sập": "collapse",
    "tai nạn": "crash", "va chạm": "crash", "lật xe": "crash", "tông xe": "crash", "máy bay rơi": "crash",
    "đâm liên hoàn": "crash", "đâm vào nhau": "crash",  # vehicles striking one another ("đâm" alone also stabs)
    "lao xuống vực": "crash",  # a vehicle off a pass or a cliff road (a walker "rơi xuống vực" too)
    "thuốc giả": "counterfeit",  # seizures of fake drugs ("hàng giả" is carried in too many stories)
    "rơi máy bay": "crash", "chìm tàu": "sinking", "lật tàu": "sinking", "tàu chìm": "sinking",
    "lật phà": "sinking", "chìm phà": "sinking", "đắm tàu": "sinking",  # ferries capsize and sink as boats do
    "lật đò": "sinking", "chìm đò": "sinking", "lật thuyền": "sinking", "chìm thuyền": "sinking",  # river boats
    "lật ghe": "sinking", "chìm ghe": "sinking", "chìm xuồng": "sinking", "lật xuồng": "sinking",
    "giẫm đạp": "stampede", "chen lấn": "stampede",  # crowd crushes at concerts, festivals, stadiums
    "đuối nước": "drowning", "rò rỉ": "leak",  # drownings; gas and chemical leaks
    "ngộ độc": "poisoning",
    "xả lũ": "flood", "xả tràn": "flood",  # a dam's spillway release belongs to its flood's story
    # not a bare "dịch" ("dịch vụ": service)
    "dịch bệnh": "epidemic", "ổ dịch": "epidemic", "đại dịch": "epidemic", "ca nhiễm": "epidemic", "ca mắc": "epidemic",
    "sốt xuất huyết": "epidemic",
    "không kích": "attack", "tấn công": "attack", "đánh bom": "attack", "xả súng": "attack", "pháo kích": "attack",
    "bầu cử": "election", "biểu tình": "protest", "đình công": "strike",
    "mất điện": "outage", "cúp điện": "outage", "cắt điện": "outage",  # power cuts (heat, storms, faults)
    "nắng nóng": "heatwave",
    # exams cheated on or leaked; waste dumped; a fraud: stories followed up for days
    "thi hộ": "cheating", "gian lận thi": "cheating", "lộ đề": "cheating",
    "xả thải": "pollution", "ô nhiễm": "pollution", "cá chết": "pollution", "lừa đảo": "fraud",
    # a company's results and what is said of them: "lợi nhuận quý III", "báo cáo tài chính"
    "lợi nhuận": "earnings", "báo cáo tài chính": "earnings", "kết quả kinh doanh": "earnings",
    # a rumour and the authority's denial of it are one story: the report of the rumour and the
    # report of its denial share this kind whatever the rumour is about
    "lan truyền": "rumour", "tin đồn": "rumour", "bác bỏ thông tin": "rumour", "bác tin": "rumour",
    "không đúng sự thật": "rumour", "sai sự thật": "rumour", "thông tin sai lệch": "rumour",
}
# Days apart that two articles' dates may be and still report one event (a running story).
EVENT_DAYS = 4
# Words of a later step in a story, not the event itself: a lead timed to the minute with one
# of them ("Lúc 9h15 ngày 14/9, lực lượng cứu hộ tìm thấy thêm 2 thi thể ...") dates the step.
FOLLOW_UP_WORDS: tuple[str, ...] = ("thêm", "tìm thấy", "phát hiện", "tiếp tục", "khởi tố", "bắt giữ", "tạm giữ",
                                    "đưa thi thể", "tử vong tại bệnh viện")

# --------------------------------------------------------------------------- messages
# The reasons shown to the editor for each conflict, in the article's language.
REASONS: dict[str, str] = {
    "article": "chính bài báo",  # who states an unattributed claim
    "denial": "{a} bác bỏ (“{marker}”) điều {b} nêu",
    "opposite": "{a} nói “{x}”, trong khi {b} nói “{y}”",
    "explanations": "Hai cách giải thích khác nhau: {a} nêu “{x}”, {b} nêu “{y}”",
    "polarity": "{a} và {b} đưa ra hai khẳng định trái ngược về cùng một việc",
    "other_article": " [trong bài “{title}”]",
    "frame": "Số liệu khác nhau cho cùng một đại lượng ({parts}): “{x}” ({a}) so với “{y}” ({b})",
    "set_against": "Hai số liệu cho cùng một đại lượng, một bên nói rõ là khác bên kia: “{x}” ({a}) so với “{y}” ({b})",
    "update": "Số liệu cập nhật ({parts}): “{x}” ({a}{when_a}) thay cho “{y}” ({b}{when_b}), không phải mâu thuẫn",
    "correction": "Đính chính ({parts}): “{x}” ({a}) sửa “{y}” ({b})",
    "rumour_denial": "{a} bác bỏ thông tin lan truyền trên mạng mà {b} nêu",
    "rumour_figure": "{a} đưa số liệu khác với thông tin lan truyền trên mạng ({parts}): “{x}” so với “{y}”",
    "as_of": ", {when}",
    "moment": "Thời điểm xảy ra khác nhau cho cùng một sự việc ({what}): “{x}” ({a}) so với “{y}” ({b})",
}

