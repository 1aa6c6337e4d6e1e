//! Signed webhooks: POST a JSON body with `X-Amparo-Signature: sha256=<hex>`, the
//! HMAC-SHA256 of the exact body under the shared secret, so a bridge can check who sent it.

use hmac::{Hmac, Mac};
use sha2::Sha256;
use std::time::Duration;

pub fn signature(secret: &str, body: &str) -> String {
    // HMAC accepts keys of any length; this cannot fail.
    let mut mac = match Hmac::<Sha256>::new_from_slice(secret.as_bytes()) {
        Ok(m) => m,
        Err(_) => return String::new(),
    };
    mac.update(body.as_bytes());
    format!("sha256={}", hex::encode(mac.finalize().into_bytes()))
}

/// Delivers one event; any answer other than 2xx is a failure to retry.
pub async fn post(
    url: &str,
    secret: &str,
    event: &str,
    delivery: i64,
    body: &str,
) -> anyhow::Result<()> {
    let client = reqwest::Client::builder()
        .timeout(Duration::from_secs(10))
        .build()?;
    let response = client
        .post(url)
        .header("content-type", "application/json")
        .header("x-amparo-event", event)
        .header("x-amparo-delivery", delivery.to_string())
        .header("x-amparo-signature", signature(secret, body))
        .body(body.to_string())
        .send()
        .await?;
    if !response.status().is_success() {
        anyhow::bail!("webhook answered {}", response.status());
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    #[test]
    fn signature_matches_rfc_4231_test_case_2() {
        // Key "Jefe", data "what do ya want for nothing?" (RFC 4231, test case 2).
        assert_eq!(
            super::signature("Jefe", "what do ya want for nothing?"),
            "sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
        );
    }
}
