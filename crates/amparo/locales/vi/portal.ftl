# Cổng thông tin công cộng: quyền và trợ giúp cho những người bị ảnh hưởng bởi hoạt động thi hành luật
# di trú liên bang tại Los Angeles. Lời lẽ đơn giản; mỗi thông điệp là một đoạn văn hoặc một mục trong danh sách.

## Khung trang
pt-site-name = Los Angeles: hãy biết quyền của bạn
pt-skip = Chuyển đến nội dung
pt-languages = Ngôn ngữ
pt-nav = Các mục
pt-fallback-note = Một số phần của trang này chưa được dịch và được hiển thị bằng tiếng Anh.
pt-footer-private = Trang web này không đặt cookie và không lưu lại bất kỳ hồ sơ nào về người đọc.
pt-footer-city = Thành phố Los Angeles
pt-print = In trang này

## Điều hướng và tiêu đề trang
pt-home-title = Trợ giúp và quyền của bạn
pt-door-title = Nếu đặc vụ đến nhà bạn, nơi làm việc của bạn hoặc một tòa nhà của Thành phố
pt-rights-title = Quyền của bạn
pt-contacts-title = Liên lạc khẩn cấp
pt-family-title = Chuẩn bị cho gia đình bạn
pt-services-title = Dịch vụ của Thành phố dành cho các gia đình
pt-workers-title = Quyền của người lao động và nhà thầu của Thành phố
pt-card-title = Thẻ quyền để in ra
pt-employees-title = Dành cho nhân viên Thành phố: nếu đặc vụ đến khu vực thuộc Thành phố

## Trang chủ
pt-home-intro = Mọi người ở Los Angeles đều có quyền, bất kể tình trạng di trú của họ. Trang này cho bạn biết phải làm gì nếu đặc vụ di trú tiếp cận bạn và nơi bạn có thể nhận được trợ giúp.
pt-home-emergency = Trong trường hợp khẩn cấp, hãy gọi 911.
pt-home-hotline = Để báo cáo hoạt động thi hành luật di trú hoặc nhận trợ giúp ngay, hãy gọi đường dây nóng của Los Angeles Rapid Response Network (Mạng lưới Ứng phó Nhanh Los Angeles): 888-624-4752. Đường dây có người trả lời mỗi ngày; bạn có thể để lại lời nhắn thoại.
pt-home-city = Dịch vụ của Thành phố dành cho tất cả mọi người sống ở Los Angeles, bất kể tình trạng di trú. Hãy gọi 311 về các dịch vụ của Thành phố.

## Nếu đặc vụ đến
pt-door-home-h = Tại nhà bạn
pt-door-home-1 = Bạn không bắt buộc phải mở cửa. Hãy nói chuyện qua cánh cửa đang đóng.
pt-door-home-2 = Hãy hỏi họ là ai và tại sao họ đến. Yêu cầu họ xuất trình lệnh (trát): họ có thể luồn lệnh qua khe dưới cửa hoặc giơ lên trước cửa sổ.
pt-door-home-3 = Đặc vụ chỉ được vào nhà bạn khi không có sự cho phép của bạn nếu họ có lệnh do thẩm phán ký. Hãy kiểm tra xem lệnh đó có ghi tên một tòa án, có chữ ký của thẩm phán và ghi đúng địa chỉ của bạn hay không.
pt-door-home-4 = Mẫu đơn di trú I-200 hoặc I-205 do một viên chức di trú ký, không phải do thẩm phán ký. Chỉ riêng mẫu đơn này không cho phép đặc vụ vào nhà bạn. Đừng mở cửa.
pt-door-home-5 = Nếu đặc vụ vẫn vào, đừng chống cự. Hãy nói rõ ràng: "Tôi không đồng ý cho khám xét." Hãy giữ im lặng và gọi cho luật sư hoặc đường dây nóng.
pt-door-work-h = Tại nơi làm việc
pt-door-work-1 = Bạn có quyền giữ im lặng. Bạn không bắt buộc phải trả lời các câu hỏi về nơi bạn sinh ra hoặc tình trạng di trú của bạn.
pt-door-work-2 = Đừng bỏ chạy. Hãy giữ bình tĩnh và hỏi: "Tôi có được phép đi không?" Nếu câu trả lời là có, hãy bình tĩnh rời đi.
pt-door-work-3 = Đừng xuất trình giấy tờ giả và đừng ký bất cứ thứ gì khi chưa nói chuyện với luật sư.
pt-door-city-h = Tại một tòa nhà hoặc cơ sở của Thành phố
pt-door-city-1 = Các khu vực công cộng của các tòa nhà Thành phố vẫn mở cửa cho bạn. Bạn có thể tiếp tục sử dụng các dịch vụ của Thành phố.
pt-door-city-2 = Nhân viên Thành phố không cho đặc vụ di trú vào những khu vực không mở cho công chúng, trừ khi đặc vụ có lệnh do thẩm phán ký.
pt-door-city-3 = Thành phố không sử dụng nhân viên, tài sản hay dữ liệu của mình cho việc thi hành luật di trú (sắc lệnh thành phố trú ẩn của Thành phố, năm 2024).

## Quyền
pt-rights-1 = Bạn có quyền giữ im lặng. Bạn có thể nói: "Tôi muốn giữ im lặng."
pt-rights-2 = Đừng mở cửa trừ khi đặc vụ xuất trình lệnh do thẩm phán ký.
pt-rights-3 = Đừng ký bất cứ thứ gì khi chưa nói chuyện với luật sư.
pt-rights-4 = Hãy hỏi: "Tôi có được phép đi không?" Nếu câu trả lời là có, hãy bình tĩnh rời đi.
pt-rights-5 = Bạn có quyền nói chuyện với luật sư. Nếu bạn bị tạm giữ, hãy yêu cầu có luật sư và đừng trả lời câu hỏi khi không có luật sư.
pt-rights-6 = Đừng nói dối và đừng xuất trình giấy tờ giả.
pt-rights-7 = Bạn có thể ghi lại những gì bạn thấy ở nơi công cộng, nếu việc đó an toàn và bạn không cản trở.

## Liên lạc
pt-contact-emergency = Khẩn cấp (cảnh sát, cứu hỏa, xe cứu thương)
pt-contact-hotline = Đường dây nóng của Los Angeles Rapid Response Network (Mạng lưới Ứng phó Nhanh Los Angeles): báo cáo hoạt động thi hành luật, nhận trợ giúp. Mỗi ngày; có hộp thư thoại.
pt-contact-311 = Dịch vụ và thông tin của Thành phố Los Angeles

## Gia đình
pt-family-1 = Hãy lập kế hoạch gia đình ngay từ bây giờ: ai sẽ đón con bạn ở trường hoặc chăm sóc các con nếu bạn không thể về nhà.
pt-family-2 = Hãy học thuộc lòng các số điện thoại quan trọng, bao gồm số của một người bạn tin cậy và số đường dây nóng 888-624-4752.
pt-family-3 = Hãy cất giữ các giấy tờ quan trọng (giấy khai sinh, hộ chiếu, hồ sơ y tế, hợp đồng thuê nhà) ở một nơi an toàn mà một người bạn tin cậy có thể lấy được.
pt-family-4 = Hãy cho trường học và bác sĩ của con bạn biết ai được phép đón các con.
pt-family-5 = Hãy luôn mang theo tên và số điện thoại của một luật sư hoặc tổ chức trợ giúp pháp lý.

## Dịch vụ
pt-services-1 = Dịch vụ của Thành phố dành cho tất cả mọi người sống ở Los Angeles, bất kể tình trạng di trú.
pt-services-2 = Danh bạ của Thành phố liệt kê các dịch vụ trợ giúp pháp lý, ứng phó nhanh, chuẩn bị cho gia đình, sức khỏe tâm thần, thực phẩm, nhà ở và hỗ trợ tài chính, kèm theo các ngôn ngữ mà mỗi dịch vụ sử dụng.
pt-services-3 = Hãy gọi 311 để hỏi về các dịch vụ của Thành phố bằng ngôn ngữ của bạn.

## Người lao động và nhà thầu
pt-workers-h = Người lao động
pt-workers-1 = Quyền của bạn tại nơi làm việc không phụ thuộc vào tình trạng di trú của bạn. Bạn có thể giữ im lặng khi đặc vụ di trú hỏi bạn.
pt-workers-2 = Đặc vụ cần có lệnh do thẩm phán ký, hoặc sự đồng ý của chủ lao động của bạn, để vào những khu vực tại nơi làm việc không mở cho công chúng.
pt-workers-3 = Đừng bỏ chạy và đừng ký bất cứ thứ gì khi không có luật sư. Hãy hỏi xem bạn có được phép rời đi không.
pt-contractors-h = Nhà thầu của Thành phố
pt-contractors-1 = Thành phố không sử dụng nguồn lực, tài sản hay dữ liệu của mình cho việc thi hành luật di trú. Điều này áp dụng cho công việc bạn làm cho Thành phố.
pt-contractors-2 = Nếu đặc vụ yêu cầu bạn cho họ vào các cơ sở của Thành phố hoặc đưa cho họ hồ sơ của Thành phố, đừng đáp ứng. Hãy liên lạc ngay với sở của Thành phố mà bạn đang làm việc cho.
pt-contractors-3 = Đừng chia sẻ với đặc vụ di trú thông tin về những người mà Thành phố phục vụ.

## Thẻ
pt-card-intro = Hãy in thẻ này, gấp lại và mang theo bên mình.
pt-card-show = Nếu bạn bị chặn lại, hãy đưa mặt này cho đặc vụ xem:
pt-card-statement = Tôi đang thực hiện quyền giữ im lặng của mình. Tôi không đồng ý cho khám xét. Tôi sẽ không ký bất cứ thứ gì khi chưa nói chuyện với luật sư. Nếu quý vị có lệnh do thẩm phán ký, xin vui lòng luồn lệnh qua khe dưới cửa hoặc cho tôi xem qua cửa sổ.

## Nhân viên Thành phố
pt-employees-1 = Hãy giữ bình tĩnh và lịch sự. Đừng dùng sức để cản trở đặc vụ.
pt-employees-2 = Khu vực công cộng vẫn là khu vực công cộng. Đừng cho đặc vụ vào những khu vực không mở cho công chúng trừ khi họ xuất trình lệnh do thẩm phán ký. Mẫu đơn di trú (I-200, I-205) không phải là lệnh của tòa án.
pt-employees-3 = Hãy hỏi tên, cơ quan và số phù hiệu của họ, và yêu cầu xem lệnh. Hãy ghi lại những thông tin đó.
pt-employees-4 = Hãy gọi ngay cho người giám sát của bạn và người phụ trách liên lạc về các vấn đề người nhập cư của sở bạn.
pt-employees-5 = Đừng chia sẻ hồ sơ của Thành phố hoặc thông tin về những người mà Thành phố phục vụ.
pt-employees-6 = Hãy báo cáo sự việc trong amparo càng sớm càng tốt. Báo cáo sẽ được gửi đến Văn phòng Thị trưởng.
pt-employees-report = Nộp báo cáo (đăng nhập)

## Danh bạ dịch vụ (tìm kiếm dành cho cư dân)
pt-dir-title = Tìm trợ giúp
pt-dir-intro = Tìm các dịch vụ dành cho các gia đình ở Los Angeles. Bạn không cần cho biết tên, và những gì bạn tìm kiếm sẽ không được lưu lại.
pt-dir-filters = Tìm trong danh bạ
pt-dir-need = Bạn cần gì?
pt-dir-need-any = Mọi loại trợ giúp
pt-need-legal-aid = Trợ giúp pháp lý
pt-need-rapid-response = Ứng phó nhanh khi có hoạt động thi hành luật di trú
pt-need-family-preparedness = Chuẩn bị cho gia đình
pt-need-mental-health = Sức khỏe tâm thần
pt-need-food = Thực phẩm
pt-need-housing = Nhà ở
pt-need-financial-help = Hỗ trợ tài chính
pt-dir-language = Ngôn ngữ phục vụ
pt-dir-language-any = Mọi ngôn ngữ
pt-dir-zip = Mã ZIP (mã bưu chính)
pt-dir-zip-hint = Không bắt buộc. Nếu bạn nhập mã ZIP, các dịch vụ gần nhất sẽ hiện trước.
pt-dir-point = Hoặc tìm từ một điểm trên bản đồ
pt-dir-latitude = Vĩ độ
pt-dir-longitude = Kinh độ
pt-dir-distance = Khoảng cách
pt-dir-distance-any = Mọi khoảng cách
pt-dir-within = Trong vòng { $miles ->
   *[other] { $miles } dặm
}
pt-dir-open-now = Chỉ những nơi đang mở cửa
pt-dir-search = Tìm kiếm
pt-dir-results = { $count ->
    [0] Không tìm thấy dịch vụ nào
   *[other] Tìm thấy { $count } dịch vụ
}
pt-dir-none = Không có dịch vụ nào phù hợp với tìm kiếm của bạn. Hãy thử bớt bộ lọc, hoặc gọi 211 hay đường dây nóng.
pt-dir-example = Mục ví dụ: đây chỉ là ví dụ, không phải dịch vụ có thật.
pt-dir-open = Đang mở cửa
pt-dir-closed = Hiện đang đóng cửa
pt-dir-away = Cách { $miles } dặm
pt-dir-phone = Điện thoại
pt-dir-website = Trang web
pt-dir-languages = Ngôn ngữ
pt-dir-hours = Giờ làm việc
pt-dir-address = Địa chỉ
pt-dir-by-phone = Qua điện thoại hoặc trực tuyến, ở bất cứ đâu
pt-dir-err-title = Vui lòng kiểm tra lại tìm kiếm của bạn
pt-dir-err-zip = Hãy nhập mã ZIP gồm năm chữ số thuộc Quận Los Angeles.
pt-dir-err-point = Hãy nhập cả vĩ độ và kinh độ của một điểm trong Quận Los Angeles, hoặc để trống cả hai.
pt-dir-err-distance = Để chọn khoảng cách, hãy nhập thêm mã ZIP hoặc một điểm trên bản đồ.
pt-dir-err-choice = Hãy chọn một trong các lựa chọn trong danh sách.
pt-dir-prev = Trang trước
pt-dir-next = Trang sau
pt-dir-page = Trang { $page } trên { $pages }
pt-day-mo = Thứ Hai
pt-day-tu = Thứ Ba
pt-day-we = Thứ Tư
pt-day-th = Thứ Năm
pt-day-fr = Thứ Sáu
pt-day-sa = Thứ Bảy
pt-day-su = Chủ Nhật

## Trang do biên tập viên viết
pt-page-version = Phiên bản { $version }, đăng ngày { $date }
