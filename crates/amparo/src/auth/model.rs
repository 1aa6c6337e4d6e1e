//! Accounts, roles and the values that must be valid before they exist (parse, don't validate).

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    Admin,
    Reviewer,
    Liaison,
    Employee,
    Member,
    Editor,
    Auditor,
}

impl Role {
    pub const ALL: [Role; 7] = [
        Role::Admin,
        Role::Reviewer,
        Role::Liaison,
        Role::Employee,
        Role::Member,
        Role::Editor,
        Role::Auditor,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Role::Admin => "admin",
            Role::Reviewer => "reviewer",
            Role::Liaison => "liaison",
            Role::Employee => "employee",
            Role::Member => "member",
            Role::Editor => "editor",
            Role::Auditor => "auditor",
        }
    }

    pub fn parse(s: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.as_str() == s.trim())
    }

    /// Liaisons and employees act for exactly one department; other roles for none.
    pub fn needs_department(self) -> bool {
        matches!(self, Role::Liaison | Role::Employee)
    }
}

/// Who is making a request: a signed-in person or an API token.
#[derive(Debug, Clone, PartialEq)]
pub struct Actor {
    pub kind: ActorKind,
    pub role: Role,
    pub department_id: Option<i64>,
    /// Department abbreviation, for the audit log.
    pub department: String,
}

#[derive(Debug, Clone, PartialEq)]
pub enum ActorKind {
    User {
        id: i64,
        email: String,
        name: String,
    },
    Token {
        id: i64,
        name: String,
    },
}

impl Actor {
    pub fn audit_id(&self) -> String {
        match &self.kind {
            ActorKind::User { id, .. } => format!("user:{id}"),
            ActorKind::Token { id, .. } => format!("token:{id}"),
        }
    }

    pub fn user_id(&self) -> Option<i64> {
        match self.kind {
            ActorKind::User { id, .. } => Some(id),
            ActorKind::Token { .. } => None,
        }
    }

    pub fn display_name(&self) -> &str {
        match &self.kind {
            ActorKind::User { name, .. } => name,
            ActorKind::Token { name, .. } => name,
        }
    }
}

pub const PASSWORD_MIN: usize = 15;
pub const PASSWORD_MAX: usize = 128;

/// A password of acceptable length. No composition rules (NIST SP 800-63B).
#[derive(Clone)]
pub struct NewPassword(String);

#[derive(Debug, PartialEq)]
pub enum PasswordProblem {
    TooShort,
    TooLong,
}

impl NewPassword {
    pub fn parse(s: &str) -> Result<NewPassword, PasswordProblem> {
        let n = s.chars().count();
        if n < PASSWORD_MIN {
            Err(PasswordProblem::TooShort)
        } else if n > PASSWORD_MAX {
            Err(PasswordProblem::TooLong)
        } else {
            Ok(NewPassword(s.to_string()))
        }
    }

    pub fn expose(&self) -> &str {
        &self.0
    }
}

/// A work email address, lower-cased. Deliberately loose: one `@`, a dot in the domain.
#[derive(Debug, Clone, PartialEq)]
pub struct Email(String);

impl Email {
    pub fn parse(s: &str) -> Option<Email> {
        let s = s.trim().to_lowercase();
        let (local, domain) = s.split_once('@')?;
        let ok = !local.is_empty()
            && domain.contains('.')
            && !domain.starts_with('.')
            && !domain.ends_with('.')
            && !s.contains(char::is_whitespace)
            && !domain.contains('@')
            && s.len() <= 254;
        ok.then_some(Email(s))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn password_length_bounds() {
        assert_eq!(
            NewPassword::parse(&"a".repeat(14)).err(),
            Some(PasswordProblem::TooShort)
        );
        assert!(NewPassword::parse(&"a".repeat(15)).is_ok());
        assert!(NewPassword::parse(&"é".repeat(128)).is_ok());
        assert_eq!(
            NewPassword::parse(&"a".repeat(129)).err(),
            Some(PasswordProblem::TooLong)
        );
    }

    #[test]
    fn emails() {
        assert_eq!(
            Email::parse(" Ana@LACity.org ").map(|e| e.0),
            Some("ana@lacity.org".into())
        );
        for bad in ["", "a", "a@b", "@b.org", "a@.org", "a b@c.org", "a@b@c.org"] {
            assert!(Email::parse(bad).is_none(), "{bad}");
        }
    }

    #[test]
    fn roles_round_trip() {
        for r in Role::ALL {
            assert_eq!(Role::parse(r.as_str()), Some(r));
        }
        assert_eq!(Role::parse("root"), None);
    }
}
