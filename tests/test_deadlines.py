import datetime as dt

import pytest

from pipeline.extractors.deadlines import find_deadlines, pick_deadline

D = dt.date
YEAR = 2024
ISSUED = D(2024, 1, 5)
CASES = [
    ("hoàn thành trong quý 1/2024", "quarter", D(2024, 3, 31), None),
    ("hoàn thành trong quý II/2024", "quarter", D(2024, 6, 30), None),
    ("trong quý III năm 2025", "quarter", D(2025, 9, 30), None),
    ("quý IV/2023", "quarter", D(2023, 12, 31), None),
    ("hoàn thành trong quí 2/2019", "quarter", D(2019, 6, 30), None),
    ("trước quý 4", "quarter", D(2024, 12, 31), None),
    # the press writes the year after a full stop
    ("hoàn thành trong quý I.2020", "quarter", D(2020, 3, 31), None),
    ("vào cuối tháng 3.2020", "month", D(2020, 3, 31), None),
    ("trước ngày 15/3/2024", "date", D(2024, 3, 15), None),
    # a year's end a report is due by; the year, then what it is done for; two years counted
    ("Kết thúc năm 2025, Sở báo cáo", "year", D(2025, 12, 31), None),
    ("phê duyệt Đề án trong năm 2024 để tiếp tục triển khai", "year", D(2024, 12, 31), None),
    ("thực hiện cơ bản xong trong hai năm 2024 - 2025", "year", D(2025, 12, 31), None),
    # the day's name before its date
    ("xong trước ngày Quốc khánh 02/9/2025", "date", D(2025, 9, 2), None),
    ("trước ngày 28-10", "date", D(2024, 10, 28), None),
    ("trước ngày 20.7.2021", "date", D(2021, 7, 20), None),
    ("chậm nhất ngày 30/9/2024", "date", D(2024, 9, 30), None),
    ("chậm nhất là ngày 05/4", "date", D(2024, 4, 5), None),
    ("trước 16 giờ ngày 20/8", "date", D(2024, 8, 20), None),
    ("trước 14h00 ngày 28/4", "date", D(2024, 4, 28), None),
    ("chậm nhất 10h00' ngày 27/4", "date", D(2024, 4, 27), None),
    ("trước 10 giờ 30 phút ngày 27/4", "date", D(2024, 4, 27), None),
    ("trước 15h hằng ngày", "recurring", None, "daily"),
    ("trước ngày 15 tháng 3 năm 2024", "date", D(2024, 3, 15), None),
    ("không quá ngày 31/12/2024", "date", D(2024, 12, 31), None),
    ("hoàn thành trước ngày 30/6", "date", D(2024, 6, 30), None),
    ("trong tháng 6/2024", "month", D(2024, 6, 30), None),
    ("trong tháng 02/2024", "month", D(2024, 2, 29), None),
    ("trình phiên họp Chính phủ tháng 11/2019", "month", D(2019, 11, 30), None),
    # a span of months: due at the end of the last (fixtures written for this test)
    ("hoàn thành trong tháng 10-11/2019", "month", D(2019, 11, 30), None),
    ("thực hiện trong tháng 01-4/2021", "month", D(2021, 4, 30), None),
    ("hoàn thành trong tháng 9 năm 2025", "month", D(2025, 9, 30), None),
    ("trong Tháng 12, năm 2022", "month", D(2022, 12, 31), None),
    # a span of quarters: due at the end of the last (fixtures written for this test)
    ("hoàn thành trong Quý II, III/2015", "quarter", D(2015, 9, 30), None),
    ("thực hiện trong quý I và II/2025", "quarter", D(2025, 6, 30), None),
    ("trong quý III-IV/2026", "quarter", D(2026, 12, 31), None),
    ("Quý III, năm 2022", "quarter", D(2022, 9, 30), None),
    # the period the document is written in (fixtures written for this test; issued 2024-01-05)
    ("hoàn thành trong năm nay", "year", D(2024, 12, 31), None),
    ("triển khai từ nay đến cuối năm", "year", D(2024, 12, 31), None),
    ("hoàn thành trước cuối năm", "year", D(2024, 12, 31), None),
    ("báo cáo Thủ tướng Chính phủ trong tháng này", "month", D(2024, 1, 31), None),
    ("trình Ủy ban nhân dân tỉnh trong quý này", "quarter", D(2024, 3, 31), None),
    # ... not a count after the quarter
    ("báo cáo trong quý 4, 2 đơn vị chưa gửi", "quarter", D(2024, 12, 31), None),
    ("6 tháng đầu năm 2024", "half_year", D(2024, 6, 30), None),
    ("trong 6 tháng cuối năm 2023", "half_year", D(2023, 12, 31), None),
    ("sáu tháng đầu năm 2025", "half_year", D(2025, 6, 30), None),
    # early in a year, with a word that makes it a term (fixtures written for this test)
    ("hoàn thành vào đầu năm 2025", "half_year", D(2025, 6, 30), None),
    ("triển khai trước đầu năm 2025", "half_year", D(2025, 6, 30), None),
    ("hoàn thành trong năm 2024", "year", D(2024, 12, 31), None),
    ("cuối năm 2023", "year", D(2023, 12, 31), None),
    ("(trong năm 2024)", "year", D(2024, 12, 31), None),
    # a plan's time field: throughout the year, done by its end (fixtures written for this test)
    ("- Thời gian thực hiện: Cả năm 2015.", "year", D(2015, 12, 31), None),
    ("thực hiện thường xuyên trong cả năm 2016.", "year", D(2016, 12, 31), None),
    ("đến hết năm 2025", "year", D(2025, 12, 31), None),
    ("hằng tháng", "recurring", None, "monthly"),
    ("hàng tháng", "recurring", None, "monthly"),
    ("định kỳ hằng quý", "recurring", None, "quarterly"),
    ("Định kỳ hàng quý", "recurring", None, "quarterly"),
    ("trước ngày 20 hằng tháng", "recurring", None, "monthly"),
    ("định kỳ vào ngày 25 hằng tháng", "recurring", None, "monthly"),
    ("hằng năm", "recurring", None, "yearly"),
    # two days of each year (fixtures written for this test)
    ("trước ngày 05/6 và 05/12 hàng năm", "recurring", None, "half_yearly"),
    ("trước ngày 15 tháng 6 và ngày 15 tháng 12 hằng năm", "recurring", None, "half_yearly"),
    ("hằng tuần", "recurring", None, "weekly"),
    ("hằng ngày", "recurring", None, "daily"),
    ("định kỳ 6 tháng", "recurring", None, "half_yearly"),
    ("hằng quí", "recurring", None, "quarterly"),
    ("trong vòng 10 ngày kể từ ngày ký", "relative", D(2024, 1, 15), None),
    ("trong thời hạn 15 ngày kể từ ngày nhận", "relative", D(2024, 1, 20), None),
    # working days from the issue date (Friday 5/1/2024): weekends skipped
    ("trong thời hạn 15 ngày làm việc kể từ ngày nhận được văn bản", "relative", D(2024, 1, 26), None),
    # working days from the day a decision comes into force, its signing, after a comma
    ("hoàn thành trong thời hạn 03 ngày làm việc, kể từ ngày Quyết định có hiệu lực thi hành", "relative",
     D(2024, 1, 10), None),
    # a time with no start said runs from the document's date too (ANNOTATION.md: issued + N)
    ("căn cứ Quyết định này, trong thời hạn 03 ngày làm việc xây dựng quy trình điện tử", "relative",
     D(2024, 1, 10), None),
    ("trong vòng 10 ngày, các đơn vị gửi báo cáo", "relative", D(2024, 1, 15), None),
    # years on from the issue, to the same day
    ("Trong thời hạn 5 năm, các cơ quan phải hoàn thành việc chỉnh lý", "relative", D(2029, 1, 5), None),
    ("kết thúc thời gian công khai", "relative", None, None),
    ("trước khi treo", "relative", None, None),
    ("khẩn trương", "asap", None, None),
    ("gấp rút", "asap", None, None),
    ("ngay từ đầu năm", "asap", None, None),
    ("bắt tay ngay", "asap", None, None),
    ("sớm", "asap", None, None),
    ("thực hiện ngay", "asap", None, None),
    ("trong thời gian sớm nhất", "asap", None, None),
    ("chậm nhất trong năm 2025", "year", D(2025, 12, 31), None),
    ("trước ngày 5/02/2020", "date", D(2020, 2, 5), None),
    ("hoàn thành vào ngày 10/10/2024", "date", D(2024, 10, 10), None),
    ("xong trước ngày 1/7/2025", "date", D(2025, 7, 1), None),
    ("trước ngày 31/01", "date", D(2024, 1, 31), None),
    ("gửi trước ngày 10/12", "date", D(2024, 12, 10), None),
    ("trong quý I", "quarter", D(2024, 3, 31), None),
    ("hoàn thành trong quý 3 năm 2024", "quarter", D(2024, 9, 30), None),
    ("mỗi quý", "recurring", None, "quarterly"),
    ("hàng tuần", "recurring", None, "weekly"),
    # a fixture written for this test: a recurrence after the cities of a list, not after a street
    ("UBND các huyện, thị xã, thành phố hàng ngày báo cáo", "recurring", None, "daily"),
    ("định kỳ hằng năm", "recurring", None, "yearly"),
    # a fixture written for this test: a plan drawn up every year (not a plan's horizon)
    ("Sở Y tế xây dựng kế hoạch phòng chống dịch hằng năm", "recurring", None, "yearly"),
    ("trong tháng 12/2023", "month", D(2023, 12, 31), None),
    # a period set as the time of an item is due at its end
    ("Thời gian hoàn thành: Tháng 11 - 12/2025", "month", D(2025, 12, 31), None),
    ("Thời gian thực hiện: Từ ngày 01/01/2026 đến ngày 31/3/2026", "date", D(2026, 3, 31), None),
    ("hoàn thành từ tháng 10 đến hết tháng 12/2024", "month", D(2024, 12, 31), None),
    # a date of every year
    ("trước ngày 25 tháng 01 hàng năm", "recurring", None, "yearly"),
    ("định kỳ trước ngày 15 tháng 02 hằng năm", "recurring", None, "yearly"),
    ("thực hiện trong ngày 20 tháng 11 năm 2025", "date", D(2025, 11, 20), None),
    ("báo cáo định kỳ (trước ngày 30 tháng 01 năm sau)", "recurring", None, "yearly"),
    ("triển khai ngay trong tháng 12/2025", "month", D(2025, 12, 31), None),
    # "from now until": the end of the period is the deadline; so is a timeline's step opening its sentence
    ("Từ nay đến ngày 25/9/2017 phải thực hiện xong việc rà soát", "date", D(2017, 9, 25), None),
    ("Từ ngày 26/9 đến ngày 10/10/2017 xây dựng kế hoạch tuyên truyền", "date", D(2017, 10, 10), None),
    # a fixture written for this test: the period the work is carried out in
    ("Các hoạt động sẽ tập trung thực hiện từ ngày 26/8 đến 31/8/2018", "date", D(2018, 8, 31), None),
    # a month with its year after a hyphen; "this" month, of the document's year
    ("đẩy mạnh triển khai thực hiện trong tháng 6-2020", "month", D(2020, 6, 30), None),
    ("phải hoàn thành việc kiểm điểm trong tháng 4 này", "month", D(YEAR, 4, 30), None),
    # a duration before the date by which it must be over: the date
    ("thời gian không quá 3 ngày, hoàn thành trước ngày 15/5", "date", D(YEAR, 5, 15), None),
    # the day a thing must be done by, said before the doing
    ("đẩy nhanh tiến độ và đến ngày 10/08 hoàn thành phần móng", "date", D(YEAR, 8, 10), None),
    ("đến ngày 20/12/2023 phải hoàn thành", "date", D(2023, 12, 20), None),
    # a month without its year is the document's
    ("hoàn thành các nhiệm vụ trọng tâm trong tháng 8", "month", D(YEAR, 8, 31), None),
    # the day a thing is done on (fixtures written for this test)
    ("tổ chức họp Ban Chỉ đạo vào ngày 27/5/2023 để đánh giá", "date", D(2023, 5, 27), None),
    ("tổng hợp báo cáo kết quả xét nghiệm vào ngày 29/9", "date", D(YEAR, 9, 29), None),
    # ... which gives way to the term a phrase sets
    ("tại buổi họp vào ngày 18/3, giao Phòng Văn hóa gửi kế hoạch trước ngày 20/5", "date", D(YEAR, 5, 20), None),
    # ... said with its weekday or the part of the day, the date after it or in brackets
    ("ra quân dọn vệ sinh vào ngày Chủ nhật (ngày 01/11/2020)", "date", D(2020, 11, 1), None),
    ("tổ chức tập huấn vào sáng thứ Bảy, ngày 14/11", "date", D(YEAR, 11, 14), None),
    ("gửi báo cáo trước 17 giờ thứ Sáu, ngày 15/3/2024", "date", D(2024, 3, 15), None),
    ("tổ chức lễ ra quân vào thứ 2 ngày 9/9", "date", D(YEAR, 9, 9), None),
    # what was built since before a day is what is counted; the report's date is the term
    ("thống kê các cơ sở đã xây dựng từ trước ngày 31-7-2013 báo cáo UBND TP trước ngày 15-8-2013", "date",
     D(2013, 8, 15), None),
]


@pytest.mark.parametrize("text,kind,due,recurrence", CASES, ids=[c[0] for c in CASES])
def test_deadline_phrases(text, kind, due, recurrence, resources):
    found = pick_deadline(find_deadlines(text, resources, year=YEAR, issued=ISSUED))
    assert found is not None
    assert (found.kind, found.due, found.recurrence) == (kind, due, recurrence)


@pytest.mark.parametrize("text", [
    "Sáng ngày 02/01/2024, tại Trụ sở UBND tỉnh",
    "từ ngày 5/8 đến ngày 10/8 hoàn thành việc kiểm tra",
    "từ tháng 3 đến tháng 5",
    "nghỉ Lễ 30/4 – 1/5",
    "từ ngày 9 đến 18-4, tại Khu Di tích",
    "đường 30/4",
    "Quyết định số 30/2020/NĐ-CP",
    "kết quả đạt được trong năm 2023, kịp thời khắc phục",
    "giai đoạn 2021 - 2025",
    "Tết Nguyên đán Quý Mão",
    "kỷ niệm 60 năm Ngày giải phóng (20/11/1960 – 20/11/2020)",
    "Ngày 16/4/2020, UBND tỉnh ban hành công văn",
    "tầm nhìn đến năm 2050",
    "kịp thời báo cáo UBND tỉnh",
    "ngay cả khi",
    "giải quyết dứt điểm ngay từ cơ sở",
    "giám sát, phát hiện sớm ca bệnh",
    "cán bộ nghỉ thứ Bảy, Chủ nhật hàng tuần",
    "cửa hàng trên phố hàng ngày mở cửa",
    # when something starts, not when it is due
    "Thời gian thực hiện: Từ tháng 11/2025 đến khi kết thúc Tổng kiểm kê",
    "áp dụng kể từ tháng 7/2025",
    "tổ chức họp từ ngày 19 đến 23/4/2021",
    "Hội nghị diễn ra từ ngày 19/4 đến ngày 23/4/2021",
    # fixtures written for this test: the period a duty or a campaign lasts, its end no term
    "bố trí lãnh đạo trực cơ quan từ ngày 16/02/2026 (tức ngày 29 tháng Chạp) đến hết ngày 22/02/2026",
    "ra quân tổng kiểm tra từ 01-3 đến hết 30-4-2026 trên địa bàn",
    "tổ chức đợt cao điểm từ tháng 3 đến tháng 10 năm 2026",
    "tổ chức đợt cao điểm từ tháng 3/2026 đến hết tháng 10/2026",
    "báo cáo tình hình giải ngân 3 tháng đầu năm 2020",
    # within a process, a day of an event, a period, an annual budget
    "cắt giảm thủ tục ngay trong quá trình xây dựng văn bản",
    "xuất cấp ngay trong tình huống đột xuất",
    "Từ nay đến ngày 19 tháng 12 năm 2025 chỉ còn 01 tháng",
    "chống buôn lậu những tháng cuối năm 2025",
    # early in a year, told as a time: a season, a budget (fixtures written for this test)
    "bình ổn giá trong những tháng cuối năm 2024 và đầu năm 2025",
    "bố trí kinh phí trong dự toán đầu năm 2026",
    "bố trí kinh phí ngân sách địa phương hằng năm",
    "trong dự toán ngân sách nhà nước hằng năm",
    # funds allotted yearly, and aid given by an annual plan (fixtures written for this test)
    "bố trí nguồn vốn sự nghiệp giao thông hàng năm",
    "giải quyết hỗ trợ vốn cho địa phương theo kế hoạch hàng năm",
    # fixtures written for this test: an allowance paid monthly; the horizons of a plan
    "chi trả chế độ trợ cấp hàng tháng cho đối tượng",
    "cụ thể hóa thành các đề án, kế hoạch 5 năm và hằng năm để triển khai",
    "trình kế hoạch đầu tư công trung hạn và hàng năm",
    "tổ chức các hoạt động theo kế hoạch hàng năm và dài hạn",
    # a report named for the year's end; the period a sentence is set in
    "tổng hợp báo cáo cuối năm",
    "Trong năm nay, tỉnh đã thu ngân sách 3.000 tỷ đồng.",
    # a year's result, told
    "Cả năm 2015, toàn tỉnh thu ngân sách 3.000 tỷ đồng.",
])
def test_not_deadlines(text, resources):
    from pipeline.extractors.references import find_references

    blocked = [(r.start, r.end) for r in find_references(text, resources)]
    assert find_deadlines(text, resources, year=YEAR, blocked=blocked) == []


def test_dated_deadline_beats_asap(resources):
    text = "khẩn trương hoàn thiện hồ sơ, gửi về Sở trước ngày 28-10"
    assert pick_deadline(find_deadlines(text, resources, year=2021)).due == D(2021, 10, 28)
