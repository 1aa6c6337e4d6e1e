//! Scrubs standard input to standard output and lists what was removed on standard error.
//! Used by tests/decode_check.py to check that cleaned images still decode:
//! `cargo run -p scrub --example scrub_file < photo.jpg > clean.jpg`
use std::io::{Read, Write};
use std::process::ExitCode;

fn main() -> ExitCode {
    let mut input = Vec::new();
    if let Err(e) = std::io::stdin().read_to_end(&mut input) {
        eprintln!("cannot read input: {e}");
        return ExitCode::FAILURE;
    }
    match scrub::scrub(&input) {
        Ok(cleaned) => {
            for what in &cleaned.removed {
                eprintln!("removed: {what}");
            }
            match std::io::stdout().write_all(&cleaned.bytes) {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => {
                    eprintln!("cannot write output: {e}");
                    ExitCode::FAILURE
                }
            }
        }
        Err(e) => {
            eprintln!("refused: {e}");
            ExitCode::from(2)
        }
    }
}
