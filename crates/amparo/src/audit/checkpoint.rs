//! Signed checkpoints, appended to a file outside the database. Someone who can rewrite the
//! database but not this file (or the key) cannot rewrite history behind a checkpoint.

use ed25519_dalek::{Signature, Signer, SigningKey, Verifier, VerifyingKey};
use serde::{Deserialize, Serialize};
use std::io::Write;
use std::path::Path;

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Checkpoint {
    pub seq: i64,
    pub hash: String,
    pub at: String,
    /// Ed25519 signature (hex) over [`Checkpoint::message`].
    pub signature: String,
}

impl Checkpoint {
    fn message(seq: i64, hash: &str, at: &str) -> String {
        format!("amparo-audit-checkpoint\n{seq}\n{hash}\n{at}")
    }

    pub fn sign(key: &SigningKey, seq: i64, hash: &str, at: &str) -> Checkpoint {
        let sig = key.sign(Self::message(seq, hash, at).as_bytes());
        Checkpoint {
            seq,
            hash: hash.into(),
            at: at.into(),
            signature: hex::encode(sig.to_bytes()),
        }
    }

    pub fn verify(&self, key: &VerifyingKey) -> bool {
        let Ok(bytes) = hex::decode(&self.signature) else {
            return false;
        };
        let Ok(sig) = Signature::from_slice(&bytes) else {
            return false;
        };
        key.verify(
            Self::message(self.seq, &self.hash, &self.at).as_bytes(),
            &sig,
        )
        .is_ok()
    }
}

/// Loads the signing key, creating it (readable by the owner only) on first use.
pub fn load_or_create_key(path: &Path) -> anyhow::Result<SigningKey> {
    match std::fs::read_to_string(path) {
        Ok(text) => parse_key(text.trim()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            let key = SigningKey::generate(&mut rand::rngs::OsRng);
            let mut options = std::fs::OpenOptions::new();
            options.write(true).create_new(true);
            #[cfg(unix)]
            {
                use std::os::unix::fs::OpenOptionsExt;
                options.mode(0o600);
            }
            let mut f = options.open(path)?;
            writeln!(f, "{}", hex::encode(key.to_bytes()))?;
            f.sync_all()?;
            Ok(key)
        }
        Err(e) => Err(anyhow::anyhow!(
            "cannot read audit key {}: {e}",
            path.display()
        )),
    }
}

fn parse_key(hex_text: &str) -> anyhow::Result<SigningKey> {
    let bytes: [u8; 32] = hex::decode(hex_text)?
        .try_into()
        .map_err(|_| anyhow::anyhow!("audit key must be 32 bytes of hex"))?;
    Ok(SigningKey::from_bytes(&bytes))
}

pub fn parse_public_key(hex_text: &str) -> anyhow::Result<VerifyingKey> {
    let bytes: [u8; 32] = hex::decode(hex_text.trim())?
        .try_into()
        .map_err(|_| anyhow::anyhow!("public key must be 32 bytes of hex"))?;
    Ok(VerifyingKey::from_bytes(&bytes)?)
}

pub fn append(path: &Path, checkpoint: &Checkpoint) -> anyhow::Result<()> {
    let mut f = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(path)?;
    writeln!(f, "{}", serde_json::to_string(checkpoint)?)?;
    f.sync_all()?;
    Ok(())
}

/// All checkpoints in the file; a missing file is no checkpoints. A line that does not parse is
/// an error naming the line, since a damaged checkpoint file must not pass silently.
pub fn read_all(path: &Path) -> anyhow::Result<Vec<Checkpoint>> {
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(e.into()),
    };
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, l)| {
            serde_json::from_str(l)
                .map_err(|e| anyhow::anyhow!("{} line {}: {e}", path.display(), i + 1))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn signature_covers_every_field() {
        let key = SigningKey::from_bytes(&[7u8; 32]);
        let cp = Checkpoint::sign(&key, 10, &"a".repeat(64), "2026-01-01T00:00:00.000000Z");
        assert!(cp.verify(&key.verifying_key()));
        let mut bad = cp.clone();
        bad.seq = 11;
        assert!(!bad.verify(&key.verifying_key()));
        let mut bad = cp.clone();
        bad.hash = "b".repeat(64);
        assert!(!bad.verify(&key.verifying_key()));
        let other = SigningKey::from_bytes(&[8u8; 32]);
        assert!(!cp.verify(&other.verifying_key()));
    }
}
