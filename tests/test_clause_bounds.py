"""Where a clause's actor, its action and its time begin and end, in press reports and letters.

Every text here is a fixture written for these tests, in the way portals, newspapers and offices write;
each expectation lists the tasks in order as (first word of the action, lead names, support names,
deadline text or None).
"""

from __future__ import annotations

import pytest

from pipeline.api import extract_text


def _tasks(text: str) -> list[tuple[str, list[str], list[str], str | None]]:
    return [(t.action.split()[0], [a.name for a in t.lead], [a.name for a in t.support],
             t.deadline.text if t.deadline else None) for t in extract_text(text).tasks]


CASES = {
    # "X làm đầu mối" names the body that coordinates, as "chủ trì" does
    "the body that is the focal point leads": (
        "UBND tỉnh yêu cầu các sở, ngành triển khai thực hiện nghiêm các nội dung trên. Sở Y tế làm đầu mối, "
        "phối hợp với Sở Tài chính tổng hợp báo cáo UBND tỉnh.",
        [("triển", ["các sở, ngành"], [], None), ("làm", ["Sở Y tế"], ["Sở Tài chính"], None)],
    ),
    # the head of each facility a sector answers for, by its kind in the law ("cơ sở giáo dục đại học")
    "the head of each facility of a kind is an addressee": (
        "Bộ Giáo dục và Đào tạo yêu cầu Giám đốc Sở, Thủ trưởng cơ sở giáo dục đại học lập biên bản và báo cáo "
        "ngay khi phát hiện sai phạm.",
        [("lập", ["Giám đốc Sở", "Thủ trưởng cơ sở giáo dục đại học"], [], "ngay")],
    ),
    # outside a rule, the contractors an official addresses act on his word
    "contractors addressed by an authority outside a rule": (
        "Phó Chủ tịch UBND thành phố đề nghị: đối với các đơn vị thi công tập trung nhân lực, máy móc đẩy nhanh "
        "tiến độ thi công các công trình.",
        [("tập", ["các đơn vị thi công"], [], None)],
    ),
    # a place named as the topic stands for its council
    "a place as the topic of a clause acts as its council": (
        "UBND thị xã yêu cầu UBND các phường khẩn trương hoàn thành sơ đồ quy hoạch. Riêng đối với phường Nghi "
        "Hương, cần triển khai tháo dỡ các ki ốt hết thời hạn kinh doanh.",
        [("khẩn", ["UBND các phường"], [], "khẩn trương"), ("cần", ["UBND phường Nghi Hương"], [], None)],
    ),
    # outside a rule, the bodies a case opens with do what its consequent says
    "the bodies a case names do what follows thì": (
        "Chủ tịch UBND tỉnh yêu cầu UBND các huyện rà soát số hộ thiếu đói. Trong trường hợp đặc biệt, những "
        "huyện không thể tự cân đối được nguồn kinh phí thì phải báo cáo UBND tỉnh trước ngày 05/01/2019.",
        [("rà", ["UBND các huyện"], [], None), ("phải", ["những huyện"], [], "trước ngày 05/01/2019")],
    ),
    # ... but a case of people is a rule's, and accountability no action
    "a case of people answering before the law is no task": (
        "Sở yêu cầu các đơn vị kiểm tra các mỏ. Trường hợp các tổ chức, cá nhân không dừng khai thác thì phải "
        "chịu trách nhiệm trước pháp luật.",
        [("kiểm", ["các đơn vị"], [], None)],
    ),
    # a discourse word, then a time, then a modal before the action
    "two short phrases and a modal before the action": (
        "Phó Chủ tịch yêu cầu UBND các phường hoàn thành sơ đồ quy hoạch. Đặc biệt, trong năm 2016, sẽ tiến "
        "hành cắt giảm các hộ kinh doanh trên quảng trường.",
        [("hoàn", ["UBND các phường"], [], None), ("trong", ["UBND các phường"], [], None)],
    ),
    # the month of the meeting where a request was made is not its deadline; a fronted due time is
    "a meeting's month before the request is no deadline": (
        "Sáng nay, tại cuộc họp giao ban tháng 5/2017, Chủ tịch UBND TP yêu cầu các sở chủ động cung cấp thông "
        "tin cho báo chí. Trước ngày 15/3, UBND tỉnh yêu cầu các sở báo cáo kết quả.",
        [("chủ", ["các sở"], [], None), ("báo", ["các sở"], [], "Trước ngày 15/3")],
    ),
    # the office of a person whose opinion an office conveys is no subject
    "an office in apposition to a person in a genitive": (
        "Văn phòng UBND tỉnh truyền đạt ý kiến của đồng chí Dương Xuân Huyên, Phó Chủ tịch Thường trực UBND tỉnh "
        "chỉ đạo, đôn đốc triển khai thực hiện công tác chuyển đổi số. Theo đó, yêu cầu Sở Khoa học và Công nghệ "
        "rà soát các nội dung thuộc trách nhiệm của địa phương.",
        [("rà", ["Sở Khoa học và Công nghệ"], [], None)],
    ),
    # by when, set off after the subject; bodies sent in to do the action ("vào hỗ trợ"), "BV" for "Bệnh viện"
    "a time set off after the subject and a body sent in": (
        "Bộ trưởng yêu cầu các bệnh viện nhanh chóng đưa thêm nhân lực vào các tỉnh này. Bệnh viện Bạch Mai, "
        "trong ngày mai (7/12/2021) phải cử thêm 1 đoàn cán bộ y tế đến An Giang; BV Việt Đức vào hỗ trợ tỉnh "
        "Bà Rịa - Vũng Tàu.",
        [("nhanh", ["các bệnh viện"], [], None), ("trong", ["Bệnh viện Bạch Mai"], [], None),
         ("vào", ["BV Việt Đức"], [], None)],
    ),
    # what a request leads to, in a sentence of its own, does not end the requests
    "a consequence between two requests keeps them going": (
        "UBND tỉnh yêu cầu UBND các huyện thành lập các đoàn kiểm tra công tác phòng chống rét. Từ đó có các "
        "biện pháp phòng chống rét hiệu quả. Bên cạnh đó, hướng dẫn cho nhân dân gia cố chuồng trại.",
        [("thành", ["UBND các huyện"], [], None), ("hướng", ["UBND các huyện"], [], None)],
    ),
    # tasks listed after "như" with no colon, one per ";"; "như" of a manner lists nothing
    "tasks listed after như without a colon": (
        "Chủ tịch UBND huyện yêu cầu các ngành thực hiện tốt một số nhiệm vụ trước mắt như tổ chức tốt Tuần văn "
        "hóa du lịch; tổ chức Hội nghị biểu dương người có công tiêu biểu. UBND tỉnh yêu cầu các Bộ khẩn trương "
        "triển khai các công việc như kiến nghị của Bộ Kế hoạch và Đầu tư; đề xuất cụ thể báo cáo Thủ tướng.",
        [("thực", ["các ngành"], [], None), ("tổ", ["các ngành"], [], None),
         ("khẩn", ["các Bộ"], [], "khẩn trương")],
    ),
    # those who fail answer for it: a sanction, no task
    "a sanction on those who fail is no task": (
        "Phó Chủ tịch yêu cầu các quận kiểm tra các công trình. Những đơn vị không thực hiện đúng chỉ đạo, buông "
        "lỏng quản lý, lãnh đạo đơn vị phải chịu trách nhiệm cá nhân trước Thường trực Thành ủy.",
        [("kiểm", ["UBND các quận"], [], None)],
    ),
    # "Việc <activity>, ... làm cơ sở ...": the activity named as a subject, its first comma a list
    "an activity named as the subject states what it serves": (
        "Theo kế hoạch, trước ngày 25-10, UBND các huyện phải báo cáo sơ bộ kết quả rà soát trên địa bàn. "
        "Việc điều tra, rà soát xác định hộ nghèo trên địa bàn tỉnh làm cơ sở thực hiện các chính sách năm 2019.",
        [("phải", ["UBND các huyện"], [], "trước ngày 25-10")],
    ),
    # "... và trước ngày B phải ...": the second step of the same body, with a time of its own
    "a step after và with its own time is a task of its own": (
        "Năm 2018, UBND các huyện phải báo cáo sơ bộ kết quả trước ngày 25-10 và trước ngày 16 tháng 11 năm "
        "2018 phải báo cáo chính thức kết quả về Sở Lao động - Thương binh và Xã hội.",
        [("phải", ["UBND các huyện"], [], "trước ngày 25-10"),
         ("trước", ["UBND các huyện"], [], "trước ngày 16 tháng 11 năm 2018")],
    ),
    # the stars a portal sets between two news items end the sentence before them
    "stars between two items end a sentence": (
        "Thủ tướng giao UBND tỉnh Tuyên Quang phối hợp với UBND tỉnh Phú Thọ triển khai Dự án theo quy định. "
        "** Về việc đầu tư đường ven biển, Phó Thủ tướng chỉ đạo UBND tỉnh Quảng Nam chủ động cân đối ngân sách "
        "để đầu tư Dự án.",
        [("phối", ["UBND tỉnh Tuyên Quang"], ["UBND tỉnh Phú Thọ"], None),
         ("chủ", ["UBND tỉnh Quảng Nam"], [], None)],
    ),
    # a topic "Về dự án ..." is no attendance ("Về dự Hội nghị có ..."); a deputy speaks after it
    "a project named as the topic, then a deputy's direction": (
        "Về dự án đường ven biển, Phó Thủ tướng chỉ đạo UBND tỉnh Quảng Nam chủ động cân đối ngân sách.",
        [("chủ", ["UBND tỉnh Quảng Nam"], [], None)],
    ),
    # grounds set off between a subject and its action, ending at the name of a body
    "grounds between a subject and its action": (
        "UBND các huyện trọng điểm, căn cứ vào chỉ tiêu kế hoạch được giao, chỉ đạo của Sở Nông nghiệp và "
        "Phát triển nông thôn tổ chức rà soát hiện trường, chuẩn bị đầy đủ cây giống.",
        [("tổ", ["UBND các huyện"], [], None)],
    ),
    # "A cùng B <action>": B works with A, the lead
    "a body acting with the lead is support": (
        "Nghị quyết đề nghị Bộ Lao động - Thương binh và Xã hội cùng các địa phương rà soát, giải quyết hồ sơ "
        "người có công còn tồn đọng.",
        [("cùng", ["Bộ Lao động - Thương binh và Xã hội"], ["các địa phương"], None)],
    ),
    # a group of a body's units, joined to the body by "của"
    "a body's units named with của are one addressee": (
        "Các Ban của HĐND tỉnh cũng đề nghị các cơ quan chuyên môn của UBND tỉnh nên có giải pháp hiệu quả "
        "trong việc thu hút đầu tư.",
        [("nên", ["các cơ quan chuyên môn của UBND tỉnh"], [], None)],
    ),
    # a competence aside with no comma before it, and a group named by the event it serves
    "a remit without its comma between a subject and its action": (
        "Các Tiểu ban tham mưu, giúp việc đại hội căn cứ vào chức năng, nhiệm vụ, khẩn trương rà soát kỹ lưỡng "
        "các nội dung, chương trình, kịch bản.",
        [("khẩn", ["Các Tiểu ban tham mưu, giúp việc đại hội"], [], "khẩn trương")],
    ),
    # where things stand now, told of a body, is no task
    "a body's failure told is no task": (
        "Văn phòng UBND tỉnh giao Sở Tài nguyên và Môi trường kiểm tra, báo cáo đề xuất Chủ tịch UBND tỉnh "
        "xem xét. Tuy nhiên, đến nay qua kiểm tra, rà soát Sở Tài nguyên và Môi trường chưa trình nội dung trên.",
        [("kiểm", ["Sở Tài nguyên và Môi trường"], [], None)],
    ),
    # an office's head named after its unit, and a directive's formula for every means to act
    "heads of local units and every means sought": (
        "Chủ tịch UBND thị xã yêu cầu:\n1. Trưởng phòng Kinh tế, Đồn trưởng Đồn Biên phòng cửa khẩu Cảng Gianh "
        "tìm mọi biện pháp thông báo, kêu gọi toàn bộ tàu thuyền vào bờ.\n",
        [("tìm", ["Trưởng Phòng Kinh tế", "Đồn trưởng Đồn Biên phòng cửa khẩu Cảng Gianh"], [], None)],
    ),
    # relief issued from the reserve, under a lead-in
    "relief issued from the reserve": (
        "Thủ tướng yêu cầu:\nBộ trưởng Bộ Tài chính xuất cấp cho Bộ Quốc phòng 100 tấn gạo từ dự trữ quốc gia.\n",
        [("xuất", ["Bộ trưởng Bộ Tài chính"], [], None)],
    ),
    # officials given tasks by person, then office, in a meeting's conclusions; a request as the first
    # bullet under a lead-in is no aims title, so the next bullet goes on the lead-in's actor
    "officials by person and a request under a lead-in": (
        "3. Về sản phẩm OCOP: Giao đ/c Huệ - PGĐ Sở chỉ đạo, Chi cục Phát triển Nông thôn tham mưu:\n"
        "- Yêu cầu các huyện gửi báo cáo về Chi cục tổng hợp trước ngày 25/11/2021.\n"
        "- Tham mưu thông qua hội đồng tỉnh trước ngày 11/12/2021.\n"
        "4. Giao đ/c Dũng – PGĐ Sở: chủ trì sắp xếp làm việc với huyện.\n",
        [("gửi", ["UBND các huyện"], [], "trước ngày 25/11/2021"),
         ("Tham", ["Phó Giám đốc Sở Huệ"], [], "trước ngày 11/12/2021"),
         ("sắp", ["Phó Giám đốc Sở Dũng"], [], None)],
    ),
    # the body a case's consequent names after "thì" acts, outside a rule
    "the body after thì in a case": (
        "Trong trường hợp các hộ dân không bố trí được nơi tạm lánh thì UBND các xã, thị trấn bố trí lực lượng "
        "hỗ trợ đưa người dân đến nơi an toàn.",
        [("bố", ["UBND các xã, thị trấn"], [], None)],
    ),
    # the hour before the day: two steps of one body with times of their own
    "hours before the day part two steps": (
        "Các xã còn lại tiếp tục rà soát; báo cáo Ủy ban nhân dân huyện trước 14h00' ngày 6/9/2024; thực hiện di "
        "dân ra khỏi vùng nguy hiểm trước 20h00' ngày 06/9/2024.",
        [("tiếp", ["Các xã còn lại"], [], "trước 14h00' ngày 6/9/2024"),
         ("thực", ["Các xã còn lại"], [], "trước 20h00' ngày 06/9/2024")],
    ),
    # what a submission proposes is no task; "yêu cầu tổ chức triển khai ..." names no "tổ chức" addressee
    "a submission's proposal and the verb tổ chức after a request": (
        "Theo tờ trình, Ban Nội chính Tỉnh ủy đề xuất bộ phận tham mưu về công tác nội chính đặt tại Văn phòng "
        "cấp ủy cấp huyện. Sở Giáo dục và Đào tạo yêu cầu tổ chức triển khai phổ biến nội dung Nghị định "
        "27/2015/NĐ-CP đến toàn thể nhà giáo.",
        [("yêu", ["Sở Giáo dục và Đào tạo"], [], None)],
    ),
    # a press report tells whom a dispatch was sent to, then quotes its words: they are asked of those bodies
    "a dispatch quoted after 'nêu rõ:' asks its addressees": (
        "Sáng 5/8, Văn phòng Ban chỉ đạo Trung ương có Công điện số 12 gửi tới Sở Y tế và UBND các huyện. "
        "Công điện nêu rõ: Theo dõi chặt chẽ diễn biến của dịch bệnh. Tìm mọi biện pháp thông báo cho người dân; "
        "Duy trì lực lượng trực để sẵn sàng ứng cứu; Tổ chức trực ban nghiêm túc.",
        [("Theo", ["Sở Y tế", "UBND các huyện"], [], None), ("Tìm", ["Sở Y tế", "UBND các huyện"], [], None),
         ("Duy", ["Sở Y tế", "UBND các huyện"], [], None), ("Tổ", ["Sở Y tế", "UBND các huyện"], [], None)],
    ),
    # items written inline after a request's colon, each opening with a capital and an action
    "items written inline after a request's colon": (
        "Chủ tịch UBND tỉnh yêu cầu Sở Công Thương: Tăng cường kiểm tra các cơ sở kinh doanh; Duy trì lực lượng "
        "trực ban; Tổng hợp, báo cáo kết quả trước ngày 15/8/2024.",
        [("Tăng", ["Sở Công Thương"], [], None), ("Duy", ["Sở Công Thương"], [], None),
         ("Tổng", ["Sở Công Thương"], [], "trước ngày 15/8/2024")],
    ),
    # ... but clauses in small letters after it go on with the one action
    "clauses in small letters after a request's colon stay one task": (
        "Chủ tịch UBND tỉnh yêu cầu Sở Công Thương: tăng cường kiểm tra các cơ sở kinh doanh; xử lý nghiêm các "
        "trường hợp vi phạm.",
        [("tăng", ["Sở Công Thương"], [], None)],
    ),
    # "giao đất" allocates land, it addresses nobody: the topic's colon is no request's lead-in
    "allocating land is no request": (
        "Bộ giao các đơn vị trực thuộc thực hiện các nhiệm vụ sau.\nCông tác quy hoạch, giao đất, cho thuê đất: "
        "Tổ chức thực hiện kiểm kê đất đai năm 2024; Xây dựng, trình Chính phủ kế hoạch sử dụng đất 5 năm.",
        [("Tổ", ["các đơn vị trực thuộc"], [], None)],
    ),
    # an authority that asks again, naming nobody, asks those it has just asked
    "'cũng yêu cầu' with no addressee asks the bodies asked before": (
        "UBND thành phố yêu cầu các sở, ngành và UBND các quận, huyện tiếp tục triển khai thực hiện Chỉ thị. "
        "UBND thành phố cũng yêu cầu tổ chức đợt cao điểm kiểm tra việc thực hiện.",
        [("tiếp", ["các sở, ngành", "UBND các quận, huyện"], [], None),
         ("tổ", ["các sở, ngành", "UBND các quận, huyện"], [], None)],
    ),
    # an authority that opens a sentence asking for an action, naming nobody, asks those it asked before (what
    # it forbids them too); "Đối với X, ... đề nghị ..." names X; "các tỉnh thành" is provinces and cities
    "a request with no addressee asks the bodies asked before": (
        "Thủ tướng Chính phủ yêu cầu Chủ tịch UBND các tỉnh thành khẩn trương chỉ đạo triển khai các nhiệm vụ. "
        "Thủ tướng yêu cầu tuyệt đối không được chủ quan, lơ là. Cần rà soát lực lượng, phương tiện, vật tư. "
        "Đối với UBND các xã, phường, Thủ tướng đề nghị rà soát hộ nghèo trên địa bàn.",
        [("khẩn", ["Chủ tịch UBND các tỉnh, thành phố"], [], "khẩn trương"),
         ("tuyệt", ["Chủ tịch UBND các tỉnh, thành phố"], [], None),
         ("Cần", ["Chủ tịch UBND các tỉnh, thành phố"], [], None),
         ("đề", ["UBND các xã, phường"], [], None)],
    ),
    # tasks announced inline after "như:" whose first names its own body, the rest going on with it; a forecast's
    # time in the lead-in is no term of theirs
    "inline tasks whose first names its body": (
        "Hiện nay bà con đang làm đất, dự kiến trung tuần đến cuối tháng 7 sẽ gieo trồng ngô vụ Hè thu năm 2019, Để "
        "chủ động phòng chống sâu keo, UBND thành phố yêu cầu các đơn vị có liên quan thực hiện tốt các nhiệm vụ "
        "trọng tâm như: Phòng Kinh tế thành phố tham mưu ban "
        "hành các văn bản chỉ đạo các phường, xã. Chủ trì phối hợp với UBND các phường, xã tăng cường hướng dẫn sản "
        "xuất.",
        [("tham", ["Phòng Kinh tế thành phố"], [], None),
         ("Chủ", ["Phòng Kinh tế thành phố"], ["UBND các phường, xã"], None)],
    ),
    # setting up inspection teams after a request goes on with it (in a decision's articles it is what the
    # decision does)
    "teams set up after a request": (
        "UBND tỉnh yêu cầu UBND các huyện tăng cường công tác truyền thông.\nThành lập các đoàn công tác đi kiểm "
        "tra, hướng dẫn, đôn đốc thực hiện các biện pháp phòng bệnh dại tại các địa phương có nguy cơ cao.",
        [("tăng", ["UBND các huyện"], [], None), ("Thành", ["UBND các huyện"], [], None)],
    ),
    # the document a report goes on telling, before the list of bodies its lead-in charges
    "a report's 'Theo văn bản này' before the bodies charged": (
        "Theo văn bản này Giám đốc các Sở: Giáo dục và Đào tạo, Y tế; Chủ tịch UBND huyện Văn Chấn căn cứ chức năng, "
        "nhiệm vụ được giao:\nHướng dẫn học sinh tự học tại nhà.",
        [("Hướng", ["Giám đốc Sở Giáo dục và Đào tạo", "Giám đốc Sở Y tế", "Chủ tịch UBND huyện Văn Chấn"], [], None)],
    ),
    # "sử dụng mọi phương tiện": every means used is the action, not which units the group is
    "every means used is the action": (
        "UBND tỉnh yêu cầu các cơ quan, đơn vị sử dụng mọi phương tiện, biện pháp để thông báo cho tàu thuyền trên "
        "biển biết diễn biến bão.",
        [("sử", ["các cơ quan, đơn vị"], [], None)],
    ),
    # an asap word in the frame before the request's verb, or "ngay từ khi" (from the moment a thing arises), sets
    # no pace
    "asap words that set no pace": (
        "Về việc lồng ghép các chỉ tiêu, đảm bảo sớm hoàn thành mục tiêu thiên niên kỷ, Phó Thủ tướng yêu cầu Ủy ban "
        "Dân tộc nghiên cứu, đề xuất đưa vào Đề án. Sở Xây dựng xử lý nghiêm các vi phạm trật tự xây dựng ngay từ "
        "khi mới phát sinh.",
        [("nghiên", ["Ủy ban Dân tộc"], [], None), ("xử", ["Sở Xây dựng"], [], None)],
    ),
    # joining a campaign is an action; "Đồng thời, ..." goes on with the same body
    "joining a campaign, then what the same body does": (
        "Công an tỉnh đảm bảo an ninh trật tự.\n\nUBND các huyện, thành phố tham gia hưởng ứng chiến dịch tắt toàn "
        "bộ đèn tại trụ sở của cơ quan, đơn vị.\n\nĐồng thời, chỉ đạo UBND các xã, phường trên địa bàn tuyên truyền.",
        [("đảm", ["Công an tỉnh"], [], None), ("tham", ["UBND các huyện, thành phố"], [], None),
         ("chỉ", ["UBND các huyện, thành phố"], [], None)],
    ),
    # the agent charged with the work an article's items make up ("do X phụ trách"), not one that issued it
    "the agent of the work an article's items make up": (
        "QUYẾT ĐỊNH:\nĐiều 2. Công tác tổ chức tuyên truyền do Bộ Văn hóa, Thể thao và Du lịch phụ trách gồm các "
        "nội dung sau:\n1. Xây dựng phương án trang trí hội trường.\n2. Tổ chức biểu diễn nghệ thuật trước lễ khai "
        "mạc.",
        [("Xây", ["Bộ Văn hóa, Thể thao và Du lịch"], [], None), ("Tổ", ["Bộ Văn hóa, Thể thao và Du lịch"], [], None)],
    ),
    # a time in a basis the request's lead-in cites is the cited plan's, not its items'
    "a basis's time before a request's lead-in": (
        "Căn cứ Quyết định số 1063/QĐ-TTg ngày 02/7/2014 phê duyệt Kế hoạch tổ chức kỷ niệm các ngày lễ lớn trong "
        "hai năm 2014 - 2015; Thực hiện Kế hoạch công tác năm 2015, đề nghị Sở Văn hóa, Thể thao và Du lịch:\n"
        "1. Tổ chức trưng bày sách theo chủ đề trong các thư viện công cộng.\n2. Báo cáo kết quả thực hiện về Bộ.",
        [("Tổ", ["Sở Văn hóa, Thể thao và Du lịch"], [], None), ("Báo", ["Sở Văn hóa, Thể thao và Du lịch"], [], None)],
    ),
    # a periodic report after a comma is a task of its own, with its own recurrence (not a period of the same
    # recurrence); an event held as done is reported, no task
    "a periodic report after a comma": (
        "Thường trực HĐND huyện tổ chức thành công kỳ họp thứ 10. Chủ tịch HĐND huyện yêu cầu UBND huyện tập "
        "trung chỉ đạo giải quyết kiến nghị của cử tri, định kỳ hàng quý báo cáo kết quả giải quyết. Công an huyện "
        "rà soát các vụ việc, định kỳ hằng quý, 6 tháng, năm xây dựng báo cáo tình hình.",
        [("tập", ["UBND huyện"], [], None), ("định", ["UBND huyện"], [], "định kỳ hàng quý"),
         ("rà", ["Công an huyện"], [], None), ("định", ["Công an huyện"], [], "định kỳ hằng quý")],
    ),
    # the body the work is sent to leads the next step, with its own partners
    "sent to the body that leads the next step": (
        "Các đơn vị tổng hợp hồ sơ chi trả gửi về Ban Dân tộc chủ trì, phối hợp với Sở Tài chính thẩm định, trình "
        "Chủ tịch UBND tỉnh phê duyệt.",
        [("tổng", ["Các đơn vị"], [], None), ("phối", ["Ban Dân tộc tỉnh"], ["Sở Tài chính"], None)],
    ),
    # a place that opens a sentence with an action stands for its council, as a province does
    "a district named with its action": (
        "Trưởng ban đề nghị các Tiểu ban đẩy nhanh tiến độ hoàn thành các nội dung. Huyện Ngân Sơn xem xét, tham "
        "mưu trồng cây lưu niệm tại khu di tích cho phù hợp.",
        [("đẩy", ["các Tiểu ban"], [], None), ("xem", ["UBND huyện Ngân Sơn"], [], None)],
    ),
    # an official asked to be on the spot in person
    "on the spot in person": (
        "Khi cháy rừng xảy ra, Chủ tịch UBND huyện có mặt tại hiện trường để trực tiếp chỉ đạo chữa cháy.",
        [("có", ["Chủ tịch UBND huyện"], [], None)],
    ),
    # bodies told of as a topic, then what they let happen, before the body charged after a comma, however long
    "a topic's bodies described before the subject": (
        "Đối với xã, phường, thị trấn để xảy ra nhiều vi phạm mới hoặc không xử lý dứt điểm các trường hợp vi phạm "
        "còn tồn đọng theo yêu cầu của UBND thành phố, Chủ tịch UBND quận, huyện, thị xã có trách nhiệm xem xét xử "
        "lý nghiêm trách nhiệm người đứng đầu.",
        [("có", ["Chủ tịch UBND quận, huyện, thị xã"], [], None)],
    ),
    # the people of a body, asked as the body is; tasks listed inline after "các nhiệm vụ như:"; a cause told
    "a body's staff asked, their tasks inline, and a cause": (
        "Tuy nhiên, một số nội dung chuẩn bị chưa kịp thời. Nguyên nhân chính do các sở, ngành liên quan gửi tài "
        "liệu chậm. Chánh Văn phòng yêu cầu lãnh đạo, công chức, viên chức và người lao động Văn phòng UBND tỉnh "
        "tập trung thực hiện các nhiệm vụ như: Khẩn trương rà soát các nhiệm vụ tồn đọng; Chuẩn bị tốt nội dung "
        "kiểm điểm cuối năm.",
        [("Khẩn", ["Văn phòng UBND tỉnh"], [], "Khẩn trương"), ("Chuẩn", ["Văn phòng UBND tỉnh"], [], None)],
    ),
    # a second city after "và" with its level abbreviated is its own council
    "the council of a second city written 'TP. HCM'": (
        "Thủ tướng giao UBND thành phố Hà Nội và TP. HCM chủ động tổ chức triển khai các giải pháp.",
        [("chủ", ["UBND thành phố Hà Nội", "UBND TP. HCM"], [], None)],
    ),
    # a committee issuing its own resolution acts ("ra nghị quyết"), as "ra quân" launches a campaign
    "a committee that issues a resolution acts": (
        "- Đảng ủy các phường ra nghị quyết chuyên đề về tăng cường sự lãnh đạo công tác trật tự đô thị.",
        [("ra", ["Đảng ủy các phường"], [], None)],
    ),
    # a leader's conclusions on a topic, then the paragraphs of what is to be done, for the meeting's counterpart
    "conclusions on a topic after 'kết luận, về ...:'": (
        "Thành ủy vừa ban hành Thông báo kết luận của đồng chí Bí thư Thành ủy tại buổi làm việc với Cục Thuế "
        "thành phố.\n\nSau khi nghe báo cáo, đồng chí Bí thư Thành ủy kết luận, về thu ngân sách những tháng cuối "
        "năm 2020: Triển khai quyết liệt Chỉ thị số 09/CT-UBND của UBND thành phố.\n\nMở rộng và chống xói mòn cơ "
        "sở thuế, chống thất thu.",
        [("Triển", ["Cục Thuế thành phố"], [], None), ("Mở", ["Cục Thuế thành phố"], [], None)],
    ),
    # partners the action follows without a comma: the action is not cut at the next comma
    "an action right after its partners keeps its words up to a comma": (
        "Sở Y tế phối hợp với Sở Tài chính xây dựng kế hoạch, diệt lăng quăng năm 2020.",
        [("phối", ["Sở Y tế"], ["Sở Tài chính"], None)],
    ),
    "partners set off by a comma open no action": (
        "Sở Y tế chủ trì, phối hợp với Sở Tài chính, triển khai kiểm tra an toàn thực phẩm.",
        [("triển", ["Sở Y tế"], ["Sở Tài chính"], None)],
    ),
    # when the phases of the action asked run, told in a sentence of its own, keeps the requests going
    "a sentence on an action's phases does not end the requests": (
        "Theo đó, Trung tâm Y tế các huyện xây dựng kế hoạch và triển khai 2 chiến dịch diệt lăng quăng năm 2020. "
        "Đợt 1 từ ngày 15-6 đến 15-7, đợt 2 từ ngày 15-9 đến 15-10. Cùng với đó, tổ chức tập huấn cho đoàn viên, "
        "thanh niên tham gia chiến dịch.",
        [("xây", ["Trung tâm Y tế các huyện"], [], None), ("Cùng", ["Trung tâm Y tế các huyện"], [], None)],
    ),
    # every partner up to the comma that closes them; a name after the comma is one more partner
    "both roles drop with every partner before the action": (
        "Bộ Kế hoạch và Đầu tư chủ trì, phối hợp với Văn phòng Chính phủ, Bộ Tài chính, theo dõi, đôn đốc các bộ.",
        [("theo", ["Bộ Kế hoạch và Đầu tư"], ["Văn phòng Chính phủ", "Bộ Tài chính"], None)],
    ),
    # (fixtures written for this test) bodies that direct, with no one named after "chỉ đạo:", lead its items
    # after another body's request; one authority alone speaking ("Thủ tướng chỉ đạo:") does not
    "bodies that direct lead the items after their colon": (
        "Thường trực Thành ủy đề nghị các địa phương, đơn vị tiếp tục thực hiện các biện pháp phòng dịch.\n\n"
        "Ban Chỉ đạo phòng, chống dịch thành phố, Ban cán sự đảng UBND thành phố chỉ đạo: Tổng kết, đánh giá "
        "công tác phòng, chống dịch năm 2021.\n\nTiếp tục đẩy nhanh tiến độ tiêm vaccine cho trẻ em.",
        [("tiếp", ["các địa phương, đơn vị"], [], None),
         ("Tổng", ["Ban Chỉ đạo phòng, chống dịch thành phố", "Ban cán sự đảng UBND thành phố"], [], None),
         ("Tiếp", ["Ban Chỉ đạo phòng, chống dịch thành phố", "Ban cán sự đảng UBND thành phố"], [], None)],
    ),
    # a request's lead-in ending in a colon is no label over its items, whatever its addressee
    "a request's addressee before a colon is no label": (
        "Về công tác phòng, chống dịch trên địa bàn.\n\nUBND tỉnh yêu cầu các sở: Tổng kết công tác phòng, "
        "chống dịch; bám sát các chỉ đạo của Trung ương.",
        [("Tổng", ["các sở"], [], None)],
    ),
    # a second request joined by "và" names its addressees after the group's "các"
    "a second request's titled addressees after their group word": (
        "Thủ tướng Chính phủ yêu cầu Chủ tịch UBND các tỉnh, thành phố trực thuộc Trung ương và đề nghị các Bí "
        "thư Tỉnh ủy, Thành ủy tập trung lãnh đạo, chỉ đạo triển khai các nhiệm vụ được giao.",
        [("tập", ["Chủ tịch UBND các tỉnh, thành phố trực thuộc Trung ương", "Bí thư Tỉnh ủy, Thành ủy"], [],
          None)],
    ),
    # (fixtures written for this test) what a body reported at a meeting is the meeting's account
    "a body reporting at a meeting is no task": (
        "Tại cuộc họp, lãnh đạo Phòng Văn hóa và Thông tin huyện báo cáo kết quả phúc tra cơ quan đạt chuẩn văn "
        "hóa. Phòng Kinh tế và Hạ tầng huyện báo cáo kết quả chấm phúc tra chợ văn minh.\n\nPhát biểu kết luận, "
        "Phó Chủ tịch UBND huyện giao Phòng Văn hóa và Thông tin tiếp tục rà soát danh sách khen thưởng.",
        [("tiếp", ["Phòng Văn hóa và Thông tin"], [], None)],
    ),
    # ... but a request made there is one
    "a request at a meeting is a task": (
        "Tại cuộc họp, Chủ tịch UBND huyện yêu cầu Phòng Tài chính báo cáo kết quả trước ngày 20/12/2020.",
        [("báo", ["Phòng Tài chính"], [], "trước ngày 20/12/2020")],
    ),
    # what is still not done, as a report tells it, is no task of the bodies asked before
    "what is still not done is a report": (
        "Phó Chủ tịch UBND thành phố nhấn mạnh các sở, ngành, địa phương tuyệt đối không chủ quan trước bão. "
        "Đáng chú ý, đến thời điểm họp vẫn còn 8 xã, phường chưa phê duyệt phương án ứng phó thiên tai.",
        [("tuyệt", ["các sở, ngành, địa phương"], [], None)],
    ),
    # the aims a task serves, listed inline after its colon, are no tasks of their own
    "aims listed after the task's colon": (
        "UBND tỉnh yêu cầu các địa phương phải triển khai công tác điều tra với mục tiêu: Hướng dẫn lập danh "
        "sách thôn, tổ dân phố; hướng dẫn lập danh sách địa bàn điều tra. Sở Y tế chủ trì kiểm tra việc thực hiện.",
        [("phải", ["các địa phương"], [], None), ("kiểm", ["Sở Y tế"], [], None)],
    ),
    # a body of the city the press glues to its level is named with it
    "a body of a city written glued": (
        "Theo đó, Viện Nghiên cứu Phát triển TP.HCM được giao tổ chức thực hiện và phối hợp với Sở Thông tin và "
        "Truyền thông báo cáo kết quả khảo sát trước ngày 15/1/2017.",
        [("được", ["Viện Nghiên cứu Phát triển TP.Hồ Chí Minh"], ["Sở Thông tin và Truyền thông"],
          "trước ngày 15/1/2017")],
    ),
    # (fixtures written for this test) a photo's caption under the image a crawl kept breaks no request
    "a caption under an image is no break": (
        "Ngày 04/9/2025, UBND tỉnh ban hành văn bản về việc tăng cường bảo đảm an toàn thực phẩm, trong đó, yêu "
        "cầu các sở, ngành, địa phương tăng cường công tác bảo đảm an toàn thực phẩm.\n\nTheo đó, Sở Y tế, Sở "
        "Công Thương cần tăng cường trách nhiệm quản lý nhà nước về an toàn thực phẩm.\n\n"
        "z4628777741778-fe734d34cc62.jpg\nThời điểm này, nhu cầu tiêu dùng các loại bánh kẹo, đặc biệt là bánh "
        "trung thu của người dân tăng cao.\n\nChủ động kiểm tra, hậu kiểm việc chấp hành các quy định của pháp "
        "luật về an toàn thực phẩm.",
        [("tăng", ["các sở, ngành, địa phương"], [], None), ("cần", ["Sở Y tế", "Sở Công Thương"], [], None),
         ("Chủ", ["Sở Y tế", "Sở Công Thương"], [], None)],
    ),
    # a topic no comma closes, then an adverb that only opens an action
    "a topic set aside before its action with no comma": (
        "Ban Chỉ đạo yêu cầu các địa phương tiếp tục rà soát, kiểm đếm các phương tiện.\n\nĐối với khu vực "
        "miền núi, trung du chủ động sơ tán, di dời dân khỏi vùng có nguy cơ cao xảy ra lũ quét.",
        [("tiếp", ["các địa phương"], [], None), ("chủ", ["các địa phương"], [], None)],
    ),
    # a group that names its members after a colon; the document a report quotes from, set off before the speaker
    "a group naming its members, in the document quoted": (
        "Tại công văn này, Phó Chủ tịch UBND tỉnh Nguyễn Văn A chỉ đạo Sở Xây dựng chủ trì, phối hợp với các đơn "
        "vị: Công an tỉnh, Sở Tài chính nghiên cứu nội dung Công văn số 1718/CĐSVN-PCTT.",
        [("phối", ["Sở Xây dựng"], ["Công an tỉnh", "Sở Tài chính"], None)],
    ),
    # a group named by what befell it, then the cause
    "a group named by what befell it": (
        "Ban Chỉ đạo yêu cầu các địa phương bị ảnh hưởng của bão tiếp tục rà soát, kiểm đếm các phương tiện.",
        [("tiếp", ["các địa phương bị ảnh hưởng"], [], None)],
    ),
    # (fixtures written for this test) the share of a group a request reaches, before the group
    "a share of a group addressed": (
        "Theo đó, UBND tỉnh yêu cầu 100% các huyện, thị xã ban hành kế hoạch tổ chức Tết Trung thu cho trẻ em.",
        [("ban", ["UBND các huyện, thị xã"], [], None)],
    ),
    # (fixtures written for this test) news of a fresh assignment reports the task; the side a body takes
    "news of a fresh assignment and the side a body takes": (
        "Sở Tài nguyên và Môi trường vừa được giao chủ trì, phối hợp với các cơ quan liên quan kiểm tra các trường "
        "hợp san gạt trái phép, báo cáo UBND tỉnh trước ngày 10/4/2023.\n\nVề phía UBND huyện Đam Rông, tổ chức "
        "lắp đặt camera giám sát những khu vực thường xảy ra san gạt trái phép.",
        [("vừa", ["Sở Tài nguyên và Môi trường"], ["các cơ quan liên quan"], "trước ngày 10/4/2023"),
         ("tổ", ["UBND huyện Đam Rông"], [], None)],
    ),
    # (fixtures written for this test) the bodies in charge of a project go on with it: "chủ trì" names them,
    # it opens no meeting ("chủ trì tiếp" receives guests, "chủ trì tiếp tục" does not)
    "the bodies in charge go on": (
        "Thủ tướng Chính phủ yêu cầu:\n1. Các bộ, cơ quan chủ trì tiếp tục rà soát, hoàn thiện hồ sơ các dự án.",
        [("tiếp", ["Các bộ, cơ quan"], [], None)],
    ),
    # (fixtures written for this test) a group of provinces by region, its provinces in brackets closed by a comma;
    # a weather report on places is no task ("các tỉnh Bắc Bộ | trời chuyển rét": the sky's, no body's)
    "provinces by region with their provinces in brackets": (
        "Công điện nêu rõ: UBND các tỉnh miền núi phía Bắc (Hà Giang, Cao Bằng) và Tây Nguyên (Lâm Đồng, Gia Lai), "
        "chỉ đạo Sở NN&PTNT triển khai các biện pháp chống rét cho đàn vật nuôi. Cử ngay các đoàn công tác đi cơ sở "
        "kiểm tra.\n\nTừ ngày 09/02/2017, các tỉnh Bắc Bộ và Bắc Trung Bộ trời chuyển rét, nhiệt độ thấp nhất từ "
        "9-12 độ C.",
        [("chỉ", ["UBND các tỉnh miền núi phía Bắc và Tây Nguyên"], [], None),
         ("Cử", ["UBND các tỉnh miền núi phía Bắc và Tây Nguyên"], [], "ngay")],
    ),
    # (fixtures written for this test) a commune's village heads and team heads, addressed as comrades; the
    # equipment a body is to provide, a verb the tagger reads as a name
    "village heads addressed as comrades, equipment to provide": (
        "2. UBND xã giao trách nhiệm cho các đồng chí thôn trưởng, đội trưởng, công an viên các thôn theo dõi, quản "
        "lý việc khai thác đất trồng lúa.\n\nUBND tỉnh giao Sở Nông nghiệp tổ chức các biện pháp phòng trừ châu "
        "chấu. Các biện pháp bao gồm:\n- Cử cán bộ kỹ thuật hướng dẫn người dân.\n- Trang bị máy phun thuốc động "
        "cơ dạng khói.",
        [("theo", ["các đồng chí thôn trưởng, đội trưởng", "công an viên các thôn"], [], None),
         ("tổ", ["Sở Nông nghiệp"], [], None), ("Cử", ["Sở Nông nghiệp"], [], None),
         ("Trang", ["Sở Nông nghiệp"], [], None)],
    ),
    # (a fixture written for this test) an older text writes a place's level in capitals, in a list of councils
    "councils of places whose levels are in capitals": (
        "Điều 2.\n\n- Ủy ban nhân dân Thành phố Hà Tĩnh và Thị xã Hồng Lĩnh có trách nhiệm tổ chức cắm biển cấm "
        "xe công nông trên các tuyến đường nội thị.",
        [("có", ["Ủy ban nhân dân Thành phố Hà Tĩnh", "Ủy ban nhân dân Thị xã Hồng Lĩnh"], [], None)],
    ),
    # (fixtures written for this test) a clause after ";" whose time an event sets is a task of its own; a commune's
    # public service centre, its hamlets' committees listed with the bodies; warning signs put up
    "a report due right after a trip, a commune's centre and hamlet committees": (
        "Bộ giao Cục Kiểm ngư xây dựng kế hoạch chi tiết trong quý IV năm 2016; báo cáo kết quả thực hiện cho Bộ "
        "trưởng ngay sau chuyến công tác.\n\n1. Trung tâm Cung ứng dịch vụ công thường xuyên thông tin nội dung "
        "thông báo này.\n2. Các cơ quan, đơn vị, doanh nghiệp, ban cán sự các thôn trên địa bàn xã thực hiện treo "
        "cờ Tổ quốc.\n\nUBND huyện Duyên Hải cắm biển báo, cảnh báo khu vực sạt lở.",
        [("xây", ["Cục Kiểm ngư"], [], "trong quý IV năm 2016"), ("báo", ["Cục Kiểm ngư"], [], "ngay"),
         ("thường", ["Trung tâm Cung ứng dịch vụ công"], [], None),
         ("thực", ["Các cơ quan, đơn vị, doanh nghiệp, ban cán sự các thôn trên địa bàn xã"], [], None),
         ("cắm", ["UBND huyện Duyên Hải"], [], None)],
    ),
    # (fixtures written for this test) an event on a day and at a place, told; the other provinces and cities, the
    # press's short word for the cities, acting by themselves
    "an event told, the other provinces and cities": (
        "27/04/2009 23:35 GMT+7\n\nNgày 17 tháng 4 năm 2009 tại Quảng trường Nguyễn Văn Linh, Sở Văn hóa tổ chức "
        "Hội thi xe tuyên truyền lưu động.\n\nTheo đó, 8 đoàn kiểm tra của Bộ kiểm tra tại 16 tỉnh. Các tỉnh, thành "
        "khác tự tổ chức kiểm tra, báo cáo về Bộ trước ngày 25.5.",
        [("tự", ["UBND các tỉnh, thành phố khác"], [], "trước ngày 25.5")],
    ),
    # (fixtures written for this test) a body's unit in brackets inside a list of subjects; a station whose name
    # the tagger reads as a verb before its level; the period a report covers, no term; a reply to send
    "a unit in brackets, a station's name, a report's period, a reply": (
        "Sở Nông nghiệp và PTNT (BQL dự án VAHIP) và UBND huyện Thường Tín thực hiện ngay việc bàn giao tài sản.\n\n"
        "Chủ tịch UBND thành phố giao Trạm Khuyến nông và Dịch vụ nông lâm nghiệp thành phố chủ trì kiểm tra "
        "nguyên nhân lúa lép.\n\nBộ Xây dựng đề nghị UBND các tỉnh báo cáo về tình hình chất lượng công trình xây "
        "dựng 6 tháng đầu năm 2008.\n\nPhó Chủ tịch UBND huyện yêu cầu Chủ tịch UBND xã Cộng Lạc thực hiện ngay "
        "việc rà soát. Trên cơ sở đó có văn bản phúc đáp Báo Thanh tra.",
        [("thực", ["Sở Nông nghiệp và PTNT", "UBND huyện Thường Tín"], [], "thực hiện ngay"),
         ("kiểm", ["Trạm Khuyến nông và Dịch vụ nông lâm nghiệp thành phố"], [], None),
         ("báo", ["UBND các tỉnh"], [], None), ("thực", ["Chủ tịch UBND xã Cộng Lạc"], [], "thực hiện ngay"),
         ("có", ["Chủ tịch UBND xã Cộng Lạc"], [], None)],
    ),
    # (fixtures written for this test) communes along a lagoon; the Front's committee abbreviated with the
    # country's; a district's centres listed with its offices
    "communes along a lagoon, the Front abbreviated, centres listed": (
        "- Chủ tịch UBND các xã ven đầm Thị Nại tăng cường công tác quản lý nuôi trồng thủy sản.\n\nUBND huyện đề "
        "nghị UBMTTQVN huyện và Thủ trưởng các phòng, ban, ngành, trung tâm thuộc huyện tổ chức tổng vệ sinh.",
        [("tăng", ["Chủ tịch UBND các xã ven đầm Thị Nại"], [], None),
         ("tổ", ["UBMTTQVN huyện", "Thủ trưởng các phòng, ban, ngành, trung tâm thuộc huyện"], [], None)],
    ),
    # (fixtures written for this test) a letter's recipients asked with no name after the verb; a water company's
    # trade with its comma; why things stand is no task; the next body set against the one before; what an
    # authority agrees to and what a bank foresees are no tasks
    "a letter's recipients asked, a cause told, the next body, an agreement": (
        "Bộ Tài nguyên và Môi trường vừa có văn bản gửi UBND TP.HCM và UBND tỉnh Đồng Nai đề nghị khẩn trương thực "
        "hiện các nội dung về bảo vệ môi trường.\n\nChủ tịch UBND tỉnh yêu cầu Công ty cổ phần Cấp, thoát nước Phú "
        "Yên ưu tiên cấp nước cho các bệnh viện. Nguyên nhân gây mất nước là do Nhà máy nước phải tạm dừng sản xuất."
        "\n\nUBND thành phố giao Sở Giáo dục và Đào tạo rà soát, đôn đốc các đơn vị. Còn các đơn vị căn cứ chức "
        "năng, nhiệm vụ khẩn trương triển khai các nhiệm vụ được giao. UBND thành phố thống nhất thời gian tổ chức lễ "
        "khai mạc. Còn Ngân hàng Nhà nước dự báo con số này có thể lên 4,6%.",
        [("khẩn", ["UBND TP.Hồ Chí Minh", "UBND tỉnh Đồng Nai"], [], "khẩn trương"),
         ("ưu", ["Công ty cổ phần Cấp, thoát nước Phú Yên"], [], None),
         ("rà", ["Sở Giáo dục và Đào tạo"], [], None), ("căn", ["các đơn vị"], [], "khẩn trương")],
    ),
    # (fixtures written for this test) what an authority approves and what a leader praises are no tasks
    "an approval and praise, told": (
        "UBND tỉnh phê duyệt công văn số 11535/UBND-VP về việc chấm dứt hoạt động cơ sở chăn nuôi. UBND tỉnh giao "
        "UBND huyện Xuyên Mộc thực hiện các thủ tục chấm dứt hoạt động cơ sở.\n\nBí thư Huyện ủy cũng đánh giá cao "
        "thành tích của Ban chỉ huy Quân sự huyện.",
        [("thực", ["UBND huyện Xuyên Mộc"], [], None)],
    ),
    # (fixtures written for this test) the bodies left out of a group, in brackets, inside a list of addressees; a
    # body to tell others what to do, which is its own task
    "an exception in brackets inside the addressees, a body to tell others": (
        "Tại Công văn số 8405/BNV-TCBC, Bộ Nội vụ đã đôn đốc các bộ, cơ quan ngang bộ (trừ Bộ Quốc phòng) và Ủy "
        "ban nhân dân tỉnh, thành phố trực thuộc Trung ương thực hiện báo cáo về thực trạng biên chế.\n\nChủ tịch "
        "UBND tỉnh yêu cầu:\n\nUBND huyện Phú Quốc thông báo đến các chủ đầu tư tạm dừng thi công các công trình.",
        [("thực", ["các bộ, cơ quan ngang bộ", "Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương"], [], None),
         ("thông", ["UBND huyện Phú Quốc"], [], None)],
    ),
    # (fixtures written for this test) a committee named with a comma inside after the recipients; tasks listed
    # inline after "một số nhiệm vụ:"; a group named by the goods it deals in at length; a term stated as its day
    # in the next sentence
    "an inline task list, a long role, a term as its day": (
        "Kính gửi: - Các Bộ: Quốc phòng, Công an; - Ban Chỉ đạo phòng, chống thiên tai Trung ương. |\n"
        "Mưa lũ diễn biến phức tạp. Thủ tướng Chính phủ yêu cầu:\n"
        "1. Ban Chỉ đạo phòng, chống thiên tai Trung ương chỉ đạo, đôn đốc các địa phương triển khai ngay các "
        "biện pháp;\n\n"
        "Chủ tịch UBND huyện yêu cầu các cấp, các ngành tập trung thực hiện tốt một số nhiệm vụ: Hội đồng nghĩa vụ "
        "quân sự các xã tổ chức giao quân đúng thời gian; rà soát sức khỏe của thanh niên; quản lý chặt số thanh "
        "niên nhận lệnh.\n\n"
        "Sở Công Thương đề nghị các Cơ quan quản lý và sử dụng hóa chất công nghiệp các cấp tổ chức kiểm tra kho. "
        "Thời hạn báo cáo là ngày 30/9/2024.",
        [("chỉ", ["Ban Chỉ đạo phòng, chống thiên tai Trung ương"], [], "triển khai ngay"),
         ("tổ", ["Hội đồng nghĩa vụ quân sự các xã"], [], None), ("rà", ["Hội đồng nghĩa vụ quân sự các xã"], [], None),
         ("quản", ["Hội đồng nghĩa vụ quân sự các xã"], [], None),
         ("tổ", ["các Cơ quan quản lý và sử dụng hóa chất công nghiệp các cấp"], [],
          "Thời hạn báo cáo là ngày 30/9/2024")],
    ),
    # (fixtures written for this test) a request that names nobody after its verb asks the topic; a member singled
    # out of the topic's group; a council's heads "thuộc quận"; a sector's body of one level in small letters as
    # a heading; bodies asked to pass a notice on, in words that otherwise close a text
    "the topic asked, a member singled out, bodies of a level, passing a notice on": (
        "Đối với Sở Xây dựng, yêu cầu khẩn trương rà soát các công trình. Đối với các đơn vị thuộc Sở, trong đó có "
        "Ban Quản lý dự án, Giám đốc Sở yêu cầu tăng cường giám sát thi công.\n\nChủ tịch UBND quận kết luận như "
        "sau:\n1. Chủ tịch UBND các phường thuộc quận tiếp tục vận động nhân dân lắp đặt camera.\n2. Giao công an "
        "quận:\n- Chỉ đạo Công an phường kiểm tra các nhà trọ.\n\nĐề nghị Đài truyền thanh xã, các đồng chí Trưởng "
        "thôn thông báo rộng rãi trên hệ thống loa để toàn thể nhân dân biết thực hiện./.",
        [("yêu", ["Sở Xây dựng"], [], "khẩn trương"), ("yêu", ["các đơn vị thuộc Sở"], [], None),
         ("tiếp", ["Chủ tịch UBND các phường thuộc quận"], [], None), ("Chỉ", ["Công an quận"], [], None),
         ("thông", ["Đài truyền thanh xã", "các đồng chí Trưởng thôn"], [], None)],
    ),
    # (fixtures written for this test) what an authority allows is no task; what kind of body the subject is, before
    # its duty; an enclosure sent for reference closes a letter
    "an approval, the kind of body a subject is, an enclosure": (
        "Kính gửi: Bộ Tài nguyên và Môi trường\nPhó Thủ tướng có ý kiến như sau:\n1. Đồng ý việc Xí nghiệp công "
        "nghiệp xây dựng số 1, tỉnh Hải Dương thăm dò mỏ đá vôi Mông Sơn như đề nghị của Ủy ban nhân dân tỉnh Yên Bái "
        "tại văn bản nêu trên.\n2. Bộ Tài nguyên và Môi trường xem xét cấp giấy phép thăm dò.\n\nSở Nông nghiệp và "
        "Phát triển nông thôn và Sở Y tế là cơ quan chịu trách nhiệm chính chỉ đạo thực hiện Kế hoạch. Văn phòng xin "
        "gửi kèm theo mẫu báo cáo để các đơn vị tham khảo.",
        [("xem", ["Bộ Tài nguyên và Môi trường"], [], None),
         ("chịu", ["Sở Nông nghiệp và Phát triển nông thôn", "Sở Y tế"], [], None)],
    ),
    # (fixtures written for this test) contents to carry out, announced inline after their colon: the lead-in is
    # no task of its own
    "contents to carry out, inline": (
        "Sở Văn hóa đề nghị UBND huyện Nam Đàn thực hiện một số nội dung: Tổ chức kiểm tra thực tế tại di tích; "
        "dựng biển báo cảnh báo. Xây dựng phương án tu bổ di tích.",
        [("Tổ", ["UBND huyện Nam Đàn"], [], None), ("Xây", ["UBND huyện Nam Đàn"], [], None)],
    ),
    # (fixtures written for this test) the bodies a lead-in's addressee is asked to direct carry its items out
    # with it, not a kind of body that only says who else helps; an item that itself directs is the director's
    "the directed bodies of a lead-in": (
        "Cục Bảo vệ thực vật đề nghị Sở Nông nghiệp và PTNT chỉ đạo Chi cục Trồng trọt và Bảo vệ thực vật và các cơ "
        "quan liên quan thực hiện khẩn trương nội dung sau:\n1. Điều tra, phát hiện, tiêu hủy nguồn bệnh.\n2. Chỉ "
        "đạo hệ thống bảo vệ thực vật tổ chức thông tin, tuyên truyền.",
        [("Điều", ["Sở Nông nghiệp và PTNT", "Chi cục Trồng trọt và Bảo vệ thực vật"], [], None),
         ("Chỉ", ["Sở Nông nghiệp và PTNT"], [], None)],
    ),
    # (fixtures written for this test) the recipients of an urgent letter a report tells of, who are then directed
    # with no name after the verb, to check what the press says
    "a letter's recipients, directed to check": (
        "Chủ tịch UBND huyện có văn bản khẩn gửi Trưởng công an huyện, Chủ tịch UBND xã Bà Điểm, chỉ đạo xác minh "
        "làm rõ các nội dung báo nêu.",
        [("xác", ["Trưởng Công an huyện", "Chủ tịch UBND xã Bà Điểm"], [], None)],
    ),
    # (fixtures written for this test) state firms as the press abbreviates them; a group's role read to the
    # obligation that opens its predicate
    "abbreviated firms, a role before an obligation": (
        "Bộ Thương mại chỉ thị các sở thương mại, các DNNN phải có kế hoạch bảo đảm hàng hóa dịp Tết. Bộ yêu cầu "
        "các doanh nghiệp kinh doanh xăng dầu phải có kế hoạch dự trữ.",
        [("phải", ["các sở thương mại", "các DNNN"], [], None),
         ("phải", ["các doanh nghiệp kinh doanh xăng dầu"], [], None)],
    ),
    # (fixtures written for this test) an action that names nobody, with partners among the bodies it inherits,
    # is the others': no body works with itself
    "partners out of an inherited lead": (
        "UBND huyện yêu cầu Công an huyện và UBND xã Việt Hùng tăng cường tuyên truyền pháp luật về đê điều. Thường "
        "xuyên kiểm tra hệ thống đê điều; phối hợp với Công an huyện xử lý nghiêm các trường hợp vi phạm.",
        [("tăng", ["Công an huyện", "UBND xã Việt Hùng"], [], None),
         ("Thường", ["UBND xã Việt Hùng"], ["Công an huyện"], None)],
    ),
    # (fixtures written for this test) the levels of government addressed as such: each level named is charged,
    # and the sentences after it go on with them
    "levels addressed": (
        "UBND huyện ban hành kế hoạch phòng, chống dịch. Theo đó, yêu cầu từ cấp huyện đến cấp xã phân công trách "
        "nhiệm cụ thể cho từng thành viên. Đồng thời, đẩy mạnh công tác thông tin tuyên truyền.",
        [("phân", ["cấp huyện", "cấp xã"], [], None), ("đẩy", ["cấp huyện", "cấp xã"], [], None)],
    ),
}


@pytest.mark.parametrize(("text", "expected"), CASES.values(), ids=CASES.keys())
def test_clause_bounds(text: str, expected: list[tuple[str, list[str], list[str], str | None]]) -> None:
    assert _tasks(text) == expected


def test_an_item_stating_what_the_aim_is_does_not_make_the_lead_in_one_task() -> None:
    """A fixture written for this test: "- Mục tiêu cao nhất là ..." is a sentence about the aim, not an
    aims title over the items; the bullets after it charge the bodies they name."""
    text = ("Thủ tướng Chính phủ yêu cầu các Bộ, cơ quan ngang Bộ và UBND các cấp tập trung thực hiện các công "
            "việc sau:\n- Mục tiêu cao nhất là tổ chức thành công cuộc bầu cử một cách an toàn.\n"
            "- Bộ Nội vụ phối hợp chặt chẽ với Bộ Y tế hướng dẫn cụ thể công tác chuẩn bị trong ngày bầu cử.\n"
            "- Bộ Thông tin và Truyền thông tiếp tục đẩy mạnh công tác tuyên truyền về bầu cử.\n")
    assert [t.lead[0].name for t in extract_text(text).tasks] == ["Bộ Nội vụ", "Bộ Thông tin và Truyền thông"]


def test_a_body_labelled_over_a_document_it_issued_is_no_task() -> None:
    """A fixture written for this test: a digest lists each body with the document it issued."""
    text = ("1. Văn phòng Chính phủ: Thông báo số 106/TB-VPCP ngày 14/5/2021 kết luận của Thủ tướng Chính phủ "
            "về công tác bầu cử\n2. Bộ Y tế: Công văn số 3802/BYT-MT hướng dẫn phòng, chống dịch tại điểm bầu cử\n")
    assert extract_text(text).tasks == []


def test_a_cut_last_paragraph_after_prose_items_is_body_not_a_headline() -> None:
    """A fixture written for this test: a portal digest whose numbered item and paragraph are prose, and
    whose last paragraph the store cut mid-word; it is body text, not a headline."""
    text = ("Chỉ đạo điều hành của UBND tỉnh từ ngày 23-25/7/2025\n"
            "1. Tăng cường quản lý các khu công nghiệp Tại Văn bản số 858/UBND-CNXD, Chủ tịch UBND tỉnh yêu cầu Ban "
            "Quản lý các khu công nghiệp xây dựng biểu về tình hình thực hiện các khu công nghiệp.\n"
            "Chủ tịch UBND tỉnh giao Sở Nội vụ chủ trì, phối hợp các cơ quan, đơn vị có liên quan nghiên cứu, báo "
            "cáo đề xuất UBND tỉnh các giải pháp phát triển thị trường lao động trên địa bàn tỉnh.\n"
            "Chủ tịch UBND tỉnh cũng giao UBND các xã, phường tăng cường công tác quản lý nhà nước đối với các khu "
            "công nghiệp; thực hiệ")
    assert [t.lead[0].name for t in extract_text(text).tasks] == ["Ban Quản lý các khu công nghiệp", "Sở Nội vụ",
                                                                   "UBND các xã, phường"]


def test_the_issuer_enacting_its_own_plan_is_no_task_but_leads_its_items() -> None:
    """Fixtures written for this test: a ministry's letter says it issues the attached plan (its own act, no
    task); a plan whose opening says so over its items makes the ministry their actor."""
    letter = ("BỘ GIAO THÔNG VẬN TẢI | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 4593/BGTVT-CYT | Hà Nội, ngày 07 "
              "tháng 07 năm 2009 |\nKính gửi: | - Các Cục quản lý vận tải chuyên ngành |\nĐể tạo sự thống nhất trong "
              "hành động, Bộ Giao thông vận tải ban hành Kế hoạch hành động phòng chống dịch.\n"
              "Bộ Giao thông vận tải yêu cầu các cơ quan, đơn vị khẩn trương triển khai thực hiện kế hoạch.\n")
    assert [(t.action.split()[0], [a.name for a in t.lead]) for t in extract_text(letter).tasks] == [
        ("khẩn", ["các cơ quan, đơn vị"])]
    plan = ("BỘ GIAO THÔNG VẬN TẢI | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 12/KH-BGTVT | Hà Nội, ngày 07 "
            "tháng 07 năm 2009 |\nKẾ HOẠCH\nThực hiện công điện số 639/CĐ-TTg, Bộ Giao thông vận tải ban hành Kế "
            "hoạch với các nội dung sau:\n1. Xây dựng và ban hành hướng dẫn phòng chống dịch trong ngành.\n")
    assert [[a.name for a in t.lead] for t in extract_text(plan).tasks] == [["Bộ Giao thông vận tải"]]


def test_an_earlier_letter_told_in_a_new_one_and_how_the_report_is_sent() -> None:
    """A fixture written for this test: a ministry's letter recalls what it asked before (background), asks
    again, then says how and by when the report reaches it (the means listed are no tasks)."""
    text = ("BỘ GIÁO DỤC VÀ ĐÀO TẠO\nSố: 2978/BGDĐT-CSVCTBTH\nHà Nội, ngày 28 tháng 5 năm 2010\nKính gửi: Sở Giáo "
            "dục và Đào tạo các tỉnh.\n\nĐể chuẩn bị triển khai Đề án, Bộ Giáo dục và Đào tạo đã có Công văn số "
            "2501/BGDĐT-CSVCTBTH ngày 10/05/2010 đề nghị Sở Giáo dục và Đào tạo các tỉnh báo cáo số liệu về cơ sở "
            "vật chất.\n\nBộ Giáo dục và Đào tạo đề nghị các Sở Giáo dục và Đào tạo khẩn trương báo cáo số liệu."
            "\n\nBáo cáo gửi về Bộ Giáo dục và Đào tạo trước ngày 03/06/2010:\n\n- Bằng fax theo số 043.8693942;"
            "\n\n- Bằng đường công văn.\n")
    tasks = extract_text(text).tasks
    assert [(t.action.split()[0], t.deadline.due.isoformat() if t.deadline and t.deadline.due else None)
            for t in tasks] == [("khẩn", None), ("Báo", "2010-06-03")]


def test_a_press_report_of_an_urgent_letter_to_a_district_abbreviated():
    """A fixture written for this test: "H." abbreviates a district and ends no sentence; an urgent letter's
    recipients are asked by its request; a notice's end mark is no part of the action."""
    text = ("Chủ tịch UBND TP Đà Nẵng vừa ký văn bản giao UBND H. Hòa Vang rà soát các khu vực san gạt đất rừng, báo "
            "cáo trước ngày 5-11-2019. Bộ Y tế vừa có văn bản hỏa tốc gửi UBND TP.HCM và UBND tỉnh Đồng Nai đề nghị "
            "khẩn trương truy vết các trường hợp tiếp xúc. Đề nghị các thôn thông báo rộng rãi để nhân dân biết./.")
    tasks = extract_text(text).tasks
    assert [([a.name for a in t.lead], t.action.split()[0]) for t in tasks] == [
        (["UBND H. Hòa Vang"], "rà"), (["UBND TP.Hồ Chí Minh", "UBND tỉnh Đồng Nai"], "khẩn"), (["các thôn"], "thông")]
    assert tasks[-1].action.endswith("để nhân dân biết")



def test_a_numeral_spelled_out_then_in_digits_is_no_inline_item():
    """A fixture written for this test: "hai (2)" counts the surveys; "(1)", "(2)" after a colon number items."""
    text = ("Giao Cục Thống kê thành phố tổ chức thực hiện hai (2) cuộc điều tra thống kê năm 2006.\n\nUBND tỉnh "
            "yêu cầu: (1) Sở Y tế rà soát các cơ sở; (2) Sở Tài chính bố trí kinh phí.")
    assert [(t.action, [a.name for a in t.lead]) for t in extract_text(text).tasks] == [
        ("tổ chức thực hiện hai (2) cuộc điều tra thống kê năm 2006", ["Cục Thống kê thành phố"]),
        ("rà soát các cơ sở", ["Sở Y tế"]), ("bố trí kinh phí", ["Sở Tài chính"])]


def test_a_request_to_direct_names_no_addressee():
    """A fixture written for this test: "yêu cầu chỉ đạo X ..." asks the one asked before (or the letter's
    reader) to direct X; a paragraph of the article's makers is its byline."""
    text = ("Thủ tướng yêu cầu Chủ tịch UBND tỉnh Lai Châu trực tiếp chỉ đạo tìm kiếm cứu nạn. Thủ tướng cũng yêu "
            "cầu chỉ đạo các cơ quan chức năng khẩn trương điều tra nguyên nhân sự cố.\n\nThực hiện: Minh Anh\n")
    assert _tasks(text) == [("trực", ["Chủ tịch UBND tỉnh Lai Châu"], [], None),
                            ("chỉ", ["Chủ tịch UBND tỉnh Lai Châu"], [], "khẩn trương")]
    letter = ("Kính gửi: Sở Y tế.\n\nUBND tỉnh yêu cầu chỉ đạo các cơ quan chức năng điều tra nguyên nhân sự cố."
              "\n\nTin, ảnh: Hà Linh - Tuấn Minh\n")
    assert _tasks(letter) == [("chỉ", ["Sở Y tế"], [], None)]
    # with no one asked before, those it directs are the only bodies named
    assert _tasks("UBND tỉnh yêu cầu chỉ đạo các cơ quan chức năng điều tra nguyên nhân sự cố.") == [
        ("điều", ["các cơ quan chức năng"], [], None)]


@pytest.mark.parametrize(("text", "expected"), [
    # (fixtures written for this test) a subject said to be a committee's member acts, no comma before its action
    ("Các Sở, ban, ngành là thành viên Ban Chỉ huy phối hợp tham gia khắc phục hậu quả.",
     [("phối", ["Các Sở, ban, ngành"], [], None)]),
    ("Sở Y tế là thành viên Ban Chỉ đạo tỉnh chủ động kiểm tra các cơ sở.", [("chủ", ["Sở Y tế"], [], None)]),
    # ... but what a body or a person is, no action after it, is no task
    ("Trưởng Ban Điều hành quỹ là thành viên của Hội đồng quản lý quỹ.", []),
    ("Ông Nguyễn Văn A là thành viên Hội đồng Quản trị Công ty từ năm 2019.", []),
])
def test_a_committee_member_subject(text, expected):
    assert _tasks(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # (fixtures written for this test) the body a direction names after a purpose set off by commas
    ("UBND thành phố chỉ đạo, để thực hiện việc giao đơn vị tiếp nhận quản lý trạm cấp nước, vận hành theo đúng "
     "quy định, Sở Xây dựng khẩn trương hoàn thiện hồ sơ công trình.",
     [("khẩn", ["Sở Xây dựng"], [], "khẩn trương")]),
    # ... not one that speaks after it
    ("Công điện nhấn mạnh, để chủ động phòng, chống bão, Thủ tướng yêu cầu UBND các tỉnh ven biển triển khai "
     "ngay các biện pháp ứng phó.", [("triển", ["UBND các tỉnh ven biển"], [], "triển khai ngay")]),
    # "việc giao ...": the act of assigning, as a noun, names no addressee
    ("Sở Tài chính tham mưu việc giao đơn vị tiếp nhận trạm cấp nước.", [("tham", ["Sở Tài chính"], [], None)]),
])
def test_a_purpose_before_the_body_directed(text, expected):
    assert _tasks(text) == expected


def test_a_report_with_its_own_date_after_the_work_done_by_another():
    """A fixture written for this test: two time limits of one actor, the work's and its report's, are two tasks
    (one task shares one deadline); a report due with the work stays with it."""
    text = ("UBND tỉnh yêu cầu UBND các huyện tổ chức kiểm tra các cơ sở nhà trọ, hoàn thành trước ngày 15/6/2024, "
            "báo cáo kết quả về UBND tỉnh trước ngày 20/6/2024.")
    assert _tasks(text) == [("tổ", ["UBND các huyện"], [], "hoàn thành trước ngày 15/6/2024"),
                            ("báo", ["UBND các huyện"], [], "trước ngày 20/6/2024")]
    assert len(_tasks("UBND tỉnh yêu cầu UBND các huyện kiểm tra các cơ sở, báo cáo kết quả về UBND tỉnh trước ngày "
                      "20/6/2024.")) == 1


@pytest.mark.parametrize(("text", "expected"), [
    # (fixtures written for this test) what happened of late is background, whatever duty it tells of
    ("Bộ Công Thương yêu cầu các Sở Công Thương kiểm tra các cơ sở. Thời gian gần đây, cả nước đã xảy ra nhiều vụ "
     "ngộ độc rượu, trong đó một vụ đã làm 69 người phải nhập viện.",
     [("kiểm", ["các Sở Công Thương"], [], None)]),
    # a ministry agreeing with a proposal gives its opinion, no task; agreeing with a body on a step is one
    ("Bộ Xây dựng thống nhất với chủ trương đầu tư xây dựng khu hành chính tập trung của tỉnh.", []),
    ("Sở Tài chính thống nhất với Sở Kế hoạch và Đầu tư trình UBND tỉnh phương án phân bổ vốn.",
     [("thống", ["Sở Tài chính"], [], None)]),
])
def test_background_and_opinions(text, expected):
    assert _tasks(text) == expected


def test_a_direction_told_then_a_time_then_the_body_bound():
    """A fixture written for this test: whose direction it is, then by when, then the bodies bound by a duty."""
    assert _tasks("Theo chỉ đạo của UBND TX.Dĩ An, đến hết tháng 7-2014, các phường trên địa bàn TX.Dĩ An phải rà "
                  "soát, lập danh sách các cơ sở nuôi chim yến.") == [
        ("phải", ["các phường trên địa bàn TX.Dĩ An"], [], "đến hết tháng 7-2014")]


def test_a_sentence_that_only_sets_the_time_of_the_request_before_it():
    """A fixture written for this test: "Hoàn thành xong trong ngày ..." dates the request before it."""
    assert _tasks("Cục Viễn thông yêu cầu các doanh nghiệp viễn thông công bố danh sách trên trang thông tin điện "
                  "tử. Hoàn thành xong trong ngày 15-3-2023.") == [
        ("công", ["các doanh nghiệp viễn thông"], [], "xong trong ngày 15-3-2023")]


def test_office_holders_take_no_role_and_an_issuer_informing_is_no_task():
    """A fixture written for this test: what follows a group of office holders is what they do; a notice's issuer
    telling how things stand gives no task."""
    assert _tasks("Các thôn trưởng quản lý chó nuôi địa bàn mình phụ trách bằng việc lập danh sách các hộ nuôi "
                  "chó.") == [("quản", ["Các thôn trưởng"], [], None)]
    text = ("BỘ Y TẾ\nSố: 980/TB-BYT\nHà Nội, ngày 12 tháng 11 năm 2007\nTHÔNG BÁO\nVề tình hình dịch tiêu chảy "
            "cấp\n\n"
            "Được sự ủy quyền của Thủ tướng Chính phủ, Bộ Y tế thông báo tình hình dịch tiêu chảy cấp như sau: từ ngày "
            "23/10 đến nay có 1.000 ca mắc.\n\nĐề nghị các địa phương khẩn trương triển khai các biện pháp "
            "phòng dịch.\n")
    assert [t[0] for t in _tasks(text)] == ["khẩn"]


def test_a_meeting_heard_reports_and_a_speaker_asking_again():
    """Fixtures written for this test: the reports a meeting heard, listed one per ";", charge their presenters
    nothing (a request after them does); a speaker asking again, naming no one after a fronted topic, asks the
    body it asked before."""
    assert _tasks("Chính phủ đã nghe Bộ trưởng Bộ Kế hoạch và Đầu tư trình Báo cáo tình hình kinh tế - xã hội năm "
                  "2006; Bộ trưởng Bộ Tài chính trình Báo cáo kết quả thực hiện ngân sách Nhà nước năm 2006; giao "
                  "Bộ Tài chính hoàn chỉnh báo cáo trình Quốc hội.") == [("hoàn", ["Bộ Tài chính"], [], None)]
    assert _tasks("Chính phủ cũng đã nghe Bộ trưởng Bộ Tài nguyên và Môi trường trình dự thảo Chỉ thị về quy hoạch "
                  "sử dụng đất; Báo cáo tình hình thương mại tháng 2-2007 do Bộ trưởng Bộ Thương mại trình.") == []
    assert _tasks("Bộ Văn hóa, Thể thao và Du lịch đề nghị UBND thành phố Hải Phòng chỉ đạo các ngành tổ chức lễ "
                  "hội an toàn.\n\nVề an ninh, Bộ Văn hóa, Thể thao và Du lịch đề nghị kiểm soát và ngăn chặn các "
                  "hiện tượng cá cược trong lễ hội.") == [
        ("chỉ", ["UBND thành phố Hải Phòng"], [], None), ("kiểm", ["UBND thành phố Hải Phòng"], [], None)]


def test_a_sector_addressed_as_a_whole_and_a_dated_stretch_before_the_body_charged():
    """Fixtures written for this test: a ministry writes its own sector "toàn Ngành"; a request may open with the
    year or month it covers before the body it charges."""
    assert _tasks("Tổng cục trưởng đề nghị toàn Ngành nỗ lực hoàn thành chỉ tiêu dự toán thu ngân sách.") == [
        ("nỗ", ["toàn Ngành"], [], None)]
    assert _tasks("Tổng cục trưởng yêu cầu trong năm 2021, toàn Ngành cần chủ động triển khai Đề án kiểm tra "
                  "chuyên ngành.") == [("cần", ["toàn Ngành"], [], None)]
