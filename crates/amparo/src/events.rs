//! Live-update events. On PostgreSQL they travel by LISTEN/NOTIFY so every node sees every
//! event; on SQLite (one node) they go straight to this process's subscribers.
//! Events carry ids and kinds, never content: subscribers fetch what they may see.

use serde::{Deserialize, Serialize};
use tokio::sync::broadcast;

pub const CHANNEL: &str = "amparo_events";

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Event {
    pub kind: String,
    pub object_id: String,
    /// The department the object belongs to, for scoping; `None` for city-wide objects.
    pub department_id: Option<i64>,
}

impl Event {
    pub fn new(kind: &str, object_id: impl ToString, department_id: Option<i64>) -> Event {
        Event {
            kind: kind.into(),
            object_id: object_id.to_string(),
            department_id,
        }
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }
}

#[derive(Clone)]
pub struct Events {
    tx: broadcast::Sender<Event>,
}

impl Events {
    pub fn new() -> Events {
        let (tx, _) = broadcast::channel(1024);
        Events { tx }
    }

    /// For one-shot CLI commands: nobody listens.
    pub fn detached() -> Events {
        Events::new()
    }

    pub fn subscribe(&self) -> broadcast::Receiver<Event> {
        self.tx.subscribe()
    }

    pub fn publish_local(&self, event: Event) {
        // No subscribers is fine: nobody is watching.
        let _ = self.tx.send(event);
    }

    /// Relays NOTIFY payloads from PostgreSQL to this node's subscribers, reconnecting on loss.
    pub fn spawn_pg_listener(&self, url: String) {
        let events = self.clone();
        tokio::spawn(async move {
            loop {
                match sqlx::postgres::PgListener::connect(&url).await {
                    Ok(mut listener) => {
                        if let Err(e) = listener.listen(CHANNEL).await {
                            tracing::warn!(error = %e, "LISTEN failed");
                        } else {
                            loop {
                                match listener.recv().await {
                                    Ok(n) => match serde_json::from_str::<Event>(n.payload()) {
                                        Ok(event) => events.publish_local(event),
                                        Err(e) => tracing::warn!(error = %e, "bad event payload"),
                                    },
                                    Err(e) => {
                                        tracing::warn!(error = %e, "event listener lost");
                                        break;
                                    }
                                }
                            }
                        }
                    }
                    Err(e) => tracing::warn!(error = %e, "event listener cannot connect"),
                }
                tokio::time::sleep(std::time::Duration::from_secs(1)).await;
            }
        });
    }
}

impl Default for Events {
    fn default() -> Self {
        Events::new()
    }
}
