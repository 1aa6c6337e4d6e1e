# 公共门户：为在洛杉矶受到联邦移民执法影响的人提供权利信息和帮助。
# 用词浅显；每条消息是一个段落或一个列表项。

## 页面框架
pt-site-name = 洛杉矶：了解您的权利
pt-skip = 跳到正文
pt-languages = 语言
pt-nav = 栏目
pt-fallback-note = 本页部分内容尚未翻译，以英文显示。
pt-footer-private = 本网站不使用 Cookie，也不记录谁阅读了本网站。
pt-footer-city = 洛杉矶市
pt-print = 打印本页

## 导航和页面标题
pt-home-title = 帮助与您的权利
pt-door-title = 如果执法人员来到您家门口、您的工作场所或市政府建筑
pt-rights-title = 您的权利
pt-contacts-title = 紧急联系方式
pt-family-title = 为家人做好准备
pt-services-title = 面向家庭的市政服务
pt-workers-title = 工人和市政府承包商的权利
pt-card-title = 可打印的权利卡
pt-employees-title = 市政府员工须知：如果执法人员来到市政府的场所

## 首页
pt-home-intro = 无论移民身份如何，洛杉矶的每个人都享有权利。本页告诉您，如果移民执法人员接近您，应该怎么做，以及到哪里寻求帮助。
pt-home-emergency = 遇到紧急情况，请拨打 911。
pt-home-hotline = 如需举报移民执法活动或立即获得帮助，请拨打 Los Angeles Rapid Response Network（洛杉矶快速反应网络）热线：888-624-4752。热线每天都有人接听；您也可以留下语音留言。
pt-home-city = 市政服务面向所有住在洛杉矶的人，不论移民身份如何。如需市政服务，请拨打 311。

## 如果执法人员上门
pt-door-home-h = 在家中
pt-door-home-1 = 您不必开门。隔着关着的门说话。
pt-door-home-2 = 问他们是谁、为什么来。要求他们出示令状：他们可以把令状从门下塞进来，或者贴在窗户上给您看。
pt-door-home-3 = 只有持有法官签署的令状，执法人员才可以未经您的允许进入您的家。请检查令状上是否写明了法院名称、是否有法官签名，以及您的地址是否正确。
pt-door-home-4 = 移民表格 I-200 或 I-205 是由移民官员签署的，不是由法官签署的。仅凭这种表格，执法人员不能进入您的家。不要开门。
pt-door-home-5 = 如果执法人员仍然进入，不要反抗。清楚地说：“我不同意这次搜查。”保持沉默，并打电话给律师或热线。
pt-door-work-h = 在工作场所
pt-door-work-1 = 您有权保持沉默。您不必回答关于您在哪里出生或您的移民身份的问题。
pt-door-work-2 = 不要逃跑。保持冷静，并问：“我可以走了吗？”如果回答是可以，就冷静地走开。
pt-door-work-3 = 不要出示假证件；在与律师谈过之前，不要签署任何东西。
pt-door-city-h = 在市政府的建筑或设施
pt-door-city-1 = 市政府建筑的公共区域仍然对您开放。您可以继续使用市政服务。
pt-door-city-2 = 除非移民执法人员持有法官签署的令状，否则市政府工作人员不会让他们进入不对公众开放的区域。
pt-door-city-3 = 市政府不会把它的工作人员、财产或数据用于移民执法（洛杉矶市庇护城市条例，2024 年）。

## 权利
pt-rights-1 = 您有权保持沉默。您可以说：“我要保持沉默。”
pt-rights-2 = 除非执法人员出示法官签署的令状，否则不要开门。
pt-rights-3 = 在与律师谈过之前，不要签署任何东西。
pt-rights-4 = 问：“我可以走了吗？”如果回答是可以，就冷静地离开。
pt-rights-5 = 您有权与律师交谈。如果您被拘留，请要求见律师；没有律师时，不要回答问题。
pt-rights-6 = 不要说谎，也不要出示假证件。
pt-rights-7 = 如果安全，而且您不进行干扰，您可以录下您在公共场所看到的情况。

## 联系方式
pt-contact-emergency = 紧急情况（警察、消防、救护车）
pt-contact-hotline = Los Angeles Rapid Response Network（洛杉矶快速反应网络）热线：举报执法活动，获得帮助。每天开通；可以语音留言。
pt-contact-311 = 洛杉矶市政服务和信息

## 家庭
pt-family-1 = 现在就制定家庭计划：如果您不能回家，谁去学校接您的孩子，或者谁照顾他们。
pt-family-2 = 把重要的电话号码背下来，包括一位您信任的人的号码和热线号码 888-624-4752。
pt-family-3 = 把重要文件（出生证明、护照、医疗记录、租约）放在您信任的人能够拿到的安全地方。
pt-family-4 = 告诉孩子的学校和医生，谁可以接走孩子。
pt-family-5 = 随身带着一位律师或一家法律援助机构的名称和电话号码。

## 服务
pt-services-1 = 所有住在洛杉矶的人，不论移民身份如何，都可以使用市政服务。
pt-services-2 = 市政府的服务名录列出了法律援助、快速反应、家庭准备、心理健康、食物、住房和经济援助等服务，并注明每项服务使用哪些语言。
pt-services-3 = 拨打 311，用您的语言询问市政服务。

## 工人和承包商
pt-workers-h = 工人
pt-workers-1 = 您在工作中的权利不取决于您的移民身份。移民执法人员问您问题时，您可以保持沉默。
pt-workers-2 = 执法人员要进入工作场所中不对公众开放的区域，需要有法官签署的令状，或者得到您雇主的同意。
pt-workers-3 = 不要逃跑；没有律师，不要签署任何东西。问一问您是否可以离开。
pt-contractors-h = 市政府承包商
pt-contractors-1 = 市政府不会把它的资源、财产或数据用于移民执法。这也适用于您为市政府做的工作。
pt-contractors-2 = 如果执法人员要求您让他们进入市政府设施，或要求您提供市政府记录，不要给。立即联系您为之工作的市政府部门。
pt-contractors-3 = 不要把市政府所服务的人的信息告诉移民执法人员。

## 权利卡
pt-card-intro = 打印这张卡片，折好，随身携带。
pt-card-show = 如果您被拦下，请向执法人员出示这一面：
pt-card-statement = 我要行使保持沉默的权利。我不同意搜查。在与律师交谈之前，我不会签署任何东西。如果您有法官签署的令状，请把它从门下塞进来，或者隔着窗户给我看。

## 市政府员工
pt-employees-1 = 保持冷静和礼貌。不要用身体阻挠执法人员。
pt-employees-2 = 公共区域仍然是公共区域。除非执法人员出示法官签署的令状，否则不要让他们进入不对公众开放的区域。移民表格（I-200、I-205）不是司法令状。
pt-employees-3 = 询问他们的姓名、所属机构和徽章号码，并要求查看令状。把这些写下来。
pt-employees-4 = 立即打电话给您的主管和您部门的移民事务联络人。
pt-employees-5 = 不要透露市政府的记录或市政府所服务的人的信息。
pt-employees-6 = 请尽快在 amparo 中报告发生的事情。报告会发送给市长办公室。
pt-employees-report = 提交报告（登录）

## 服务名录（居民搜索）
pt-dir-title = 寻找帮助
pt-dir-intro = 搜索面向洛杉矶家庭的服务。您不需要提供姓名，您搜索的内容也不会被保存。
pt-dir-filters = 搜索服务名录
pt-dir-need = 您需要什么帮助？
pt-dir-need-any = 任何类型的帮助
pt-need-legal-aid = 法律援助
pt-need-rapid-response = 移民执法快速反应
pt-need-family-preparedness = 家庭准备
pt-need-mental-health = 心理健康
pt-need-food = 食物
pt-need-housing = 住房
pt-need-financial-help = 经济援助
pt-dir-language = 服务使用的语言
pt-dir-language-any = 任何语言
pt-dir-zip = 邮政编码（ZIP）
pt-dir-zip-hint = 选填。填写邮政编码后，最近的服务会排在前面。
pt-dir-point = 或者从地图上的某个地点搜索
pt-dir-latitude = 纬度
pt-dir-longitude = 经度
pt-dir-distance = 距离
pt-dir-distance-any = 不限距离
pt-dir-within = { $miles ->
   *[other] { $miles } 英里以内
}
pt-dir-open-now = 只显示现在开放的服务
pt-dir-search = 搜索
pt-dir-results = { $count ->
    [0] 没有找到服务
   *[other] 找到 { $count } 项服务
}
pt-dir-none = 没有符合您搜索条件的服务。请减少筛选条件，或者拨打 211 或热线。
pt-dir-example = 示例条目：这是虚构的例子，不是真实的服务。
pt-dir-open = 现在开放
pt-dir-closed = 现在未开放
pt-dir-away = 距离 { $miles } 英里
pt-dir-phone = 电话
pt-dir-website = 网站
pt-dir-languages = 语言
pt-dir-hours = 开放时间
pt-dir-address = 地址
pt-dir-by-phone = 通过电话或网上提供服务，不限地点
pt-dir-err-title = 请检查您的搜索条件
pt-dir-err-zip = 请输入洛杉矶县的五位数邮政编码。
pt-dir-err-point = 请同时填写洛杉矶县内某个地点的纬度和经度，或者两项都不填。
pt-dir-err-distance = 选择距离时，还需要填写邮政编码或地点。
pt-dir-err-choice = 请从列表中选择一个选项。
pt-dir-prev = 上一页
pt-dir-next = 下一页
pt-dir-page = 第 { $page } 页，共 { $pages } 页
pt-day-mo = 星期一
pt-day-tu = 星期二
pt-day-we = 星期三
pt-day-th = 星期四
pt-day-fr = 星期五
pt-day-sa = 星期六
pt-day-su = 星期日

## 编辑撰写的页面
pt-page-version = 版本 { $version }，发布于 { $date }
