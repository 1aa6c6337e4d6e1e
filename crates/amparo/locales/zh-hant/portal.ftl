# 公共入口網站：為在洛杉磯受到聯邦移民執法影響的人提供權利資訊和協助。
# 用詞淺白；每則訊息是一個段落或一個清單項目。

## 頁面框架
pt-site-name = 洛杉磯：了解您的權利
pt-skip = 跳到主要內容
pt-languages = 語言
pt-nav = 欄目
pt-fallback-note = 本頁部分內容尚未翻譯，以英文顯示。
pt-footer-private = 本網站不使用 Cookie，也不記錄誰閱讀了本網站。
pt-footer-city = 洛杉磯市
pt-print = 列印本頁

## 導覽和頁面標題
pt-home-title = 協助與您的權利
pt-door-title = 如果執法人員來到您家門口、您的工作場所或市政府建築
pt-rights-title = 您的權利
pt-contacts-title = 緊急聯絡方式
pt-family-title = 為家人做好準備
pt-services-title = 為家庭提供的市政服務
pt-workers-title = 工人和市政府承包商的權利
pt-card-title = 可列印的權利卡
pt-employees-title = 市政府員工須知：如果執法人員來到市政府的場所

## 首頁
pt-home-intro = 無論移民身分如何，洛杉磯的每個人都享有權利。本頁告訴您，如果移民執法人員接近您，應該怎麼做，以及到哪裡尋求協助。
pt-home-emergency = 遇到緊急情況，請撥打 911。
pt-home-hotline = 如需舉報移民執法活動或立即獲得協助，請撥打 Los Angeles Rapid Response Network（洛杉磯快速反應網絡）熱線：888-624-4752。熱線每天都有人接聽；您也可以留下語音留言。
pt-home-city = 市政服務是為所有住在洛杉磯的人提供的，不論移民身分如何。如需市政服務，請撥打 311。

## 如果執法人員上門
pt-door-home-h = 在家中
pt-door-home-1 = 您不必開門。隔著關著的門說話。
pt-door-home-2 = 問他們是誰、為什麼來。要求他們出示令狀：他們可以把令狀從門下塞進來，或者貼在窗戶上給您看。
pt-door-home-3 = 只有持有法官簽署的令狀，執法人員才可以未經您的允許進入您的家。請檢查令狀上是否寫明了法院名稱、是否有法官簽名，以及您的地址是否正確。
pt-door-home-4 = 移民表格 I-200 或 I-205 是由移民官員簽署的，不是由法官簽署的。僅憑這種表格，執法人員不能進入您的家。不要開門。
pt-door-home-5 = 如果執法人員仍然進入，不要反抗。清楚地說：「我不同意這次搜查。」保持沉默，並打電話給律師或熱線。
pt-door-work-h = 在工作場所
pt-door-work-1 = 您有權保持沉默。您不必回答關於您在哪裡出生或您的移民身分的問題。
pt-door-work-2 = 不要逃跑。保持冷靜，並問：「我可以走了嗎？」如果回答是可以，就冷靜地走開。
pt-door-work-3 = 不要出示假證件；在與律師談過之前，不要簽署任何東西。
pt-door-city-h = 在市政府的建築或設施
pt-door-city-1 = 市政府建築的公共區域仍然對您開放。您可以繼續使用市政服務。
pt-door-city-2 = 除非移民執法人員持有法官簽署的令狀，否則市政府工作人員不會讓他們進入不對公眾開放的區域。
pt-door-city-3 = 市政府不會把它的工作人員、財產或資料用於移民執法（洛杉磯市庇護城市條例，2024 年）。

## 權利
pt-rights-1 = 您有權保持沉默。您可以說：「我要保持沉默。」
pt-rights-2 = 除非執法人員出示法官簽署的令狀，否則不要開門。
pt-rights-3 = 在與律師談過之前，不要簽署任何東西。
pt-rights-4 = 問：「我可以走了嗎？」如果回答是可以，就冷靜地離開。
pt-rights-5 = 您有權與律師交談。如果您被拘留，請要求見律師；沒有律師時，不要回答問題。
pt-rights-6 = 不要說謊，也不要出示假證件。
pt-rights-7 = 如果安全，而且您不進行干擾，您可以錄下您在公共場所看到的情況。

## 聯絡方式
pt-contact-emergency = 緊急情況（警察、消防、救護車）
pt-contact-hotline = Los Angeles Rapid Response Network（洛杉磯快速反應網絡）熱線：舉報執法活動，獲得協助。每天開通；可以語音留言。
pt-contact-311 = 洛杉磯市政服務和資訊

## 家庭
pt-family-1 = 現在就制定家庭計畫：如果您不能回家，誰去學校接您的孩子，或者誰照顧他們。
pt-family-2 = 把重要的電話號碼背下來，包括一位您信任的人的號碼和熱線號碼 888-624-4752。
pt-family-3 = 把重要文件（出生證明、護照、醫療紀錄、租約）放在您信任的人能夠拿到的安全地方。
pt-family-4 = 告訴孩子的學校和醫生，誰可以接走孩子。
pt-family-5 = 隨身帶著一位律師或一家法律援助機構的名稱和電話號碼。

## 服務
pt-services-1 = 所有住在洛杉磯的人，不論移民身分如何，都可以使用市政服務。
pt-services-2 = 市政府的服務名錄列出了法律援助、快速反應、家庭準備、心理健康、食物、住房和經濟援助等服務，並註明每項服務使用哪些語言。
pt-services-3 = 撥打 311，用您的語言詢問市政服務。

## 工人和承包商
pt-workers-h = 工人
pt-workers-1 = 您在工作中的權利不取決於您的移民身分。移民執法人員問您問題時，您可以保持沉默。
pt-workers-2 = 執法人員要進入工作場所中不對公眾開放的區域，需要有法官簽署的令狀，或者得到您僱主的同意。
pt-workers-3 = 不要逃跑；沒有律師，不要簽署任何東西。問一問您是否可以離開。
pt-contractors-h = 市政府承包商
pt-contractors-1 = 市政府不會把它的資源、財產或資料用於移民執法。這也適用於您為市政府做的工作。
pt-contractors-2 = 如果執法人員要求您讓他們進入市政府設施，或要求您提供市政府紀錄，不要給。立即聯絡您為之工作的市政府部門。
pt-contractors-3 = 不要把市政府所服務的人的資訊告訴移民執法人員。

## 權利卡
pt-card-intro = 列印這張卡片，摺好，隨身攜帶。
pt-card-show = 如果您被攔下，請向執法人員出示這一面：
pt-card-statement = 我要行使保持沉默的權利。我不同意搜查。在與律師交談之前，我不會簽署任何東西。如果您有法官簽署的令狀，請把它從門下塞進來，或者隔著窗戶給我看。

## 市政府員工
pt-employees-1 = 保持冷靜和禮貌。不要用身體阻撓執法人員。
pt-employees-2 = 公共區域仍然是公共區域。除非執法人員出示法官簽署的令狀，否則不要讓他們進入不對公眾開放的區域。移民表格（I-200、I-205）不是司法令狀。
pt-employees-3 = 詢問他們的姓名、所屬機構和徽章號碼，並要求查看令狀。把這些寫下來。
pt-employees-4 = 立即打電話給您的主管和您部門的移民事務聯絡人。
pt-employees-5 = 不要透露市政府的紀錄或市政府所服務的人的資訊。
pt-employees-6 = 請儘快在 amparo 中報告發生的事情。報告會傳送給市長辦公室。
pt-employees-report = 提交報告（登入）

## 服務名錄（居民搜尋）
pt-dir-title = 尋找協助
pt-dir-intro = 搜尋為洛杉磯家庭提供的服務。您不需要提供姓名，您搜尋的內容也不會被儲存。
pt-dir-filters = 搜尋服務名錄
pt-dir-need = 您需要什麼協助？
pt-dir-need-any = 任何類型的協助
pt-need-legal-aid = 法律援助
pt-need-rapid-response = 移民執法快速反應
pt-need-family-preparedness = 家庭準備
pt-need-mental-health = 心理健康
pt-need-food = 食物
pt-need-housing = 住房
pt-need-financial-help = 經濟援助
pt-dir-language = 服務使用的語言
pt-dir-language-any = 任何語言
pt-dir-zip = 郵遞區號（ZIP）
pt-dir-zip-hint = 選填。填寫郵遞區號後，最近的服務會排在前面。
pt-dir-point = 或者從地圖上的某個地點搜尋
pt-dir-latitude = 緯度
pt-dir-longitude = 經度
pt-dir-distance = 距離
pt-dir-distance-any = 不限距離
pt-dir-within = { $miles ->
   *[other] { $miles } 英里以內
}
pt-dir-open-now = 只顯示現在開放的服務
pt-dir-search = 搜尋
pt-dir-results = { $count ->
    [0] 找不到服務
   *[other] 找到 { $count } 項服務
}
pt-dir-none = 沒有符合您搜尋條件的服務。請減少篩選條件，或者撥打 211 或熱線。
pt-dir-example = 範例項目：這是虛構的例子，不是真實的服務。
pt-dir-open = 現在開放
pt-dir-closed = 現在未開放
pt-dir-away = 距離 { $miles } 英里
pt-dir-phone = 電話
pt-dir-website = 網站
pt-dir-languages = 語言
pt-dir-hours = 開放時間
pt-dir-address = 地址
pt-dir-by-phone = 透過電話或網路提供服務，不限地點
pt-dir-err-title = 請檢查您的搜尋條件
pt-dir-err-zip = 請輸入洛杉磯郡的五位數郵遞區號。
pt-dir-err-point = 請同時填寫洛杉磯郡內某個地點的緯度和經度，或者兩項都不填。
pt-dir-err-distance = 選擇距離時，還需要填寫郵遞區號或地點。
pt-dir-err-choice = 請從清單中選擇一個選項。
pt-dir-prev = 上一頁
pt-dir-next = 下一頁
pt-dir-page = 第 { $page } 頁，共 { $pages } 頁
pt-day-mo = 星期一
pt-day-tu = 星期二
pt-day-we = 星期三
pt-day-th = 星期四
pt-day-fr = 星期五
pt-day-sa = 星期六
pt-day-su = 星期日

## 編輯撰寫的頁面
pt-page-version = 版本 { $version }，發布於 { $date }
