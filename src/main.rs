//! The `lectern` binary: install the TLS crypto provider, then hand over to the CLI.

use std::process::ExitCode;

fn main() -> ExitCode {
    // reqwest and tokio-postgres are built without a default rustls provider (see
    // docs/architecture.md); installing it twice is harmless, so the error is ignored.
    let _ = rustls::crypto::ring::default_provider().install_default();
    lectern::cli::main()
}
