//! The `sifor` command: hands the command line to [`sifor::cli`].

use std::process::ExitCode;

fn main() -> ExitCode {
    sifor::startup::init_process();
    sifor::cli::main()
}
