//! Recomputes the chain from the first entry and checks it against signed checkpoints.

use super::checkpoint::Checkpoint;
use super::model::GENESIS_HASH;
use super::store;
use crate::db::Db;
use ed25519_dalek::VerifyingKey;

#[derive(Debug, PartialEq)]
pub struct Broken {
    /// The first sequence number at which the log is not what it should be.
    pub seq: i64,
    pub problem: String,
}

#[derive(Debug, PartialEq)]
pub struct Verified {
    pub entries: i64,
    pub checkpoints: usize,
}

pub async fn verify(
    db: &Db,
    checkpoints: &[Checkpoint],
    key: Option<&VerifyingKey>,
) -> anyhow::Result<Result<Verified, Broken>> {
    for cp in checkpoints {
        if let Some(key) = key {
            if !cp.verify(key) {
                return Ok(Err(Broken {
                    seq: cp.seq,
                    problem: "checkpoint signature does not verify".into(),
                }));
            }
        }
    }
    let mut expected_seq = 1;
    let mut prev_hash = GENESIS_HASH.to_string();
    let mut cps = checkpoints.to_vec();
    cps.sort_by_key(|c| c.seq);
    let mut next_cp = cps.iter().peekable();
    loop {
        let page = store::page_after(db, expected_seq - 1, 2000).await?;
        if page.is_empty() {
            break;
        }
        for e in &page {
            if e.seq != expected_seq {
                let problem = if e.seq > expected_seq {
                    format!("entry missing (next entry is {})", e.seq)
                } else {
                    "entry out of order".into()
                };
                return Ok(Err(Broken {
                    seq: expected_seq,
                    problem,
                }));
            }
            if e.prev_hash != prev_hash {
                return Ok(Err(Broken {
                    seq: e.seq,
                    problem: "previous-hash link does not match the entry before it".into(),
                }));
            }
            if e.compute_hash() != e.hash {
                return Ok(Err(Broken {
                    seq: e.seq,
                    problem: "entry content does not match its hash".into(),
                }));
            }
            while let Some(cp) = next_cp.peek() {
                if cp.seq > e.seq {
                    break;
                }
                if cp.seq == e.seq && cp.hash != e.hash {
                    return Ok(Err(Broken {
                        seq: e.seq,
                        problem: "entry differs from the signed checkpoint".into(),
                    }));
                }
                next_cp.next();
            }
            prev_hash = e.hash.clone();
            expected_seq += 1;
        }
    }
    if let Some(cp) = next_cp.next() {
        return Ok(Err(Broken {
            seq: expected_seq,
            problem: format!(
                "log ends at {} but a signed checkpoint covers entry {}",
                expected_seq - 1,
                cp.seq
            ),
        }));
    }
    Ok(Ok(Verified {
        entries: expected_seq - 1,
        checkpoints: checkpoints.len(),
    }))
}
