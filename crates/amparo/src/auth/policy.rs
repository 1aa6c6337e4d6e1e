//! The one place that decides who may do what. Handlers ask; nothing else decides.
//!
//! A liaison or employee asking about another department's object is told it does not exist
//! (404), so department boundaries do not leak which objects exist elsewhere.

use super::model::{Actor, Role};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    ViewHome,
    ChangeOwnPassword,
    ListDepartments,
    ViewDepartment,
    EditDepartments,
    EditFacilities,
    EditLiaisons,
    ViewLiaisonGaps,
    ManageAccounts,
    ManageTokens,
    ReadAudit,
    ExportAudit,
    ViewMetrics,
    SubscribeEvents,
    FileReport,
    ViewReports,
    ViewReport,
    AcknowledgeReport,
    ViewIncidents,
    ManageIncidents,
    ViewDashboard,
    ExportReports,
    ManageDistricts,
    ViewPlan,
    EditPlan,
    ReviewPlans,
    ViewBoard,
    ManageDirectives,
    ViewFoia,
    ManageFoia,
    ManageDirectory,
    ManagePortal,
    ViewWorkingGroup,
    ManageWorkingGroup,
    ScheduleMeetings,
    ManageRetention,
}

impl Action {
    pub fn name(self) -> &'static str {
        match self {
            Action::ViewHome => "view_home",
            Action::ChangeOwnPassword => "change_own_password",
            Action::ListDepartments => "list_departments",
            Action::ViewDepartment => "view_department",
            Action::EditDepartments => "edit_departments",
            Action::EditFacilities => "edit_facilities",
            Action::EditLiaisons => "edit_liaisons",
            Action::ViewLiaisonGaps => "view_liaison_gaps",
            Action::ManageAccounts => "manage_accounts",
            Action::ManageTokens => "manage_tokens",
            Action::ReadAudit => "read_audit",
            Action::ExportAudit => "export_audit",
            Action::ViewMetrics => "view_metrics",
            Action::SubscribeEvents => "subscribe_events",
            Action::FileReport => "file_report",
            Action::ViewReports => "view_reports",
            Action::ViewReport => "view_report",
            Action::AcknowledgeReport => "acknowledge_report",
            Action::ViewIncidents => "view_incidents",
            Action::ManageIncidents => "manage_incidents",
            Action::ViewDashboard => "view_dashboard",
            Action::ExportReports => "export_reports",
            Action::ManageDistricts => "manage_districts",
            Action::ViewPlan => "view_plan",
            Action::EditPlan => "edit_plan",
            Action::ReviewPlans => "review_plans",
            Action::ViewBoard => "view_board",
            Action::ManageDirectives => "manage_directives",
            Action::ViewFoia => "view_foia",
            Action::ManageFoia => "manage_foia",
            Action::ManageDirectory => "manage_directory",
            Action::ManagePortal => "manage_portal",
            Action::ViewWorkingGroup => "view_working_group",
            Action::ManageWorkingGroup => "manage_working_group",
            Action::ScheduleMeetings => "schedule_meetings",
            Action::ManageRetention => "manage_retention",
        }
    }
}

/// What the action is applied to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Resource {
    /// City-wide: lists, administration, the audit log.
    System,
    /// An object owned by one department (the department itself, its facilities, …).
    Department(i64),
    /// A report: its id, its department, and whether the one asking filed it.
    Report {
        id: i64,
        department: i64,
        filed_by_actor: bool,
    },
    /// The working group, as seen by someone who is (or is not) its chair.
    Group { chair: bool },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decision {
    Allow,
    /// Not signed in: sign in first (401 / redirect).
    Unauthenticated,
    /// Signed in, but the role may not do this (403).
    Forbidden,
    /// The object belongs to another department: answer as if it did not exist (404).
    Hidden,
}

pub fn decide(actor: Option<&Actor>, action: Action, resource: Resource) -> Decision {
    use Action::*;
    use Role::*;
    let Some(actor) = actor else {
        return Decision::Unauthenticated;
    };
    let role = actor.role;
    let allowed = match action {
        ViewHome => true,
        ChangeOwnPassword => actor.user_id().is_some(),
        ListDepartments | SubscribeEvents => matches!(role, Admin | Reviewer | Liaison | Employee),
        ViewDepartment => matches!(role, Admin | Reviewer | Liaison | Employee),
        EditFacilities => matches!(role, Admin | Liaison),
        EditDepartments | EditLiaisons | ManageAccounts | ManageTokens | ViewMetrics => {
            role == Admin
        }
        ViewLiaisonGaps => matches!(role, Admin | Reviewer),
        ReadAudit | ExportAudit => matches!(role, Admin | Auditor),
        FileReport => matches!(role, Admin | Reviewer | Liaison | Employee | Editor),
        ViewReports | AcknowledgeReport => matches!(role, Admin | Reviewer | Liaison),
        // Verification is the Mayor's Office's work.
        ViewIncidents | ManageIncidents => matches!(role, Admin | Reviewer),
        // The city-wide picture is the Mayor's Office's; departments see their own queue.
        ViewDashboard | ExportReports => matches!(role, Admin | Reviewer),
        ManageDistricts | ManageRetention => role == Admin,
        // A plan is its department's (the liaison writes it) and MOIA's (reviewers read and
        // decide, and never edit its text).
        ViewPlan => matches!(role, Admin | Reviewer | Liaison),
        EditPlan => matches!(role, Admin | Liaison),
        ReviewPlans | ViewBoard => matches!(role, Admin | Reviewer),
        ManageDirectives => role == Admin,
        // The FOIA request is the Mayor's Office's (MOIA files it and analyses what comes
        // back); departments neither see nor handle it.
        ViewFoia | ManageFoia => matches!(role, Admin | Reviewer),
        // Portal content and the service directory are the editors'.
        ManageDirectory | ManagePortal => matches!(role, Admin | Editor),
        // The working group is its members' (and the system owner's, who sets it up); the
        // chair schedules its meetings.
        ViewWorkingGroup => matches!(role, Admin | Member),
        ManageWorkingGroup => role == Admin,
        ScheduleMeetings => {
            role == Admin || (role == Member && matches!(resource, Resource::Group { chair: true }))
        }
        // Whoever filed a report may see it; the rest is decided by department below.
        ViewReport => {
            matches!(role, Admin | Reviewer | Liaison)
                || matches!(
                    resource,
                    Resource::Report {
                        filed_by_actor: true,
                        ..
                    }
                )
        }
    };
    if !allowed {
        return Decision::Forbidden;
    }
    match resource {
        Resource::System => Decision::Allow,
        Resource::Report {
            filed_by_actor: true,
            ..
        } => Decision::Allow,
        Resource::Report { department, .. } if role.needs_department() => {
            if actor.department_id == Some(department) && role == Liaison {
                Decision::Allow
            } else {
                Decision::Hidden
            }
        }
        Resource::Report { .. } => Decision::Allow,
        Resource::Department(id) if role.needs_department() => {
            if actor.department_id == Some(id) {
                Decision::Allow
            } else {
                Decision::Hidden
            }
        }
        Resource::Department(_) => Decision::Allow,
        Resource::Group { .. } => Decision::Allow,
    }
}

/// The departments an actor's lists are limited to: `None` means all.
pub fn department_scope(actor: &Actor) -> Option<i64> {
    if actor.role.needs_department() {
        // A scoped role without a department sees nothing (id 0 never exists).
        Some(actor.department_id.unwrap_or(0))
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::auth::model::ActorKind;

    fn actor(role: Role, dept: Option<i64>) -> Actor {
        Actor {
            kind: ActorKind::User {
                id: 1,
                email: "a@b.org".into(),
                name: "A".into(),
            },
            role,
            department_id: dept,
            department: String::new(),
        }
    }

    #[test]
    fn anonymous_is_never_allowed() {
        assert_eq!(
            decide(None, Action::ViewHome, Resource::System),
            Decision::Unauthenticated
        );
    }

    #[test]
    fn department_scope_hides_other_departments() {
        let liaison = actor(Role::Liaison, Some(3));
        assert_eq!(
            decide(
                Some(&liaison),
                Action::ViewDepartment,
                Resource::Department(3)
            ),
            Decision::Allow
        );
        assert_eq!(
            decide(
                Some(&liaison),
                Action::ViewDepartment,
                Resource::Department(4)
            ),
            Decision::Hidden
        );
        assert_eq!(
            decide(
                Some(&liaison),
                Action::EditFacilities,
                Resource::Department(4)
            ),
            Decision::Hidden
        );
        let employee = actor(Role::Employee, Some(3));
        assert_eq!(
            decide(
                Some(&employee),
                Action::EditFacilities,
                Resource::Department(3)
            ),
            Decision::Forbidden
        );
        let orphan = actor(Role::Employee, None);
        assert_eq!(
            decide(
                Some(&orphan),
                Action::ViewDepartment,
                Resource::Department(3)
            ),
            Decision::Hidden
        );
        let reviewer = actor(Role::Reviewer, None);
        assert_eq!(
            decide(
                Some(&reviewer),
                Action::ViewDepartment,
                Resource::Department(9)
            ),
            Decision::Allow
        );
    }

    #[test]
    fn reports_are_seen_by_their_department_the_city_and_their_reporter() {
        let report = |department, filed_by_actor| Resource::Report {
            id: 1,
            department,
            filed_by_actor,
        };
        let liaison = actor(Role::Liaison, Some(3));
        let employee = actor(Role::Employee, Some(3));
        let reviewer = actor(Role::Reviewer, None);
        assert_eq!(
            decide(Some(&liaison), Action::ViewReport, report(3, false)),
            Decision::Allow
        );
        assert_eq!(
            decide(Some(&liaison), Action::ViewReport, report(4, false)),
            Decision::Hidden
        );
        assert_eq!(
            decide(Some(&employee), Action::ViewReport, report(3, false)),
            Decision::Forbidden
        );
        assert_eq!(
            decide(Some(&employee), Action::ViewReport, report(4, true)),
            Decision::Allow
        );
        assert_eq!(
            decide(Some(&reviewer), Action::ViewReport, report(9, false)),
            Decision::Allow
        );
        assert_eq!(
            decide(Some(&employee), Action::FileReport, Resource::System),
            Decision::Allow
        );
        assert_eq!(
            decide(
                Some(&employee),
                Action::AcknowledgeReport,
                Resource::Department(3)
            ),
            Decision::Forbidden
        );
        assert_eq!(
            decide(
                Some(&liaison),
                Action::AcknowledgeReport,
                Resource::Department(4)
            ),
            Decision::Hidden
        );
        let auditor = actor(Role::Auditor, None);
        assert_eq!(
            decide(Some(&auditor), Action::FileReport, Resource::System),
            Decision::Forbidden
        );
    }

    #[test]
    fn auditor_reads_only_the_audit_log() {
        let a = actor(Role::Auditor, None);
        assert_eq!(
            decide(Some(&a), Action::ReadAudit, Resource::System),
            Decision::Allow
        );
        for action in [
            Action::ListDepartments,
            Action::ManageAccounts,
            Action::EditDepartments,
            Action::SubscribeEvents,
        ] {
            assert_eq!(
                decide(Some(&a), action, Resource::System),
                Decision::Forbidden
            );
        }
    }
}
