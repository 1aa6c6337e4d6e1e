# Public portal: rights and help for people affected by federal immigration enforcement in
# Los Angeles. Plain words; each message is one paragraph or one list item.

## Shell
pt-site-name = Los Angeles: know your rights
pt-skip = Skip to the content
pt-languages = Languages
pt-nav = Sections
pt-fallback-note = Parts of this page are not yet translated and are shown in English.
pt-footer-private = This site sets no cookies and keeps no record of who reads it.
pt-footer-city = City of Los Angeles
pt-print = Print this page

## Navigation and page titles
pt-home-title = Help and your rights
pt-door-title = If agents come to your door, your work or a City building
pt-rights-title = Your rights
pt-contacts-title = Emergency contacts
pt-family-title = Prepare your family
pt-services-title = City services for families
pt-workers-title = Rights of workers and City contractors
pt-card-title = Rights card to print
pt-employees-title = For City employees: if agents come to City property

## Home
pt-home-intro = Everyone in Los Angeles has rights, whatever their immigration status. This page tells you what to do if immigration agents approach you and where to get help.
pt-home-emergency = In an emergency, call 911.
pt-home-hotline = To report immigration enforcement activity or get help now, call the Los Angeles Rapid Response Network hotline: 888-624-4752. It is answered every day; you can leave a voicemail.
pt-home-city = City services are for everyone who lives in Los Angeles, regardless of immigration status. Call 311 for City services.

## If agents come
pt-door-home-h = At your home
pt-door-home-1 = You do not have to open the door. Talk through the closed door.
pt-door-home-2 = Ask who they are and why they are there. Ask them to show a warrant: they can pass it under the door or hold it up to a window.
pt-door-home-3 = Agents may enter your home without your permission only with a warrant signed by a judge. Check that it names a court, is signed by a judge, and has your correct address.
pt-door-home-4 = An immigration form I-200 or I-205 is signed by an immigration officer, not a judge. By itself it does not allow agents to enter your home. Do not open the door.
pt-door-home-5 = If agents enter anyway, do not resist. Say clearly: "I do not consent to this search." Stay silent and call a lawyer or the hotline.
pt-door-work-h = At your workplace
pt-door-work-1 = You have the right to remain silent. You do not have to answer questions about where you were born or your immigration status.
pt-door-work-2 = Do not run. Stay calm and ask: "Am I free to leave?" If the answer is yes, walk away calmly.
pt-door-work-3 = Do not show false documents and do not sign anything without talking to a lawyer.
pt-door-city-h = At a City building or facility
pt-door-city-1 = Public areas of City buildings stay open to you. You can keep using City services.
pt-door-city-2 = City staff do not let immigration agents into areas that are not open to the public unless the agents have a warrant signed by a judge.
pt-door-city-3 = The City does not use its staff, property or data for immigration enforcement (City sanctuary ordinance, 2024).

## Rights
pt-rights-1 = You have the right to remain silent. You can say: "I want to remain silent."
pt-rights-2 = Do not open the door unless agents show a warrant signed by a judge.
pt-rights-3 = Do not sign anything without talking to a lawyer.
pt-rights-4 = Ask: "Am I free to leave?" If the answer is yes, leave calmly.
pt-rights-5 = You have the right to speak to a lawyer. If you are detained, ask for one and do not answer questions without one.
pt-rights-6 = Do not lie and do not show false documents.
pt-rights-7 = You may record what you see in public, if it is safe and you do not interfere.

## Contacts
pt-contact-emergency = Emergency (police, fire, ambulance)
pt-contact-hotline = Los Angeles Rapid Response Network hotline: report enforcement activity, get help. Every day; voicemail.
pt-contact-311 = City of Los Angeles services and information

## Family
pt-family-1 = Make a family plan now: who will pick up your children from school or care for them if you cannot come home.
pt-family-2 = Learn important phone numbers by heart, including a trusted person and the hotline, 888-624-4752.
pt-family-3 = Keep important documents (birth certificates, passports, medical records, leases) in a safe place that a trusted person can reach.
pt-family-4 = Tell your children's school and doctor who is allowed to pick them up.
pt-family-5 = Keep the name and phone number of a lawyer or legal aid organisation with you.

## Services
pt-services-1 = City services are available to everyone who lives in Los Angeles, regardless of immigration status.
pt-services-2 = The City's directory lists legal aid, rapid response, family preparedness, mental health, food, housing and financial help, with the languages each service speaks.
pt-services-3 = Call 311 to ask about City services in your language.

## Workers and contractors
pt-workers-h = Workers
pt-workers-1 = Your rights at work do not depend on your immigration status. You can remain silent when immigration agents question you.
pt-workers-2 = Agents need a warrant signed by a judge, or your employer's consent, to enter areas of a workplace that are not open to the public.
pt-workers-3 = Do not run and do not sign anything without a lawyer. Ask whether you are free to leave.
pt-contractors-h = City contractors
pt-contractors-1 = The City does not use its resources, property or data for immigration enforcement. This applies to the work you do for the City.
pt-contractors-2 = If agents ask you for access to City facilities or for City records, do not give it. Contact the City department you work for right away.
pt-contractors-3 = Do not share information about the people the City serves with immigration agents.

## Card
pt-card-intro = Print this card, fold it and keep it with you.
pt-card-show = Show this side to an agent if you are stopped:
pt-card-statement = I am exercising my right to remain silent. I do not consent to a search. I will not sign anything without speaking to a lawyer. If you have a warrant signed by a judge, please slide it under the door or show it to me through the window.

## City employees
pt-employees-1 = Stay calm and polite. Do not physically interfere with agents.
pt-employees-2 = Public areas stay public. Do not let agents into areas that are not open to the public unless they show a warrant signed by a judge. An immigration form (I-200, I-205) is not a judicial warrant.
pt-employees-3 = Ask for their names, agency and badge numbers, and for the warrant. Write them down.
pt-employees-4 = Call your supervisor and your department's immigrant affairs liaison right away.
pt-employees-5 = Do not share City records or information about the people the City serves.
pt-employees-6 = Report what happened in amparo as soon as you can. The report is sent to the Mayor's Office.
pt-employees-report = File a report (sign in)

## Service directory (resident search)
pt-dir-title = Find help
pt-dir-intro = Search services for families in Los Angeles. You do not need to give your name, and nothing you search for is saved.
pt-dir-filters = Search the directory
pt-dir-need = What do you need?
pt-dir-need-any = Any kind of help
pt-need-legal-aid = Legal help
pt-need-rapid-response = Rapid response to immigration enforcement
pt-need-family-preparedness = Family preparedness
pt-need-mental-health = Mental health
pt-need-food = Food
pt-need-housing = Housing
pt-need-financial-help = Financial help
pt-dir-language = Language spoken
pt-dir-language-any = Any language
pt-dir-zip = ZIP code
pt-dir-zip-hint = Optional. With a ZIP code, the nearest services come first.
pt-dir-point = Or search from a point on the map
pt-dir-latitude = Latitude
pt-dir-longitude = Longitude
pt-dir-distance = Distance
pt-dir-distance-any = Any distance
pt-dir-within = Within { $miles ->
    [one] { $miles } mile
   *[other] { $miles } miles
}
pt-dir-open-now = Open now only
pt-dir-search = Search
pt-dir-results = { $count ->
    [0] No services found
    [one] { $count } service found
   *[other] { $count } services found
}
pt-dir-none = No service matches your search. Try fewer filters, or call 211 or the hotline.
pt-dir-example = Example entry: this is not a real service.
pt-dir-open = Open now
pt-dir-closed = Closed now
pt-dir-away = { $miles } miles away
pt-dir-phone = Phone
pt-dir-website = Website
pt-dir-languages = Languages
pt-dir-hours = Hours
pt-dir-address = Address
pt-dir-by-phone = By phone or online, anywhere
pt-dir-err-title = Please check your search
pt-dir-err-zip = Enter a five-digit ZIP code in Los Angeles County.
pt-dir-err-point = Enter both a latitude and a longitude in Los Angeles County, or neither.
pt-dir-err-distance = Choose a distance together with a ZIP code or a point.
pt-dir-err-choice = Choose one of the options in the list.
pt-dir-prev = Previous page
pt-dir-next = Next page
pt-dir-page = Page { $page } of { $pages }
pt-day-mo = Monday
pt-day-tu = Tuesday
pt-day-we = Wednesday
pt-day-th = Thursday
pt-day-fr = Friday
pt-day-sa = Saturday
pt-day-su = Sunday

## Pages written by editors
pt-page-version = Version { $version }, published { $date }
