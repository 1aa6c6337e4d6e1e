//! Audit entries and the hash chain. Pure: no I/O.
//!
//! hash(n) = SHA-256(canonical(entry n) ‖ prev_hash), prev_hash(1) = 64 zeros. The canonical
//! encoding length-prefixes every field, so no choice of field values can collide with another.

use sha2::{Digest, Sha256};

pub const GENESIS_HASH: &str = "0000000000000000000000000000000000000000000000000000000000000000";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Ok,
    Denied,
    Error,
}

impl Outcome {
    pub fn as_str(self) -> &'static str {
        match self {
            Outcome::Ok => "ok",
            Outcome::Denied => "denied",
            Outcome::Error => "error",
        }
    }
}

/// Who did it, as the log records it: ids and roles, never names or content.
#[derive(Debug, Clone)]
pub struct AuditActor {
    /// `user:12`, `token:3`, `cli`, `system` or `anonymous`.
    pub actor: String,
    pub role: String,
    /// Department abbreviation, or empty.
    pub department: String,
    pub request_id: String,
}

impl AuditActor {
    pub fn cli(command: &str) -> AuditActor {
        AuditActor {
            actor: "cli".into(),
            role: "admin".into(),
            department: "".into(),
            request_id: format!("cli:{command}"),
        }
    }

    /// A background job acting on its own (escalation, retention).
    pub fn job(kind: &str) -> AuditActor {
        AuditActor {
            actor: "system".into(),
            role: String::new(),
            department: String::new(),
            request_id: format!("job:{kind}"),
        }
    }
}

/// What happened to which object.
#[derive(Debug, Clone)]
pub struct AuditEvent<'a> {
    pub action: &'a str,
    pub object_type: &'a str,
    pub object_id: String,
    pub outcome: Outcome,
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct AuditEntry {
    pub seq: i64,
    pub at: String,
    pub actor: String,
    pub role: String,
    pub department: String,
    pub action: String,
    pub object_type: String,
    pub object_id: String,
    pub outcome: String,
    pub request_id: String,
    pub prev_hash: String,
    pub hash: String,
}

impl AuditEntry {
    pub fn compute_hash(&self) -> String {
        let fields: [&str; 10] = [
            &self.at,
            &self.actor,
            &self.role,
            &self.department,
            &self.action,
            &self.object_type,
            &self.object_id,
            &self.outcome,
            &self.request_id,
            &self.prev_hash,
        ];
        let mut h = Sha256::new();
        let seq = self.seq.to_string();
        h.update(format!("{}:{};", seq.len(), seq));
        for f in fields {
            h.update(format!("{}:", f.len()));
            h.update(f.as_bytes());
            h.update(b";");
        }
        hex::encode(h.finalize())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry() -> AuditEntry {
        AuditEntry {
            seq: 1,
            at: "2026-01-01T00:00:00.000000Z".into(),
            actor: "user:1".into(),
            role: "admin".into(),
            department: "".into(),
            action: "login".into(),
            object_type: "account".into(),
            object_id: "1".into(),
            outcome: "ok".into(),
            request_id: "r".into(),
            prev_hash: GENESIS_HASH.into(),
            hash: String::new(),
        }
    }

    #[test]
    fn every_field_changes_the_hash() {
        let base = entry().compute_hash();
        assert_eq!(base.len(), 64);
        let mut e = entry();
        e.seq = 2;
        assert_ne!(e.compute_hash(), base);
        let mut e = entry();
        e.outcome = "denied".into();
        assert_ne!(e.compute_hash(), base);
        let mut e = entry();
        e.prev_hash = "1".repeat(64);
        assert_ne!(e.compute_hash(), base);
    }

    #[test]
    fn field_boundaries_cannot_be_shifted() {
        let mut a = entry();
        a.actor = "user:1a".into();
        a.role = "dmin".into();
        assert_ne!(a.compute_hash(), entry().compute_hash());
    }
}
