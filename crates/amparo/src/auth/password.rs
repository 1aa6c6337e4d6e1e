//! argon2id hashing off the async threads, and one-time passwords.

use argon2::password_hash::{rand_core::OsRng, PasswordHash, PasswordHasher, SaltString};
use argon2::{Algorithm, Argon2, Params, PasswordVerifier, Version};
use rand::Rng;
use std::sync::OnceLock;

/// OWASP's argon2id floor: 19 MiB, 2 passes, 1 lane.
fn argon2() -> Argon2<'static> {
    let params = Params::new(19 * 1024, 2, 1, None).unwrap_or_default();
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
}

/// Hashes running at once. Each takes 19 MiB, so a burst of sign-ins must queue here rather
/// than exhaust memory (the request limit then answers 503 to the rest).
const CONCURRENT_HASHES: usize = 8;

/// The permit moves into the blocking task, so a client that hangs up does not free its slot
/// while its hash is still running.
async fn hashing_slot() -> Result<tokio::sync::OwnedSemaphorePermit, tokio::sync::AcquireError> {
    static SLOTS: OnceLock<std::sync::Arc<tokio::sync::Semaphore>> = OnceLock::new();
    SLOTS
        .get_or_init(|| std::sync::Arc::new(tokio::sync::Semaphore::new(CONCURRENT_HASHES)))
        .clone()
        .acquire_owned()
        .await
}

pub async fn hash(password: &str) -> anyhow::Result<String> {
    let password = password.to_string();
    let slot = hashing_slot().await?;
    tokio::task::spawn_blocking(move || {
        let _slot = slot;
        hash_blocking(&password)
    })
    .await?
}

pub fn hash_blocking(password: &str) -> anyhow::Result<String> {
    let salt = SaltString::generate(&mut OsRng);
    argon2()
        .hash_password(password.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| anyhow::anyhow!("hashing failed: {e}"))
}

/// Verifies `candidate` against `stored`, or against a dummy hash when there is no account,
/// so that the time taken does not reveal whether an account exists.
pub async fn verify(stored: Option<String>, candidate: &str) -> bool {
    let candidate = candidate.to_string();
    let Ok(slot) = hashing_slot().await else {
        return false;
    };
    tokio::task::spawn_blocking(move || {
        let _slot = slot;
        let stored = stored.unwrap_or_else(|| dummy_hash().to_string());
        let Ok(parsed) = PasswordHash::new(&stored) else {
            return false;
        };
        argon2()
            .verify_password(candidate.as_bytes(), &parsed)
            .is_ok()
    })
    .await
    .unwrap_or(false)
}

fn dummy_hash() -> &'static str {
    static DUMMY: OnceLock<String> = OnceLock::new();
    DUMMY.get_or_init(|| hash_blocking("amparo-no-such-account-placeholder").unwrap_or_default())
}

/// A one-time password: 20 characters from an alphabet without look-alikes (~115 bits).
pub fn one_time_password() -> String {
    const ALPHABET: &[u8] = b"abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    let mut rng = rand::thread_rng();
    (0..20)
        .map(|_| ALPHABET[rng.gen_range(0..ALPHABET.len())] as char)
        .collect()
}

/// 32 random bytes as hex: session ids, CSRF tokens, API tokens (256 bits).
pub fn random_token() -> String {
    let bytes: [u8; 32] = rand::random();
    hex::encode(bytes)
}

pub fn sha256_hex(s: &str) -> String {
    use sha2::Digest;
    hex::encode(sha2::Sha256::digest(s.as_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn hash_and_verify() {
        let h = hash("correct horse battery staple")
            .await
            .unwrap_or_default();
        assert!(h.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"), "{h}");
        assert!(verify(Some(h.clone()), "correct horse battery staple").await);
        assert!(!verify(Some(h), "wrong horse battery staple").await);
        assert!(!verify(None, "anything at all here").await);
    }

    #[test]
    fn one_time_passwords_are_long_enough_and_distinct() {
        let a = one_time_password();
        assert_eq!(a.len(), 20);
        assert_ne!(a, one_time_password());
        assert!(super::super::model::NewPassword::parse(&a).is_ok());
    }
}
