# Pampublikong portal: mga karapatan at tulong para sa mga taong apektado ng pederal na pagpapatupad ng batas sa imigrasyon sa
# Los Angeles. Simpleng salita; bawat mensahe ay isang talata o isang item sa listahan.

## Balangkas ng pahina
pt-site-name = Los Angeles: alamin ang iyong mga karapatan
pt-skip = Lumaktaw sa nilalaman
pt-languages = Mga wika
pt-nav = Mga seksyon
pt-fallback-note = May mga bahagi ng pahinang ito na hindi pa naisasalin kaya ipinapakita sa Ingles.
pt-footer-private = Ang site na ito ay hindi naglalagay ng cookies at hindi nagtatala kung sino ang nagbabasa nito.
pt-footer-city = Lungsod ng Los Angeles
pt-print = I-print ang pahinang ito

## Nabigasyon at mga pamagat ng pahina
pt-home-title = Tulong at ang iyong mga karapatan
pt-door-title = Kung dumating ang mga ahente sa iyong pinto, sa iyong trabaho o sa isang gusali ng Lungsod
pt-rights-title = Ang iyong mga karapatan
pt-contacts-title = Mga numero para sa emergency
pt-family-title = Ihanda ang iyong pamilya
pt-services-title = Mga serbisyo ng Lungsod para sa mga pamilya
pt-workers-title = Mga karapatan ng mga manggagawa at ng mga kontratista ng Lungsod
pt-card-title = Kard ng mga karapatan na ipi-print
pt-employees-title = Para sa mga empleyado ng Lungsod: kung dumating ang mga ahente sa ari-arian ng Lungsod

## Home
pt-home-intro = Ang bawat tao sa Los Angeles ay may mga karapatan, anuman ang kanyang katayuan sa imigrasyon. Sinasabi ng pahinang ito kung ano ang gagawin kung lapitan ka ng mga ahente ng imigrasyon at kung saan ka makakakuha ng tulong.
pt-home-emergency = Kung may emergency, tumawag sa 911.
pt-home-hotline = Para mag-ulat ng aktibidad ng pagpapatupad ng batas sa imigrasyon o para makakuha ng tulong ngayon, tumawag sa hotline ng Los Angeles Rapid Response Network: 888-624-4752. Sinasagot ito araw-araw; maaari kang mag-iwan ng voicemail.
pt-home-city = Ang mga serbisyo ng Lungsod ay para sa lahat ng nakatira sa Los Angeles, anuman ang katayuan sa imigrasyon. Tumawag sa 311 para sa mga serbisyo ng Lungsod.

## Kung dumating ang mga ahente
pt-door-home-h = Sa iyong bahay
pt-door-home-1 = Hindi mo kailangang buksan ang pinto. Makipag-usap nang nakasara ang pinto.
pt-door-home-2 = Itanong kung sino sila at bakit sila naroon. Hilingin na ipakita nila ang warrant: maaari nila itong isuksok sa ilalim ng pinto o itapat sa bintana.
pt-door-home-3 = Maaari lamang pumasok ang mga ahente sa iyong bahay nang walang pahintulot mo kung may warrant silang pinirmahan ng isang hukom. Tingnan kung nakasulat dito ang isang korte, kung pinirmahan ito ng isang hukom, at kung tama ang iyong address.
pt-door-home-4 = Ang immigration form na I-200 o I-205 ay pinipirmahan ng isang opisyal ng imigrasyon, hindi ng isang hukom. Sa sarili nito, hindi nito pinapayagan ang mga ahente na pumasok sa iyong bahay. Huwag buksan ang pinto.
pt-door-home-5 = Kung pumasok pa rin ang mga ahente, huwag lumaban. Sabihin nang malinaw: "Hindi ako pumapayag sa paghahalughog na ito." Manahimik at tumawag sa isang abogado o sa hotline.
pt-door-work-h = Sa iyong lugar ng trabaho
pt-door-work-1 = May karapatan kang manahimik. Hindi mo kailangang sagutin ang mga tanong tungkol sa kung saan ka ipinanganak o sa iyong katayuan sa imigrasyon.
pt-door-work-2 = Huwag tumakbo. Manatiling kalmado at itanong: "Malaya na ba akong umalis?" Kung oo ang sagot, lumakad palayo nang mahinahon.
pt-door-work-3 = Huwag magpakita ng pekeng dokumento at huwag pumirma ng anuman nang hindi muna nakikipag-usap sa isang abogado.
pt-door-city-h = Sa isang gusali o pasilidad ng Lungsod
pt-door-city-1 = Nananatiling bukas para sa iyo ang mga pampublikong bahagi ng mga gusali ng Lungsod. Maaari mong ipagpatuloy ang paggamit ng mga serbisyo ng Lungsod.
pt-door-city-2 = Hindi pinapapasok ng mga kawani ng Lungsod ang mga ahente ng imigrasyon sa mga lugar na hindi bukas sa publiko, maliban kung may warrant na pinirmahan ng isang hukom ang mga ahente.
pt-door-city-3 = Hindi ginagamit ng Lungsod ang mga kawani, ari-arian o datos nito para sa pagpapatupad ng batas sa imigrasyon (sanctuary ordinance ng Lungsod, 2024).

## Mga karapatan
pt-rights-1 = May karapatan kang manahimik. Maaari mong sabihin: "Gusto kong manatiling tahimik."
pt-rights-2 = Huwag buksan ang pinto maliban kung magpakita ang mga ahente ng warrant na pinirmahan ng isang hukom.
pt-rights-3 = Huwag pumirma ng anuman nang hindi muna nakikipag-usap sa isang abogado.
pt-rights-4 = Itanong: "Malaya na ba akong umalis?" Kung oo ang sagot, umalis nang mahinahon.
pt-rights-5 = May karapatan kang makipag-usap sa isang abogado. Kung pinigil ka, humingi ng abogado at huwag sumagot sa mga tanong nang wala siya.
pt-rights-6 = Huwag magsinungaling at huwag magpakita ng pekeng dokumento.
pt-rights-7 = Maaari mong i-record ang nakikita mo sa pampublikong lugar, kung ligtas ito at hindi ka nakikialam.

## Mga contact
pt-contact-emergency = Emergency (pulis, bumbero, ambulansya)
pt-contact-hotline = Hotline ng Los Angeles Rapid Response Network: mag-ulat ng aktibidad ng pagpapatupad ng batas sa imigrasyon, humingi ng tulong. Araw-araw; may voicemail.
pt-contact-311 = Mga serbisyo at impormasyon ng Lungsod ng Los Angeles

## Pamilya
pt-family-1 = Gumawa ngayon ng plano ng pamilya: kung sino ang susundo sa iyong mga anak mula sa paaralan o mag-aalaga sa kanila kung hindi ka makauwi.
pt-family-2 = Isaulo ang mahahalagang numero ng telepono, kasama ang numero ng isang taong pinagkakatiwalaan mo at ang hotline, 888-624-4752.
pt-family-3 = Itago ang mahahalagang dokumento (mga birth certificate, pasaporte, medical record, kontrata sa upa) sa isang ligtas na lugar na maaabot ng isang taong pinagkakatiwalaan mo.
pt-family-4 = Sabihin sa paaralan at sa doktor ng iyong mga anak kung sino ang pinapayagang sumundo sa kanila.
pt-family-5 = Laging dalhin ang pangalan at numero ng telepono ng isang abogado o ng isang organisasyong nagbibigay ng tulong legal.

## Mga serbisyo
pt-services-1 = Ang mga serbisyo ng Lungsod ay para sa lahat ng nakatira sa Los Angeles, anuman ang katayuan sa imigrasyon.
pt-services-2 = Nakalista sa direktoryo ng Lungsod ang tulong legal, rapid response, paghahanda ng pamilya, kalusugang pangkaisipan, at tulong sa pagkain, pabahay at pananalapi, kasama ang mga wikang ginagamit ng bawat serbisyo.
pt-services-3 = Tumawag sa 311 para magtanong tungkol sa mga serbisyo ng Lungsod sa iyong wika.

## Mga manggagawa at kontratista
pt-workers-h = Mga manggagawa
pt-workers-1 = Ang iyong mga karapatan sa trabaho ay hindi nakadepende sa iyong katayuan sa imigrasyon. Maaari kang manahimik kapag tinatanong ka ng mga ahente ng imigrasyon.
pt-workers-2 = Kailangan ng mga ahente ng warrant na pinirmahan ng isang hukom, o ng pahintulot ng iyong employer, para makapasok sa mga bahagi ng lugar ng trabaho na hindi bukas sa publiko.
pt-workers-3 = Huwag tumakbo at huwag pumirma ng anuman nang walang abogado. Itanong kung malaya ka nang umalis.
pt-contractors-h = Mga kontratista ng Lungsod
pt-contractors-1 = Hindi ginagamit ng Lungsod ang mga mapagkukunan, ari-arian o datos nito para sa pagpapatupad ng batas sa imigrasyon. Saklaw nito ang trabahong ginagawa mo para sa Lungsod.
pt-contractors-2 = Kung humingi sa iyo ang mga ahente ng access sa mga pasilidad ng Lungsod o ng mga rekord ng Lungsod, huwag itong ibigay. Makipag-ugnayan agad sa departamento ng Lungsod na pinagtatrabahuhan mo.
pt-contractors-3 = Huwag ibahagi sa mga ahente ng imigrasyon ang impormasyon tungkol sa mga taong pinagsisilbihan ng Lungsod.

## Kard
pt-card-intro = I-print ang kard na ito, tiklupin ito at laging dalhin.
pt-card-show = Ipakita ang panig na ito sa ahente kung pinahinto ka:
pt-card-statement = Ginagamit ko ang aking karapatang manahimik. Hindi ako pumapayag sa paghahalughog. Hindi ako pipirma ng anuman nang hindi nakikipag-usap sa isang abogado. Kung mayroon kayong warrant na pinirmahan ng isang hukom, pakisuksok ito sa ilalim ng pinto o ipakita ito sa akin sa bintana.

## Mga empleyado ng Lungsod
pt-employees-1 = Manatiling kalmado at magalang. Huwag pisikal na hadlangan ang mga ahente.
pt-employees-2 = Nananatiling pampubliko ang mga pampublikong lugar. Huwag papasukin ang mga ahente sa mga lugar na hindi bukas sa publiko maliban kung magpakita sila ng warrant na pinirmahan ng isang hukom. Ang immigration form (I-200, I-205) ay hindi warrant ng hukuman.
pt-employees-3 = Hingin ang kanilang mga pangalan, ahensya at numero ng badge, at ang warrant. Isulat ang mga ito.
pt-employees-4 = Tawagan agad ang iyong supervisor at ang tagapag-ugnay para sa mga usapin ng imigrante (immigrant affairs liaison) ng iyong departamento.
pt-employees-5 = Huwag ibahagi ang mga rekord ng Lungsod o impormasyon tungkol sa mga taong pinagsisilbihan ng Lungsod.
pt-employees-6 = I-ulat sa amparo ang nangyari sa lalong madaling panahon. Ipinapadala ang ulat sa Tanggapan ng Alkalde.
pt-employees-report = Magsumite ng ulat (mag-sign in)

## Direktoryo ng mga serbisyo (paghahanap ng mga residente)
pt-dir-title = Maghanap ng tulong
pt-dir-intro = Maghanap ng mga serbisyo para sa mga pamilya sa Los Angeles. Hindi mo kailangang ibigay ang iyong pangalan, at hindi sine-save ang anumang hinahanap mo.
pt-dir-filters = Maghanap sa direktoryo
pt-dir-need = Ano ang kailangan mo?
pt-dir-need-any = Anumang uri ng tulong
pt-need-legal-aid = Tulong legal
pt-need-rapid-response = Rapid response sa pagpapatupad ng batas sa imigrasyon
pt-need-family-preparedness = Paghahanda ng pamilya
pt-need-mental-health = Kalusugang pangkaisipan
pt-need-food = Pagkain
pt-need-housing = Pabahay
pt-need-financial-help = Tulong sa pananalapi
pt-dir-language = Wikang ginagamit
pt-dir-language-any = Anumang wika
pt-dir-zip = ZIP code
pt-dir-zip-hint = Opsyonal. Kung maglalagay ka ng ZIP code, mauuna ang mga pinakamalapit na serbisyo.
pt-dir-point = O maghanap mula sa isang lugar sa mapa
pt-dir-latitude = Latitude
pt-dir-longitude = Longitude
pt-dir-distance = Layo
pt-dir-distance-any = Kahit anong layo
pt-dir-within = Sa loob ng { $miles ->
    [one] { $miles } milya
   *[other] { $miles } milya
}
pt-dir-open-now = Ang mga bukas ngayon lamang
pt-dir-search = Maghanap
pt-dir-results = { $count ->
    [0] Walang nahanap na serbisyo
    [one] { $count } serbisyo ang nahanap
   *[other] { $count } serbisyo ang nahanap
}
pt-dir-none = Walang serbisyong tumutugma sa iyong hinahanap. Subukang gumamit ng mas kaunting filter, o tumawag sa 211 o sa hotline.
pt-dir-example = Halimbawa lamang: hindi ito totoong serbisyo.
pt-dir-open = Bukas ngayon
pt-dir-closed = Sarado ngayon
pt-dir-away = { $miles } milya ang layo
pt-dir-phone = Telepono
pt-dir-website = Website
pt-dir-languages = Mga wika
pt-dir-hours = Oras ng serbisyo
pt-dir-address = Address
pt-dir-by-phone = Sa telepono o online, saan ka man naroon
pt-dir-err-title = Pakisuri ang iyong hinahanap
pt-dir-err-zip = Maglagay ng limang-digit na ZIP code sa Los Angeles County.
pt-dir-err-point = Ilagay ang parehong latitude at longitude ng isang lugar sa Los Angeles County, o iwanang blangko ang dalawa.
pt-dir-err-distance = Para pumili ng layo, maglagay rin ng ZIP code o isang lugar sa mapa.
pt-dir-err-choice = Pumili ng isa sa mga opsyon sa listahan.
pt-dir-prev = Nakaraang pahina
pt-dir-next = Susunod na pahina
pt-dir-page = Pahina { $page } ng { $pages }
pt-day-mo = Lunes
pt-day-tu = Martes
pt-day-we = Miyerkoles
pt-day-th = Huwebes
pt-day-fr = Biyernes
pt-day-sa = Sabado
pt-day-su = Linggo

## Mga pahinang isinulat ng mga editor
pt-page-version = Bersyon { $version }, inilathala noong { $date }
