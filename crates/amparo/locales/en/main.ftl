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
error-page = Pages start at 1.
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
