# 공개 포털: 로스앤젤레스에서 연방 이민 단속의 영향을 받는 사람들을 위한 권리와 도움 안내.
# 쉬운 말로 씁니다. 각 메시지는 한 문단 또는 목록의 한 항목입니다.

## 기본 틀
pt-site-name = 로스앤젤레스: 나의 권리 알기
pt-skip = 본문으로 건너뛰기
pt-languages = 언어
pt-nav = 섹션
pt-fallback-note = 이 페이지의 일부는 아직 번역되지 않아 영어로 표시됩니다.
pt-footer-private = 이 사이트는 쿠키를 사용하지 않으며, 누가 읽는지 기록하지 않습니다.
pt-footer-city = 로스앤젤레스시
pt-print = 이 페이지 인쇄

## 메뉴와 페이지 제목
pt-home-title = 도움과 여러분의 권리
pt-door-title = 요원이 집 앞, 직장 또는 시 건물에 찾아온 경우
pt-rights-title = 여러분의 권리
pt-contacts-title = 비상 연락처
pt-family-title = 가족을 위한 준비
pt-services-title = 가족을 위한 시 서비스
pt-workers-title = 근로자와 시 계약업체의 권리
pt-card-title = 인쇄용 권리 카드
pt-employees-title = 시 직원 안내: 요원이 시 소유 건물이나 부지에 찾아온 경우

## 홈
pt-home-intro = 로스앤젤레스에 있는 모든 사람은 이민 신분과 관계없이 권리가 있습니다. 이 페이지는 이민 요원이 여러분에게 다가올 때 어떻게 해야 하는지, 어디서 도움을 받을 수 있는지 알려 드립니다.
pt-home-emergency = 응급 상황에서는 911에 전화하세요.
pt-home-hotline = 이민 단속 활동을 신고하거나 지금 바로 도움을 받으려면 Los Angeles Rapid Response Network(로스앤젤레스 신속대응 네트워크) 핫라인 888-624-4752로 전화하세요. 매일 전화를 받으며, 음성 메시지를 남길 수 있습니다.
pt-home-city = 시 서비스는 이민 신분과 관계없이 로스앤젤레스에 사는 모든 사람을 위한 것입니다. 시 서비스는 311로 전화하세요.

## 요원이 찾아온 경우
pt-door-home-h = 집에서
pt-door-home-1 = 문을 열지 않아도 됩니다. 문을 닫은 채로 대화하세요.
pt-door-home-2 = 누구인지, 왜 왔는지 물어보세요. 영장을 보여 달라고 하세요. 요원은 영장을 문 아래로 밀어 넣거나 창문에 대고 보여 줄 수 있습니다.
pt-door-home-3 = 요원은 판사가 서명한 영장이 있을 때만 여러분의 허락 없이 집에 들어올 수 있습니다. 영장에 법원 이름이 적혀 있는지, 판사의 서명이 있는지, 여러분의 주소가 정확한지 확인하세요.
pt-door-home-4 = 이민 서식 I-200이나 I-205는 판사가 아니라 이민국 직원이 서명한 것입니다. 그 서식만으로는 요원이 집에 들어올 수 없습니다. 문을 열지 마세요.
pt-door-home-5 = 그래도 요원이 들어오면 저항하지 마세요. 분명하게 말하세요: "이 수색에 동의하지 않습니다." 그다음에는 아무 말도 하지 말고 변호사나 핫라인에 전화하세요.
pt-door-work-h = 직장에서
pt-door-work-1 = 여러분은 침묵할 권리(묵비권)가 있습니다. 태어난 곳이나 이민 신분에 관한 질문에 대답하지 않아도 됩니다.
pt-door-work-2 = 달아나지 마세요. 침착하게 물어보세요: "제가 가도 됩니까?" 대답이 '예'라면 침착하게 걸어서 떠나세요.
pt-door-work-3 = 가짜 서류를 보여 주지 말고, 변호사와 상의하기 전에는 아무것에도 서명하지 마세요.
pt-door-city-h = 시 건물이나 시설에서
pt-door-city-1 = 시 건물의 공공 구역은 계속 여러분에게 열려 있습니다. 시 서비스를 계속 이용할 수 있습니다.
pt-door-city-2 = 시 직원은 판사가 서명한 영장이 없는 한 이민 요원을 일반인에게 개방되지 않은 구역에 들여보내지 않습니다.
pt-door-city-3 = 시는 직원, 재산, 데이터를 이민 단속에 사용하지 않습니다(시 피난처 조례, 2024년).

## 권리
pt-rights-1 = 여러분은 침묵할 권리가 있습니다. 이렇게 말할 수 있습니다: "묵비권을 행사하겠습니다."
pt-rights-2 = 요원이 판사가 서명한 영장을 보여 주지 않으면 문을 열지 마세요.
pt-rights-3 = 변호사와 상의하기 전에는 아무것에도 서명하지 마세요.
pt-rights-4 = 이렇게 물어보세요: "제가 가도 됩니까?" 대답이 '예'라면 침착하게 떠나세요.
pt-rights-5 = 여러분은 변호사와 이야기할 권리가 있습니다. 구금되면 변호사를 요청하고, 변호사 없이는 질문에 대답하지 마세요.
pt-rights-6 = 거짓말하지 말고, 가짜 서류를 보여 주지 마세요.
pt-rights-7 = 안전하고 여러분이 방해하지 않는다면, 공공장소에서 보이는 것을 녹화할 수 있습니다.

## 연락처
pt-contact-emergency = 응급 상황(경찰, 소방, 구급차)
pt-contact-hotline = Los Angeles Rapid Response Network(로스앤젤레스 신속대응 네트워크) 핫라인: 단속 활동 신고, 도움 요청. 매일 운영, 음성 메시지 가능.
pt-contact-311 = 로스앤젤레스시 서비스와 안내

## 가족
pt-family-1 = 지금 가족 계획을 세우세요. 여러분이 집에 돌아올 수 없을 때 누가 학교에서 자녀를 데려오거나 자녀를 돌볼지 정해 두세요.
pt-family-2 = 믿을 수 있는 사람의 번호와 핫라인 번호 888-624-4752를 포함해 중요한 전화번호를 외워 두세요.
pt-family-3 = 중요한 서류(출생증명서, 여권, 의료 기록, 임대 계약서)는 믿을 수 있는 사람이 꺼낼 수 있는 안전한 곳에 보관하세요.
pt-family-4 = 자녀의 학교와 의사에게 누가 자녀를 데려갈 수 있는지 알려 두세요.
pt-family-5 = 변호사나 법률 지원 단체의 이름과 전화번호를 가지고 다니세요.

## 서비스
pt-services-1 = 시 서비스는 이민 신분과 관계없이 로스앤젤레스에 사는 모든 사람이 이용할 수 있습니다.
pt-services-2 = 시의 서비스 안내 목록에는 법률 지원, 신속 대응, 가족 대비, 정신 건강, 식품, 주거, 재정 지원이 나와 있으며, 각 서비스에서 사용하는 언어도 함께 나와 있습니다.
pt-services-3 = 311에 전화해 여러분의 언어로 시 서비스에 대해 문의하세요.

## 근로자와 계약업체
pt-workers-h = 근로자
pt-workers-1 = 직장에서의 권리는 이민 신분과 관계가 없습니다. 이민 요원이 질문할 때 침묵할 수 있습니다.
pt-workers-2 = 요원이 직장에서 일반인에게 개방되지 않은 구역에 들어가려면 판사가 서명한 영장이나 고용주의 동의가 필요합니다.
pt-workers-3 = 달아나지 말고, 변호사 없이는 아무것에도 서명하지 마세요. 가도 되는지 물어보세요.
pt-contractors-h = 시 계약업체
pt-contractors-1 = 시는 자원, 재산, 데이터를 이민 단속에 사용하지 않습니다. 이는 여러분이 시를 위해 하는 일에도 적용됩니다.
pt-contractors-2 = 요원이 시 시설에 들어가게 해 달라고 하거나 시 기록을 요구하면 응하지 마세요. 일하고 있는 시 부서에 즉시 연락하세요.
pt-contractors-3 = 시가 서비스를 제공하는 사람들에 관한 정보를 이민 요원에게 알려 주지 마세요.

## 카드
pt-card-intro = 이 카드를 인쇄하고 접어서 가지고 다니세요.
pt-card-show = 요원이 여러분을 멈춰 세우면 이 면을 보여 주세요:
pt-card-statement = 저는 묵비권을 행사합니다. 저는 수색에 동의하지 않습니다. 변호사와 이야기하기 전에는 아무것에도 서명하지 않겠습니다. 판사가 서명한 영장이 있다면 문 아래로 밀어 넣거나 창문을 통해 보여 주십시오.

## 시 직원
pt-employees-1 = 침착하고 예의 바르게 행동하세요. 요원을 물리적으로 방해하지 마세요.
pt-employees-2 = 공공 구역은 계속 공공 구역입니다. 요원이 판사가 서명한 영장을 보여 주지 않는 한 일반인에게 개방되지 않은 구역에 들여보내지 마세요. 이민 서식(I-200, I-205)은 법원 영장이 아닙니다.
pt-employees-3 = 요원의 이름, 소속 기관, 배지 번호를 묻고 영장을 보여 달라고 하세요. 이를 적어 두세요.
pt-employees-4 = 즉시 상사와 소속 부서의 이민자 업무 담당 연락관에게 전화하세요.
pt-employees-5 = 시 기록이나 시가 서비스를 제공하는 사람들에 관한 정보를 공유하지 마세요.
pt-employees-6 = 일어난 일을 가능한 한 빨리 amparo에 보고하세요. 보고 내용은 시장실로 전달됩니다.
pt-employees-report = 보고서 제출(로그인)

## 서비스 안내 목록(주민 검색)
pt-dir-title = 도움 찾기
pt-dir-intro = 로스앤젤레스의 가족을 위한 서비스를 검색하세요. 이름을 알려 주지 않아도 되며, 검색한 내용은 저장되지 않습니다.
pt-dir-filters = 서비스 안내 목록 검색
pt-dir-need = 어떤 도움이 필요하세요?
pt-dir-need-any = 모든 종류의 도움
pt-need-legal-aid = 법률 지원
pt-need-rapid-response = 이민 단속 신속 대응
pt-need-family-preparedness = 가족 대비
pt-need-mental-health = 정신 건강
pt-need-food = 식품
pt-need-housing = 주거
pt-need-financial-help = 재정 지원
pt-dir-language = 사용 언어
pt-dir-language-any = 모든 언어
pt-dir-zip = 우편번호(ZIP 코드)
pt-dir-zip-hint = 선택 사항입니다. 우편번호를 입력하면 가까운 서비스부터 나옵니다.
pt-dir-point = 또는 지도의 한 지점을 기준으로 검색
pt-dir-latitude = 위도
pt-dir-longitude = 경도
pt-dir-distance = 거리
pt-dir-distance-any = 거리 제한 없음
pt-dir-within = { $miles ->
   *[other] { $miles }마일 이내
}
pt-dir-open-now = 지금 운영 중인 곳만
pt-dir-search = 검색
pt-dir-results = { $count ->
    [0] 찾은 서비스가 없습니다
   *[other] 서비스 { $count }개를 찾았습니다
}
pt-dir-none = 검색 조건에 맞는 서비스가 없습니다. 검색 조건을 줄여 보시거나 211 또는 핫라인에 전화하세요.
pt-dir-example = 예시 항목: 실제 서비스가 아니라 보기로 만든 항목입니다.
pt-dir-open = 지금 운영 중
pt-dir-closed = 지금은 운영하지 않음
pt-dir-away = { $miles }마일 거리
pt-dir-phone = 전화
pt-dir-website = 웹사이트
pt-dir-languages = 언어
pt-dir-hours = 운영 시간
pt-dir-address = 주소
pt-dir-by-phone = 어디서나 전화나 온라인으로 이용
pt-dir-err-title = 검색 내용을 확인해 주세요
pt-dir-err-zip = 로스앤젤레스 카운티의 다섯 자리 우편번호를 입력하세요.
pt-dir-err-point = 로스앤젤레스 카운티 안의 위도와 경도를 둘 다 입력하거나, 둘 다 비워 두세요.
pt-dir-err-distance = 거리를 선택하려면 우편번호나 지도의 지점도 함께 입력하세요.
pt-dir-err-choice = 목록에 있는 항목 중 하나를 선택하세요.
pt-dir-prev = 이전 페이지
pt-dir-next = 다음 페이지
pt-dir-page = { $pages }페이지 중 { $page }페이지
pt-day-mo = 월요일
pt-day-tu = 화요일
pt-day-we = 수요일
pt-day-th = 목요일
pt-day-fr = 금요일
pt-day-sa = 토요일
pt-day-su = 일요일

## 편집자가 작성한 페이지
pt-page-version = 버전 { $version }, { $date } 게시
