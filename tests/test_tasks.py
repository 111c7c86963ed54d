"""Task assembly: which units are tasks, and their lead, support and deadline.

Each case is a small document written the way offices write; the expectations list the
tasks in order as (words of the action, lead names, support names, deadline due or kind).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.api import extract, extract_text
from pipeline.extractors.tasks.vocab import compile_vocab
from pipeline.resources import load_resources

HEADER = (
    "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG BÌNH\n-------\nSố: 15/KH-UBND\n\n"
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\n"
    "Quảng Bình, ngày 10 tháng 3 năm 2024\n\nKẾ HOẠCH\nTriển khai nhiệm vụ năm 2024\n\n"
)
CLOSING = "\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n\nHoàng Văn Nam"

_COMMAND = "Ban Chỉ huy Phòng, chống thiên tai và TKCN các huyện"


_MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"


def _heading(issuer_and_number: str, place_and_date: str) -> str:
    """A document's header as offices type it: issuer and number (and a letter's "V/v"), the motto, the date."""
    return f"{issuer_and_number}\n\n{_MOTTO}{place_and_date}\n\n"

CASES = {
    "addressing verb and roles": (
        "UBND tỉnh giao Sở Kế hoạch và Đầu tư chủ trì, phối hợp với Sở Tài chính tham mưu bố trí vốn "
        "cho các dự án trọng điểm, hoàn thành trong quý II/2024.",
        [("tham mưu bố trí vốn", ["Sở Kế hoạch và Đầu tư"], ["Sở Tài chính"], "2024-06-30")],
    ),
    # a fixture written for this test: fields counted and listed inline, nouns of actions among them,
    # are what the item's action covers, not actions of their own
    "fields counted inline": (
        "3. Ủy ban nhân dân các tỉnh, thành phố:\n- Sắp xếp đơn vị sự nghiệp công lập thuộc Sở Tư pháp tương ứng "
        "với 03 lĩnh vực sau: (1) trợ giúp pháp lý; (2) quản lý đê điều; (3) đăng ký đất đai.\n"
        "- Báo cáo kết quả sắp xếp về Bộ Nội vụ trước ngày 30/6/2024.",
        [("Sắp xếp đơn vị sự nghiệp", ["Ủy ban nhân dân các tỉnh, thành phố"], [], None),
         ("Báo cáo kết quả sắp xếp", ["Ủy ban nhân dân các tỉnh, thành phố"], [], "2024-06-30")],
    ),
    # a fixture written for this test: a committee named with the body it belongs to is one subject
    "a committee of the National Assembly": (
        "3. Ủy ban Khoa học, Công nghệ và Môi trường của Quốc hội chủ trì, phối hợp với Hội đồng Dân tộc tổng hợp, "
        "báo cáo kết quả thực hiện Kế hoạch này.",
        [("tổng hợp, báo cáo kết quả", ["Ủy ban Khoa học, Công nghệ và Môi trường của Quốc hội"],
          ["Hội đồng Dân tộc"], None)],
    ),
    # a fixture written for this test: an item about a topic that assigns the authority's own officials
    "an authority's officials assigned": (
        "Ủy ban nhân dân tỉnh giao:\n1. Các sở, ngành căn cứ chức năng, nhiệm vụ, tham mưu UBND tỉnh thực hiện "
        "các giải pháp.\n2. Đối với các kiến nghị của tỉnh: Phân công các Phó Chủ tịch UBND tỉnh chủ trì chỉ đạo "
        "các sở, ngành làm việc với các Bộ.",
        [("tham mưu UBND tỉnh", ["Các sở, ngành"], [], None),
         ("chỉ đạo các sở, ngành làm việc", ["Phó Chủ tịch UBND tỉnh"], [], None)],
    ),
    # a fixture written for this test: a công điện whose lead-in names the bodies, then a label per body
    # and paragraphs without markers, the label's up to the next label
    "paragraphs under a label of one body the lead-in names": (
        "Chủ tịch UBND tỉnh yêu cầu: Chủ tịch UBND các huyện; Giám đốc Sở Nông nghiệp và Phát triển nông thôn "
        "thực hiện ngay một số nội dung:\n"
        "Chủ tịch UBND các huyện: Tiếp tục triển khai Chỉ thị số 11/CT-UBND về phòng, chống rét.\n"
        "Tổ chức kiểm tra việc che chắn chuồng trại tới tận thôn, bản.\n"
        "Giám đốc Sở Nông nghiệp và Phát triển nông thôn: Chỉ đạo các đơn vị hướng dẫn nhân dân chống rét.\n"
        "Báo cáo kết quả về UBND tỉnh trước ngày 15/01/2024.",
        [("Tiếp tục triển khai Chỉ thị", ["Chủ tịch UBND các huyện"], [], None),
         ("Tổ chức kiểm tra việc che chắn", ["Chủ tịch UBND các huyện"], [], None),
         ("Chỉ đạo các đơn vị hướng dẫn", ["Giám đốc Sở Nông nghiệp và Phát triển nông thôn"], [], None),
         ("Báo cáo kết quả về UBND tỉnh", ["Giám đốc Sở Nông nghiệp và Phát triển nông thôn"], [], "2024-01-15")],
    ),
    # fixtures written for this test: bodies taken one by one ("mỗi", "từng") are those charged above, a
    # group; a source's "nêu rõ," frames no action
    "each of the bodies a lead-in charges": (
        "UBND huyện yêu cầu Thủ trưởng các cơ quan, ban ngành cấp huyện, Chủ tịch UBND các xã, thị trấn:\n"
        "Tổ chức quán triệt Kế hoạch số 110/KH-UBND đến cán bộ, công chức.\n"
        "Mỗi cơ quan, đơn vị bố trí 01 thùng thu gom pin thải tại trụ sở.",
        [("Tổ chức quán triệt", ["Thủ trưởng các cơ quan, ban ngành cấp huyện", "Chủ tịch UBND các xã, thị trấn"],
          [], None),
         ("bố trí 01 thùng", ["Thủ trưởng các cơ quan, ban ngành cấp huyện", "Chủ tịch UBND các xã, thị trấn"],
          [], None)],
    ),
    # fixtures written for this test: a kind of body named by a relative clause, which runs to an adverb,
    # a duty, or (by the word analysis) a verb after the clause's own verb and its object
    "bodies named by a relative clause": (
        "1. Hằng năm, cơ quan được giao quyền tổ chức thi nâng ngạch xây dựng kế hoạch thi gửi Bộ Nội vụ.\n"
        "2. Các đơn vị được giao nhiệm vụ trong Kế hoạch khẩn trương triển khai thực hiện đúng tiến độ.\n"
        "3. Đơn vị đã đăng ký tiến hành tự kiểm tra theo hướng dẫn.",
        [("xây dựng kế hoạch thi", ["cơ quan được giao quyền tổ chức thi nâng ngạch"], [], "recurring"),
         ("khẩn trương triển khai", ["Các đơn vị được giao nhiệm vụ trong Kế hoạch"], [], "asap"),
         ("tiến hành tự kiểm tra", ["Đơn vị đã đăng ký"], [], None)],
    ),
    "abbreviated agencies": (
        "Yêu cầu Sở KH&ĐT chủ trì, phối hợp với Sở TT&TT xây dựng cơ sở dữ liệu đầu tư công trước ngày 30/6.",
        [("xây dựng cơ sở dữ liệu", ["Sở Kế hoạch và Đầu tư"], ["Sở Thông tin và Truyền thông"], "2024-06-30")],
    ),
    "subject with obligation": (
        "Công an tỉnh có trách nhiệm bảo đảm an ninh trật tự tại các điểm bầu cử.",
        [("bảo đảm an ninh trật tự", ["Công an tỉnh"], [], None)],
    ),
    # fixtures written for this test: the competence a subject acts within, set off by commas
    "competence between subject and action": (
        "Chính phủ, Bộ Lao động - Thương binh và Xã hội, trong phạm vi nhiệm vụ, quyền hạn của mình, hướng dẫn, "
        "tổ chức thi hành Kế hoạch này.",
        [("hướng dẫn, tổ chức thi hành", ["Chính phủ", "Bộ Lao động - Thương binh và Xã hội"], [], None)],
    ),
    "functions given between subject and action": (
        "Các sở, ban, ngành, theo chức năng, nhiệm vụ được giao, chủ động triển khai thực hiện Kế hoạch này.",
        [("chủ động triển khai thực hiện", ["Các sở, ban, ngành"], [], None)],
    ),
    "several actors in one sentence are split": (
        "Sở Y tế tổ chức tiêm chủng mở rộng; Sở Giáo dục và Đào tạo phối hợp tuyên truyền trong trường học.",
        [("tổ chức tiêm chủng", ["Sở Y tế"], [], None),
         ("tuyên truyền trong trường học", ["Sở Giáo dục và Đào tạo"], [], None)],
    ),
    "lead-in with addressees, then items": (
        "UBND tỉnh yêu cầu UBND các huyện, thị xã, thành phố:\n"
        "- Rà soát các điểm sạt lở, hoàn thành trước ngày 15/4/2024.\n"
        "- Báo cáo kết quả về Sở Nông nghiệp và Phát triển nông thôn hằng tháng.",
        [("Rà soát các điểm sạt lở", ["UBND các huyện, thị xã, thành phố"], [], "2024-04-15"),
         ("Báo cáo kết quả", ["UBND các huyện, thị xã, thành phố"], [], "recurring")],
    ),
    "items labelled with their actor": (
        "Để triển khai Kế hoạch, UBND tỉnh giao các cơ quan sau:\n"
        "+ Sở Xây dựng: chủ trì, phối hợp với Sở Tài chính rà soát định mức chi phí; hoàn thành trong năm 2024.\n"
        "+ Công an tỉnh: xây dựng phương án bảo đảm trật tự an toàn giao thông.",
        [("rà soát định mức chi phí", ["Sở Xây dựng"], ["Sở Tài chính"], "2024-12-31"),
         ("xây dựng phương án bảo đảm", ["Công an tỉnh"], [], None)],
    ),
    "section heading names the actor": (
        "IV. TỔ CHỨC THỰC HIỆN\n1. Sở Văn hóa, Thể thao và Du lịch:\n"
        "- Chủ trì tổ chức Lễ hội văn hóa các dân tộc trong tháng 8/2024.\n"
        "- Hướng dẫn các địa phương bảo tồn di tích.\n2. Sở Tài chính:\n"
        "- Thẩm định dự toán kinh phí tổ chức Lễ hội.",
        [("tổ chức Lễ hội văn hóa", ["Sở Văn hóa, Thể thao và Du lịch"], [], "2024-08-31"),
         ("bảo tồn di tích", ["Sở Văn hóa, Thể thao và Du lịch"], [], None),
         ("Thẩm định dự toán", ["Sở Tài chính"], [], None)],
    ),
    "structured plan lines": (
        "II. NỘI DUNG\n1. Kiểm tra an toàn thực phẩm\n"
        "Tổ chức kiểm tra liên ngành các cơ sở sản xuất, kinh doanh thực phẩm dịp Tết.\n"
        "- Cơ quan chủ trì: Sở Y tế.\n- Cơ quan phối hợp: Sở Công Thương, Công an tỉnh.\n"
        "- Thời gian thực hiện: quý I/2024.",
        [("kiểm tra liên ngành", ["Sở Y tế"], ["Sở Công Thương", "Công an tỉnh"], "2024-03-31")],
    ),
    "member list after a group": (
        "Các sở: Y tế, Giáo dục và Đào tạo, Xây dựng căn cứ chức năng, nhiệm vụ triển khai thực hiện Kế hoạch.",
        [("triển khai thực hiện Kế hoạch",
          ["Sở Y tế", "Sở Giáo dục và Đào tạo", "Sở Xây dựng"], [], None)],
    ),
    "inline enumeration": (
        "UBND tỉnh yêu cầu Sở Nội vụ: (1) Rà soát vị trí việc làm; (2) Tổng hợp nhu cầu biên chế năm 2025.",
        [("Rà soát vị trí việc làm", ["Sở Nội vụ"], [], None),
         ("Tổng hợp nhu cầu biên chế", ["Sở Nội vụ"], [], None)],
    ),
    "restrictive clause between subject and action": (
        "Các cơ quan, đơn vị thực hiện lịch nghỉ trên bố trí trực cơ quan; các cơ quan, đơn vị không thực hiện "
        "lịch nghỉ cố định sẽ căn cứ vào kế hoạch cụ thể để bố trí lịch nghỉ phù hợp.",
        [("bố trí trực cơ quan", ["Các cơ quan, đơn vị"], [], None),
         ("căn cứ vào kế hoạch cụ thể", ["các cơ quan, đơn vị"], [], None)],
    ),
    "a heading that only names the actor": (
        "Sở Y tế yêu cầu các đơn vị triển khai các nội dung sau\n1. Trung tâm Kiểm soát bệnh tật tỉnh\n"
        "a) Cấp phát hóa chất khử khuẩn cho các huyện trước ngày 25/9.\n"
        "b) Tổng hợp số liệu ca bệnh, báo cáo Sở Y tế trước 15 giờ thứ Sáu hằng tuần.\n"
        "2. Các bệnh viện\na) Sắp xếp khu vực điều trị riêng cho bệnh nhi.\n"
        "b) Định kỳ 6 tháng (trước ngày 15/6 và 15/12) báo cáo kết quả về Sở Y tế.",
        [("Cấp phát hóa chất", ["Trung tâm Kiểm soát bệnh tật tỉnh"], [], "2024-09-25"),
         ("Tổng hợp số liệu ca bệnh", ["Trung tâm Kiểm soát bệnh tật tỉnh"], [], "recurring"),
         ("Sắp xếp khu vực điều trị", ["Các bệnh viện"], [], None),
         ("báo cáo kết quả về Sở Y tế", ["Các bệnh viện"], [], "recurring")],
    ),
    "two agencies in one sentence joined by 'còn'": (
        "Sở Công Thương chỉ đạo kiểm soát giá cả thị trường, còn Sở Y tế tổ chức các đoàn kiểm tra an toàn thực phẩm.",
        [("kiểm soát giá cả", ["Sở Công Thương"], [], None),
         ("tổ chức các đoàn kiểm tra", ["Sở Y tế"], [], None)],
    ),
    "an aside between subject and action": (
        "Các chủ rừng là tổ chức (Ban Quản lý rừng phòng hộ, Công ty Lâm nghiệp Bến Hải) bố trí lực lượng "
        "bảo vệ rừng chuyên trách trước mùa khô.",
        [("bố trí lực lượng bảo vệ rừng", ["Các chủ rừng"], [], None)],
    ),
    "a generic noun addressed without 'các'": (
        "Đề nghị doanh nghiệp thanh toán đầy đủ tiền lương cho người lao động trước ngày 20/1.",
        [("thanh toán đầy đủ tiền lương", ["doanh nghiệp"], [], "2024-01-20")],
    ),
    "duties of a body a decision establishes": (
        "Điều 1. Thành lập Ban Chỉ đạo Tổng điều tra kinh tế tỉnh, gồm các ông (bà) có tên sau:\n"
        "- Trưởng ban: Ông Nguyễn Văn An - Phó Chủ tịch UBND tỉnh.\n"
        "- Các ủy viên: đại diện lãnh đạo Sở Tài chính, Sở Nội vụ.\n"
        "Điều 2. Nhiệm vụ của Ban Chỉ đạo\n"
        "1. Tổ chức, chỉ đạo thực hiện Tổng điều tra trên địa bàn tỉnh.\n"
        "2. Kiểm tra, giám sát việc thu thập thông tin tại địa bàn.",
        [("chỉ đạo thực hiện Tổng điều tra", ["Ban Chỉ đạo"], [], None),
         ("giám sát việc thu thập thông tin", ["Ban Chỉ đạo"], [], None)],
    ),
    "a Party committee assigns": (
        "Giao Ban cán sự đảng UBND tỉnh lãnh đạo, chỉ đạo:\n"
        "- Rà soát, điều chỉnh Quy hoạch phát triển du lịch, hoàn thành trong quý IV/2016.\n"
        "- Báo cáo kết quả về Ban Thường vụ Tỉnh ủy trước ngày 15/12/2016.",
        [("Rà soát, điều chỉnh Quy hoạch", ["Ban cán sự đảng UBND tỉnh"], [], "2016-12-31"),
         ("Báo cáo kết quả về Ban Thường vụ", ["Ban cán sự đảng UBND tỉnh"], [], "2016-12-15")],
    ),
    "relative deadline": (
        "Giao Sở Tư pháp thẩm định dự thảo Quyết định trong vòng 10 ngày kể từ ngày nhận được hồ sơ.",
        [("thẩm định dự thảo Quyết định", ["Sở Tư pháp"], [], "2024-03-20")],
    ),
    "task table whose content column joins two words with 'và'": (
        "STT | NHIỆM VỤ VÀ GIẢI PHÁP | CHỦ TRÌ | PHỐI HỢP | THỜI GIAN\n"
        "I | NHÓM GIẢI PHÁP VỀ CƠ CHẾ CHÍNH SÁCH | | |\n"
        "1 | Xây dựng cơ chế đặt hàng nghiên cứu khoa học và công nghệ | Sở Khoa học và Công nghệ | "
        "Sở Tài chính | 2026",
        [("Xây dựng cơ chế đặt hàng", ["Sở Khoa học và Công nghệ"], ["Sở Tài chính"], "2026-12-31")],
    ),
    "asap word": (
        "Đề nghị Ban Quản lý dự án đầu tư xây dựng tỉnh khẩn trương hoàn thiện hồ sơ quyết toán.",
        [("hoàn thiện hồ sơ quyết toán", ["Ban Quản lý dự án đầu tư xây dựng tỉnh"], [], "asap")],
    ),
    "task table": (
        "TT | Nội dung công việc | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành\n"
        "I | CẢI CÁCH THỂ CHẾ | | |\n"
        "1 | Rà soát văn bản quy phạm pháp luật của tỉnh | Sở Tư pháp | Các sở, ban, ngành | Quý II/2024\n"
        "2 | Kiểm tra cải cách hành chính tại các địa phương | Sở Nội vụ | | 30/9\n"
        "3 | Tuyên truyền về cải cách hành chính | Sở TT&TT | Báo Quảng Bình | Thường xuyên\n"
        "4 | Đo lường sự hài lòng của người dân | Sở Nội vụ | Sở KH&ĐT | Năm 2024",
        [("Rà soát văn bản quy phạm", ["Sở Tư pháp"], ["Các sở, ban, ngành"], "2024-06-30"),
         ("Kiểm tra cải cách hành chính", ["Sở Nội vụ"], [], "2024-09-30"),
         ("Tuyên truyền về cải cách", ["Sở Thông tin và Truyền thông"], ["Báo Quảng Bình"], None),
         ("Đo lường sự hài lòng", ["Sở Nội vụ"], ["Sở Kế hoạch và Đầu tư"], "2024-12-31")],
    ),
    "a time column named for two steps": (
        "TT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian thực hiện/ hoàn thành\n"
        "1. | Hoàn thiện dự thảo Nghị định về kiểm kê khí nhà kính | Cục Biến đổi khí hậu | Vụ Pháp chế | Tháng 8/2024",
        [("Hoàn thiện dự thảo Nghị định", ["Cục Biến đổi khí hậu"], ["Vụ Pháp chế"], "2024-08-31")],
    ),
    "a Government programme's time to submit": (
        "TT | Nội dung công việc | Sản phẩm | Cơ quan chủ trì thực hiện | Cơ quan phối hợp thực hiện | "
        "Thời gian trình\n"
        "1 | Xây dựng Nghị định về quản lý khoáng sản | Nghị định | Bộ Tài nguyên và Môi trường | Bộ Tư pháp | "
        "Quý III, năm 2022",
        [("Xây dựng Nghị định về quản lý", ["Bộ Tài nguyên và Môi trường"], ["Bộ Tư pháp"], "2022-09-30")],
    ),
    "a time cell that spans years or a stage": (
        "TT | Nội dung công việc | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian thực hiện\n"
        "1 | Xây dựng cơ sở dữ liệu khoáng sản | Sở Tài nguyên và Môi trường | Sở Công Thương | Năm 2022 - 2025\n"
        "2 | Xây dựng kịch bản phát thải | Sở Tài nguyên và Môi trường | Sở Công Thương | Giai đoạn 2012 - 2015",
        [("Xây dựng cơ sở dữ liệu", ["Sở Tài nguyên và Môi trường"], ["Sở Công Thương"], "2025-12-31"),
         ("Xây dựng kịch bản phát thải", ["Sở Tài nguyên và Môi trường"], ["Sở Công Thương"], "2015-12-31")],
    ),
    "a report of what was done, in a row's time column, is no time cell": (
        "TT | Nội dung công việc | Cơ quan chủ trì | Thời hạn\n"
        "1 | Xây dựng cơ sở dữ liệu khoáng sản | Sở Tài nguyên và Môi trường | Ngày 23/9/2025, Sở đã họp với "
        "các đơn vị liên quan để thống nhất cấu trúc dữ liệu và giao Trung tâm Công nghệ thông tin xây dựng phần mềm",
        [("Xây dựng cơ sở dữ liệu", ["Sở Tài nguyên và Môi trường"], [], None)],
    ),
    "partners that are a People's Committee's specialised bodies": (
        "Cục Biến đổi khí hậu chủ trì, phối hợp với các cơ quan chuyên môn thuộc Ủy ban nhân dân các tỉnh hướng dẫn "
        "kiểm kê khí nhà kính.",
        [("hướng dẫn kiểm kê", ["Cục Biến đổi khí hậu"], ["các cơ quan chuyên môn thuộc Ủy ban nhân dân các tỉnh"],
          None)],
    ),
    "an actor-less item inherits the document's addressee": (
        "Kính gửi: Sở Tài nguyên và Môi trường.\n\nUBND tỉnh có ý kiến như sau:\n"
        "1. Khẩn trương hoàn thành hồ sơ điều chỉnh quy hoạch sử dụng đất trước ngày 20/5/2024.",
        [("hoàn thành hồ sơ điều chỉnh", ["Sở Tài nguyên và Môi trường"], [], "2024-05-20")],
    ),
    "a basis that ends on the document naming itself, then the action without a comma": (
        "III. TỔ CHỨC THỰC HIỆN\n1. Sở Y tế:\n- Căn cứ vào nội dung, nhiệm vụ của Kế hoạch này xây dựng kế hoạch "
        "triển khai chi tiết phù hợp với đơn vị.\n- Căn cứ Quyết định này xây dựng quy trình nội bộ giải quyết thủ "
        "tục hành chính.",
        [("xây dựng kế hoạch triển khai", ["Sở Y tế"], [], None), ("xây dựng quy trình nội bộ", ["Sở Y tế"], [], None)],
    ),
    "a request whose items give its contents, after a comma": (
        "Thực hiện Luật Đầu tư công, Chủ tịch UBND tỉnh yêu cầu Giám đốc các sở, Chủ tịch UBND các huyện triển khai "
        "việc lập kế hoạch đầu tư công trung hạn giai đoạn 2026 - 2030, với các nội dung sau:\n"
        "I. ĐÁNH GIÁ TÌNH HÌNH THỰC HIỆN\n1. Tình hình giải ngân vốn đầu tư công năm 2025.",
        [("triển khai việc lập kế hoạch", ["Giám đốc các sở", "Chủ tịch UBND các huyện"], [], None)],
    ),
    "the issuer's own plan, whose items are its contents": (
        "Để tổ chức thực hiện kịp thời, thống nhất và hiệu quả, Bộ Tài chính ban hành kế hoạch triển khai thực hiện "
        "Nghị định số 180/2025/NĐ-CP, với các nội dung sau:\nI. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích của kế hoạch.",
        [],
    ),
    "an item that opens with the pace of its step": (
        "Kính gửi: Sở Y tế.\n\nUBND tỉnh đề nghị Sở Y tế thực hiện các nội dung sau:\n"
        "1. Từng bước thay thế bệnh án giấy bằng bệnh án điện tử tại các bệnh viện tuyến tỉnh.\n"
        "2. Rà soát danh mục thiết bị y tế.",
        [("thay thế bệnh án giấy", ["Sở Y tế"], [], None), ("Rà soát danh mục", ["Sở Y tế"], [], None)],
    ),
    # fixtures written for this test: an official addressed as a comrade opens the sentence; one
    # person's offices, the last the one that acts
    "an official addressed as a comrade": (
        "Đồng chí Bí thư Huyện ủy chỉ đạo việc triển khai thực hiện nghiêm Công điện số 1099/CĐ-TTg.",
        [("chỉ đạo việc triển khai", ["Bí thư Huyện ủy"], [], None)],
    ),
    "one comrade's offices": (
        "III. TỔ CHỨC THỰC HIỆN\n- Đồng chí Ủy viên Ban Thường vụ Đảng ủy, Phó Chủ tịch Thường trực Ủy ban MTTQ "
        "Việt Nam xã chỉ đạo trực tiếp các chuyên viên được phân công thực hiện công tác bầu cử.",
        [("chỉ đạo trực tiếp các chuyên viên", ["Phó Chủ tịch Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã"],
          [], None)],
    ),
    # a fixture written for this test: the officials of every province, addressed as comrades
    "comrades of every province": (
        "2. Đồng chí Bí thư Tỉnh ủy, Thành ủy, Chủ tịch Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương dự, "
        "chỉ đạo tại các điểm cầu chính trên địa bàn tỉnh.",
        [("dự, chỉ đạo tại các điểm cầu", ["Bí thư Tỉnh ủy, Thành ủy",
                                          "Chủ tịch Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương"], [], None)],
    ),
    # a fixture written for this test: the remit the last official of a list acts within, before the duty
    "the remit after a list of officials": (
        "IV. TỔ CHỨC THỰC HIỆN\n1. Thủ trưởng các Sở, ban, ngành; Chủ tịch UBND cấp xã căn cứ chức năng, nhiệm vụ "
        "được giao, có trách nhiệm triển khai thực hiện Chỉ thị này.",
        [("có trách nhiệm triển khai", ["Thủ trưởng các Sở, ban, ngành", "Chủ tịch UBND cấp xã"], [], None)],
    ),
    # a fixture written for this test: what an adviser proposes the authority ask of others is the
    # adviser's task
    "a request proposed to an authority": (
        "III. TỔ CHỨC THỰC HIỆN\n1. Sở Tài chính:\n- Tham mưu UBND tỉnh chỉ đạo các huyện rà soát các dự án tồn đọng.\n"
        "- Chủ trì, phối hợp Sở Xây dựng tham mưu UBND tỉnh đề nghị Bộ Tài chính bổ sung kinh phí.\n"
        "2. Sở Nội vụ tham mưu UBND tỉnh yêu cầu các huyện báo cáo tình hình biên chế.",
        [("chỉ đạo các huyện rà soát", ["Sở Tài chính"], [], None),
         ("đề nghị Bộ Tài chính bổ sung", ["Sở Tài chính"], ["Sở Xây dựng"], None),
         ("yêu cầu các huyện báo cáo", ["Sở Nội vụ"], [], None)],
    ),
    # fixtures written for this test: departments whose sector a letter writes in small letters; a body
    # asked in the passive; the parties a body oversees; the voters of a meeting's agenda
    "departments by a sector in small letters": (
        "Bộ Giáo dục và Đào tạo đề nghị các sở giáo dục và đào tạo báo cáo tình hình thực hiện Thông tư 26.",
        [("báo cáo tình hình thực hiện", ["các sở giáo dục và đào tạo"], [], None)],
    ),
    "a body asked in the passive": (
        "Sau khi kiểm tra hiện trường, UBND phường Cao Lãnh được yêu cầu theo dõi sát diễn biến sạt lở, cắm biển "
        "cảnh báo.",
        [("theo dõi sát diễn biến", ["UBND phường Cao Lãnh"], [], None)],
    ),
    "contractors a project board oversees": (
        "Ban Quản lý dự án đầu tư xây dựng tỉnh yêu cầu các nhà thầu đang thi công gần khu vực sạt lở chuẩn bị "
        "nhân lực, phương tiện để hỗ trợ xử lý khẩn cấp.",
        [("chuẩn bị nhân lực, phương tiện", ["Ban Quản lý dự án đầu tư xây dựng tỉnh"], [], None)],
    ),
    "a meeting's agenda": (
        "II. NỘI DUNG TIẾP XÚC\nỦy ban MTTQ xã chủ trì hội nghị với các nội dung sau:\n"
        "1. Dự kiến chương trình kỳ họp thứ VII Hội đồng nhân dân xã.\n"
        "2. Cử tri nghe báo cáo tóm tắt tình hình phát triển kinh tế - xã hội năm 2023.\n",
        [],
    ),
    # a fixture written for this test: a ministry and the office it holds in a joint committee, after a dash
    "a body's office in a joint committee, after a dash": (
        "Về kỳ họp Ủy ban liên Chính phủ, Phó Thủ tướng có ý kiến như sau: Bộ Kế hoạch và Đầu tư - Chủ tịch Phân ban "
        "Việt Nam của Ủy ban, tổ chức đoàn Việt Nam tham gia kỳ họp.",
        [("tổ chức đoàn Việt Nam", ["Bộ Kế hoạch và Đầu tư"], [], None)],
    ),
    # fixtures written for this test: a council's organs named with the council, "của" left out
    "a council's boards, the council alone": (
        "4. Giao Ban Pháp chế HĐND tỉnh\n- Chủ trì, phối hợp các Ban HĐND tham mưu chuẩn bị nội dung làm việc.\n"
        "- Phối hợp các Ban HĐND tỉnh và Sở Tư pháp hoàn thiện danh mục nghị quyết.",
        [("tham mưu chuẩn bị nội dung", ["Ban Pháp chế HĐND tỉnh"], ["các Ban HĐND"], None),
         ("hoàn thiện danh mục", ["Ban Pháp chế HĐND tỉnh"], ["các Ban HĐND tỉnh", "Sở Tư pháp"], None)],
    ),
}

# Test fixtures written for this suite (not evidence of accuracy): nesting of any depth and
# order, and the bodies of rules.
CASES.update({
    # a fixture written for this test: the soft copy of a report, sent to a mailbox, is how the report
    # above is sent, no task of its own
    "a soft copy sent to a mailbox": (
        "Giao Sở Nội vụ tổng hợp kết quả đánh giá, báo cáo UBND tỉnh trước ngày 20/3/2024. Đồng thời gửi bản "
        "mềm báo cáo về địa chỉ thư điện tử: vanphong@quangbinh.gov.vn.",
        [("tổng hợp kết quả đánh giá", ["Sở Nội vụ"], [], "2024-03-20")],
    ),
    # a fixture written for this test: a leader's conclusions run into the sentence that reports them
    "conclusions after the speaker's colon, in one sentence": (
        "Phó Chủ tịch UBND huyện kết luận: Tăng cường kiểm tra việc xây dựng trái phép trên địa bàn.",
        [("Tăng cường kiểm tra việc xây dựng", ["Phó Chủ tịch UBND huyện"], [], None)],
    ),
    # a fixture written for this test: what a leader notes, then a stance told as a fact, is no task
    "a stance after a leader notes": (
        "Bộ Y tế đã báo cáo phương án. Thủ tướng lưu ý, do dịch bệnh kéo dài nên Thủ tướng đồng ý với chủ "
        "trương giảm tải chương trình. Bộ Y tế xây dựng kế hoạch tiêm chủng.",
        [("xây dựng kế hoạch tiêm chủng", ["Bộ Y tế"], [], None)],
    ),
    # a fixture written for this test: a sentence about the time the request above is due by, then the
    # report due with it
    "a time sentence after the request, its report after the time": (
        "Ban Thường vụ Huyện ủy đề nghị các chi bộ tổ chức quán triệt Kết luận số 12-KL/TW đến cán bộ, đảng viên.\n"
        "Thời gian hoàn thành việc quán triệt chậm nhất ngày 14/5/2024 và báo cáo kết quả về Ban Thường vụ "
        "Huyện ủy qua Ban Tuyên giáo Huyện ủy.",
        [("tổ chức quán triệt Kết luận", ["các chi bộ"], [], "2024-05-14")],
    ),
    # a fixture written for this test: a sentence with a purpose at each end; the one at its end names who
    # benefits, not who carries on in the next sentence
    "a purpose at each end of the sentence": (
        "Để chấn chỉnh, UBND huyện giao Phòng Tài nguyên và Môi trường chủ trì xây dựng đề cương báo cáo để "
        "UBND các xã căn cứ thực hiện. Đồng thời, tham mưu UBND huyện xây dựng kế hoạch kiểm tra hàng tháng.",
        [("xây dựng đề cương báo cáo", ["Phòng Tài nguyên và Môi trường"], [], None),
         ("tham mưu UBND huyện xây dựng kế hoạch", ["Phòng Tài nguyên và Môi trường"], [], "recurring")],
    ),
    # a fixture written for this test: two offices, each with its own action, in one sentence parted by a
    # comma; a lead and its partner, and a list of bodies, stay one task
    "two bodies' actions parted by a comma": (
        "Chủ tịch UBND huyện đề nghị: Phòng Kinh tế - Hạ tầng thẩm định về nội dung kỹ thuật, Phòng Tài chính - "
        "Kế hoạch thẩm định kinh phí tổ chức lễ hội. Phòng Văn hóa chủ trì, Phòng Nội vụ phối hợp tổ chức "
        "kiểm tra. Phòng Y tế, Phòng Giáo dục tổ chức tập huấn.",
        [("thẩm định về nội dung kỹ thuật", ["Phòng Kinh tế - Hạ tầng"], [], None),
         ("thẩm định kinh phí", ["Phòng Tài chính - Kế hoạch"], [], None),
         ("tổ chức kiểm tra", ["Phòng Văn hóa"], ["Phòng Nội vụ"], None),
         ("tổ chức tập huấn", ["Phòng Y tế", "Phòng Giáo dục"], [], None)],
    ),
    # a fixture written for this test: two steps of one body, each with its own time, the first at the end of
    # a month
    "steps with their own times, one at a month's end": (
        "Yêu cầu Sở Giáo dục và Đào tạo tổ chức cuộc họp lấy ý kiến các thành viên Ban Chỉ đạo về Đề án vào cuối "
        "tháng 4 năm 2024; trình Ủy ban nhân dân tỉnh phê duyệt trong tháng 5 năm 2024.",
        [("tổ chức cuộc họp lấy ý kiến", ["Sở Giáo dục và Đào tạo"], [], "2024-04-30"),
         ("trình Ủy ban nhân dân tỉnh phê duyệt", ["Sở Giáo dục và Đào tạo"], [], "2024-05-31")],
    ),
    "the tasks a colon announces, written inline and parted by semicolons": (
        "Đồng chí Bí thư đề nghị các cơ quan bám sát nghị quyết của Thành ủy để tổ chức thực hiện. Trước mắt "
        "cần thực hiện một số nhiệm vụ trọng tâm như: Tuyên truyền sâu rộng cuộc vận động xây dựng nông thôn mới; "
        "chuẩn bị tốt công tác nhân sự đại hội; xây dựng kế hoạch tổ chức kỷ niệm ngày truyền thống.",
        [("bám sát nghị quyết", ["các cơ quan"], [], None),
         ("Tuyên truyền sâu rộng", ["các cơ quan"], [], None),
         ("chuẩn bị tốt công tác nhân sự", ["các cơ quan"], [], None),
         ("xây dựng kế hoạch tổ chức kỷ niệm", ["các cơ quan"], [], None)],
    ),
    "a leader who stresses what the bodies must do names them": (
        "Phát biểu kết luận hội nghị, đồng chí Chủ tịch UBND tỉnh nhấn mạnh các sở, ngành, địa phương bám sát "
        "chương trình hành động để chỉ đạo, điều hành linh hoạt.",
        [("bám sát chương trình hành động", ["các sở, ngành, địa phương"], [], None)],
    ),
    "the Prime Minister directs the ministries by 'chỉ thị'": (
        "Thủ tướng Chính phủ chỉ thị các Bộ, ngành tập trung chỉ đạo phòng, chống dịch cúm gia cầm.",
        [("tập trung chỉ đạo phòng, chống dịch", ["các Bộ, ngành"], [], None)],
    ),
    "the items a directive announces as 'một nội dung sau:', inline": (
        "Chủ tịch UBND tỉnh chỉ đạo Ban Chỉ huy PCTT và TKCN các huyện thực hiện ngay một nội dung sau: Cảnh báo "
        "cho nhân dân chủ động phòng tránh; rà soát ngay nhà ở của người dân; rà soát các lán trại đang thi công.",
        [("Cảnh báo cho nhân dân", [_COMMAND], [], "asap"),
         ("rà soát ngay nhà ở", [_COMMAND], [], "asap"),
         ("rà soát các lán trại", [_COMMAND], [], None)],
    ),
    "after a semicolon, the body leads a task of its own with its own partners": (
        "Sở Nông nghiệp và Phát triển nông thôn tham mưu UBND tỉnh chỉ đạo triển khai chương trình phát triển lâm "
        "nghiệp; chủ trì, phối hợp với các ngành liên quan và UBND cấp huyện tổ chức bảo vệ rừng.",
        [("tham mưu UBND tỉnh chỉ đạo", ["Sở Nông nghiệp và Phát triển nông thôn"], [], None),
         ("tổ chức bảo vệ rừng", ["Sở Nông nghiệp và Phát triển nông thôn"],
          ["các ngành liên quan", "UBND cấp huyện"], None)],
    ),
    "a duty set at a meeting, after the meeting's frame": (
        "Tại buổi làm việc, Sở Xây dựng cần khẩn trương hoàn thành các thủ tục pháp lý của dự án.",
        [("hoàn thành các thủ tục pháp lý", ["Sở Xây dựng"], [], "asap")],
    ),
    "semicolons inside one action with no announcing colon stay one task": (
        "Sở Y tế tổ chức tiêm chủng mở rộng tại các xã; giám sát ca bệnh tại cộng đồng; báo cáo kết quả hằng tháng.",
        [("tổ chức tiêm chủng", ["Sở Y tế"], [], None)],
    ),
    "units that belong to the issuing department, named by a lowercase word, and a centre named by its sectors": (
        "Sở yêu cầu các đơn vị sự nghiệp trực thuộc sở; Trung tâm Văn hóa, Thể thao và Truyền thông các huyện, "
        "thành phố tổ chức tuyên truyền kỷ niệm ngày thành lập tỉnh.",
        [("tổ chức tuyên truyền kỷ niệm",
          ["các đơn vị sự nghiệp trực thuộc sở", "Trung tâm Văn hóa, Thể thao và Truyền thông các huyện, thành phố"],
          [], None)],
    ),
    "the heads of the units under the department, which a capital 'Sở' alone names": (
        "Thủ trưởng các đơn vị trực thuộc Sở phối hợp với các cơ quan liên quan tuyên truyền về mục đích của Kỳ thi.",
        [("tuyên truyền về mục đích", ["Thủ trưởng các đơn vị trực thuộc Sở"], ["các cơ quan liên quan"], None)],
    ),
    "a group that goes on over 'và' with a unit of a level written without 'các'": (
        "Các cơ quan liên quan và đoàn thể huyện phối hợp với UBND các xã tuyên truyền cho người dân.",
        [("tuyên truyền cho người dân", ["Các cơ quan liên quan và đoàn thể huyện"], ["UBND các xã"], None)],
    ),
    "units that belong to a department named in full": (
        "UBND tỉnh yêu cầu các đơn vị trực thuộc Sở Y tế rà soát trang thiết bị phòng, chống dịch.",
        [("rà soát trang thiết bị", ["các đơn vị trực thuộc Sở Y tế"], [], None)],
    ),
    "a case of the same action after a semicolon is no task of its own": (
        "Bộ Giao thông vận tải yêu cầu Tổng cục Đường bộ Việt Nam kiểm tra các khu vực có nguy cơ ngập lụt; "
        "cử người trực gác tại các vị trí nước ngập sâu; khi cần thiết, phải rào chắn, cấm đường, phân luồng từ xa.",
        [("kiểm tra các khu vực có nguy cơ", ["Tổng cục Đường bộ Việt Nam"], [], None)],
    ),
    "a title over the bodies listed after its colon; bodies that have not yet acted, then their action": (
        "Giao Giám đốc: Sở Văn hóa, Thể thao và Du lịch, Sở Thông tin và Truyền thông phối hợp với UBND các "
        "huyện tiếp tục tuyên truyền và phát động trong toàn thể cán bộ, công chức.\n"
        "Các Sở, ban, ngành đến nay chưa gửi báo cáo theo Công văn số 12/UBND-TH, khẩn trương gửi báo cáo "
        "về Sở Tài chính.",
        [("tiếp tục tuyên truyền và phát động", ["Sở Văn hóa, Thể thao và Du lịch", "Sở Thông tin và Truyền thông"],
          ["UBND các huyện"], None),
         ("khẩn trương gửi báo cáo về Sở Tài chính", ["Các Sở, ban, ngành"], [], "asap")],
    ),
    "a label of when before the body and its action; an aside in brackets is no task of its own": (
        "UBND huyện yêu cầu các cơ quan, đơn vị thực hiện:\n"
        "Vào các ngày thứ bảy và Chủ nhật: UBND các xã, thị trấn vận động các hộ gia đình tổ chức làm vệ sinh "
        "khu vực xung quanh nhà, ngõ xóm v.v… (mỗi hộ gia đình chịu trách nhiệm chính khu vực nhà mình).",
        [("vận động các hộ gia đình", ["UBND các xã, thị trấn"], [], None)],
    ),
    "a basis citing a document, then the body charged after its comma": (
        "1. Căn cứ Quyết định số 123/QĐ-UBND ngày 12/3/2024 của UBND tỉnh và ý kiến của Bộ Tài chính tại "
        "công văn trên, Sở Y tế nghiên cứu, hoàn chỉnh Đề án thành lập Trung tâm.\n"
        "2. Căn cứ Luật số 31/2013/QH13 sửa đổi, bổ sung một số điều của Luật Thuế giá trị gia tăng, "
        "Sở Tài chính hướng dẫn các doanh nghiệp.",
        [("hoàn chỉnh Đề án thành lập", ["Sở Y tế"], [], None),
         ("hướng dẫn các doanh nghiệp", ["Sở Tài chính"], [], None)],
    ),
    "addressees after a comma, listed with semicolons, one task; a known name keeps its verb": (
        "Chủ tịch UBND tỉnh yêu cầu, Ban Chỉ huy phòng chống thiên tai và tìm kiếm cứu nạn các cấp; "
        "Ban Chỉ huy Quân sự tỉnh, Công an tỉnh; Công ty thủy điện Sơn La theo dõi chặt chẽ diễn biến mưa lũ.",
        [("theo dõi chặt chẽ diễn biến", ["Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn các cấp",
                                          "Ban Chỉ huy Quân sự tỉnh", "Công an tỉnh", "Công ty thủy điện Sơn La"],
          [], None)],
    ),
    "items under a list of bodies 'sau đây' name their own, in apposition or before a basis": (
        "Điều 2. Các cơ quan, đơn vị sau đây chịu trách nhiệm tổ chức thực hiện Kế hoạch:\n"
        "1. Sở Kế hoạch và Đầu tư - cơ quan thường trực Ban vì sự tiến bộ phụ nữ tỉnh giúp Ban tham mưu "
        "UBND tỉnh chỉ đạo triển khai Kế hoạch.\n"
        "2. Ban vì sự tiến bộ phụ nữ các sở, ban, ngành căn cứ Kế hoạch của tỉnh, tiến hành xây dựng "
        "kế hoạch của ngành.",
        [("giúp Ban tham mưu UBND tỉnh", ["Sở Kế hoạch và Đầu tư"], [], None),
         ("tiến hành xây dựng kế hoạch", ["Ban vì sự tiến bộ phụ nữ các sở, ban, ngành"], [], None)],
    ),
    "a lead-in that details its own action is a task too": (
        "Chủ tịch UBND tỉnh yêu cầu:\n1. Chủ tịch UBND các huyện, thị xã tổ chức theo dõi sát tình hình mưa lũ, "
        "chủ động triển khai các biện pháp ứng phó phù hợp với địa bàn, trong đó:\n"
        "(1) Rà soát các khu dân cư có nguy cơ sạt lở.\n(2) Bố trí lực lượng sẵn sàng sơ tán dân.",
        [("tổ chức theo dõi sát tình hình", ["Chủ tịch UBND các huyện, thị xã"], [], None),
         ("Rà soát các khu dân cư", ["Chủ tịch UBND các huyện, thị xã"], [], None),
         ("Bố trí lực lượng sẵn sàng", ["Chủ tịch UBND các huyện, thị xã"], [], None)],
    ),
    "a group of ministers directing their own units is given the task": (
        "Thủ tướng Chính phủ yêu cầu:\n1. Bộ trưởng các Bộ: Quốc phòng, Công an chỉ đạo các đơn vị đóng trên "
        "địa bàn bố trí lực lượng sẵn sàng hỗ trợ địa phương.",
        [("chỉ đạo các đơn vị đóng", ["Bộ trưởng Bộ Quốc phòng", "Bộ trưởng Bộ Công an"], [], None)],
    ),
    "the stretch of places a group covers sits between subject and action": (
        "Chủ tịch UBND các tỉnh ven biển từ Quảng Ninh đến Ninh Bình tổ chức kêu gọi tàu thuyền vào nơi tránh trú.",
        [("tổ chức kêu gọi tàu thuyền", ["Chủ tịch UBND các tỉnh ven biển từ Quảng Ninh đến Ninh Bình"], [], None)],
    ),
    "a body's whole name on its heading, lettered items below": (
        "IV. TỔ CHỨC THỰC HIỆN\n1. Viện Văn hóa, Nghệ thuật, Thể thao và Du lịch Việt Nam\n"
        "a) Tổ chức tuyên truyền nội dung quy hoạch đến các tổ chức, cá nhân.\n"
        "b) Căn cứ vào tình hình thực tế, rà soát, điều chỉnh các kế hoạch trên địa bàn.\n"
        "2. Sở Văn hóa, Thể thao và Du lịch/Sở Văn hóa và Thể thao tỉnh, thành phố trực thuộc Trung ương\n"
        "a) Bố trí quỹ đất cho các thiết chế văn hóa.",
        [("Tổ chức tuyên truyền nội dung", ["Viện Văn hóa, Nghệ thuật, Thể thao và Du lịch Việt Nam"], [], None),
         ("rà soát, điều chỉnh các kế hoạch", ["Viện Văn hóa, Nghệ thuật, Thể thao và Du lịch Việt Nam"], [], None),
         ("Bố trí quỹ đất", ["Sở Văn hóa, Thể thao và Du lịch",
                             "Sở Văn hóa và Thể thao tỉnh, thành phố trực thuộc Trung ương"], [], None)],
    ),
    "a bullet that titles its sub-list is no task; the plan's closing line neither": (
        "II. TỔ CHỨC THỰC HIỆN\n1. Sở Tài chính\n- Cấp thành phố\n+ Thông báo cho địa phương về kế hoạch giám sát.\n"
        "- Cấp xã\n+ Chọn ngẫu nhiên khu dân cư để tiến hành giám sát.\n"
        "Trên đây là Kế hoạch giám sát năm 2024 của Ủy ban nhân dân tỉnh.",
        [("Thông báo cho địa phương", ["Sở Tài chính"], [], None),
         ("Chọn ngẫu nhiên khu dân cư", ["Sở Tài chính"], [], None)],
    ),
    "a body described in words, acting on a basis": (
        "Điều 31. Trách nhiệm hướng dẫn thi hành\n1. Bộ trưởng Bộ Nội vụ có trách nhiệm hướng dẫn thi hành "
        "Nghị định này.\n2. Cơ quan có thẩm quyền của tổ chức chính trị căn cứ vào các quy định của Nghị định "
        "này hướng dẫn áp dụng cho các cơ quan thuộc tổ chức chính trị.",
        [("hướng dẫn thi hành Nghị định", ["Bộ trưởng Bộ Nội vụ"], [], None),
         ("hướng dẫn áp dụng cho", ["Cơ quan có thẩm quyền của tổ chức chính trị"], [], None)],
    ),
    "organisations concerned, no 'organise' (a fixture written for this test)": (
        "2. Cơ quan phối hợp\n- Các đơn vị, địa phương; các tổ chức chính trị - xã hội và cơ quan tổ chức "
        "có liên quan.\n"
        "3. Sở Y tế tổ chức kiểm tra các cơ sở khám bệnh.",
        [("tổ chức kiểm tra các cơ sở", ["Sở Y tế"], [], None)],
    ),
    "the catch-all closing a body's duties is no task (a fixture written for this test)": (
        "III. TỔ CHỨC THỰC HIỆN\n1. Sở Tài chính:\na) Bố trí kinh phí thực hiện Kế hoạch.\n"
        "b) Thực hiện các nhiệm vụ khác do Trưởng ban giao.\n"
        "c) Thực hiện các nhiệm vụ của thành viên Ban Chỉ đạo theo phân công của Trưởng Ban chỉ đạo.\n"
        "d) Thực hiện nhiệm vụ kiểm tra an toàn thực phẩm theo quy định.\n"
        "đ) Thực hiện các nhiệm vụ do Trưởng ban phân công.",
        [("Bố trí kinh phí", ["Sở Tài chính"], [], None),
         ("Thực hiện nhiệm vụ kiểm tra an toàn thực phẩm", ["Sở Tài chính"], [], None)],
    ),
    "a case opening a rule, no body described (a fixture written for this test)": (
        "Điều 5. Cách tính thời gian sử dụng\nTrường hợp hồ sơ không đủ căn cứ xác định được năm xây dựng nhà thì "
        "tính thời gian theo năm mua nhà.",
        [],
    ),
    "a heading that gives its items to a body": (
        "Điều 6. Tổ chức thực hiện\n1. Giao Ủy ban nhân dân tỉnh:\na) Bảo đảm nguồn kinh phí thực hiện Nghị quyết.\n"
        "b) Báo cáo Hội đồng nhân dân tỉnh kết quả thực hiện hằng năm.",
        [("Bảo đảm nguồn kinh phí", ["Ủy ban nhân dân tỉnh"], [], None),
         ("Báo cáo Hội đồng nhân dân", ["Ủy ban nhân dân tỉnh"], [], "recurring")],
    ),
    "items that are cases, not assignments": (
        "Điều 21. Đội kiểm tra có thể lập dự toán kinh phí đề nghị UBND các cấp hỗ trợ trong các trường hợp sau:\n"
        "1. Đợt cao điểm phục vụ chủ trương của Đảng, Nhà nước.\n2. Phục vụ lễ hội kỷ niệm có tính chất ra quân.",
        [],
    ),
    "an actor heading with an aside; a line that only cites a document": (
        "III. TỔ CHỨC THỰC HIỆN\n5. Các chủ rừng là tổ chức (các Ban quản lý rừng phòng hộ, các Công ty lâm nghiệp)\n"
        "- Thực hiện đầy đủ trách nhiệm chủ rừng theo quy định của Luật Lâm nghiệp.\n"
        "- Thông báo số 04-TB/BCĐ ngày 30/5/2025",
        [("Thực hiện đầy đủ trách nhiệm", ["Các chủ rừng"], [], None)],
    ),
    "an asap word sets the pace only by the action": (
        "Chủ tịch UBND tỉnh yêu cầu:\n1. Chủ tịch UBND các huyện, thị xã khẩn trương rà soát các điểm sạt lở.\n"
        "2. Chủ tịch UBND các huyện ven biển tập trung kêu gọi, hướng dẫn tàu thuyền còn hoạt động trên biển, "
        "nhất là trên các vùng biển có nguy cơ ảnh hưởng trực tiếp của bão và áp thấp nhiệt đới trong những ngày "
        "tới khẩn trương di chuyển về nơi tránh trú an toàn.\n"
        "3. Sở Y tế triển khai các biện pháp phòng dịch với tinh thần khẩn trương, quyết liệt.",
        [("khẩn trương rà soát", ["Chủ tịch UBND các huyện, thị xã"], [], "asap"),
         ("tập trung kêu gọi", ["Chủ tịch UBND các huyện ven biển"], [], None),
         ("triển khai các biện pháp", ["Sở Y tế"], [], None)],
    ),
    "a dispatch: report before the request, actors joined to their action, an honorific": (
        "Thủ tướng Chính phủ đã phê duyệt Phương án cắt giảm thủ tục hành chính, cụ thể như sau: (1) Cắt giảm "
        "3.071 thủ tục; (2) Cắt giảm 2.269 điều kiện kinh doanh.\nBên cạnh đó, còn 2.244 thủ tục cần chuẩn hóa.\n"
        "Thủ tướng Chính phủ yêu cầu:\n1. Bộ trưởng các Bộ, Thủ trưởng cơ quan ngang bộ Tập trung chỉ đạo sửa đổi "
        "485 văn bản quy phạm pháp luật.\nThủ tướng Chính phủ đề nghị các Đồng chí Bí thư Tỉnh ủy dành thời gian "
        "lãnh đạo việc cắt giảm thủ tục hành chính.",
        [("Tập trung chỉ đạo sửa đổi", ["Bộ trưởng các Bộ", "Thủ trưởng cơ quan ngang bộ"], [], None),
         ("dành thời gian lãnh đạo", ["Bí thư Tỉnh ủy"], [], None)],
    ),
    "a sentence of an item that states its own duty is a task of its own": (
        "Ban Bí thư yêu cầu:\n1. Các cấp ủy, chính quyền địa phương tiếp tục chăm lo cho trẻ em có hoàn cảnh đặc biệt. "
        "Cần rà soát, cân đối nguồn lực để phát triển thêm các cơ sở bảo trợ xã hội. Quan tâm hỗ trợ các gia đình "
        "khó khăn.",
        [("tiếp tục chăm lo cho trẻ em", ["Các cấp ủy, chính quyền địa phương"], [], None),
         ("rà soát, cân đối nguồn lực", ["Các cấp ủy, chính quyền địa phương"], [], None)],
    ),
    "the partners a heading names support the items below it": (
        "Thủ tướng Chính phủ yêu cầu:\n1. Bộ Tài chính chủ trì, phối hợp với các bộ, địa phương liên quan:\n"
        "a) Đôn đốc các doanh nghiệp bảo hiểm chi trả bồi thường cho người dân.\n"
        "b) Hướng dẫn thủ tục chi trả nhanh, gọn, đúng quy định.",
        [("Đôn đốc các doanh nghiệp", ["Bộ Tài chính"], ["các bộ, địa phương liên quan"], None),
         ("Hướng dẫn thủ tục chi trả", ["Bộ Tài chính"], ["các bộ, địa phương liên quan"], None)],
    ),
    "a heading in a part on duties names a body by what it is": (
        "II. Trách nhiệm phối hợp giải quyết thủ tục đầu tư\n3. Cơ quan chủ trì giải quyết thủ tục đầu tư dự án\n"
        "a) Hướng dẫn và tạo điều kiện giải quyết nhanh các thủ tục đầu tư thuộc thẩm quyền.",
        [("Hướng dẫn và tạo điều kiện", ["Cơ quan chủ trì giải quyết thủ tục đầu tư dự án"], [], None)],
    ),
    "a numbered item naming its actor above its own bullets titles them; 'Trên đây là' closes": (
        "VI. TỔ CHỨC THỰC HIỆN\n2. Các Sở, ngành chủ trì, quản lý các dự án thuộc Chương trình\n"
        "- Phê duyệt kế hoạch giám sát, đánh giá các dự án.\n- Báo cáo kết quả thực hiện các dự án.\n"
        "Trên đây là Kế hoạch giám sát, đánh giá Chương trình năm 2024.",
        [("Phê duyệt kế hoạch giám sát", ["Các Sở, ngành"], [], None),
         ("Báo cáo kết quả thực hiện", ["Các Sở, ngành"], [], None)],
    ),
    "criteria, condolences, explanations and the implementation heading are no tasks": (
        "III. TỔ CHỨC THỰC HIỆN\n1. Sở Nội vụ\n- Hướng dẫn các đơn vị đăng ký thi đua trước ngày 15/12/2025.\n"
        "2. Tiêu chí thi đua\n- Hoàn thành vượt mức các chỉ tiêu phát triển kinh tế - xã hội năm 2025.\n"
        "Thay mặt lãnh đạo tỉnh, Chủ tịch UBND tỉnh gửi lời thăm hỏi tới các gia đình bị thiệt hại.\n"
        "Nguyên nhân: thời tiết ẩm lạnh, tập trung đông người trong khu sơ tán.",
        [("Hướng dẫn các đơn vị đăng ký", ["Sở Nội vụ"], [], "2025-12-15")],
    ),
    "a short label in common words before the action; a list of bodies is no label": (
        "II. NỘI DUNG KẾ HOẠCH\n1. Sở Nông nghiệp và Môi trường\n"
        "- Điểm quan trắc: Thực hiện quan trắc tại 07 cửa sông cấp nước cho các vùng nuôi tôm.\n"
        "Các Viện: Vệ sinh dịch tễ Trung ương, Pasteur Nha Trang cử cán bộ hỗ trợ địa phương điều tra ổ dịch.",
        [("Thực hiện quan trắc tại 07", ["Sở Nông nghiệp và Môi trường"], [], None)],
    ),
    "a labelled line naming the lead and its partners": (
        "II. NỘI DUNG\n1. Tuyên truyền về phòng ngừa bạo lực trên cơ sở giới\n"
        "- Nội dung: Lồng ghép nội dung phòng ngừa bạo lực trong truyền thông pháp luật.\n"
        "- Cơ quan thực hiện: Sở Văn hóa và Thể thao chủ trì, phối hợp với các sở, ban, ngành và các đơn vị "
        "có liên quan.",
        [("Lồng ghép nội dung phòng ngừa", ["Sở Văn hóa và Thể thao"],
          ["các sở, ban, ngành", "các đơn vị có liên quan"], None)],
    ),
    "a lead-in whose subject follows a basis": (
        "d) Các hoạt động chính\nCăn cứ tình hình thực tế, các cơ quan, đơn vị, địa phương phối hợp thực hiện "
        "các hoạt động sau:\n- Lồng ghép tổ chức Lễ phát động Tháng hành động với hình thức phù hợp.",
        [("Lồng ghép tổ chức Lễ phát động", ["các cơ quan, đơn vị, địa phương"], [], None)],
    ),
    "a lead-in asking for a report is the task, its items the report's contents": (
        "Thủ tướng Chính phủ yêu cầu:\n1. Chủ tịch Ủy ban nhân dân các tỉnh chỉ đạo chính quyền cơ sở khẩn trương rà "
        "soát, tổng hợp báo cáo cụ thể về một số nội dung sau:\n(1) Số hộ dân có nhà bị sập cần phải xây dựng lại.\n"
        "(2) Tổng kinh phí cần thiết hỗ trợ Nhân dân sửa chữa nhà cửa.",
        [("rà soát, tổng hợp báo cáo", ["Chủ tịch Ủy ban nhân dân các tỉnh"], [], "asap")],
    ),
    "actor heading four levels up": (
        "II. TỔ CHỨC THỰC HIỆN\n1. Sở Tư pháp\n1.1. Về phổ biến pháp luật\na) Tập huấn cho cán bộ cấp xã\n"
        "- Biên soạn tài liệu hỏi đáp về Luật Hộ tịch.\n+ Phát hành tài liệu đến các xã trong quý III/2024.\n"
        "2. Công an tỉnh\n- Rà soát dữ liệu dân cư.",
        [("Biên soạn tài liệu", ["Sở Tư pháp"], [], None),
         ("Phát hành tài liệu", ["Sở Tư pháp"], [], "2024-09-30"),
         ("Rà soát dữ liệu", ["Công an tỉnh"], [], None)],
    ),
    "a basis between the subject and its action": (
        "Các Tổng công ty, căn cứ vào chế độ kế toán doanh nghiệp, nghiên cứu xây dựng chế độ kế toán "
        "của ngành.\nUBND các huyện đang thực hiện giãn cách xã hội theo Chỉ thị số 16/CT-TTg căn cứ tình hình "
        "dịch bệnh trên địa bàn, chủ động quyết định việc tiếp tục giãn cách.",
        [("nghiên cứu xây dựng chế độ kế toán", ["Các Tổng công ty"], [], None),
         ("chủ động quyết định việc tiếp tục giãn cách", ["UBND các huyện"], [], None)],
    ),
    "a new time and a new actor after a comma": (
        "Hàng quý, Chủ tịch UBND các huyện báo cáo kết quả thực hiện với Chủ tịch UBND tỉnh, sáu tháng một lần, "
        "Sở Nội vụ báo cáo Bộ Nội vụ kết quả thực hiện.",
        [("Chủ tịch UBND các huyện báo cáo", ["Chủ tịch UBND các huyện"], [], "recurring"),
         ("Sở Nội vụ báo cáo Bộ Nội vụ", ["Sở Nội vụ"], [], "recurring")],
    ),
    "a duty heading that describes a group, with an aside": (
        "IV. NHIỆM VỤ CỤ THỂ\n1.6. Trách nhiệm của các cơ quan quản lý cấp trên (bao gồm cả cơ quan đại diện chủ "
        "sở hữu của doanh nghiệp):\n- Đôn đốc, hướng dẫn đơn vị cấp dưới thực hiện kiểm kê.",
        [("Đôn đốc, hướng dẫn đơn vị cấp dưới", ["các cơ quan quản lý cấp trên"], [], None)],
    ),
    "a numbered heading that only gives its items to bodies": (
        "1. Về việc rà soát dữ liệu số nhà\n1.3. Giao Ủy ban nhân dân các phường, xã, đặc khu\n"
        "- Phối hợp thực hiện công tác rà soát dữ liệu số nhà.\n- Cập nhật dữ liệu số nhà vào cơ sở dữ liệu đất đai.",
        [("Phối hợp thực hiện công tác rà soát", ["Ủy ban nhân dân các phường, xã, đặc khu"], [], None),
         ("Cập nhật dữ liệu số nhà", ["Ủy ban nhân dân các phường, xã, đặc khu"], [], None)],
    ),
    "partners and addressees listed across semicolons, a line broken after 'Giao'": (
        "Điều 2. Giao\nSở Công Thương chủ trì, phối hợp với các Sở, ban, ngành của tỉnh; Ủy ban nhân dân các xã, "
        "phường triển khai thực hiện Kế hoạch này.\n"
        "Chủ tịch UBND tỉnh yêu cầu\nThủ trưởng các sở, ban, ngành; Chủ tịch UBND các xã, phường tổ chức quán "
        "triệt Chỉ thị này.",
        [("triển khai thực hiện Kế hoạch này", ["Sở Công Thương"],
          ["các Sở, ban, ngành của tỉnh", "Ủy ban nhân dân các xã, phường"], None),
         ("tổ chức quán triệt", ["Thủ trưởng các sở, ban, ngành", "Chủ tịch UBND các xã, phường"], [], None)],
    ),
    "an item that only names its parent's partners": (
        "V. TỔ CHỨC THỰC HIỆN\n1. Sở Công Thương\na) Chủ trì, phối hợp với các sở, ban, ngành có liên quan\n"
        "- Tổ chức tập huấn kiến thức hội nhập kinh tế quốc tế.",
        [("Tổ chức tập huấn", ["Sở Công Thương"], ["các sở, ban, ngành có liên quan"], None)],
    ),
    "a heading among bodies' names names a class of bodies by what they do": (
        "IV. TỔ CHỨC THỰC HIỆN\n1. Sở Xây dựng\n- Hướng dẫn thủ tục cấp phép xây dựng.\n"
        "2. Các chủ đầu tư xây dựng và kinh doanh hạ tầng cụm công nghiệp\n"
        "- Bố trí quỹ đất cho trạm biến áp.\n3. Các đơn vị có thủ tục hành chính\n"
        "- Công khai thủ tục trên Cổng dịch vụ công.",
        [("Hướng dẫn thủ tục cấp phép", ["Sở Xây dựng"], [], None),
         ("Bố trí quỹ đất", ["Các chủ đầu tư xây dựng và kinh doanh hạ tầng cụm công nghiệp"], [], None),
         ("Công khai thủ tục", ["Các đơn vị có thủ tục hành chính"], [], None)],
    ),
    "a lead-in's deadline is its items'": (
        "II. NHIỆM VỤ\n2. Các bộ khẩn trương hoàn thành các nhiệm vụ được giao, hoàn thành trong tháng 11 năm "
        "2025, cụ thể:\n(1) Bộ Y tế hoàn thành nâng cấp hệ thống cấp phép hành nghề.\n"
        "(2) Bộ Tư pháp khắc phục lỗi của hệ thống đăng ký hộ tịch điện tử.",
        [("hoàn thành các nhiệm vụ được giao", ["Các bộ"], [], "2025-11-30"),
         ("hoàn thành nâng cấp", ["Bộ Y tế"], [], "2025-11-30"),
         ("khắc phục lỗi", ["Bộ Tư pháp"], [], "2025-11-30")],
    ),
    "a sentence that only sets the time of the task before it": (
        "II. NHIỆM VỤ\n1. Cục Mỹ thuật\nKhẩn trương hoàn thiện dự thảo Nghị định về hoạt động mỹ thuật. "
        "Đảm bảo hoàn thành trong quý I/2026.\n2. Giao Ủy ban nhân dân các phường, xã\n"
        "- Rà soát, cập nhật dữ liệu số nhà; đồng thời, phối hợp với Công an xã để làm sạch dữ liệu dân cư.\n"
        "Thời gian hoàn thành trước ngày 31 tháng 12 năm 2025.",
        [("hoàn thiện dự thảo", ["Cục Mỹ thuật"], [], "2026-03-31"),
         ("Rà soát, cập nhật", ["Ủy ban nhân dân các phường, xã"], ["Công an xã"], "2025-12-31")],
    ),
    "partners before the action, and a duty a body 'có nhiệm vụ' to carry out": (
        "IV. TỔ CHỨC THỰC HIỆN\n1. Sở Công Thương có nhiệm vụ phối hợp với các sở, ban, ngành, Ủy ban nhân dân "
        "cấp xã và các đơn vị liên quan tổ chức kiểm tra, đôn đốc thực hiện Kế hoạch này.",
        [("tổ chức kiểm tra, đôn đốc", ["Sở Công Thương"],
          ["các sở, ban, ngành", "Ủy ban nhân dân cấp xã", "các đơn vị liên quan"], None)],
    ),
    "a purpose stays in its task's text": (
        "II. NHIỆM VỤ\n1. Ban Quản lý Khu kinh tế\n- Tạo điều kiện thuận lợi để các doanh nghiệp viễn thông "
        "khảo sát, tiếp cận các vị trí tiềm năng trong khu công nghiệp.",
        [("Tạo điều kiện thuận lợi để các doanh nghiệp viễn thông khảo sát", ["Ban Quản lý Khu kinh tế"], [], None)],
    ),
    "numbered actions inside a body's item, and a list of what one of them covers": (
        "II. NHIỆM VỤ\n1. Về tồn tại, hạn chế: (1) Vẫn còn nhiệm vụ chậm tiến độ; (2) Phối hợp chưa chặt chẽ.\n"
        "2. Nhiệm vụ cụ thể\na) Bộ Khoa học và Công nghệ: (1) trình Thủ tướng Chính phủ Chương trình quốc gia "
        "phát triển công nghệ chiến lược, hoàn thành trong tháng 11 năm 2025; (2) đôn đốc các doanh nghiệp viễn "
        "thông phủ sóng 5G trên phạm vi toàn quốc; (3) phát triển nền tảng số với 03 chức năng: (i) lưu trữ dữ "
        "liệu; (ii) định danh điện tử; (iii) thanh toán trực tuyến.",
        [("trình Thủ tướng Chính phủ Chương trình", ["Bộ Khoa học và Công nghệ"], [], "2025-11-30"),
         ("đôn đốc các doanh nghiệp viễn thông", ["Bộ Khoa học và Công nghệ"], [], None),
         ("phát triển nền tảng số", ["Bộ Khoa học và Công nghệ"], [], None)],
    ),
    "a heading that asks bodies for its items, however it names them": (
        "IV. PHÂN CÔNG NHIỆM VỤ\n13. Phân công trách nhiệm:\n- Sở Tư pháp chủ trì thẩm định văn bản.\n"
        "14. Đề nghị Viện kiểm sát nhân dân tỉnh, Tòa án nhân dân tỉnh\n"
        "a) Phối hợp chặt chẽ với Công an tỉnh trong điều tra, truy tố, xét xử.\n"
        "15. Đề nghị các doanh nghiệp sản xuất, chế biến và xuất khẩu nông sản\n- Xây dựng vùng nguyên liệu.",
        [("thẩm định văn bản", ["Sở Tư pháp"], [], None),
         ("Phối hợp chặt chẽ", ["Viện kiểm sát nhân dân tỉnh", "Tòa án nhân dân tỉnh"], ["Công an tỉnh"], None),
         ("Xây dựng vùng nguyên liệu", ["các doanh nghiệp sản xuất, chế biến và xuất khẩu nông sản"], [], None)],
    ),
    "a topic, then the body that has the duties it lists": (
        "Điều 12. Quản lý hệ thống thoát nước\n1. Đối với hệ thống thoát nước đang sử dụng: Đơn vị thoát nước "
        "có trách nhiệm:\na) Định kỳ kiểm tra độ kín tại các điểm đấu nối để lập kế hoạch sửa chữa.",
        [("Định kỳ kiểm tra độ kín", ["Đơn vị thoát nước"], [], None)],
    ),
    "bullets before the first numbered heading close at it": (
        "II. NHIỆM VỤ\nYêu cầu các sở, ngành:\n- Tăng cường kiểm tra an toàn thực phẩm.\n1. Sở Y tế:\n"
        "- Giám sát dịch bệnh tại cộng đồng.\n2. Sở Tài chính:\n- Bố trí kinh phí phòng chống dịch.",
        [("Tăng cường kiểm tra", ["các sở, ngành"], [], None),
         ("Giám sát dịch bệnh", ["Sở Y tế"], [], None),
         ("Bố trí kinh phí", ["Sở Tài chính"], [], None)],
    ),
    "activities of a plan after a disaster": (
        "IV. NỘI DUNG HOẠT ĐỘNG\nSở Y tế chủ trì thực hiện các nội dung sau:\n"
        "- Khơi thông cống rãnh, kênh mương bị tắc nghẽn.\n- Tiêu hủy thực phẩm bị ẩm mốc, hư hỏng.\n"
        "- Kích hoạt Ban Chỉ huy phòng chống thiên tai các cấp.",
        [("Khơi thông cống rãnh", ["Sở Y tế"], [], None), ("Tiêu hủy thực phẩm", ["Sở Y tế"], [], None),
         ("Kích hoạt Ban Chỉ huy", ["Sở Y tế"], [], None)],
    ),
    "two deputies of one office, and a body acting on its functions": (
        "8. Giao Phó Thủ tướng Chính phủ Trần Hồng Hà chỉ đạo các Bộ, ngành triển khai công tác ứng phó; Phó Thủ "
        "tướng Chính phủ Hồ Đức Phớc kịp thời chỉ đạo sử dụng nguồn lực dự trữ của trung ương.\n"
        "9. Văn phòng Chính phủ trên cơ sở chức năng, nhiệm vụ được giao theo dõi, đôn đốc việc thực hiện.",
        [("chỉ đạo các Bộ, ngành", ["Phó Thủ tướng Chính phủ Trần Hồng Hà"], [], None),
         ("chỉ đạo sử dụng nguồn lực", ["Phó Thủ tướng Chính phủ Hồ Đức Phớc"], [], None),
         ("theo dõi, đôn đốc", ["Văn phòng Chính phủ"], [], None)],
    ),
    "a body labelled with words the gazetteer lacks": (
        "II. NHIỆM VỤ\n1. Các Tập đoàn, Tổng Công ty nhà nước, doanh nghiệp xuất khẩu: xây dựng kế hoạch sản xuất "
        "kinh doanh hiệu quả.",
        [("xây dựng kế hoạch sản xuất", ["Tập đoàn", "Tổng Công ty nhà nước, doanh nghiệp xuất khẩu"], [], None)],
    ),
    "a ward's units and officials labelling or heading their items": (
        "Ủy ban nhân dân phường giao:\n1. Các Tổ dân phố: Triển khai treo cờ tại nhà văn hóa.\n"
        "2. Cán bộ phụ trách văn hóa phường:\n- Xây dựng kế hoạch tuyên truyền kỷ niệm.\n"
        "3. Đội quản lý trật tự đô thị phường: Kiểm tra, xử lý việc lấn chiếm vỉa hè.",
        [("Triển khai treo cờ", ["Các Tổ dân phố"], [], None),
         ("Xây dựng kế hoạch tuyên truyền", ["Cán bộ phụ trách văn hóa phường"], [], None),
         ("xử lý việc lấn chiếm", ["Đội quản lý trật tự đô thị phường"], [], None)],
    ),
    "a body that acts on a basis it names first": (
        "c) Căn cứ kết quả thực hiện Kế hoạch trong năm 2024, Sở Nội vụ đánh giá tác động và xây dựng "
        "kế hoạch năm 2025.",
        [("đánh giá tác động", ["Sở Nội vụ"], [], None)],
    ),
    "bodies named by their levels, by where they sit, or sending a letter": (
        "III. TỔ CHỨC THỰC HIỆN\n1. Ban tuyên giáo và dân vận tỉnh ủy, thành ủy thực hiện kiểm tra định kỳ "
        "công tác bồi dưỡng.\n2. Cấp ủy cấp xã nơi có trụ sở Trung tâm trực tiếp lãnh đạo việc bồi dưỡng.\n"
        "3. Trung tâm chính trị xã, phường, đặc khu có văn bản báo cáo cấp ủy cấp xã về kết quả bồi dưỡng.",
        [("thực hiện kiểm tra định kỳ", ["Ban tuyên giáo và dân vận tỉnh ủy, thành ủy"], [], None),
         ("lãnh đạo việc bồi dưỡng", ["Cấp ủy cấp xã"], [], None),
         ("có văn bản báo cáo", ["Trung tâm chính trị xã, phường, đặc khu"], [], None)],
    ),
    "a group in a list named by what it runs": (
        "UBND tỉnh yêu cầu Sở Công Thương, các đơn vị quản lý hồ chứa thủy điện và UBND các huyện vận hành hồ "
        "chứa an toàn trong mùa lũ.",
        [("vận hành hồ chứa", ["Sở Công Thương", "các đơn vị quản lý hồ chứa thủy điện", "UBND các huyện"], [], None)],
    ),
    "a group in a list named by the two things it runs": (
        "UBND tỉnh yêu cầu UBND các huyện, các đơn vị quản lý hồ chứa thủy điện, thủy lợi và các đơn vị có liên "
        "quan chủ động ứng phó với bão.",
        [("chủ động ứng phó", ["UBND các huyện", "các đơn vị quản lý hồ chứa thủy điện, thủy lợi",
                               "các đơn vị có liên quan"], [], None)],
    ),
    "a group named by what it runs, then another group": (
        "UBND tỉnh yêu cầu các đơn vị quản lý hồ chứa thủy điện, các cơ sở y tế chủ động ứng phó với bão.",
        [("chủ động ứng phó", ["các đơn vị quản lý hồ chứa thủy điện", "các cơ sở y tế"], [], None)],
    ),
    "a department that directs its unit to carry out the items": (
        "IV. TỔ CHỨC THỰC HIỆN\n1. Sở Nông nghiệp và Môi trường chỉ đạo Chi cục Thủy sản thực hiện các nội dung "
        "sau:\n- Lập dự toán kinh phí quan trắc môi trường.\n- Tuyên truyền, hướng dẫn người nuôi trồng thủy sản.",
        [("Lập dự toán kinh phí", ["Sở Nông nghiệp và Môi trường", "Chi cục Thủy sản"], [], None),
         ("Tuyên truyền, hướng dẫn", ["Sở Nông nghiệp và Môi trường", "Chi cục Thủy sản"], [], None)],
    ),
    "a request to the offices of every province, written with 'các' before their name": (
        "Cục Thuế đề nghị các Thuế tỉnh, thành phố, Chi cục Thuế doanh nghiệp lớn thực hiện:\n"
        "1. Tiếp tục tuyên truyền, hướng dẫn các tổ chức chi trả thu nhập.",
        [("Tiếp tục tuyên truyền", ["Thuế tỉnh, thành phố", "Chi cục Thuế doanh nghiệp lớn"], [], None)],
    ),
    "sub-items of an item that names its actor": (
        "III. NHIỆM VỤ\na) Sở Y tế chủ trì các nội dung sau:\n- Giám sát ca bệnh tại cộng đồng.\n"
        "- Cấp phát hóa chất cho các địa phương.\nb) Sở Tài chính bố trí kinh phí thực hiện.",
        [("Giám sát ca bệnh", ["Sở Y tế"], [], None),
         ("Cấp phát hóa chất", ["Sở Y tế"], [], None),
         ("bố trí kinh phí", ["Sở Tài chính"], [], None)],
    ),
    # fixtures written for this test: bodies a class names and its brackets list; a request to
    # "các ngành", which names sectors' bodies, not sectors listed
    "a class of bodies spelled out in brackets": (
        "II. TỔ CHỨC THỰC HIỆN\n1. Các cơ quan đăng ký đầu tư (Sở Tài chính, Ban Quản lý Khu kinh tế tỉnh):\n"
        "a) Tiếp nhận hồ sơ và lập báo cáo thẩm định dự án.\n"
        "2. Các cơ quan chuyên môn (Sở Xây dựng, Sở Y tế) tham gia thẩm định dự án đúng thời hạn.",
        [("Tiếp nhận hồ sơ", ["Sở Tài chính", "Ban Quản lý Khu kinh tế tỉnh"], [], None),
         ("tham gia thẩm định", ["Sở Xây dựng", "Sở Y tế"], [], None)],
    ),
    "a request to the districts and the sectors, then its items": (
        "UBND tỉnh yêu cầu UBND các huyện và các ngành:\n"
        "Theo dõi chặt chẽ diễn biến của bão, thông báo cho chủ các phương tiện biết vị trí của bão.\n"
        "Hướng dẫn neo đậu và bảo đảm an toàn cho tàu thuyền tại các bến.",
        [("Theo dõi chặt chẽ", ["UBND các huyện", "các ngành"], [], None),
         ("Hướng dẫn neo đậu", ["UBND các huyện", "các ngành"], [], None)],
    ),
    # a fixture written for this test: the offices a subject holds, then what it must do
    "a subject's offices before its action": (
        "Chủ tịch UBND tỉnh là Trưởng ban Chỉ đạo phòng, chống dịch tỉnh, là chỉ huy trưởng, trực tiếp chỉ đạo "
        "hoạt động của Trung tâm Chỉ huy; khẩn trương kiện toàn Ban Chỉ đạo tỉnh.",
        [("trực tiếp chỉ đạo hoạt động", ["Chủ tịch UBND tỉnh"], [], "asap")],
    ),
    # fixtures written for this test: the Party's cells and committees with their shared word once;
    # a paragraph announcing labelled lines that say who leads, who helps and by when
    "the cells and committees of a Party organisation": (
        "Bí thư Thành ủy đề nghị các chi, đảng bộ trực thuộc tập trung lãnh đạo thực hiện Đề án 06.",
        [("tập trung lãnh đạo", ["các chi, đảng bộ trực thuộc"], [], None)],
    ),
    "labelled lines under an announcing paragraph": (
        "Việc tổng kết và xây dựng báo cáo của các bộ, địa phương như sau:\n"
        "- Cơ quan chủ trì: Sở Tư pháp.\n- Cơ quan phối hợp: Sở Nội vụ.\n"
        "- Thời gian hoàn thành: chậm nhất ngày 22/8/2024 các đơn vị phải gửi báo cáo về Sở Tư pháp.",
        [("Việc tổng kết", ["Sở Tư pháp"], ["Sở Nội vụ"], "2024-08-22")],
    ),
    # fixtures written for this test: items a crawl ran into one paragraph, each after a dash; the
    # provinces a storm hit; the committee of an older name, with the ministries named above
    "items run into their lead-in's paragraph": (
        "Sở Thông tin và Truyền thông đề nghị các đơn vị thực hiện các nội dung sau: – Tuyên truyền nội dung Văn "
        "bản số 4578/VP-VX của Ủy ban nhân dân thành phố. – Thực hiện cập nhật thông tin và báo cáo về Sở.",
        [("Tuyên truyền nội dung", ["các đơn vị"], [], None), ("Thực hiện cập nhật", ["các đơn vị"], [], None)],
    ),
    "the provinces a storm hit": (
        "1. Ủy ban nhân dân các tỉnh bị bão, lũ tiếp tục tập trung chỉ đạo công tác khắc phục hậu quả.\n"
        "2. Ban Chỉ đạo phòng, chống lụt, bão Trung ương và các Bộ, ngành nêu trên sớm tổng hợp tình hình thiệt hại.",
        [("tập trung chỉ đạo", ["Ủy ban nhân dân các tỉnh"], [], None),
         ("sớm tổng hợp", ["Ban Chỉ đạo phòng, chống lụt, bão Trung ương", "các Bộ, ngành nêu trên"], [], "asap")],
    ),
    # a fixture written for this test: a Party plan's calendar of congresses, each by a date
    "a schedule of congresses": (
        "Đại hội chi bộ trực thuộc Đảng ủy cơ sở nhiệm kỳ 2025-2030, thời gian đại hội không quá 1 ngày và hoàn "
        "thành trước ngày 15/4/2024; Đại hội Đảng bộ huyện không quá 3 ngày, hoàn thành trước ngày 15/6/2024.",
        [("Đại hội chi bộ", ["Chi bộ trực thuộc Đảng ủy cơ sở"], [], "2024-04-15"),
         ("Đại hội Đảng bộ huyện", ["Đảng bộ huyện"], [], "2024-06-15")],
    ),
    # A fixture written for this test: a purpose clause longer than a subject's usual reach
    "a long clause of purpose before the subject of a lead-in": (
        "Nhằm đảm bảo trật tự đô thị, mỹ quan đô thị trong thời gian kỷ niệm 50 năm Ngày giải phóng tỉnh "
        "Quảng Nam (24/3/1975-24/3/2025), lễ hội mùa hoa và ngày Quốc tế lao động 01/5, UBND thành phố Tam Kỳ "
        "xây dựng kế hoạch với các nội dung cụ thể sau:\n"
        "- Kiểm tra, nhắc nhở các hộ bán hàng rong tại quảng trường.",
        [("Kiểm tra, nhắc nhở các hộ bán hàng rong", ["UBND thành phố Tam Kỳ"], [], None)],
    ),
    # A fixture written for this test: the steps of a campaign, each labelled with its period
    "a step labelled with its period before its action": (
        "UBND huyện xây dựng kế hoạch ra quân bảo đảm trật tự đô thị như sau:\n"
        "- Từ ngày 15/3/2025 đến hết ngày 29/3/2025: ra quân lập lại trật tự vỉa hè các tuyến phố chính.\n"
        "- Từ ngày 30/3/2025 đến hết ngày 13/4/2025: Ra quân bảo đảm trật tự trong thời gian diễn ra lễ hội.",
        [("ra quân lập lại trật tự vỉa hè", ["UBND huyện"], [], "2025-03-29"),
         ("Ra quân bảo đảm trật tự", ["UBND huyện"], [], "2025-04-13")],
    ),
    # A fixture written for this test: a report of a plan made, its colon left out, then its items
    "a paragraph telling of a plan made, then the plan's action items": (
        "Thực hiện ý kiến chỉ đạo của UBND thị xã, UBND phường An Hòa xây dựng Kế hoạch tổ chức ra quân "
        "làm sạch môi trường năm 2025 trên địa bàn phường.\n"
        "- Tổ chức cuộc họp để quán triệt, triển khai kế hoạch.\n"
        "- Đề nghị Hội Phụ nữ phường vận động hội viên tích cực hưởng ứng.",
        [("Tổ chức cuộc họp để quán triệt", ["UBND phường An Hòa"], [], None),
         ("vận động hội viên", ["Hội Phụ nữ phường"], [], None)],
    ),
    # A fixture written for this test: an item ending with the address its report goes to
    "an item that ends by announcing where to send what it asks for": (
        "Sở Tư pháp đề nghị các phòng, ban:\n"
        "1. Khẩn trương gửi báo cáo về Sở trước ngày 15 tháng 10 năm 2024 để tổng hợp, báo cáo UBND tỉnh "
        "theo địa chỉ:\nPhòng Phổ biến giáo dục pháp luật - số 12 đường Lê Lợi.",
        [("Khẩn trương gửi báo cáo về Sở", ["các phòng, ban"], [], "2024-10-15")],
    ),
    # A fixture written for this test: a paragraph opening with "Tiến hành", after a body's task
    "a paragraph that opens with 'Tiến hành' goes on with the last body's work": (
        "Các ngành liên quan và UBND các xã, thị trấn tiếp tục triển khai thực hiện Chỉ thị số 06/CT-UBND về "
        "phòng, chống đuối nước trẻ em.\n\nTiến hành ngay việc rà soát lại các ao, hồ, sông suối có mực nước sâu "
        "để cắm biển cảnh báo.",
        [("tiếp tục triển khai thực hiện Chỉ thị", ["Các ngành liên quan", "UBND các xã, thị trấn"], [], None),
         ("rà soát lại các ao, hồ", ["Các ngành liên quan", "UBND các xã, thị trấn"], [], "asap")],
    ),
    # A fixture written for this test: officials sent to attend and direct, as a công điện assigns them
    "officials sent to attend and direct": (
        "Thủ tướng Chính phủ yêu cầu:\n"
        "1. Bí thư Tỉnh ủy, Chủ tịch Ủy ban nhân dân tỉnh dự, chỉ đạo tại các điểm cầu chính trên địa bàn tỉnh.",
        [("dự, chỉ đạo tại các điểm cầu", ["Bí thư Tỉnh ủy", "Chủ tịch Ủy ban nhân dân tỉnh"], [], None)],
    ),
    # A fixture written for this test: a body's duties announced after its name, inline, one sentence
    "a body's duties announced after its name stay one task": (
        "Tổ công tác có các nhiệm vụ như: xây dựng, trình Chủ tịch UBND tỉnh phê duyệt kế hoạch kiểm tra; thực hiện "
        "kiểm tra, rà soát vụ việc theo kế hoạch; giúp Chủ tịch UBND tỉnh đối thoại với người khiếu nại.",
        [("trình Chủ tịch UBND tỉnh phê duyệt", ["Tổ công tác"], [], None)],
    ),
    # A fixture written for this test: a press report of a leader's request, its focus, then a paragraph
    # of the same request in sentences that open with their verbs
    "the focus of a request, then more of it in the next paragraph": (
        "Phát biểu bế mạc kỳ họp, Chủ tịch HĐND tỉnh yêu cầu UBND tỉnh, các cấp, ngành, địa phương tập trung "
        "thực hiện các nghị quyết vừa thông qua. Trọng tâm là đẩy nhanh giải ngân vốn đầu tư công.\n\n"
        "Chủ động các phương án phòng, chống thiên tai trong mùa mưa bão.",
        [("tập trung thực hiện các nghị quyết", ["UBND tỉnh", "các cấp, ngành, địa phương"], [], None),
         ("đẩy nhanh giải ngân", ["UBND tỉnh", "các cấp, ngành, địa phương"], [], None),
         ("Chủ động các phương án", ["UBND tỉnh", "các cấp, ngành, địa phương"], [], None)],
    ),
    # A fixture written for this test: a press report of a Party committee's schedule, its steps after ";"
    "a body's schedule, each step the span it runs then its action": (
        "Ban Thường vụ Huyện ủy dự kiến: từ tháng 7 đến tháng 12-2024 quán triệt các chỉ thị, văn bản hướng dẫn "
        "của Tỉnh ủy về công tác đại hội; từ tháng 1 đến tháng 3-2025 sẽ tiến hành đại hội các chi bộ trực thuộc.",
        [("quán triệt các chỉ thị", ["Ban Thường vụ Huyện ủy"], [], "2024-12-31"),
         ("tiến hành đại hội các chi bộ", ["Ban Thường vụ Huyện ủy"], [], "2025-03-31")],
    ),
    # A fixture written for this test: a press report of a campaign: what it consists of, who does it, and
    # the body that carries out one part named after "do"
    "a campaign's activities, then a body named after 'do' with its action": (
        "Các hoạt động chủ yếu của đợt tổng vệ sinh môi trường đón Tết là các cơ "
        "quan, đơn vị, UBND các xã thường xuyên tổ chức vệ sinh môi trường. Huy động cán bộ, công chức tham gia "
        "làm tổng vệ sinh các trục giao thông.\n\n"
        "Rác thải tại các xã trong đợt cao điểm do Công ty Môi trường đô thị huyện tăng cường thu gom, vận chuyển.",
        [("thường xuyên tổ chức vệ sinh", ["các cơ quan, đơn vị", "UBND các xã"], [], None),
         ("Huy động cán bộ", ["các cơ quan, đơn vị", "UBND các xã"], [], None),
         ("Rác thải tại các xã", ["Công ty Môi trường đô thị huyện"], [], None)],
    ),
    # A fixture written for this test: a leader's request, then the leader criticising at a meeting
    "a leader criticising at a meeting goes on no task": (
        "Chủ tịch UBND tỉnh yêu cầu Sở Công Thương kiểm tra các chợ trên địa bàn.\n\n"
        "Làm việc với các ngành chức năng, Chủ tịch UBND tỉnh phê bình các đội quản lý thị trường.",
        [("kiểm tra các chợ", ["Sở Công Thương"], [], None)],
    ),
    # A fixture written for this test: a press report of a committee's request, its next actions told as
    # "what comes with it is ..."
    "the next actions of a request told as what comes with it": (
        "Ban Thường vụ Tỉnh ủy yêu cầu các huyện ủy tập trung lãnh đạo thực hiện các nhiệm vụ trọng tâm. "
        "Cùng với đó là chỉ đạo rà soát, đẩy nhanh tiến độ giải ngân vốn đầu tư công.\n\n"
        "Một trong những nội dung quan trọng là chỉ đạo tổng rà soát tình hình xây dựng trên địa bàn.",
        [("tập trung lãnh đạo", ["các huyện ủy"], [], None),
         ("chỉ đạo rà soát, đẩy nhanh", ["các huyện ủy"], [], None),
         ("chỉ đạo tổng rà soát", ["các huyện ủy"], [], None)],
    ),
    # A fixture written for this test: a request to committees, then officials addressed as comrades by title
    "officials addressed together as comrades by their title": (
        "Đồng chí Bí thư yêu cầu các Ban xây dựng Đảng khẩn trương rà soát các nội dung phục vụ đại hội; các đồng "
        "chí Ủy viên Ban Thường vụ Tỉnh ủy nêu cao tinh thần trách nhiệm, tập trung lãnh đạo, chỉ đạo.",
        [("khẩn trương rà soát", ["các Ban xây dựng Đảng"], [], "asap"),
         ("nêu cao tinh thần", ["Ủy viên Ban Thường vụ Tỉnh ủy"], [], None)],
    ),
    # A fixture written for this test: every district's council sets up teams, as a city's plan assigns it
    "every district's council setting up teams is their task": (
        "UBND quận-huyện thành lập các đoàn kiểm tra liên ngành kiểm tra công tác bảo đảm an toàn thực phẩm.",
        [("thành lập các đoàn kiểm tra", ["UBND quận-huyện"], [], None)],
    ),
    # A fixture written for this test: a purpose that names the year of the work, not a deadline of its own
    "a purpose naming the year of the work stays with its action": (
        "Bộ Tài chính xem xét tạm ứng vốn để tỉnh Bình Định triển khai thực hiện Dự án nêu trên trong năm 2024.",
        [("xem xét tạm ứng vốn", ["Bộ Tài chính"], [], "2024-12-31")],
    ),
    # A fixture written for this test: a web page that flattened a nested list, its numbers starting again
    "a numbered list that starts again under an item ending with a colon": (
        "Phó Thủ tướng có ý kiến như sau:\n"
        "1. Giao Bộ Y tế:\n"
        "1. Tiếp tục phối hợp chặt chẽ với các địa phương nắm chắc tình hình dịch bệnh.\n"
        "2. Kịp thời báo cáo Thủ tướng Chính phủ các diễn biến bất thường của dịch.\n"
        "1. Giao Bộ Thông tin và Truyền thông: chỉ đạo các cơ quan báo chí đưa tin phù hợp.",
        [("Tiếp tục phối hợp", ["Bộ Y tế"], ["các địa phương"], None),
         ("Kịp thời báo cáo", ["Bộ Y tế"], [], None),
         ("chỉ đạo các cơ quan báo chí", ["Bộ Thông tin và Truyền thông"], [], None)],
    ),
    # A fixture written for this test: a request sent "to" the bodies it names
    "a request sent to the bodies it names": (
        "Phát biểu tại Hội nghị, đồng chí Bí thư Huyện ủy yêu cầu đến các cơ quan, đơn vị tập trung thực hiện các "
        "nhiệm vụ chính trị năm 2025.",
        [("tập trung thực hiện các nhiệm vụ", ["các cơ quan, đơn vị"], [], None)],
    ),
    # A fixture written for this test: a letter's consent to what a province will do
    "a letter's consent to a body's action": (
        "Về đề nghị của tỉnh, Phó Thủ tướng có ý kiến như sau:\n"
        "1. Đồng ý Ủy ban nhân dân tỉnh Bình Định chỉ đạo tổ chức thực hiện Dự án theo quy định.",
        [("chỉ đạo tổ chức thực hiện Dự án", ["Ủy ban nhân dân tỉnh Bình Định"], [], None)],
    ),
    # A fixture written for this test: a letter's addressee line running on into its body; the courtesy
    # "ông (bà)" before the office a request charges
    "an addressee line running into the body, and a courteous request": (
        "Kính gửi: Hiệu trưởng các trường trực thuộc. Thực hiện Kế hoạch số 12/KH-UBND của UBND huyện, Phòng "
        "Giáo dục và Đào tạo yêu cầu các trường trực thuộc thực hiện các nội dung sau:\n"
        "1. Tổ chức tổng vệ sinh trường học vào chiều thứ Sáu.\n"
        "Yêu cầu ông (bà) Hiệu trưởng các trường nộp báo cáo về Phòng trước ngày 25/4/2024.",
        [("Tổ chức tổng vệ sinh trường học", ["các trường trực thuộc"], [], None),
         # named short, the addressee in full ("Kính gửi: Hiệu trưởng các trường trực thuộc")
         ("nộp báo cáo về Phòng", ["Hiệu trưởng các trường trực thuộc"], [], "2024-04-25")],
    ),
    # A fixture written for this test: a ministry asks a provincial chairman as "Đ/c" (đồng chí)
    "a request to a comrade by his office": (
        "Bộ Y tế đề nghị Đ/c Chủ tịch UBND tỉnh, thành phố tiếp tục chỉ đạo thực hiện một số nội dung sau:\n"
        "1. Đầu tư, nâng cấp cơ sở hạ tầng, trang thiết bị y tế đối với cơ sở khám bệnh, chữa bệnh.",
        [("Đầu tư, nâng cấp cơ sở hạ tầng", ["Chủ tịch UBND tỉnh, thành phố"], [], None)],
    ),
    # A fixture written for this test: an emergency notice's items under the requester's "yêu cầu:",
    # for the bodies it is sent to; the pupils let off school is theirs to carry out
    "an emergency notice's items for its addressees": (
        "Kính gửi:\n- Hiệu trưởng các trường trung học cơ sở.\n"
        "Do mưa lũ diễn biến phức tạp, Phòng Giáo dục và Đào tạo yêu cầu:\n"
        "1. Cho học sinh toàn huyện nghỉ học từ ngày 18/10/2024 đến khi có thông báo mới.\n"
        "2. Kiểm tra, gia cố cơ sở vật chất, bảo quản hồ sơ, thiết bị dạy học.",
        [("Cho học sinh toàn huyện nghỉ học", ["Hiệu trưởng các trường trung học cơ sở"], [], None),
         ("Kiểm tra, gia cố cơ sở vật chất", ["Hiệu trưởng các trường trung học cơ sở"], [], None)],
    ),
    # A fixture written for this test: an item's bullet glued to the body it names
    "a bullet glued to the labelled body": (
        "Thứ trưởng kết luận như sau:\n*Cục Thú y: Tăng cường giám sát dịch bệnh tại các trại giống.\n"
        "*Vụ Kế hoạch: Thông báo vốn đợt 2 cho các chủ đầu tư.",
        [("Tăng cường giám sát dịch bệnh", ["Cục Thú y"], [], None),
         ("Thông báo vốn đợt 2", ["Vụ Kế hoạch"], [], None)],
    ),
    # A fixture written for this test: a second request after a comma charges another body
    "a second request after a comma": (
        "Đồng chí Phó Chủ tịch UBND huyện yêu cầu nhà thầu đẩy nhanh tiến độ thi công các hạng mục, "
        "giao cho Phòng Kinh tế và Hạ tầng theo dõi, đôn đốc nhà thầu hoàn thành đúng kế hoạch.",
        [("đẩy nhanh tiến độ thi công", ["nhà thầu"], [], None),
         ("theo dõi, đôn đốc nhà thầu", ["Phòng Kinh tế và Hạ tầng"], [], None)],
    ),
    # A fixture written for this test: what a leader stresses next, its subject after "Đặc biệt"
    "a stressed request of another body": (
        "Đồng chí Chủ tịch UBND huyện đề nghị các cơ quan chuyên môn tăng cường giám sát nhà thầu. "
        "Đặc biệt các xã tiếp tục phối hợp với các ngành đẩy nhanh công tác giải phóng mặt bằng.",
        [("tăng cường giám sát nhà thầu", ["các cơ quan chuyên môn"], [], None),
         ("đẩy nhanh công tác giải phóng mặt bằng", ["UBND các xã"], ["các ngành"], None)],
    ),
    # A fixture written for this test: a press report of a plan whose lead-in names, in a purpose, the
    # bodies its items are for
    "a lead-in naming in a purpose the bodies its items are for": (
        "Kế hoạch đưa ra 3 nội dung để các sở, ngành, địa phương triển khai thực hiện, bao gồm:\n"
        "1. Tổ chức quán triệt, tuyên truyền sâu rộng Nghị quyết.\n"
        "2. Rà soát, ban hành các văn bản hướng dẫn thực hiện Chương trình.",
        [("Tổ chức quán triệt", ["các sở, ngành, địa phương"], [], None),
         ("Rà soát, ban hành các văn bản", ["các sở, ngành, địa phương"], [], None)],
    ),
    # A fixture written for this test: a plan to make, charged after a list of sectors; what goes with a
    # named task
    "a plan to make, and what goes with a named task": (
        "Các sở: Công Thương, Y tế có kế hoạch triển khai cụ thể trong ngành trước ngày 15/9/2024.\n"
        "Bộ yêu cầu các địa phương:\n"
        "1. Song song với phòng chống dịch bệnh là duy trì phát triển chăn nuôi an toàn sinh học.",
        [("có kế hoạch triển khai cụ thể", ["Sở Công Thương", "Sở Y tế"], [], "2024-09-15"),
         ("duy trì phát triển chăn nuôi", ["các địa phương"], [], None)],
    ),
    # A fixture written for this test: the stretch of time a request opens with, before its addressee
    "a request opening with the time it covers": (
        "Tại buổi làm việc với xã Tân Lập, đồng chí Chủ tịch UBND huyện yêu cầu trong thời gian tới xã cần "
        "tập trung chỉ đạo sản xuất vụ đông.",
        [("tập trung chỉ đạo sản xuất vụ đông", ["UBND xã Tân Lập"], [], None)],
    ),
    # A fixture written for this test: districts addressed by name, and counted for those named before
    "districts addressed by their names and by their count": (
        "Chiều 12/10, đồng chí Phó Chủ tịch UBND tỉnh đã kiểm tra hai huyện Yên Lập và Tân Sơn. "
        "Đồng chí yêu cầu hai huyện chỉ đạo các xã hướng dẫn người dân thu hoạch lúa. "
        "Đồng chí đề nghị huyện Tân Sơn rà soát các hộ dân ở vùng có nguy cơ sạt lở.",
        [("chỉ đạo các xã hướng dẫn", ["UBND huyện Yên Lập", "UBND huyện Tân Sơn"], [], None),
         ("rà soát các hộ dân", ["UBND huyện Tân Sơn"], [], None)],
    ),
})

DECREE = (
    "CHÍNH PHỦ\n-------\nSố: 15/2024/NĐ-CP\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\n---------------\nHà Nội, ngày 10 tháng 3 năm 2024\n\n"
    "NGHỊ ĐỊNH\nQuy định về tuyển dụng viên chức\n\n"
    "Điều 5. Điều kiện dự tuyển\n1. Người dự tuyển phải có đủ tiêu chuẩn theo quy định.\n"
    "2. Trường hợp không đủ hồ sơ thì phải bổ sung trong 10 ngày.\n"
    "3. Chủ tịch Hội đồng là người đứng đầu cơ quan tuyển dụng.\n"
    "Điều 6. Nhiệm vụ, quyền hạn của Bộ Nội vụ\n1. Hướng dẫn nghiệp vụ tuyển dụng viên chức.\n"
    "2. Thanh tra việc tuyển dụng viên chức.\n"
    "Điều 7. Trách nhiệm thi hành\nBộ trưởng Bộ Nội vụ có trách nhiệm hướng dẫn thi hành Nghị định này.\n"
    "\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nTM. CHÍNH PHỦ\nTHỦ TƯỚNG\n\nNguyễn Văn An"
)


def test_rules_bind_classes_of_people_tasks_charge_bodies() -> None:
    result = extract_text(DECREE)
    found = [(" ".join(t.span.text.split()[:3]), [a.name for a in t.lead]) for t in result.tasks]
    # "2. Thanh tra ..." is a standing competence of the ministry, "1. Hướng dẫn ..." delivers guidance
    assert found == [("1. Hướng dẫn", ["Bộ Nội vụ"]),  # an item's span starts at its number
                     ("Bộ trưởng Bộ", ["Bộ trưởng Bộ Nội vụ"])]
    assert [t.rule for t in result.tasks] == ["actor_heading", "subject"]


def test_a_regulation_s_duties_of_a_contractor_bind_whoever_builds_and_are_no_tasks() -> None:
    # a fixture written for this test: a province's regulation on accepting survey works, its article on
    # who does what: the department is a body, the contractor a party the rule sets a role for
    text = (_heading("ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\nSố: 43/2026/QĐ-UBND", "Lào Cai, ngày 15 tháng 6 năm 2026")
            + "QUY ĐỊNH\n"
            "Về giám sát, nghiệm thu công trình, sản phẩm đo đạc\n\n"
            "Điều 7. Trách nhiệm giám sát và nghiệm thu\n"
            "1. Trách nhiệm của Sở Nông nghiệp và Môi trường\n"
            "a) Hướng dẫn các chủ đầu tư lập kế hoạch nghiệm thu trước ngày 30/9/2026.\n"
            "2. Trách nhiệm của đơn vị thi công\n"
            "a) Lập kế hoạch thi công chi tiết bảo đảm tiến độ được chủ đầu tư chấp thuận;\n"
            "b) Báo cáo kịp thời bằng văn bản với chủ đầu tư khi có thay đổi về khối lượng công việc.\n"
            "\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nTrịnh Xuân Trường")
    assert [(t.action.split()[0], [a.name for a in t.lead]) for t in extract_text(text).tasks] == [
        ("Hướng", ["Sở Nông nghiệp và Môi trường"])]


def test_a_qualification_a_circular_sets_for_a_council_s_boards_is_no_task() -> None:
    # a fixture written for this test: a circular's article on an examination council; its boards are
    # bodies, but what they must meet is a qualification, not an action
    text = (_heading("BỘ KHOA HỌC VÀ CÔNG NGHỆ\nSố: 35/2025/TT-BKHCN", "Hà Nội, ngày 20 tháng 11 năm 2025")
            + "THÔNG TƯ\n"
            "Quy chế kiểm tra nghiệp vụ đại diện sở hữu công nghiệp\n\n"
            "Điều 6. Ban chấm phúc tra\n1. Trong đó, ít nhất 01 Phó Chủ tịch Hội đồng và các thành viên Ban ra đề, "
            "Ban chấm bài và Ban chấm phúc tra của Hội đồng Khoa học phải đạt điều kiện theo quy định tại khoản 5 "
            "Điều này.\n"
            "2. Cục Sở hữu trí tuệ công bố kết quả kiểm tra trước ngày 31/12/2025.\n\nNơi nhận:\n- Lưu: VT.\n\n"
            "KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\n\nLê Xuân Định")
    assert [t.action.split()[0] for t in extract_text(text).tasks] == ["công"]


def test_the_members_a_decision_names_to_a_council_are_no_tasks_but_its_duties_are() -> None:
    # a fixture written for this test: a decision setting up a council, its members named with their
    # offices, then its duties; a member named before an action he directs is that action's subject
    body = ("Điều 1. Thành lập Hội đồng lựa chọn chủ đầu tư, gồm các ông, bà có tên sau:\n1. Hội đồng\n"
            "1.1. Chủ tịch Hội đồng: Ông Ngô Hạnh Phúc, Phó Chủ tịch Thường trực Ủy ban nhân dân tỉnh.\n"
            "1.2. Các thành viên Hội đồng:\n- Ông Trần Đức Tình, Phó Giám đốc Sở Xây dựng.\n"
            "- Bà Trịnh Thị Thu Huyền, Phó Giám đốc Sở Nông nghiệp và Môi trường.\n"
            "Điều 2. Nhiệm vụ của Hội đồng\n- Xây dựng bộ tiêu chí lựa chọn chủ đầu tư trước ngày 30/9/2024.\n"
            "- Ông Nguyễn Văn Hải, Giám đốc Sở Y tế chỉ đạo kiểm tra các cơ sở.")
    tasks = extract_text(HEADER + body + CLOSING).tasks
    assert [(t.action.split()[0], [a.name for a in t.lead]) for t in tasks] == [
        ("Xây", ["Hội đồng"]), ("chỉ", ["Giám đốc Sở Y tế"])]


def test_items_naming_nobody_in_a_coordinated_plan_are_its_content_not_tasks() -> None:
    """A fixture: a plan with no addressee whose implementation part names its coordinator. The items of its
    content that name nobody are what the coordinator carries out as a whole ("Chủ trì triển khai Kế
    hoạch"), not tasks charged one by one; a part that hands one to a body makes it that body's."""
    body = ("II. NỘI DUNG\nTriển khai các nhiệm vụ sau:\n1. Phun hóa chất khử khuẩn tại các khu vực ngập lụt.\n"
            "2. Giám sát ca bệnh tại cộng đồng.\nIII. TỔ CHỨC THỰC HIỆN\n1. Sở Y tế:\n"
            "- Chủ trì triển khai Kế hoạch; tổng hợp báo cáo UBND tỉnh.\n2. Sở Tài chính:\n"
            "- Bố trí kinh phí thực hiện.{cited}")
    tasks = extract_text(HEADER + body.format(cited="") + CLOSING).tasks
    assert [(t.action.split()[0], t.lead[0].name) for t in tasks] == [("Chủ", "Sở Y tế"), ("Bố", "Sở Tài chính")]
    cited = "\n3. Trung tâm Kiểm soát bệnh tật tỉnh:\n- Thực hiện nhiệm vụ tại mục II.2 của Kế hoạch."
    tasks = extract_text(HEADER + body.format(cited=cited) + CLOSING).tasks
    assert [(t.action.split()[0], t.lead[0].name) for t in tasks if t.rule == "cross_reference"] == [
        ("Giám", "Trung tâm Kiểm soát bệnh tật tỉnh")]


def test_a_meeting_report_names_its_day_place_and_guests_then_the_leader_s_request() -> None:
    # a fixture written for this test: a press report's lead ("Chiều ngày ... tại ..., X tổ chức ..."), its
    # guests listed with semicolons, then what the leader asked
    article = ("Chiều ngày 11/10/2019 tại trụ sở UBND Thành phố, Ban Chỉ đạo Tổng điều tra dân số Thành phố tổ chức "
               "Hội nghị tổng kết.\n\nTham dự Hội nghị có: Đồng chí Nguyễn Văn An, Tổng cục trưởng Tổng cục Thống "
               "kê; các thành viên Ban Chỉ đạo Thành phố; Trưởng Ban Thi đua - Khen thưởng Thành phố; Chi cục trưởng "
               "Chi cục Thống kê; các tập thể và cá nhân được khen thưởng.\n\nPhó Chủ tịch UBND Thành phố yêu cầu "
               "Cục Thống kê tiếp tục biên soạn các báo cáo chuyên đề.")
    result = extract_text(article)
    assert [[a.name for a in t.lead] for t in result.tasks] == [["Cục Thống kê"]]


def test_a_requirement_not_met_names_no_addressee() -> None:
    # a fixture written for this test: "yêu cầu" as the requirement a budget fails to meet, in a press report
    article = ("Tuy nhiên, tỉnh còn gặp một số khó khăn. Kinh phí hàng năm phân bổ cho Chương trình chưa đáp ứng "
               "yêu cầu; Các xã mặc dù đã được công nhận đạt chuẩn nông thôn mới, nhưng một số tiêu chí quan trọng "
               "chỉ đạt ở mức thấp.")
    assert extract_text(article).tasks == []


def test_a_plan_section_lists_its_lead_and_partners_under_labels_after_its_content() -> None:
    # a fixture written for this test: "1. Nội dung" items, then "2. Cơ quan chủ trì, phối hợp" whose labels
    # stand alone with the bodies listed under them, then "3. Thời gian thực hiện: ..."
    body = ("I. CÔNG TÁC QUÁN TRIỆT\n\n1. Nội dung, biện pháp\n\na) Tổ chức Hội nghị quán triệt Chỉ thị số "
            "24-CT/TW.\n\nb) Tổ chức triển khai thực hiện các chủ trương của Đảng đến cơ sở.\n\n"
            "2. Cơ quan chủ trì, phối hợp\n\na) Cơ quan chủ trì\n\n- Sở Nội vụ.\n\n- Các sở, ngành liên quan.\n\n"
            "b) Cơ quan phối hợp\n\n- Mặt trận Tổ quốc Việt Nam và Hội Cựu chiến binh các cấp.\n\n"
            "- Công an tỉnh; Sở Tài chính.\n\n3. Thời gian thực hiện: Tháng 12/2024 và thường xuyên.\n\n"
            "II. BAN HÀNH VĂN BẢN\n\n1. Nội dung\n\na) Xây dựng Quy chế của Ban Chỉ đạo.\n\n"
            "2. Cơ quan chủ trì: Sở Tư pháp.\n")
    result = extract_text(HEADER + body + CLOSING)
    first, second, third = result.tasks
    assert [a.name for a in first.lead] == [a.name for a in second.lead] == ["Sở Nội vụ", "Các sở, ngành liên quan"]
    assert [a.name for a in first.support] == ["Mặt trận Tổ quốc Việt Nam", "Hội Cựu chiến binh các cấp",
                                               "Công an tỉnh", "Sở Tài chính"]
    assert str(first.deadline.due) == "2024-12-31"
    assert [a.name for a in third.lead] == ["Sở Tư pháp"]


def test_the_worth_of_a_work_said_after_the_items_is_no_task() -> None:
    # a fixture written for this test: a directive's closing paragraph says what its items are worth
    body = ("UBND tỉnh yêu cầu Sở Lao động - Thương binh và Xã hội:\n"
            "1. Xây dựng kế hoạch đào tạo nghề cho con thương binh.\n"
            "2. Định kỳ hàng năm báo cáo UBND tỉnh kết quả thực hiện.\n\n"
            "Đẩy mạnh thực hiện chính sách ưu đãi người có công, đặc biệt là công tác đào tạo nghề là nhiệm vụ "
            "cấp bách, thể hiện trách nhiệm của cộng đồng.")
    result = extract_text(HEADER + body + CLOSING)
    assert [" ".join(t.span.text.split()[:2]) for t in result.tasks] == ["1. Xây", "2. Định"]


def test_an_article_that_only_gives_its_items_to_a_body_is_no_task() -> None:
    # a fixture written for this test: "Điều 2. Giao Giám đốc Sở ..." with no action of its own
    body = ("QUYẾT ĐỊNH:\nĐiều 1. Ban hành Kế hoạch thời gian năm học 2024-2025.\n"
            "Điều 2. Giao Giám đốc Sở Giáo dục và Đào tạo\n"
            "1. Tổ chức chỉ đạo thực hiện hoàn thành Kế hoạch thời gian năm học.\n"
            "2. Hướng dẫn các trường thực hiện thống nhất kế hoạch thời gian năm học.")
    result = extract_text(HEADER + body + CLOSING)
    assert [" ".join(t.span.text.split()[:3]) for t in result.tasks] == ["1. Tổ chức", "2. Hướng dẫn"]
    assert all([a.name for a in t.lead] == ["Giám đốc Sở Giáo dục và Đào tạo"] for t in result.tasks)


def test_bullets_after_one_that_names_its_own_actor_stay_the_list_s() -> None:
    # a fixture written for this test: a department's plan, a bullet naming the centre that leads it,
    # then bullets that name nobody: the plan's, not the centre's
    header = (_heading("UBND TỈNH ĐẮK LẮK\nSỞ Y TẾ\nSố: 130/KH-SYT", "Đắk Lắk, ngày 10 tháng 11 năm 2025")
              + "KẾ HOẠCH\n"
              "Phòng, chống dịch bệnh sau lũ\n\nII. NỘI DUNG\n\n1. Xử lý môi trường\n\n")
    body = ("- Trung tâm Kiểm soát bệnh tật tỉnh chủ trì cấp hóa chất khử trùng cho các địa phương.\n\n"
            "- Tổ chức phun khử trùng tại các khu vực ngập sâu, trường học, trạm y tế.\n\n"
            "- Hướng dẫn người dân tự vệ sinh, khử khuẩn nhà cửa.\n")
    result = extract_text(header + body + "\n\nNơi nhận:\n- Lưu: VT.\n\nGIÁM ĐỐC\n\nNguyễn Văn An")
    assert [[a.name for a in t.lead] for t in result.tasks] == [
        ["Trung tâm Kiểm soát bệnh tật tỉnh"], ["Sở Y tế tỉnh Đắk Lắk"], ["Sở Y tế tỉnh Đắk Lắk"]]


def test_a_short_name_the_document_defines_is_one_name_wherever_it_is_written() -> None:
    # a fixture written for this test: a council named by its mission, whose verb ("thẩm định") would
    # end a name elsewhere; what it is made of is no task, its chair's duty is the chair's
    body = ("Điều 1. Thành lập Hội đồng thẩm định quy hoạch khu công nghiệp (sau đây viết tắt là Hội đồng "
            "thẩm định), gồm các thành viên sau:\n1. Hội đồng thẩm định bao gồm: Chủ tịch Hội đồng thẩm định "
            "và các thành viên.\n"
            "Điều 2. Chủ tịch Hội đồng thẩm định điều hành cuộc họp của Hội đồng thẩm định.")
    result = extract_text(HEADER + body + CLOSING)
    assert [([a.name for a in t.lead], t.action.split()[0]) for t in result.tasks] == [
        (["Chủ tịch Hội đồng thẩm định"], "điều")]


def test_powers_handed_over_are_no_tasks_whatever_they_issue() -> None:
    # a fixture written for this test: an article listing the powers a province hands to the communes'
    # chairs; issuing a notice is one of those powers, not an implementation task
    header = (_heading("ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\nSố: 40/2026/QĐ-UBND", "Lào Cai, ngày 31 tháng 5 năm 2026")
              + "QUYẾT ĐỊNH\nPhân cấp thẩm quyền "
              "về đất đai\n\nỦY BAN NHÂN DÂN TỈNH LÀO CAI\n\nCăn cứ Luật Đất đai số 31/2024/QH15;\n\nQUYẾT ĐỊNH:\n\n")
    body = ("Điều 3. Thẩm quyền của Ủy ban nhân dân cấp tỉnh phân cấp cho Chủ tịch Ủy ban nhân dân cấp xã\n"
            "1. Quyết định thu hồi đất thuộc các trường hợp quy định tại Điều 83 Luật Đất đai.\n"
            "2. Ban hành Thông báo thu hồi đất quy định tại Điều 87 Luật Đất đai.\n"
            "Điều 4. Sở Nông nghiệp và Môi trường hướng dẫn Ủy ban nhân dân cấp xã thực hiện Quyết định này.")
    result = extract_text(header + body + CLOSING)
    assert [[a.name for a in t.lead] for t in result.tasks] == [["Sở Nông nghiệp và Môi trường"]]


def test_a_letter_closing_on_hoping_for_cooperation_is_no_task() -> None:
    # a fixture written for this test: a ministry's letter to other ministries, closed by asking for cooperation
    text = (_heading("BỘ TÀI CHÍNH\nSố: 8388/BTC-QLCS\nV/v triển khai Nghị định số 178/2026/NĐ-CP",
                     "Hà Nội, ngày 19 tháng 6 năm 2026")
            + "Kính gửi: Bộ Xây dựng; Bộ Công Thương.\n\n"
            "Bộ Tài chính đề nghị các Bộ rà soát danh mục tài sản kết cấu hạ tầng, gửi Bộ Tài chính trước ngày "
            "15/7/2026.\n\nMong nhận được sự quan tâm, phối hợp của Quý Cơ quan./.\n\nNơi nhận:\n- Như trên;\n"
            "- Lưu: VT.\n\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\n\nNguyễn Văn Bình")
    assert [t.action.split()[0] for t in extract_text(text).tasks] == ["rà"]


@pytest.mark.parametrize("closing", [
    "Bộ Tài nguyên và Môi trường gửi ý kiến góp ý đến Quý Bộ để tổng hợp./.",
    "Bộ Tài nguyên và Môi trường gửi lại văn bản tham gia tới Quý Bộ để nghiên cứu, hoàn thiện dự thảo.",
])
def test_a_reply_closing_on_sending_its_comments_is_no_task(closing: str) -> None:
    # a fixture written for this test: a ministry's comments on another ministry's draft, then its close
    text = (_heading("BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG\nSố: 512/BTNMT-ĐĐBĐVN\nV/v góp ý dự thảo Thông tư",
                     "Hà Nội, ngày 12 tháng 3 năm 2026")
            + "Kính gửi: Bộ Nội vụ.\n\nBộ Tài nguyên và Môi trường có ý kiến như sau:\n"
            "1. Đề nghị Bộ Nội vụ bổ sung quy định về lưu trữ hồ sơ địa chính vào dự thảo Thông tư.\n\n"
            + closing + "\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\n\nNguyễn Thị Hoa")
    assert [t.action.split()[0] for t in extract_text(text).tasks] == ["bổ"]


def test_law_a_letter_restates_is_no_task_nor_are_the_items_it_announces() -> None:
    # a fixture written for this test: a department's letter to licensed firms that cites a decree's
    # clause as the speaker, its items the clause's points, then asks the firms for a report
    text = (_heading("UBND TỈNH LÀO CAI\nSỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nSố: 5141/SNNMT-KS\nV/v thống kê sản lượng",
                     "Lào Cai, ngày 29 tháng 12 năm 2025")
            + "Kính gửi: Các tổ chức, cá nhân khai thác khoáng sản trên địa bàn tỉnh.\n\n"
            "1. Về thống kê trữ lượng khoáng sản đã khai thác\n"
            "Khoản 1 Điều 59 Nghị định số 193/2025/NĐ-CP quy định: Tổ chức, cá nhân khai thác khoáng sản có trách "
            "nhiệm thống kê trữ lượng khoáng sản đã khai thác hằng năm và các yêu cầu sau:\n"
            "a) Lập sổ theo dõi khối lượng khoáng sản nguyên khai;\n"
            "b) Lưu giữ hồ sơ thống kê tại văn phòng mỏ.\n"
            "2. Đề nghị các tổ chức, cá nhân khai thác khoáng sản gửi báo cáo thống kê về Sở trước ngày 15/01/2026."
            "\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nPhạm Năng Chung")
    assert [t.action.split()[0] for t in extract_text(text).tasks] == ["gửi"]


def test_what_a_decision_issues_is_no_task_with_its_article_number_on_a_line_of_its_own() -> None:
    # a fixture written for this test: "Điều 1." alone on its line after "QUYẾT ĐỊNH:" ran onto the last
    # basis, then what the decision issues
    header = (_heading("BỘ TÀI CHÍNH\nTỔNG CỤC HẢI QUAN\nSố: 35/QĐ-TCHQ", "Hà Nội, ngày 10 tháng 7 năm 2024")
              + "QUYẾT ĐỊNH\nBan hành Quy trình "
              "xác định trước mã số\n\nTỔNG CỤC TRƯỞNG TỔNG CỤC HẢI QUAN\n\nCăn cứ Luật Hải quan số 54/2014/QH13;\n")
    body = ("Xét đề nghị của Cục trưởng Cục Thuế xuất nhập khẩu, QUYẾT ĐỊNH:\nĐiều 1.\n"
            "Ban hành kèm theo Quyết định này Quy trình xác định trước mã số hàng hóa.\n"
            "Điều 2.\nCục Thuế xuất nhập khẩu hướng dẫn các Cục Hải quan thực hiện Quy trình.")
    result = extract_text(header + body + CLOSING)
    assert [" ".join(t.action.split()[:2]) for t in result.tasks] == ["hướng dẫn"]


def test_a_report_due_at_the_end_of_a_later_year_is_a_task() -> None:
    # a fixture written for this test: "Kết thúc năm ..." after the document's year sets when a report is
    # due; after a year already past it tells a result
    body = ("1. Kết thúc năm 2025, Sở Y tế báo cáo UBND tỉnh kết quả thực hiện Kế hoạch này.\n"
            "2. Kết thúc năm 2023, ngành Y tế tỉnh khám chữa bệnh cho hơn 20.000 lượt người.")
    result = extract_text(HEADER + body + CLOSING)
    assert [[a.name for a in t.lead] for t in result.tasks] == [["Sở Y tế"]]
    assert str(result.tasks[0].deadline.due) == "2025-12-31"


def test_what_the_aims_part_requires_of_everyone_is_no_task() -> None:
    # a fixture written for this test: a plan's requirements part, then its assignments
    body = ("I. MỤC ĐÍCH, YÊU CẦU\n1. Nâng cao nhận thức về công tác bảo vệ bí mật nhà nước.\n"
            "2. Quá trình triển khai, mỗi cơ quan, tổ chức phải xác định đây là nhiệm vụ chính trị thường xuyên.\n"
            "II. NHIỆM VỤ\n1. Công an tỉnh chủ trì kiểm tra việc bảo vệ bí mật nhà nước.")
    result = extract_text(HEADER + body + CLOSING)
    assert [[a.name for a in t.lead] for t in result.tasks] == [["Công an tỉnh"]]


def test_a_body_in_charge_of_a_programme_of_its_own_does_not_coordinate_the_plan() -> None:
    # a fixture written for this test: the second body leads "chương trình phát hiện sớm ...", a
    # programme of its own; the plan's items that name nobody go to the first body of the part
    body = ("II. NỘI DUNG\nTriển khai các nhiệm vụ sau:\n1. Phun hóa chất khử khuẩn tại các khu vực ngập lụt.\n"
            "III. TỔ CHỨC THỰC HIỆN\n1. Sở Lao động - Thương binh và Xã hội:\n- Hoàn thiện chính sách hỗ trợ.\n"
            "2. Sở Y tế:\n- Chủ trì thực hiện chương trình phát hiện sớm dị tật bẩm sinh ở trẻ em.")
    result = extract_text(HEADER + body + CLOSING)
    assert [a.name for a in result.tasks[0].lead] == ["Sở Lao động - Thương binh và Xã hội"]


RULE_CASES = [
    ("UBND tỉnh giao Sở Y tế chủ trì xây dựng kế hoạch.", "addressee", "giao"),
    ("Sở Xây dựng chủ trì rà soát quy hoạch.", "subject", "Sở Xây dựng chủ trì"),
    ("IV. TỔ CHỨC THỰC HIỆN\n1. Sở Tài chính:\n- Thẩm định dự toán.", "actor_heading", "1. Sở Tài chính:"),
    ("UBND tỉnh yêu cầu Công an tỉnh:\n- Tuần tra trên các tuyến đường.", "lead_in",
     "UBND tỉnh yêu cầu Công an tỉnh:"),
]


@pytest.mark.parametrize(("body", "rule", "cue"), RULE_CASES, ids=[c[1] for c in RULE_CASES])
def test_every_task_names_its_rule_and_cue(body: str, rule: str, cue: str) -> None:
    result = extract_text(HEADER + body + CLOSING)
    task = result.tasks[-1]
    assert task.rule == rule
    assert task.cue is not None and task.cue.text == cue
    assert result.document.text[task.cue.start : task.cue.end] == cue


@pytest.mark.parametrize(("body", "lead"), [
    ("Đơn vị sử dụng viên chức có trách nhiệm hướng dẫn người thử việc nắm vững nội quy.",
     "Đơn vị sử dụng viên chức"),
    ("Cơ quan quản lý công trình chịu trách nhiệm bảo trì định kỳ các hạng mục.", "Cơ quan quản lý công trình"),
], ids=["co-trach-nhiem", "chiu-trach-nhiem"])
def test_a_body_named_by_what_it_does_is_the_subject_of_its_duty(body: str, lead: str) -> None:
    tasks = extract_text(HEADER + body + CLOSING).tasks
    assert [[a.name for a in t.lead] for t in tasks] == [[lead]]


NOT_TASKS = {
    # A fixture written for this test: a body's proposal declined
    "a proposal declined": ("UBND tỉnh có ý kiến như sau: Không xây dựng Đề án phát triển vùng trồng dừa tập "
                            "trung như đề xuất của Sở Nông nghiệp và PTNT."),
    # A fixture written for this test: how a form's fields are filled in
    "how a form is filled in": ("Các cơ sở khám bệnh, chữa bệnh thực hiện ghi chép như sau:\n"
                                "+ Chọn mã số “3” để ghi vào Trường số 16 của Bảng 1;\n"
                                "+ Ghi mức hưởng tương ứng với mã mức hưởng tại trường số 17 của Bảng 2."),
    # A fixture written for this test: a form attached to a procedure, its blanks to fill in
    "a form's template": "Giám đốc Sở Tư pháp thông báo để ………………… biết và thực hiện việc ........................",
    # A fixture written for this test: a provision of law an article restates, item by item
    "a provision of law restated": ("Căn cứ tại Điều 8 Luật Phòng cháy và chữa cháy thì các hành vi bị cấm được quy "
                                    "định như sau:\n- Cố ý gây cháy, nổ, làm tổn hại đến tính mạng, sức khỏe con "
                                    "người.\n- Cản trở các hoạt động phòng cháy và chữa cháy.\n- Lồng ghép nội dung "
                                    "phòng cháy trong kế hoạch phát triển kinh tế - xã hội của địa phương."),
    # A fixture written for this test: a visit a press report opens with, after the agency that filed it
    "a visit reported after its source tag": ("(TTXVN) - Chiều 14/9, Phó Thủ tướng Chính phủ cùng đoàn công tác đến "
                                             "tỉnh Hà Tĩnh, trực tiếp chỉ đạo việc phòng chống bão."),
    # A fixture written for this test: what a work is worth, as a leader stresses it
    "what a work is worth": ("Đồng chí Chủ tịch nhấn mạnh: việc giải phóng mặt bằng các dự án là một việc làm rất cần "
                             "thiết và phải được thực hiện quyết liệt."),
    # A fixture written for this test: sympathy a leader offers is no task
    "a leader's condolences": "Thủ tướng gửi lời thăm hỏi, chia buồn sâu sắc tới các gia đình có người thân bị nạn.",
    # A fixture written for this test: a place named where a clause starts is where things happen
    "a town holding a festival": "Trong dịp nghỉ lễ, thị xã Nghĩa Lộ tổ chức Lễ hội Mường Lò tại Quảng trường.",
    # A fixture written for this test: a minister's wishes at an exam site
    "a leader's wishes": "Tại điểm thi, Bộ trưởng chúc các thầy cô tổ chức thi tốt, giữ gìn sức khỏe.",
    # A fixture written for this test: a press report of a decision that sets up working groups
    "a province setting up working groups, reported": (
        "Ngoài việc thành lập Ban Chỉ đạo về công tác tiếp công dân, UBND tỉnh cũng thành lập 3 Tổ công tác "
        "kiểm tra, rà soát các vụ việc khiếu nại."),
    # A fixture written for this test: a council named with the body that chairs it
    "a council named with the body chairing it": "Theo kế hoạch này, Hội đồng thi do Sở GD&ĐT chủ trì sẽ đặt tại 3 "
                                                 "điểm trường.",
    "what a body reports at a meeting": "Tại buổi làm việc, Sở Xây dựng báo cáo tình hình thực hiện dự án.",
    "a photo's caption: a leader's speech at the meeting": (
        "Đồng chí Nguyễn Văn An, Ủy viên Ban Chấp hành Trung ương Đảng, Bí thư Tỉnh ủy phát biểu tại hội nghị."),
    "what a leader stresses a body did": "Đồng chí Bí thư nhấn mạnh, Sở Y tế đã triển khai tốt công tác phòng dịch.",
    "what a leader stresses of a body's role": (
        "Đồng chí Bí thư nhấn mạnh vai trò của các cấp ủy trong công tác phòng, chống tham nhũng."),
    # a fixture written for this test: a report of citizens' petitions, their requests in a series
    "what citizens ask, in the clauses their petition goes on with": (
        "Tại buổi tiếp công dân, lãnh đạo tỉnh đã tiếp 14 lượt công dân, các công dân đến khiếu nại về tranh "
        "chấp đất đai; yêu cầu tỉnh chỉ đạo các cơ quan chức năng giải quyết dứt điểm các vụ việc; phản ánh, "
        "đề nghị giải quyết ô nhiễm môi trường."),
    "definitions of the groups a rule names": "Điều 3. Phân cấp quản lý\n1. Bộ trưởng phân cấp cho Thủ trưởng "
                                              "các đơn vị sau:\na) Đơn vị sự nghiệp công lập thuộc Bộ tự bảo đảm chi "
                                              "thường xuyên (sau đây gọi là đơn vị sự nghiệp nhóm 1);\n"
                                              "b) Đơn vị sự nghiệp công lập thuộc Bộ do Nhà nước bảo đảm chi thường "
                                              "xuyên (sau đây gọi là đơn vị sự nghiệp nhóm 2);",
    "the figures of a section on results": "I. TÌNH HÌNH THỰC HIỆN NHIỆM VỤ NĂM 2025\n2.2. Chi ngân sách địa "
                                           "phương ước thực hiện như sau:\n- Chi sự nghiệp giáo dục, đào tạo và "
                                           "dạy nghề 5.627 tỷ đồng, ước đạt 92,44% dự toán.\n- Giải quyết việc làm "
                                           "cho khoảng 59.000 người.",
    "what a body does not do": "II. TRÁCH NHIỆM\n3. Văn phòng đăng ký đất đai không chịu trách nhiệm do việc các "
                                "đơn vị phối hợp không cung cấp kịp thời hồ sơ.",
    "people who file, not a body charged": "III. TRÌNH TỰ THỰC HIỆN\nb) Trong thời hạn thông báo, hộ gia đình "
                                           "và cá nhân nộp 01 bộ hồ sơ đến Trung tâm phục vụ hành chính công cấp xã.",
    "what a decision itself adjusts": "Điều 1. Phê duyệt điều chỉnh quy hoạch khoáng sản như sau:\n"
                                      "1. Điều chỉnh danh mục các dự án khai thác quặng tại Phụ lục II.\n"
                                      "2. Bãi bỏ mục 3 Phụ lục III kèm theo Quyết định số 866/QĐ-TTg.",
    "what a body received": "II. KẾT QUẢ\nBan Tổ chức Hội nghị nhận được 16 tham luận của các sở, ngành.",
    "components of a programme by name": "II. NỘI DUNG\nKế hoạch triển khai các dự án sau:\n"
                                         "- Dự án 1: Phòng ngừa, đấu tranh tội phạm về ma túy.\n"
                                         "- Dự án 2: Nâng cao hiệu quả cai nghiện ma túy.",
    "labelled lines that restate a rule": "3. Chế độ báo cáo\nSở Tài chính thực hiện các nội dung sau:\n"
                                          "a) Tần suất thực hiện báo cáo: Thực hiện theo quy định tại Thông tư số "
                                          "29/2024/TT-BTC.\nb) Đối tượng phải kê khai giá: Tổ chức kinh doanh "
                                          "hàng hóa có trụ sở chính trên địa bàn tỉnh.",
    "what a rule binds workers and taxpayers to, under a request to firms": (
        "Sở Lao động yêu cầu các doanh nghiệp thực hiện như sau:\n"
        "- Người lao động không trúng tuyển có nhu cầu trả lại hồ sơ phải thực hiện yêu cầu bằng văn bản.\n"
        "- Người nộp thuế phải nộp hồ sơ khai thuế đúng thời hạn quy định."),
    "an order of priority for a plan's money": (
        "3. Thứ tự ưu tiên trong phân bổ vốn đầu tư công trung hạn:\n"
        "a) Bố trí vốn cho các dự án đầu tư công đặc biệt, dự án đầu tư công khẩn cấp;\n"
        "b) Phân bổ đủ vốn cho các dự án đã hoàn thành và bàn giao đưa vào sử dụng nhưng chưa bố trí đủ vốn;"),
    "the weight of a task": "Đây là nhiệm vụ rất quan trọng, cấp bách, cần khẩn trương tập trung hoàn thành.",
    "violations and sanctions a letter restates": (
        "7. Lưu ý quy định xử lý vi phạm hành chính đối với vi phạm quy định về cho thuê lại lao động:\n"
        "Các hành vi vi phạm thì bị xử phạt theo quy định tại Nghị định số 12/2022/NĐ-CP như:\n"
        "- Không báo cáo tình hình cho thuê lại lao động theo quy định.\n"
        "- Phạt tiền đối với doanh nghiệp có một trong các hành vi: không thông báo cho người lao động."),
    "arguments numbered in words under a lead-in of aspects": (
        "1. Việc hợp nhất các Chương trình có ý nghĩa quan trọng với các khía cạnh:\n"
        "Thứ nhất, vùng lõi nghèo cần được tập trung đầu tư mạnh.\n"
        "Thứ hai, cần nhận thức rõ cơ quan nào làm tốt nhất thì lựa chọn."),
    "results after a preface with a passive 'được giao'": (
        "Thực hiện nhiệm vụ được giao, Bộ Nông nghiệp và Môi trường trong thời gian ngắn đã tích cực vào cuộc, "
        "hoàn thành hồ sơ Chương trình."),
    "fields a lead-in announces": "II. NỘI DUNG\nCác dự án quan trọng tập trung vào các lĩnh vực:\n"
                                  "- Tập trung xây dựng, nâng cấp các cơ sở văn hóa;\n"
                                  "- Bảo tồn, phát huy các giá trị văn hóa;",
    "legal basis": "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;\n"
                   "Căn cứ Quyết định số 12/QĐ-UBND ngày 05/01/2024 của UBND tỉnh;",
    "past results": "Năm 2023, Sở Y tế đã tổ chức tiêm chủng cho 95% trẻ em trong độ tuổi.",
    "meeting attendance": "Tham dự cuộc họp có đại diện lãnh đạo Sở Tài chính, Sở Xây dựng và Công an tỉnh.",
    "recipients under Kính gửi": "Kính gửi:\n- Sở Xây dựng;\n"
                                 "- Ban Quản lý dự án đầu tư xây dựng công trình giao thông tỉnh;\n"
                                 "- UBND các huyện, thị xã.",
    "aims of a plan": "I. MỤC ĐÍCH, YÊU CẦU\n- Nâng cao chất lượng giải quyết thủ tục hành chính.\n"
                      "- Bảo đảm 100% hồ sơ được giải quyết đúng hạn.",
    "a meeting chaired": "Chiều 14/1, Phó Chủ tịch UBND tỉnh Nguyễn Văn Hải chủ trì cuộc họp với các sở, ngành.",
    # a fixture written for this test: a session chaired, in a press report
    "a session chaired": "Thủ tướng Chính phủ chủ trì Phiên họp Chính phủ thường kỳ tháng 10.",
    "background with a past obligation": "Do đơn hàng sụt giảm, nhiều doanh nghiệp đã phải cắt giảm giờ làm.",
    "appraisal in a notice of conclusions": "Ghi nhận, đánh giá cao những kết quả Sở Y tế đạt được trong năm 2023.",
    "closing formula": "UBND tỉnh thông báo để các cơ quan, đơn vị liên quan biết, thực hiện./.",
    # a fixture written for this test: papers handed over, no assignment
    "papers handed over to a body": "Điều 9. Bàn giao tài liệu\nTài liệu được bàn giao cho cơ quan, đơn vị cấp trên "
                                    "trực tiếp để quản lý.",
    # fixtures written for this test: what an official says; who a council is made of
    "what an official tells a reporter": "Trao đổi với phóng viên, ông Nguyễn Văn A, Phó Cục trưởng Cục Y tế dự "
                                         "phòng cho biết, bạch hầu là bệnh có vắc xin phòng bệnh.",
    "who a council is made of": "Điều 28. Hội đồng kỷ luật\n2. Hội đồng kỷ luật bao gồm:\na) Chủ tịch Hội đồng là "
                                "người đứng đầu cơ quan;\nb) ủy viên Hội đồng gồm: người phụ trách công tác tổ chức "
                                "cán bộ của cơ quan.",
    # a fixture written for this test: a paragraph telling what a report found
    "what a report found": "Theo báo cáo, trong tháng qua, công tác xây dựng Đảng tiếp tục được chú trọng. Các cấp "
                           "ủy đảng tăng cường công tác nắm tình hình tư tưởng của cán bộ, đảng viên.",
    "a schedule is not a deadline": "Cán bộ, công chức nghỉ thứ Bảy, Chủ nhật hàng tuần theo quy định.",
    # fixtures written for this test: the aims an act serves; a share allotted; a caption
    "the aims a decision's act serves, listed": "Điều 2. Việc tổ chức Ngày Vệ sinh yêu nước hằng năm nhằm:\n"
                                               "1. Nâng cao nhận thức và đề cao trách nhiệm của các cấp chính "
                                               "quyền, đoàn thể về các hoạt động vệ sinh.\n2. Tăng cường sự tham "
                                               "gia, phối hợp chặt chẽ của các cấp, ngành.",
    "what each province is allotted": "Bộ Tài chính đã quyết định xuất cấp cho tỉnh Lâm Đồng 1.000 tấn gạo, tỉnh "
                                      "Gia Lai bổ sung 1.000 tấn gạo để hỗ trợ nhân dân.",
    "a caption of a leader's closing speech": "Chủ tịch UBND huyện Nguyễn Văn An phát biểu kết luận",
    # a fixture written for this test: news that duties were given, none of them said
    "duties given, none said": "Để chuẩn bị Lễ khánh thành các công trình, Thủ tướng Chính phủ đã có 3 Công điện "
                               "chỉ đạo, giao nhiệm vụ cụ thể cho các Bộ, cơ quan, địa phương có liên quan.",
    # fixtures written for this test: a verdict, an approval, an earlier step, the agents of a passive
    "a leader's verdict on what was done": "Kết luận cuộc họp, đồng chí Hồ Văn Nam, Phó Chủ tịch UBND tỉnh Lạng Sơn "
                                           "đánh giá công tác giải phóng mặt bằng trong tháng 10 đã có những chuyển "
                                           "biến tích cực.",
    "a leader approving a course": "Theo đó, Chủ tịch UBND tỉnh thống nhất chủ trương đăng cai tổ chức Đại hội "
                                   "thể dục thể thao toàn quốc năm 2026.",
    "an earlier step the report goes back to": "Trước đó, Sở Tài nguyên và Môi trường đã có các công văn đề nghị UBND "
                                                "huyện An Lão bổ sung hồ sơ về bố trí tái định cư.",
    "the bodies a passive names as agents": "Những ý kiến đó đã được đồng chí Phó Bí thư Đảng ủy, Chủ tịch Ủy ban "
                                            "nhân dân xã và các ngành liên quan trả lời tại Hội nghị.",
    # fixtures written for this test: a scan's reading of a closing formula, "để" marked "dé", a
    # stamp's specks after its end
    "a scanned closing formula": "Tổng cục Thuế thông báo dé các Cục Thuế được biết và thực hiện./. fon!",
    "a scanned closing formula, its end misread": "Văn phòng Chính phủ thông báo dé các cơ quan biết, thực hiện./,<",
    # fixtures written for this test: a closing formula that asks the addressee to "triển khai", and
    # one that says "được biết" without "để"
    "a closing formula asking to carry it out": "Tổng cục Thuế thông báo để các Vụ, đơn vị biết và triển khai "
                                                "thực hiện./.",
    # fixtures written for this test: a policy encouraging others, alone and over the kinds it lists
    "a policy encouraging others": "UBND tỉnh khuyến khích lập Quỹ hỗ trợ xuất khẩu do các tổ chức, cá nhân cùng "
                                   "góp vốn thành lập.",
    "the kinds a policy encourages": "UBND tỉnh khuyến khích các doanh nghiệp thành lập các tổ chức dịch vụ sau:\n"
                                     "a) Tư vấn đầu tư, tư vấn quản lý;\nb) Tiếp thị, xúc tiến thương mại.",
    # fixtures written for this test: scanned closing formulas that name only what the addressees are to do,
    # at the end-of-text mark ("để" read "dé", "hiện" misread and a speck after the mark)
    "a scanned closing formula without 'biết'": "Tổng cục Hải quan thông báo dé Cục Hải quan các tỉnh, thành phố "
                                                "triển khai thực hiện./.",
    "a scanned closing formula, 'hiện' misread": "Tổng cục Thuế thông báo để các Cục Thuế được biết và triển khai "
                                                 "thực hién/.p",
    # a fixture written for this test: a basis citing a joint circular, its authors listed with commas before
    # what it provides
    "a basis citing a joint circular's authors": "Căn cứ Thông tư liên tịch số 01/2017/TTLT-BCA-BQP-BTC ngày "
                                                 "29/12/2017 của Bộ trưởng Bộ Công an, Bộ trưởng Bộ Quốc phòng, Bộ "
                                                 "trưởng Bộ Tài chính quy định việc phối hợp tiếp nhận tố giác;",
    # a fixture written for this test: an article counting the tasks a plan already issued sets out
    "how many tasks an issued plan sets out": "UBND tỉnh đã ban hành Kế hoạch số 12/KH-UBND. UBND tỉnh xác định 07 "
                                              "nhóm nhiệm vụ, giải pháp trọng tâm.",
    "a closing formula without 'để'": "Tổng cục Thuế thông báo Cục Thuế các tỉnh, thành phố trực thuộc Trung ương "
                                      "được biết và thực hiện./.",
    # fixtures written for this test: the Government Office's closing, naming its addressee alone; a trade's
    # people, a class (see also test_what_a_leader_asks_of_a_trade_s_people_is_no_body_s_task)
    "a closing formula naming the addressee alone": "Văn phòng Chính phủ thông báo Bộ Tài nguyên và Môi trường "
                                                    "biết, thực hiện./.",
    "a trade's people, a class": "Bà con nuôi ao đất thì cần điều chỉnh quy trình nuôi, cho tôm ăn hợp lý.",
    "a firm's registered trades": "- Ngành nghề kinh doanh chính: Xây dựng công trình kỹ thuật dân dụng khác.",
    # fixtures written for this test: a province agreeing to a district's proposals, and a photo's caption
    "a leader's body agreeing to proposals": "Để tháo gỡ khó khăn, UBND tỉnh đồng thuận với các kiến nghị của "
                                             "huyện Gio Linh về hỗ trợ tạm cư.",
}


# A fixture written for this test: a press report whose photo caption shows leaders talking with people.
CAPTIONED_REPORT = (
    "Chủ tịch UBND tỉnh Quảng Trị kiểm tra tiến độ giải phóng mặt bằng Cảng hàng không\n\n"
    "Ngày 30/5/2024, Chủ tịch UBND tỉnh Quảng Trị đã kiểm tra công tác giải phóng mặt bằng dự án Cảng hàng không.\n\n"
    "Theo báo cáo của UBND huyện Gio Linh, tổng diện tích đất thu hồi thực hiện dự án là 265 ha.\n\n"
    "Lãnh đạo tỉnh Quảng Trị trò chuyện với người dân, chính quyền địa phương về kế hoạch bàn giao mặt bằng\n\n"
    "Chủ tịch UBND tỉnh giao Sở Tài chính rà soát, hướng dẫn, đề xuất đối với kinh phí phát sinh.\n"
)


def test_each_sector_a_report_says_a_notice_charges_is_one_of_those_directed_before() -> None:
    # a fixture written for this test: a portal report; "nêu rõ," frames what the notice says, and
    # "từng ngành, từng địa phương" takes the bodies directed before one by one
    report = ("Chủ tịch UBND tỉnh chỉ đạo các sở, ban, ngành, UBND các huyện tăng cường công tác tuyên truyền. "
              "Tuyệt đối không để nhân dân chủ quan.\n\n"
              "Thông báo cũng nêu rõ, từng ngành, từng địa phương chủ động rà soát các nhiệm vụ của ngành mình.")
    assert [(t.action.split()[0], [a.name for a in t.lead]) for t in extract_text(report).tasks] == [
        ("tăng", ["các sở, ban, ngành", "UBND các huyện"]), ("chủ", ["các sở, ban, ngành", "UBND các huyện"])]


def test_a_caption_of_leaders_talking_with_people_is_no_task() -> None:
    assert [t.action.split()[0] for t in extract_text(CAPTIONED_REPORT).tasks] == ["rà"]


def _matching(tasks, words):
    return [t for t in tasks if words.lower() in " ".join(t.span.text.split()).lower()]


@pytest.mark.parametrize("name", list(CASES))
def test_task_assembly(name: str) -> None:
    body, expected = CASES[name]
    result = extract_text(HEADER + body + CLOSING)
    assert len(result.tasks) == len(expected), [t.span.text for t in result.tasks]
    for task, (words, lead, support, deadline) in zip(result.tasks, expected, strict=True):
        assert _matching([task], words), (words, task.span.text)
        assert [a.name for a in task.lead] == lead
        assert [a.name for a in task.support] == support
        if deadline is None:
            assert task.deadline is None, task.deadline
        elif deadline in {"asap", "recurring"}:
            assert task.deadline is not None and task.deadline.kind == deadline
        else:
            assert task.deadline is not None and str(task.deadline.due) == deadline


@pytest.mark.parametrize("name", list(NOT_TASKS))
def test_not_tasks(name: str) -> None:
    result = extract_text(HEADER + NOT_TASKS[name] + CLOSING)
    assert result.tasks == [], [t.span.text for t in result.tasks]


def test_a_caption_of_a_leader_s_speech_is_no_task() -> None:
    """A fixture written for this test: an article's headline, the caption of its photo, its lede."""
    text = ("Khẩn trương chuẩn bị các nội dung tổ chức Đại hội đại biểu Đảng bộ tỉnh\n"
            "Đồng chí Nguyễn Văn An, Ủy viên Ban Chấp hành Trung ương Đảng, Bí thư Tỉnh ủy, Trưởng đoàn ĐBQH tỉnh "
            "phát biểu tại hội nghị.\n\nVới tinh thần khẩn trương, Hội nghị Ban Thường vụ Tỉnh ủy đã hoàn thành các "
            "nội dung, chương trình đề ra.\n")
    assert extract_text(text).tasks == []


def test_the_bodies_a_cong_dien_is_sent_to_do_the_items_that_name_nobody() -> None:
    """A fixture written for this test: a công điện lists whom it is sent to under "Điện:"."""
    text = ("THỦ TƯỚNG CHÍNH PHỦ\n-------\nSố: 396/CĐ-TTg\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Độc lập - Tự do - Hạnh phúc\n---------------\nHà Nội, ngày 05 tháng 03 năm 2010\n\nCÔNG ĐIỆN\n"
            "Về phòng cháy, chữa cháy rừng\n\nTHỦ TƯỚNG CHÍNH PHỦ\n\nĐiện:\n"
            "- Bộ Nông nghiệp và Phát triển nông thôn;\n"
            "- Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương.\n\n"
            "Để ngăn chặn tình trạng cháy rừng, Thủ tướng Chính phủ yêu cầu:\n"
            "1. Tập trung chỉ đạo kiểm tra các vùng rừng có nguy cơ cháy cao.\n"
            "2. Bố trí lực lượng trực phòng cháy 24/24 giờ trong mùa khô.\n\n"
            "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nTHỦ TƯỚNG\n\nNguyễn Tấn Dũng")
    tasks = extract_text(text).tasks
    assert len(tasks) == 2
    for task in tasks:
        assert [a.name for a in task.lead] == [
            "Bộ Nông nghiệp và Phát triển nông thôn", "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"]


def test_a_cong_dien_s_items_direct_those_it_is_sent_to_without_a_request_verb() -> None:
    """A fixture written for this test: a dispatch whose purpose line asks nothing in words ("Để khắc
    phục ..."); a công điện's items direct the bodies of its "ĐIỆN:" line by what it is."""
    text = ("BAN CHỈ HUY PHÒNG, CHỐNG THIÊN TAI TỈNH NAM SƠN\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\n"
            "Số: 07/CĐ-BCH\n\nNam Sơn, ngày 12 tháng 9 năm 2021\n\nCÔNG ĐIỆN KHẨN\n\n"
            "ĐIỆN: Sở Giao thông vận tải\n\nMưa lớn kéo dài đã gây sạt lở nhiều tuyến đường.\n\n"
            "Để bảo đảm giao thông thông suốt\n\n"
            "1. Huy động phương tiện, vật tư thông tuyến các điểm sạt lở trên quốc lộ.\n\n"
            "2. Bố trí lực lượng cảnh báo tại các ngầm tràn.\n\n"
            "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nKT. TRƯỞNG BAN\nPHÓ TRƯỞNG BAN\nLê Văn Hòa")
    tasks = extract_text(text).tasks
    assert [(t.action.split()[0], [a.name for a in t.lead]) for t in tasks] == [
        ("Huy", ["Sở Giao thông vận tải"]), ("Bố", ["Sở Giao thông vận tải"])]


def test_a_report_of_conclusions_directs_the_body_met() -> None:
    """A fixture written for this test: a portal's report of a leader's conclusions at a meeting with a
    district; its bullets open with actions under a lead-in that names nobody."""
    text = ("Kết luận của Chủ tịch UBND tỉnh tại buổi làm việc với huyện Nam Sơn\n\n"
            "Ngày 27/5/2020, Chủ tịch UBND tỉnh đã chủ trì buổi làm việc với huyện Nam Sơn về tình hình kinh tế "
            "- xã hội 5 tháng đầu năm.\n\n"
            "Theo đó, một số vấn đề cụ thể trong lĩnh vực tài nguyên và môi trường:\n\n"
            "- Tăng cường công tác quản lý, giám sát việc thu gom và xử lý chất thải rắn sinh hoạt.\n\n"
            "- Duy trì công tác quản lý đất đai tại khu vực thực hiện dự án nhà máy xi măng.\n")
    tasks = extract_text(text).tasks
    assert [(t.action[:9], [a.name for a in t.lead]) for t in tasks] == [
        ("Tăng cườn", ["UBND huyện Nam Sơn"]), ("Duy trì c", ["UBND huyện Nam Sơn"])]


def test_items_under_a_bare_giao_charge_the_body_each_names() -> None:
    """A fixture written for this test: "giao:" names nobody; each item names a body and what it is made."""
    text = ("Thủ tướng Chính phủ có ý kiến như sau:\n"
            "1. Đồng ý với ý kiến của các Bộ tại các văn bản nêu trên; giao:\n"
            "- Chủ tịch Ủy ban nhân dân tỉnh Nghệ An là người quyết định đầu tư và tổ chức thực hiện Dự án.\n"
            "- Sở Xây dựng là chủ đầu tư Dự án trụ sở làm việc các cơ quan tỉnh.\n"
            "2. Chủ tịch Ủy ban nhân dân các tỉnh Nghệ An, Quảng Bình có trách nhiệm tổ chức triển khai các dự án.")
    tasks = extract_text(text).tasks
    assert [(t.rule, [a.name for a in t.lead]) for t in tasks] == [
        ("addressee", ["Chủ tịch Ủy ban nhân dân tỉnh Nghệ An"]), ("addressee", ["Sở Xây dựng"]),
        ("subject", ["Chủ tịch Ủy ban nhân dân tỉnh Nghệ An", "Chủ tịch Ủy ban nhân dân tỉnh Quảng Bình"])]


def test_a_section_s_opening_paragraphs_above_its_announced_items_are_its_direction() -> None:
    """A fixture written for this test: a plan's section states its direction, then lists its items,
    which a body's part of "Tổ chức thực hiện" makes its own."""
    plan = HEADER + ("Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện như sau:\n"
                     "III. NHIỆM VỤ VÀ GIẢI PHÁP\n1. Hạ tầng số\n"
                     "Phát triển hạ tầng số nhanh, đồng bộ, hiện đại, an toàn.\n"
                     "Khuyến khích các doanh nghiệp đầu tư, phát triển hạ tầng số trên địa bàn tỉnh.\n"
                     "Trọng tâm:\na) Phổ cập kết nối số toàn dân trên địa bàn tỉnh.\n"
                     "b) Xây dựng trung tâm dữ liệu của tỉnh.\n"
                     "IV. TỔ CHỨC THỰC HIỆN\n1. Sở Khoa học và Công nghệ\na) Chủ trì, tham mưu hoàn thiện cơ chế, "
                     "chính sách phát triển hạ tầng số.\n"
                     "b) Thực hiện các nhiệm vụ tại mục III.1 của Kế hoạch.") + CLOSING
    tasks = extract_text(plan).tasks
    assert [(t.action[:12], t.lead[0].name) for t in tasks[:2]] == [
        ("Phổ cập kết ", "Sở Khoa học và Công nghệ"), ("Xây dựng tru", "Sở Khoa học và Công nghệ")]


def test_press_release_headline_is_not_a_task() -> None:
    article = ("Thủ tướng chỉ đạo xử lý cấp bách sạt lở bờ sông\n"
               "Thủ tướng Chính phủ vừa có ý kiến chỉ đạo về việc xử lý sạt lở. Theo đó, Thủ tướng giao "
               "Bộ Nông nghiệp và Môi trường chủ trì rà soát các điểm sạt lở đặc biệt nguy hiểm.")
    result = extract_text(article)
    assert [t.lead[0].name for t in result.tasks] == ["Bộ Nông nghiệp và Môi trường"]
    assert result.document.doc_type == "press_release"
    assert result.document.issuer == "Thủ tướng Chính phủ"


def test_short_bullets_a_lead_in_announces_near_an_article_s_top_are_its_items() -> None:
    """A fixture written for this test: an article whose minister's assignment comes right after
    the headline, its items short and unpunctuated like a ticker's headlines; a label's colon
    ("Tin tức:") announces nothing."""
    article = ("Tin tức:\n\n- Phê duyệt chương trình khuyến công năm 2024\n\n"
               "Bộ trưởng giao Cục Công nghiệp các nhiệm vụ sau:\n\n"
               "- Quản lý, theo dõi việc thực hiện đề án\n\n- Phê duyệt dự án chi tiết của đề án\n\n"
               "- Tổ chức nghiệm thu kết quả thực hiện đề án\n")
    tasks = extract_text(article).tasks
    assert [t.span.text.lstrip("- ").split()[0] for t in tasks] == ["Quản", "Phê", "Tổ"]
    assert {t.lead[0].name for t in tasks} == {"Cục Công nghiệp"}


def test_a_short_unpunctuated_paragraph_after_the_article_s_prose_is_body_not_a_headline() -> None:
    """A fixture written for this test: a portal excerpt that stops mid-sentence in its fourth
    paragraph; the headline above the prose is still no task."""
    article = ("UBND phường tăng cường quản lý trật tự đô thị năm 2018\n\n"
               "Ngày 16/4/2018, UBND phường ban hành kế hoạch tăng cường quản lý trật tự đô thị trên địa bàn "
               "phường trong năm 2018 với nhiều nội dung cụ thể.\n\n"
               "Theo kế hoạch, UBND phường tăng cường tuyên truyền trên hệ thống loa truyền thanh, tuyên truyền "
               "lưu động tại các tuyến phố có nhiều vi phạm về lấn chiếm vỉa hè.\n\n"
               "Công an phường phối hợp chặt chẽ với UB MTTQ phường tuyên truyền cho đoàn viên, hội viên và toàn "
               "thể nhân dâ\n")
    tasks = extract_text(article).tasks
    assert [t.lead[0].name for t in tasks][-1] == "Công an phường"
    assert not any(t.span.text.startswith("UBND phường tăng cường quản lý") for t in tasks)


def test_a_paragraph_labelled_with_its_actor_charges_it_and_the_bullets_below() -> None:
    """A fixture written for this test: a directive whose duties are paragraphs opening with the
    body's name and a colon, some with bullets of their own; a colon before a figure is no label."""
    directive = (HEADER + "Chủ tịch UBND tỉnh yêu cầu Giám đốc các sở, Chủ tịch UBND các huyện tập trung "
                 "thực hiện các nhiệm vụ sau:\n\n"
                 "Sở Công Thương: Theo dõi, đánh giá nguồn cung hàng hóa thiết yếu.\n\n"
                 "- Chủ động tham mưu phương án dự trữ hàng hóa phục vụ Tết.\n\n"
                 "Sở Y tế: Kiểm tra an toàn thực phẩm tại các chợ.\n\n"
                 "Sở Tài chính: 12 tỷ đồng đã được cấp trong năm.\n" + CLOSING)
    tasks = extract_text(directive).tasks
    assert [(t.lead[0].name, t.rule) for t in tasks] == [
        ("Sở Công Thương", "labelled_actor"), ("Sở Công Thương", "parent_item"), ("Sở Y tế", "labelled_actor")]


def test_every_task_has_a_confidence_and_its_span_in_the_text() -> None:
    body = "\n".join(case[0] for case in CASES.values() if "Kính gửi" not in case[0])
    result = extract_text(HEADER + body + CLOSING)
    assert result.tasks
    for task in result.tasks:
        assert 0 < task.confidence <= 1
        assert result.document.text[task.span.start : task.span.end] == task.span.text


def test_items_of_a_conclusion_go_to_the_body_it_was_made_with() -> None:
    # a fixture: a Government notice whose title names its counterpart in capitals
    notice = ("VĂN PHÒNG CHÍNH PHỦ\n-------\nSố: 655/TB-VPCP\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
              "Độc lập - Tự do - Hạnh phúc\n---------------\nHà Nội, ngày 20 tháng 11 năm 2025\n\n"
              "THÔNG BÁO\nKẾT LUẬN CỦA PHÓ THỦ TƯỚNG TẠI BUỔI LÀM VIỆC VỚI LÃNH ĐẠO TỈNH SƠN LA\n\n"
              "II. NHIỆM VỤ THỜI GIAN TỚI\nTrong thời gian tới, cần tập trung các nhiệm vụ sau:\n"
              "1. Rà soát, điều chỉnh quy hoạch các khu công nghiệp.\n"
              + CLOSING)
    tasks = extract_text(notice).tasks
    assert [[a.name for a in t.lead] for t in tasks] == [["Tỉnh Sơn La"]]


# A fixture written for this test: a decision that publishes administrative procedures. The
# annex describes them (steps, dossier, legal bases) and a form follows; neither assigns work.
PROCEDURE_DECISION = (
    "ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU\nSố: 15/QĐ-UBND\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\nLai Châu, ngày 10 tháng 11 năm 2025\n\nQUYẾT ĐỊNH\n"
    "Về việc công bố thủ tục hành chính lĩnh vực dược\n\nQUYẾT ĐỊNH:\n\n"
    "Điều 1. Công bố kèm theo Quyết định này 02 thủ tục hành chính lĩnh vực dược.\n"
    "Điều 2. Giao Văn phòng UBND tỉnh chủ trì, phối hợp với Sở Y tế cập nhật thủ tục hành chính lên "
    "Cơ sở dữ liệu quốc gia trước ngày 30/11/2025.\n"
    "Điều 3. Quyết định này có hiệu lực kể từ ngày ký.\n\nNơi nhận:\n- Như Điều 3;\n- Lưu: VT.\n\n"
    "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nNguyễn Văn A\n\n"
    "PHỤ LỤC I\nTHỦ TỤC HÀNH CHÍNH ĐƯỢC CÔNG BỐ LĨNH VỰC DƯỢC\n"
    "(Kèm theo Quyết định số 15/QĐ-UBND ngày 10/11/2025 của Chủ tịch UBND tỉnh)\n\n"
    "1. Trình tự thực hiện:\nBước 1: Cơ sở nộp hồ sơ đề nghị đến Sở Y tế.\n"
    "Bước 2: Sau khi nhận hồ sơ, Sở Y tế trả cho cơ sở Phiếu tiếp nhận hồ sơ.\n"
    "2. Căn cứ pháp lý:\n- Luật Dược ngày 06 tháng 4 năm 2016;\n\n"
    "BIÊN BẢN HỌP HỘI ĐỒNG\n1. Hội đồng cho ý kiến về hồ sơ đề nghị.\n"
)


def test_published_procedures_and_their_forms_assign_nothing() -> None:
    result = extract_text(PROCEDURE_DECISION)
    assert [(t.rule, [a.name for a in t.lead]) for t in result.tasks] == [("addressee", ["Văn phòng UBND tỉnh"])]
    assert result.tasks[0].deadline.due.isoformat() == "2025-11-30"


# A fixture written for this test: a tax department's reply to a firm. Its closing line is the
# issuer speaking; the request to the provincial tax office is the task.
REPLY_LETTER = (
    "BỘ TÀI CHÍNH\nCỤC THUẾ\nSố: 5348/CT-CS\nV/v hướng dẫn góp vốn điều lệ\n\n"
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nHà Nội, ngày 20 tháng 11 năm 2025\n\n"
    "Kính gửi: Thuế tỉnh Quảng Trị.\n\nCục Thuế nhận được công văn của Thuế tỉnh Quảng Trị về góp vốn điều lệ. "
    "Về vấn đề này, Cục Thuế có ý kiến như sau:\n"
    "Đề nghị Thuế tỉnh Quảng Trị trao đổi với cơ quan đăng ký kinh doanh để xác định số vốn đã góp.\n"
    "Cục Thuế trả lời để Thuế tỉnh Quảng Trị biết, thực hiện./.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n"
)


@pytest.mark.parametrize("closing", [
    "Cục Thuế trả lời để Thuế tỉnh Quảng Trị biết, thực hiện./.",
    # a fixture written for this test: the reply's addressee "được biết", no "để"
    "Cục Thuế trả lời Thuế tỉnh Quảng Trị được biết, thực hiện./.",
])
def test_a_reply_s_closing_line_is_not_a_task(closing: str) -> None:
    letter = REPLY_LETTER.replace("Cục Thuế trả lời để Thuế tỉnh Quảng Trị biết, thực hiện./.", closing)
    result = extract_text(letter)
    assert [[a.name for a in t.lead] for t in result.tasks] == [["Thuế tỉnh Quảng Trị"]]


# A fixture written for this test: a council's resolution. Its articles on scope and
# principles bind whoever they name; only its implementation article assigns work.
COUNCIL_RESOLUTION = (
    "HỘI ĐỒNG NHÂN DÂN\nTHÀNH PHỐ HÀ NỘI\nSố: 71/2025/NQ-HĐND\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\nHà Nội, ngày 20 tháng 11 năm 2025\n\nNGHỊ QUYẾT\n"
    "Quy định về lập quy hoạch khu vực TOD\n\nHỘI ĐỒNG NHÂN DÂN THÀNH PHỐ HÀ NỘI\n\n"
    "Căn cứ Luật Thủ đô số 39/2024/QH15;\n\nQUYẾT NGHỊ:\n\n"
    "Điều 2. Đối tượng áp dụng\n1. Các cơ quan, tổ chức, cá nhân tham gia việc lập, thẩm định quy hoạch khu vực TOD.\n"
    "Điều 4. Nguyên tắc\na) Ưu tiên sử dụng phương tiện giao thông công cộng, đi bộ và đi xe đạp.\n"
    "Điều 10. Tổ chức thực hiện\n1. Giao Ủy ban nhân dân Thành phố tổ chức thực hiện Nghị quyết này.\n"
    "2. Giao Thường trực Hội đồng nhân dân, các Ban của Hội đồng nhân dân Thành phố giám sát việc thực hiện "
    "Nghị quyết.\n"
)


def test_a_council_resolution_assigns_only_in_its_implementation_article() -> None:
    result = extract_text(COUNCIL_RESOLUTION)
    assert [[a.name for a in t.lead][0] for t in result.tasks] == [
        "Ủy ban nhân dân Thành phố", "Thường trực Hội đồng nhân dân"]


# A fixture written for this test: a Government office's notice. A minister directing his sector
# is given the task; in his own ministry's letter he speaks, and the units he directs are given it.
OFFICE_NOTICE = (
    "VĂN PHÒNG CHÍNH PHỦ\nSố: 661/TB-VPCP\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Hà Nội, ngày 01 tháng 12 năm 2025\n\nTHÔNG BÁO\nKết luận của Thủ tướng Chính phủ\n\n"
    "Thủ tướng Chính phủ yêu cầu:\n1. Bộ trưởng Bộ Giáo dục và Đào tạo chỉ đạo ngành giáo dục dọn dẹp trường lớp "
    "sau lũ.\n"
)
MINISTRY_LETTER = (
    "BỘ GIÁO DỤC VÀ ĐÀO TẠO\nSố: 12/BGDĐT-VP\nV/v khắc phục hậu quả mưa lũ\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\nHà Nội, ngày 01 tháng 12 năm 2025\n\n"
    "Bộ trưởng Bộ Giáo dục và Đào tạo chỉ đạo các sở giáo dục và đào tạo dọn dẹp trường lớp sau lũ.\n"
)


def test_a_head_of_body_speaks_only_in_his_own_body_s_documents() -> None:
    assert [t.lead[0].name for t in extract_text(OFFICE_NOTICE).tasks] == ["Bộ trưởng Bộ Giáo dục và Đào tạo"]
    assert [t.lead[0].name for t in extract_text(MINISTRY_LETTER).tasks] == ["các sở giáo dục và đào tạo"]


def test_a_council_directing_its_departments_in_a_government_notice_is_given_the_task() -> None:
    """A fixture written for this test: the Government office's notice asks a city's council to
    direct its departments; the council, not the departments, is charged."""
    notice = OFFICE_NOTICE.replace("1. Bộ trưởng Bộ Giáo dục và Đào tạo chỉ đạo ngành giáo dục dọn dẹp trường lớp",
                                   "1. Ủy ban nhân dân thành phố Đà Nẵng chỉ đạo các sở, ngành dọn dẹp trường lớp")
    assert [t.lead[0].name for t in extract_text(notice).tasks] == ["Ủy ban nhân dân thành phố Đà Nẵng"]


# A fixture written for this test: a provincial regulation. Its lists of a body's powers
# ("Nhiệm vụ, quyền hạn của ...", "... có chức năng, nhiệm vụ sau.") are competences (ANNOTATION.md:
# optional): only the items that deliver something or keep a time are tasks. What a body "có
# trách nhiệm" to do to carry the rule out is its task. Its principles, its means ("dưới các hình
# thức:"), its procedures for a case ("Nếu ... thì") and the duties of a class of people assign nothing.
REGULATION = (
    "ỦY BAN NHÂN DÂN\nTỈNH BẮC KẠN\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
    "QUY ĐỊNH\nVề tổ chức và hoạt động của Đội kiểm tra liên ngành\n"
    "(Ban hành kèm theo Quyết định số 12/2024/QĐ-UBND ngày 10/3/2024 của UBND tỉnh Bắc Kạn)\n\n"
    "Điều 3. Những nguyên tắc chung.\n"
    "1. Đội kiểm tra liên ngành các cấp phải có mối quan hệ chặt chẽ với chính quyền địa phương.\n"
    "2. Các sở, ngành có trách nhiệm thực hiện Quy định này, đảm bảo các nguyên tắc:\n"
    "a) Phối hợp chặt chẽ, thống nhất trong kiểm tra.\n"
    "Điều 4. Đội kiểm tra liên ngành các cấp có chức năng, nhiệm vụ sau.\n"
    "1. Kiểm tra, phát hiện các hành vi vi phạm trên địa bàn.\n"
    "2. Báo cáo kết quả kiểm tra với Ban Chỉ đạo tỉnh.\n"
    "Điều 5. Nhiệm vụ, quyền hạn của Đội trưởng.\n"
    "- Điều hành hoạt động của đội.\n"
    "- Lập kế hoạch kiểm tra hằng tháng trình Ban Chỉ đạo tỉnh phê duyệt.\n"
    "Điều 6. Đội kiểm tra liên ngành cấp huyện chịu sự chỉ đạo của UBND cùng cấp.\n"
    "Điều 7. Đội kiểm tra liên ngành tổ chức lấy ý kiến của cơ sở dưới các hình thức:\n"
    "1. Phát phiếu lấy ý kiến từng cơ sở.\n"
    "2. Đặt hòm thư góp ý, Đội kiểm tra liên ngành tổng hợp ý kiến.\n"
    "Điều 8. Nếu phát hiện vi phạm nghiêm trọng thì Đội kiểm tra liên ngành đề nghị Công an tỉnh điều tra.\n"
    "Điều 9. Sở Tư pháp hướng dẫn thực hiện Quy định này trước ngày 30/6/2024.\n"
    "Điều 10. Trách nhiệm thi hành\n2. Sở Nội vụ có trách nhiệm\n"
    "a) Hướng dẫn các cơ quan, đơn vị thực hiện Quy định này.\nb) Quản lý hồ sơ của thành viên Đội kiểm tra.\n"
    "Điều 11. Trách nhiệm của các tổ chức, cá nhân sử dụng điện\n"
    "1. Thực hiện đầy đủ các quy định về an toàn điện.\n2. Phải lưu giữ hồ sơ thiết kế hệ thống điện."
    + CLOSING
)


def test_a_regulation_s_standing_duties_are_not_tasks_its_deliverables_are() -> None:
    tasks = extract_text(REGULATION).tasks
    assert [(" ".join(t.span.text.split()[:3]), t.lead[0].name) for t in tasks] == [
        ("2. Báo cáo", "Đội kiểm tra liên ngành các cấp"),
        ("- Lập kế", "Đội trưởng"),
        ("Sở Tư pháp", "Sở Tư pháp"),
        ("a) Hướng dẫn", "Sở Nội vụ"),
        ("b) Quản lý", "Sở Nội vụ"),
    ]


# A fixture written for this test: a Party office's conclusion. Its title names its author, who
# speaks; its assessment part reports results; its lead-in opens with a preface before its subject.
PARTY_CONCLUSION = (
    "TỈNH ỦY BẮC KẠN\nVĂN PHÒNG\n*\nSố 05-KL/VPTU\n\nĐẢNG CỘNG SẢN VIỆT NAM\nBắc Kạn, ngày 02 tháng 12 năm 2025\n\n"
    "KẾT LUẬN\nCỦA ĐỒNG CHÍ CHÁNH VĂN PHÒNG TỈNH ỦY\n\n"
    "1. Về đánh giá tình hình hoạt động năm 2025\n"
    "Văn phòng Tỉnh ủy tiếp tục khẳng định vai trò tham mưu tổng hợp. Các văn phòng huyện ủy đẩy mạnh "
    "cải cách hành chính trong công tác văn phòng.\n"
    "2. Về nhiệm vụ trọng tâm năm 2026\n"
    "Quán triệt ý kiến chỉ đạo của Thường trực Tỉnh ủy; căn cứ phương hướng đã nêu trong Báo cáo, Văn phòng "
    "Tỉnh ủy và các văn phòng huyện ủy cụ thể hóa để tổ chức thực hiện, trong đó, tập trung các nhiệm vụ sau:\n"
    "(1) Nâng cao chất lượng công tác tham mưu, tổng hợp phục vụ cấp ủy.\n"
    "(2) Đẩy mạnh chuyển đổi số trong công tác văn phòng."
    + CLOSING
)
# A fixture written for this test: a công điện asking provinces for a report. The report's contents
# are no tasks; the items after them are.
REPORT_REQUEST = (
    "THỦ TƯỚNG CHÍNH PHỦ\n-------\nSố: 240/CĐ-TTg\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\nHà Nội, ngày 01 tháng 12 năm 2025\n\nCÔNG ĐIỆN\n"
    "Về việc thống kê thiệt hại do lũ\n\nThủ tướng Chính phủ yêu cầu:\n"
    "1. Chủ tịch Ủy ban nhân dân các tỉnh: Gia Lai, Khánh Hòa chỉ đạo cơ quan chức năng khẩn trương thống kê, "
    "tổng hợp báo cáo cụ thể về một số nội dung sau:\n"
    "(1) Số hộ dân có nhà bị sập, trôi cần phải xây dựng lại.\n"
    "(2) Tổng kinh phí cần thiết hỗ trợ Nhân dân.\n"
    "Ủy ban nhân dân các tỉnh: Gia Lai, Khánh Hòa gửi báo cáo về Văn phòng Chính phủ trước ngày 05/12/2025.\n"
    "2. Bộ trưởng Bộ Tài chính tổng hợp, đề xuất nguồn kinh phí hỗ trợ các địa phương."
)


def test_a_conclusion_s_author_speaks_and_its_assessment_assigns_nothing() -> None:
    tasks = extract_text(PARTY_CONCLUSION).tasks
    assert [(t.span.text.split()[0], sorted(a.name for a in t.lead)) for t in tasks] == [
        ("(1)", ["Văn phòng Tỉnh ủy", "các văn phòng huyện ủy"]),
        ("(2)", ["Văn phòng Tỉnh ủy", "các văn phòng huyện ủy"]),
    ]


def test_a_report_s_contents_end_with_their_item() -> None:
    tasks = extract_text(REPORT_REQUEST).tasks
    assert [(t.span.text.split()[0], [a.name for a in t.lead]) for t in tasks] == [
        ("1.", ["Chủ tịch Ủy ban nhân dân tỉnh Gia Lai", "Chủ tịch Ủy ban nhân dân tỉnh Khánh Hòa"]),
        ("Ủy", ["Ủy ban nhân dân tỉnh Gia Lai", "Ủy ban nhân dân tỉnh Khánh Hòa"]),
        ("2.", ["Bộ trưởng Bộ Tài chính"]),
    ]


# A fixture written for this test: a guide to a regulation restates the rule; only what it asks
# of named bodies is a task.
RULE_GUIDE = (
    "BAN CHẤP HÀNH TRUNG ƯƠNG\nBAN TỔ CHỨC\n*\nSố 50-HD/BTCTW\n\nĐẢNG CỘNG SẢN VIỆT NAM\n"
    "Hà Nội, ngày 20 tháng 11 năm 2025\n\nHƯỚNG DẪN\nMỘT SỐ NỘI DUNG QUY ĐỊNH SỐ 377-QĐ/TW NGÀY 08/10/2025 "
    "CỦA BỘ CHÍNH TRỊ VỀ PHÂN CẤP QUẢN LÝ CÁN BỘ\n\n"
    "1. Về quy hoạch cán bộ\n"
    "- Trường hợp cần thiết, cấp có thẩm quyền có thể kéo dài thời gian nhưng không quá 15 ngày làm việc.\n"
    "- Nhân sự phải kê khai trung thực, đầy đủ hồ sơ nhân sự.\n"
    "2. Tổ chức thực hiện\n"
    "Các tỉnh ủy, thành ủy cụ thể hóa Hướng dẫn này phù hợp với thực tiễn địa phương."
)


def test_a_guide_to_a_rule_restates_it() -> None:
    tasks = extract_text(RULE_GUIDE).tasks
    assert [t.lead[0].name for t in tasks] == ["Các tỉnh ủy, thành ủy"]


# A fixture written for this test: a customs notice. The body tells what it found ("... thông báo
# kết quả ... như sau:"); the goods' description below it, however it is itemised, assigns nothing,
# and the line on when the notice takes effect is no task. A request to the company still is.
RESULT_NOTICE = (
    "BỘ TÀI CHÍNH\nCỤC HẢI QUAN\n-------\nSố: 512/TB-CHQ\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\nHà Nội, ngày 02 tháng 12 năm 2025\n\nTHÔNG BÁO\n"
    "Về kết quả xác định trước mã số\n\n"
    "Cục Hải quan thông báo kết quả xác định trước mã số như sau:\n"
    "1. Hàng hóa đề nghị xác định trước mã số do tổ chức, cá nhân cung cấp:\n"
    "- Tên thương mại: Máy bơm nước gia dụng\n"
    "2. Tóm tắt mô tả hàng hóa: Theo hồ sơ, thông tin mặt hàng như sau:\n"
    "- Công dụng: Bơm nước sinh hoạt cho hộ gia đình.\nĐặc tính kỹ thuật:\n"
    "+ Cải thiện hiệu suất bơm\n+ Giảm tiếng ồn khi vận hành\n"
    "3. Kết quả xác định trước mã số: thuộc nhóm 84.13.\n"
    "Đề nghị Công ty TNHH Minh Phát thực hiện kê khai đúng mã số đã được xác định.\n"
    "Thông báo này có hiệu lực kể từ ngày ban hành."
    + CLOSING
)


def test_what_a_notice_tells_assigns_nothing_a_request_still_does() -> None:
    tasks = extract_text(RESULT_NOTICE).tasks
    assert [(t.action.split()[0], t.lead[0].name) for t in tasks] == [("thực", "Công ty TNHH Minh Phát")]


# A fixture written for this test: a reply of a tax department. Whoever "có ý kiến như sau:" speaks,
# and is given nothing; a basis citing a law "sửa đổi, bổ sung" is no action; "TP." ends no sentence.
TAX_REPLY = (
    "BỘ TÀI CHÍNH\nCỤC THUẾ\n-------\nSố: 5710/CT-CS\nV/v chính sách thuế\n\n"
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nHà Nội, ngày 03 tháng 12 năm 2025\n\n"
    "Kính gửi: Thuế TP. Hải Phòng\n\n"
    "Cục Thuế nhận được công văn số 812/HPH-KTr ngày 06/8/2025 của Thuế TP. Hải Phòng. "
    "Về vấn đề này, Cục Thuế có ý kiến như sau:\n"
    "Căn cứ khoản 6 Điều 1 Luật số 31/2013/QH13 sửa đổi, bổ sung một số điều của Luật Thuế giá trị gia tăng.\n"
    "Đề nghị Thuế TP. Hải Phòng nghiên cứu quy định tại từng thời kỳ để hướng dẫn người nộp thuế.\n"
    "Cục Thuế có ý kiến để Thuế TP. Hải Phòng được biết./."
    + CLOSING
)


def test_a_reply_s_speaker_is_given_nothing_its_request_is_a_task() -> None:
    tasks = extract_text(TAX_REPLY).tasks
    assert [(t.action.split()[0], t.lead[0].name) for t in tasks] == [("nghiên", "Thuế TP. Hải Phòng")]


# A fixture written for this test: a council resolution whose preamble has a short line citing a
# law. A line of the preamble titles nothing: the implementation article still assigns.
SHORT_PREAMBLE_RESOLUTION = (
    "HỘI ĐỒNG NHÂN DÂN\nTHÀNH PHỐ HÀ NỘI\n-------\nSố: 61/2025/NQ-HĐND\n\n"
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nHà Nội, ngày 04 tháng 12 năm 2025\n\n"
    "NGHỊ QUYẾT\nQuy định cơ chế tài chính đối với trường công lập chất lượng cao\n\n"
    "Căn cứ Luật Giáo dục số 43/2019/QH14;\n\n"
    "Hội đồng nhân dân Thành phố ban hành Nghị quyết quy định cơ chế tài chính.\n\n"
    "Điều 1. Phạm vi điều chỉnh\nNghị quyết này quy định cơ chế tài chính.\n"
    "Điều 2. Tổ chức thực hiện\n1. Giao Ủy ban nhân dân Thành phố tổ chức thực hiện Nghị quyết.\n"
    "2. Giao Thường trực Hội đồng nhân dân Thành phố giám sát việc thực hiện Nghị quyết."
    + CLOSING
)


def test_a_line_of_the_preamble_titles_nothing() -> None:
    tasks = extract_text(SHORT_PREAMBLE_RESOLUTION).tasks
    assert [t.lead[0].name for t in tasks] == ["Ủy ban nhân dân Thành phố", "Thường trực Hội đồng nhân dân Thành phố"]


def test_a_short_name_the_document_defines_stands_for_the_body() -> None:
    """A fixture written for this test: a ministry's letter that names its addressees once in full."""
    letter = ("BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH\n\nSố: 6390/BVHTTDL-KHCN\nV/v nhiệm vụ năm học\n\n"
              "Kính gửi: Các cơ sở đào tạo trực thuộc Bộ\n\nBộ đề nghị các cơ sở đào tạo trực thuộc Bộ (sau đây "
              "gọi là cơ sở đào tạo) thực hiện một số nhiệm vụ sau:\n1. Các cơ sở đào tạo xây dựng kế hoạch năm học.\n")
    assert [t.lead[0].name for t in extract_text(letter + CLOSING).tasks] == ["các cơ sở đào tạo trực thuộc Bộ"]


def test_a_decree_s_procedure_steps_are_no_tasks_its_implementation_clause_is() -> None:
    """A fixture written for this test: a decree with a procedure and its implementation article."""
    decree = ("CHÍNH PHỦ\n-------\nSố: 310/2025/NĐ-CP\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
              "Độc lập - Tự do - Hạnh phúc\nHà Nội, ngày 01 tháng 12 năm 2025\n\nNGHỊ ĐỊNH\nVề viện trợ\n\n"
              "Điều 10. Trình tự, thủ tục phê duyệt chủ trương viện trợ\n"
              "1. Bộ Tài chính chủ trì thẩm định hồ sơ đề xuất viện trợ.\n"
              "2. Thủ tướng Chính phủ xem xét, quyết định chủ trương viện trợ.\n"
              "Điều 80. Tổ chức thực hiện\n"
              "Bộ Tài chính chịu trách nhiệm ban hành văn bản hướng dẫn thực hiện Nghị định này.\n"
              "\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nTM. CHÍNH PHỦ\nTHỦ TƯỚNG\n\nNguyễn Văn An")
    assert [t.action.split()[-3:] for t in extract_text(decree).tasks] == [["Nghị", "định", "này"]]


def test_a_form_to_fill_in_after_the_signature_assigns_nothing() -> None:
    """A fixture written for this test: a ministry's request with its data form as an annex."""
    letter = ("BỘ TÀI CHÍNH\n-------\nSố: 17900/BTC-CTK\nV/v cung cấp số liệu\n\n"
              "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nHà Nội, ngày 01 tháng 12 năm 2025\n\n"
              "Kính gửi: Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương\n\n"
              "Bộ Tài chính đề nghị Ủy ban nhân dân các tỉnh gửi báo cáo và các biểu số liệu về Bộ Tài chính "
              "trước ngày 15/12/2025.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\n\n"
              "Nguyễn Đức Chi\n\nPHỤ LỤC\nHỆ BIỂU THU THẬP THÔNG TIN\n(Kèm theo Công văn số 17900/BTC-CTK)\n"
              "61. Hoạt động viễn thông 21\n62. Lập trình máy tính, dịch vụ tư vấn và các hoạt động khác 22\n")
    assert [t.action.split()[0] for t in extract_text(letter).tasks] == ["gửi"]


def test_a_rule_the_letter_quotes_assigns_nothing() -> None:
    """A fixture written for this test: a tax reply that quotes a circular before its request."""
    letter = (TAX_REPLY.split("Căn cứ khoản 6")[0]
              + "Tại khoản 5 Điều 17 Thông tư số 78/2014/TT-BTC ngày 18/6/2014 của Bộ Tài chính quy định:\n\n"
              "“5. Trường hợp cơ quan thi hành án bán đấu giá bất động sản thì số tiền thu được thực hiện theo quy "
              "định.\n\nTổ chức được ủy quyền bán đấu giá bất động sản thực hiện kê khai, khấu trừ tiền thuế.”\n\n"
              "Đề nghị Thuế TP. Hải Phòng nghiên cứu quy định tại từng thời kỳ để hướng dẫn người nộp thuế.\n"
              + CLOSING)
    assert [t.lead[0].name for t in extract_text(letter).tasks] == ["Thuế TP. Hải Phòng"]


def _regulation(articles: str) -> str:
    return ("ỦY BAN NHÂN DÂN\nTỈNH BẮC NINH\n-------\nSố: 90/2025/QĐ-UBND\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Độc lập - Tự do - Hạnh phúc\nBắc Ninh, ngày 01 tháng 12 năm 2025\n\nQUY ĐỊNH\n"
            f"Phân cấp thẩm quyền quản lý tài sản công\n\n{articles}"
            "\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nNguyễn Văn An")


@pytest.mark.parametrize("grant", [
    "1. Chủ tịch Ủy ban nhân dân các xã, phường quyết định xác lập quyền sở hữu toàn dân về tài sản.",
    "1. Sở Tài chính xem xét, quyết định phương án xử lý tài sản có giá trị dưới 500 triệu đồng.",
    "1. Các cơ quan, tổ chức, đơn vị cấp trên được quyền khai thác, sử dụng thông tin tài sản công.",
    "1. Văn phòng Ủy ban nhân dân tỉnh được cấp một tài khoản quản lý để tổng hợp thông tin.",
])
def test_a_power_or_a_right_a_rule_grants_is_no_task(grant: str) -> None:
    """A fixture written for this test: a regulation that grants powers, then charges a body."""
    regulation = _regulation(f"Điều 3. Thẩm quyền quyết định\n{grant}\n"
                             "Điều 5. Tổ chức thực hiện\n"
                             "Sở Tài chính chủ trì hướng dẫn thực hiện Quy định này.\n")
    assert [t.lead[0].name for t in extract_text(regulation).tasks] == ["Sở Tài chính"]


def test_a_power_with_a_time_limit_is_a_task() -> None:
    """A fixture written for this test: a decision to take within a time limit is a duty."""
    regulation = _regulation("Điều 3. Thẩm quyền quyết định\n"
                             "1. Trong thời hạn 10 ngày, Ủy ban nhân dân xã quyết định phê duyệt danh sách hỗ trợ.\n")
    assert [t.lead[0].name for t in extract_text(regulation).tasks] == ["Ủy ban nhân dân xã"]


def _tax_reply(closing: str) -> str:
    return ("CỤC THUẾ\n-------\nSố: 5600/CT-CS\nV/v tiền thuê đất\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Độc lập - Tự do - Hạnh phúc\nHà Nội, ngày 01 tháng 12 năm 2025\n\nKính gửi: Thuế tỉnh Hà Tĩnh.\n\n"
            "Cục Thuế nhận được công văn số 992/HTI-CNTK ngày 10/10/2025 của Thuế tỉnh Hà Tĩnh về tiền thuê đất. "
            "Về vấn đề này, Cục Thuế có ý kiến như sau:\n"
            "- Tại Điều 13 Nghị định số 103/2024/NĐ-CP quy định về miễn tiền thuê đất.\n"
            f"{closing}\n\nNơi nhận:\n- Như trên;\n- Lưu: VT, CS.\n\nKT. CỤC TRƯỞNG\nPHÓ CỤC TRƯỞNG\n\nNguyễn Văn An")


@pytest.mark.parametrize(("closing", "leads"), [
    ("Cục Thuế trả lời để Thuế tỉnh Hà Tĩnh biết và căn cứ hồ sơ cụ thể để thực hiện theo quy định của "
     "pháp luật./.", [["Thuế tỉnh Hà Tĩnh"]]),
    ("Cục Thuế trả lời để Thuế tỉnh Hà Tĩnh biết và thực hiện theo quy định./.", []),
    ("Cục Thuế trả lời để Thuế tỉnh Hà Tĩnh được biết./.", []),
])
def test_a_reply_that_passes_the_text_on_charges_its_addressee_with_what_follows(closing: str,
                                                                                 leads: list[list[str]]) -> None:
    """A fixture written for this test: a tax authority's reply to a provincial office."""
    tasks = extract_text(_tax_reply(closing)).tasks
    assert [[a.name for a in t.lead] for t in tasks] == leads


def _answer(issuer: str, signature: str, opinion: str, items: str) -> str:
    return (f"{issuer}\n-------\nSố: 1200/CV\nV/v hàng hóa nhập khẩu\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Độc lập - Tự do - Hạnh phúc\nHà Nội, ngày 01 tháng 12 năm 2025\n\nKính gửi: Sở Công Thương.\n\n"
            "Trả lời công văn số 88/SCT-QLTM ngày 10/11/2025 của Sở Công Thương về hàng hóa nhập khẩu, "
            f"{opinion} như sau:\n{items}\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\n{signature}\n\nNguyễn Văn An")


def test_an_office_s_opinion_in_a_reply_explains_it_assigns_only_by_name() -> None:
    """A fixture written for this test: a customs office answers a provincial department."""
    letter = _answer("CỤC HẢI QUAN", "KT. CỤC TRƯỞNG\nPHÓ CỤC TRƯỞNG", "Cục Hải quan có ý kiến",
                     "1. Thực hiện khai bổ sung hồ sơ hải quan theo quy định tại Điều 20 Luật Hải quan.\n"
                     "2. Đề nghị Sở Công Thương căn cứ quy định nêu trên để hướng dẫn doanh nghiệp.")
    assert [t.action.split()[:4] for t in extract_text(letter).tasks] == [["căn", "cứ", "quy", "định"]]


def test_an_authority_s_opinion_in_a_reply_still_directs_its_addressee() -> None:
    """A fixture written for this test: a provincial People's Committee answers its department."""
    letter = _answer("ỦY BAN NHÂN DÂN\nTỈNH NGHỆ AN", "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH",
                     "Ủy ban nhân dân tỉnh có ý kiến",
                     "1. Khẩn trương rà soát hồ sơ các doanh nghiệp nhập khẩu, báo cáo trước ngày 15/12/2025.")
    assert [t.lead[0].name for t in extract_text(letter).tasks] == ["Sở Công Thương"]


def _decision(last_article: str) -> str:
    return ("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\n-------\nSố: 1700/QĐ-UBND\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Độc lập - Tự do - Hạnh phúc\nQuảng Ngãi, ngày 01 tháng 12 năm 2025\n\nQUYẾT ĐỊNH\n"
            "Về việc công bố thủ tục hành chính\n\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH\n\nQUYẾT ĐỊNH:\n\n"
            "Điều 1. Công bố kèm theo Quyết định này 03 thủ tục hành chính.\n"
            "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\n"
            f"{last_article}\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nNguyễn Văn An")


@pytest.mark.parametrize(("article", "leads"), [
    ("Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc các Sở: Tư pháp, Nông nghiệp và Môi trường; "
     "Chủ tịch Ủy ban nhân dân các xã, phường; Thủ trưởng các cơ quan, đơn vị và các tổ chức, cá nhân có liên "
     "quan chịu trách nhiệm thi hành Quyết định này./.",
     ["Chánh Văn phòng Ủy ban nhân dân tỉnh", "Giám đốc Sở Tư pháp", "Giám đốc Sở Nông nghiệp và Môi trường",
      "Chủ tịch Ủy ban nhân dân các xã, phường", "Thủ trưởng các cơ quan, đơn vị",
      "các tổ chức, cá nhân có liên quan"]),
    # the crawl broke the article's first line after a title word
    ("Điều 3. Chánh\nVăn phòng Bộ, Vụ trưởng Vụ Pháp chế, Thủ trưởng các Cục, Vụ và các đơn vị có liên quan chịu\n"
     "trách nhiệm thi hành Quyết định này./.",
     ["Chánh Văn phòng Bộ", "Vụ trưởng Vụ Pháp chế", "Thủ trưởng các Cục, Vụ", "các đơn vị có liên quan"]),
    # one title over two bodies
    ("Điều 3. Bộ trưởng, Thủ trưởng cơ quan ngang bộ, cơ quan thuộc Chính phủ và các cơ quan, tổ chức, cá nhân "
     "có liên quan chịu trách nhiệm thi hành Quyết định này.",
     ["Bộ trưởng", "Thủ trưởng cơ quan ngang bộ", "Thủ trưởng cơ quan thuộc Chính phủ",
      "các cơ quan, tổ chức, cá nhân có liên quan"]),
    ("Điều 3. Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Thủ trưởng cơ quan thuộc Chính phủ, Chủ tịch Ủy ban "
     "nhân dân các tỉnh, thành phố và các cơ quan, tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành "
     "Quyết định này.",
     ["Các Bộ trưởng", "Thủ trưởng cơ quan ngang bộ", "Thủ trưởng cơ quan thuộc Chính phủ",
      "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố", "các cơ quan, tổ chức, cá nhân có liên quan"]),
    # a title over the bodies its colon announces by their full names
    ("Điều 3. Chánh Văn phòng UBND tỉnh; Giám đốc: Trung tâm Phục vụ hành chính công tỉnh, Trung tâm Công báo - "
     "Tin học tỉnh; Chủ tịch UBND cấp xã chịu trách nhiệm thi hành Quyết định này.",
     ["Chánh Văn phòng UBND tỉnh", "Giám đốc Trung tâm Phục vụ hành chính công tỉnh",
      "Giám đốc Trung tâm Công báo - Tin học tỉnh", "Chủ tịch UBND cấp xã"]),
    # ... or over them after their kind: the group word goes, the title heads each body
    ("Điều 3. Chánh Văn phòng UBND tỉnh; Thủ trưởng các cơ quan, đơn vị: Văn phòng UBND tỉnh, Sở Tài chính "
     "chịu trách nhiệm thi hành Quyết định này.",
     ["Chánh Văn phòng UBND tỉnh", "Thủ trưởng Văn phòng UBND tỉnh", "Thủ trưởng Sở Tài chính"]),
])
def test_a_decision_s_execution_clause_names_each_official_it_lists(article: str, leads: list[str]) -> None:
    """A fixture written for this test: a decision that ends with its execution clause."""
    tasks = extract_text(_decision(article)).tasks
    assert [[a.name for a in t.lead] for t in tasks] == [leads]


def _allocating_decision(articles: str) -> str:
    return ("ỦY BAN NHÂN DÂN\nTỈNH TÂY NINH\n-------\nSố: 46/2025/QĐ-UBND\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Độc lập - Tự do - Hạnh phúc\nTây Ninh, ngày 01 tháng 12 năm 2025\n\nQUYẾT ĐỊNH\n"
            "Phân cấp thẩm quyền quyết định quản lý, sử dụng tài sản công\n\nQUYẾT ĐỊNH:\n\n"
            f"{articles}Điều 9. Tổ chức thực hiện\nSở Tài chính hướng dẫn, kiểm tra việc thực hiện Quyết định này.\n"
            "\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nNguyễn Văn An")


@pytest.mark.parametrize("article", [
    # an article titled by the powers it sets
    "Điều 3. Thẩm quyền quyết định giao tài sản công\n1. Giao tài sản công là trụ sở làm việc, xe ô tô các loại.\n"
    "2. Giao tài sản công do cấp xã đầu tư xây dựng, mua sắm hoặc quản lý.\n",
    # a heading that says who decides what follows
    "Điều 3. Giao tài sản công\n1. Chủ tịch Ủy ban nhân dân tỉnh quyết định (trừ khoản 2 Điều này):\n"
    "a) Giao tài sản công là trụ sở làm việc, xe ô tô các loại.\n",
    # a body's power in a decision's article
    "Điều 3. Giao tài sản công\n1. Chủ tịch Ủy ban nhân dân cấp xã quyết định giao tài sản công do cấp xã quản lý.\n",
])
def test_the_powers_a_decision_allocates_are_no_tasks(article: str) -> None:
    """A fixture written for this test: a decision that allocates powers over public assets."""
    tasks = extract_text(_allocating_decision(article)).tasks
    assert [t.lead[0].name for t in tasks] == ["Sở Tài chính"]


def test_a_bold_article_label_before_the_body_it_charges_in_markdown() -> None:
    """A fixture written for this test: a legal library's page, its article labels in bold."""
    from pipeline.api import extract_bytes

    page = _allocating_decision("**Điều 3.** Giám đốc Sở Nông nghiệp và Môi trường:\n\n"
                                "1. Tham mưu thay đổi trình tự thực hiện các nhiệm vụ được ủy quyền.\n\n"
                                "2. Định kỳ hàng năm báo cáo kết quả thực hiện.\n\n")
    tasks = extract_bytes(page.encode("utf-8"), source="quyet-dinh.md").tasks
    assert [t.lead[0].name for t in tasks][:2] == ["Giám đốc Sở Nông nghiệp và Môi trường"] * 2


@pytest.mark.parametrize("article", [
    # a delegation of the procedures a department settles for the council
    "Điều 1. Ủy quyền cho Giám đốc Sở Khoa học và Công nghệ thực hiện giải quyết thủ tục hành chính "
    "thuộc thẩm quyền của UBND tỉnh, cụ thể như sau:\n1. Cấp giấy chứng nhận đăng ký hoạt động thử nghiệm.\n"
    "2. Cấp lại giấy chứng nhận đăng ký hoạt động thử nghiệm.\n",
    # powers devolved to communes
    "Điều 1. Phân cấp cho Ủy ban nhân dân cấp xã thực hiện các nhiệm vụ sau:\n"
    "a) Thu hồi giấy chứng nhận đăng ký hộ kinh doanh.\nb) Kiểm tra hoạt động của hộ kinh doanh.\n",
])
def test_the_powers_a_decision_delegates_are_no_tasks(article: str) -> None:
    """A fixture written for this test: a decision that hands a body powers of the council."""
    tasks = extract_text(_allocating_decision(article)).tasks
    assert [t.lead[0].name for t in tasks] == ["Sở Tài chính"]


def test_an_annex_of_norms_assigns_nothing() -> None:
    """A fixture written for this test: a council's resolution with its norms as an annex."""
    resolution = ("HỘI ĐỒNG NHÂN DÂN\nTHÀNH PHỐ HÀ NỘI\n-------\nSố: 48/2025/NQ-HĐND\n\n"
                  "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
                  "Hà Nội, ngày 01 tháng 12 năm 2025\n\nNGHỊ QUYẾT\nBan hành định mức phân bổ chi ngân sách\n\n"
                  "Điều 1. Ban hành kèm theo Nghị quyết này định mức phân bổ chi ngân sách.\n"
                  "Điều 2. Tổ chức thực hiện\n1. Giao Ủy ban nhân dân Thành phố tổ chức thực hiện Nghị quyết.\n"
                  "\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nCHỦ TỊCH\n\nNguyễn Văn An\n\n"
                  "PHỤ LỤC\nĐỊNH MỨC PHÂN BỔ CHI NGÂN SÁCH THÀNH PHỐ\n(Kèm theo Nghị quyết số 48/2025/NQ-HĐND)\n"
                  "I. Định mức phân bổ chi thường xuyên\n"
                  "1. Thực hiện phân bổ chi thường xuyên ngân sách hằng năm cho các lĩnh vực sự nghiệp.\n"
                  "2. Bố trí kinh phí chi mua sắm, sửa chữa tài sản theo định mức 10 triệu đồng/biên chế.\n")
    assert [t.lead[0].name for t in extract_text(resolution).tasks] == ["Ủy ban nhân dân Thành phố"]


@pytest.mark.parametrize("annex", [
    # a form the annex names only on its first line, below its label and citation
    "Phụ lục I\n(Kèm theo Nghị quyết số 83/2025/NQ-HĐND)\n\nMẫu số 01: Sử dụng cho các cơ quan, đơn vị.\n\n"
    "TÊN CƠ QUAN, TỔ CHỨC\nSố: …../…..\n\nKính gửi: Ủy ban nhân dân Thành phố\n\n"
    "(Tên cơ quan, tổ chức) đề nghị Ủy ban nhân dân Thành phố xét, tặng danh hiệu cho ... cá nhân.\n",
    # rates listed under the officials they are paid to
    "PHỤ LỤC\nCHẾ ĐỘ BỒI DƯỠNG HUẤN LUYỆN VIÊN\n(Kèm theo Nghị quyết số 83/2025/NQ-HĐND)\n"
    "1. Mức bồi dưỡng hằng tháng\na) Đối với Trưởng Bộ môn: 1.000.000 đồng/người/tháng.\n"
    "b) Đối với Phó Trưởng Bộ môn: 800.000 đồng/người/tháng.\n",
])
def test_an_annex_of_forms_or_rates_assigns_nothing(annex: str) -> None:
    """A fixture written for this test: a council's resolution with a form or rates as its annex."""
    resolution = ("HỘI ĐỒNG NHÂN DÂN\nTHÀNH PHỐ HÀ NỘI\n-------\nSố: 83/2025/NQ-HĐND\n\n"
                  "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
                  "Hà Nội, ngày 01 tháng 12 năm 2025\n\nNGHỊ QUYẾT\nQuy định xét tặng danh hiệu\n\n"
                  "Điều 2. Tổ chức thực hiện\n1. Giao Ủy ban nhân dân Thành phố tổ chức thực hiện Nghị quyết.\n"
                  f"\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nCHỦ TỊCH\n\nNguyễn Văn An\n\n{annex}")
    assert [t.lead[0].name for t in extract_text(resolution).tasks] == ["Ủy ban nhân dân Thành phố"]


def test_a_decision_issuing_a_catalogue_lists_entries_not_tasks() -> None:
    """A fixture written for this test: a decision whose articles are a catalogue of secrets."""
    decision = ("THỦ TƯỚNG CHÍNH PHỦ\n-------\nSố: 2600/QĐ-TTg\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                "Độc lập - Tự do - Hạnh phúc\nHà Nội, ngày 17 tháng 11 năm 2025\n\nQUYẾT ĐỊNH\n"
                "BAN HÀNH DANH MỤC BÍ MẬT NHÀ NƯỚC LĨNH VỰC LAO ĐỘNG\n\nQUYẾT ĐỊNH:\n\n"
                "Điều 1. Bí mật nhà nước độ Tối mật\n"
                "1. Báo cáo, văn bản về tình hình lao động có ảnh hưởng đến an ninh chưa công khai.\n"
                "2. Văn bản về cán bộ thuộc diện Bộ Chính trị, Ban Bí thư quản lý chưa công khai.\n"
                "Điều 2. Trách nhiệm thi hành\n"
                "Bộ trưởng Bộ Nội vụ chủ trì hướng dẫn, kiểm tra việc thi hành Quyết định này.\n"
                "\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nTHỦ TƯỚNG\n\nNguyễn Văn An")
    assert [t.lead[0].name for t in extract_text(decision).tasks] == ["Bộ trưởng Bộ Nội vụ"]


@pytest.mark.parametrize(("item", "leads"), [
    # a body the rule names and charges, under an article on funding
    ("2. Văn phòng Sở Tài chính có trách nhiệm quản lý, sử dụng kinh phí làm thẻ theo quy định.",
     ["Văn phòng Sở Tài chính"]),
    # people among those charged: a rule for a class
    ("2. Cơ quan, tổ chức, hộ gia đình và cá nhân có trách nhiệm hạn chế phát sinh chất thải.", []),
])
def test_a_body_a_rule_charges_by_name_is_charged_in_any_article(item: str, leads: list[str]) -> None:
    """A fixture written for this test: a regulation's article on funding."""
    regulation = _regulation(f"Điều 12. Kinh phí làm thẻ\n1. Kinh phí làm thẻ do ngân sách nhà nước cấp.\n{item}\n")
    assert [t.lead[0].name for t in extract_text(regulation).tasks] == leads


def test_a_rule_s_norms_are_no_tasks() -> None:
    """A fixture written for this test: a regulation annexed to a decision that converts duties
    into standard hours."""
    decision = _decision("Điều 2. Tổ chức thực hiện\n1. Giao Sở Nội vụ hướng dẫn thực hiện Quyết định này.").replace(
        "Nguyễn Văn An", "Nguyễn Văn An\n\nQUY CHẾ\nBồi dưỡng, giảng dạy của Trung tâm\n"
        "(Ban hành kèm theo Quyết định số 15/QĐ-UBND)\n\nĐiều 5. Nhiệm vụ của giảng viên\n"
        "1. Giảng viên có trách nhiệm soạn giáo án theo chương trình.\n"
        "2. Hướng dẫn tham quan thực tế: Một ngày được tính 5 giờ chuẩn.\n"
        "3. Giảng viên nữ có con nhỏ dưới 12 tháng được giảm 15% định mức giờ chuẩn.\n")
    assert [t.lead[0].name for t in extract_text(decision).tasks][:1] == ["Sở Nội vụ"]
    assert not any("giờ chuẩn" in t.action for t in extract_text(decision).tasks)


def test_the_body_s_last_item_before_an_annex_is_no_heading_of_it() -> None:
    """A fixture written for this test: the annex's first item "I." follows the body's "1." item."""
    decision = _decision("Điều 3. Tổ chức thực hiện\n1. Giao Sở Tài chính chủ trì thực hiện Quyết định này.").replace(
        "Nguyễn Văn An", "Nguyễn Văn An\n\nPHỤ LỤC\nKẾ HOẠCH THỰC HIỆN\nI. Nhiệm vụ\n"
        "1. Sở Xây dựng rà soát các công trình trong quý I/2026.\n")
    assert [t.lead[0].name for t in extract_text(decision).tasks] == ["Sở Tài chính", "Sở Xây dựng"]


@pytest.mark.parametrize(("sentence", "leads"), [
    ("2. Giám đốc Sở Y tế chịu trách nhiệm trước Chủ tịch Ủy ban nhân dân tỉnh về kết quả thực hiện.", []),
    ("2. Khu di tích chịu trách nhiệm trước Ủy ban nhân dân tỉnh về các hoạt động; đồng thời phối hợp với "
     "các sở, ngành bảo đảm an toàn lễ hội.", ["Khu di tích"]),
])
def test_accountability_alone_is_no_task(sentence: str, leads: list[str]) -> None:
    """A fixture written for this test: a directive that makes an official answerable."""
    directive = _decision(f"Điều 3. Tổ chức thực hiện\n1. Sở Tài chính hướng dẫn thực hiện Quyết định này.\n{sentence}")
    assert [t.lead[0].name for t in extract_text(directive).tasks] == ["Sở Tài chính", *leads]


@pytest.mark.parametrize("annex", [
    # a published procedure's steps, whatever annex title carries them
    "PHỤ LỤC\nQUY TRÌNH NỘI BỘ\n1. Ban hành kế hoạch xử lý ô nhiễm\n1.1. Trình tự thực hiện\n"
    "- Bước 1: Ủy ban nhân dân tỉnh giao Sở Nông nghiệp và Môi trường chủ trì xây dựng kế hoạch.\n"
    "- Bước 2: Sở Nông nghiệp và Môi trường trình Ủy ban nhân dân tỉnh phê duyệt kế hoạch.\n",
    # an annex of internal procedures written "TTHC"
    "DANH MỤC\nTTHC NỘI BỘ LĨNH VỰC MÔI TRƯỜNG\n1. Cơ quan giải quyết TTHC:\n"
    "- Cơ quan phối hợp: Sở Tài chính.\n2. Sở Tài chính thẩm định hồ sơ trong 05 ngày làm việc.\n",
])
def test_a_published_procedure_assigns_nothing(annex: str) -> None:
    """A fixture written for this test: a decision publishing internal procedures."""
    decision = _decision("Điều 3. Giao Sở Nông nghiệp và Môi trường công khai thủ tục hành chính.").replace(
        "Nguyễn Văn An", f"Nguyễn Văn An\n\n{annex}")
    assert [t.lead[0].name for t in extract_text(decision).tasks] == ["Sở Nông nghiệp và Môi trường"]


def test_labelled_partners_without_a_lead_make_no_task() -> None:
    """A fixture written for this test: a plan's item that labels only its partners."""
    plan = ("ỦY BAN NHÂN DÂN\nTỈNH HÀ TĨNH\n-------\nSố: 90/KH-UBND\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Độc lập - Tự do - Hạnh phúc\nHà Tĩnh, ngày 01 tháng 12 năm 2025\n\nKẾ HOẠCH\nPhát triển du lịch\n\n"
            "I. NHIỆM VỤ\n1. Hoàn thiện cơ sở dữ liệu du lịch\n- Cơ quan phối hợp: Sở Tài chính.\n"
            "2. Quảng bá du lịch\n- Cơ quan chủ trì: Sở Văn hóa, Thể thao và Du lịch.\n"
            "\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nNguyễn Văn An")
    assert all(t.lead for t in extract_text(plan).tasks)


@pytest.mark.parametrize(("sentence", "leads"), [
    # the office's case, not its request: "đề nghị" inside the condition
    ("Trường hợp Cục Thi hành án tỉnh đề nghị Chi cục Thuế cấp hóa đơn khi bàn giao tài sản thì thực hiện "
     "theo quy định tại Nghị định số 123/2020/NĐ-CP.", []),
    ("Trường hợp phát sinh vướng mắc, đề nghị Sở Công Thương báo cáo Ủy ban nhân dân tỉnh.", ["Sở Công Thương"]),
])
def test_an_addressee_inside_a_condition_is_no_addressee(sentence: str, leads: list[str]) -> None:
    """A fixture written for this test: a reply that states a case, then asks its addressee."""
    letter = _answer("CỤC THUẾ", "KT. CỤC TRƯỞNG\nPHÓ CỤC TRƯỞNG", "Cục Thuế có ý kiến", sentence)
    assert [t.lead[0].name for t in extract_text(letter).tasks] == leads


@pytest.mark.parametrize("sentence", [
    "2. Những người có hành vi giả mạo hồ sơ để hưởng chế độ thì sẽ bị xử lý kỷ luật theo quy định.",
    "2. Thanh tra tỉnh thực hiện theo quy định tại Luật Thanh tra và các văn bản có liên quan.",
    "2. Người dùng cần bật tính năng kết nối trước khi sử dụng thiết bị.",
])
def test_what_befalls_a_body_or_a_class_is_no_task(sentence: str) -> None:
    """A fixture written for this test: a decision's article on sanctions and compliance."""
    decision = _decision(f"Điều 3. Tổ chức thực hiện\n1. Sở Tài chính hướng dẫn thực hiện Quyết định này.\n{sentence}")
    assert [t.lead[0].name for t in extract_text(decision).tasks] == ["Sở Tài chính"]


def test_an_execution_clause_in_a_decree_s_article_on_its_effect_is_a_task() -> None:
    """A fixture written for this test: a decree whose last article also says when it takes effect."""
    decree = ("CHÍNH PHỦ\n-------\nSố: 304/2025/NĐ-CP\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
              "Độc lập - Tự do - Hạnh phúc\nHà Nội, ngày 01 tháng 12 năm 2025\n\nNGHỊ ĐỊNH\nVề tài sản bảo đảm\n\n"
              "Điều 1. Phạm vi điều chỉnh\nNghị định này quy định điều kiện của tài sản bảo đảm.\n"
              "Điều 7. Hiệu lực và trách nhiệm thi hành\n1. Nghị định này có hiệu lực thi hành kể từ ngày ký.\n"
              "2. Bộ trưởng, Thủ trưởng cơ quan ngang bộ, cơ quan thuộc Chính phủ và các cơ quan, tổ chức, cá nhân "
              "có liên quan chịu trách nhiệm thi hành Nghị định này.\n"
              "\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nTM. CHÍNH PHỦ\nTHỦ TƯỚNG\n\nNguyễn Văn An")
    assert [t.lead[0].name for t in extract_text(decree).tasks] == ["Bộ trưởng"]


def test_a_notice_of_results_with_its_title_in_a_crawled_header_assigns_nothing() -> None:
    """A fixture written for this test: a customs ruling whose header a crawl flattened into a row."""
    notice = ("CỤC HẢI QUAN\n-------\nSố: 37000/TB-CHQ\n\nHà Nội, ngày 21 tháng 11 năm 2025 | THÔNG BÁO VỀ KẾT QUẢ "
              "XÁC ĐỊNH TRƯỚC MÃ SỐ CỤC TRƯỞNG CỤC HẢI QUAN Căn cứ Luật Hải quan; Cục Hải quan thông báo kết quả "
              "xác định trước mã số như sau: | 1. Hàng hóa đề nghị xác định trước mã số\n\n"
              "Theo hồ sơ đề nghị xác định trước mã số, thông tin mặt hàng như sau:\n"
              "- Cơ chế hoạt động, cách thức sử dụng:\n"
              "Ở lần đầu tiên khởi động thiết bị, người dùng cần bật tính năng kết nối Bluetooth trên thiết bị chủ.\n"
              "\nNơi nhận:\n- Công ty TNHH ABC;\n- Lưu: VT.\n\nKT. CỤC TRƯỞNG\nPHÓ CỤC TRƯỞNG\n\nNguyễn Văn An")
    assert extract_text(notice).tasks == []


@pytest.mark.parametrize("article", [
    # a list of documents the decision repeals
    "Điều 1. Bãi bỏ các văn bản sau:\n11. Quyết định số 04/2018/QĐ-TTg ngày 23 tháng 01 năm 2018 của Thủ tướng "
    "Chính phủ ban hành Quy định phương pháp xác định chi phí.\n",
    # what the decision itself does, said by its issuer
    "Điều 1. Phân cấp\n1. Ủy ban nhân dân tỉnh phân cấp thẩm quyền quyết định thanh lý tài sản kết cấu hạ tầng.\n",
    # a table's column title crawled as a line
    "Điều 1. Bổ sung cửa khẩu, cụ thể:\nChi cục Hải quan quản lý\n",
])
def test_what_a_decision_lists_or_does_itself_is_no_task(article: str) -> None:
    """A fixture written for this test: a decision's articles that cite, delegate or tabulate."""
    decision = _decision(f"{article}Điều 3. Giao Sở Tài chính hướng dẫn thực hiện Quyết định này.").replace(
        "Điều 1. Công bố kèm theo Quyết định này 03 thủ tục hành chính.\n", "")
    assert [t.lead[0].name for t in extract_text(decision).tasks] == ["Sở Tài chính"]


def test_a_body_described_before_its_duty_is_the_lead_of_the_whole_duty() -> None:
    """A fixture written for this test: a decree's article on who guides a probation."""
    decree = ("CHÍNH PHỦ\n-------\nSố: 116/2003/NĐ-CP\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
              "Độc lập - Tự do - Hạnh phúc\nHà Nội, ngày 10 tháng 10 năm 2003\n\nNGHỊ ĐỊNH\nVề viên chức\n\n"
              "Điều 20. Hướng dẫn thử việc\nViệc hướng dẫn thử việc được thực hiện như sau:\n"
              "1. Đơn vị sử dụng viên chức có trách nhiệm hướng dẫn cho người thử việc nắm vững nội quy của đơn vị.\n"
              "\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nTM. CHÍNH PHỦ\nTHỦ TƯỚNG\n\nPhan Văn Khải")
    tasks = extract_text(decree).tasks
    assert [(t.lead[0].name, "hướng dẫn cho người thử việc" in t.action) for t in tasks] == [
        ("Đơn vị sử dụng viên chức", True)]


def test_the_proposal_a_decision_rests_on_is_no_request() -> None:
    """A fixture written for this test: a decision's preamble ends on the proposal it rests on."""
    decision = _decision("Điều 3. Giao Sở Tài chính hướng dẫn thực hiện Quyết định này.").replace(
        "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH\n\n", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH\n\n"
        "Căn cứ Luật Tổ chức chính quyền địa phương;\n\nTheo đề nghị Giám đốc Sở Tư pháp.\n\n")
    assert [t.lead[0].name for t in extract_text(decision).tasks] == ["Sở Tài chính"]


def test_a_short_quotation_is_part_of_its_sentence() -> None:
    """A fixture written for this test: a regulation's paragraph cites a part of a decree by its capital title."""
    regulation = _regulation(
        "Điều 8. Trách nhiệm của Chi nhánh Văn phòng đăng ký đất đai\n"
        "Trong thời gian 03 ngày làm việc kể từ ngày nhận hồ sơ theo quy định tại “Phần C. TRÌNH TỰ; THỦ TỤC "
        "ĐĂNG KÝ ĐẤT ĐAI. TÀI SẢN GẮN LIỀN VỚI ĐẤT” của Nghị định số 151/2025/NĐ-CP, Chi nhánh Văn phòng đăng ký "
        "đất đai gửi thông tin địa chính cho cơ quan thuế.\n")
    tasks = extract_text(regulation).tasks
    assert ["gửi thông tin địa chính" in t.action for t in tasks] == [True]


@pytest.mark.parametrize("item", [
    # what a body is
    "1. Trung tâm Phục vụ hành chính công tỉnh là tổ chức hành chính thuộc Văn phòng Ủy ban nhân dân tỉnh.",
    # how a body comes to be
    "1. Hội đồng xác định giá trị tài liệu được thành lập để tham mưu cho người đứng đầu cơ quan.",
    # what a body does not answer for, what it may not do
    "1. Chi nhánh Văn phòng đăng ký đất đai không chịu trách nhiệm do việc các đơn vị phối hợp không cung cấp "
    "kịp thời hồ sơ.",
    "1. Cơ quan thuế không được yêu cầu Văn phòng đăng ký đất đai cung cấp thêm giấy tờ khác.",
])
def test_a_body_s_status_or_what_it_may_not_do_is_no_task(item: str) -> None:
    """A fixture written for this test: a regulation's article of a body's duties."""
    regulation = _regulation(f"Điều 7. Trách nhiệm của Chi nhánh Văn phòng đăng ký đất đai\n{item}\n"
                             "2. Cập nhật, chỉnh lý cơ sở dữ liệu đất đai theo quy định.\n")
    assert [t.action[:7] for t in extract_text(regulation).tasks] == ["Cập nhậ"]


def test_a_duty_that_lists_the_procedures_it_covers_is_one_task() -> None:
    """A fixture written for this test: a branch's duty with the procedures it covers as items."""
    regulation = _regulation(
        "Điều 8. Trách nhiệm của Chi nhánh Văn phòng đăng ký đất đai\n"
        "1. Chủ trì, phối hợp với Ủy ban nhân dân cấp xã khi thực hiện các thủ tục:\n"
        "a) Cấp lại Giấy chứng nhận đã cấp do bị mất;\n"
        "b) Cấp đổi Giấy chứng nhận do vị trí thửa đất không chính xác.\n")
    tasks = extract_text(regulation).tasks
    assert [(t.lead[0].name, t.action.startswith("Chủ trì")) for t in tasks] == [
        ("Chi nhánh Văn phòng đăng ký đất đai", True)]


def test_a_recurring_report_is_a_task_of_its_own() -> None:
    """A fixture written for this test: a portal report of a plan, and a decision's article."""
    report = ("Chủ tịch UBND tỉnh yêu cầu các Sở, ban, ngành và UBND các huyện căn cứ chức năng, nhiệm vụ tổ chức "
              "triển khai thực hiện nghiêm túc Kế hoạch. Định kỳ hàng năm hoặc đột xuất báo cáo kết quả thực hiện "
              "về UBND tỉnh.\n\nCông an tỉnh là đơn vị được giao nhiệm vụ giúp Chủ tịch UBND tỉnh theo dõi, đôn "
              "đốc, kiểm tra việc thực hiện Kế hoạch.\n")
    tasks = extract_text(report).tasks
    assert [(t.lead[0].name, t.action[:12]) for t in tasks] == [
        ("các Sở, ban, ngành", "căn cứ chức "), ("các Sở, ban, ngành", "Định kỳ hàng"),
        ("Công an tỉnh", "là đơn vị đư")]
    item = _decision("Điều 3. Tổ chức thực hiện\n1. Các Sở, ban, ngành xây dựng kế hoạch cụ thể để triển khai "
                     "Quyết định này; định kỳ hằng quý, 6 tháng, năm xây dựng báo cáo tình hình gửi Sở Nội vụ.")
    recurring = [t for t in extract_text(item).tasks if t.deadline is not None]
    assert [t.action[:7] for t in recurring] == ["định kỳ"]


def test_a_short_detail_between_actions_keeps_their_actor() -> None:
    """A fixture written for this test: a press report of an inspection the province orders."""
    report = ("Theo đó, giao Thanh tra tỉnh tiến hành thanh tra trực tiếp tại Sở Xây dựng.\n\n"
              "Thời kỳ thanh tra từ 01/01/2020 đến 31/12/2024.\n\n"
              "Tổ chức tập huấn, hướng dẫn về nội dung, xây dựng kế hoạch và phương pháp thanh tra.\n")
    assert [(t.lead[0].name, t.action[:9]) for t in extract_text(report).tasks] == [
        ("Thanh tra tỉnh", "tiến hành"), ("Thanh tra tỉnh", "Tổ chức t")]


def test_an_article_that_sets_a_format_assigns_nothing() -> None:
    """A fixture written for this test: a regulation on official e-mail, its address format and a duty."""
    regulation = _regulation(
        "Điều 5. Định dạng địa chỉ thư điện tử công vụ\n"
        "a) Đối với Ủy ban nhân dân cấp xã: Sử dụng tên của các phường, xã bằng tiếng Việt, chữ thường, viết liền "
        "và không dấu.\n"
        "Điều 6. Trách nhiệm của Sở Khoa học và Công nghệ\n"
        "1. Quản trị, vận hành Hệ thống thư điện tử công vụ của tỉnh.\n")
    assert [t.lead[0].name for t in extract_text(regulation).tasks] == ["Sở Khoa học và Công nghệ"]


@pytest.mark.parametrize(("title", "leads"), [
    # the body's name says "chức năng"; the article states its duties
    ("Điều 9. Trách nhiệm của cơ quan có chức năng quản lý đất đai cấp xã",
     ["cơ quan có chức năng quản lý đất đai cấp xã"]),
    # ... and a body named at length by the field it manages
    ("Điều 10. Trách nhiệm của cơ quan có chức năng quản lý nhà nước về lĩnh vực xây dựng cấp xã",
     ["cơ quan có chức năng quản lý nhà nước về lĩnh vực xây dựng cấp xã"]),
    # the article lists a body's standing functions
    ("Điều 9. Chức năng, nhiệm vụ của Trung tâm Phát triển quỹ đất", []),
])
def test_powers_are_read_in_the_duty_words_not_in_the_body_s_name(title: str, leads: list[str]) -> None:
    """A fixture written for this test: a regulation's article on a body, as duties or as functions."""
    regulation = _regulation(f"{title}\n1. Tham mưu cho Ủy ban nhân dân cấp xã tổ chức thực hiện công tác thống "
                             "kê, kiểm kê đất đai theo hướng dẫn của Sở Nông nghiệp và Môi trường.\n")
    assert [t.lead[0].name for t in extract_text(regulation).tasks] == leads


@pytest.mark.parametrize(("follow_up", "due"), [
    ("Hoàn thành trong tháng 8 năm 2021.", "2021-08-31"),
    ("Yêu cầu gửi báo cáo về Văn phòng Chính phủ trước ngày 23/5/2021.", "2021-05-23"),
])
def test_a_sentence_that_sets_the_time_of_the_task_before_it(follow_up: str, due: str) -> None:
    """A fixture written for this test: a Government office's letter, its deadline in a sentence of its own."""
    letter = ("VĂN PHÒNG CHÍNH PHỦ\n-------\nSố: 2800/VPCP-KSTT\n\nHà Nội, ngày 29 tháng 4 năm 2021\n\n"
              "Kính gửi: Bộ Thông tin và Truyền thông.\n\nThủ tướng Chính phủ có ý kiến chỉ đạo như sau:\n\n"
              f"Giao Bộ Thông tin và Truyền thông chủ trì xây dựng Chiến lược quốc gia về kinh tế số. {follow_up}\n\n"
              "Văn phòng Chính phủ thông báo để Bộ Thông tin và Truyền thông biết, thực hiện./.")
    tasks = extract_text(letter).tasks
    assert [(t.lead[0].name, t.deadline and str(t.deadline.due)) for t in tasks] == [
        ("Bộ Thông tin và Truyền thông", due)]


@pytest.mark.parametrize("frame", ["Kết thúc năm 2024,", "Tính đến ngày 30/11/2024,", "Lũy kế đến nay,"])
def test_a_sentence_framed_by_a_period_that_ended_reports_a_result(frame: str) -> None:
    """A fixture written for this test: a press report of a conclusion on budget revenue."""
    report = (f"{frame} ngành Thuế tỉnh thu ngân sách nhà nước hơn 13.345 tỷ đồng, đạt 105% dự toán.\n\n"
              "Chủ tịch UBND tỉnh yêu cầu Cục Thuế tỉnh tập trung vào nhiệm vụ thu ngân sách năm 2025.\n")
    assert [t.lead[0].name for t in extract_text(report).tasks] == ["Cục Thuế tỉnh"]


@pytest.mark.parametrize(("sentence", "leads"), [
    # a charge given "to" a body
    ("Bên cạnh đó, UBND tỉnh cũng giao trách nhiệm cụ thể cho Sở Y tế chủ trì tổng hợp và báo cáo kết quả "
     "thực hiện Chỉ thị.", ["Sở Y tế"]),
    # an authority's request, reported as just made
    ("UBND thành phố vừa yêu cầu UBND các xã, thị trấn tăng cường công tác quản lý trật tự xây dựng.",
     ["UBND các xã, thị trấn"]),
    # what the authority decided is reported; the body it charged is named before a passive
    ("Chủ tịch UBND tỉnh quyết định chọn tháng 3 hằng năm là Tháng hành động vì môi trường. Sở Nông nghiệp "
     "và Môi trường được Ủy ban nhân dân tỉnh giao chủ trì tổ chức các hoạt động hưởng ứng.",
     ["Sở Nông nghiệp và Môi trường"]),
    # a request the report tells of as made, by a body that is no authority
    ("Theo đó, Tổng Công ty Đường sắt Việt Nam đã yêu cầu các đơn vị thành viên rà soát các điểm giao cắt "
     "trước mùa mưa bão.", ["các đơn vị thành viên"]),
    # a basis between the request and its addressee
    ("Kết luận buổi làm việc, đồng chí Phó Bí thư Tỉnh ủy đề nghị trên cơ sở những việc đã làm được, Ban "
     "Thường vụ Huyện ủy cần lãnh đạo hoàn thành chỉ tiêu thu ngân sách năm 2024.",
     ["Ban Thường vụ Huyện ủy"]),
    # a time between the request and its addressee
    ("Bộ Y tế cũng đề nghị định kỳ trước ngày 25 hằng tháng, Sở Y tế các tỉnh, thành phố báo cáo tình hình "
     "dịch bệnh trên địa bàn.", ["Sở Y tế các tỉnh, thành phố"]),
    # a request the report dates and sources
    ("Sáng 3/6, Văn phòng UBND tỉnh cho biết Chủ tịch UBND tỉnh đã yêu cầu Giám đốc Sở Xây dựng khẩn trương "
     "kiểm tra các công trình có dấu hiệu xuống cấp.", ["Giám đốc Sở Xây dựng"]),
    # a group of officials directing their own units is no speaker
    ("Thủ trưởng các sở, ban, ngành tỉnh, Chủ tịch UBND các huyện, thị xã, thành phố chỉ đạo các cơ quan, đơn "
     "vị trực thuộc phân công trực lãnh đạo ngày nghỉ lễ.",
     ["Thủ trưởng các sở, ban, ngành tỉnh", "Chủ tịch UBND các huyện, thị xã, thành phố"]),
])
def test_who_a_press_report_charges(sentence: str, leads: list[str]) -> None:
    """A fixture written for this test: sentences of provincial portal reports."""
    tasks = extract_text(sentence + "\n").tasks
    assert [[a.name for a in t.lead] for t in tasks] == [leads]


def test_what_another_authority_must_issue_under_a_rule_is_its_task() -> None:
    """A fixture written for this test: a central regulation that charges provincial committees and
    archives with lists to issue."""
    rule = ("BAN CHẤP HÀNH TRUNG ƯƠNG\n-------\nSố: 400-QĐ/TW\n\nĐẢNG CỘNG SẢN VIỆT NAM\n"
            "Hà Nội, ngày 19 tháng 11 năm 2025\n\nQUY ĐỊNH\nVề lưu trữ tài liệu\n\n"
            "Điều 22. Tổ chức thực hiện\n"
            "1. Ban thường vụ tỉnh ủy ban hành danh mục tài liệu nộp lưu của cấp tỉnh.\n"
            "2. Lưu trữ lịch sử của Đảng ở cấp tỉnh có trách nhiệm hướng dẫn chuẩn bị tài liệu nộp lưu.\n"
            "\nT/M BAN BÍ THƯ\n\nTrần Văn An")
    assert [t.lead[0].name for t in extract_text(rule).tasks] == [
        "Ban Thường vụ Tỉnh ủy", "Lưu trữ lịch sử của Đảng ở cấp tỉnh"]


def test_a_press_report_of_a_letter_s_request_lists_its_items() -> None:
    """A fixture written for this test: a portal report that quotes the items a district asked for."""
    report = ("Theo đó, UBND thị xã đã có Công văn số 812/UBND-KT ngày 04/3/2023 yêu cầu Chủ tịch UBND các xã, "
              "phường:\nRà soát toàn bộ các điểm tập kết rác thải tự phát trên địa bàn.\n"
              "Tổ chức kiểm tra, xử lý nghiêm các trường hợp đổ rác không đúng nơi quy định.\n")
    tasks = extract_text(report).tasks
    assert [[a.name for a in t.lead] for t in tasks] == [["Chủ tịch UBND các xã, phường"]] * 2


def test_a_lede_that_sums_up_the_request_is_not_a_second_task() -> None:
    """A fixture written for this test: a press report whose lede repeats the request of its body."""
    report = ("Chủ tịch UBND tỉnh yêu cầu khẩn trương khắc phục sự cố sạt lở, bảo đảm giao thông thông suốt trên "
              "các tuyến quốc lộ.\n\nSáng 3/6, Văn phòng UBND tỉnh cho biết Chủ tịch UBND tỉnh đã yêu cầu "
              "Giám đốc Sở Xây dựng khẩn trương khắc phục sự cố sạt lở, bảo đảm giao thông thông suốt trên "
              "các tuyến quốc lộ.\n")
    assert [[a.name for a in t.lead] for t in extract_text(report).tasks] == [["Giám đốc Sở Xây dựng"]]


def test_a_body_s_task_after_trong_khi_is_its_own() -> None:
    """A fixture written for this test: a press report that gives two bodies their parts in one sentence."""
    report = ("Công an tỉnh đảm bảo an toàn thông tin, an ninh mạng cho các hệ thống, trong khi Sở Khoa học và Công "
              "nghệ chủ trì thúc đẩy hợp tác nghiên cứu, ứng dụng dữ liệu vào công tác điều hành.\n")
    assert [t.lead[0].name for t in extract_text(report).tasks] == ["Công an tỉnh", "Sở Khoa học và Công nghệ"]


def test_a_body_that_issued_a_numbered_document_is_reported() -> None:
    """A fixture written for this test: a portal report of a department's letter, then its request."""
    report = ("Sở Y tế tỉnh ban hành Công văn số 02/SYT-NVY ngày 06/02/2025 về việc phòng, chống dịch bệnh mùa "
              "xuân. Theo đó, Sở Y tế đề nghị các bệnh viện tăng cường giám sát dịch bệnh.\n")
    assert [t.lead[0].name for t in extract_text(report).tasks] == ["các bệnh viện"]


def test_a_meeting_an_authority_hosts_is_reported_not_assigned() -> None:
    """A fixture written for this test: a district portal's report of its monthly meeting."""
    report = ("UBND huyện tổ chức hội nghị thường kỳ tháng 4 và triển khai nhiệm vụ tháng 5.\n\n"
              "Đồng chí Hoàng Văn An – Chủ tịch UBND huyện kết luận hội nghị.\n\n"
              "Kết luận hội nghị, Chủ tịch UBND huyện yêu cầu các phòng ngành tập trung thực hiện các nhiệm vụ "
              "trong tháng 5.\n\nSở Y tế tổ chức hội nghị tập huấn phòng, chống dịch cho các trạm y tế.\n")
    assert [t.lead[0].name for t in extract_text(report).tasks] == ["các phòng ngành", "Sở Y tế"]


def test_a_letter_s_polite_quy_co_quan_is_its_addressee() -> None:
    """A fixture written for this test: a ministry's letter to ministries and provinces."""
    letter = ("BỘ THÔNG TIN VÀ TRUYỀN THÔNG\n-------\nSố: 2390/BTTTT-THH\n\nHà Nội, ngày 01 tháng 7 năm 2020\n\n"
              "Kính gửi:\n- Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ;\n"
              "- Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương.\n\n"
              "Bộ Thông tin và Truyền thông trân trọng đề nghị Quý Cơ quan triển khai ngay các nhiệm vụ được giao "
              "tại Chương trình chuyển đổi số quốc gia.\n\nTrân trọng./.")
    tasks = extract_text(letter).tasks
    assert [[a.name for a in t.lead] for t in tasks] == [[
        "Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ",
        "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương"]]


def test_a_sentence_after_a_task_that_opens_with_a_verb_is_the_same_body_s() -> None:
    """A fixture written for this test: a news summary of what one ministry is to do, sentence by
    sentence; "Điều tiết" is no verb of the closed lists, only the tagger knows it."""
    report = ("Bộ Công Thương chủ trì, phối hợp với các địa phương theo dõi sát diễn biến thị trường xăng dầu. "
              "Điều tiết nguồn cung xăng dầu cho các tỉnh miền núi phía Bắc trong mùa mưa lũ.\n")
    tasks = extract_text(report).tasks
    assert [(t.lead[0].name, t.span.text.split()[0]) for t in tasks] == [("Bộ Công Thương", "Bộ"),
                                                                    ("Bộ Công Thương", "Điều")]


def test_a_sentence_that_opens_with_a_date_is_no_header_line() -> None:
    """A fixture written for this test: a report whose first sentence opens with a date after a comma,
    like the place and date line of a header."""
    report = ("Sau buổi kiểm tra, ngày 12-5-2019, Chủ tịch UBND huyện giao Phòng Tài nguyên và Môi trường "
              "kiểm tra hiện trạng bãi tập kết cát ven sông.\n")
    assert [t.lead[0].name for t in extract_text(report).tasks] == ["Phòng Tài nguyên và Môi trường"]


def test_a_quotation_s_gap_before_a_new_request_parts_two_tasks() -> None:
    """A fixture written for this test: a report quoting a notice whose omitted words are marked "…"."""
    report = ("Thông báo nêu rõ: “Giao Sở Xây dựng phối hợp với UBND huyện Đồng Hỷ làm rõ… hạng mục số 3… "
              "giao Sở Tài chính chủ trì thẩm định lại dự toán… báo cáo UBND tỉnh trước ngày 20-6-2019”.\n")
    tasks = extract_text(report).tasks
    assert [t.lead[0].name for t in tasks] == ["Sở Xây dựng", "Sở Tài chính"]


def test_what_a_body_feels_is_no_task() -> None:
    """A fixture written for this test: a newspaper's closing thanks."""
    report = ("Chủ tịch UBND tỉnh giao Sở Công Thương kiểm tra các cửa hàng xăng dầu trên địa bàn.\n\n"
              "Báo Công Thương rất hoan nghênh sự quan tâm của lãnh đạo tỉnh.\n")
    assert [t.lead[0].name for t in extract_text(report).tasks] == ["Sở Công Thương"]


def test_a_reported_plan_s_timeline_gives_each_step_its_body_and_time() -> None:
    """A fixture written for this test: a news item that retells a plan's timeline."""
    report = ("Theo Kế hoạch, trước ngày 10/3/2021, Bộ Nội vụ hoàn thành hướng dẫn đánh giá cán bộ. "
              "Tháng 4/2021, các bộ, ngành hoàn thành việc đánh giá, tháng 5/2021, tổng hợp và gửi báo cáo "
              "kết quả về Bộ Nội vụ.\n")
    tasks = extract_text(report).tasks
    assert [(t.lead[0].name, t.deadline.due.isoformat() if t.deadline and t.deadline.due else None)
            for t in tasks] == [("Bộ Nội vụ", "2021-03-10"), ("các bộ, ngành", "2021-04-30"),
                                ("các bộ, ngành", "2021-05-31")]


def test_an_addressing_verb_in_a_series_of_the_actor_s_acts_keeps_the_actor() -> None:
    """A fixture written for this test: a plan's item under the head of a steering committee."""
    plan = ("KẾ HOẠCH\nKiểm kê tài sản công\n\nIII. TỔ CHỨC THỰC HIỆN\n1. Trưởng Ban Chỉ đạo:\n"
            "a) Phân công, chỉ đạo, giao trách nhiệm cho các thành viên Ban Chỉ đạo theo dõi từng địa bàn.\n"
            "b) Tổ chức sơ kết việc kiểm kê trước ngày 30/9/2025.\n")
    tasks = extract_text(plan).tasks
    assert [t.lead[0].name for t in tasks] == ["Trưởng Ban Chỉ đạo"] * 2


def test_a_press_report_reads_the_subject_after_what_its_source_told() -> None:
    """A fixture written for this test: a news item that cites a dispatch and the bodies it charged."""
    report = ("Cổng thông tin Chính phủ dẫn công điện cho hay Bộ Y tế được giao chỉ đạo các bệnh viện tăng cường "
              "trực cấp cứu trong dịp nghỉ lễ.\n")
    assert [t.lead[0].name for t in extract_text(report).tasks] == ["Bộ Y tế"]


def test_an_item_opening_with_gap_rut_is_the_addressee_s_task() -> None:
    """A fixture written for this test: a dispatch's item that opens with an adverb of urgency."""
    dispatch = ("Để chủ động ứng phó với bão, Ban Chỉ đạo yêu cầu UBND các tỉnh ven biển:\n"
                "1) Gấp rút kiểm tra, gia cố hệ thống đê điều trước mùa mưa bão.\n")
    assert [t.lead[0].name for t in extract_text(dispatch).tasks] == ["UBND các tỉnh ven biển"]


def test_who_reported_before_the_speaker_of_a_lead_in_is_no_actor() -> None:
    """A fixture written for this test: a notice of conclusions whose lead-in names who reported."""
    notice = ("THÔNG BÁO\nKết luận của Chủ tịch UBND tỉnh tại buổi họp\n\n"
              "Ngày 10/5/2006, sau khi nghe Văn phòng UBND tỉnh, lãnh đạo các Sở, ngành báo cáo tình hình, Chủ tịch "
              "UBND tỉnh Trần Văn "
              "An đã kết luận như sau:\n1. Về giao thông:\n- Tập trung sửa chữa các đoạn đường hư hỏng trước mùa "
              "mưa.\n")
    assert "lãnh đạo các Sở, ngành" not in [a.name for t in extract_text(notice).tasks for a in t.lead]


def test_whom_a_rule_applies_to_is_listed_not_charged() -> None:
    """A fixture written for this test: a circular's article that lists the customers a price applies to."""
    circular = ("THÔNG TƯ\nQuy định về giá bán nước sạch\n\n"
                "Điều 7. Giá bán nước cho sản xuất\n"
                "Giá bán nước cho sản xuất áp dụng đối với bên mua nước sử dụng cho mục đích sản xuất thuộc các "
                "ngành sau:\n1. Công nghiệp;\n2. Văn phòng quản lý sản xuất được đặt tại khu vực sản xuất;\n"
                "3. Các cơ sở chế biến nông sản, xay xát, sấy thóc;\n"
                "Điều 8. Tổ chức thực hiện\nSở Xây dựng có trách nhiệm kiểm tra việc áp dụng giá bán nước.\n")
    assert [t.lead[0].name for t in extract_text(circular).tasks] == ["Sở Xây dựng"]


def test_a_list_that_counts_people_among_its_members_is_a_class_in_a_rule() -> None:
    """A fixture written for this test: a regulation's article on whom a rule binds, then its implementation."""
    regulation = ("QUY ĐỊNH\nQuản lý chất thải rắn sinh hoạt\n\nĐiều 6. Phân loại chất thải\n"
                  "1. Cơ quan, tổ chức, hộ gia đình, cá nhân phải phân loại chất thải rắn sinh hoạt tại nguồn.\n"
                  "2. Các cấp ủy, tổ chức đảng, cơ quan, đơn vị có trách nhiệm tuyên truyền việc phân loại chất thải.\n"
                  "Điều 9. Tổ chức thực hiện\n"
                  "Sở Nông nghiệp và Môi trường có trách nhiệm hướng dẫn thực hiện Quy định.\n")
    assert [t.lead[0].name for t in extract_text(regulation).tasks] == [
        "Các cấp ủy, tổ chức đảng, cơ quan, đơn vị", "Sở Nông nghiệp và Môi trường"]


def test_a_topic_opened_by_doi_voi_then_a_body_and_its_action() -> None:
    """A fixture written for this test: a ministry's letter whose item opens with the tasks it is about."""
    letter = ("Bộ yêu cầu:\n1. Đối với các nhiệm vụ Bộ được giao chủ trì: Thủ trưởng các đơn vị căn cứ kế hoạch "
              "của Bộ chủ động triển khai các nhiệm vụ được giao.\n")
    assert [t.lead[0].name for t in extract_text(letter).tasks] == ["Thủ trưởng các đơn vị"]


def test_what_a_report_must_hold_is_no_task() -> None:
    """A fixture written for this test: a letter asking for a report, then what the report holds."""
    letter = ("Văn phòng Chính phủ đề nghị UBND các tỉnh theo dõi tình hình đón Tết, báo cáo Thủ tướng Chính phủ "
              "trước ngày 10/2/2024.\nBáo cáo tập trung vào các nội dung sau:\n"
              "- Tình hình bảo đảm lưu thông hàng hoá trong dịp Tết;\n- Tình hình an toàn giao thông.\n")
    assert [t.lead[0].name for t in extract_text(letter).tasks] == ["UBND các tỉnh"]


def test_a_quoted_direction_to_a_body_is_its_task_and_a_quoted_slogan_is_none() -> None:
    """A fixture written for this test: a news item opening with the direction it quotes, and a
    plan's emulation theme in quotation marks."""
    report = ("“Sở Công Thương phối hợp với UBND các huyện tăng cường kiểm tra thị trường xăng dầu trong dịp Tết”. "
              "Đó là chỉ đạo của Chủ tịch UBND tỉnh tại cuộc họp sáng nay.\n")
    assert [t.lead[0].name for t in extract_text(report).tasks] == ["Sở Công Thương"]
    plan = ("KẾ HOẠCH\nPhát động thi đua năm 2025\n\nII. NỘI DUNG\n1. Chủ đề thi đua\n"
            "“Đoàn kết, sáng tạo, thi đua hoàn thành thắng lợi các nhiệm vụ phát triển kinh tế năm 2025”\n"
            "2. Sở Nội vụ chủ trì hướng dẫn các đơn vị đăng ký thi đua.\n")
    assert [t.lead[0].name for t in extract_text(plan).tasks] == ["Sở Nội vụ"]


def test_a_clause_after_vi_vay_has_its_own_actor() -> None:
    """A fixture written for this test: a leader's reasoning, then what the bodies must do."""
    report = ("Theo Phó Chủ tịch UBND tỉnh, mùa khô năm nay đến sớm, do đó các địa phương ven rừng cần tăng cường "
              "tuần tra, canh gác phòng cháy rừng.\n")
    assert [t.lead[0].name for t in extract_text(report).tasks] == ["các địa phương ven rừng"]


def test_a_case_set_off_by_commas_between_a_request_and_its_addressee() -> None:
    """A fixture written for this test: a department's request that names the case before the body."""
    report = ("Cục An toàn thực phẩm yêu cầu, nếu phát hiện cơ sở vi phạm, Sở Y tế Đà Nẵng phải đình chỉ ngay "
              "hoạt động của cơ sở đó.\n")
    assert [t.lead[0].name for t in extract_text(report).tasks] == ["Sở Y tế Đà Nẵng"]


def test_a_topic_closed_by_a_comma_then_the_action_goes_on_the_request() -> None:
    """A fixture written for this test: a ministry's request, then a sentence that names its topic
    before the action; a numbered heading of the same shape names a topic only."""
    report = ("Bộ Tư pháp đề nghị UBND các tỉnh chỉ đạo rà soát các văn bản quy phạm pháp luật.\n"
              "Về hồ sơ đề nghị khen thưởng đợt 2, năm 2024, lập danh sách tập thể, cá nhân gửi Bộ trước ngày "
              "15/7/2024.\n")
    tasks = extract_text(report).tasks
    assert [t.lead[0].name for t in tasks] == ["UBND các tỉnh"] * 2
    assert tasks[1].deadline is not None and tasks[1].deadline.due.isoformat() == "2024-07-15"
    heading = ("Chủ tịch UBND tỉnh có ý kiến như sau:\n1. Về triển khai rà soát, sắp xếp tổ chức bộ máy năm 2025\n"
               "Đề nghị các sở, ngành hoàn thành rà soát trước ngày 10/12/2025.\n")
    assert [t.lead[0].name for t in extract_text(heading).tasks] == ["các sở, ngành"]


def test_what_an_authority_agrees_to_is_no_task() -> None:
    """A fixture written for this test: a letter's approval, then the work it gives."""
    letter = ("Chủ tịch UBND tỉnh đồng ý với việc tổ chức Hội chợ nông sản năm 2024 theo đề nghị của Sở Công Thương. "
              "Giao Sở Công Thương chủ trì tổ chức Hội chợ, hoàn thành trước ngày 30/9/2024.\n")
    assert [t.lead[0].name for t in extract_text(letter).tasks] == ["Sở Công Thương"]


def test_whom_an_authority_criticises_is_told_not_charged() -> None:
    """A fixture written for this test: a district's reprimand, then its request."""
    letter = ("UBND huyện phê bình xã Tân An, xã Tân Phú thực hiện chưa nghiêm chỉ đạo về trang trí đường phố. Yêu "
              "cầu UBND các xã khắc phục ngay trước ngày 30/8/2022.\n")
    assert [t.lead[0].name for t in extract_text(letter).tasks] == ["UBND các xã"]


def test_an_office_passing_on_a_direction_for_its_addressees_to_know_closes_the_letter() -> None:
    """A fixture written for this test: a provincial office's letter and its closing formula."""
    letter = ("Phó Chủ tịch UBND tỉnh giao Sở Tài chính chủ trì thẩm định dự toán, báo cáo trước ngày 15/6/2024.\n"
              "Văn phòng UBND tỉnh truyền đạt ý kiến chỉ đạo của Phó Chủ tịch UBND tỉnh đến các đơn vị biết, thực "
              "hiện.\n")
    assert [t.lead[0].name for t in extract_text(letter).tasks] == ["Sở Tài chính"]


def test_who_came_to_congratulate_is_reported() -> None:
    """A fixture written for this test: a news item on an anniversary, then a request."""
    report = ("Các sở, ban, ngành đến chúc mừng Hội Nông dân tỉnh nhân kỷ niệm 95 năm Ngày thành lập. Hội Nông dân "
              "tỉnh đề nghị các hội cơ sở tiếp tục vận động hội viên tham gia xây dựng nông thôn mới.\n")
    assert [t.lead[0].name for t in extract_text(report).tasks] == ["các hội cơ sở"]


def test_a_sentence_to_finish_and_hand_in_by_a_time_is_the_task_s_deadline() -> None:
    """A fixture written for this test: a department's task, then when it is finished and handed in."""
    letter = ("Sở Tài chính chủ trì, phối hợp với các cơ quan liên quan tham mưu UBND tỉnh ban hành Quy định định mức "
              "chi. Hoàn thành và trình UBND tỉnh trong quý II/2024.\n")
    tasks = extract_text(letter).tasks
    assert [t.lead[0].name for t in tasks] == ["Sở Tài chính"]
    assert tasks[0].deadline is not None and tasks[0].deadline.due.isoformat() == "2024-06-30"


def test_a_body_at_the_end_of_a_list_of_people_is_one_they_tell_of() -> None:
    """A fixture written for this test: pupils and schools stay home, then the department's task."""
    notice = ("Theo đó, học sinh các trường trung học, sinh viên, các cơ sở giáo dục nghề nghiệp trên địa bàn "
              "tỉnh tiếp tục nghỉ học đến hết ngày 30/4/2020. Giao Sở Giáo dục và Đào tạo thông báo tới các "
              "trường học.\n")
    assert [t.lead[0].name for t in extract_text(notice).tasks] == ["Sở Giáo dục và Đào tạo"]


def test_what_a_body_did_on_a_morning_is_an_event_and_a_dispatch_of_that_day_is_a_task() -> None:
    """A fixture written for this test: a district news item opening with the day's meeting."""
    report = ("Sáng ngày 12/4/2023, UBND huyện tổ chức hội thảo lấy ý kiến về quy hoạch vùng trồng cây ăn quả.\n"
              "Chiều 12/4, Chủ tịch UBND huyện yêu cầu Phòng Nông nghiệp hoàn thiện quy hoạch trước ngày 30/5/2023.\n")
    assert [t.lead[0].name for t in extract_text(report).tasks] == ["Phòng Nông nghiệp"]


def test_a_bare_title_before_another_shares_its_body_and_a_head_is_never_cut() -> None:
    """A fixture written for this test: a dispatch's item to ministers and to provincial leaders,
    the council's name spelt with a capital "Nhân"."""
    dispatch = ("Bộ trưởng các Bộ: Công an, Y tế; Bí thư, Chủ tịch Ủy ban Nhân dân các tỉnh ven biển tiếp tục "
                "tập trung lãnh đạo, chỉ đạo ứng phó với bão.\n")
    leads = [a.name for t in extract_text(dispatch).tasks for a in t.lead]
    assert leads == ["Bộ trưởng Bộ Công an", "Bộ trưởng Bộ Y tế", "Bí thư các tỉnh ven biển",
                     "Chủ tịch Ủy ban Nhân dân các tỉnh ven biển"]


def test_actions_written_inline_after_a_directive_s_colon_are_a_task_of_their_own() -> None:
    """A fixture written for this test: a letter whose request goes on after a colon; a colon
    before a group's members parts nothing."""
    letter = ("Văn phòng UBND tỉnh đề nghị các sở, ngành chỉ đạo các đơn vị trực thuộc thực hiện nghiêm Chỉ thị số "
              "05/CT-UBND: Kiểm tra, giám sát việc bình ổn giá trong dịp Tết, báo cáo UBND tỉnh trước ngày "
              "20/1/2024.\n")
    tasks = extract_text(letter).tasks
    assert [t.lead[0].name for t in tasks] == ["các sở, ngành"] * 2
    assert tasks[1].deadline is not None and tasks[1].deadline.due.isoformat() == "2024-01-20"
    members = ("Chủ tịch UBND tỉnh chỉ đạo: UBND huyện Sơn Tịnh phối hợp với các sở ngành: Xây dựng, Công Thương "
               "kiểm tra các cơ sở khai thác cát.\n")
    assert len(extract_text(members).tasks) == 1


def test_an_authority_that_speaks_after_what_it_heard_addresses_others() -> None:
    """A fixture written for this test: a news item on a leader's visit; advising the council to
    direct others stays its own adviser's task."""
    report = ("Sau khi nghe lãnh đạo các xã báo cáo tình hình, đồng chí Phó Chủ tịch UBND huyện chỉ đạo các xã khẩn "
              "trương gia cố đê bao trước mùa lũ.\n")
    assert [t.lead[0].name for t in extract_text(report).tasks] == ["UBND các xã"]
    plan = ("KẾ HOẠCH\nThanh tra chuyên đề\n\nIII. TỔ CHỨC THỰC HIỆN\n1. Thanh tra tỉnh:\n"
            "- Tham mưu UBND tỉnh chỉ đạo các cơ quan, đơn vị xử lý sau thanh tra.\n")
    assert [t.lead[0].name for t in extract_text(plan).tasks] == ["Thanh tra tỉnh"]


def test_a_body_addressed_politely_by_its_kind_is_the_addressee() -> None:
    """A fixture written for this test: a ministry asking for comments, its addressee line left blank."""
    letter = ("Kính gửi: ....................\n\nBộ Xây dựng đề nghị Quý cơ quan, đơn vị nghiên cứu và có ý kiến về dự "
              "thảo Thông tư, gửi về Bộ Xây dựng trước ngày 15/3/2024.\n")
    assert [t.lead[0].name for t in extract_text(letter).tasks] == ["Quý cơ quan, đơn vị"]


def test_a_firm_s_petition_to_an_authority_is_what_the_reply_answers() -> None:
    """A fixture written for this test: a Government Office letter answering a company."""
    letter = ("Công ty cổ phần Xi măng Hà Tiên có văn bản ngày 12/5/2015 đề nghị Thủ tướng Chính phủ cho phép gia hạn "
              "dự án. Về việc này, Phó Thủ tướng có ý kiến như sau: Bộ Xây dựng xem xét, xử lý theo thẩm quyền.\n")
    assert [t.lead[0].name for t in extract_text(letter).tasks] == ["Bộ Xây dựng"]


def test_a_press_report_of_a_direction_given_by_a_department_head_charges_the_addressee() -> None:
    """A fixture written for this test: a news item on a provincial police chief's direction."""
    report = ("Thực hiện Chỉ thị của Thủ tướng, Giám đốc Công an tỉnh đã chỉ đạo Công an các huyện, thị xã tăng cường "
              "tuần tra, kiểm soát trên các tuyến quốc lộ trong dịp Tết.\n")
    assert [t.lead[0].name for t in extract_text(report).tasks] == ["Công an các huyện, thị xã"]


def test_a_press_report_of_a_document_and_its_request_charges_the_addressee_and_its_ordinal_items() -> None:
    """A fixture written for this test: a news item on an urgent letter and the measures it lists."""
    report = ("Trước diễn biến của dịch cúm gia cầm, UBND tỉnh vừa có văn bản hỏa tốc chỉ đạo UBND các huyện, thị xã "
              "triển khai ngay các biện pháp cấp bách. Thứ nhất, khoanh vùng, tiêu hủy đàn gia cầm mắc bệnh. Thứ hai, "
              "tổ chức tiêm phòng cho đàn gia cầm trong vùng uy hiếp.\n")
    assert [t.lead[0].name for t in extract_text(report).tasks] == ["UBND các huyện, thị xã"] * 3


def test_a_working_group_s_duties_are_its_tasks_whoever_they_name() -> None:
    """A fixture written for this test: a news item on a decision setting up a working group; the
    duties it states after its name, and what it checks is done by others, are the group's own."""
    report = ("UBND tỉnh vừa ban hành Quyết định số 120/QĐ-UBND thành lập Tổ công tác liên ngành.\n\n"
              "Nhiệm vụ của Tổ công tác: Nắm bắt, tổng hợp các khó khăn của doanh nghiệp, đề xuất UBND tỉnh "
              "các giải pháp tháo gỡ.\n\n"
              "Tổ công tác có nhiệm vụ theo dõi, đôn đốc việc thực hiện các nhiệm vụ do UBND tỉnh giao cho các "
              "sở, ban, ngành.\n")
    assert [[a.name for a in t.lead] for t in extract_text(report).tasks] == [["Tổ công tác"]] * 2


def test_the_duties_a_lead_in_announces_for_a_body_title_the_items_below_it() -> None:
    """A fixture written for this test: an article of a regulation whose lead-in names the body
    whose duties its items list; an item opening with a verb outside the closed lists is still one."""
    regulation = ("QUY ĐỊNH\nQuản lý chất thải\n\nĐiều 9. Trách nhiệm của Ủy ban nhân dân cấp xã\n\n"
                  "Trách nhiệm của Ủy ban nhân dân cấp xã trong quản lý chất thải được quy định như sau:\n\n"
                  "1. Phối hợp với các đơn vị thu gom xác định thời gian chuyển giao chất thải.\n\n"
                  "2. Lựa chọn địa điểm đặt các điểm tập kết chất thải phù hợp với quy hoạch.\n")
    tasks = extract_text(regulation).tasks
    assert [[a.name for a in t.lead] for t in tasks] == [["Ủy ban nhân dân cấp xã"]] * 2


def test_a_press_report_of_a_document_cited_by_its_bare_number_charges_the_addressee() -> None:
    """A fixture written for this test: a news item citing a letter by its number without "số"."""
    report = ("Ngày 24/5, UBND tỉnh tiếp tục ban hành công văn 2326, chỉ đạo Công an tỉnh tăng cường tuần tra, "
              "kiểm soát phương tiện chở quá tải trọng.\n")
    assert [[a.name for a in t.lead] for t in extract_text(report).tasks] == [["Công an tỉnh"]]


def test_places_that_take_a_duty_stand_for_their_councils() -> None:
    """A fixture written for this test: a news item on a decision recognising communes."""
    report = "Xã Hòa Bình, xã Tân Lập có trách nhiệm duy trì và nâng cao chất lượng các tiêu chí đã đạt.\n"
    assert [[a.name for a in t.lead] for t in extract_text(report).tasks] == [["UBND xã Hòa Bình", "UBND xã Tân Lập"]]


def test_a_timeline_s_steps_open_with_their_period_and_keep_the_actor() -> None:
    """A fixture written for this test: a district's request set out as a timeline without commas."""
    request = ("UBND huyện yêu cầu: UBND các xã tăng cường kiểm tra các công trình vi phạm. Từ nay đến ngày "
               "25/9/2017 phải hoàn thiện hồ sơ xử lý vi phạm. Từ ngày 26/9 đến ngày 10/10/2017 xây dựng kế hoạch "
               "tuyên truyền, vận động. Định kỳ 3 tháng Sở Xây dựng phối hợp với các xã kiểm tra việc giải tỏa.\n")
    tasks = extract_text(request).tasks
    assert [[a.name for a in t.lead] for t in tasks] == [["UBND các xã"]] * 3 + [["Sở Xây dựng"]]
    assert [t.deadline.due.isoformat() if t.deadline and t.deadline.due else None for t in tasks[:3]] == [
        None, "2017-09-25", "2017-10-10"]


def test_a_sentence_that_only_says_when_the_work_is_due_is_no_task() -> None:
    """A fixture written for this test: a request and the month its results are due."""
    request = ("Các sở, ban, ngành tùy chức năng, nhiệm vụ rà soát hồ sơ thủ tục hành chính đã xử lý. "
               "Kết quả thực hiện phải được hoàn thành trong tháng 10/2025.\n")
    tasks = extract_text(request).tasks
    assert [[a.name for a in t.lead] for t in tasks] == [["Các sở, ban, ngành"]]
    assert tasks[0].deadline is not None and tasks[0].deadline.due.isoformat() == "2025-10-31"


def test_a_body_given_to_carry_out_what_precedes_takes_the_actions_that_named_nobody() -> None:
    """A fixture written for this test: a letter's paragraph that states an action, then gives it."""
    letter = ("Tổ chức họp báo định kỳ hằng quý về tình hình kinh tế - xã hội của tỉnh. Giao Văn phòng UBND tỉnh "
              "chủ trì, phối hợp với Sở Thông tin và Truyền thông tổ chức thực hiện.\n")
    tasks = extract_text(letter).tasks
    assert len(tasks) == 1 and tasks[0].action.startswith("Tổ chức họp báo định kỳ")
    assert [a.name for a in tasks[0].lead] == ["Văn phòng UBND tỉnh"]


def test_a_headline_that_a_document_was_issued_reports_it() -> None:
    """A fixture written for this test: a crawled headline run into the article's lede."""
    report = ("Chính phủ ra công điện khẩn ứng phó bão số 3. Theo đó, các địa phương phải theo dõi chặt chẽ "
              "diễn biến của bão.\n")
    assert [[a.name for a in t.lead] for t in extract_text(report).tasks] == [["các địa phương"]]


def test_a_body_bound_by_a_duty_after_an_action_s_frame_is_the_subject() -> None:
    """A fixture written for this test: frames before the body charged; a body the frame's own
    verb assigns is one of a list, not the subject."""
    report = ("Thực hiện Chỉ thị số 05/CT-TTg, Sở Y tế phải tổ chức kiểm tra các cơ sở khám bệnh.\n\n"
              "Triển khai nhiệm vụ, giám đốc các trung tâm y tế huyện có trách nhiệm theo dõi tình hình dịch bệnh.\n")
    leads = [[a.name for a in t.lead] for t in extract_text(report).tasks]
    assert leads == [["Sở Y tế"], ["giám đốc các trung tâm y tế huyện"]]
    plan = ("KẾ HOẠCH\nGiải ngân vốn đầu tư công\n\n1. Sở Tài chính:\n- Giao nhiệm vụ phân công lãnh đạo Sở, các "
            "phòng chuyên môn chịu trách nhiệm theo dõi tiến độ từng dự án.\n")
    assert [[a.name for a in t.lead] for t in extract_text(plan).tasks] == [["Sở Tài chính"]]


def test_carrying_out_a_named_scheme_is_an_action_citing_a_document_is_a_frame() -> None:
    """A fixture written for this test: under a lead-in, "Thực hiện Đề án ..." with no number and no
    clause after it is the work itself; "Thực hiện Công văn số ..." is the ground of what follows."""
    plan = ("Bộ yêu cầu các đơn vị trực thuộc Bộ thực hiện các nhiệm vụ sau:\n"
            "1. Lĩnh vực tài nguyên nước\n"
            "Thực hiện Đề án tổng kiểm kê tài nguyên nước quốc gia; rà soát các quy hoạch đã được phê duyệt.\n"
            "2. Lĩnh vực đất đai\n"
            "Thực hiện Công văn số 12/UBND-KT ngày 03/01/2024 của Ủy ban nhân dân tỉnh.\n")
    actions = [t.action for t in extract_text(plan).tasks]
    assert actions[0].startswith("Thực hiện Đề án tổng kiểm kê")
    assert not any("Công văn số 12" in a for a in actions)


def test_an_ellipsis_glued_to_the_next_sentence_ends_it() -> None:
    """A fixture written for this test: a crawl that lost the space after an ellipsis."""
    report = ("Cục Quản lý chất lượng cần thông tin kịp thời phương án tổ chức thi theo quy định…Mặt khác phải bố trí "
              "đủ cán bộ coi thi tại các địa phương.\n")
    tasks = extract_text(report).tasks
    assert len(tasks) == 2 and [a.name for a in tasks[1].lead] == ["Cục Quản lý chất lượng"]


def test_a_party_committee_s_items_numbered_with_a_dash_name_their_actors() -> None:
    """A fixture written for this test: a provincial Party committee's letter numbering its items
    "1-", "2-"; a district committee is no district cut before its "ủy"; its organs share its name."""
    letter = ("Ban Thường vụ Tỉnh ủy đề nghị:\n\n1- Các cấp ủy Đảng, chính quyền, Mặt trận Tổ quốc Việt Nam tỉnh "
              "lãnh đạo, chỉ đạo tổ chức đợt sinh hoạt chính trị sâu rộng.\n\n2- Ban Thường vụ các huyện ủy tạm dừng "
              "tổ chức đại hội chi bộ.\n\n3- Các Ban, Văn phòng Huyện ủy phối hợp tổ chức tốt Đại hội.\n")
    leads = [[a.name for a in t.lead] for t in extract_text(letter).tasks]
    assert leads == [["Các cấp ủy Đảng, chính quyền", "Mặt trận Tổ quốc Việt Nam tỉnh"],
                     ["Ban Thường vụ các huyện ủy"], ["Các Ban Huyện ủy", "Văn phòng Huyện ủy"]]


def test_a_letter_s_polite_request_to_its_general_departments_goes_to_its_addressees() -> None:
    """A fixture written for this test: a ministry's letter to two of its general departments."""
    letter = ("Kính gửi:\n- Tổng cục Lâm nghiệp;\n- Tổng cục Thủy sản.\n\nĐề nghị quý Tổng cục nghiên cứu Báo cáo "
              "và gửi ý kiến góp ý về Vụ Khoa học, Công nghệ và Môi trường trước ngày 24/3/2013.\n")
    tasks = extract_text(letter).tasks
    assert [[a.name for a in t.lead] for t in tasks] == [["Tổng cục Lâm nghiệp", "Tổng cục Thủy sản"]]


@pytest.mark.parametrize("paragraph,caption", [
    ("Thủ tướng giao các bộ báo cáo tình hình giải ngân. Ảnh: Lê Văn A", True),
    ("Lãnh đạo tỉnh kiểm tra công trình đê biển (Ảnh minh họa: TTXVN)", True),
    # a caption in italics that says where its picture comes from
    ("*Thủ tướng yêu cầu các bộ rà soát dự án tồn đọng (Hình từ Internet)*", True),
    ("*Khẩn trương báo cáo dự án vướng mắc (Ảnh minh hoạ) *", True),
    ("Giao Sở Y tế tổ chức hội nghị (hình thức trực tuyến).", False),
    ("Thủ tướng giao các bộ báo cáo tình hình giải ngân trước ngày 10/4.", False),
])
def test_a_paragraph_that_ends_with_its_photo_s_credit_is_a_caption(paragraph: str, caption: bool) -> None:
    vocab = compile_vocab(load_resources(None))
    assert bool(vocab.photo_credit.search(paragraph)) is caption


def test_an_italic_caption_that_credits_its_picture_is_no_task() -> None:
    """A fixture written for this test: a portal's article with its photo's caption in italics."""
    article = ("Thủ tướng Chính phủ ký Công điện yêu cầu xử lý các dự án tồn đọng.\n\n"
               "*Thủ tướng yêu cầu xử lý dứt điểm các dự án tồn đọng kéo dài (Hình từ Internet)*\n\n"
               "Thủ tướng yêu cầu Bộ Tài chính tổng hợp danh mục dự án trước ngày 15/4/2025.\n")
    tasks = extract_text(article).tasks
    assert [t.span.text[:30] for t in tasks] == ["Thủ tướng yêu cầu Bộ Tài chính"]


@pytest.mark.parametrize(("report", "leads"), [
    # fixtures written for this test: a speaker named before the bodies that must act
    ("Theo Trung tướng Nguyễn Văn A, Phó trưởng Ban Chỉ đạo 389 quốc gia, các bộ, ngành, địa phương cần triển khai "
     "kế hoạch chống buôn lậu dịp Tết.", [["các bộ, ngành, địa phương"]]),
    ("Theo ông Trần Văn B, Giám đốc Sở Y tế, các bệnh viện phải bảo đảm đủ thuốc, vật tư trong dịp lễ.",
     [["các bệnh viện"]]),
    # ... and what a speaker reports, which charges nobody
    ("Theo ông Trần Văn B, Giám đốc Sở Y tế, năm 2023 ngành y tế đã khám cho 2 triệu lượt người.", []),
])
def test_a_speaker_named_first_leaves_the_charge_to_who_follows(report: str, leads: list[list[str]]) -> None:
    assert [[a.name for a in t.lead] for t in extract_text(report).tasks] == leads


def test_a_city_s_name_is_no_need() -> None:
    """A fixture written for this test: a province's past letter after a request; "Cần Thơ" asks nothing."""
    report = ("Các địa phương cần nêu rõ thời gian khởi công.\n\nRiêng UBND tỉnh Sóc Trăng đã có văn bản xin khởi "
              "công dự án cao tốc Châu Đốc - Cần Thơ.\n")
    assert len(extract_text(report).tasks) == 1


@pytest.mark.parametrize("report", [
    # a day's event with its year left blank, the people at a meeting, a forecast, a briefing's name
    "Sáng ngày 02/8/, UBND xã triển khai kế hoạch tổ chức bầu cử trưởng thôn tới các thôn.",
    "Dự hội nghị có các đồng chí trong Thường trực Đảng ủy, lãnh đạo UBND xã.",
    "Dự báo trong dịp Tết, tình hình an ninh trật tự sẽ có nhiều diễn biến phức tạp.",
    "Sáng 20-1, Thứ trưởng Bộ Công an chủ trì Hội nghị giao ban trực tuyến toàn quốc.",
    "Báo Nhân dân số ra ngày 02/12/2016 có bài viết phản ánh tình trạng lạm dụng kháng sinh.",
    "Kèm theo văn bản, Bộ Nội vụ ban hành 02 phụ lục và 02 đề cương hướng dẫn.",
])
def test_what_a_report_tells_of_is_no_task(report: str) -> None:
    """Fixtures written for this test: sentences of news items that assign nothing."""
    preamble = "UBND tỉnh yêu cầu các sở, ngành tăng cường kiểm tra.\n\n"
    assert len(extract_text(preamble + report + "\n").tasks) == 1


def test_giao_before_a_capitalised_board_still_assigns() -> None:
    """A fixture written for this test: "Giao Ban Quản lý ..." is no briefing ("giao ban")."""
    notice = "Giao Ban Quản lý dự án đầu tư xây dựng tỉnh chủ trì đôn đốc nhà thầu đẩy nhanh thi công.\n"
    assert [a.name for a in extract_text(notice).tasks[0].lead] == ["Ban Quản lý dự án đầu tư xây dựng tỉnh"]


def test_what_a_citizen_asks_is_no_task_but_the_answer_is() -> None:
    """A fixture written for this test: a district chairman's reply to a citizen at a reception."""
    report = ("Nội dung công dân kiến nghị: “Đề nghị UBND huyện sớm hoàn thiện hạ tầng khu đất đấu giá tại thôn 5”.\n\n"
              "Chủ tịch UBND huyện giao Ban Quản lý dự án huyện hoàn thành hạ tầng khu đất trước ngày 30/5/2024.\n")
    assert [[a.name for a in t.lead] for t in extract_text(report).tasks] == [["Ban Quản lý dự án huyện"]]


def test_a_rule_s_annex_is_a_rule_unless_it_is_a_plan() -> None:
    """A real circular of the corpus (rm04, Thông tư 58/2025/TT-BCT): its articles charge bodies,
    its annexes (the main terms of a contract, the metering system, the price formulas) bind the
    contract's parties and assign nothing."""
    circular = Path(__file__).parent.parent / "corpus" / "rm04_tt-58-bct-gia-phat-dien-thuy-dien-tich-nang-2025.md"
    result = extract(circular)
    sections = [t.section or "" for t in result.tasks]
    assert sections and all(s.startswith("Điều") for s in sections)


def test_a_ministry_that_guides_the_provinces_in_its_own_letter_assigns_them() -> None:
    """A fixture written for this test: a ministry's letter; a department guiding its own units in a
    plan does its own task."""
    letter = ("BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
              "Độc lập - Tự do - Hạnh phúc\nSố: 4836/BNN-VPĐP\nHà Nội, ngày 25 tháng 06 năm 2018\n\n"
              "Kính gửi: Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương\n\n"
              "Thực hiện Quy chế quản lý các Chương trình mục tiêu quốc gia, Bộ Nông nghiệp và Phát triển nông thôn "
              "(Thường trực Ban Chỉ đạo) hướng dẫn các tỉnh, thành phố trực thuộc Trung ương tiến hành sơ kết 03 năm "
              "thực hiện Chương trình.\n\nSở Y tế hướng dẫn các cơ sở y tế tổ chức tiêm chủng.\n")
    leads = [[a.name for a in t.lead] for t in extract_text(letter).tasks]
    assert leads == [["UBND các tỉnh, thành phố trực thuộc Trung ương"], ["Sở Y tế"]]


def test_a_letter_s_addressee_named_again_without_its_places_is_that_addressee() -> None:
    """A fixture written for this test: a ministry's letter to the departments of every province."""
    letter = ("Kính gửi: Sở Y tế các tỉnh, thành phố trực thuộc Trung ương\n\nBộ Y tế đề nghị các Sở Y tế báo cáo "
              "số liệu tiêm chủng trước ngày 15/3/2024.\n")
    assert [[a.name for a in t.lead] for t in extract_text(letter).tasks] == [
        ["Sở Y tế các tỉnh, thành phố trực thuộc Trung ương"]]


def test_a_portal_s_visit_counter_is_no_task_nor_the_end_of_its_page() -> None:
    """A fixture written for this test: a district portal's page with its visit counter above the news."""
    page = ("GIỚI THIỆU THÀNH PHỐ\n\nThống kê truy cập\n\nTổng số lượt truy cập: 3299177\nSố người đang truy cập: 3\n\n"
            "Tin chỉ đạo điều hành\n\nChủ tịch UBND thành phố giao Phòng Quản lý đô thị chủ trì ra quân lập lại trật "
            "tự đô thị trên các tuyến phố. Các phường tăng cường kiểm tra vỉa hè.\n")
    leads = [[a.name for a in t.lead] for t in extract_text(page).tasks]
    assert leads == [["Phòng Quản lý đô thị"], ["UBND các phường"]]


def test_a_line_that_sets_when_a_report_is_due_gives_the_task_above_its_deadline() -> None:
    """A fixture written for this test: a ministry's letter whose second item sets the report's date."""
    letter = ("1. Sở Nông nghiệp và PTNT chỉ đạo Chi cục Kiểm lâm báo cáo số liệu hiện trạng rừng.\n\n"
              "2. Thời hạn gửi báo cáo trước ngày 28/02/2010.\n")
    tasks = extract_text(letter).tasks
    assert len(tasks) == 1 and tasks[0].deadline is not None and tasks[0].deadline.due.isoformat() == "2010-02-28"


@pytest.mark.parametrize("letter", [
    "UBND tỉnh yêu cầu các sở, ban, ngành tỉnh, UBND các huyện và đề nghị các đoàn thể tỉnh khẩn trương "
    "triển khai công tác phòng cháy, chữa cháy.\n",
    "UBND tỉnh yêu cầu: các sở, ban, ngành tỉnh, UBND các huyện và đề nghị các đoàn thể tỉnh khẩn trương "
    "triển khai công tác phòng cháy, chữa cháy.\n",
])
def test_a_second_addressing_verb_joined_to_the_first_shares_its_action(letter: str) -> None:
    """A fixture written for this test: a province's letter that requires its own bodies and asks the
    mass organisations to do one thing."""
    assert [[a.name for a in t.lead] for t in extract_text(letter).tasks] == [
        ["các sở, ban, ngành tỉnh", "UBND các huyện", "các đoàn thể tỉnh"]]


@pytest.mark.parametrize("report,leads", [
    # a request made with two verbs: the second says who may make it, the letter itself may
    ("Đáng chú ý, công văn yêu cầu và chỉ đạo Cục Quản lý thị trường các tỉnh, thành phố ban hành kế hoạch "
     "kiểm tra chất lượng xăng dầu.\n", [["Cục Quản lý thị trường các tỉnh, thành phố"]]),
    ("1. Bộ Tài chính:\na) Yêu cầu và đôn đốc các doanh nghiệp bảo hiểm khẩn trương chi trả bồi thường.\n",
     [["Bộ Tài chính"]]),
    # "văn bản chỉ đạo" inside a clause is a noun, what was done
    ("Trong thời gian qua, UBND tỉnh đã có nhiều văn bản chỉ đạo các cơ quan giải quyết hồ sơ.\n", []),
])
def test_a_request_made_with_two_verbs_addresses_who_follows_the_second(report: str, leads: list[list[str]]) -> None:
    """A fixture written for this test: sentences of press reports of letters."""
    assert [[a.name for a in t.lead] for t in extract_text(report).tasks] == leads


@pytest.mark.parametrize("sentence,lead", [
    # what a group runs says which bodies it is, up to the predicate's first word
    ("Bộ trưởng yêu cầu các cơ quan quản lý thị trường tập trung giám sát cửa hàng xăng dầu.\n",
     "các cơ quan quản lý thị trường"),
    # a recurrence opens the predicate, it names no body
    ("Các đơn vị định kỳ 6 tháng, hàng năm báo cáo kết quả về Sở Kế hoạch và Đầu tư.\n", "Các đơn vị"),
])
def test_a_group_s_name_ends_where_its_predicate_starts(sentence: str, lead: str) -> None:
    """A fixture written for this test."""
    assert [[a.name for a in t.lead] for t in extract_text(sentence).tasks] == [[lead]]


def test_a_press_report_s_emphasis_frames_the_body_it_charges() -> None:
    """A fixture written for this test: a report of a meeting; the sentences after the charge
    name nobody and go on with the same body's actions."""
    report = ("Tại cuộc họp, đồng chí Nguyễn Văn Bình nhấn mạnh UBND các xã khẩn trương rà soát hồ sơ các hộ dân. "
              "Tu sửa lại các nhà văn hóa thôn theo đúng thiết kế.\n")
    assert [[a.name for a in t.lead] for t in extract_text(report).tasks] == [["UBND các xã"], ["UBND các xã"]]


def test_a_box_of_links_above_the_article_leaves_its_body_to_be_read() -> None:
    """A fixture written for this test: a news page whose "Tin liên quan" box precedes the body."""
    page = ("UBND tỉnh vừa có công văn về phòng, chống dịch bệnh.\n\nTin liên quan\n\nĐọc nhiều\n\n"
            "Tăng cường phòng, chống dịch bệnh\n\nTheo đó, UBND tỉnh yêu cầu các thành viên Ban Chỉ đạo tỉnh "
            "nghiêm túc thực hiện theo phân công, chủ động kiểm tra, đôn đốc các địa phương thực hiện các "
            "biện pháp phòng, chống dịch bệnh và báo cáo kết quả về Sở Y tế trước ngày 15/4/2020.\n")
    assert [[a.name for a in t.lead] for t in extract_text(page).tasks] == [["các thành viên Ban Chỉ đạo tỉnh"]]


def test_a_lead_in_whose_items_state_aims_is_the_task_they_describe() -> None:
    """A fixture written for this test: a ministry's letter whose lead-in gives the task and whose
    items state its aims and requirements."""
    letter = ("BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
              "Độc lập - Tự do - Hạnh phúc\nSố: 4836/BNN-VPĐP\nHà Nội, ngày 25 tháng 06 năm 2018\n\n"
              "Kính gửi: Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương\n\n"
              "Bộ Nông nghiệp và Phát triển nông thôn hướng dẫn các tỉnh, thành phố trực thuộc Trung ương tiến hành "
              "sơ kết 03 năm thực hiện Chương trình, cụ thể như sau:\n\n1. Mục đích: Đánh giá kết quả đạt được.\n\n"
              "2. Yêu cầu: Bảo đảm thực chất, đúng tiến độ.\n")
    tasks = extract_text(letter).tasks
    assert [t.span.text[:20] for t in tasks] == ["Bộ Nông nghiệp và Ph"]
    assert [a.name for a in tasks[0].lead] == ["UBND các tỉnh, thành phố trực thuộc Trung ương"]


def test_a_list_of_contents_that_names_solutions_still_describes_the_lead_in() -> None:
    """A fixture written for this test: a decree's article whose lead-in gives the task and whose items
    list what the plan holds; "2. Giải pháp ..." names a part of it, it heads no items of its own."""
    article = ("Điều 43. Phê duyệt Đề án\n\nTrước ngày 30 tháng 11 năm thứ năm, Thủ tướng Chính phủ phê duyệt Đề án "
               "giai đoạn sau, bao gồm:\n\n1. Mục tiêu, định hướng, lĩnh vực ưu tiên.\n\n2. Giải pháp, chính sách "
               "chủ yếu để thực hiện Đề án.\n\nĐiều 44. Trình tự lập Kế hoạch\n")
    tasks = extract_text(article).tasks
    assert [t.action[:21] for t in tasks] == ["phê duyệt Đề án giai "]


def test_bodies_a_verb_of_advice_takes_are_its_object_not_the_next_subject() -> None:
    """A fixture written for this test: a province's letter; the sentence after the assignment
    opens with its topic and names the bodies the department is to advise."""
    letter = ("UBND tỉnh giao Sở Văn hóa, Thể thao và Du lịch chủ trì tổ chức lễ kỷ niệm. Những nội dung phát "
              "sinh, vượt thẩm quyền, kịp thời tham mưu Ban cán sự đảng UBND tỉnh, Ban Tổ chức báo cáo Thường trực "
              "Tỉnh ủy.\n")
    leads = [[a.name for a in t.lead] for t in extract_text(letter).tasks]
    assert leads == [["Sở Văn hóa, Thể thao và Du lịch"], ["Sở Văn hóa, Thể thao và Du lịch"]]


def test_a_province_addressed_by_its_name_alone_is_its_council() -> None:
    """A fixture written for this test: a press report of a Deputy Prime Minister's visit; a
    speaker's "nêu rõ" frames a lowercase body, which a province's name closes."""
    report = ("Phó Thủ tướng đề nghị Quảng Nam hết sức chú ý ứng phó với mưa lũ. Phó Thủ tướng nêu rõ chính quyền "
              "các cấp tỉnh Quảng Nam cần tìm kiếm bằng được những người còn mất tích.\n")
    leads = [[a.name for a in t.lead] for t in extract_text(report).tasks]
    assert leads == [["UBND tỉnh Quảng Nam"], ["chính quyền các cấp tỉnh Quảng Nam"]]


def test_a_teaser_cut_short_above_its_paragraph_is_read_once() -> None:
    """A fixture written for this test: a news page that prints the first words of its paragraph
    above it; a forest protection department's mobile team is a body."""
    page = ("Chi cục Kiểm lâm vừa có công văn yêu cầu các Hạt Kiểm lâm, Đội Kiểm lâm cơ động và phòng cháy, "
            "chữa cháy rừng ...\n\nChi cục Kiểm lâm vừa có công văn yêu cầu các Hạt Kiểm lâm, Đội Kiểm lâm cơ động "
            "và phòng cháy, chữa cháy rừng (PCCCR) tăng cường tuyên truyền về phòng cháy rừng.\n")
    tasks = extract_text(page).tasks
    assert [[a.name for a in t.lead] for t in tasks] == [
        ["Hạt Kiểm lâm", "Đội Kiểm lâm cơ động và phòng cháy, chữa cháy rừng"]]
    assert tasks[0].action.startswith("tăng cường")


def test_a_headline_repeated_over_the_photos_is_no_task() -> None:
    """A fixture written for this test: a news page prints its headline again as its photos' captions;
    the article's paragraph says who must act."""
    headline = "Chủ tịch UBND tỉnh yêu cầu tạm đình chỉ 2 Đội trưởng Quản lý thị trường"
    page = (f"Thời sự\n\n{headline}\n\nSáng 27/1, Chủ tịch UBND tỉnh đã đi kiểm tra đột xuất các chợ.\n\n{headline}\n\n"
            "Chủ tịch UBND tỉnh yêu cầu Sở Công Thương tạm đình chỉ công tác Đội trưởng đội Quản lý thị trường "
            f"huyện Thạch Hà.\n\n{headline}\n")
    tasks = extract_text(page).tasks
    assert [[a.name for a in t.lead] for t in tasks] == [["Sở Công Thương"]]


def test_the_body_a_list_of_addressees_stresses_is_one_of_them() -> None:
    """A fixture written for this test: a report of a Party secretary's visit after a flood."""
    report = ("Đồng chí Bí thư yêu cầu cấp ủy, chính quyền địa phương, các ban ngành, đoàn thể, nhất là lực lượng vũ "
              "trang cần tiếp tục theo dõi diễn biến thời tiết.\n")
    leads = [[a.name for a in t.lead] for t in extract_text(report).tasks]
    assert leads == [["cấp ủy, chính quyền địa phương, các ban ngành, đoàn thể", "lực lượng vũ trang"]]


@pytest.mark.parametrize("report", [
    # a leader's visit, reported
    "Đồng chí Nguyễn Văn Bình, Phó Chủ tịch UBND tỉnh kiểm tra tại Trạm Kiểm dịch động vật Hòa Bình.\n",
    "Chủ tịch UBND tỉnh kiểm tra thực địa tại các công trình.\n",
    "Lãnh đạo Thành ủy đến tận nơi thăm hỏi và trao quà người dân địa phương.\n",
    # the letter that conveys a leader's opinion, and a photo's caption that places the people in it
    "Văn phòng UBND tỉnh truyền đạt ý kiến chỉ đạo của đồng chí Nguyễn Văn Bình, Phó Chủ tịch UBND tỉnh về việc "
    "tăng cường công tác phòng, chống dịch.\n",
    "Chủ tịch UBND tỉnh Nguyễn Văn Bình (bìa trái) và Phó Chủ tịch UBND tỉnh Trần Văn Cường (bìa phải) cùng dự "
    "buổi làm việc.\n",
])
def test_what_a_leader_visits_conveys_or_poses_for_is_no_task(report: str) -> None:
    """A fixture written for this test: sentences of press reports and of a provincial office's letter."""
    assert extract_text(report).tasks == []


def test_a_department_inspecting_sites_is_still_charged() -> None:
    """A fixture written for this test: only an authority's visit is news."""
    assert [[a.name for a in t.lead] for t in extract_text(
        "Sở Y tế kiểm tra tại các bệnh viện về công tác phòng dịch.\n").tasks] == [["Sở Y tế"]]


def test_what_a_chairman_approves_at_the_meeting_is_no_task_but_his_request_is() -> None:
    """A fixture written for this test: a report of an election committee's meeting."""
    report = ("Kết luận buổi làm việc, đồng chí Nguyễn Văn Bình, Chủ tịch UBND huyện, Chủ tịch Ủy ban bầu cử huyện "
              "thông qua danh sách 60 người ứng cử. Đồng thời, yêu cầu các thành viên trong Ủy ban bầu cử thực hiện "
              "tốt các nhiệm vụ đã được phân công.\n")
    assert [[a.name for a in t.lead] for t in extract_text(report).tasks] == [
        ["các thành viên trong Ủy ban bầu cử"]]


@pytest.mark.parametrize("sentence,lead", [
    # a basis between the subject and its action, as "căn cứ" stands there
    ("Các sở, ban, ngành thành phố, trên cơ sở số hộ nghèo và căn cứ chức năng, nhiệm vụ được giao, phối hợp "
     "chỉ đạo thực hiện các chính sách.\n", "Các sở, ban, ngành thành phố"),
    # on duty round the clock
    ("Công văn yêu cầu: Chủ tịch UBND quận, huyện ứng trực 24/24 giờ để theo dõi tình hình.\n",
     "Chủ tịch UBND quận, huyện"),
])
def test_a_subject_s_action_after_its_basis_or_on_duty(sentence: str, lead: str) -> None:
    """A fixture written for this test: sentences of reports of a city's letters."""
    assert [[a.name for a in t.lead] for t in extract_text(sentence).tasks] == [[lead]]


def test_a_letter_s_courtesy_close_is_no_task() -> None:
    """A fixture written for this test: a ministry's letter ends by asking its reader to see to it."""
    letter = ("Bộ đề nghị Sở Lao động báo cáo kết quả điều tra trước ngày 15/3/2016.\n\n"
              "Đề nghị đồng chí Giám đốc Sở quan tâm, chỉ đạo thực hiện./.\n")
    assert [[a.name for a in t.lead] for t in extract_text(letter).tasks] == [["Sở Lao động"]]


@pytest.mark.parametrize("sentence,lead", [
    ("Đối với các cơ quan báo chí của tỉnh, tăng cường thời lượng, chuyên trang, chuyên mục.\n",
     "các cơ quan báo chí của tỉnh"),
    ("Riêng đối với UBND các huyện: rà soát các hộ nghèo trước ngày 15/12.\n", "UBND các huyện"),
])
def test_a_body_set_as_the_clause_s_topic_is_charged_with_its_action(sentence: str, lead: str) -> None:
    """A fixture written for this test: items of a province's plan that open with the body they concern."""
    assert [[a.name for a in t.lead] for t in extract_text(sentence).tasks] == [[lead]]


def test_a_polite_reader_the_names_list_holds_is_still_the_letter_s_addressee() -> None:
    """A fixture written for this test: a general department's letter asks "Quý Cơ quan" for comments;
    a speaker after "Qua đây" who goes on directing the districts addresses them."""
    letter = ("Kính gửi: Cục Thống kê tỉnh, thành phố trực thuộc Trung ương\n\n"
              "Tổng cục Thống kê đề nghị Quý Cơ quan cho ý kiến về dự thảo Thông tư nêu trên.\n")
    assert [[a.name for a in t.lead] for t in extract_text(letter).tasks] == [
        ["Cục Thống kê tỉnh, thành phố trực thuộc Trung ương"]]
    report = ("Qua đây, Chủ tịch UBND thành phố tiếp tục lưu ý các quận, huyện tiếp tục đẩy mạnh thực hiện "
              "Năm trật tự và văn minh đô thị.\n")
    assert [[a.name for a in t.lead] for t in extract_text(report).tasks] == [["UBND các quận, huyện"]]


def test_an_office_named_by_its_title_alone_is_the_one_the_letter_goes_to() -> None:
    """A fixture written for this test: a ministry's letter to the directors of a department."""
    letter = ("Kính gửi: Giám đốc Sở Lao động - Thương binh và Xã hội các tỉnh, thành phố\n\n"
              "Bộ đề nghị Giám đốc Sở chỉ đạo triển khai điều tra lao động và tiền lương trong doanh nghiệp.\n")
    assert [[a.name for a in t.lead] for t in extract_text(letter).tasks] == [
        ["Giám đốc Sở Lao động - Thương binh và Xã hội các tỉnh, thành phố"]]


def test_what_a_directive_forbids_after_a_task_is_the_same_body_s_task() -> None:
    """A fixture written for this test: a Party committee's letter; a statement of what a place did
    not do is no prohibition."""
    letter = ("Thường trực Tỉnh ủy yêu cầu các cơ quan, đơn vị tăng cường thực hiện các biện pháp phòng, chống "
              "dịch. Không tổ chức các đoàn đi thăm, viếng nhân sự kiện kỷ niệm.\n")
    assert [[a.name for a in t.lead] for t in extract_text(letter).tasks] == [
        ["các cơ quan, đơn vị"], ["các cơ quan, đơn vị"]]
    assert extract_text("Năm 2020, tỉnh không tổ chức lễ hội.\n").tasks == []


def test_a_letter_asks_the_officials_it_is_sent_to_as_comrades() -> None:
    """A fixture written for this test: a working group's letter asks "các đồng chí" to act by a date;
    an official named after "đồng chí" is no such address."""
    letter = ("Kính gửi: Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương\n\n"
              "Tổ công tác đề nghị các đồng chí từ nay đến ngày 20 tháng 4 năm 2010 tổ chức hội nghị công bố kết "
              "quả rà soát thủ tục hành chính.\n")
    assert [[a.name for a in t.lead] for t in extract_text(letter).tasks] == [
        ["Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"]]


def test_a_request_told_by_its_subject_matter_is_no_task_of_its_own() -> None:
    """A fixture written for this test: a news page's lede tells what a request is about; the article
    then says what the body must do."""
    page = ("UBND TP. Hà Nội vừa chỉ đạo Sở Công Thương cùng một số đơn vị có liên quan về việc tổ chức bán hàng "
            "bình ổn giá. Theo đó, Sở Công Thương chủ trì tổ chức các điểm bán hàng tại các khu công nghiệp.\n")
    tasks = extract_text(page).tasks
    assert [(t.action.split()[0], [a.name for a in t.lead]) for t in tasks] == [("tổ", ["Sở Công Thương"])]


def test_figures_a_paragraph_cites_from_statistics_are_no_task_of_the_body_charged_before() -> None:
    """A fixture written for this test: a press report of a dispatch, then the figures it cites."""
    page = ("Thủ tướng Chính phủ yêu cầu Bộ Y tế, các địa phương tiếp tục thực hiện nghiêm công tác phòng, chống "
            "bệnh sởi.\n\nThống kê từ Bộ Y tế, đến đầu năm 2025, số ca mắc tiếp tục tăng, với 3.447 ca dương tính. "
            "Đáng chú ý, có 5 ca tử vong đã được ghi nhận.\n\nTheo thống kê, số ca mắc tập trung ở trẻ em.\n")
    tasks = extract_text(page).tasks
    assert [t.action.split()[0] for t in tasks] == ["tiếp"]


def test_an_item_naming_its_body_and_partners_without_an_action_heads_the_items_below() -> None:
    """A fixture written for this test: a dispatch's numbered items name a ministry and its partners, with
    no colon, over lettered actions."""
    text = ("Để đẩy mạnh quản lý thương mại điện tử, Thủ tướng Chính phủ yêu cầu:\n\n"
            "1. Bộ Công Thương chủ trì, phối hợp với các bộ, cơ quan liên quan\n\n"
            "a) Tiếp tục rà soát Luật thương mại và các văn bản quy phạm pháp luật liên quan.\n\n"
            "b) Tăng cường công tác cảnh báo, hướng dẫn người tiêu dùng qua thương mại điện tử.\n\n"
            "2. Bộ Công an chủ trì, phối hợp với các bộ, cơ quan liên quan\n\n"
            "a) Thúc đẩy triển khai cung cấp dịch vụ xác thực điện tử.\n")
    tasks = extract_text(text).tasks
    assert [(t.action.split()[0], [a.name for a in t.lead], [a.name for a in t.support]) for t in tasks] == [
        ("Tiếp", ["Bộ Công Thương"], ["các bộ, cơ quan liên quan"]),
        ("Tăng", ["Bộ Công Thương"], ["các bộ, cơ quan liên quan"]),
        ("Thúc", ["Bộ Công an"], ["các bộ, cơ quan liên quan"])]


def test_a_plan_item_s_labelled_lead_carries_out_the_request_its_text_makes() -> None:
    """A fixture written for this test: a ministry's plan items with labelled lines; the second asks a
    partner for staff, and its labelled lines name the units that carry it out."""
    text = ("KẾ HOẠCH\nTriển khai Chương trình phối hợp năm 2015\nII. NỘI DUNG\n1. Công tác xây dựng pháp luật\n"
            "b) Gửi dự kiến chương trình xây dựng luật năm 2016 cho Ủy ban Dân tộc.\n"
            "- Đơn vị chủ trì: Vụ Pháp chế.\n- Đơn vị phối hợp: Văn phòng Bộ.\n- Thời gian thực hiện: Quý I/2015.\n"
            "c) Đề nghị Ủy ban Dân tộc cử cán bộ tham gia Tổ biên tập các dự án luật do Bộ Tư pháp chủ trì soạn thảo.\n"
            "- Đơn vị chủ trì: Các đơn vị thuộc Bộ.\n- Đơn vị phối hợp: Văn phòng Bộ.\n"
            "- Thời gian thực hiện: Cả năm 2015.\n")
    tasks = extract_text(text).tasks
    assert [([a.name for a in t.lead], str(t.deadline.due)) for t in tasks] == [
        (["Vụ Pháp chế"], "2015-03-31"), (["Các đơn vị thuộc Bộ"], "2015-12-31")]


def test_the_layout_a_decision_prescribes_for_a_card_assigns_nothing() -> None:
    """A fixture written for this test: a decision gives a card's layout, line by line, under its article."""
    text = ("QUYẾT ĐỊNH:\nĐiều 1. Giao Bảo hiểm xã hội Bộ Quốc phòng phát hành thẻ bảo hiểm y tế theo mẫu sau:\n"
            "1. Mặt trước của thẻ:\n- Trên cùng in dòng chữ “THẺ BẢO HIỂM Y TẾ” màu xanh, cỡ chữ 12;\n"
            "- Tiếp dưới là vị trí để dán ảnh của người được cấp thẻ;\n"
            "- Dưới cùng in dấu của cơ quan cấp thẻ, đường kính 21 mm màu đỏ.\n")
    assert [t.action for t in extract_text(text).tasks] == []


def test_groups_of_labelled_lines_under_one_heading_make_its_content_one_task() -> None:
    """A fixture written for this test: a programme whose sub-items a crawl left without tasks of their
    own, each group followed by its labelled lines: the heading's content is one task, not one per group."""
    text = (
            "II. NỘI DUNG HOẠT ĐỘNG\n"
            "1. Tăng cường sự lãnh đạo của cấp ủy trong xây dựng quan hệ lao động hài hòa\n"
            "1.1. Tổ chức quán triệt Chỉ thị số 37-CT/TW cho cán bộ, công chức.\n"
            "1.2. Nâng cao vai trò, trách nhiệm của người đứng đầu.\n"
            "Tuyên truyền nâng cao nhận thức của người lao động và người sử dụng lao động.\n"
            "- Cơ quan thực hiện: Các sở, ban, ngành; Ủy ban nhân dân các huyện, thành phố.\n"
            "- Thời gian thực hiện: hoàn thành trong quý II/2020.\n"
            "1.3. Tiếp tục thực hiện Đề án tuyên truyền pháp luật cho người lao động.\n"
            "- Cơ quan thực hiện: Sở Lao động - Thương binh và Xã hội chủ trì, phối hợp với Liên đoàn Lao động tỉnh.\n"
            "- Thời gian thực hiện: Thực hiện thường xuyên.\n"
    )
    ids = [t.id for t in extract_text(text).tasks]
    assert len(ids) == len(set(ids)) >= 1


def test_the_party_cell_of_a_national_assembly_organ_heads_its_items() -> None:
    """A fixture written for this test: a Party plan whose lettered headings name the Party cell of each
    committee of the National Assembly, the items below them that cell's."""
    plan = ("2.2. Tổ đảng ở Thường trực các Ủy ban của Quốc hội, các Đoàn đại biểu Quốc hội theo chức năng, nhiệm vụ:\n"
            "a) Tổ đảng ở Thường trực Ủy ban Pháp luật\n- Chủ trì thẩm tra các dự án luật về tổ chức bộ máy nhà nước.\n"
            "b) Tổ đảng ở Thường trực Hội đồng Dân tộc\n- Tham gia thẩm tra chính sách, pháp luật thuộc lĩnh vực "
            "dân tộc.\n")
    leads = [[a.name for a in t.lead] for t in extract_text(plan).tasks]
    assert leads == [["Tổ đảng ở Thường trực Ủy ban Pháp luật"], ["Tổ đảng ở Thường trực Hội đồng Dân tộc"]]


# A fixture written for this test: a decision issuing a council's regulation of organisation.
# Its articles on how the council is made (its place, its make-up, the standards and the
# appointment of its members) charge none of the bodies they name; a duty a body is charged
# with, and the rule's making handed to a minister, are tasks in any article.
COUNCIL_REGULATION = (
    "THỦ TƯỚNG CHÍNH PHỦ\nSố: 17/2025/QĐ-TTg\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Hà Nội, ngày 10 tháng 3 năm 2025\n\nQUYẾT ĐỊNH\nBan hành Quy chế tổ chức và hoạt động của Hội đồng "
    "Dược điển Quốc gia\n\nĐiều 1. Ban hành kèm theo Quyết định này Quy chế tổ chức và hoạt động của Hội đồng "
    "Dược điển Quốc gia.\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.\n\nNơi nhận:\n- Như Điều 2;\n"
    "- Lưu: VT.\n\nKT. THỦ TƯỚNG\nPHÓ THỦ TƯỚNG\nTrần Văn Nam\n\n"
    "QUY CHẾ\nTỔ CHỨC VÀ HOẠT ĐỘNG CỦA HỘI ĐỒNG DƯỢC ĐIỂN QUỐC GIA\n"
    "(Ban hành kèm theo Quyết định số 17/2025/QĐ-TTg ngày 10 tháng 3 năm 2025 của Thủ tướng Chính phủ)\n\n"
    "Điều 1. Vị trí pháp lý\nHội đồng Dược điển Quốc gia là tổ chức tư vấn do Thủ tướng Chính phủ thành lập.\n"
    "Điều 2. Cơ cấu tổ chức của Hội đồng\n1. Văn phòng Hội đồng:\n"
    "a) Văn phòng Hội đồng có Chánh Văn phòng và các Phó Chánh Văn phòng;\n"
    "b) Văn phòng Hội đồng hoạt động theo quy chế do Bộ trưởng Bộ Y tế ban hành.\n"
    "Điều 3. Tiêu chuẩn thành viên Ban chuyên môn\n1. Trưởng Ban chuyên môn:\n"
    "- Có bằng tiến sĩ thuộc lĩnh vực dược;\n- Có kinh nghiệm quản lý ít nhất 10 năm.\n"
    "2. Bộ trưởng Bộ Y tế hướng dẫn cụ thể tiêu chuẩn chuyên môn của thành viên Ban chuyên môn.\n"
    "Điều 4. Quy trình bổ nhiệm Ủy viên Hội đồng\n"
    "- Văn phòng Hội đồng tổng hợp danh sách ứng viên được giới thiệu.\n"
    "- Chánh Văn phòng Hội đồng trình Chủ tịch Hội đồng quyết định bổ nhiệm.\n"
    "Điều 5. Chế độ làm việc, thông tin và báo cáo\nCác thành viên Hội đồng có trách nhiệm báo cáo Chủ tịch "
    "Hội đồng tình hình thực hiện nhiệm vụ được phân công.\n"
    "Điều 6. Mối quan hệ công tác\nVăn phòng Hội đồng có trách nhiệm báo cáo Bộ Y tế kết quả hoạt động "
    "của Hội đồng trước ngày 15 tháng 12 hằng năm.\n"
)


def test_a_regulation_s_articles_on_how_a_body_is_made_assign_nothing() -> None:
    tasks = extract_text(COUNCIL_REGULATION).tasks
    assert [(t.lead[0].name, " ".join(t.action.split()[:2])) for t in tasks] == [
        ("Bộ trưởng Bộ Y tế", "hướng dẫn"),
        ("Các thành viên Hội đồng", "có trách"),
        ("Văn phòng Hội đồng", "có trách"),
    ]


# A fixture written for this test: a decree's article on its entry into force, which hands the
# decree's guidance to a minister "chịu trách nhiệm hướng dẫn thi hành".
DECREE_IN_FORCE = (
    "CHÍNH PHỦ\nSố: 41/2004/NĐ-CP\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Hà Nội, ngày 12 tháng 2 năm 2004\n\nNGHỊ ĐỊNH\nQuy định việc quản lý quỹ dự trữ\n\n"
    "Điều 1. Phạm vi điều chỉnh\nNghị định này quy định việc quản lý quỹ dự trữ.\n"
    "Điều 9. Hiệu lực thi hành\n1. Nghị định này có hiệu lực sau 15 ngày kể từ ngày đăng Công báo.\n"
    "2. Bộ trưởng Bộ Tài chính chịu trách nhiệm hướng dẫn thi hành Nghị định này.\n"
)


def test_a_decree_s_guidance_handed_to_a_minister_in_its_article_on_force_is_a_task() -> None:
    tasks = extract_text(DECREE_IN_FORCE).tasks
    assert [(t.lead[0].name, t.action) for t in tasks] == [
        ("Bộ trưởng Bộ Tài chính", "chịu trách nhiệm hướng dẫn thi hành Nghị định này")]


# A fixture written for this test: a ministry's letter sending a guide. The guide's measures bind
# whom they concern; its part on who does what assigns the bodies it names.
GUIDE_LETTER = (
    "BỘ Y TẾ\nSố: 2210/BYT-MT\nV/v hướng dẫn phòng dịch tại cơ sở lưu trú\n\n"
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nHà Nội, ngày 12 tháng 5 năm 2022\n\n"
    "Kính gửi: Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương.\n\n"
    "Bộ Y tế gửi kèm Hướng dẫn phòng dịch tại cơ sở lưu trú và đề nghị Ủy ban nhân dân các tỉnh tổ chức "
    "triển khai Hướng dẫn trên địa bàn.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nKT. BỘ TRƯỞNG\n"
    "THỨ TRƯỞNG\nNguyễn Văn Bình\n\n"
    "HƯỚNG DẪN\nPHÒNG DỊCH TẠI CƠ SỞ LƯU TRÚ\n(Kèm theo Công văn số 2210/BYT-MT ngày 12/5/2022 của Bộ Y tế)\n\n"
    "I. CÁC YÊU CẦU TẠI CƠ SỞ LƯU TRÚ\n"
    "- Đơn vị, tổ chức mời khách lập danh sách khách lưu trú với đầy đủ thông tin liên lạc.\n"
    "- Bố trí điểm rửa tay với xà phòng tại sảnh và hành lang.\n"
    "- Khử khuẩn phòng nghỉ sau mỗi lượt khách trả phòng.\n"
    "II. PHÂN CÔNG THỰC HIỆN\n1. Sở Y tế:\n"
    "- Kiểm tra, giám sát việc thực hiện Hướng dẫn tại các cơ sở lưu trú trên địa bàn.\n\n"
    "PHỤ LỤC\nKHỬ KHUẨN TẠI CƠ SỞ LƯU TRÚ\n"
    "1. Khử khuẩn phòng nghỉ\n- Tăng cường thông khí bằng cách mở cửa sổ, sử dụng quạt thông gió.\n"
    "- Lau khử khuẩn bề mặt bằng dung dịch chứa 0,1% Clo hoạt tính.\n"
)


def test_a_guide_s_measures_bind_whom_they_concern_and_its_assignments_charge_bodies() -> None:
    tasks = extract_text(GUIDE_LETTER).tasks
    assert [(t.lead[0].name, " ".join(t.action.split()[:2])) for t in tasks] == [
        ("Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương", "tổ chức"),  # the addressee, named short
        # "Đơn vị, tổ chức mời khách lập danh sách ...": whoever invites guests, a measure, not a body charged
        ("Sở Y tế", "Kiểm tra,"),
    ]


# A fixture written for this test: a department's letter that names its addressee short in its items.
SHORT_NAMED_ADDRESSEE = (
    "BỘ TÀI CHÍNH\nTỔNG CỤC THUẾ\nSố: 4120/TCT-TTKT\nV/v tăng cường thanh tra thuế\n\n"
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nHà Nội, ngày 02 tháng 10 năm 2022\n\n"
    "Kính gửi: Cục Thuế các tỉnh, thành phố trực thuộc Trung ương.\n\n"
    "Tổng cục Thuế yêu cầu:\n1. Cục Thuế rà soát các doanh nghiệp kinh doanh trên nền tảng số.\n"
    "2. Cục Thuế các tỉnh báo cáo kết quả về Tổng cục Thuế trước ngày 15/12/2022.\n"
)


def test_an_addressee_named_short_is_the_addressee() -> None:
    tasks = extract_text(SHORT_NAMED_ADDRESSEE).tasks
    assert [t.lead[0].name for t in tasks] == ["Cục Thuế các tỉnh, thành phố trực thuộc Trung ương"] * 2


# A fixture written for this test: a department's guidance to a group its addressee line names by their role,
# named short in the body, and a body named without its city's name after the one it goes to.
ROLE_NAMED_ADDRESSEE = (
    "UBND TỈNH YÊN BÁI\nSỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nSố: 812/SNNMT-KS\n\n"
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nYên Bái, ngày 04 tháng 8 năm 2025\n\n"
    "Kính gửi: Các doanh nghiệp kinh doanh vật liệu xây dựng trên địa bàn tỉnh\n\n"
    "Sở Nông nghiệp và Môi trường đề nghị các doanh nghiệp thực hiện các nội dung sau:\n"
    "1. Rà soát hồ sơ cấp phép và báo cáo kết quả trước ngày 30/8/2025.\n"
    "2. Lập sổ theo dõi sản lượng theo mẫu ban hành kèm theo Thông tư.\n"
)


def test_a_group_its_addressee_line_names_by_its_role_is_the_addressee_in_the_body() -> None:
    tasks = extract_text(ROLE_NAMED_ADDRESSEE).tasks
    assert [t.lead[0].name for t in tasks] == ["Các doanh nghiệp kinh doanh vật liệu xây dựng trên địa bàn tỉnh"] * 2


# A fixture written for this test: a Government notice whose numbered items open with a run-in title,
# then the body that names who acts ("2. Hoàn thiện ...: Các bộ khẩn trương ...").
RUN_IN_TITLES = (
    "VĂN PHÒNG CHÍNH PHỦ\nSố: 512/TB-VPCP\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\nHà Nội, ngày 20 tháng 10 năm 2025\n\nTHÔNG BÁO\n"
    "Kết luận của Thủ tướng Chính phủ tại cuộc họp về cải cách thủ tục hành chính\n\n"
    "II. NHIỆM VỤ THỜI GIAN TỚI\n"
    "1. Quyết liệt trong chỉ đạo, điều hành: Bộ Nội vụ chủ trì tổng hợp kết quả cải cách hành chính, "
    "báo cáo Thủ tướng Chính phủ trước ngày 15 tháng 12 năm 2025.\n"
    "2. Hoàn thiện thể chế về dịch vụ công: Các bộ khẩn trương trình Chính phủ ban hành các Nghị định "
    "hướng dẫn Luật, bảo đảm đúng thời điểm có hiệu lực của Luật.\n"
)


def test_a_run_in_title_before_its_colon_gives_way_to_the_body_s_subject() -> None:
    tasks = extract_text(RUN_IN_TITLES).tasks
    assert [(t.lead[0].name, t.action.split()[0]) for t in tasks] == [
        ("Bộ Nội vụ", "tổng"), ("Các bộ", "khẩn")]


def test_a_published_procedure_s_field_is_no_run_in_title() -> None:
    """A fixture written for this test: a procedure a decision publishes, its field labelled before its colon."""
    text = ("QUYẾT ĐỊNH\nCông bố thủ tục hành chính\n\nPHỤ LỤC\n3. Lập kế hoạch phát triển vùng sản xuất\n\n"
            "a) Trình tự thực hiện: Ủy ban nhân dân cấp tỉnh lập kế hoạch phát triển vùng sản xuất phù hợp với "
            "quy hoạch.\n")
    assert extract_text(text).tasks == []


# A fixture written for this test: a ministry's plan saved as Markdown, whose signature table runs
# straight into its annex and the annex's task table, with no blank line between them.
PLAN_WITH_ANNEX_TABLE = (
    "| BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc |\n"
    "| --- | --- |\n| Số: 15/KH-BTNMT | *Hà Nội, ngày 06 tháng 8 năm 2024* |\n\n"
    "**KẾ HOẠCH**\n**Triển khai công tác kiểm kê khí nhà kính**\n\n"
    "Các đơn vị thực hiện các nhiệm vụ tại Phụ lục kèm theo Kế hoạch này./.\n"
    "| *Nơi nhận:* - Bộ trưởng (để báo cáo); - Lưu: VT. | KT. BỘ TRƯỞNG THỨ TRƯỞNG Trần Văn Minh |\n"
    "| --- | --- |\nPHỤ LỤC\nCÁC NHIỆM VỤ THỰC HIỆN KẾ HOẠCH\n"
    "| TT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian thực hiện |\n"
    "| --- | --- | --- | --- | --- |\n"
    "| 1. | Xây dựng cơ sở dữ liệu kiểm kê khí nhà kính. | Cục Biến đổi khí hậu | Vụ Pháp chế | Tháng 8/2024 |\n"
    "| 2. | Tổ chức tập huấn về kiểm kê khí nhà kính. | Cục Biến đổi khí hậu | Vụ Môi trường | Quý IV/2024 |\n"
)


def test_an_annex_table_run_into_the_signature_table_gives_one_task_per_row() -> None:
    tasks = extract_text(PLAN_WITH_ANNEX_TABLE).tasks
    rows = [t for t in tasks if t.rule == "table_row"]
    assert [(t.lead[0].name, [s.name for s in t.support], t.deadline.due.isoformat()) for t in rows] == [
        ("Cục Biến đổi khí hậu", ["Vụ Pháp chế"], "2024-08-31"),
        ("Cục Biến đổi khí hậu", ["Vụ Môi trường"], "2024-12-31"),
    ]
    assert [t.span.text.split("|")[0].strip() for t in rows] == ["1.", "2."]  # the row, from its number


# A fixture written for this test: a decision that approves a scheme written into its Điều 1; the
# scheme's items name nobody, and its last part names the ministry that carries it out, with its
# partners between "chủ trì" and the scheme.
SCHEME_IN_ITS_DECISION = (
    "THỦ TƯỚNG CHÍNH PHỦ\nSố: 1450/QĐ-TTg\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Hà Nội, ngày 12 tháng 11 năm 2013\n\nQUYẾT ĐỊNH\nPhê duyệt Đề án quản lý chất thải nguy hại\n\n"
    "THỦ TƯỚNG CHÍNH PHỦ\nQUYẾT ĐỊNH:\n"
    "Điều 1. Phê duyệt Đề án quản lý chất thải nguy hại với những nội dung sau:\n"
    "I. NHIỆM VỤ CỦA ĐỀ ÁN\n"
    "- Xây dựng cơ sở dữ liệu quốc gia về chất thải nguy hại.\n"
    "- Tổ chức tập huấn cho cán bộ quản lý môi trường cấp tỉnh.\n"
    "II. TỔ CHỨC THỰC HIỆN ĐỀ ÁN\n"
    "1. Bộ Tài nguyên và Môi trường chủ trì, phối hợp với các Bộ, ngành có liên quan tổ chức thực hiện Đề án.\n"
    "2. Bộ Tài chính bố trí kinh phí thực hiện Đề án.\n"
)


def test_a_scheme_s_items_are_its_content_and_its_assignments_the_tasks() -> None:
    """The items a decision approves as a scheme's tasks name nobody: the scheme's content, which its
    "Tổ chức thực hiện" gives the Bộ as a whole."""
    tasks = extract_text(SCHEME_IN_ITS_DECISION).tasks
    assert [t.lead[0].name for t in tasks] == ["Bộ Tài nguyên và Môi trường", "Bộ Tài chính"]


# A fixture written for this test: a decision that delegates a power to a department's director and
# sets the delegate's duties in items that name nobody.
DELEGATION_DECISION = (
    "ỦY BAN NHÂN DÂN\nTỈNH YÊN BÁI\nSố: 612/QĐ-UBND\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\nYên Bái, ngày 10 tháng 9 năm 2025\n\nQUYẾT ĐỊNH\n"
    "Về việc ủy quyền cho Giám đốc Sở Y tế cấp giấy phép hoạt động khám bệnh, chữa bệnh\n\n"
    "ỦY BAN NHÂN DÂN TỈNH YÊN BÁI\nQUYẾT ĐỊNH:\n"
    "Điều 1. Ủy quyền cho Giám đốc Sở Y tế cấp giấy phép hoạt động khám bệnh, chữa bệnh trên địa bàn tỉnh.\n"
    "Điều 2. Điều kiện ủy quyền\n"
    "1. Chuẩn bị các nguồn lực để bảo đảm thực hiện các nhiệm vụ được ủy quyền.\n"
    "2. Báo cáo kết quả thực hiện nhiệm vụ được ủy quyền cho Ủy ban nhân dân tỉnh trước ngày 15 tháng 12 năm 2025.\n"
)


def test_a_delegation_s_unnamed_duties_are_the_delegate_s() -> None:
    tasks = extract_text(DELEGATION_DECISION).tasks
    assert [(t.action.split()[0], t.lead[0].name, t.rule) for t in tasks] == [
        ("Chuẩn", "Giám đốc Sở Y tế", "coordinator"), ("Báo", "Giám đốc Sở Y tế", "coordinator")]


# A fixture written for this test: a plan's schedule as a crawl flattens it, a header of two rows
# ("Thực hiện" over "Đơn vị chủ trì | Đơn vị phối hợp"), the stages' numbers in the time column, and
# rows under merged cells that leave their time and lead to the row above.
SCHEDULE = """KẾ HOẠCH
Lập quy hoạch khoáng sản làm vật liệu xây dựng

Thời gian | Nội dung công việc | Cơ quan chịu trách nhiệm quản lý nhà nước | Thực hiện
 |  |  | Đơn vị chủ trì | Đơn vị phối hợp
I | GIAI ĐOẠN 1: LẬP NHIỆM VỤ QUY HOẠCH
1 | Lập nhiệm vụ quy hoạch
11/2019 | Xây dựng khung định hướng quy hoạch. | Cơ quan lập quy hoạch | Ban Quản lý quy hoạch | Vụ Pháp chế
 | Lấy ý kiến các Bộ, ngành và địa phương về dự thảo nhiệm vụ. |
 | tiếp theo của dòng trên mà trang web cắt xuống dòng |
12/2019 | Trình Thủ tướng Chính phủ phê duyệt nhiệm vụ. | Cơ quan lập quy hoạch | Vụ Vật liệu xây dựng | Văn phòng Bộ
"""


def test_a_schedule_with_a_two_row_header_and_merged_cells():
    tasks = extract_text(SCHEDULE).tasks
    assert [((t.span.text.split("|")[1] if "|" in t.span.text else t.span.text).strip()[:19],
             [a.name for a in t.lead], t.deadline.due.isoformat() if t.deadline else None) for t in tasks] == [
        ("Xây dựng khung định", ["Ban Quản lý quy hoạch"], "2019-11-30"),
        ("Lấy ý kiến các Bộ, ", ["Ban Quản lý quy hoạch"], "2019-11-30"),
        ("Trình Thủ tướng Chí", ["Vụ Vật liệu xây dựng"], "2019-12-31")]


def test_a_cell_s_bullet_is_no_part_of_the_action():
    """A fixture written for this test: a table whose activity cell keeps its "+" bullet."""
    plan = ("KẾ HOẠCH\nThực hiện chương trình\n\nTT | Nhóm | Hoạt động | Cơ quan chủ trì | Thời gian\n"
            "1 | Nhóm A | + Rà soát quy hoạch sử dụng đất. | Sở Tài nguyên và Môi trường | 2025\n")
    assert [t.action[:10] for t in extract_text(plan).tasks] == ["Rà soát qu"]


# A fixture written for this test: a ministry's guidance whose items bind whoever does something
# ("Đơn vị, tổ chức mời chuyên gia ...") beside items that charge a body by its name.
GUIDANCE = """BỘ Y TẾ
-------
Số: 120/BYT-MT

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Hà Nội, ngày 10 tháng 3 năm 2024

Kính gửi: Sở Y tế các tỉnh, thành phố trực thuộc Trung ương.

Bộ Y tế hướng dẫn việc đón chuyên gia nước ngoài vào làm việc ngắn ngày như sau:

{items}

Nơi nhận:
- Như trên;
- Lưu: VT.

KT. BỘ TRƯỞNG
THỨ TRƯỞNG

Nguyễn Văn A
"""


@pytest.mark.parametrize(("item", "leads"), [
    # bodies named by their kind, then a verb the lists lack: which of them, not what they must do
    ("1. Đơn vị, tổ chức mời chuyên gia chi trả toàn bộ kinh phí cho việc cách ly và xét nghiệm.", []),
    ("1. Người đứng đầu cơ quan mời chuyên gia bố trí nơi lưu trú riêng biệt cho chuyên gia.", []),
    ("1. Cơ quan, đơn vị nộp hồ sơ lưu giữ bản sao hồ sơ trong thời hạn 05 năm.", []),
    # a listed predicate after the kind, and a named body before a verb known by its tag, are tasks
    ("1. Các doanh nghiệp tiến hành rà soát danh sách chuyên gia đã nhập cảnh.", ["Các doanh nghiệp"]),
    ("1. Bộ Ngoại giao hoàn tất các thủ tục cấp thị thực cho chuyên gia.", ["Bộ Ngoại giao"]),
], ids=["inviting-units", "inviting-head", "submitting-bodies", "listed-verb", "named-body"])
def test_bodies_named_by_their_kind_are_subjects_only_of_a_listed_predicate(item: str, leads: list[str]) -> None:
    items = f"{item}\n2. Sở Y tế các tỉnh, thành phố theo dõi sức khỏe chuyên gia trong thời gian lưu trú."
    tasks = extract_text(GUIDANCE.format(items=items)).tasks
    assert [t.lead[0].name for t in tasks] == [*leads, "Sở Y tế các tỉnh, thành phố trực thuộc Trung ương"]


@pytest.mark.parametrize("announcer", [", gồm:", ". Danh mục bao gồm các nội dung chính sau đây:"])
def test_the_parts_a_lead_in_lists_open_with_nouns_only_listed_actions_are_tasks(announcer: str) -> None:
    """A fixture written for this test: a plan whose first lead-in lists what a body's list is made
    of ("..., gồm:"), where the tagger reads "Tài sản" as a verb, and whose second lists actions."""
    body = (f"1. Sở Tài chính tổng hợp danh mục tài sản đề nghị thanh lý tại các cơ quan, đơn vị{announcer}\n"
            "a) Tài sản công hết hạn sử dụng theo quy định về chế độ tính hao mòn tài sản cố định.\n"
            "b) Tài sản công bị hư hỏng không thể sửa chữa được hoặc việc sửa chữa không hiệu quả.\n"
            "2. Sở Y tế tiến hành kiểm tra, giám sát việc thực hiện Kế hoạch tại các cơ sở y tế, bao gồm:\n"
            "a) Kiểm tra việc trang bị thiết bị phòng cháy tại các bệnh viện tuyến tỉnh.\n"
            "b) Giám sát việc xử lý chất thải y tế tại các trung tâm y tế.\n")
    tasks = extract_text(HEADER + body + CLOSING).tasks
    assert [(t.lead[0].name, t.action.split()[0]) for t in tasks] == [("Sở Y tế", "Kiểm"), ("Sở Y tế", "Giám")]


def test_the_papers_an_item_lists_under_a_body_s_heading_are_no_tasks() -> None:
    """A fixture written for this test: under a body's heading, an item that makes a file lists
    its papers ("..., bao gồm:"), capitalised like actions; the next item is an action again."""
    body = ("III. TỔ CHỨC THỰC HIỆN\n1. Ủy ban nhân dân cấp xã:\n"
            "- Lập hồ sơ hoàn công cho từng hộ gia đình được hỗ trợ nhà ở, bao gồm:\n"
            "+ Đơn đề nghị hỗ trợ về nhà ở của hộ gia đình;\n"
            "+ Biên bản xác nhận hoàn thành xây dựng nhà ở đưa vào sử dụng (01 bản);\n"
            "+ Các chứng từ giải ngân nguồn vốn hỗ trợ.\n"
            "- Tổng hợp, báo cáo Ủy ban nhân dân tỉnh kết quả thực hiện hỗ trợ nhà ở trên địa bàn.\n")
    tasks = extract_text(HEADER + body + CLOSING).tasks
    assert [(t.lead[0].name, t.action.split()[0]) for t in tasks] == [("Ủy ban nhân dân cấp xã", "Tổng")]


@pytest.mark.parametrize(("item", "leads"), [
    # "theo quy định" after a body ends a clause, the tagger's verb "theo" opens no action of that body
    ("2. Giao Công an tỉnh chủ trì theo dõi việc thực hiện Kế hoạch này; định kỳ báo cáo kết quả thực hiện "
     "về Bộ Công an, Ủy ban nhân dân tỉnh theo quy định.", ["Công an tỉnh"]),
    # how often, after "theo", between a body and its duty
    ("2. Đội kiểm tra cấp huyện theo định kỳ hằng tháng phải có báo cáo hoạt động gửi Đội kiểm tra cấp tỉnh.",
     ["Đội kiểm tra cấp huyện"]),
], ids=["according-to", "periodically"])
def test_theo_is_no_action_of_the_body_before_it(item: str, leads: list[str]) -> None:
    """A fixture written for this test: a plan's item that ends on its report's addressees."""
    tasks = extract_text(HEADER + "III. TỔ CHỨC THỰC HIỆN\n1. Sở Tư pháp hướng dẫn các xã thực hiện Kế hoạch.\n"
                         + item + CLOSING).tasks
    assert [t.lead[0].name for t in tasks] == ["Sở Tư pháp", *leads]


# A fixture written for this test: a press report that tells what forces did, then the request made.
PRESS_NEWS = """Phó Thủ tướng chỉ đạo đấu tranh chống buôn lậu dịp cuối năm

(Chinhphu.vn) - Chiều 10/12, Phó Thủ tướng chủ trì cuộc họp về công tác chống buôn lậu.

Lực lượng Hải quan bắt giữ hơn 4 triệu bao thuốc lá vận chuyển trái phép tại Quảng Ninh.
Lực lượng Quản lý thị trường phát hiện tổng kho chứa hàng nhập lậu ở Lào Cai.

Phó Thủ tướng yêu cầu Bộ Công an chủ trì, phối hợp với Bộ Tài chính tăng cường kiểm soát tại các cửa khẩu trong dịp Tết.
"""


def test_a_press_report_s_news_of_what_bodies_did_is_no_task() -> None:
    """In a press report a body's action is news unless a listed predicate charges it; its tasks
    come from the requests it reports."""
    tasks = extract_text(PRESS_NEWS).tasks
    assert [(t.lead[0].name, t.rule) for t in tasks] == [("Bộ Công an", "addressee")]


@pytest.mark.parametrize(("case", "kept"), [
    # the duty lies in the consequent of a case: what is due then, whoever falls under it
    ("Trường hợp hồ sơ chưa đầy đủ thì phải thông báo bằng văn bản để bổ sung.", False),
    ("Nếu người lao động làm việc cho nhiều đơn vị thì người sử dụng lao động phải đóng bảo hiểm.", False),
    # the case, then an action of the item's body: its task
    ("Trường hợp có vướng mắc, báo cáo Ủy ban nhân dân tỉnh xem xét, giải quyết.", True),
], ids=["case-must", "case-class-must", "case-then-action"])
def test_what_is_due_in_a_case_is_no_task(case: str, kept: bool) -> None:
    """A fixture written for this test: a body's item, then a paragraph on a case."""
    body = ("III. TỔ CHỨC THỰC HIỆN\n1. Sở Nội vụ hướng dẫn các xã lập hồ sơ đề nghị hỗ trợ; định kỳ báo cáo kết quả."
            "\n\n" + case + "\n")
    tasks = extract_text(HEADER + body + CLOSING).tasks
    assert [t.action.split()[0] for t in tasks] == ["hướng", *(["Trường"] if kept else [])]


# A fixture written for this test: a ministry's programme whose annex lists the acts to draft. The
# annex's title names a list of documents (reference matter), its table gives a body per row.
DRAFTING_PROGRAMME = (
    "BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG\nSố: 59/QĐ-BTNMT\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\nHà Nội, ngày 08 tháng 01 năm 2024\n\nQUYẾT ĐỊNH\n"
    "Ban hành Chương trình hành động năm 2024\n\nQUYẾT ĐỊNH:\n\n"
    "Điều 1. Ban hành kèm theo Quyết định này Chương trình hành động năm 2024.\n"
    "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\n\nNơi nhận:\n- Như Điều 2;\n- Lưu: VT.\n\n"
    "BỘ TRƯỞNG\n\nĐặng Quốc Khánh\n\n"
    "PHỤ LỤC 01\nDANH MỤC VĂN BẢN QUY PHẠM PHÁP LUẬT NĂM 2024\n"
    "(Kèm theo Quyết định số 59/QĐ-BTNMT ngày 08 tháng 01 năm 2024)\n\n"
    "STT | Tên văn bản | Đơn vị chủ trì soạn thảo | Đơn vị cho ý kiến | Thời gian trình\n"
    "1 | Nghị định quy định chi tiết thi hành Luật Đất đai | Vụ Đất đai | Vụ Pháp chế | Tháng 9/2024\n"
    "2 | Thông tư hướng dẫn kiểm kê khí nhà kính | Cục Biến đổi khí hậu | Vụ Pháp chế | Tháng 10/2024\n"
)


@pytest.mark.parametrize("label", ["Tên văn bản", "Tên đề án ưu tiên", "Tên dự án trọng điểm"])
def test_an_annex_listing_acts_to_draft_gives_each_row_to_its_body(label: str) -> None:
    """A list of documents is reference matter, unless its table names the body in charge of each; the
    content's label may say which of them it lists ("Tên đề án ưu tiên")."""
    tasks = extract_text(DRAFTING_PROGRAMME.replace("Tên văn bản", label)).tasks
    assert [(t.rule, t.lead[0].name, [s.name for s in t.support], t.deadline.due.isoformat())
            for t in tasks] == [("table_row", "Vụ Đất đai", ["Vụ Pháp chế"], "2024-09-30"),
                                ("table_row", "Cục Biến đổi khí hậu", ["Vụ Pháp chế"], "2024-10-31")]


# A fixture written for this test: an annex whose first row charges two bodies, the second on a row of its
# own under the number, content and time cells merged over both.
SHARED_ROW_ANNEX = DRAFTING_PROGRAMME.split("PHỤ LỤC")[0] + (
    "PHỤ LỤC\nDANH MỤC ĐỀ ÁN ƯU TIÊN\n(Kèm theo Nghị quyết số 12/NQ-CP ngày 05 tháng 3 năm 2026 của Chính phủ)\n\n"
    "TT | Tên đề án ưu tiên | Cơ quan chủ trì | Cơ quan phối hợp | Thời hạn hoàn thành\n\n"
    "1 | Đề án tuyên truyền về phân loại rác thải tại nguồn. | Bộ Văn hóa, Thể thao và Du lịch | Bộ Công Thương"
    " | 2028\n\n"
    "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương | Sở Nông nghiệp và Môi trường\n\n"
    "2 | Đề án cải tạo các bãi chôn lấp rác thải. | Bộ Xây dựng | Bộ Tài chính | 2030\n"
)


def test_a_row_under_merged_cells_charges_another_body_with_the_task_above() -> None:
    tasks = extract_text(SHARED_ROW_ANNEX).tasks
    assert [([a.name for a in t.lead], [a.name for a in t.support]) for t in tasks] == [
        (["Bộ Văn hóa, Thể thao và Du lịch", "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương"],
         ["Bộ Công Thương", "Sở Nông nghiệp và Môi trường"]),
        (["Bộ Xây dựng"], ["Bộ Tài chính"]),
    ]


_CIRCULAR_HEADER = (
    "BỘ XÂY DỰNG\nSố: 05/2025/TT-BXD\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Hà Nội, ngày 10 tháng 3 năm 2025\n\nTHÔNG TƯ\nQuy định khung giá thuê nhà\n\nĐiều 5. Điều chỉnh khung giá\n"
    "1. Khung giá được áp dụng thống nhất.\n"
)


@pytest.mark.parametrize(("header", "case", "leads"), [
    # a rule's case, then the body it charges after a comma of the case's own ("..., Sở X chủ trì")
    (_CIRCULAR_HEADER, "2. Khi có thay đổi về cơ chế chính sách, giá thị trường dẫn đến mức giá không còn phù hợp, "
     "Sở Xây dựng chủ trì, phối hợp các ngành có liên quan tham mưu điều chỉnh.", ["Sở Xây dựng"]),
    (_CIRCULAR_HEADER, "2. Trường hợp phát sinh vướng mắc thì Sở Tài chính có trách nhiệm tổng hợp, báo cáo Bộ.",
     ["Sở Tài chính"]),
    # a rule's case whose body acts without a charge: the procedure of the case, no task
    (_CIRCULAR_HEADER, "2. Trường hợp hồ sơ chưa đầy đủ, Sở Xây dựng thông báo cho tổ chức bổ sung.", []),
    # a plan's case: the body charged after it is the subject all the same
    (HEADER + "III. TỔ CHỨC THỰC HIỆN\n", "1. Khi có vướng mắc về giá, chi phí, Sở Tài chính chủ trì, phối hợp "
     "với các sở tham mưu Ủy ban nhân dân tỉnh xử lý.", ["Sở Tài chính"]),
], ids=["rule-comma-lead", "rule-then-charged", "rule-procedure", "plan-comma-lead"])
def test_a_body_charged_after_a_case_has_the_task(header: str, case: str, leads: list[str]) -> None:
    """A fixture written for this test: a case, then maybe a body charged with what it calls for."""
    tasks = extract_text(header + case + CLOSING).tasks
    assert [t.lead[0].name for t in tasks] == leads


def test_a_time_sentence_of_its_own_line_sets_the_article_s_deadline() -> None:
    """A fixture written for this test: a decision's article whose time limit, counted in working
    days from the decision, is a sentence of seventeen words on a line of its own."""
    header = ("ỦY BAN NHÂN DÂN\nTỈNH BẮC NINH\nSố: 1509/QĐ-UBND\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
              "Độc lập - Tự do - Hạnh phúc\nBắc Ninh, ngày 20 tháng 11 năm 2025\n\nQUYẾT ĐỊNH\n"
              "Công bố thủ tục hành chính\n\nQUYẾT ĐỊNH:\n\n")
    body = ("Điều 1. Công bố kèm theo Quyết định này 02 thủ tục hành chính.\n"
            "Điều 2. Sở Nội vụ có trách nhiệm\nphối hợp Văn phòng UBND tỉnh công khai Quyết định\n"
            "này trên Cổng Thông tin điện tử tỉnh.\nThời\nhạn hoàn thành chậm nhất 05 ngày làm việc kể từ ngày "
            "ban hành Quyết định.\nĐiều 3. Quyết định có hiệu lực kể từ ngày ký.")
    tasks = extract_text(header + body + CLOSING).tasks
    assert [(t.lead[0].name, t.deadline.kind, t.deadline.due.isoformat()) for t in tasks] == [
        ("Sở Nội vụ", "relative", "2025-11-27")]


_PARTY_RESOLUTION = (
    "TỈNH ỦY LÀO CAI\n*\nSố {number}\n\n{motto}\nLào Cai, ngày 27 tháng 12 năm 2025\n\nNGHỊ QUYẾT\n"
    "CỦA BAN THƯỜNG VỤ TỈNH ỦY\nvề phát triển các khu công nghiệp\n\nTrên cơ sở đó, Ban Thường vụ Tỉnh ủy ban "
    "hành Nghị quyết về phát triển các khu công nghiệp như sau:\n\nI. NHIỆM VỤ VÀ GIẢI PHÁP\n1. Tăng cường hiệu "
    "lực quản lý nhà nước đối với các khu công nghiệp.\n2. Hoàn thành việc điều chỉnh quy hoạch tỉnh.\n\n"
    "II. TỔ CHỨC THỰC HIỆN\n1. Các cấp ủy, tổ chức đảng, chính quyền tổ chức quán triệt Nghị quyết này.\n\n"
    "Nơi nhân:\n- Các cơ quan tham mưu, giúp việc Tỉnh ủy,\n- Lưu Văn phòng Tỉnh ủy.\n\nT/M BAN THƯỜNG VỤ\nBÍ THƯ\n"
)


def test_a_party_resolution_sets_a_programme_its_implementers_carry_out() -> None:
    """A fixture written for this test: a provincial Party committee's resolution ("34-NQ/TU"), whose
    standing committee enacts it as the issuer does, whose programme names nobody and is carried out by
    the bodies named first under "TỔ CHỨC THỰC HIỆN", and whose recipients a scan headed "Nơi nhân:"."""
    result = extract_text(_PARTY_RESOLUTION.format(number="34-NQ/TU", motto="ĐẢNG CỘNG SẢN VIỆT NAM"))
    assert [(t.rule, [a.name for a in t.lead]) for t in result.tasks] == [
        ("subject", ["Các cấp ủy, tổ chức đảng, chính quyền"])]


def test_a_state_resolution_binds_only_the_bodies_it_names() -> None:
    """The same fixture numbered as a council's resolution ("34/2025/NQ-HĐND"): a rule, whose items
    that name nobody charge nobody."""
    result = extract_text(_PARTY_RESOLUTION.format(number="34/2025/NQ-HĐND",
                                                   motto="CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"))
    assert [t.rule for t in result.tasks] == ["subject"]


def test_what_a_conference_resolves_is_no_task_of_the_body_it_charges_before() -> None:
    """A fixture written for this test: a Central Committee's resolution, whose decisions ("Đồng ý
    chủ trương ...", "Cơ bản thống nhất ...") follow a charge to the Politburo."""
    text = ("BAN CHẤP HÀNH TRUNG ƯƠNG\n*\nSố 60-NQ/TW\n\nĐẢNG CỘNG SẢN VIỆT NAM\nHà Nội, ngày 12 tháng 4 năm 2025\n\n"
            "NGHỊ QUYẾT\nHỘI NGHỊ LẦN THỨ 11\n\nQUYẾT NGHỊ\n\n1. Giao Bộ Chính trị chỉ đạo hoàn thiện các dự thảo "
            "văn kiện.\n\n2. Về sắp xếp bộ máy:\n(1) Đồng ý chủ trương sắp xếp, tinh gọn bộ máy các cơ quan.\n"
            "(2) Thống nhất chủ trương kết thúc hoạt động của công đoàn viên chức.\n")
    tasks = extract_text(text).tasks
    assert [t.action[:22] for t in tasks] == ["chỉ đạo hoàn thiện các"]


def test_a_purpose_keeps_its_bodies_and_the_time_after_it_is_the_action_s() -> None:
    """A fixture written for this test: a guide to issue "để các bộ ... thực hiện ..." (a purpose,
    whose bodies do not act here), then after ";" the time the guide is due by."""
    text = ("1. Bộ Công an chủ trì, phối hợp các bộ, cơ quan liên quan ban hành hướng dẫn để các bộ, ngành, địa "
            "phương thực hiện việc rà soát chất lượng các cơ sở dữ liệu; hoàn thành việc ban hành hướng dẫn trước "
            "ngày 25 tháng 11 năm 2025.\n")
    tasks = extract_text(text).tasks
    assert [[a.name for a in t.lead] for t in tasks] == [["Bộ Công an"]]
    assert str(tasks[0].deadline.due) == "2025-11-25"


@pytest.mark.parametrize("item", [
    "2. Trên cơ sở danh sách doanh nghiệp thuộc kế hoạch thanh tra năm 2025 đã được phê duyệt, tiến hành rà soát, "
    "tập trung thanh tra trước đối với doanh nghiệp có rủi ro cao.",
    "2. Căn cứ tình hình thực tế tại địa phương và kết quả kiểm tra năm trước, xây dựng kế hoạch kiểm tra năm 2025.",
    "2. Để bảo đảm tiến độ giải ngân vốn đầu tư công năm 2025 theo chỉ đạo của Thủ tướng Chính phủ, rà soát các dự án "
    "chậm tiến độ.",
])
def test_an_item_that_opens_with_its_grounds_is_the_action_after_them(item: str) -> None:
    """Fixtures written for this test: an item under a lead-in whose grounds or purpose run long
    before its action, after a comma."""
    text = f"UBND tỉnh yêu cầu Giám đốc các Sở thực hiện các công việc sau:\n1. Tổ chức quán triệt Chỉ thị.\n{item}\n"
    tasks = extract_text(text).tasks
    assert [[a.name for a in t.lead] for t in tasks] == [["Giám đốc các Sở"]] * 2


def test_a_letter_s_items_numbered_with_a_slash_are_items() -> None:
    """A fixture written for this test: an older letter numbering its items "1/", "2/" under its
    lead-in; each item is a task of the addressee, its sentences one task."""
    letter = ("Kính gửi: Cục Thuế các tỉnh, thành phố.\n\nTổng cục Thuế yêu cầu Cục Thuế các tỉnh, thành phố thực "
              "hiện một số công việc như sau:\n\n1/ Tổ chức quán triệt nhiệm vụ đến từng phòng. Chú trọng công tác "
              "chuẩn bị trước khi thanh tra.\n\n2/ Đẩy mạnh công tác trao đổi nghiệp vụ thanh tra, kiểm tra thuế.\n")
    tasks = extract_text(letter).tasks
    assert [t.action[:18] for t in tasks] == ["Tổ chức quán triệt", "Đẩy mạnh công tác "]
    assert all([a.name for a in t.lead] == ["Cục Thuế các tỉnh, thành phố"] for t in tasks)


def test_points_under_a_lettered_item_are_its_children() -> None:
    """A fixture written for this test: a letter's lettered item whose lead-in lists, as points
    "a.1)", "a.2)", the procedures a customs office no longer asks for; those points are things, not
    tasks, and the lettered item after them is the addressee's task again."""
    letter = ("Kính gửi: Cục Hải quan các tỉnh, thành phố.\n\nTổng cục Hải quan hướng dẫn thực hiện như sau:\n\n"
              "1. Về thủ tục đối với hàng gia công\n\na) Kể từ ngày 01/4/2025, cơ quan hải quan không yêu cầu người "
              "khai hải quan thực hiện các thủ tục sau:\n\na.1) Thủ tục thông báo, tiếp nhận hợp đồng gia công;\n\n"
              "a.2) Thủ tục thông báo, tiếp nhận định mức gia công;\n\n"
              "b) Rà soát, cập nhật danh sách doanh nghiệp gia công trên Hệ thống.\n")
    tasks = extract_text(letter).tasks
    assert [t.action[:14] for t in tasks] == ["Rà soát, cập n"]


def test_a_plan_s_section_on_the_order_of_its_work_schedules_the_bodies_it_names() -> None:
    """Fixtures written for this test: a plan's numbered section titled "Trình tự, thời gian ..."
    gives each step to the body its sentence names, with its time; an article of a decision titled
    "Trình tự, thủ tục ..." lays down a procedure (ANNOTATION.md: its steps are optional)."""
    plan = ("KẾ HOẠCH\nHỗ trợ nhà ở cho người có công\n\nII. NỘI DUNG THỰC HIỆN\n\n"
            "2. Trình tự, thời gian lập và phê duyệt danh sách\n\n2.1. Bước 1: Lập danh sách.\n\n"
            "Ủy ban nhân dân cấp xã lập danh sách đối tượng được hỗ trợ gửi Ủy ban nhân dân cấp huyện.\n\n"
            "Thời gian hoàn tất: trước ngày 25 tháng 7 năm 2025.\n\n2.2. Bước 2: Lập Đề án.\n\n"
            "Sở Xây dựng chủ trì, phối hợp với Sở Tài chính lập Đề án hỗ trợ nhà ở trên địa bàn tỉnh.\n\n"
            "Thời gian hoàn tất: trước ngày 30 tháng 9 năm 2025.\n")
    tasks = extract_text(plan).tasks
    assert [[a.name for a in t.lead] for t in tasks] == [["Ủy ban nhân dân cấp xã"], ["Sở Xây dựng"]]
    assert [str(t.deadline.due) if t.deadline else None for t in tasks] == ["2025-07-25", "2025-09-30"]
    decision = plan.replace("2. Trình tự, thời gian lập và phê duyệt danh sách",
                            "Điều 2. Trình tự, thủ tục lập và phê duyệt danh sách")
    assert extract_text(decision).tasks == []
    # ... nor does a published procedure's field, whatever section holds it
    published = ("II. THỦ TỤC HÀNH CHÍNH\n\n1. Ban hành Kế hoạch chuyển đổi cơ cấu cây trồng trên địa bàn xã\n\n"
                 "a) Trình tự thực hiện:\n\nChủ tịch Ủy ban nhân dân cấp xã căn cứ nhu cầu chuyển đổi của người sử "
                 "dụng đất ban hành Kế hoạch chuyển đổi trước ngày 15 tháng 12 hằng năm.\n")
    assert extract_text(published).tasks == []


def test_clauses_of_one_item_with_times_of_their_own_are_tasks_of_their_own() -> None:
    """Fixtures written for this test: an item whose clauses after ";" each set another dated time
    limit gives one task per clause (ANNOTATION.md: one task shares one deadline); clauses that share
    a time, or whose time names no date, stay one task."""
    lead_in = "Hội đồng nhân dân tỉnh yêu cầu Ủy ban nhân dân tỉnh:\n\n"
    timed = ("+ Chỉ đạo tu sửa, nghiệm thu công trình kè sông Lô hoàn thành trong Quý 4 năm 2025; khẩn trương "
             "sửa chữa hồ thủy lợi thôn Mã Tẻn xong trước ngày 30/8/2025.\n")
    tasks = extract_text(lead_in + timed).tasks
    assert [str(t.deadline.due) for t in tasks if t.deadline] == ["2025-12-31", "2025-08-30"]
    shared = ("+ Chỉ đạo tu sửa, nghiệm thu công trình kè sông Lô; khẩn trương sửa chữa hồ thủy lợi thôn Mã Tẻn "
              "xong trước ngày 30/8/2025.\n")
    undated = ("+ Định kỳ hai năm một lần rà soát số liệu của năm trước năm rà soát; đề xuất điều chỉnh danh mục "
               "trước ngày 30 tháng 6 hằng năm.\n")
    # a clause that opens with no action, or only completes what precedes, stays with it
    passive = ("+ Chỉ đạo sửa chữa nhà ở bị hư hỏng xong trước ngày 31/12/2025; nhà bị sập đổ được xây dựng "
               "lại, hoàn thành trước ngày 31/01/2026.\n")
    completion = ("+ Chỉ đạo rà soát các nhiệm vụ được giao trong năm 2025; hoàn thành trước ngày 25 tháng 11 "
                  "năm 2025.\n")
    for item in (shared, undated, passive, completion):
        tasks = extract_text(lead_in + item).tasks
        assert len(tasks) == 1 and tasks[0].span.text.rstrip(".") == item.strip().rstrip("."), item


def test_a_part_s_title_over_its_numbered_items_is_no_task() -> None:
    """A fixture written for this test: a ministry's letter whose parts "I.", "II." title their
    numbered items with a verb ("Xây dựng dự toán năm 2026"); the items are the addressee's tasks,
    the titles are not."""
    letter = ("Kính gửi: Giám đốc Sở Nội vụ các tỉnh, thành phố.\n\nĐể chuẩn bị dự toán ngân sách, Bộ Nội vụ đề "
              "nghị Giám đốc Sở Nội vụ các tỉnh, thành phố thực hiện như sau:\n\n"
              "I. Tổng hợp số liệu thực hiện nhiệm vụ ngân sách năm 2025\n\n"
              "1. Báo cáo số đối tượng hưởng trợ cấp và kinh phí đã chi trả năm 2025.\n\n"
              "II. Xây dựng dự toán năm 2026\n\n"
              "1. Lập dự toán kinh phí chi trả trợ cấp thường xuyên gửi Bộ Nội vụ trước ngày 20/7/2025.\n")
    tasks = extract_text(letter).tasks
    assert [t.action[:14] for t in tasks] == ["Báo cáo số đối", "Lập dự toán ki"]


# A fixture written for this test: a letter's request goes on in a dashed list ("Cụ thể:"); an item whose
# verb the closed lists lack but the tagger reads ("Hạn chế") is the addressees' task too, while the "+"
# points under an item detail what it covers.
REQUEST_GOING_ON = ("Để bảo vệ sức khỏe học sinh, Sở Giáo dục và Đào tạo đề nghị các trường học thực hiện nghiêm "
                    "văn bản chỉ đạo của Ủy ban nhân dân tỉnh. Cụ thể:\n"
                    "- Hạn chế các hoạt động ngoài trời của học sinh vào những ngày không khí ô nhiễm.\n"
                    "- Thường xuyên cập nhật chỉ số chất lượng không khí trên địa bàn.\n"
                    "+ Quy hoạch mạng lưới trạm quan trắc không khí của tỉnh đến năm 2030.\n")


def test_a_dashed_list_going_on_a_request_holds_its_tasks() -> None:
    tasks = extract_text(HEADER + REQUEST_GOING_ON + CLOSING).tasks
    assert [(t.action.split()[0], t.rule) for t in tasks] == [
        ("thực", "addressee"), ("Hạn", "previous_task"), ("Thường", "previous_task")]


def test_a_body_after_a_cited_document_s_authors_acts_on_the_basis() -> None:
    """A fixture written for this test: the body after the comma that ends a basis's citation is charged."""
    text = "Căn cứ Quyết định số 12/QĐ-UBND ngày 01/01/2024 của UBND tỉnh, Sở Y tế xây dựng kế hoạch phòng dịch."
    assert [[a.name for a in t.lead] for t in extract_text(HEADER + text + CLOSING).tasks] == [["Sở Y tế"]]



def test_a_subject_s_standing_role_said_with_la_is_not_its_action() -> None:
    """A fixture written for this test: "X là cơ quan thường trực, | chủ trì theo dõi ..."."""
    plan = HEADER + ("VI. TỔ CHỨC THỰC HIỆN\n1. Sở Khoa học và Công nghệ là cơ quan thường trực, chủ trì theo dõi, "
                     "đôn đốc việc thực hiện Kế hoạch.") + CLOSING
    [task] = extract_text(plan).tasks
    assert [a.name for a in task.lead] == ["Sở Khoa học và Công nghệ"]
    assert task.action.startswith("theo dõi, đôn đốc"), task.action


def test_a_table_column_s_label_may_carry_a_note_in_brackets() -> None:
    """A fixture written for this test: a crawled task table whose support column's label carries a
    note ("Đơn vị phối hợp (Bộ/ngành/địa phương)")."""
    plan = HEADER + ("II. NHIỆM VỤ\nSTT | Nhiệm vụ | Cơ quan chủ trì | Đơn vị phối hợp (Bộ/ngành/địa phương) | "
                     "Tiến độ thực hiện\n1 | Xây dựng Thông tư về đào tạo an toàn bức xạ | Bộ Khoa học và Công nghệ | "
                     "Các bộ, ngành có liên quan | 2026 - 2027") + CLOSING
    [task] = extract_text(plan).tasks
    assert [a.name for a in task.lead] == ["Bộ Khoa học và Công nghệ"]
    assert [a.name for a in task.support] == ["Các bộ, ngành có liên quan"]



def test_a_table_column_may_name_the_kinds_of_bodies_that_lead_and_a_row_may_number_the_columns() -> None:
    """A fixture written for this test: a provincial plan's annex whose lead column is "Sở, ngành chủ trì tham mưu"
    and whose first row numbers the columns ("| (1) | (2) | ..."): the row is no task, the column names the lead."""
    plan = HEADER + ("II. NHIỆM VỤ\nTT | Tên nhiệm vụ | Sở, ngành chủ trì tham mưu | Đơn vị phối hợp thực hiện | "
                     "Thời gian thực hiện | Ghi chú\n | (1) | (2) | (3) | (4) | (5)\n"
                     "1 | Rà soát, điều chỉnh phương án quản lý về địa chất, khoáng sản | "
                     "Sở Nông nghiệp và Môi trường | Các Sở, ban, ngành liên quan | "
                     "Xong trong tháng 5/2026 | ") + CLOSING
    [task] = extract_text(plan).tasks
    assert [a.name for a in task.lead] == ["Sở Nông nghiệp và Môi trường"]
    assert [a.name for a in task.support] == ["Các Sở, ban, ngành liên quan"]
    assert task.deadline is not None and str(task.deadline.due) == "2026-05-31"

# Fixtures written for this test: a letter's item whose lead-in lists a file's papers, and one whose lead-in
# lists a body's duties the same way ("gồm:").
FILE_PAPERS = (
    "UBND tỉnh yêu cầu các cơ quan, đơn vị thực hiện các nội dung sau:\n"
    "1. Kết thúc công trình, Ban Quản lý dự án tỉnh lập hồ sơ nghiệm thu công trình. {lead_in}\n"
    "a) Báo cáo tổng kết kỹ thuật của đơn vị thi công;\n"
    "b) Báo cáo kết quả kiểm tra chất lượng công trình của đơn vị giám sát;\n"
    "c) Biên bản kiểm tra chất lượng sản phẩm cấp chủ đầu tư.\n"
    "2. Sở Tài chính chủ trì thẩm định quyết toán công trình trong thời hạn 15 ngày.\n"
)


@pytest.mark.parametrize(("lead_in", "items"), [
    ("Hồ sơ nghiệm thu bao gồm:", 0),
    ("Hồ sơ gửi Sở Tài chính, gồm:", 0),
    ("Hồ sơ đề nghị thẩm định (01 bộ) gồm các tài liệu sau:", 0),
    # a body's duties listed with "gồm": its reports are its tasks
    ("Ban Quản lý dự án tỉnh thực hiện các nhiệm vụ gồm:", 2),
], ids=["file", "file-sent-to", "file-with-a-note", "duties"])
def test_the_items_of_a_file_s_papers_are_no_tasks(lead_in: str, items: int) -> None:
    tasks = extract_text(FILE_PAPERS.format(lead_in=lead_in)).tasks
    assert sum(t.span.text.startswith(("a)", "b)", "c)")) for t in tasks) == items
    assert [t.lead[0].name for t in tasks if t.span.text.startswith("2.")] == ["Sở Tài chính"]


# A fixture written for this test: a ministry's letter whose first section states the principles the bodies it
# goes to follow, and a regulation's article of principles.
PRINCIPLES_LETTER = (
    "BỘ GIÁO DỤC VÀ ĐÀO TẠO\nSố: 512/BGDĐT-CNTT\nV/v kết nối dữ liệu\n\n"
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nHà Nội, ngày 10 tháng 3 năm 2026\n\n"
    "Kính gửi: Các cơ sở giáo dục đại học.\n\n"
    "Bộ Giáo dục và Đào tạo hướng dẫn kết nối dữ liệu như sau:\n"
    "1. Nguyên tắc kết nối\n"
    "- Các cơ sở đào tạo chủ động tổ chức kết nối hệ thống quản lý với cơ sở dữ liệu của Bộ.\n"
    "- Việc kết nối phải bảo đảm dữ liệu đúng, đủ, sạch, sống.\n"
    "2. Tổ chức thực hiện\n"
    "Các cơ sở giáo dục đại học báo cáo kết quả trước ngày 30/4/2026.\n"
)
PRINCIPLES_RULE = (
    "QUY CHẾ\nPhối hợp kết nối dữ liệu\n\n"
    "Điều 3. Nguyên tắc phối hợp\n"
    "1. Các cơ quan, đơn vị chủ động chia sẻ dữ liệu theo quy định.\n"
    "2. Việc phối hợp phải bảo đảm kịp thời, hiệu quả.\n"
    "Điều 4. Trách nhiệm của Sở Tài chính\n"
    "Sở Tài chính chủ trì hướng dẫn việc chia sẻ dữ liệu.\n"
)


@pytest.mark.parametrize(("text", "leads"), [
    (PRINCIPLES_LETTER, ["Các cơ sở đào tạo", "Các cơ sở giáo dục đại học"]),
    (PRINCIPLES_RULE, ["Sở Tài chính"]),
], ids=["a-letter-s-principles-direct", "a-rule-s-principles-bind"])
def test_a_letter_s_principles_charge_the_bodies_it_goes_to_where_a_rule_s_bind(text: str, leads: list[str]):
    """Under a letter's principles a sentence naming a body is its task, one naming none ("Việc kết nối phải
    ...") is not; a rule's principles bind whoever it governs."""
    assert [t.lead[0].name for t in extract_text(text).tasks] == leads


def test_a_table_row_whose_merged_cell_a_crawl_repeated_in_every_column_is_a_group_title() -> None:
    """A fixture written for this test: the group row of an annex table ("I | Hoàn thiện thể chế") that a
    crawl flattened by repeating its merged cell in each column; its rows below are the tasks."""
    plan = HEADER + ("II. NHIỆM VỤ\nTT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành\n"
                     "I | Hoàn thiện thể chế về Thủ đô | Hoàn thiện thể chế về Thủ đô | Hoàn thiện thể chế về Thủ đô | "
                     "Hoàn thiện thể chế về Thủ đô\n"
                     "1 | Xây dựng Luật Thủ đô (sửa đổi) | Bộ Tư pháp | Các bộ, ngành | 2024") + CLOSING
    [task] = extract_text(plan).tasks
    assert task.span.text.startswith("1 | Xây dựng Luật Thủ đô")
    assert [a.name for a in task.lead] == ["Bộ Tư pháp"]


@pytest.mark.parametrize("heading", ["1. Đối với Sở Y tế", "1. Đối với Sở Y tế:", "1. Riêng đối với Sở Y tế:"])
def test_a_heading_that_turns_to_a_body_gives_it_the_items_below(heading: str) -> None:
    """A fixture written for this test: "Tổ chức thực hiện" in parts by body ("1. Đối với các bộ, ngành",
    "2. Đối với Ủy ban nhân dân thành phố"): each part's items are that body's."""
    plan = HEADER + (f"III. TỔ CHỨC THỰC HIỆN\n{heading}\n- Xây dựng kế hoạch thực hiện trong tháng 3/2026.\n"
                     "2. Đối với Ủy ban nhân dân các huyện\n- Tổ chức tuyên truyền Chương trình.") + CLOSING
    tasks = extract_text(plan).tasks
    assert [[a.name for a in t.lead] for t in tasks] == [["Sở Y tế"], ["Ủy ban nhân dân các huyện"]]
    assert {t.rule for t in tasks} == {"actor_heading"}


def test_a_long_title_over_its_action_bullets_is_no_task_but_its_bullets_are() -> None:
    """A fixture written for this test: a programme's numbered title, long and unpunctuated, over bullets that
    are its actions ("8. Hoàn thiện hệ thống pháp luật về Thủ đô ... trong giai đoạn mới" / "- Khẩn trương ...");
    a title over its labelled particulars ("- Thời gian thực hiện: ...") is the task they describe."""
    plan = HEADER + (
        "UBND tỉnh yêu cầu các sở, ngành thực hiện các nhiệm vụ sau:\n"
        "1. Hoàn thiện hệ thống văn bản về phát triển đô thị với cơ chế, chính sách phù hợp, đáp ứng yêu cầu "
        "phát triển của tỉnh trong giai đoạn mới\n"
        "- Khẩn trương tổng kết việc thi hành các quy định về quản lý đô thị.\n"
        "- Sơ kết việc thí điểm mô hình chính quyền đô thị tại thành phố.\n"
        "2. Tổ chức tập huấn cho cán bộ làm công tác thống kê các xã, phường trên địa bàn tỉnh về phương pháp "
        "thu thập số liệu mới\n"
        "- Thời gian thực hiện: Quý II/2026.\n- Đơn vị chủ trì: Cục Thống kê tỉnh.") + CLOSING
    tasks = extract_text(plan).tasks
    assert [t.action.split()[:3] for t in tasks] == [["Khẩn", "trương", "tổng"], ["Sơ", "kết", "việc"],
                                                     ["Tổ", "chức", "tập"]]
    assert [a.name for a in tasks[2].lead] == ["Cục Thống kê tỉnh"]


@pytest.mark.parametrize("title", ["a) Đẩy mạnh hoạt động đối ngoại, hội nhập và hợp tác quốc tế.",
                                   "a) Đẩy mạnh hoạt động đối ngoại, hội nhập và hợp tác quốc tế"])
def test_a_short_title_over_action_bullets_is_no_task_with_or_without_its_full_stop(title: str) -> None:
    """A fixture written for this test: a lettered title of one sentence over bullets that open with
    actions; the bullets are the tasks."""
    plan = HEADER + ("UBND tỉnh yêu cầu các sở, ngành thực hiện các nhiệm vụ sau:\n"
                     f"{title}\n- Bám sát và triển khai hiệu quả đường lối đối ngoại.\n"
                     "- Chủ động tham mưu, đề xuất sáng kiến đăng cai các sự kiện quốc tế.") + CLOSING
    tasks = extract_text(plan).tasks
    assert [t.action.split()[0] for t in tasks] == ["Bám", "Chủ"]


def test_restructuring_opens_an_action_the_tagger_reads_as_a_noun() -> None:
    """A fixture written for this test: "Cơ cấu lại ..." under a lead-in is a task like "Phát triển ..."."""
    plan = HEADER + ("UBND tỉnh yêu cầu các sở, ngành thực hiện các nhiệm vụ sau:\n"
                     "- Cơ cấu lại ngành nông nghiệp theo hướng nông nghiệp sinh thái.\n"
                     "- Phát triển mạnh các loại dịch vụ chất lượng cao.") + CLOSING
    assert [t.action.split()[0] for t in extract_text(plan).tasks] == ["Cơ", "Phát"]


def test_a_verb_alone_on_its_line_is_no_task() -> None:
    """A fixture written for this test: a table's cell that OCR broke off onto a line of its own ("Các tiểu
    vương quốc A-rập" / "thống nhất") reads as a verb, but an action has a complement."""
    plan = HEADER + ("UBND tỉnh yêu cầu các sở, ngành thực hiện các nhiệm vụ sau:\n"
                     "- Rà soát danh mục giấy tờ của các nước.\n\nCác tiểu vương quốc A-rập\n\nthống nhất\n") + CLOSING
    assert [t.action.split()[0] for t in extract_text(plan).tasks] == ["Rà"]


def test_an_item_grounded_on_its_body_s_remit_is_the_body_s_task() -> None:
    # a fixture written for this test: "Căn cứ chức năng, nhiệm vụ" needs no comma before its action;
    # a basis that cites a document is no task
    body = ("Điều 2. Tổ chức thực hiện\n1. Trách nhiệm của Bộ Tư pháp\n"
            "a) Căn cứ chức năng, nhiệm vụ tiến hành rà soát văn bản quy phạm pháp luật về dữ liệu.\n"
            "b) Căn cứ Quyết định số 12/QĐ-UBND ngày 02/3/2024 của Ủy ban nhân dân tỉnh.\n")
    result = extract_text(HEADER + body + CLOSING)
    assert [(t.span.text.split()[1], [a.name for a in t.lead]) for t in result.tasks] == [("Căn", ["Bộ Tư pháp"])]


def test_a_duty_heading_may_name_its_body_without_cua_but_not_in_capitals() -> None:
    # a fixture written for this test: "Trách nhiệm Tổ công tác ...:" gives its items to the team;
    # "I. NHIỆM VỤ CHUNG" (all capitals) names nobody
    body = ("1. Trách nhiệm Tổ công tác triển khai Đề án 06:\n"
            "a) Chỉ đạo tổ chức xây dựng, triển khai thực hiện Đề án Trung tâm dữ liệu quốc gia.\n"
            "2. Trách nhiệm Bộ Tư pháp:\na) Rà soát văn bản quy phạm pháp luật về dữ liệu.\n")
    result = extract_text(HEADER + body + CLOSING)
    assert [[a.name for a in t.lead] for t in result.tasks] == [["Tổ công tác"], ["Bộ Tư pháp"]]


def test_an_annex_titled_with_whose_duties_it_lists_gives_them_its_items() -> None:
    # a fixture written for this test: a resolution's annex "NHIỆM VỤ CỦA CÁC BỘ, NGÀNH, ĐỊA PHƯƠNG",
    # its general part with no actor of its own, a part under a ministry, and a table's partners cell
    body = ("QUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Kế hoạch triển khai Đề án.\n"
            "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.")
    annex = ("\n\nPhụ lục I\nNHIỆM VỤ CỦA CÁC BỘ, NGÀNH, ĐỊA PHƯƠNG\nTRONG TRIỂN KHAI ĐỀ ÁN\n"
             "(Kèm theo Quyết định số 15/QĐ-UBND ngày 10 tháng 3 năm 2024)\n\nI. NHIỆM VỤ CHUNG\n"
             "1. Rà soát, thống kê các trường thông tin có trong cơ sở dữ liệu (hoàn thành trong Quý IV/2024).\n"
             "2. Kết nối Nền tảng tích hợp, chia sẻ dữ liệu của tỉnh.\n(1) Văn phòng Chính phủ\n"
             "II. TRÁCH NHIỆM CỦA SỞ Y TẾ\n1. Rà soát các cơ sở khám bệnh, chữa bệnh.\n")
    result = extract_text(HEADER.replace("KẾ HOẠCH\nTriển khai", "QUYẾT ĐỊNH\nVề việc triển khai") + body
                          + CLOSING + annex)
    assert [(t.span.text.split()[1], " ".join(a.name for a in t.lead).lower()) for t in result.tasks] == [
        ("Rà", "các bộ, ngành, địa phương"), ("Kết", "các bộ, ngành, địa phương"), ("Rà", "sở y tế")]


def test_a_sentence_opened_by_the_day_each_period_s_report_is_due_is_a_task_of_its_own() -> None:
    # a fixture written for this test: "Định kỳ trước ngày 25 hằng tháng báo cáo ..." after an item's first
    # sentence brings its own time, so the item is two tasks, the second recurring
    body = ("1. Bộ Tài chính:\n- Giải ngân kế hoạch vốn nước ngoài năm 2024 cho các dự án. Định kỳ trước ngày 25 "
            "hằng tháng báo cáo Thủ tướng Chính phủ tình hình giải ngân vốn.\n")
    result = extract_text(HEADER + body + CLOSING)
    assert [(t.span.text.split()[0], t.deadline.kind if t.deadline else None) for t in result.tasks] == [
        ("-", None), ("Định", "recurring")]


def test_the_local_authorities_named_as_a_sentence_s_subject_are_its_actor() -> None:
    # a fixture written for this test: "Chính quyền địa phương nơi ... phải ..." charges the local authorities,
    # not the body of the item before; the same words in a law's title name nobody
    body = ("1. Bộ Ngoại giao chỉ đạo các cơ quan đại diện xem xét cấp thị thực.\n"
            "2. Chính quyền địa phương nơi chuyên gia làm việc phải giám sát về y tế trong thời gian quy định.\n"
            "3. Sở Tư pháp phổ biến Luật Tổ chức chính quyền địa phương.\n")
    result = extract_text(HEADER + body + CLOSING)
    assert [[a.name for a in t.lead] for t in result.tasks] == [
        ["Bộ Ngoại giao"], ["Chính quyền địa phương"], ["Sở Tư pháp"]]


def test_the_matters_an_article_says_a_body_must_make_known_are_no_tasks() -> None:
    # a fixture written for this test: the items under "X có trách nhiệm thông tin ... những công việc chính
    # sau:" say what is told; those under "X thực hiện những công việc sau:" are its tasks
    body = ("Điều 4. Ủy ban nhân dân xã có trách nhiệm thông tin kịp thời và công khai để nhân dân biết những "
            "công việc chính sau:\n1. Chính sách, pháp luật của Nhà nước.\n2. Dự toán và quyết toán ngân sách xã.\n"
            "Điều 5. Ủy ban nhân dân xã thực hiện những công việc sau:\n1. Xây dựng kế hoạch phát triển kinh tế.\n"
            "2. Tổ chức lấy ý kiến nhân dân về dự thảo kế hoạch.\n")
    result = extract_text(HEADER + body + CLOSING)
    assert [t.span.text.split()[1] for t in result.tasks] == ["Xây", "Tổ"]


def test_a_decision_setting_up_a_fund_assigns_only_what_it_charges_bodies_with() -> None:
    # a fixture written for this test: the fund it sets up, what the fund is spent on, how its council is
    # made and who sits on it, and the catch-all of a list of powers assign nothing; the ministry's duties do
    header = HEADER.replace("Số: 15/KH-UBND", "Số: 21/QĐ-UBND").replace(
        "KẾ HOẠCH\nTriển khai nhiệm vụ năm 2024",
        "QUYẾT ĐỊNH\nVề việc thành lập, quản lý và sử dụng Quỹ hỗ trợ việc làm")
    body = ("QUYẾT ĐỊNH:\nĐiều 1. Thành lập Quỹ hỗ trợ việc làm\n"
            "1. Thành lập Quỹ hỗ trợ việc làm trên cơ sở tổ chức lại Quỹ hỗ trợ đào tạo nghề.\n"
            "Điều 2. Nội dung sử dụng quỹ\n1. Hỗ trợ tối đa 30% chi phí khảo sát thị trường lao động mới.\n"
            "2. Hỗ trợ 50% mức học phí bồi dưỡng tay nghề cho người lao động.\n"
            "Điều 3. Tổ chức quản lý quỹ\n1. Hội đồng quản lý quỹ gồm 05 thành viên do Giám đốc Sở Nội vụ bổ nhiệm.\n"
            "2. Trưởng Ban Điều hành quỹ là thành viên của Hội đồng quản lý quỹ.\n"
            "3. Ban Điều hành quỹ có nhiệm vụ và quyền hạn sau:\n"
            "a) Lập kế hoạch thu, dự toán chi và quyết toán hằng năm của quỹ.\n"
            "b) Các nhiệm vụ và quyền hạn khác theo quy chế hoạt động của Ban Điều hành quỹ.\n"
            "Điều 4. Trách nhiệm của Sở Nội vụ\nChủ trì, phối hợp với Sở Tài chính hướng dẫn cách thức đóng góp quỹ.\n")
    result = extract_text(header + body + CLOSING)
    assert [t.span.text.lstrip("abc) ").split()[0] for t in result.tasks] == ["Lập", "Chủ"]


@pytest.mark.parametrize("title", ["I. THÀNH PHẦN THAM DỰ", "I. Thành phần dự họp", "I. Thành phần:"])
def test_who_attends_a_meeting_is_no_task(title: str) -> None:
    """A fixture written for this test: a notice of a meeting's conclusions lists who chaired and
    who attended ("Chủ trì:" is the meeting's chair, not a plan's field); the conclusions assign."""
    notice = (HEADER.replace("KẾ HOẠCH\nTriển khai nhiệm vụ năm 2024", "THÔNG BÁO\nKết luận cuộc họp giao ban")
              + f"{title}\n1. Chủ trì: Đồng chí Nguyễn Văn An, Chủ tịch UBND tỉnh.\n2. Tham dự:\n"
              "- Thường trực HĐND tỉnh: có mặt 07/07;\n- Lãnh đạo các sở, ngành tỉnh.\n"
              "II. NỘI DUNG\n1. Giao Sở Tài chính chủ trì, phối hợp với Sở Xây dựng rà soát các dự án tồn đọng, "
              "báo cáo trước ngày 30/4/2024.\n" + CLOSING)
    tasks = extract_text(notice).tasks
    assert [(t.lead[0].name, t.action.split()[0]) for t in tasks] == [("Sở Tài chính", "phối")]


def test_the_documents_a_portal_item_carries_out_are_no_tasks() -> None:
    """A fixture written for this test: a portal item lists the documents a province carries out,
    then what it directs, and ends on whom to ask."""
    item = ("Thực hiện nghiêm túc chỉ đạo của Thủ tướng Chính phủ\n\n( Cập nhật lúc: 02/06/2021 )\n"
            "Thực hiện chỉ đạo của Thủ tướng Chính phủ về phòng, chống dịch Covid-19 tại các văn bản:\n\n"
            "- Thông báo số 131/TB-VPCP ngày 28/5/2021 của Văn phòng Chính phủ về kết luận của Phó Thủ tướng "
            "Chính phủ tại cuộc họp trực tuyến với Thành phố Hồ Chí Minh;\n\n"
            "- Công điện số 12/CĐ-TTg ngày 30/5/2021 của Thủ tướng Chính phủ về công tác phòng, chống dịch.\n\n"
            "Ủy ban nhân dân tỉnh chỉ đạo như sau:\n\n"
            "- Sở Y tế chủ trì, phối hợp với các địa phương tham mưu công tác phòng, chống dịch trên địa bàn.\n\n"
            "Mọi thông tin cần trao đổi, xin liên hệ Sở Y tế (qua Phòng Nghiệp vụ, điện thoại 0209.3870.123).")
    tasks = extract_text(item).tasks
    assert [(t.lead[0].name, t.action.split()[0]) for t in tasks] == [("Sở Y tế", "phối")]



def test_items_counted_in_words_are_the_items_of_the_request_before_them() -> None:
    """A fixture written for this test: a press report's request whose items are counted in words ("Một là, ...",
    "Hai là, ..."); each is a task of the body the request names."""
    text = ("Phó Thủ tướng yêu cầu tỉnh Lào Cai chỉ đạo các lực lượng chức năng tập trung làm tốt 3 nhiệm vụ sau.\n\n"
            "Một là, thực hiện nghiêm túc các nội dung chỉ đạo của Chính phủ về chống buôn lậu.\n\n"
            "Hai là, tổ chức triển khai Kế hoạch công tác năm 2017, trong đó có giao chỉ tiêu cho các lực lượng.\n\n"
            "Ba là, làm tốt công tác tuyên truyền, phổ biến pháp luật đến các tầng lớp nhân dân.")
    tasks = extract_text(text).tasks
    assert [t.action.split()[0] for t in tasks] == ["thực", "tổ", "làm"]
    assert {a.name for t in tasks for a in t.lead} == {"UBND tỉnh Lào Cai"}


@pytest.mark.parametrize(("sentence", "kept"), [
    # the establishments of a trade, bound by its rules, whether the finder reads "Các cơ sở" as a body or not
    ("Các cơ sở sản xuất, kinh doanh thực phẩm phải tuân thủ các điều kiện bảo đảm an toàn thực phẩm.", False),
    ("Các cơ sở kinh doanh dịch vụ phải niêm yết giá công khai tại nơi kinh doanh.", False),
    # the grassroots level and the facilities of a sector are bodies a letter charges
    ("Các cơ sở giáo dục tổ chức tuyên truyền cho học sinh về an toàn giao thông.", True),
], ids=["producers-traders", "traders", "schools"])
def test_a_trade_s_establishments_are_a_class_a_rule_binds(sentence: str, kept: bool) -> None:
    """A fixture written for this test: a ministry's guidance letter to the departments of the provinces."""
    text = ("BỘ CÔNG THƯƠNG\nSố: 12/BCT-KHCN\nV/v hướng dẫn an toàn thực phẩm\n\n"
            "Kính gửi: Sở Công Thương các tỉnh, thành phố.\n\nBộ Công Thương hướng dẫn như sau:\n\n"
            f"1. {sentence}\n\n2. Đề nghị Sở Công Thương các tỉnh, thành phố hướng dẫn các cơ sở thực hiện.\n")
    tasks = extract_text(text).tasks
    assert [t.action.split()[0] for t in tasks] == [*(["tổ"] if kept else []), "hướng"]


@pytest.mark.parametrize(("line", "budget"), [
    ("Thuê dịch vụ tin nhắn: 50.000.000 đồng/năm.", True),
    ("Dự toán kinh phí quan trắc 01 năm: 1.500.000.000 đồng. Trong đó:", True),
    ("Dự toán giai đoạn 2026 - 2030: 1.500.000.000 đồng/năm x 05 năm = 7.500.000.000 đồng.", True),
    ("Chi khác (kiểm tra, giám sát; thuê chuyên gia): 63.950.757 đồng/năm", True),
    ("Kinh phí hỗ trợ: khoảng 2,5 tỷ đồng.", True),
    # a body's item that spends a sum is its task; a sum inside a sentence is no budget's line
    ("Sở Tài chính: bố trí 50.000.000 đồng cho hội nghị tập huấn.", False),
    ("Hỗ trợ mỗi hộ 5.000.000 đồng để sửa chữa nhà ở.", False),
], ids=["yearly", "total-then-items", "years-times", "label-with-semicolons", "billions", "body-spends", "sentence"])
def test_a_budget_s_line_is_a_label_and_a_sum(line: str, budget: bool) -> None:
    """Fixtures written for this test: the lines of a plan's estimate of costs, and sentences with sums."""
    from pipeline.extractors.tasks.vocab import compile_vocab
    from pipeline.resources import load_resources

    assert bool(compile_vocab(load_resources()).budget_line.match(line)) is budget


def test_a_budget_s_lines_are_no_tasks_its_bodies_items_are() -> None:
    """A fixture written for this test: a plan's estimate of costs, then who carries it out (a body's item
    that spends a sum stays its task)."""
    text = HEADER + ("Căn cứ Luật Thủy sản năm 2017;\n\nUBND tỉnh ban hành Kế hoạch quan trắc như sau:\n\n"
                     "I. NHIỆM VỤ\n\n"
            "1. Quan trắc định kỳ tại 12 điểm trên địa bàn tỉnh.\n\nII. DỰ TOÁN KINH PHÍ THỰC HIỆN\n\n"
            "1. Dự toán kinh phí quan trắc 01 năm: 1.500.000.000 đồng. Trong đó:\n\n"
            "- Thu và phân tích mẫu: 1.364.329.243 đồng/năm.\n\n- Thuê dịch vụ tin nhắn: 50.000.000 đồng/năm.\n\n"
            "2. Dự toán giai đoạn 2026 - 2030: 1.500.000.000 đồng/năm x 05 năm = 7.500.000.000 đồng.\n\n"
            "III. TỔ CHỨC THỰC HIỆN\n\n1. Sở Tài chính: bố trí 50.000.000 đồng cho hội nghị tập huấn.\n\n"
            "2. Sở Nông nghiệp và Môi trường: chủ trì triển khai quan trắc hằng năm.") + CLOSING
    tasks = extract_text(text).tasks
    assert not [t for t in tasks if "đồng/năm" in t.action or t.action.startswith(("Dự toán", "Thu và"))]
    assert [t.lead[0].name for t in tasks if t.rule != "document_addressee"][-2:] == [
        "Sở Tài chính", "Sở Nông nghiệp và Môi trường"]


def test_what_a_leader_asks_of_a_trade_s_people_is_no_body_s_task() -> None:
    """A fixture written for this test: a press report of a minister's requests, to provinces, then to the farmers
    and fishermen he speaks of (classes of people, not the provinces he asked before)."""
    text = ("Bộ trưởng kết luận hội nghị ngành tôm\n\n(TTXVN) - Sáng 5/3, tại Bạc Liêu, Bộ trưởng chủ trì hội nghị "
            "ngành tôm. Bộ trưởng đề nghị các địa phương tăng cường giám sát dịch bệnh trên tôm nuôi. Bà con nuôi ao "
            "đất thì cần điều chỉnh quy trình nuôi, cho tôm ăn hợp lý. Ngư dân cần theo dõi chặt chẽ diễn biến của "
            "bão.\n")
    assert [(t.lead[0].name, t.rule) for t in extract_text(text).tasks] == [("các địa phương", "addressee")]
