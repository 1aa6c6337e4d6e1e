# amparo interface text, English (the source language).

city-name = City of Los Angeles
skip-to-content = Skip to content
nav-language = Language
nav-main = Main
nav-home = Home
nav-departments = Departments
nav-without-liaison = Departments without a liaison
nav-users = Accounts
nav-tokens = API tokens
nav-audit = Audit log
nav-password = Change password
footer = amparo keeps no record of anyone's immigration status. Every access is logged.
back = Back
back-home = Go to the home page
save = Save
yes = Yes
no = No
unknown = Unknown
never = Never
any = Any
filter = Filter
pagination = Pages
previous-page = Previous page
next-page = Next page
page-of = Page { $page }
actions = Actions
status = Status
role = Role
department = Department
email = Email
password = Password

role-admin = Administrator
role-reviewer = Reviewer (Mayor's Office of Immigrant Affairs)
role-liaison = Immigrant affairs liaison
role-employee = City employee
role-member = Working-group member
role-editor = Portal editor
role-auditor = Auditor

sign-in = Sign in
sign-in-title = Sign in to amparo
sign-in-help = Forgot your password or locked out? Ask your department's amparo administrator for a new one-time password.
sign-out = Sign out

password-title = Change your password
password-forced = You signed in with a one-time password. Choose your own password to continue.
password-rules = Use 15 to 128 characters. A few unrelated words make a good password.
current-password = Current password
new-password = New password
confirm-password = Confirm new password
change-password = Change password

notice-signed-out = You have signed out.
notice-password-changed = Your password has been changed. Your other sessions have ended.
notice-saved = Saved.
notice-session-ended = Your session ended. Please sign in again.

home-admin = Administration
home-reviewer = Review
home-liaison = Department
home-employee = Department
home-member = Working group
home-editor = Portal content
home-auditor = Audit log
home-member-intro = You are signed in as a member of the working group on guidelines for officers.
home-editor-intro = You are signed in as an editor of the public rights and services portal.
home-departments = { $count } departments
home-without-liaison = { $count ->
    [one] 1 department without a liaison
   *[other] { $count } departments without a liaison
}
home-your-department = You act for { $name }.
home-no-liaison-yet = This department has no immigrant affairs liaison yet.
home-no-department = Your account is not linked to a department. Ask an administrator.
home-audit-entries = { $count ->
    [one] The audit log holds 1 entry.
   *[other] The audit log holds { $count } entries.
}
home-last-checkpoint = Last signed checkpoint: { $at }
home-no-checkpoint = No signed checkpoint has been written yet.

departments-title = Departments
departments-count = { $count ->
    [one] 1 department.
   *[other] { $count } departments.
}
without-liaison-title = Departments without a liaison
without-liaison-none = Every department has a primary immigrant affairs liaison.
without-liaison-count = { $count ->
    [one] 1 department has no primary immigrant affairs liaison.
   *[other] { $count } departments have no primary immigrant affairs liaison.
}
department-new = Add a department
department-edit = Edit { $name }
department-edit-link = Edit this department
col-name = Name
col-abbreviation = Abbreviation
col-kind = Kind
col-facilities = Facilities
col-primary-liaison = Primary liaison
col-backup-liaison = Backup liaison
headcount = Number of employees
kind-department = Department
kind-office = Office
kind-elected_office = Elected office
kind-proprietary_department = Proprietary department
kind-pension_department = Pension department
kind-public_works_bureau = Public Works bureau

liaisons-title = Immigrant affairs liaisons
liaison-primary = Primary liaison
liaison-backup = Backup liaison
liaison-primary-edit = Set the primary liaison
liaison-backup-edit = Set the backup liaison
liaison-none = Not designated
liaison-remove = Remove this liaison
job-title = Job title
work-email = Work email
work-phone = Work phone

facilities-title = Facilities (city properties)
facilities-none = No facilities recorded yet.
facility-new = Add a facility
facility-edit = Edit { $name }
address = Address
latitude = Latitude
longitude = Longitude
coordinates-hint = Coordinates are optional; give both or neither, in decimal degrees (for example 34.0537 and -118.2428).
non-public-areas = Areas not open to the public

users-title = Accounts
users-none = No accounts yet.
user-new = Add an account
user-new-hint = The new account gets a one-time password, shown once, which must be changed at first sign-in.
user-create = Create account
user-created = Account created
user-created-explanation = Give this one-time password to { $email } by a safe channel. It must be changed at first sign-in.
user-reset = Password reset
user-reset-explanation = Give this one-time password to { $email } by a safe channel. Their sessions have ended.
user-reset-button = Reset password
user-reset-for = Reset password for { $email }
user-disable = Disable
user-disable-for = Disable { $email }
user-enable = Enable
user-enable-for = Enable { $email }
status-active = Active
status-pending = Must choose a password
status-disabled = Disabled
status-revoked = Revoked
department-hint = Liaisons and employees belong to one department; other roles to none.
department-none = No department
secret-shown-once = This is shown only now. amparo keeps only a hash of it.

tokens-title = API tokens
tokens-hint = Tokens let kiosks and other systems use the API. Each acts with one role and, for liaisons and employees, one department.
tokens-none = No API tokens yet.
token-new = Issue a token
token-create = Issue token
token-created = API token issued
token-created-explanation = Copy this token into the client's configuration now.
token-created-at = Issued
token-last-used = Last used
token-revoke = Revoke
token-revoke-for = Revoke token { $name }

audit-title = Audit log
audit-actor = Actor
audit-action = Action
audit-object = Object
audit-object-type = Object type
audit-object-id = Object id
audit-outcome = Outcome
audit-time = Time (UTC)
audit-from = From
audit-to = To
audit-export = Export these entries as CSV
audit-none = No entries match.
older-entries = Older entries

error-summary = Some answers need attention. Each problem is shown beside its field.
error-required = This is required.
error-too-long = This is too long.
error-number = Enter a number.
error-email-required = Enter your email address.
error-email-invalid = Enter an email address like name@lacity.org.
error-email-taken = An account with this email already exists.
error-password-required = Enter your password.
error-password-too-short = Use at least 15 characters.
error-password-too-long = Use at most 128 characters.
error-password-mismatch = The two new passwords are not the same.
error-current-password = Your current password is not correct.
error-login-failed = The email or password is not correct.
error-name-required = Enter a name.
error-role-invalid = Choose a role.
error-department-required = Liaisons and employees need a department.
error-department-not-allowed = Only liaisons and employees belong to a department.
error-department-unknown = Choose a department from the list.
error-abbreviation = Use letters, digits and hyphens only.
error-kind = Choose a kind from the list.
error-headcount = Enter a number between 0 and 1,000,000.
error-latitude = Latitude must be between -90 and 90.
error-longitude = Longitude must be between -180 and 180.
error-coordinates-pair = Give both latitude and longitude, or neither.
error-phone = Enter a phone number with 7 to 15 digits.
error-taken = Another record already uses this.
error-page = Pages start at 1 and go up to 1,000,000.
error-date = Dates must be written YYYY-MM-DD.

error-unauthenticated = Sign in required
error-unauthenticated-detail = Sign in to continue.
error-forbidden = Not allowed
error-forbidden-detail = Your role does not give access to this page. The attempt has been logged.
error-not-found = Not found
error-not-found-detail = There is nothing here, or it is not yours to see.
error-bad-request = Request not understood
error-bad-request-detail = The request could not be read:
error-csrf = Form expired
error-csrf-detail = This form is no longer valid. Go back, reload the page and try again.
error-invalid = Check your answers
error-invalid-detail = Some values are not valid.
error-too-many = Too many attempts
error-too-many-detail = Too many failed sign-in attempts. Wait a minute and try again.
error-internal = Something went wrong
error-internal-detail = amparo could not finish this. Nothing you saved before was lost. Please try again.

# Reports of federal enforcement activity
nav-report = Report federal enforcement activity
nav-reports = Reports
notice-received = Received.
report-title = Report federal enforcement activity
report-heading = Report { $id }
report-received = Received. Your report is stored and your department's liaison and the Mayor's Office have been alerted.
protocol-title = If federal agents are here
protocol-1 = Ask for a judicial warrant signed by a judge.
protocol-2 = Forms I-200 and I-205, and detainers (I-247A), are administrative papers, not judicial warrants.
protocol-3 = Do not consent to entry into areas that are not open to the public.
protocol-4 = Call your department's immigrant affairs liaison.
protocol-5 = Write down names, badge numbers and what the warrant says.
protocol-your-liaison = Your liaison:
report-when = When
report-observed-at = Date and time seen (Los Angeles time)
report-ongoing = It is still going on
report-ongoing-short = still going on
report-where = Where
report-facility = City property
report-facility-none = Not in this list: give the department and address below
report-department = Department
report-location-text = Address or cross streets (if the property is not in the list)
report-coordinates = Coordinates (optional)
report-accuracy = Accuracy in metres
report-area = Which area?
report-area-public = A public area
report-area-non-public = A non-public area
report-area-grounds = Parking or grounds
report-area-outside = Outside, near the property
report-agencies = Agencies seen (choose all that apply)
report-agencies-ice-ero = ICE ERO
report-agencies-ice-hsi = ICE HSI
report-agencies-cbp = CBP
report-agencies-border-patrol = Border Patrol
report-agencies-fbi = FBI
report-agencies-dea = DEA
report-agencies-atf = ATF
report-agencies-marshals = U.S. Marshals
report-agencies-national-guard = National Guard
report-agencies-other-federal = Other federal
report-agencies-unknown = Unknown
report-identified-by = How they were identified (choose all that apply)
report-identified-by-vest-or-patch = Vest or patch text
report-identified-by-vehicle-markings = Vehicle markings
report-identified-by-said-so = They said so
report-identified-by-documents = Documents
report-identified-by-not-identified = Not identified
report-attire = Clothing
report-attire-uniformed = Uniformed
report-attire-plain-clothes = Plain clothes
report-attire-both = Both
report-attire-unknown = Unknown
report-masked = Masked or face covered?
report-masked-none = None
report-masked-some = Some
report-masked-all = All
report-masked-unknown = Unknown
report-id-visible = Name or badge number visible?
report-id-visible-yes = Yes
report-id-visible-no = No
report-id-visible-unknown = Unknown
report-activities = What happened (choose all that apply)
report-activities-staging = Staging
report-activities-surveillance = Surveillance
report-activities-questioning = Questioning
report-activities-detention = Detention
report-activities-arrest = Arrest
report-activities-raid = Raid of a site
report-activities-checkpoint = Checkpoint
report-activities-departed = They left
report-activities-other = Other
report-warrant = Warrant shown
report-warrant-judicial = Judicial warrant (signed by a judge)
report-warrant-administrative = Administrative (I-200, I-205)
report-warrant-detainer = Detainer (I-247A)
report-warrant-none = None
report-warrant-unknown = Unknown
report-nonpublic-requested = Did they ask to enter a non-public area?
report-nonpublic-requested-yes = Yes
report-nonpublic-requested-no = No
report-nonpublic-requested-unknown = Unknown
report-nonpublic-granted = Was entry to a non-public area given?
report-nonpublic-granted-yes = Yes
report-nonpublic-granted-no = No
report-nonpublic-granted-unknown = Unknown
report-city-data-requested = Did they ask for city resources, records or data?
report-city-data-requested-yes = Yes
report-city-data-requested-no = No
report-city-data-requested-unknown = Unknown
report-lapd-present = Was LAPD present?
report-lapd-present-yes = Yes
report-lapd-present-no = No
report-lapd-present-unknown = Unknown
report-force-used = Injuries or use of force?
report-force-used-yes = Yes
report-force-used-no = No
report-force-used-unknown = Unknown
report-numbers = Numbers (counts only, never names)
report-agents-min = Number of agents (at least)
report-vehicles-marked = Marked vehicles
report-vehicles-unmarked = Unmarked vehicles
report-detained-count = People detained
report-minors-count = Minors involved
report-injuries-count = People injured
report-supervisor = Federal supervisor, if they gave it
report-supervisor-name = Supervisor's name
report-supervisor-badge = Supervisor's badge number
report-staff-actions = What staff did
report-narrative = What happened, in your words
report-redaction-hint = Do not write anyone's immigration status or nationality. Names, phone numbers, emails, Social Security and A-numbers and home addresses are removed before the report is stored; you will see what was removed.
report-preview-button = Check and continue
report-preview-title = Check your report
report-preview-intro = This is what will be stored. Personal details were removed from the text.
report-narrative-empty = (no text)
report-removed-title = Removed before storing
report-removed-none = Nothing needed removing.
report-send = Send report
report-change = Change something
report-status = Status
report-status-new = New
report-status-acknowledged = Acknowledged
report-status-escalated = Escalated to the Mayor's Office
report-acknowledge = Acknowledge
report-acknowledge-for = Acknowledge report { $id }
redacted-name = Name
redacted-phone = Phone number
redacted-email = Email
redacted-ssn = Social Security number
redacted-a-number = A-number
redacted-address = Home address
queue-title = Reports
queue-live-hint = This list updates by itself when reports arrive. Reload the page to update it by hand.
queue-updated = Updated at
queue-empty = No open reports.
queue-show-all = Show all reports
queue-show-open = Show only open reports
error-choose = Choose one of the answers.
error-choose-one-or-more = Choose at least one.
error-count = Enter a whole number from 0 to 10,000.
error-future = This is in the future.
error-too-old = Reports are for the last 90 days.
error-datetime = Enter the date and time.
error-facility-unknown = Choose a property from the list.
error-location-required = Choose a property, or give the address or cross streets.
error-idempotency-key = This form is out of date. Reload it and try again.
error-idempotency-reused = This form was already used for a different report. Check it and send again.

# Incidents
nav-incidents = Incidents
incidents-title = Incidents
incidents-none = No incidents match.
incident-heading = Incident { $id }
incident-number = Incident
incident-when = When (Los Angeles time)
incident-reports = Reports
incident-state = State
incident-state-new = New
incident-state-acknowledged = Acknowledged
incident-state-verifying = Verifying
incident-state-confirmed = Confirmed
incident-state-unconfirmed = Unconfirmed
incident-state-false-alarm = False alarm
incident-state-duplicate = Duplicate
incident-state-closed = Closed
incident-awaiting-second = a second reviewer must agree before it is confirmed
incident-suggestions = Possibly the same event
incident-why-facility = same property
incident-why-metres = { $metres } m away
incident-merge = Merge into this incident
incident-merge-for = Merge into this incident: incident { $id }
incident-split = Split off
incident-split-for = Split off report { $id }
incident-change-state = Change the state
incident-new-state = New state
incident-evidence = Evidence used
incident-note = Note
incident-apply = Record the change
incident-history = History
incident-change = Change
incident-change-opened = Opened
incident-change-state-changed = State changed
incident-change-confirmation-requested = Confirmation requested
incident-change-report-merged-in = Report merged in
incident-change-merged-into-another-incident = Merged into another incident
incident-change-report-split-off = Report split off
incident-change-opened-by-split = Opened by a split
error-incident-transition = That change is not possible from this state.
error-incident-second-reviewer = Another reviewer must agree before this is confirmed.
error-incident-same = An incident cannot be merged into itself.
error-incident-report = That report is not part of this incident.
error-incident-last-report = An incident keeps at least one report.

## Dashboard and daily briefing
nav-dashboard = Dashboard
nav-briefing = Daily briefing
nav-districts = Council districts
dashboard-title = Dashboard
dashboard-from = From
dashboard-to = To
dashboard-agency = Agency
dashboard-district = Council district
dashboard-live-hint = This page updates itself when reports arrive. Without JavaScript, reload it.
dashboard-summary = { $count ->
    [one] 1 incident
   *[other] { $count } incidents
}
dashboard-counts = Counts
dashboard-timeline = Incidents per day
dashboard-by-department = By department
dashboard-by-agency = By agency
dashboard-by-activity = By activity
dashboard-by-district = By council district
dashboard-top-facilities = Facilities with the most incidents
dashboard-none = None in this range.
dashboard-incidents = Incidents
dashboard-map = Map
dashboard-map-hint = Incidents with coordinates, over the council district boundaries when a boundary file is loaded.
district-name = District { $name }
export-csv = Download CSV
export-geojson = Download GeoJSON
error-date-order = The start date must not be after the end date.
error-date-span = Choose a range of at most three years.
briefing-title = Daily briefing
briefing-heading = Daily briefing for { $day }
briefing-day = Day
briefing-show = Show
briefing-truncated = This day has more incidents than the briefing lists; use the dashboard or an export for all of them.
briefing-notable = Needs attention
briefing-notable-none = Nothing notable was reported on this day.
briefing-new = New incidents
briefing-confirmed = Confirmed incidents
briefing-new-count = { $count ->
    [one] 1 incident began on this day.
   *[other] { $count } incidents began on this day.
}
briefing-confirmed-count = { $count ->
    [one] 1 incident was confirmed on this day.
   *[other] { $count } incidents were confirmed on this day.
}
briefing-began = Began
briefing-place = Place
notable-nonpublic-requested = Entry to a non-public area requested
notable-city-data-requested = City records or data requested
notable-force-used = Injuries or use of force
notable-masked = Masked agents

## Council district boundaries
districts-title = Council district boundaries
districts-hint = Load the council district boundary file (GeoJSON, polygons with a name or district property). Every report and incident with coordinates is assigned to the district it falls in. A file that cannot be read is refused and the current one stays in force.
districts-in-force = File in force
districts-loaded = Loaded
districts-count = Districts
districts-none = No boundary file is loaded yet, so reports are not assigned to council districts.
districts-load = Load a boundary file
districts-file = GeoJSON file
districts-error-file = Choose a GeoJSON file.
districts-error-utf8 = The file is not UTF-8 text; export it as GeoJSON again.

## Public statistics
nav-statistics = Public statistics
stats-title = Public statistics
stats-intro = Reports of federal immigration enforcement activity on City of Los Angeles property, counted as incidents (one event, however many people reported it), by the week they began. False alarms and duplicates are not counted.
stats-as-of = Counts include only what was observed and recorded before { $time } (Los Angeles time): nothing is published until it is 24 hours old.
stats-by = Count by
stats-weeks = Weeks
stats-grid = Map data (500 m grid)
stats-caption = Incidents by week (weeks begin on Monday)
stats-total = Total
stats-withheld = withheld
stats-no-districts = No council district boundaries are loaded yet, so there are no counts by district.
stats-method = A dash marks a number that is withheld: counts from 1 to 10 are not published, and where one could be worked out from the totals, other numbers are withheld too. Map data gives the centre of a grid cell about 500 metres across, never the place reported.
error-weeks = Choose between 1 and 104 weeks.

## Attachments
attach-title = Photos and documents
attach-none = None attached.
attach-link = Attachment { $id }
attach-size = { $kb } KB
attach-removed = Removed before storing:
attach-file = Add a photo or document
attach-hint = A JPEG or PNG photo (of a warrant or a document, say), up to 10 MB; at most 5 per report. Location and camera details are removed before it is stored. PDF files cannot be cleaned of their hidden details yet, so photograph the pages instead.
attach-add = Attach
attach-error-empty = Choose a file.
attach-error-large = The file is larger than 10 MB.
attach-error-type = Only JPEG and PNG photos can be attached.
attach-error-malformed = The file is damaged and cannot be read.
attach-error-purged = This report's attachments were purged under the retention policy; a new one would be purged too, unless a legal hold is set.
attach-error-many = This report already has 5 attachments.

## Preparedness plans and the compliance board
nav-plan = Preparedness plan
nav-compliance = Compliance board
plan-heading = Preparedness plan: { $department }
plan-status = Plan status
plan-status-draft = Draft
plan-status-submitted = Submitted, awaiting review
plan-status-changes-requested = Changes requested
plan-status-approved = Approved
plan-due = Due
deadline-on-time = submitted on time
deadline-late = { $days ->
    [one] submitted 1 day late
   *[other] submitted { $days } days late
}
deadline-pending = { $days ->
    [0] due today
    [one] 1 day left
   *[other] { $days } days left
}
deadline-overdue = { $days ->
    [one] overdue by 1 day
   *[other] overdue by { $days } days
}
plan-autosave-hint = Your draft is saved as you type.
plan-autosaved = Draft saved at
plan-needs-changes = The reviewer asked for changes
plan-body-label = What the department does: { $element }
plan-assessment-label = Self-assessment: { $element }
plan-reason-label = If not applicable, why: { $element }
plan-guideline-label = Working-group guideline this element follows: { $element }
plan-guideline-none = None
plan-guideline-cited = Follows the working group's guideline
plan-guideline-adopted = version { $version }, adopted { $date }
plan-guideline-superseded = since superseded
plan-error-guideline = Choose a guideline the working group has adopted.
plan-assessment = Self-assessment
plan-assessment-complete = Complete
plan-assessment-partial = Partial
plan-assessment-not-applicable = Not applicable
plan-unanswered = not yet answered
plan-save = Save draft
plan-submit = Submit the plan
plan-verdict-meets = Meets the directive
plan-verdict-needs-changes = Needs changes
plan-review-heading = Review of version { $version }
plan-comment-label = Comment: { $element }
plan-review-comment = Overall comment (optional)
plan-request-changes = Request changes
plan-approve = Approve the plan
plan-history = Versions and reviews
plan-no-versions = Not submitted yet.
plan-version = Version { $version }
plan-diff-link = changes since version { $version }
plan-diff-heading = Changes from version { $from }
plan-diff-legend = Removed words are struck through; added words are underlined.
plan-diff-unchanged = No change.
plan-diff-removed = removed
plan-diff-added = added
plan-back = Back to the plan
plan-decision-approved = approved
plan-decision-changes-requested = changes requested
plan-approval-record = Approval record
plan-not-reviewed = This version has not been reviewed.
plan-error-assess = Choose complete, partial or not applicable.
plan-error-reason = Say why this element does not apply.
plan-error-body = Describe what the department does for this element.
plan-error-comment = Say what needs to change.
plan-error-approve-all = To approve, every element must meet the directive.
plan-error-changes-none = To request changes, mark at least one element as needing them.
plan-error-not-editable = This plan is under review and cannot be submitted again now.
plan-error-not-submitted = This plan is not awaiting review.
board-title = Compliance board
board-directive = Directive
board-deadline = Deadline
board-deadline-on-time = On time
board-deadline-late = Late
board-deadline-pending = Not yet due
board-deadline-overdue = Overdue
board-liaisons = Liaisons
board-primary = primary
board-no-primary = no liaison
board-backup = backup
board-elements-met = Elements met
board-training = Trained
board-reports = Reports (30 days)
board-unacknowledged = Not acknowledged
board-approved = { $count ->
    [one] 1 plan approved
   *[other] { $count } plans approved
}
board-departments = { $count ->
    [one] 1 department
   *[other] { $count } departments
}
plans-title = Preparedness plans
plans-none = No directive asks this department for a plan yet.
directives-title = Directives
directive-new = Add a directive
directive-new-hint = It applies to every department except elected offices, and opens a plan for each. Write one required element per line, as "Title: what the plan must say".
directive-number = Number (e.g. ED 17)
directive-title = Title
directive-signed = Signed on
directive-rule = Deadline (e.g. "15 calendar days", "10 business days" or a date)
directive-elements = Required elements, one per line
directive-create = Add the directive
directive-error-number = Give the directive's number (up to 20 characters).
directive-error-taken = A directive with this number already exists.
directive-error-elements = Write between 1 and 30 elements, one per line, each with a title.
nav-directives = Directives
training-heading = Training: { $department }
training-summary = { $percent } % of staff trained,
training-of = { $count ->
    [one] out of 1 employee.
   *[other] out of { $count } employees.
}
training-no-headcount = { $count ->
    [one] 1 person trained. Record the department's headcount to see the percentage.
   *[other] { $count } people trained. Record the department's headcount to see the percentage.
}
training-none = No training recorded yet.
training-sessions = Training sessions
training-date = Date
training-topic = Topic
training-audience = Audience
training-trained = Number trained
training-materials = Materials
training-add = Record a session
training-save = Record the session
training-import = Import attendance from a learning system
training-import-hint = A CSV file with columns for the date, the course or topic, and the number trained (attendees, completions); audience and materials are optional. Every row is imported, or none.
training-file = CSV file
training-import-button = Import
training-import-failed = Nothing was imported:
training-error-file = Choose a CSV file.
training-error-date = Give the date as YYYY-MM-DD.
training-error-topic = Give the topic.
training-error-count = Give the number trained as a whole number.
plan-training-link = Training records
directive-departments = Applies to (every department but the elected offices, unless you change it)
directive-error-departments = Choose at least one department.
portal-link = Rights and help for the public, in your language

directory-import-title = Service directory: import and export
directory-records = { $count ->
    [one] The directory holds 1 record.
   *[other] The directory holds { $count } records.
}
directory-import-hint = Choose every file of an Open Referral HSDS 3.0 data package at once (its CSV files; datapackage.json may come too). The whole package is checked first: if any row is wrong, nothing is imported and every problem is listed.
directory-import-files = Data package files
directory-import-button = Check and import
directory-import-failed = Nothing was imported. Fix these rows and try again:
directory-import-none = Choose the package's files.
directory-export = Export the directory as a data package
nav-directory = Service directory
retention-hold = Legal hold
retention-held = Held since { $date } by { $by }:
retention-none = No legal hold. The narrative, staff actions and attachments are purged { $days } days after the report was filed.
retention-kept = No legal hold. Retention is switched off: nothing is purged.
retention-reason = Why the report is held (for example, the matter or request it is kept for)
retention-set = Set a legal hold
retention-lift = Lift the legal hold
retention-purged = The narrative, staff actions and attachments were purged on { $date } under the retention policy.
