//! The amparo command line: serve, migrate, demo, user, token, audit, foia.

use amparo::app::{self, AppState};
use amparo::audit::{self, checkpoint, AuditActor};
use amparo::auth::accounts::{self, AccountRequest};
use amparo::config::Config;
use amparo::db::{self, Db};
use amparo::events::Events;
use amparo::web::i18n::{Lang, Tr};
use amparo::{demo, departments};
use clap::{Parser, Subcommand};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "amparo",
    version,
    about = "City of Los Angeles: Executive Directive 12"
)]
struct Cli {
    /// Configuration file (default: amparo.toml in the working directory, if present).
    #[arg(long, global = true, value_name = "FILE")]
    config: Option<PathBuf>,
    /// Database: sqlite://FILE or postgres://… (default sqlite://amparo.db).
    #[arg(long, global = true, value_name = "URL")]
    database_url: Option<String>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Run the web server.
    Serve {
        /// Address to listen on (default 127.0.0.1:8080).
        #[arg(long, value_name = "ADDR")]
        listen: Option<String>,
        /// Load the City departments, demo facilities and one demo account per role.
        #[arg(long)]
        demo: bool,
    },
    /// Apply database migrations and exit.
    Migrate,
    /// Load demo data and print the demo accounts' one-time passwords.
    Demo,
    /// Manage accounts.
    User {
        #[command(subcommand)]
        command: UserCommand,
    },
    /// Manage API tokens.
    Token {
        #[command(subcommand)]
        command: TokenCommand,
    },
    /// Audit log: verify, checkpoint, public key.
    Audit {
        #[command(subcommand)]
        command: AuditCommand,
    },
    /// FOIA to ICE: deadlines and importing released records.
    Foia {
        #[command(subcommand)]
        command: FoiaCommand,
    },
    /// Apply the retention settings now (the server also does this every hour).
    Purge,
    /// Write a consistent backup of the database while it is in use (SQLite: a database file;
    /// PostgreSQL: a pg_dump custom-format archive).
    Backup {
        /// The backup file to write; it must not exist.
        file: PathBuf,
    },
    /// Restore a backup into the configured database, which must be new and empty.
    Restore { file: PathBuf },
}

#[derive(Subcommand)]
enum FoiaCommand {
    /// Every statutory deadline for a request, with the rule that produced it.
    Deadline {
        /// Day ICE received the request (YYYY-MM-DD).
        #[arg(long, value_name = "YYYY-MM-DD")]
        received: String,
        /// ICE sent an unusual-circumstances notice (+10 working days).
        #[arg(long)]
        extension: bool,
        /// A period the clock was stopped (fix or payment required); repeatable.
        #[arg(long, value_name = "FROM..TO")]
        tolled: Vec<String>,
        /// Day of the adverse determination (opens the 90-working-day appeal window).
        #[arg(long, value_name = "YYYY-MM-DD")]
        adverse: Option<String>,
        /// Day ICE received the administrative appeal.
        #[arg(long, value_name = "YYYY-MM-DD")]
        appeal: Option<String>,
        /// Print one JSON object instead of a table.
        #[arg(long)]
        json: bool,
    },
    /// Import a production file (CSV, pipe-delimited, gzip or XLSX).
    Import {
        file: PathBuf,
        /// The FOIA request the production answers.
        #[arg(long, value_name = "ID")]
        request: Option<i64>,
    },
}

#[derive(Subcommand)]
enum UserCommand {
    /// Create an account and print its one-time password.
    Add {
        #[arg(long)]
        role: String,
        /// Department abbreviation (liaison and employee accounts).
        #[arg(long)]
        department: Option<String>,
        /// Display name (default: the part of the email before @).
        #[arg(long)]
        name: Option<String>,
        email: String,
    },
}

#[derive(Subcommand)]
enum TokenCommand {
    /// Issue an API token and print it once.
    Create {
        #[arg(long)]
        role: String,
        #[arg(long)]
        department: Option<String>,
        #[arg(long)]
        name: String,
    },
}

#[derive(Subcommand)]
enum AuditCommand {
    /// Recompute the hash chain and check it against the signed checkpoints.
    Verify {
        /// Checkpoint file (default: audit.checkpoint_path from the configuration).
        #[arg(long, value_name = "FILE")]
        checkpoints: Option<PathBuf>,
        /// Public key (hex) to check checkpoint signatures with (default: from audit.key_path).
        #[arg(long, value_name = "HEX")]
        public_key: Option<String>,
    },
    /// Write a signed checkpoint of the current head now.
    Checkpoint,
    /// Print the public key that verifies checkpoints.
    Key,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(r) => r,
        Err(e) => {
            eprintln!("amparo: cannot start: {e}");
            return ExitCode::FAILURE;
        }
    };
    match runtime.block_on(run(cli)) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("amparo: {e:#}");
            ExitCode::FAILURE
        }
    }
}

fn init_logging(config: &Config) {
    let filter = tracing_subscriber::EnvFilter::try_from_env("AMPARO_LOG")
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info,sqlx=warn"));
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr);
    if config.log_format == "json" {
        builder.json().init();
    } else {
        builder.init();
    }
}

async fn open(config: &Config) -> anyhow::Result<Db> {
    let db = Db::connect(&config.database_url).await?;
    db::migrate(&db).await?;
    Ok(db)
}

async fn department_id(db: &Db, abbr: Option<&str>) -> anyhow::Result<Option<i64>> {
    match abbr {
        None => Ok(None),
        Some(a) => match departments::find_by_abbreviation(db, a).await? {
            Some(d) => Ok(Some(d.id)),
            None => anyhow::bail!("no department with abbreviation {a:?}"),
        },
    }
}

/// Loads the demo data and prints each demo account on a line of its own (the browser tests
/// read these lines).
async fn load_demo(db: &Db, events: &Events, config: &Config) -> anyhow::Result<()> {
    let accounts = demo::load(db, events).await?;
    amparo::plans::ensure_ed12(db, &amparo::audit::AuditActor::cli("demo")).await?;
    demo::load_reports(db, events, config).await?;
    demo::load_foia(db).await?;
    amparo::directory::seed(db, &amparo::audit::AuditActor::cli("demo"), true).await?;
    for a in accounts {
        println!(
            "DEMO ACCOUNT role={} email={} password={}",
            a.role.as_str(),
            a.email,
            a.password
        );
    }
    println!("(one-time passwords: each account chooses a new password at first sign-in)");
    Ok(())
}

fn print_rejections(problems: &[(&str, &str)]) -> ExitCode {
    let tr = Tr::new(Lang::En);
    for (field, key) in problems {
        eprintln!("amparo: {field}: {}", tr.t(key));
    }
    ExitCode::from(2)
}

async fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    let mut config = Config::load(cli.config.as_deref(), std::env::vars())?;
    if let Some(url) = cli.database_url {
        config.database_url = url;
    }
    if let Command::Serve {
        listen: Some(l), ..
    } = &cli.command
    {
        config.listen = l.clone();
    }
    config.validate()?;
    init_logging(&config);
    let events = Events::detached();

    match cli.command {
        Command::Serve {
            demo: with_demo, ..
        } => {
            let db = open(&config).await?;
            if with_demo {
                load_demo(&db, &events, &config).await?;
            } else if amparo::auth::store::count_users(&db).await? == 0 {
                println!("No accounts yet. Create the first administrator with:");
                println!("  amparo user add --role admin you@lacity.org");
            }
            // ED 12 ships configured, and reaches departments added since the last start.
            amparo::plans::ensure_ed12(&db, &amparo::audit::AuditActor::cli("startup")).await?;
            app::serve(AppState::new(db, config)).await?;
        }
        Command::Migrate => {
            open(&config).await?;
            println!("migrations applied");
        }
        Command::Demo => {
            load_demo(&open(&config).await?, &events, &config).await?;
        }
        Command::User {
            command:
                UserCommand::Add {
                    role,
                    department,
                    name,
                    email,
                },
        } => {
            let db = open(&config).await?;
            let department_id = department_id(&db, department.as_deref()).await?;
            let display =
                name.unwrap_or_else(|| email.split('@').next().unwrap_or(&email).to_string());
            let req = AccountRequest {
                email: &email,
                display_name: &display,
                role: &role,
                department_id,
            };
            match accounts::create(&db, &events, &AuditActor::cli("user add"), &req).await? {
                Ok((id, otp)) => {
                    println!("account {id} created for {}", email.trim().to_lowercase());
                    println!("one-time password: {otp}");
                    println!("(it must be changed at first sign-in)");
                }
                Err(p) => return Ok(print_rejections(&p)),
            }
        }
        Command::Token {
            command:
                TokenCommand::Create {
                    role,
                    department,
                    name,
                },
        } => {
            let db = open(&config).await?;
            let department_id = department_id(&db, department.as_deref()).await?;
            match accounts::issue_token(
                &db,
                &events,
                &AuditActor::cli("token create"),
                &name,
                &role,
                department_id,
            )
            .await?
            {
                Ok((id, raw)) => {
                    eprintln!("token {id} issued; it is shown only now:");
                    println!("{raw}");
                }
                Err(p) => return Ok(print_rejections(&p)),
            }
        }
        Command::Audit { command } => return audit_command(&config, command).await,
        Command::Purge => {
            let db = open(&config).await?;
            let done = amparo::retention::purge(
                &db,
                &config.retention,
                chrono::Utc::now(),
                &AuditActor::cli("purge"),
            )
            .await?;
            println!(
                "purged: {} reports' text, {} attachments, {} notifications",
                done.reports, done.attachments, done.notifications
            );
        }
        Command::Backup { file } => {
            let db = open(&config).await?;
            db::backup::backup(&db, &file).await?;
            println!("backup written to {}", file.display());
        }
        Command::Restore { file } => {
            db::backup::restore(&config.database_url, &file).await?;
            println!("restored {} into the configured database", file.display());
        }
        Command::Foia {
            command: FoiaCommand::Import { file, request },
        } => return amparo::foia::cli::import_file(&open(&config).await?, &file, request).await,
        Command::Foia {
            command:
                FoiaCommand::Deadline {
                    received,
                    extension,
                    tolled,
                    adverse,
                    appeal,
                    json,
                },
        } => {
            return Ok(amparo::foia::cli::deadline(
                &amparo::foia::cli::DeadlineArgs {
                    received,
                    extension,
                    tolled,
                    adverse,
                    appeal,
                    json,
                },
            ))
        }
    }
    Ok(ExitCode::SUCCESS)
}

async fn audit_command(config: &Config, command: AuditCommand) -> anyhow::Result<ExitCode> {
    match command {
        AuditCommand::Key => {
            let key = checkpoint::load_or_create_key(&config.audit.key_path)?;
            println!("{}", hex::encode(key.verifying_key().to_bytes()));
        }
        AuditCommand::Checkpoint => {
            let db = open(config).await?;
            match audit::maybe_checkpoint(&db, &config.audit, true).await? {
                Some(cp) => println!("checkpoint written at entry {} ({})", cp.seq, cp.hash),
                None => println!("nothing new to checkpoint"),
            }
        }
        AuditCommand::Verify {
            checkpoints,
            public_key,
        } => {
            let db = open(config).await?;
            let path = checkpoints.unwrap_or_else(|| config.audit.checkpoint_path.clone());
            let cps = checkpoint::read_all(&path)?;
            let key = match public_key {
                Some(hex) => Some(checkpoint::parse_public_key(&hex)?),
                None if config.audit.key_path.exists() => {
                    Some(checkpoint::load_or_create_key(&config.audit.key_path)?.verifying_key())
                }
                None => None,
            };
            if key.is_none() && !cps.is_empty() {
                eprintln!("warning: no key available; checkpoint signatures not checked");
            }
            match audit::verify::verify(&db, &cps, key.as_ref()).await? {
                Ok(v) => println!(
                    "audit log intact: {} entries, {} checkpoints",
                    v.entries, v.checkpoints
                ),
                Err(b) => {
                    println!("audit log BROKEN at entry {}: {}", b.seq, b.problem);
                    return Ok(ExitCode::from(1));
                }
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}
